"""The catalogue as a list model: title, price, picture and rating per product id.

On the start-up path: `Qt` is named at call time only (see id_rows)."""

from __future__ import annotations

import enum

from PySide6 import QtCore
from PySide6.QtCore import QSize

from desktop.gui.core_api import catalog
from desktop.gui import format as fmt
from desktop.gui.models.id_rows import USER_ROLE, IdRowsModel

THUMB = 160


class ProductRole(enum.IntEnum):
    ROW = USER_ROLE + 1     # the ProductRow dataclass
    PRICE = USER_ROLE + 2
    RATING = USER_ROLE + 3
    STORE = USER_ROLE + 4


class ProductListModel(IdRowsModel):
    headers = ("Product",)

    def __init__(self, session, images, parent=None):
        super().__init__(session, lambda db, ids: catalog.product_rows(db, ids), parent)
        self._images = images
        self._waiting: dict[str, set[int]] = {}     # picture path -> ids of rows shown without it yet
        images.ready.connect(self._image_ready)

    def load(self, store_handle: str | None = None) -> None:
        self._session.op(catalog.product_ids, store_handle=store_handle).on_success(self.set_ids).run()

    def cell(self, row: catalog.ProductRow, column: int, role: int):
        Qt = QtCore.Qt  # noqa: N806 - named at call time (docs/startup.md)
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self._images.get(row.image, THUMB)
            if pixmap is None:
                self._waiting.setdefault(row.image, set()).add(row.id)
            return pixmap
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
        # Only the rows that asked for this picture repaint (not a scan of the whole catalogue).
        for item_id in self._waiting.pop(path, ()):
            n = self.row_of(item_id)
            if n >= 0:
                ix = self.index(n, 0)
                self.dataChanged.emit(ix, ix, [QtCore.Qt.ItemDataRole.DecorationRole])
