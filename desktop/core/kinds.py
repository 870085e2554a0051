"""The fixed vocabularies of the data (roles, order statuses, message kinds...).

Plain enums, free of SQLAlchemy, so the GUI can name them before the database layer loads.
"""

from __future__ import annotations

import enum


class Role(str, enum.Enum):
    BUYER = "buyer"
    SELLER = "seller"
    ARBITER = "arbiter"          # the marketplace: decides escalated disputes


class OrderStatus(str, enum.Enum):
    AWAITING_PAYMENT = "awaiting_payment"
    AWAITING_SHIPMENT = "awaiting_shipment"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    IN_DISPUTE = "in_dispute"


class OrderSort(enum.Enum):
    """What the table is ordered by (a click on a column's header)."""
    DATE = "date"
    NUMBER = "number"
    ITEMS = "items"              # the first item's title
    TOTAL = "total"
    STATUS = "status"            # in the order's life: awaiting payment … in dispute
    STORE = "store"              # the store's name
    BUYER = "buyer"              # the buyer's name


class TrackingKind(str, enum.Enum):
    """What a tracking event says, as a code: the window titles it in its own language
    (desktop/gui/format.py); the carrier's own words are kept apart as the event's description."""

    INFO = "info"
    NO_TRACKING = "no_tracking"
    IN_TRANSIT = "in_transit"
    DELAY = "delay"
    RETURNED_TO_SENDER = "returned_to_sender"
    DELIVERED = "delivered"
    DEPARTED = "departed"                # left a sorting centre, an airport, the origin country
    CUSTOMS_DELAY = "customs_delay"      # held by customs (DELAY: any other hold-up)


class MessageKind(str, enum.Enum):
    TEXT = "text"
    IMAGE = "image"
    PRODUCT_CARD = "product_card"
    ORDER_CARD = "order_card"
    SYSTEM = "system"
    REQUEST_CARD = "request_card"    # a step of a cancellation or a dispute (its `order_events` row)


class RequestState(str, enum.Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class DisputeState(str, enum.Enum):
    """Where a dispute stands (docs/orders.md draws the paths between them)."""

    OPEN = "open"                            # waiting for the seller's answer
    OFFERED = "offered"                      # the seller offered a partial refund: the buyer accepts or escalates
    RETURN_REQUESTED = "return_requested"    # the seller asked for the item back: the buyer ships it
    RETURNED = "returned"                    # the buyer shipped it back: the seller refunds
    REJECTED = "rejected"                    # the seller rejected it: the buyer accepts that or escalates
    ESCALATED = "escalated"                  # waiting for the marketplace's decision
    CLOSED = "closed"                        # over: `refund_cents` says what was refunded

    @property
    def is_open(self) -> bool:
        return self != DisputeState.CLOSED


class CaseAction(str, enum.Enum):
    """One step of a cancellation, a dispute or a shipment: a row of an order's history."""

    CANCEL_REQUESTED = "cancel_requested"
    CANCEL_ACCEPTED = "cancel_accepted"
    CANCEL_DECLINED = "cancel_declined"
    CANCEL_AUTO = "cancel_auto"              # the store did not answer in time
    SHIPPED = "shipped"
    DISPUTE_OPENED = "dispute_opened"
    REFUND_ACCEPTED = "refund_accepted"      # the seller accepts the refund asked
    PARTIAL_OFFERED = "partial_offered"
    RETURN_ASKED = "return_asked"
    RETURN_SHIPPED = "return_shipped"
    RETURN_LAPSED = "return_lapsed"          # the buyer did not ship the return in time
    REJECTED = "rejected"
    OFFER_ACCEPTED = "offer_accepted"        # the buyer accepts the offer (or the rejection)
    AUTO_ACCEPTED = "auto_accepted"          # the seller did not answer in time
    ESCALATED = "escalated"
    AUTO_ESCALATED = "auto_escalated"
    DECIDED = "decided"                      # the marketplace's decision


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
    CANCELLATION = "cancellation"    # a cancellation request was made, answered or applied
    DISPUTE = "dispute"              # a dispute moved a step (answered, escalated, decided)
    MEMBER = "member"                # a person was added to a store's team or taken off it
    ASSIGN = "assign"                # a conversation was given to someone on the team (or to nobody)
    NOTE = "note"                    # an internal note was added (the team's only)
    TYPING = "typing"                # someone on the team is typing in a conversation (or stopped)

    @classmethod
    def parse(cls, value: str) -> ChangeKind | None:
        """The kind named by a stored value; None for one this version does not know (a
        newer Buzón may share the database and write kinds added after this one)."""
        try:
            return cls(value)
        except ValueError:
            return None
