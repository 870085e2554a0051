"""The main window: navigation on the left, the three views on the right. It wires the
views together ("Contact seller" opens the Message Centre) and shows the errors no view
showed itself; the views do their own work.

The view on screen loads first; `content_shown` is emitted once it has painted its first
data (the moment a user can start reading), and only then do the other views load and
the background warm-up start. The start-up probe stamps that moment.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget,
)

from desktop import heap
from desktop.config import resources_dir
from desktop.core.errors import KnownError
from desktop.core.kinds import Role
from desktop.gui import errors
from desktop.gui import format as fmt
from desktop.gui.app import user_key
from desktop.gui.images import ImageCache
from desktop.gui.ops import conversations, order_problems
from desktop.gui.session import Session
from desktop.gui.views.alerts import warn
from desktop.gui.views.desk_shortcuts import make_action
from desktop.gui.views.guide_window import GuideWindow
from desktop.gui.views.message_centre import MessageCentre
from desktop.gui.views.orders import OrdersView
from desktop.gui.views.packs_dialog import PacksDialog
from desktop.gui.views.products import ProductsView
from desktop.gui.views.settings_dialog import SettingsDialog
from desktop.gui.views.tray import Notifier, Tray, title_counts
from desktop.gui.views.welcome_strip import WelcomeStrip
from desktop.gui.views.screen_fit import resize_within_screen

VIEWS = ("products", "orders", "messages")
V = TypeVar("V", ProductsView, OrdersView, MessageCentre)
# The smallest window every view works in (docs/languages.md, screenshots at this size too).
MINIMUM_SIZE = QSize(800, 560)
NAV_WIDTH = 150           # the views' navigation


def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.png"
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    loaded = Signal()                   # the views have asked for their first data
    fatal = Signal(object)              # the database cannot be used: the app should exit
    first_painted = Signal()            # the window's first paint event has arrived
    content_shown = Signal()            # the view on screen has painted its first data

    def __init__(self, session: Session, parent: QWidget | None = None, *, start_view: str | None = None):
        super().__init__(parent)
        self.session = session
        self.settings = QSettings(str(session.data_dir / "window.ini"), QSettings.Format.IniFormat)
        self.images = ImageCache(session, self)
        self.setWindowIcon(icon("buzon-256"))
        self.setMinimumSize(MINIMUM_SIZE)
        self._unread = self._overdue = 0
        self._painted = False
        self._content_shown = False
        self._loaded: set[QWidget] = set()

        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab reaches the views' list (arrows then switch views); a click on it leaves the
        # keyboard focus where it was, in the chat's compose box for instance.
        self.nav.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for name, label in zip(VIEWS, (self.tr("Products"), self.tr("Orders"), self.tr("Messages"))):
            QListWidgetItem(icon(name), label, self.nav)
        self.nav.setFixedWidth(NAV_WIDTH)

        self.stack = QStackedWidget(self)
        # The Message Centre is always built: the tray, the menus and the badge use it. The
        # catalogue and the orders are built when first shown, or once the view on screen has
        # shown its first data (`_first_screen_shown`): a start does not wait for views it hides.
        self._products: ProductsView | None = None
        self._orders: OrdersView | None = None
        self.messages = self._add_view(MessageCentre(session, self.images, self))
        self.messages.open_product.connect(self.show_product)
        self.messages.open_order.connect(self.show_order)
        self.messages.unread_changed.connect(self._unread_changed)
        self.messages.overdue_changed.connect(self._overdue_changed)
        self.messages.packs_requested.connect(self.open_packs)
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.welcome_slot = right            # the welcome strip goes above the views, once the account is known
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.welcome: WelcomeStrip | None = None
        self.guide: GuideWindow | None = None
        # Cancellation and dispute deadlines are applied whenever an order is looked at; this
        # timer applies the ones nobody looks at, so a window left open sees them happen.
        self.deadlines = QTimer(self)
        self.deadlines.setInterval(60_000)
        self.deadlines.timeout.connect(lambda: order_problems.apply_due(self.session).run())

        session.ready.connect(self._ready)      # before the notifier's: the rows on screen are read first
        session.fatal.connect(self._fatal)
        session.error.connect(self.show_error)
        self.notifier = Notifier(session, self, self)
        self.tray = Tray(self, self.notifier, self)
        self.tray.open_conversation.connect(self.show_conversation)
        self.tray.show_overdue.connect(lambda: (self.show_view("messages"), self.messages.show_view("overdue")))
        self._make_menu()
        self._restore(start_view)
        self._update_title()

    # -- the views ------------------------------------------------------------------------
    @property
    def products(self) -> ProductsView:
        """The catalogue, built when first needed."""
        if self._products is None:
            view = self._products = self._add_view(ProductsView(self.session, self.images, self))
            view.contact_seller.connect(lambda pid, variant: self.contact(product_id=pid, variant=variant))
            view.ask_seller.connect(lambda pid, variant, q: self.contact(product_id=pid, variant=variant, question=q))
        return self._products

    @property
    def orders(self) -> OrdersView:
        """The orders, built when first needed."""
        if self._orders is None:
            view = self._orders = self._add_view(OrdersView(self.session, self.images, self))
            view.contact_seller.connect(lambda oid: self.contact(order_id=oid))
            view.ask_seller.connect(lambda oid, question: self.contact(order_id=oid, question=question))
            view.contact_buyer.connect(self.show_conversation)
        return self._orders

    def view(self, name: str) -> ProductsView | OrdersView | MessageCentre:
        """The view `name` of VIEWS (built if it was not yet)."""
        return {"products": lambda: self.products, "orders": lambda: self.orders,
                "messages": lambda: self.messages}[name]()

    def _add_view(self, view: V) -> V:
        self.stack.addWidget(view)
        view.first_screen.shown.connect(lambda: self._first_screen_shown(view))
        return view

    # -- start and stop -------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
        super().paintEvent(event)

    def _ready(self, _user: object) -> None:
        # The view on screen asks for its data first: the worker reads it while this thread
        # puts up the account's menus and strip, before the answer can come back.
        self._load(self.stack.currentWidget())
        self._update_title()
        self._make_desk_menu()
        self._show_welcome()
        self.deadlines.start()
        self.messages.empty.setText(self.empty_chat_hint())
        self.loaded.emit()
        notice = self.session.settings_notice
        if notice:
            warn(self, notice)

    def empty_chat_hint(self) -> str:
        """What the empty chat pane says: each role its own next step."""
        user = self.session.user
        if user is not None and user.is_seller:
            return self.tr("Choose a conversation on the left. Buyers write to your store from a product or an "
                           "order; their conversations appear here.")
        if user is not None and user.role == Role.ARBITER.value:
            return self.tr("The marketplace takes no part in the chats. Escalated disputes wait for your decision "
                           "on their order's page, under Orders.")
        return self.tr("Choose a conversation on the left, or press “Contact seller” on a product or an order.")

    def _load(self, view: QWidget) -> None:
        if view not in self._loaded and self.session.user is not None:
            self._loaded.add(view)
            view.load()

    def _first_screen_shown(self, view: QWidget) -> None:
        if not self._content_shown and view is self.stack.currentWidget():
            self._content_shown = True
            heap.start_done()                 # the start is over: the collector runs again (desktop/heap.py)
            self.content_shown.emit()
            for other in (self.products, self.orders, self.messages):
                self._load(other)
            self.session.warm_up()

    def _show_row(self, row: int) -> None:
        view = self.view(VIEWS[row])
        self.stack.setCurrentWidget(view)
        self._load(view)

    def _fatal(self, exc: BaseException) -> None:
        # Offscreen (screenshots, the self-test) nobody could close a dialog: just report.
        if self.isVisible() and QGuiApplication.platformName() != "offscreen":
            said = errors.explain(exc)
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Buzón cannot open its database"), said.reason,
                              QMessageBox.StandardButton.Ok, self)
            box.setInformativeText(said.hint)
            box.setDetailedText(said.detail)
            box.exec()
        self.fatal.emit(exc)

    def _state_key(self, name: str) -> str:
        """Where window.ini keeps this account's `name` (each user has their own window state)."""
        return f"{user_key(self.session.ctx.user_handle)}/{name}"

    def _saved(self, name: str):
        """This account's saved `name`; else what a version before per-account state saved."""
        value = self.settings.value(self._state_key(name))
        return value if value is not None else self.settings.value(f"window/{name}")

    def _restore(self, start_view: str | None) -> None:
        geometry = self._saved("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            resize_within_screen(self, 1180, 760)
        view = start_view or self._saved("view") or "products"
        self.show_view(view if view in VIEWS else "products")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.messages.flush_draft()
        self.settings.setValue(self._state_key("geometry"), self.saveGeometry())
        self.settings.setValue(self._state_key("view"), self.current_view())
        self.settings.sync()
        super().closeEvent(event)

    def discard(self) -> None:
        """Put away without saving the window state (replaced by one in another language)."""
        if self.tray.icon is not None:
            self.tray.icon.hide()
        self.hide()
        self.deleteLater()

    def _make_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Buzón"))
        menu.addAction(self.tr("&Language packs…"), lambda: self.open_packs())
        menu.addAction(self.tr("&Settings…"), self.open_settings)
        menu.addSeparator()
        menu.addAction(self.tr("&Quit"), self.close)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self.help_menu.addAction(self.tr("Talking with sellers"), self.open_guide)
        self.help_menu.addAction(make_action(self, self.tr("&Keyboard shortcuts…"), [QKeySequence("Ctrl+/")],
                                             self.open_shortcuts, context=Qt.ShortcutContext.WindowShortcut))
        self.conversations_menu = self.messages.shortcuts.menu(self)
        self.conversations_menu.triggered.connect(lambda _action: self.show_view("messages"))
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.conversations_menu)
        self.desk_menu = None

    def _make_desk_menu(self) -> None:
        """A seller's desk: quick replies and the store's response figures; the guide's title
        follows the account (a seller reads "Talking with buyers", the marketplace has none)."""
        seller = self.session.user.is_seller
        self.guide_action.setText(self.tr("Talking with buyers") if seller else self.tr("Talking with sellers"))
        # The marketplace takes no part in the chats: neither side's guide is its own.
        self.guide_action.setVisible(self.session.user.role != Role.ARBITER.value)
        if not seller or self.desk_menu is not None:
            return
        self.desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        self.desk_menu.addAction(self.tr("&Quick replies…"), self.open_quick_replies)
        self.desk_menu.addAction(self.tr("&Response times…"), self.open_stats)
        self.desk_menu.addAction(self.tr("&Store settings…"), self.open_store_settings)
        self.desk_menu.addAction(self.tr("&Batch reply…"), lambda: (self.show_view("messages"),
                                                                    self.messages.open_batch()))
        self.menuBar().insertMenu(self.conversations_menu.menuAction(), self.desk_menu)

    def open_quick_replies(self):
        from desktop.gui.views.quick_replies_dialog import QuickRepliesDialog

        dialog = QuickRepliesDialog(self.session, self)
        dialog.open()
        return dialog

    def open_stats(self):
        from desktop.gui.views.stats_dialog import StatsDialog

        dialog = StatsDialog(self.session, self)
        dialog.settings_requested.connect(lambda: self.open_store_settings(dialog))
        dialog.open()
        return dialog

    def open_store_settings(self, over: QWidget | None = None):
        """Desk → Store settings… (also from the response figures and a dispute's answer)."""
        from desktop.gui.views.store_settings_dialog import StoreSettingsDialog

        dialog = StoreSettingsDialog(self.session, over or self)
        dialog.open()
        return dialog

    def open_shortcuts(self):
        from desktop.gui.views.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def open_guide(self, section: str = "") -> GuideWindow:
        """Help → the guide, at a section when a warning links to one."""
        if self.guide is None:
            self.guide = GuideWindow(self.session, self)
            self.guide.place_requested.connect(self._guide_place)
        if section:
            self.guide.show_section(section)
        self.guide.show()
        return self.guide

    def _guide_place(self, place: str) -> None:
        if place in VIEWS:
            self.show_view(place)
        elif place == "settings":
            self.open_settings()
        elif place == "packs":
            self.open_packs()

    def _show_welcome(self) -> None:
        """A new account's welcome strip, until it is closed once."""
        user = self.session.user
        if self.welcome is not None or user.role == Role.ARBITER.value:   # the buyer's and seller's welcomes
            return                                                       # speak of chats the marketplace has not
        self.welcome = WelcomeStrip(self.settings, user.handle, "seller" if user.is_seller else "buyer", self)
        self.welcome.guide_requested.connect(lambda: self.open_guide())
        self.welcome_slot.insertWidget(0, self.welcome)

    def open_packs(self, suggest: tuple[str, str] | None = None) -> PacksDialog:
        dialog = PacksDialog(self.session, parent=self, suggest=suggest)
        dialog.packs_changed.connect(self.messages.packs_changed)
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.session, parent=self)
        dialog.open()
        return dialog

    # -- navigation -------------------------------------------------------------------------
    def show_view(self, name: str) -> None:
        self.nav.setCurrentRow(VIEWS.index(name))

    def current_view(self) -> str:
        return VIEWS[max(0, self.nav.currentRow())]

    def show_product(self, product_id: int) -> None:
        self.show_view("products")
        self.products.open_product(product_id)

    def show_order(self, order_id: int) -> None:
        self.show_view("orders")
        self.orders.open_order(order_id)

    def show_conversation(self, conversation_id: int, question: str = "") -> None:
        """Open a chat from elsewhere (Contact seller or buyer, a notification): the cursor goes
        into its compose box, so what the user types next is the message (after `question`, written there)."""
        self.show_view("messages")
        self.messages.chat.focus_compose_when_open(conversation_id, question)
        self.messages.open_conversation(conversation_id)

    def contact(self, *, product_id: int | None = None, order_id: int | None = None, variant: str = "",
                question: str = "") -> None:
        """Contact seller: open the store's chat with a product (and the options chosen) or order card in it,
        and a question chip's or a tracking event's question written in the compose box."""
        conversations.contact_seller(self.session, product_id=product_id, order_id=order_id,
                                     variant=variant).on_success(
            lambda result: self.show_conversation(result[0], question)).on_failure(self.show_error).run()

    # -- title, badge, errors ---------------------------------------------------------------
    def _set_messages_label(self, unread: int) -> None:
        """"Messages (3)"; the count on a line of its own when the label and it do not fit the
        navigation's width ("Mensajes (999+)"): neither cut nor a sideways scroll bar, and the
        navigation keeps its width (at 800 px the orders table needs every pixel). A seller's
        13,220 unread is "999+", the tooltip says all."""
        item = self.nav.item(VIEWS.index("messages"))
        label = self.tr("Messages")
        if not unread:
            item.setText(label)
            return
        item.setText(f"{label} ({fmt.badge(unread)})")
        room = self.nav.viewport().width() if self.nav.isVisible() else NAV_WIDTH   # laid out once shown
        if self.nav.sizeHintForColumn(0) > room:
            item.setText(f"{label}\n({fmt.badge(unread)})")

    def _unread_changed(self, total: int) -> None:
        self._unread = total
        item = self.nav.item(VIEWS.index("messages"))
        self._set_messages_label(total)
        item.setToolTip(self.tr("%Ln unread message(s)", "", total) if total else "")
        self.tray.set_unread(total)
        self._update_title()

    def _overdue_changed(self, overdue: int) -> None:
        self._overdue = overdue
        self.tray.set_overdue(overdue)
        self._update_title()

    def _update_title(self) -> None:
        # The user's name, then the application's once: Qt adds the display name only to a
        # title that does not already end with it.
        user = self.session.user
        title = (f"{user.name} — " if user else "") + "Buzón"
        self.setWindowTitle(title_counts(self._unread, self._overdue) + title)

    def show_error(self, exc: BaseException) -> None:
        """A KnownError that no view showed where the action was taken (a bug goes to the hook)."""
        if isinstance(exc, KnownError):
            errors.warn_error(self, exc)

