"""Orders as a table model: number, date, items, total, status, store (or buyer, for a seller)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from desktop.gui import format as fmt
from desktop.gui.models.id_rows import IdRowsModel
from desktop.gui.ops import orders
from desktop.gui.session import Session

if TYPE_CHECKING:
    from desktop.gui.worker import Op


class OrderRole(enum.IntEnum):
    ROW = Qt.ItemDataRole.UserRole + 1
    STATUS = Qt.ItemDataRole.UserRole + 2


class OrderColumn(enum.IntEnum):
    NUMBER = 0
    DATE = 1
    ITEMS = 2
    TOTAL = 3
    STATUS = 4
    STORE = 5


class OrderTableModel(IdRowsModel):
    headers = (QT_TRANSLATE_NOOP("OrderTableModel", "Order"), QT_TRANSLATE_NOOP("OrderTableModel", "Date"),
               QT_TRANSLATE_NOOP("OrderTableModel", "Items"), QT_TRANSLATE_NOOP("OrderTableModel", "Total"),
               QT_TRANSLATE_NOOP("OrderTableModel", "Status"), QT_TRANSLATE_NOOP("OrderTableModel", "Store"))

    SORT_CHUNK = 500            # rows read per op when a sort needs all of them

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(session, parent)
        self.status: str | None = None
        # The core gives the ids newest first; another column's order needs every row.
        self.sort_key: tuple[OrderColumn, Qt.SortOrder] = (OrderColumn.DATE, Qt.SortOrder.DescendingOrder)
        self._sort_generation = 0

    def header_text(self, section: int) -> str:
        user = self._session.user
        if section == OrderColumn.STORE and user is not None and user.is_seller:
            return QCoreApplication.translate("OrderTableModel", "Buyer")     # a seller's orders name who bought
        return QCoreApplication.translate("OrderTableModel", self.headers[section])

    def load(self, status: str | None = None) -> None:
        self.status = status
        orders.order_ids(self._session, status).on_success(self._ids_arrived).bound_to(self).run()

    def show_ids(self, ids: list[int], status: str | None = None) -> None:
        """Show only these orders (a search's matches, newest first), in `status` if one is chosen."""
        self.status = status
        if status is None:
            self._ids_arrived(ids)
            return
        orders.order_ids(self._session, status).on_success(
            lambda in_status: self._ids_arrived([i for i in ids if i in set(in_status)])).bound_to(self).run()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (a click on its header); the newest-first order needs no rows."""
        self.sort_key = (OrderColumn(column), order)
        if self.loaded:
            self.load(self.status)

    def _ids_arrived(self, ids: list[int]) -> None:
        self._sort_generation += 1
        if self.sort_key == (OrderColumn.DATE, Qt.SortOrder.DescendingOrder) or not ids:
            self.set_ids(ids)
            return
        generation, found, chunks = self._sort_generation, {}, [ids[n:n + self.SORT_CHUNK]
                                                                 for n in range(0, len(ids), self.SORT_CHUNK)]
        remaining = [len(chunks)]

        def arrived(rows: dict) -> None:
            found.update(rows)
            remaining[0] -= 1
            if remaining[0] == 0 and generation == self._sort_generation:
                self._sorted(ids, found)

        for chunk in chunks:
            self.fetch(chunk).on_success(arrived).bound_to(self).run()

    def _sorted(self, ids: list[int], rows: dict) -> None:
        column, order = self.sort_key
        user = self._session.user
        keys = {
            OrderColumn.NUMBER: lambda r: r.number,
            OrderColumn.DATE: lambda r: (r.created_at, r.id),
            OrderColumn.ITEMS: lambda r: r.summary.casefold(),
            OrderColumn.TOTAL: lambda r: (r.currency, r.total_cents),
            OrderColumn.STATUS: lambda r: fmt.status_label(r.status),
            OrderColumn.STORE: lambda r: (r.buyer_name if user is not None and user.is_seller else r.store_name),
        }
        key = keys[column]
        present = [i for i in ids if i in rows]
        ordered = sorted(present, key=lambda i: key(rows[i]), reverse=order == Qt.SortOrder.DescendingOrder)
        self.set_ids(ordered)
        self._arrived(rows)               # every row is here already: no second fetch

    def fetch(self, ids: list[int]) -> Op[dict[int, Any]]:
        return orders.order_rows(self._session, ids)

    def cell(self, row: Any, column: int, role: int) -> Any:
        user = self._session.user
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                OrderColumn.NUMBER: row.number,
                OrderColumn.DATE: fmt.date_time(row.created_at, user.time_zone),
                OrderColumn.ITEMS: row.summary,
                OrderColumn.TOTAL: fmt.money(row.total_cents, row.currency),
                OrderColumn.STATUS: fmt.status_label(row.status),
                OrderColumn.STORE: row.buyer_name if user.is_seller else row.store_name,
            }[OrderColumn(column)]
        if role == Qt.ItemDataRole.ToolTipRole and column in (OrderColumn.ITEMS, OrderColumn.STORE):
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole)   # the whole text of a cell cut with "…"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (OrderColumn.TOTAL, OrderColumn.DATE):
            # Right-aligned, so dates of different lengths ("8/11", "12/11") line up on their times.
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == OrderRole.ROW:
            return row
        if role == OrderRole.STATUS:
            return row.status
        return None
