"""The content policy filter: refuses messages that move a deal off the platform (other
messaging apps, e-mail addresses, phone numbers, outside links, off-platform payment),
however they are disguised, and says which words broke which rule.

    from desktop.core.policy import check
    verdict = check(text)            # pure, thread-safe, never raises on any str
    if verdict.blocked:
        for m in verdict.matches:    # spans in the ORIGINAL text, to highlight
            ...

The terms live in `resources/policy/*.json` (see docs/policy.md).
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.policy import intent
from desktop.core.policy.checker import PolicyChecker, default_checker
from desktop.core.policy.normalise import skeleton
from desktop.core.policy.rules import CATEGORIES
from desktop.core.policy.verdict import PolicyMatch, PolicyVerdict

# One warning line per broken rule. English source strings: the GUI wraps them in tr().
RULE_DESCRIPTIONS: dict[str, str] = {
    "messaging_app": "Contact through other messaging apps or social networks is not allowed",
    "email": "E-mail addresses are not allowed",
    "phone": "Phone numbers are not allowed",
    "link": "Links to other websites are not allowed",
    "off_platform_payment": "Payment outside the platform is not allowed",
}

# The marketplace's own warning, as AliExpress shows it, and its meaning in English.
WARNING_ES = ("Atención: ha habido un error al enviar el mensaje. "
              "Asegúrate de que cumples con las políticas de regulación local")
WARNING_EN = ("Attention: there was an error sending the message. "
              "Make sure you comply with the local regulation policies")


def check(text: str, *, lang: str | None = None) -> PolicyVerdict:
    """The verdict on one message with the shipped rules."""
    return default_checker().check(text, lang=lang)


def looks_off_platform(text: str) -> bool:
    """A caution, not a refusal: whether a message neither the rules nor the model of intent
    refused still reads somewhat like moving the conversation or the payment off the
    marketplace (the model's score over its caution threshold, `policy/intent.py`). False where
    a rule's own word stands (the rule's context decided)."""
    model = intent.default_model()
    if model is None or not isinstance(text, str) or check(text).blocked:
        return False
    s = skeleton(text)[0]
    score = model.judge(s)
    return score is not None and score >= model.caution_threshold and not default_checker().rules.term_regex.search(" " + s)


def check_many(texts: Iterable[str]) -> list[PolicyVerdict]:
    """Verdicts for a batch (a seller's replies), in order."""
    return default_checker().check_many(texts)


__all__ = ["CATEGORIES", "RULE_DESCRIPTIONS", "WARNING_EN", "WARNING_ES", "PolicyChecker", "PolicyMatch",
           "PolicyVerdict", "check", "check_many", "looks_off_platform"]
