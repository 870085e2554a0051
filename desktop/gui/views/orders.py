"""Orders: a table with a status filter, and an order's page with items and tracking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
    QScrollArea, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from desktop.core.errors import KnownError
from desktop.core.kinds import ChangeKind, OrderStatus, Role
from desktop.gui import errors
from desktop.gui import format as fmt
from desktop.gui.images import ImageCache
from desktop.gui.models.orders import OrderColumn, OrderRole, OrderTableModel
from desktop.gui.ops import conversations, orders, search
from desktop.gui.session import ChangeNotice, Session
from desktop.gui.views.order_problems import OrderProblems
from desktop.gui.views.sort_header import SortHeader
from desktop.gui.views.table_columns import FittedColumns
from desktop.gui.views.table_search import TableSearch
from desktop.gui.views.first_screen import FirstScreen, visible_rows
from desktop.gui.views.alerts import show_box
from desktop.gui.views.timeline import TrackingTimeline
from desktop.gui.views.tracking_questions import tracking_question
from desktop.gui.views.empty_state import EmptyState

if TYPE_CHECKING:
    from desktop.core.disputes import DisputeRecord
    from desktop.core.orders import OrderDetail, TrackingRow


PAGE_WIDTH = 960     # the order page's widest, its items within reach of their prices


class OrderPage(QScrollArea):
    contact_seller = Signal(int)          # order id
    contact_buyer = Signal(int)           # conversation id (a seller's page)
    ask_seller = Signal(int, str)         # order id, a question about a tracking event
    disputed = Signal(int)                # order id: a dispute was opened
    back = Signal()

    def __init__(self, session: Session, images: ImageCache, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._images = images
        self.detail: OrderDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("page")
        self.back_button = QPushButton(self.tr("← Back to orders"), body)
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back)
        self.title = QLabel(body)
        self.title.setObjectName("h1")
        self.status = QLabel(body)
        self.status.setObjectName("price")
        self.meta = QLabel(body)
        self.meta.setObjectName("muted")
        self.meta.setWordWrap(True)
        self.items = QGridLayout()
        self.items.setHorizontalSpacing(12)
        self.total = QLabel(body)
        self.timeline = TrackingTimeline(body)
        self.timeline.ask.connect(self.ask_about)
        # A delay, returned to sender, no tracking for days: said above the timeline, one click to ask.
        self.situation = QFrame(body)
        self.situation.setObjectName("trackingSituation")
        self.situation.setStyleSheet("#trackingSituation { background: #FEF3C7; border-radius: 6px; }")
        self.situation_text = QLabel(self.situation)
        self.situation_text.setWordWrap(True)
        self.situation_button = QPushButton(self.tr("Ask the seller about this"), self.situation)
        self.situation_button.setObjectName("primary")
        self.situation_button.clicked.connect(lambda: self._situation and self.ask_about(self._situation))
        row = QHBoxLayout(self.situation)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.situation_text, 1)
        row.addWidget(self.situation_button)
        self._situation: TrackingRow | None = None
        self.situation.hide()
        self.contact = QPushButton(self.tr("Contact seller"), body)
        self.contact.setObjectName("primary")
        self.contact.clicked.connect(self._contact)
        self.dispute = QPushButton(self.tr("Open dispute"), body)
        self.dispute.setToolTip(self.tr("Not received, damaged or not as described? Open a dispute with "
                                        "pictures or a video as evidence."))
        self.dispute.clicked.connect(self.open_dispute)
        tracking_title = QLabel(self.tr("Tracking"), body)
        tracking_title.setObjectName("h1")
        line = QFrame(body)
        line.setFrameShape(QFrame.Shape.HLine)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 12, 24, 24)
        self._body_layout = layout
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.meta)
        layout.addLayout(self.items)
        layout.addWidget(self.total, 0, Qt.AlignmentFlag.AlignRight)
        buttons = QHBoxLayout()
        buttons.addWidget(self.contact)
        buttons.addWidget(self.dispute)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # Cancellation, shipping and the dispute: state, deadline, reason, every step with its evidence, actions.
        self.problems = OrderProblems(session, body, images)
        self.problems.changed.connect(self.disputed)
        self._may_dispute = False
        self.problems.has_dispute.connect(lambda has: self.dispute.setVisible(self._may_dispute and not has))
        layout.addWidget(self.problems)
        layout.addWidget(line)
        layout.addWidget(tracking_title)
        layout.addWidget(self.situation)
        layout.addWidget(self.timeline)
        layout.addStretch(1)
        self.setWidget(body)
        images.ready.connect(lambda _p: self.detail and self._fill_items())

    def resizeEvent(self, event) -> None:
        """No wider than PAGE_WIDTH: at 1920 px an item's name sat 1,300 px from its price."""
        right = max(24, self.viewport().width() - PAGE_WIDTH - 24)
        self._body_layout.setContentsMargins(24, 12, right, 24)
        super().resizeEvent(event)

    def show_detail(self, d: OrderDetail) -> None:
        self.detail = d
        o = d.row
        self.title.setText(self.tr("Order %1").replace("%1", o.number))
        self.status.setText(fmt.status_label(o.status))
        if self._session.user.role == Role.ARBITER.value:
            peers = [o.buyer_name, o.store_name]          # the marketplace judges between both
        else:
            peers = [o.buyer_name if self._session.user.is_seller else o.store_name]
        parts = [*peers, fmt.date_time(o.created_at, self._session.user.time_zone)]
        if o.carrier:
            parts.append(f"{o.carrier} {o.tracking_number}".strip())
        self.meta.setText("  ·  ".join(parts))
        self.total.setText(self.tr("Total: %1").replace("%1", fmt.money(o.total_cents, o.currency)))
        seller = self._session.user.is_seller
        buyer = not seller and self._session.user.role != Role.ARBITER.value      # the marketplace only decides
        self.contact.setText(self.tr("Contact buyer") if seller else self.tr("Contact seller"))
        self.contact.setVisible(seller or buyer)
        self._may_dispute = buyer and o.status == OrderStatus.DELIVERED.value
        self.dispute.setVisible(self._may_dispute)
        self._fill_items()
        self.timeline.set_events(d.tracking, self._session.user.time_zone, asking=buyer)
        self._translate_carrier_words(d)
        self._situation = d.situation if buyer else None
        self.situation.setVisible(self._situation is not None)
        if self._situation is not None:
            self.situation_text.setText(self.tr("The tracking says “%1” since %2.")
                                        .replace("%1", fmt.tracking_label(self._situation.kind))
                                        .replace("%2", fmt.date_time(self._situation.at, self._session.user.time_zone)))
        self.problems.show_order(o)

    def _translate_carrier_words(self, d: OrderDetail) -> None:
        """The carrier's words the app does not know, offline into the reader's language (when
        incoming messages are translated and a pack exists); shown as written meanwhile."""
        unknown = self.timeline.unknown_texts()
        if not unknown or not self._session.settings.translate_incoming:
            return
        oid = d.row.id
        orders.carrier_words(self._session, unknown, self._session.reader_language).on_success(
            lambda found: self._carrier_words(oid, found)).on_failure(self._no_carrier_words).bound_to(self).run()

    def _carrier_words(self, order_id: int, found: dict[str, tuple[str, str]]) -> None:
        if self.detail is not None and self.detail.row.id == order_id and found:
            self.timeline.set_translations(found)

    def _no_carrier_words(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc

    def ask_about(self, event: TrackingRow) -> None:
        """Open the chat with the store, the order's card in it and a question about `event` written."""
        if self.detail is not None:
            self.ask_seller.emit(self.detail.row.id,
                                 tracking_question(event, self.detail.row.number, self._session.user))

    def _contact(self) -> None:
        if self.detail is None:
            return
        if not self._session.user.is_seller:
            self.contact_seller.emit(self.detail.row.id)
            return
        # Sellers answer the conversations buyers start: open the buyer's one with the store.
        buyer = self.detail.row.buyer_name
        conversations.list_conversations(self._session).on_success(
            lambda rows: self._open_buyer_conversation(rows, buyer)).bound_to(self).run()

    def _open_buyer_conversation(self, rows, buyer: str) -> None:
        found = next((r.id for r in rows if r.peer_name == buyer), None)
        if found is not None:
            self.contact_buyer.emit(found)
            return
        self.no_conversation = show_box(
            self, QMessageBox.Icon.Information, self.tr("Contact buyer"),
            self.tr("%1 has not written to your store yet. Sellers answer the conversations buyers start.")
            .replace("%1", buyer))

    def open_dispute(self) -> None:
        from desktop.gui.views.dispute_dialog import DisputeDialog

        row = self.detail.row
        dialog = DisputeDialog(self._session, row.id, order_number=row.number, total_cents=row.total_cents,
                               currency=row.currency, parent=self)
        dialog.submitted.connect(self._dispute_opened)
        dialog.open()
        return dialog

    def _dispute_opened(self, record: DisputeRecord) -> None:
        """Say it was opened, tell the seller in the chat (the order's card, drawn as a dispute
        card), and show the order again with its dispute section."""
        self.confirmation = show_box(
            self, QMessageBox.Icon.Information, self.tr("Dispute opened"),
            self.tr("Your dispute on order %1 is open. The seller sees it on the order and in your chat; "
                    "follow it on this page.").replace("%1", record.order_number))
        conversations.contact_seller(self._session, order_id=record.order_id).on_failure(
            lambda exc: isinstance(exc, KnownError) and errors.warn_error(self, exc)).run()
        self.disputed.emit(record.order_id)

    def _fill_items(self) -> None:
        while self.items.count():
            w = self.items.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        for n, item in enumerate(self.detail.items):
            pic = QLabel()
            pic.setFixedSize(64, 64)
            pm = self._images.get(item.image, 64)
            if pm is not None:
                pic.setPixmap(pm)
            # No empty second line when there is no variant: the title stays level with its price.
            title = QLabel("\n".join(t for t in (item.title, item.variant) if t))
            title.setWordWrap(True)
            qty = QLabel(f"× {item.quantity}")
            price = QLabel(fmt.money(item.unit_price_cents * item.quantity, self.detail.row.currency))
            for col, w in enumerate((pic, title, qty, price)):
                self.items.addWidget(w, n, col)
        self.items.setColumnStretch(1, 1)


class OrdersView(QStackedWidget):
    contact_seller = Signal(int)
    ask_seller = Signal(int, str)         # order id, a question about a tracking event
    contact_buyer = Signal(int)           # conversation id

    def __init__(self, session: Session, images: ImageCache, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.model = OrderTableModel(session, self)
        list_page = QWidget(self)
        list_page.setObjectName("page")
        heading = QLabel(self.tr("Orders"), list_page)
        heading.setObjectName("h1")
        self.filter = QComboBox(list_page)
        self.filter.addItem(self.tr("All orders"), None)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for status in (s.value for s in OrderStatus):
            self.filter.addItem(fmt.status_label(status), status)
        self.filter.currentIndexChanged.connect(lambda _n: self._refill())
        self.search = TableSearch(self.tr("Search orders (number, product, tracking)"), list_page)
        self.search.query_changed.connect(lambda _q: self._refill())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Status:"), list_page))
        top.addWidget(self.filter)
        top.addWidget(self.search)
        self.table = QTableView(list_page)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = SortHeader(Qt.Orientation.Horizontal, self.table)
        self.table.setHorizontalHeader(header)
        # Newest first, as the core gives them (the arrow points down); a click on a header has the
        # core order the ids by that column, one way then the other.
        header.setSortIndicator(OrderColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        # Items takes the room; the store (or buyer) is cut with "…" rather than scroll sideways.
        self.columns = FittedColumns(self.table, OrderColumn.ITEMS, {OrderColumn.STATUS: 0.2, OrderColumn.STORE: 0.22,
                                                                  OrderColumn.BUYER: 0.18})
        self.table.setColumnHidden(OrderColumn.BUYER, True)      # until load() knows the user is the marketplace
        self.empty = EmptyState(self.table, self._empty_text)
        self.table.doubleClicked.connect(lambda ix: self.open_order(ix.data(OrderRole.ROW).id))
        self.table.activated.connect(lambda ix: self.open_order(ix.data(OrderRole.ROW).id))
        self.contact_button = QPushButton(self.tr("Contact seller"), list_page)
        self.contact_button.setEnabled(False)
        self.open_button = QPushButton(self.tr("Open order"), list_page)
        self.open_button.setEnabled(False)
        self.contact_button.clicked.connect(lambda: self._selected() and self.contact_seller.emit(self._selected()))
        self.open_button.clicked.connect(lambda: self._selected() and self.open_order(self._selected()))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # A new filter resets the rows without a selectionChanged: the buttons follow the rows too.
        for signal in (self.model.modelReset, self.model.rowsRemoved, self.model.layoutChanged):
            signal.connect(self._selection_changed)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.contact_button)
        ll = QVBoxLayout(list_page)
        ll.setContentsMargins(24, 16, 24, 16)
        ll.addLayout(top)
        ll.addWidget(self.table, 1)
        ll.addLayout(bottom)
        self.page = OrderPage(session, images, self)
        self.page.back.connect(lambda: self.setCurrentIndex(0))
        self.page.contact_seller.connect(self.contact_seller)
        self.page.ask_seller.connect(self.ask_seller)
        self.page.contact_buyer.connect(self.contact_buyer)
        self.page.disputed.connect(lambda oid: (self.open_order(oid), self.model.load(self.model.status)))
        self.addWidget(list_page)
        self.addWidget(self.page)
        session.changed.connect(self._on_changes)
        self.first_screen = FirstScreen(self.table, self._first_screen_ready, self)

    def _first_screen_ready(self) -> bool:
        model = self.model
        return model.loaded and all(model.cached(model.id_at(n)) is not None for n in visible_rows(self.table))

    def _on_changes(self, notice: ChangeNotice) -> None:
        if ChangeKind.ORDER in notice.kinds:
            self.model.load(self.model.status)

    def load(self) -> None:
        self.model.load(self.filter.currentData())
        role = self._session.user.role
        self.contact_button.setVisible(role == Role.BUYER.value)     # not a store, not the marketplace
        # A buyer's orders are all theirs and a store's name their buyer: only the marketplace needs both.
        self.table.setColumnHidden(OrderColumn.BUYER, role != Role.ARBITER.value)

    def _empty_text(self) -> str:
        if self.filter.currentData() is not None or self.search.text().strip():
            return self.tr("No orders match the search or the status chosen.")
        role = self._session.user.role if self._session.user is not None else ""
        if role == Role.BUYER.value:
            return self.tr("No orders yet. Orders you place on the marketplace appear here.")
        return self.tr("Your store has no orders yet.") if role == Role.SELLER.value else self.tr("No orders yet.")

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        ok = self._selected() is not None
        self.contact_button.setEnabled(ok)
        self.open_button.setEnabled(ok)

    def _refill(self) -> None:
        """The table again: the status chosen, and only the orders that match the search field."""
        status, query = self.filter.currentData(), self.search.text().strip()
        if not query:
            self.model.load(status)
            return
        generation = self.search.generation
        search.order_ids(self._session, query).on_success(
            lambda ids: self.search.current(generation) and self._found(ids, status)).bound_to(self).run()

    def _found(self, ids: list[int], status: str | None) -> None:
        """Matching orders, in the status chosen (read with their rows: the table's model knows them)."""
        self.model.show_ids(ids, status)

    def open_order(self, order_id: int) -> None:
        orders.order_detail(self._session, order_id).on_success(self._show).on_failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        """The order could not be opened: say so over the orders (a bug goes to the hook)."""
        if isinstance(exc, KnownError):
            errors.warn_error(self, exc)

    def _show(self, detail: OrderDetail | None) -> None:
        if detail is not None:
            self.page.show_detail(detail)
            self.setCurrentWidget(self.page)
