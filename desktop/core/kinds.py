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
