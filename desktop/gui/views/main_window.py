"""The main window: navigation on the left, the three views on the right. It wires the
views together ("Contact seller" opens the Message Centre) and shows errors; the views
do their own work.

Only the view on screen is built before the window first paints; the others (and the tray)
are built right after, in the next turn of the event loop, so a cold start does not wait
for pages nobody sees yet. For the same reason this module names `Qt` only after that paint
(docs/startup.md).
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QVBoxLayout, QWidget,
)

from desktop.config import resources_dir
from desktop.gui.core_api import messaging
from desktop.core.errors import KnownError
from desktop.gui.images import ImageCache

VIEWS = ("products", "orders", "messages")


def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.png"
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    loaded = Signal()                   # the views have their first data
    fatal = Signal(object)              # the database cannot be used: the app should exit
    first_painted = Signal()            # the window's first paint event has arrived

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.settings = QSettings(str(session.ctx.data_dir / "window.ini"), QSettings.Format.IniFormat)
        self.images = ImageCache(session.worker, session.ctx.data_dir, self)
        self.setWindowIcon(icon("buzon-256"))
        self.setMinimumSize(QSize(640, 420))
        self._unread = 0

        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(24, 24))
        for name, label in zip(VIEWS, (self.tr("Products"), self.tr("Orders"), self.tr("Messages"))):
            QListWidgetItem(icon(name), label, self.nav)
        self.stack = QStackedWidget(self)
        self._views: dict[str, QWidget] = {}
        for _name in VIEWS:                       # one page per view; the view goes in when built
            page = QWidget(self.stack)
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._show_row)
        self.notifier = self.tray = None

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        session.ready.connect(self._ready)
        session.fatal.connect(self._fatal)
        session.error.connect(self.show_error)
        self._packs_worker = None         # a second worker for pack downloads, made on first use
        self._make_menu()
        self._restore()
        self._update_title()
        self._painted = False

    # -- the views, built on first use ------------------------------------------------------
    @property
    def products(self):
        return self._view("products")

    @property
    def orders(self):
        return self._view("orders")

    @property
    def messages(self):
        return self._view("messages")

    def _view(self, name: str):
        view = self._views.get(name)
        if view is None:
            view = self._views[name] = self._build(name)
            self.stack.widget(VIEWS.index(name)).layout().addWidget(view)
            if self.session.user is not None:
                view.load()
        return view

    def _build(self, name: str):
        if name == "products":
            from desktop.gui.views.products import ProductsView

            view = ProductsView(self.session, self.images, self)
            view.contact_seller.connect(lambda pid: self.contact(product_id=pid))
        elif name == "orders":
            from desktop.gui.views.orders import OrdersView

            view = OrdersView(self.session, self.images, self)
            view.contact_seller.connect(lambda oid: self.contact(order_id=oid))
        else:
            from desktop.gui.views.message_centre import MessageCentre

            view = MessageCentre(self.session, self.images, self)
            view.open_product.connect(self.show_product)
            view.open_order.connect(self.show_order)
            view.unread_changed.connect(self._unread_changed)
            view.packs_requested.connect(self.open_packs)
        return view

    def _build_rest(self) -> None:
        """The views not on screen, and the tray: right after the first paint."""
        from desktop.gui.views.tray import Notifier, Tray

        # Tab reaches the views' list (arrows then switch views); a click on it leaves the
        # keyboard focus where it was, in the chat's compose box for instance.
        self.nav.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
        for name in VIEWS:
            self._view(name)
        if self.tray is None:
            self.notifier = Notifier(self.session, self, self)
            self.tray = Tray(self, self.notifier, self)
            self.tray.open_conversation.connect(self.show_conversation)

    def paintEvent(self, event) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self._build_rest)     # after the first frame is on screen
        super().paintEvent(event)

    def _show_row(self, row: int) -> None:
        self._view(VIEWS[row])
        self.stack.setCurrentIndex(row)

    # -- start and stop -------------------------------------------------------------------
    def _ready(self, user) -> None:
        self._update_title()
        for view in list(self._views.values()):
            view.load()
        self._build_rest()                         # the views built from now on load themselves
        self.session.worker.op(lambda: None).on_success(lambda _r: self.loaded.emit()).run()

    def _fatal(self, exc: BaseException) -> None:
        # Offscreen (screenshots, the self-test) nobody could close a dialog: just report.
        if self.isVisible() and QGuiApplication.platformName() != "offscreen":
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(self, self.tr("Buzón cannot open its database"), str(exc))
        self.fatal.emit(exc)

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        view = self.settings.value("window/view", "products")
        self.show_view(view if view in VIEWS else "products")

    def closeEvent(self, event) -> None:
        centre = self._views.get("messages")
        if centre is not None and centre._chat is not None:
            centre.chat.compose.flush_draft()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/view", VIEWS[max(0, self.nav.currentRow())])
        self.settings.sync()
        if self._packs_worker is not None:
            self._packs_worker.stop()
        super().closeEvent(event)

    def _make_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Buzón"))
        menu.addAction(self.tr("&Language packs…"), lambda: self.open_packs())
        menu.addAction(self.tr("&Settings…"), self.open_settings)
        menu.addSeparator()
        menu.addAction(self.tr("&Quit"), self.close)

    def open_packs(self, suggest: tuple[str, str] | None = None):
        """The Language packs dialog, on a worker of its own: a download must not hold up sends."""
        from desktop.gui.views.packs_dialog import PacksDialog
        from desktop.gui.worker import Worker

        if self._packs_worker is None:
            self._packs_worker = Worker(self)
        dialog = PacksDialog(self.session, parent=self, suggest=suggest, worker=self._packs_worker)
        dialog.packs_changed.connect(self.messages.packs_changed)
        dialog.open()
        return dialog

    def open_settings(self):
        from desktop.gui.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, parent=self)
        dialog.settings_changed.connect(self.messages.settings_changed)
        dialog.open()
        return dialog

    # -- navigation -------------------------------------------------------------------------
    def show_view(self, name: str) -> None:
        self.nav.setCurrentRow(VIEWS.index(name))

    def current_view(self) -> str:
        return VIEWS[self.nav.currentRow()]

    def show_product(self, product_id: int) -> None:
        self.show_view("products")
        self.products.open_product(product_id)

    def show_order(self, order_id: int) -> None:
        self.show_view("orders")
        self.orders.open_order(order_id)

    def show_conversation(self, conversation_id: int) -> None:
        self.show_view("messages")
        self.messages.open_conversation(conversation_id)

    def contact(self, *, product_id: int | None = None, order_id: int | None = None) -> None:
        """Contact seller: open the store's chat with a product or order card in it."""
        self.session.user_op(messaging.contact, product_id=product_id, order_id=order_id).on_success(
            lambda result: self.show_conversation(result[0])).run()

    # -- title, badge, errors ---------------------------------------------------------------
    def _unread_changed(self, total: int) -> None:
        self._unread = total
        item = self.nav.item(VIEWS.index("messages"))
        item.setText(self.tr("Messages") + (f" ({total})" if total else ""))
        if self.tray is not None:
            self.tray.set_unread(total)
        self._update_title()

    def _update_title(self) -> None:
        user = self.session.user
        title = "Buzón" + (f" — {user.name}" if user else "")
        self.setWindowTitle(f"({self._unread}) {title}" if self._unread else title)

    def show_error(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox         # not on the start-up path

        if isinstance(exc, KnownError):
            QMessageBox.warning(self, self.tr("Buzón"), str(exc))
        else:
            QMessageBox.critical(self, self.tr("Internal error"),
                                 self.tr("Something went wrong inside Buzón: %1").replace("%1", str(exc)))


