"""What the filter answers: a verdict and the spans that broke a rule, in the original text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PolicyMatch:
    """One offending span: `text == original[start:end]` (Python str indices), for highlighting."""

    category: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"category": self.category, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class PolicyVerdict:
    """Whether a message may be sent; `matches` in text order, at most one per span and category."""

    blocked: bool
    matches: tuple[PolicyMatch, ...] = ()

    @property
    def categories(self) -> tuple[str, ...]:
        """The broken rules, each once, in the order they first appear: one warning line each."""
        return tuple(dict.fromkeys(m.category for m in self.matches))

    def to_json(self) -> dict:
        return {"blocked": self.blocked, "matches": [m.to_json() for m in self.matches]}


ALLOWED = PolicyVerdict(blocked=False, matches=())
