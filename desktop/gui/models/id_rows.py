"""A model that holds ids and fetches their rows on demand, in batches, on the worker.

The model knows its ids from the start (cheap), and asks for a row only when a view
first shows it (`data()` on an uncached id). Requests made during one paint are batched
into a single op; when the rows arrive, `dataChanged` names exactly the rows that came.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer

from desktop.gui.session import Session

if TYPE_CHECKING:
    from desktop.gui.worker import Op

Index = QModelIndex | QPersistentModelIndex


class IdRowsModel(QAbstractTableModel):
    """Subclasses set `headers` and implement `fetch(ids)` (an op giving {id: row}) and
    `cell(row, column, role)`."""

    headers: tuple[str, ...] = ("",)
    BATCH = 100

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._ids: list[int] = []
        self._pos: dict[int, int] = {}
        self._rows: dict[int, Any] = {}
        self._wanted: set[int] = set()
        self._asked: set[int] = set()
        self.loaded = False                  # the first ids have arrived
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._request)

    # -- Qt overrides -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        return self.cell(row, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.header_text(section)
        return None

    # -- for subclasses -----------------------------------------------------------------------
    def fetch(self, ids: list[int]) -> Op[dict[int, Any]]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def header_text(self, section: int) -> str:
        return self.headers[section]

    # -- for views ------------------------------------------------------------------------------
    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int:
        return self._pos.get(item_id, -1)

    def row(self, n: int) -> Any:
        """The row at `n` if it has arrived; else None, and it is asked for."""
        item_id = self._ids[n]
        row = self._rows.get(item_id)
        if row is None and item_id not in self._asked:
            self._wanted.add(item_id)
            self._flush.start()
        return row

    @property
    def asking(self) -> bool:
        """True while rows asked for by a paint wait for the next turn of the event loop to be
        requested (for tests: `session.busy` only covers requests already made)."""
        return self._flush.isActive()

    def cached(self, item_id: int) -> Any:
        """The row of `item_id` if it has arrived (nothing is asked for)."""
        return self._rows.get(item_id)

    def set_ids(self, ids: list[int]) -> None:
        """Show these ids; rows already cached are kept, the rest come on demand."""
        self.loaded = True
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
            self.fetch(chunk).on_success(self._arrived).bound_to(self).run()

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
