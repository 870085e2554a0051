"""A tracking event's carrier text in the window's language: the texts the app knows
(`core.tracking_texts` codes) are said here through tr(); any other is shown as the carrier
wrote it, marked as theirs (docs/orders.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.gui import format as fmt

if TYPE_CHECKING:
    from desktop.core.orders import TrackingRow


def detail_texts() -> dict[str, str]:
    """Each known code's words; %1, %2 are the names the text carries, in order."""
    return {
        "accepted": QCoreApplication.translate("TrackingWords", "Parcel accepted by the carrier"),
        "info_received": QCoreApplication.translate("TrackingWords", "Shipment information received"),
        "handed_to_carrier": QCoreApplication.translate("TrackingWords", "Order shipped: the seller handed the parcel to the carrier"),
        "not_scanned": QCoreApplication.translate("TrackingWords", "The carrier has not scanned the parcel yet"),
        "departed_sorting_centre": QCoreApplication.translate("TrackingWords", "Departed from the sorting centre"),
        "departed_to_destination": QCoreApplication.translate("TrackingWords", "Departed to the destination country"),
        "arrived_destination": QCoreApplication.translate("TrackingWords", "Arrived in the destination country"),
        "attempt_failed_address": QCoreApplication.translate("TrackingWords", "Delivery attempt failed: address not found"),
        "returned_to_sender": QCoreApplication.translate("TrackingWords", "Returned to sender"),
        "customs_inspection": QCoreApplication.translate("TrackingWords", "Customs clearance delayed: the parcel is waiting for inspection"),
        "customs_held": QCoreApplication.translate("TrackingWords", "Delayed in transit: held by customs"),
        "flight_capacity": QCoreApplication.translate("TrackingWords", "Delayed: not enough room on the flight, the parcel leaves on the next one"),
        "delivered": QCoreApplication.translate("TrackingWords", "Delivered"),
        "delivered_porter": QCoreApplication.translate("TrackingWords", "Delivered: left with the building's porter"),
        "delivered_door": QCoreApplication.translate("TrackingWords", "Delivered to the front door"),
        "handed_over": QCoreApplication.translate("TrackingWords", "Handed over to %1"),
        "shipped_with": QCoreApplication.translate("TrackingWords", "Shipped with %1, tracking number %2"),
    }


def event_words(event: TrackingRow, translated: tuple[str, str] | None = None) -> str:
    """What the carrier said, in the window's language when the app knows the text, else as
    they wrote it and marked so, or its offline translation (`translated`: the text and the
    language it was in) marked as the carrier's words translated ("" for an event without words)."""
    if event.detail is not None:
        words = detail_texts().get(event.detail.code)
        if words is not None:
            for n, (_name, value) in enumerate(event.detail.args, start=1):
                words = words.replace(f"%{n}", value)
            return words
    if not event.description.strip():
        return ""
    if translated is not None:
        return (QCoreApplication.translate("TrackingWords", "“%1” (the carrier's words, translated from %2)")
                .replace("%1", translated[0].strip()).replace("%2", fmt.language_label(translated[1])))
    return QCoreApplication.translate("TrackingWords", "“%1” (the carrier's words)").replace("%1", event.description.strip())
