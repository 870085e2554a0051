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

from desktop.core.policy.detectors import Hit
from desktop.core.policy.normalise import original_span

# A messaging app's name as a word: letters only (any script), no digit, mark or separator
# typed into it. A payment term may be a phrase ("pay me directly"): words and spaces.
_PLAIN = {"messaging_app": re.compile(r"[^\W\d_]+"),
          "off_platform_payment": re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")}


def only_plain_mentions(text: str, s: str, offsets, hits: list[Hit], forward: int) -> bool:
    """Whether every hit is one of the first `forward` (the forward term scan's), names a
    messaging app, and is written plainly: letters only, and the original characters, in
    lower case, are the skeleton's (no look-alike, accent, width or leetspeak undone)."""
    if not hits or len(hits) != forward:
        return False
    for hit in hits:
        plain = _PLAIN.get(hit.category)
        span = s[hit.start:hit.end]
        if plain is None or not plain.fullmatch(span):
            return False
        a, b = original_span(offsets, hit.start, hit.end, len(text))
        if text[a:b].lower() != span:
            return False
    return True
