"""Orders as a table model: number, date, items, total, status, store (the buyer, for a seller; both,
for the marketplace), ordered by the core's query."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from desktop.core.kinds import OrderSort
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
    STORE = 5           # a seller's table names the buyer here: its orders are all its own store's
    BUYER = 6           # shown to the marketplace only: it sees every store's orders and needs whose they are


class OrderTableModel(IdRowsModel):
    headers = (QT_TRANSLATE_NOOP("OrderTableModel", "Order"), QT_TRANSLATE_NOOP("OrderTableModel", "Date"),
               QT_TRANSLATE_NOOP("OrderTableModel", "Items"), QT_TRANSLATE_NOOP("OrderTableModel", "Total"),
               QT_TRANSLATE_NOOP("OrderTableModel", "Status"), QT_TRANSLATE_NOOP("OrderTableModel", "Store"),
               QT_TRANSLATE_NOOP("OrderTableModel", "Buyer"))

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(session, parent)
        self.status: str | None = None
        self._only: list[int] | None = None          # a search's matches, when one is shown
        # The core orders the ids (newest first through its index); rows are read for what is on screen.
        self.sort_key: tuple[OrderColumn, Qt.SortOrder] = (OrderColumn.DATE, Qt.SortOrder.DescendingOrder)

    def _seller(self) -> bool:
        user = self._session.user
        return user is not None and user.is_seller

    def header_text(self, section: int) -> str:
        if section == OrderColumn.STORE and self._seller():
            return QCoreApplication.translate("OrderTableModel", "Buyer")     # a seller's orders name who bought
        return QCoreApplication.translate("OrderTableModel", self.headers[section])

    def load(self, status: str | None = None) -> None:
        self.status = status
        self._only = None
        self._ask()

    def show_ids(self, ids: list[int], status: str | None = None) -> None:
        """Show only these orders (a search's matches), in `status` if one is chosen, in the table's order."""
        self.status = status
        self._only = list(ids)
        self._ask()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (a click on its header): the core orders the ids, rows stay read on demand."""
        self.sort_key = (OrderColumn(column), order)
        if self.loaded:
            self._ask()

    def _ask(self) -> None:
        column, order = self.sort_key
        only = None if self._only is None else set(self._only)
        orders.order_ids(self._session, self.status, self._core_sort(column),
                         order == Qt.SortOrder.DescendingOrder).on_success(
            lambda ids: self.set_ids(ids if only is None else [i for i in ids if i in only])).bound_to(self).run()

    def _core_sort(self, column: OrderColumn) -> OrderSort:
        if column == OrderColumn.STORE:
            return OrderSort.BUYER if self._seller() else OrderSort.STORE
        return {
            OrderColumn.NUMBER: OrderSort.NUMBER, OrderColumn.DATE: OrderSort.DATE, OrderColumn.ITEMS: OrderSort.ITEMS,
            OrderColumn.TOTAL: OrderSort.TOTAL, OrderColumn.STATUS: OrderSort.STATUS, OrderColumn.BUYER: OrderSort.BUYER,
        }[column]

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
                OrderColumn.BUYER: row.buyer_name,
            }[OrderColumn(column)]
        if role == Qt.ItemDataRole.ToolTipRole and column in (OrderColumn.ITEMS, OrderColumn.STATUS,
                                                                 OrderColumn.STORE, OrderColumn.BUYER):
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole)   # the whole text of a cell cut with "…"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (OrderColumn.TOTAL, OrderColumn.DATE):
            # Right-aligned, so dates of different lengths ("8/11", "12/11") line up on their times.
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == OrderRole.ROW:
            return row
        if role == OrderRole.STATUS:
            return row.status
        return None
