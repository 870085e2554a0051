"""Products: the catalogue grid, and a product's page with "Contact seller"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.errors import KnownError
from desktop.gui import errors
from desktop.gui.images import ImageCache
from desktop.gui.models.products import ProductListModel, ProductRole
from desktop.gui.ops import catalog, search
from desktop.gui.session import Session
from desktop.gui.views.table_search import TableSearch
from desktop.gui.views.first_screen import FirstScreen, visible_rows
from desktop.gui.views.product_item import CARD, ProductDelegate
from desktop.gui.views.product_page import ProductPage
from desktop.gui.views.empty_state import EmptyState

if TYPE_CHECKING:
    from desktop.core.catalog import ProductDetail


class ProductsView(QStackedWidget):
    contact_seller = Signal(int, str)     # product id, the options chosen
    ask_seller = Signal(int, str, str)    # the same and a question chip's text

    def __init__(self, session: Session, images: ImageCache, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._images = images
        self.model = ProductListModel(session, images, self)
        grid_page = QWidget(self)
        grid_page.setObjectName("page")
        self.store_filter = QComboBox(grid_page)
        self.store_filter.addItem(self.tr("All stores"), None)
        # As wide as its longest store name ("Yiwu Home & Garden", not "Yiwu Hom▾").
        self.store_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.store_filter.currentIndexChanged.connect(lambda _n: self._refill())
        self.search = TableSearch(self.tr("Search products (title, store)"), grid_page)
        self.search.query_changed.connect(lambda _q: self._refill())
        heading = QLabel(self.tr("Products"), grid_page)
        heading.setObjectName("h1")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.search)
        top.addWidget(self.store_filter)
        self.grid = QListView(grid_page)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setSpacing(4)
        self.grid.setMouseTracking(True)
        self.grid.setFrameShape(QListView.Shape.NoFrame)
        self.grid.setModel(self.model)
        self.empty = EmptyState(self.grid, lambda: self.tr("No products match the search.")
                                if self.search.text().strip() else self.tr("No products here yet."))
        self.delegate = ProductDelegate(self.grid)
        self.grid.setItemDelegate(self.delegate)
        self.grid.viewport().installEventFilter(self)
        self.grid.clicked.connect(lambda ix: self.open_product(ix.data(ProductRole.ROW).id))
        gl = QVBoxLayout(grid_page)
        gl.setContentsMargins(24, 16, 24, 0)
        gl.addLayout(top)
        gl.addWidget(self.grid, 1)
        self.addWidget(grid_page)
        self.page = ProductPage(images, self, session=session)
        self.page.back.connect(lambda: self.setCurrentIndex(0))
        self.page.contact_seller.connect(self.contact_seller)
        self.page.ask_seller.connect(self.ask_seller)
        self.addWidget(self.page)
        self.first_screen = FirstScreen(self.grid, self._first_screen_ready, self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.grid.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_cards()
        return False

    def fit_cards(self) -> None:
        """Widen the cards so a whole number of them fills the row: no empty band on the right."""
        # IconMode puts `spacing` before each card and after the last: s + n * (w + s) = width.
        spacing, width = self.grid.spacing(), self.grid.viewport().width() - 1
        columns = max(1, (width - spacing) // (CARD.width() + spacing))
        cell = QSize((width - spacing) // columns - spacing, CARD.height())
        if cell != self.delegate.cell:
            self.delegate.cell = cell
            self.grid.doItemsLayout()

    def _first_screen_ready(self) -> bool:
        return self.model.loaded and all(self.model.picture_ready(n) for n in visible_rows(self.grid))

    def load(self) -> None:
        self.model.load()
        catalog.stores(self._session).on_success(self._stores).bound_to(self).when_idle().run()    # after the first screen

    def _refill(self) -> None:
        """The catalogue again: the store chosen, and only what matches the search field."""
        store, query = self.store_filter.currentData(), self.search.text().strip()
        if not query:
            self.model.load(store)
            return
        generation = self.search.generation
        search.product_ids(self._session, query, store).on_success(
            lambda ids: self.search.current(generation) and self.model.set_ids(ids)).bound_to(self).run()

    def _stores(self, stores: list[tuple[str, str]]) -> None:
        for name, handle in stores:
            self.store_filter.addItem(name, handle)

    def open_product(self, product_id: int) -> None:
        catalog.product_detail(self._session, product_id).on_success(self._show).on_failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        """The product could not be opened: say so over the catalogue (a bug goes to the hook)."""
        if isinstance(exc, KnownError):
            errors.warn_error(self, exc)

    def _show(self, detail: ProductDetail | None) -> None:
        if detail is not None:
            self.page.show_detail(detail)
            self.setCurrentWidget(self.page)

    def current_product_id(self) -> int | None:
        """The product whose page is on screen, or None."""
        if self.currentWidget() is not self.page or self.page.detail is None:
            return None
        return self.page.detail.row.id
