"""The database tables, as SQLAlchemy 2.0 typed models (DESIGN "Data").

Times are stored as naive UTC datetimes. Money is stored in cents. Per-user state about
a conversation (read position, deleted-for-me marker) lives in `ConversationMember`,
never in the shared message rows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.kinds import MessageKind, OrderStatus, RequestState, Role, TrackingKind
from desktop.core.schema_base import ID, NAMING, Base, _enum, _in_store, _store_key, is_id_column, utcnow
from desktop.core.schema_desk import (
    Assignment, ConversationLabel, InternalNote, Presence, QuickReply, QuickReplyText, ResponseEpisode, StoreLabel,
    StoreSettings,
)

__all__ = ["ID", "NAMING", "Assignment", "Base", "ConversationLabel", "InternalNote", "MessageKind",  # re-exported
           "OrderStatus", "Presence", "QuickReply", "QuickReplyText", "RequestState", "ResponseEpisode", "Role",
           "StoreLabel", "StoreSettings", "TrackingKind", "is_id_column", "utcnow"]


class Store(Base):
    __tablename__ = "stores"
    id: Mapped[int] = mapped_column(primary_key=True)
    handle: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="CN")
    language: Mapped[str] = mapped_column(String(8))
    rating: Mapped[int] = mapped_column(Integer, default=0)        # positive feedback, per mille
    followers: Mapped[int] = mapped_column(Integer, default=0)
    # where the store takes returns, as the marketplace holds it (several lines; "" when none)
    return_address: Mapped[str] = mapped_column(Text, default="", server_default="")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    handle: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role))
    language: Mapped[str] = mapped_column(String(8))
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    city: Mapped[str] = mapped_column(String(100), default="")
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"), default=None, index=True)
    store: Mapped[Store | None] = relationship()


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (_store_key("products"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    price_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    rating: Mapped[int] = mapped_column(Integer, default=0)        # average stars x 10 (47 = 4.7)
    review_count: Mapped[int] = mapped_column(Integer, default=0)
    sold_count: Mapped[int] = mapped_column(Integer, default=0)
    store: Mapped[Store] = relationship()
    variants: Mapped[list[ProductVariant]] = relationship(order_by="ProductVariant.id")
    images: Mapped[list[ProductImage]] = relationship(order_by="ProductImage.position")


class ProductVariant(Base):
    __tablename__ = "product_variants"
    __table_args__ = (_in_store("product_variants", "product_id", "products"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(20))                  # "size", "colour", "model"...
    value: Mapped[str] = mapped_column(String(100))
    price_delta_cents: Mapped[int] = mapped_column(Integer, default=0)
    stock: Mapped[int] = mapped_column(Integer, default=0)


class ProductImage(Base):
    __tablename__ = "product_images"
    __table_args__ = (_in_store("product_images", "product_id", "products"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(Integer, index=True)
    path: Mapped[str] = mapped_column(String(300))                 # relative to resources/ or the data dir
    position: Mapped[int] = mapped_column(Integer, default=0)


class Order(Base):
    __tablename__ = "orders"
    # The orders table lists a store's (or a buyer's) orders newest first, filtered by status or not:
    # each of the four lists reads one of these indexes in order (docs/queries.md).
    __table_args__ = (
        Index("ix_orders_store_id_created_at", "store_id", "created_at"),
        Index("ix_orders_store_id_status_created_at", "store_id", "status", "created_at"),
        Index("ix_orders_buyer_id_created_at", "buyer_id", "created_at"),
        Index("ix_orders_buyer_id_status_created_at", "buyer_id", "status", "created_at"),
        UniqueConstraint("store_id", "number"),
        _store_key("orders"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20))          # 16 digits, as the marketplace shows it; per store
    buyer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    status: Mapped[OrderStatus] = mapped_column(_enum(OrderStatus))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    total_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    carrier: Mapped[str] = mapped_column(String(100), default="")
    tracking_number: Mapped[str] = mapped_column(String(64), default="")
    shipped_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    refunded_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    items: Mapped[list[OrderItem]] = relationship(order_by="OrderItem.id")
    tracking: Mapped[list[TrackingEvent]] = relationship(order_by="TrackingEvent.at")
    store: Mapped[Store] = relationship()
    buyer: Mapped[User] = relationship()


class OrderItem(Base):
    __tablename__ = "order_items"
    __table_args__ = (_in_store("order_items", "order_id", "orders"),
                      _in_store("order_items", "product_id", "products", cascade=False))
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    order_id: Mapped[int] = mapped_column(Integer, index=True)
    product_id: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))                # as bought, even if the product changes
    variant: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_cents: Mapped[int] = mapped_column(Integer)


class TrackingEvent(Base):
    __tablename__ = "tracking_events"
    __table_args__ = (_in_store("tracking_events", "order_id", "orders"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    order_id: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[TrackingKind] = mapped_column(_enum(TrackingKind))
    location: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(String(500), default="")


class CancellationRequest(Base):
    """A buyer's request to cancel an order before it ships (`desktop.core.cancellations`).

    `reason` is the buyer's own words; `reason_code` the reason picked from the list. An
    automatic cancellation is ACCEPTED with `automatic` set and no `decided_by`."""

    __tablename__ = "cancellation_requests"
    __table_args__ = (_in_store("cancellation_requests", "order_id", "orders"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    order_id: Mapped[int] = mapped_column(Integer, index=True)
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(500), default="")
    state: Mapped[RequestState] = mapped_column(_enum(RequestState), default=RequestState.PENDING)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    reason_code: Mapped[str] = mapped_column(String(40), default="", server_default="")
    deadline_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    decided_by: Mapped[int | None] = mapped_column(Integer, default=None)        # a user id; None: automatic
    decline_reason: Mapped[str] = mapped_column(String(40), default="", server_default="")
    automatic: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Attachment(Base):
    """A stored file of one store (one row per hash and store: the file on disk is shared)."""

    __tablename__ = "attachments"
    __table_args__ = (UniqueConstraint("store_id", "sha256"), _store_key("attachments"))
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    mime: Mapped[str] = mapped_column(String(100))
    bytes: Mapped[int] = mapped_column(Integer)
    width: Mapped[int | None] = mapped_column(Integer, default=None)
    height: Mapped[int | None] = mapped_column(Integer, default=None)
    safe_name: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Dispute(Base):
    __tablename__ = "disputes"
    __table_args__ = (_in_store("disputes", "order_id", "orders"), _store_key("disputes"))
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    order_id: Mapped[int] = mapped_column(Integer, index=True)
    opened_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    refund_kind: Mapped[str] = mapped_column(String(10), default="full", server_default="full")
    amount_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")      # the refund asked
    offered_cents: Mapped[int | None] = mapped_column(Integer, default=None)               # a partial offer
    refund_cents: Mapped[int | None] = mapped_column(Integer, default=None)                # what was refunded
    deadline_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)        # of the current step
    return_carrier: Mapped[str] = mapped_column(String(100), default="", server_default="")
    return_tracking: Mapped[str] = mapped_column(String(64), default="", server_default="")
    return_address: Mapped[str] = mapped_column(Text, default="", server_default="")    # fixed when asked
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class OrderEvent(Base):
    """One step of an order's cancellation, dispute or shipment, in the order it happened:
    the history `buzon cancel/dispute show` print, the cards of the chat, the evidence pack."""

    __tablename__ = "order_events"
    __table_args__ = (Index("ix_order_events_order_id_id", "order_id", "id"),
                      _in_store("order_events", "order_id", "orders"), _store_key("order_events"))
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    order_id: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(20))          # "cancellation", "dispute", "shipment"
    subject_id: Mapped[int | None] = mapped_column(Integer, default=None)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)   # None: the marketplace's clock
    action: Mapped[str] = mapped_column(String(30))            # a kinds.CaseAction value
    amount_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    text: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[int | None] = mapped_column(Integer, default=None, index=True)   # its card in the chat


class OrderEventEvidence(Base):
    __tablename__ = "order_event_evidence"
    __table_args__ = (_in_store("order_event_evidence", "event_id", "order_events"),
                      _in_store("order_event_evidence", "attachment_id", "attachments", cascade=False))
    store_id: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attachment_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class DisputeEvidence(Base):
    __tablename__ = "dispute_evidence"
    __table_args__ = (_in_store("dispute_evidence", "dispute_id", "disputes"),
                      _in_store("dispute_evidence", "attachment_id", "attachments", cascade=False))
    store_id: Mapped[int] = mapped_column(Integer)
    dispute_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attachment_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Conversation(Base):
    """One chat between a buyer and a store."""

    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("buyer_id", "store_id"), _store_key("conversations"))
    id: Mapped[int] = mapped_column(primary_key=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_message_id: Mapped[int | None] = mapped_column(Integer, default=None)
    last_activity_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    store: Mapped[Store] = relationship()
    buyer: Mapped[User] = relationship()


class ConversationMember(Base):
    """A user's own state in a conversation: what they have read and what they deleted for themselves.

    It also carries the member's copy of the conversation's last activity and their unread count,
    kept by every write, so one member's inbox is a range of one index and its counts are read,
    never computed over the messages (docs/queries.md)."""

    __tablename__ = "conversation_members"
    __table_args__ = (
        Index("ix_conversation_members_inbox", "user_id", "hidden", "last_activity_at", "conversation_id"),
        Index("ix_conversation_members_unread", "user_id", "unread_count",
              sqlite_where=text("unread_count > 0")),
        # The seller's desk (docs/desk.md): each view of the list is a range of a partial index,
        # in the list's order, and each count an index-only count of one.
        Index("ix_conversation_members_unread_list", "user_id", "last_activity_at", "conversation_id",
              sqlite_where=text("unread_count > 0")),
        Index("ix_conversation_members_awaiting", "user_id", "last_activity_at", "conversation_id",
              sqlite_where=text("awaiting_since IS NOT NULL")),
        Index("ix_conversation_members_awaiting_since", "user_id", "awaiting_since",
              sqlite_where=text("awaiting_since IS NOT NULL")),
        Index("ix_conversation_members_archived", "user_id", "last_activity_at", "conversation_id",
              sqlite_where=text("archived = 1")),
        Index("ix_conversation_members_pinned", "user_id", "last_activity_at", "conversation_id",
              sqlite_where=text("pinned = 1")),
        _in_store("conversation_members", "conversation_id", "conversations"),
    )
    store_id: Mapped[int] = mapped_column(Integer)
    conversation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    last_read_message_id: Mapped[int] = mapped_column(Integer, default=0)
    cleared_before_message_id: Mapped[int] = mapped_column(Integer, default=0)   # deleted for me: ids <= this
    last_activity_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)   # = the conversation's
    unread_count: Mapped[int] = mapped_column(Integer, default=0)  # messages of the others after my read position
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    labels: Mapped[str] = mapped_column(String(200), default="")   # unused: labels are `conversation_labels`
    pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    # The other side wrote last and nobody on my side answered since: when their first such message came.
    awaiting_since: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    no_response_by: Mapped[int | None] = mapped_column(Integer, default=None)     # "no response needed": who
    no_response_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)   # and when


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_conversation_id_id", "conversation_id", "id"),
                      _in_store("messages", "conversation_id", "conversations"),
                      _in_store("messages", "product_id", "products", cascade=False),
                      _in_store("messages", "order_id", "orders", cascade=False),
                      UniqueConstraint("store_id", "client_id"), _store_key("messages"))
    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    conversation_id: Mapped[int] = mapped_column(Integer)
    sender_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)  # None: system notice
    kind: Mapped[MessageKind] = mapped_column(_enum(MessageKind))
    text: Mapped[str] = mapped_column(Text, default="")
    lang: Mapped[str] = mapped_column(String(8), default="")
    client_id: Mapped[str] = mapped_column(String(64))          # unique per store (0009_store_keys)
    product_id: Mapped[int | None] = mapped_column(Integer, default=None)
    order_id: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)   # on the sender's machine
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)      # stored in the shared database


class MessageDeletion(Base):
    """A single message deleted for one user only."""

    __tablename__ = "message_deletions"
    __table_args__ = (_in_store("message_deletions", "message_id", "messages"),)
    store_id: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    message_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class MessageAttachment(Base):
    __tablename__ = "message_attachments"
    __table_args__ = (_in_store("message_attachments", "message_id", "messages"),
                      _in_store("message_attachments", "attachment_id", "attachments", cascade=False))
    store_id: Mapped[int] = mapped_column(Integer)
    message_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attachment_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class MessageTranslation(Base):
    """Translation cache: a message in a target language, keyed by the pack version that made it."""

    __tablename__ = "message_translations"
    __table_args__ = (_in_store("message_translations", "message_id", "messages"),)
    store_id: Mapped[int] = mapped_column(Integer)
    message_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    pack_version: Mapped[str] = mapped_column(String(64), default="")
    sent_by_author: Mapped[bool] = mapped_column(Boolean, default=False)  # the sender's own preview, sent with it


class Draft(Base):
    __tablename__ = "drafts"
    __table_args__ = (_in_store("drafts", "conversation_id", "conversations"),)
    store_id: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    conversation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ChangeLog(Base):
    """One row per write that other clients must see; they poll max(id) and load what is newer."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(20))          # message, read, draft, conversation, order
    conversation_id: Mapped[int | None] = mapped_column(Integer, default=None)
    message_id: Mapped[int | None] = mapped_column(Integer, default=None)
    user_id: Mapped[int | None] = mapped_column(Integer, default=None)
    order_id: Mapped[int | None] = mapped_column(Integer, default=None)
    store_id: Mapped[int | None] = mapped_column(Integer, default=None)   # None: a person's own change



for _table in Base.metadata.tables.values():
    for _column in _table.columns:
        if is_id_column(_column.name) and type(_column.type) is Integer:
            _column.type = ID
