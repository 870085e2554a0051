"""A model that holds ids and fetches their rows on demand, in batches, on the worker.

The model knows its ids from the start (cheap), and asks for a row only when a view
first shows it (`data()` on an uncached id). Requests made during one paint are batched
into a single op; when the rows arrive, `dataChanged` names exactly the rows that came.

The models of the view a first start paints must not name `Qt` when they are imported:
PySide6 then builds the whole Qt namespace, about ninety enum classes and 25 ms, before
the window can paint (docs/startup.md). So the display role and the first custom role are
plain numbers here (a test checks them against Qt's), and `Qt` itself is named at call time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QTimer

Index = QModelIndex | QPersistentModelIndex
DISPLAY_ROLE = 0                     # Qt.ItemDataRole.DisplayRole
USER_ROLE = 0x0100                   # Qt.ItemDataRole.UserRole: the first role a model may define


class IdRowsModel(QAbstractTableModel):
    """Subclasses set `headers` and implement `cell(row, column, role)`."""

    headers: tuple[str, ...] = ("",)
    BATCH = 100

    def __init__(self, session, fetch: Callable[..., dict], parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._fetch = fetch                  # fetch(db, ids) -> {id: row}, run on the worker
        self._ids: list[int] = []
        self._pos: dict[int, int] = {}
        self._rows: dict[int, Any] = {}
        self._wanted: set[int] = set()
        self._asked: set[int] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._request)

    # -- Qt overrides -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        return self.cell(row, index.column(), role)

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation,
                   role: int = DISPLAY_ROLE) -> Any:
        if orientation == QtCore.Qt.Orientation.Horizontal and role == DISPLAY_ROLE \
                and 0 <= section < len(self.headers):
            return self.header_text(section)
        return None

    # -- for subclasses and views ------------------------------------------------------------
    def header_text(self, section: int) -> str:
        return self.headers[section]

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int:
        return self._pos.get(item_id, -1)

    def row(self, n: int) -> Any:
        item_id = self._ids[n]
        row = self._rows.get(item_id)
        if row is None and item_id not in self._asked:
            self._wanted.add(item_id)
            self._flush.start()
        return row

    def cached(self, item_id: int) -> Any:
        return self._rows.get(item_id)

    def set_ids(self, ids: list[int]) -> None:
        """Show these ids; rows already cached are kept, the rest come on demand."""
        if ids == self._ids:
            return
        self.beginResetModel()
        self._ids = list(ids)
        self._pos = {i: n for n, i in enumerate(self._ids)}
        keep = set(self._ids)
        self._rows = {i: r for i, r in self._rows.items() if i in keep}
        self._asked &= keep
        self._wanted &= keep
        self.endResetModel()

    def refresh(self, ids: list[int] | None = None) -> None:
        """Fetch these rows again (all when None); the old ones stay on screen until then."""
        targets = [i for i in (self._ids if ids is None else ids) if i in self._pos]
        self._asked.difference_update(targets)
        self._wanted.update(targets)
        if targets:
            self._flush.start()

    # -- fetching ---------------------------------------------------------------------------
    def _request(self) -> None:
        wanted = [i for i in self._wanted if i in self._pos]
        self._wanted.clear()
        for start in range(0, len(wanted), self.BATCH):
            chunk = wanted[start:start + self.BATCH]
            self._asked.update(chunk)
            self._session.op(self._fetch, chunk).on_success(self._arrived).bound_to(self).run()

    def _arrived(self, rows: dict) -> None:
        changed = []
        for item_id, row in rows.items():
            if item_id in self._pos:
                self._rows[item_id] = row
                changed.append(self._pos[item_id])
        if not changed:
            return
        last_col = max(0, len(self.headers) - 1)
        # One dataChanged per contiguous run of rows, so views repaint only what came.
        changed.sort()
        start = prev = changed[0]
        for n in changed[1:] + [None]:
            if n is not None and n == prev + 1:
                prev = n
                continue
            self.dataChanged.emit(self.index(start, 0), self.index(prev, last_col))
            if n is not None:
                start = prev = n
