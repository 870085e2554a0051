"""The fixed vocabularies of the data (roles, order statuses, message kinds...).

Plain enums, free of SQLAlchemy, so the GUI can name them before the database layer loads.
"""

from __future__ import annotations

import enum


class Role(str, enum.Enum):
    BUYER = "buyer"
    SELLER = "seller"


class OrderStatus(str, enum.Enum):
    AWAITING_PAYMENT = "awaiting_payment"
    AWAITING_SHIPMENT = "awaiting_shipment"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    IN_DISPUTE = "in_dispute"


class TrackingKind(str, enum.Enum):
    INFO = "info"
    NO_TRACKING = "no_tracking"
    IN_TRANSIT = "in_transit"
    DELAY = "delay"
    RETURNED_TO_SENDER = "returned_to_sender"
    DELIVERED = "delivered"


class MessageKind(str, enum.Enum):
    TEXT = "text"
    IMAGE = "image"
    PRODUCT_CARD = "product_card"
    ORDER_CARD = "order_card"
    SYSTEM = "system"


class RequestState(str, enum.Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class DisputeState(str, enum.Enum):
    """Where a dispute stands. Only OPEN exists yet; responding, escalating and the
    marketplace's decision come with the rest of the dispute flow."""

    OPEN = "open"


class ChangeKind(str, enum.Enum):
    """What a row of the change log says happened (`desktop.core.changes`); each view
    decides from the kinds whether to reload."""

    MESSAGE = "message"              # a message was stored in a conversation
    CONVERSATION = "conversation"    # a conversation was opened (or came back after "delete for me")
    READ = "read"                    # a member's read position moved forward
    UNREAD = "unread"                # a member marked a conversation unread
    DELETE = "delete"                # a member deleted a conversation or a message for themselves
    ORDER = "order"                  # an order changed (status, a dispute opened)
    DESK = "desk"                    # a member pinned, archived, labelled or waived a conversation
    QUICK_REPLY = "quick_reply"      # a store's quick replies changed
    STORE_SETTINGS = "store_settings"   # a store's response target, hours or auto-reply changed

    @classmethod
    def parse(cls, value: str) -> ChangeKind | None:
        """The kind named by a stored value; None for one this version does not know (a
        newer Buzón may share the database and write kinds added after this one)."""
        try:
            return cls(value)
        except ValueError:
            return None
