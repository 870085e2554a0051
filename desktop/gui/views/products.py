"""Products: the catalogue grid, and a product's page with "Contact seller".

The catalogue is what a first start paints, so this module stays off the names that make
PySide6 build large enum families (the `Qt` namespace, `QStyle`): see docs/startup.md.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QStackedWidget, QVBoxLayout, QWidget

from desktop.gui.core_api import catalog
from desktop.gui.models.products import ProductListModel, ProductRole
from desktop.gui.views.product_item import ProductDelegate


class ProductsView(QStackedWidget):
    contact_seller = Signal(int)

    def __init__(self, session, images, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._images = images
        self._page = None                 # the product page, made on first use
        self.model = ProductListModel(session, images, self)
        grid_page = QWidget(self)
        grid_page.setObjectName("page")
        self.store_filter = QComboBox(grid_page)
        self.store_filter.addItem(self.tr("All stores"), None)
        self.store_filter.currentIndexChanged.connect(lambda _n: self.model.load(self.store_filter.currentData()))
        heading = QLabel(self.tr("Products"), grid_page)
        heading.setObjectName("h1")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
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
        self.grid.setItemDelegate(ProductDelegate(self.grid))
        self.grid.clicked.connect(lambda ix: self.open_product(ix.data(ProductRole.ROW).id))
        gl = QVBoxLayout(grid_page)
        gl.setContentsMargins(24, 16, 24, 0)
        gl.addLayout(top)
        gl.addWidget(self.grid, 1)
        self.addWidget(grid_page)

    @property
    def page(self):
        """The product page, made when the first product is opened."""
        if self._page is None:
            from desktop.gui.views.product_page import ProductPage

            self._page = ProductPage(self._images, self)
            self._page.back.connect(lambda: self.setCurrentIndex(0))
            self._page.contact_seller.connect(self.contact_seller)
            self.addWidget(self._page)
        return self._page

    def load(self) -> None:
        self.model.load()
        self._session.op(lambda db: sorted({(r.store_name, r.store_handle) for r in catalog.product_rows(
            db, catalog.product_ids(db)).values()})).on_success(self._stores).run()

    def _stores(self, stores) -> None:
        for name, handle in stores:
            self.store_filter.addItem(name, handle)

    def open_product(self, product_id: int) -> None:
        self._session.op(catalog.product_detail, product_id).on_success(self._show).run()

    def _show(self, detail) -> None:
        if detail is not None:
            self.page.show_detail(detail)
            self.setCurrentWidget(self.page)

    def current_product_id(self) -> int | None:
        page = self._page
        return page._detail.row.id if page is not None and self.currentWidget() is page and page._detail else None
