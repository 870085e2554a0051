"""Column widths of a table that must never scroll sideways: the short columns fit their
contents, one column takes what is left, and the named columns are capped at a share of the
width (cut with "…", the whole text in the cell's tooltip), so a narrow window (800x560, a
Spanish "Pendiente de envío") does not squeeze the main column to "…" behind a scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView


class FittedColumns(QObject):
    """Keeps `table`'s columns fitted: `stretch` takes the rest, each of `capped` is as wide as
    its contents up to its share of the viewport's width."""

    def __init__(self, table: QTableView, stretch: int, capped: dict[int, float]):
        super().__init__(table)
        self._table = table
        self._capped = capped
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
        width = self._table.viewport().width()
        header = self._table.horizontalHeader()
        for column, share in self._capped.items():
            wanted = max(self._table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, int(width * share)))
