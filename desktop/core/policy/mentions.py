"""An app named plainly, judged by the model of intent (docs/policy.md, the fourteenth round).

Most clean messages a new writer gets refused name a messaging app that is not offered as a
channel ("my daughter only answers on WhatsApp", "the Telegram-blue case"): the term rules
count a name unless a feature word is near, and every writer has feature words of their own.
A disguise is itself a sign of intent (nobody spells "w h a t s a p p" in passing), but a name
written as everyone writes it is not: when the only thing the rules found is such names, the
model of intent, which reads the whole sentence, decides. Below its `mention_threshold` (set
by cross-validation on writers it was not trained on, `scripts/train_policy_intent.py`) the
message passes.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.core.policy.detectors import Hit
from desktop.core.policy.normalise import original_span
from desktop.core.policy.rules import FEATURE_WINDOW, Rules

CATEGORIES = frozenset({"messaging_app", "off_platform_payment"})
# A word of contrast right before the name offers it instead of another: "I don't want to chat
# on Telegram but WhatsApp is fine", "no por Telegram sino por WhatsApp".
_CONTRAST = re.compile(r"(?<![^\W\d_])(?:but|pero|sino|mais|ma|mas|aber|sondern|но|а|但是|但|而是)(?: (?:on|por|en|sur|su|no|na|auf|über|по|в))?[\W_]{0,3}\Z")


def channels(rules: Rules) -> dict[str, re.Pattern]:
    """Each category's `channel` pattern (a word of contact: "write me", "pay me"), as its terms
    take it from the file's `term_defaults`."""
    found: dict[str, re.Pattern] = {}
    for term in rules.term_of.values():
        if term.category in CATEGORIES and term.channel is not None:
            found.setdefault(term.category, term.channel)
    return found


def _script(ch: str) -> str:
    return unicodedata.name(ch, "?").split(" ", 1)[0]


def _plain(word: str) -> bool:
    """A word as everyone types it: letters only, nothing NFKC would change (no full-width,
    circled or mathematical letters), and plain ASCII or one script throughout (a Cyrillic
    letter inside a Latin name, an accent or a small capital on one, is a disguise)."""
    if not word.isalpha() or not unicodedata.is_normalized("NFKC", word):
        return False
    if word.isascii():
        return True
    scripts = {_script(c) for c in word}
    return len(scripts) == 1 and "LATIN" not in scripts


def only_plain_mentions(text: str, s: str, offsets, hits: list[Hit], forward: int,
                        channel: dict[str, re.Pattern] | None = None) -> bool:
    """Whether every hit is one of the first `forward` (the forward term scan's), names a
    messaging app or a payment term, and is written plainly (`_plain`, each of its words): the
    words a clean message uses when it talks about an app or a payment. Not when a word of
    contact of its category (`channel`, from `channels`) is within FEATURE_WINDOW characters
    ("Does the watch show WhatsApp notifications? Anyway, write me on WhatsApp"), nor after a
    word of contrast ("… but WhatsApp is fine"): the rules' own evidence of an offer stands."""
    if not hits or len(hits) != forward:
        return False
    for hit in hits:
        if hit.category not in CATEGORIES:
            return False
        a, b = original_span(offsets, hit.start, hit.end, len(text))
        # Words between single spaces ("pay me directly", "was app" of "was approved"), at most
        # one of them a single letter ("WhatsApp p" of "WhatsApp pero"): a name spaced out
        # letter by letter ("w h a t s a p p") is a disguise.
        words = text[a:b].split(" ")
        if not all(map(_plain, words)) or sum(len(w) == 1 for w in words) > 1:
            return False
        if _CONTRAST.search(s, max(0, hit.start - 16), hit.start):
            return False
        pattern = channel.get(hit.category) if channel else None
        if pattern is not None and pattern.search(" " + s, max(0, hit.start - FEATURE_WINDOW),
                                                  min(len(s), hit.end + FEATURE_WINDOW) + 1):
            return False
    return True
