"""The carriers' tracking texts the app knows, as codes, so the window can say each in the
reader's language (desktop/gui/tracking_words.py) and the command line can give a stable code
beside the stored text. A text the app does not know has no code: it is shown as the carrier
wrote it, marked as the carrier's (docs/orders.md).

    detail_of("Departed from the sorting centre")     # TrackingDetail("departed_sorting_centre", ())
    detail_of("Handed over to Correos")               # TrackingDetail("handed_over", (("carrier", "Correos"),))
    detail_of("Colis en cours d'acheminement")        # None
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TrackingDetail:
    code: str
    args: tuple[tuple[str, str], ...] = ()      # the names a text carries (a carrier, a number), in order

    def to_json(self) -> dict:
        return {"code": self.code, "args": dict(self.args)}


# The exact texts (compared without case, repeated spaces or a final full stop) of the carriers
# the marketplace works with (Cainiao, YunExpress, Correos, Royal Mail), and the app's own.
KNOWN: dict[str, str] = {
    "parcel accepted by the carrier": "accepted",
    "shipment information received": "info_received",
    "order shipped: the seller handed the parcel to the carrier": "handed_to_carrier",
    "no tracking information yet: the carrier has not scanned the parcel": "not_scanned",
    "no tracking information for now": "not_scanned",
    "departed from the sorting centre": "departed_sorting_centre",
    "departed to the destination country": "departed_to_destination",
    "arrived in the destination country": "arrived_destination",
    "delivery attempt failed: address not found": "attempt_failed_address",
    "returned to sender": "returned_to_sender",
    "customs clearance delayed: the parcel is waiting for inspection": "customs_inspection",
    "delay in transit: held by customs": "customs_held",
    "delayed: flight capacity shortage, the parcel will leave on the next flight": "flight_capacity",
    "delivered": "delivered",
    "delivered: left with the building's porter": "delivered_porter",
    "delivered to the front door": "delivered_door",
}

# Texts with a name in them: the pattern (on the text with its spaces squeezed) and the code.
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"handed over to (?P<carrier>.+)", re.IGNORECASE), "handed_over"),
    (re.compile(r"shipped with (?P<carrier>.+), tracking number (?P<number>\S+)", re.IGNORECASE), "shipped_with"),
)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".").strip()


def detail_of(text: str) -> TrackingDetail | None:
    """The code of a carrier's text the app knows (with the names it carries), else None."""
    plain = _squeezed(text)
    if not plain:
        return None
    code = KNOWN.get(plain.casefold())
    if code is not None:
        return TrackingDetail(code)
    for pattern, code in PATTERNS:
        found = pattern.fullmatch(plain)
        if found is not None:
            return TrackingDetail(code, tuple((name, found.group(name)) for name in pattern.groupindex))
    return None
