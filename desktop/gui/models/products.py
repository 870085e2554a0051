"""The catalogue as a list model: title, price, picture and rating per product id."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt

from desktop.gui import format as fmt
from desktop.gui.images import ImageCache
from desktop.gui.models.id_rows import IdRowsModel
from desktop.gui.ops import catalog
from desktop.gui.session import Session

if TYPE_CHECKING:
    from desktop.gui.worker import Op

THUMB = 160


class ProductRole(enum.IntEnum):
    ROW = Qt.ItemDataRole.UserRole + 1     # the ProductRow dataclass
    PRICE = Qt.ItemDataRole.UserRole + 2
    RATING = Qt.ItemDataRole.UserRole + 3
    STORE = Qt.ItemDataRole.UserRole + 4


class ProductListModel(IdRowsModel):
    headers = ("Product",)

    def __init__(self, session: Session, images: ImageCache, parent: QObject | None = None):
        super().__init__(session, parent)
        self._images = images
        self._waiting: dict[str, set[int]] = {}     # picture path -> ids of rows shown without it yet
        images.ready.connect(self._image_ready)

    def load(self, store_handle: str | None = None) -> None:
        catalog.product_ids(self._session, store_handle).on_success(self.set_ids).bound_to(self).run()

    def fetch(self, ids: list[int]) -> Op[dict[int, Any]]:
        return catalog.product_rows(self._session, ids)

    def picture_ready(self, n: int) -> bool:
        """Whether row `n` has arrived with its picture (nothing is asked for)."""
        item_id = self.id_at(n)
        row = self.cached(item_id) if item_id is not None else None
        return row is not None and self._images.has(row.image, THUMB)

    def cell(self, row: Any, column: int, role: int) -> Any:
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
                self.dataChanged.emit(ix, ix, [Qt.ItemDataRole.DecorationRole])
