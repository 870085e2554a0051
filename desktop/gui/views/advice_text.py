"""The advice's sentences in the window's language (issue 19): what a refused message costs,
the store's clock, waiting before a dispute, and writing tips. The core says what is true
(`desktop.core.advice`); these say it, each with the guide section it links to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.gui import format as fmt

if TYPE_CHECKING:
    from desktop.core.advice import Consequence, StoreTime, WritingTip
    from desktop.core.advice_queries import DisputeWait

CONTEXT = "Advice"


def tr(text: str) -> str:
    """A sentence of this module in the window's language. The calls below spell out
    `QCoreApplication.translate("Advice", …)` so that lupdate files them under their context (it cannot see a
    context through this function)."""
    return QCoreApplication.translate(CONTEXT, text)


def consequence_line(consequence: Consequence) -> str:
    """One short sentence under the marketplace's warning: what the sender would lose."""
    lines = {
        "protection": QCoreApplication.translate("Advice", "Deals made or paid outside this chat are not covered by buyer "
                                          "protection, and cannot be used in a dispute."),
        "evidence": QCoreApplication.translate("Advice", "What is said outside this chat cannot be used as evidence in a dispute: "
                                        "keep the conversation here."),
    }
    return lines.get(consequence.value, "")


def why_link() -> str:
    """The "Why?" link under a refusal, to the guide's section on what is allowed."""
    why = QCoreApplication.translate("Advice", "Why?")
    return f'<a href="guide:allowed">{why}</a>'


def hours_text(seconds: int) -> str:
    """About how long, in whole hours (at least one), written with the hour's symbol so no
    plural form is needed: "5 h"."""
    hours = max(1, round(seconds / 3600))
    return QCoreApplication.translate("Advice", "%1 h").replace("%1", QLocale().toString(hours))


def store_time_note(found: StoreTime) -> str:
    """"It is 03:58 in Shenzhen. …" — said only when the store is outside its hours, with
    only what is known (the store's typical answer time once its figures exist)."""
    if not found.outside_hours:
        return ""
    clock = QLocale().toString(found.local.time(), QLocale.FormatType.ShortFormat)
    place = found.city or found.time_zone
    first = QCoreApplication.translate("Advice", "It is %1 in %2, outside the store's usual hours.").replace(
        "%1", clock).replace("%2", place)
    if found.typical_reply_s is not None:
        return first + " " + QCoreApplication.translate("Advice", "This store usually answers within about %1.").replace(
            "%1", hours_text(found.typical_reply_s))
    if found.opens_in_s is not None:
        return first + " " + QCoreApplication.translate("Advice", "It opens in about %1.").replace(
            "%1", hours_text(found.opens_in_s))
    return first


def dispute_wait_text(wait: DisputeWait, time_zone: str) -> str:
    """Before a dispute: the store has not had a working day to answer the last message yet."""
    return QCoreApplication.translate(
        "Advice", "Your last message to the store is less than a working day old. Stores often solve a problem "
                  "in a message: consider waiting for an answer until %1 before opening a dispute.").replace(
        "%1", QLocale().toString(fmt.local(wait.until, time_zone), QLocale.FormatType.ShortFormat))


def tip_text(tip: WritingTip) -> str:
    """A gentle hint while typing in a translated chat; never blocks sending."""
    lines = {
        "long_sentence": QCoreApplication.translate("Advice", "Tip: short sentences translate better."),
        "several_questions": QCoreApplication.translate("Advice", "Tip: one question per message gets a clearer answer."),
        "number_in_words": QCoreApplication.translate("Advice", "Tip: write numbers as digits (2, not two)."),
        "size_without_unit": QCoreApplication.translate("Advice", "Tip: give sizes with their units (170 cm, 65 kg, EU 42)."),
    }
    return lines.get(tip.value, "")
