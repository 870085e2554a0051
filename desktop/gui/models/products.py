"""The catalogue as a list model: title, price, picture and rating per product id."""

from __future__ import annotations

import enum

from PySide6.QtCore import QSize, Qt

from desktop.gui.core_api import catalog
from desktop.gui import format as fmt
from desktop.gui.models.id_rows import IdRowsModel

THUMB = 160


class ProductRole(enum.IntEnum):
    ROW = Qt.ItemDataRole.UserRole + 1     # the ProductRow dataclass
    PRICE = Qt.ItemDataRole.UserRole + 2
    RATING = Qt.ItemDataRole.UserRole + 3
    STORE = Qt.ItemDataRole.UserRole + 4


class ProductListModel(IdRowsModel):
    headers = ("Product",)

    def __init__(self, session, images, parent=None):
        super().__init__(session, lambda db, ids: catalog.product_rows(db, ids), parent)
        self._images = images
        images.ready.connect(self._image_ready)

    def load(self, store_handle: str | None = None) -> None:
        self._session.op(catalog.product_ids, store_handle=store_handle).on_success(self.set_ids).run()

    def cell(self, row: catalog.ProductRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.DecorationRole:
            return self._images.get(row.image, THUMB)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.store_name}"
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(THUMB + 40, THUMB + 96)
        if role == ProductRole.ROW:
            return row
        if role == ProductRole.PRICE:
            return fmt.money(row.price_cents, row.currency)
        if role == ProductRole.RATING:
            return fmt.rating(row.rating, row.review_count)
        if role == ProductRole.STORE:
            return row.store_name
        return None

    def _image_ready(self, path: str) -> None:
        for n, item_id in enumerate(self._ids):
            row = self._rows.get(item_id)
            if row is not None and row.image == path:
                ix = self.index(n, 0)
                self.dataChanged.emit(ix, ix, [Qt.ItemDataRole.DecorationRole])
