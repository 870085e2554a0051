"""Column widths of a table that must never scroll sideways: the short columns fit their
contents, one column takes what is left, and the named columns are capped at a share of the
width (cut with "…", the whole text in the cell's tooltip), so a narrow window (800x560, a
Spanish "Pendiente de envío") does not squeeze the main column to "…" behind a scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class FittedColumns(QObject):
    """Keeps `table`'s columns fitted: `stretch` takes the rest, each of `capped` is as wide as
    its contents up to its share of the viewport's width, and narrower still when `stretch`
    would be left less than `least` of it.

    Contents are measured on the rows on screen only, once per turn of the event loop, and not
    while the table is hidden: the rows of a paged model are fetched when asked for, and a
    hidden table's size hints ask for every row (10,000 orders: the window fetched them all,
    fitting again after each page, for minutes)."""

    def __init__(self, table: QTableView, stretch: int, capped: dict[int, float], least: float = 0.2):
        super().__init__(table)
        self._table = table
        self._stretch = stretch
        self._capped = capped
        self._least = least
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(0)          # the rows on screen, never a hidden page
        # Widths are set by fit() alone: Qt's ResizeToContents measures a hidden table's every row.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column in capped:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._widest: dict[int, int] = {}             # per column, since the rows last changed
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged):
            signal.connect(self._rows_changed)
        for signal in (model.rowsInserted, model.dataChanged):
            signal.connect(self._pending.start)

    def _rows_changed(self, *_args: object) -> None:
        self._widest.clear()
        self._pending.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._pending.start()
        return False

    def fit(self, *_args: object) -> None:
        table = self._table
        if not table.isVisible():
            return                         # fitted when shown (the viewport's Show)
        width = table.viewport().width()
        header = table.horizontalHeader()
        capped = {c: share for c, share in self._capped.items() if not table.isColumnHidden(c)}
        fitted = [c for c in range(header.count()) if c != self._stretch and not table.isColumnHidden(c)]
        # As wide as the widest cell seen on screen since the rows changed: scrolling does not
        # make the columns jump narrower and back.
        for column in fitted:
            self._widest[column] = max(self._widest.get(column, 0), table.sizeHintForColumn(column),
                                       header.sectionSizeHint(column))
        sizes = {column: min(self._widest[column], int(width * share)) for column, share in capped.items()}
        # What the columns fitted to their contents leave: if the main column would get less than
        # its least share ("02/12/2026 10:07" and "Awaiting shipment" in English at 800 px left
        # Items 25 px), the capped columns give it the difference, each in proportion to its width.
        fixed = sum(self._widest[c] for c in fitted if c not in capped)
        short = fixed + sum(sizes.values()) + int(width * self._least) - width
        if short > 0 and sizes:
            total = sum(sizes.values())
            floor = table.fontMetrics().horizontalAdvance("M…") + 8
            sizes = {c: max(floor, size - -(-short * size // max(1, total))) for c, size in sizes.items()}
        for column in fitted:
            header.resizeSection(column, sizes.get(column, self._widest[column]))
