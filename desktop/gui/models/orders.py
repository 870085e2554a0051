"""Orders as a table model: number, date, items, total, status, store."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from desktop.gui.core_api import orders
from desktop.gui import format as fmt
from desktop.gui.models.id_rows import USER_ROLE, IdRowsModel


class OrderRole(enum.IntEnum):
    ROW = USER_ROLE + 1
    STATUS = USER_ROLE + 2


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

    def __init__(self, session, parent=None):
        super().__init__(session, lambda db, ids: orders.order_rows(db, session.user, ids), parent)
        self.status: str | None = None

    def header_text(self, section: int) -> str:
        return QCoreApplication.translate("OrderTableModel", self.headers[section])

    def load(self, status: str | None = None) -> None:
        self.status = status
        self._session.user_op(orders.order_ids, status=status).on_success(self.set_ids).run()

    def cell(self, row: orders.OrderRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                OrderColumn.NUMBER: row.number,
                OrderColumn.DATE: fmt.date_time(row.created_at, self._session.user.time_zone),
                OrderColumn.ITEMS: row.summary,
                OrderColumn.TOTAL: fmt.money(row.total_cents, row.currency),
                OrderColumn.STATUS: fmt.status_label(row.status),
                OrderColumn.STORE: row.buyer_name if self._session.user.is_seller else row.store_name,
            }[OrderColumn(column)]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OrderColumn.TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == OrderRole.ROW:
            return row
        if role == OrderRole.STATUS:
            return row.status
        return None
