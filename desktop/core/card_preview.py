"""The one-line preview of a request card (a step of a cancellation or a dispute) for the
conversation list: which step, its amount, the order it is about.

The card's stored text is the English sentence the CLI prints; the list needs the step
itself, so a reader sees "Disputa abierta · 23,99 € · pedido 8190…" in their own language.
The window translates `action` and formats the amount (desktop/gui/case_words.py); `english`
is the same line for the CLI and the logs.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.kinds import CaseAction

# Short English titles of the steps, as the list says them (the window has its own words).
TITLES = {
    CaseAction.CANCEL_REQUESTED: "Cancellation requested",
    CaseAction.CANCEL_ACCEPTED: "Cancellation accepted",
    CaseAction.CANCEL_DECLINED: "Cancellation declined",
    CaseAction.CANCEL_AUTO: "Cancelled automatically",
    CaseAction.SHIPPED: "Shipped",
    CaseAction.DISPUTE_OPENED: "Dispute opened",
    CaseAction.REFUND_ACCEPTED: "Refund accepted",
    CaseAction.PARTIAL_OFFERED: "Partial refund offered",
    CaseAction.RETURN_ASKED: "Return asked",
    CaseAction.RETURN_SHIPPED: "Item shipped back",
    CaseAction.RETURN_LAPSED: "Return not shipped in time",
    CaseAction.REJECTED: "Dispute rejected",
    CaseAction.OFFER_ACCEPTED: "Answer accepted",
    CaseAction.AUTO_ACCEPTED: "Refund accepted automatically",
    CaseAction.ESCALATED: "Escalated to the marketplace",
    CaseAction.AUTO_ESCALATED: "Escalated automatically",
    CaseAction.DECIDED: "Decided by the marketplace",
}


@dataclass(frozen=True)
class CardPreview:
    action: CaseAction
    order_number: str
    amount_cents: int | None
    currency: str

    def english(self) -> str:
        parts = [TITLES[self.action]]
        if self.amount_cents is not None:
            parts.append(f"{self.amount_cents / 100:.2f} {self.currency}".strip())
        if self.order_number:
            parts.append(f"order {self.order_number}")
        return " · ".join(parts)


def card_preview(action: str | None, order_number: str | None, amount_cents: int | None,
                 currency: str | None) -> CardPreview | None:
    """The preview of a request card from its step's columns; None for a card whose step is
    unknown (its history row is gone, or an action this version does not know)."""
    try:
        known = CaseAction(action) if action else None
    except ValueError:
        return None
    if known is None:
        return None
    return CardPreview(known, order_number or "", amount_cents, currency or "")
