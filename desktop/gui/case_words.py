"""The words of a cancellation's or a dispute's steps, in the window's language: the order
page's history, the chat's request cards and the conversation list's preview of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.gui import format as fmt

if TYPE_CHECKING:
    from desktop.core.card_preview import CardPreview


def action_labels() -> dict[str, str]:
    """What each step of the history says, by `kinds.CaseAction` value."""
    return {
        "cancel_requested": QCoreApplication.translate("OrderProblems", "Cancellation requested"),
        "cancel_accepted": QCoreApplication.translate("OrderProblems", "Cancellation accepted"),
        "cancel_declined": QCoreApplication.translate("OrderProblems", "Cancellation declined"),
        "cancel_auto": QCoreApplication.translate("OrderProblems", "Cancelled automatically: the store did not answer in time"),
        "shipped": QCoreApplication.translate("OrderProblems", "Shipped"),
        "dispute_opened": QCoreApplication.translate("OrderProblems", "Dispute opened"),
        "refund_accepted": QCoreApplication.translate("OrderProblems", "Refund accepted"),
        "partial_offered": QCoreApplication.translate("OrderProblems", "Partial refund offered"),
        "return_asked": QCoreApplication.translate("OrderProblems", "Return asked"),
        "return_shipped": QCoreApplication.translate("OrderProblems", "Item shipped back"),
        "return_lapsed": QCoreApplication.translate("OrderProblems", "The return was not shipped in time"),
        "rejected": QCoreApplication.translate("OrderProblems", "Dispute rejected"),
        "offer_accepted": QCoreApplication.translate("OrderProblems", "Answer accepted"),
        "auto_accepted": QCoreApplication.translate("OrderProblems", "Refund accepted automatically: the seller did not answer in time"),
        "escalated": QCoreApplication.translate("OrderProblems", "Escalated to the marketplace"),
        "auto_escalated": QCoreApplication.translate("OrderProblems", "Escalated automatically"),
        "decided": QCoreApplication.translate("OrderProblems", "Decided by the marketplace"),
    }


# A cancellation's amount is what was refunded: nothing for an order never paid, said as no amount
# rather than "Cancelled automatically … · €0.00" (which reads as "you get nothing back").
REFUND_STEPS = frozenset({"cancel_accepted", "cancel_auto"})


def shown_amount(action: str, amount_cents: int | None) -> int | None:
    """The amount a step shows: None for a cancellation that refunded nothing."""
    return None if amount_cents == 0 and action in REFUND_STEPS else amount_cents


def card_preview_line(card: CardPreview) -> str:
    """A request card as one line of the conversation list: "Disputa abierta · 23,99 € · pedido 8190…"."""
    parts = [action_labels().get(card.action.value, card.action.value)]
    amount = shown_amount(card.action.value, card.amount_cents)
    if amount is not None:
        parts.append(fmt.money(amount, card.currency))
    if card.order_number:
        parts.append(QCoreApplication.translate("ConversationListModel", "order %1").replace("%1", card.order_number))
    return " · ".join(parts)
