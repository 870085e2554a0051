"""Column widths of a table that must never scroll sideways: the short columns fit their
contents, one column takes what is left, and the named columns are capped at a share of the
width (cut with "…", the whole text in the cell's tooltip), so a narrow window (800x560, a
Spanish "Pendiente de envío") does not squeeze the main column to "…" behind a scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView


class FittedColumns(QObject):
    """Keeps `table`'s columns fitted: `stretch` takes the rest, each of `capped` is as wide as
    its contents up to its share of the viewport's width, and narrower still when `stretch`
    would be left less than `least` of it."""

    def __init__(self, table: QTableView, stretch: int, capped: dict[int, float], least: float = 0.2):
        super().__init__(table)
        self._table = table
        self._stretch = stretch
        self._capped = capped
        self._least = least
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column in capped:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged, model.dataChanged):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self, *_args: object) -> None:
        table = self._table
        width = table.viewport().width()
        header = table.horizontalHeader()
        capped = {c: share for c, share in self._capped.items() if not table.isColumnHidden(c)}
        sizes = {}
        for column, share in capped.items():
            wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            sizes[column] = min(wanted, int(width * share))
        # What the columns fitted to their contents leave: if the main column would get less than
        # its least share ("02/12/2026 10:07" and "Awaiting shipment" in English at 800 px left
        # Items 25 px), the capped columns give it the difference, each in proportion to its width.
        fixed = sum(header.sectionSize(c) for c in range(header.count())
                    if c != self._stretch and c not in capped and not table.isColumnHidden(c))
        short = fixed + sum(sizes.values()) + int(width * self._least) - width
        if short > 0 and sizes:
            total = sum(sizes.values())
            floor = table.fontMetrics().horizontalAdvance("M…") + 8
            sizes = {c: max(floor, size - -(-short * size // max(1, total))) for c, size in sizes.items()}
        for column, size in sizes.items():
            header.resizeSection(column, size)
