"""The filter itself: fold the text once, run every detector on the skeleton, map the spans back."""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections.abc import Iterable
from pathlib import Path

import platformdirs

from desktop.config import APP_NAME, resources_dir
from desktop.core.policy import intent, kept_rules, mentions
from desktop.core.policy.backwards import Backwards
from desktop.core.policy.detectors import Hit, ShapeDetector, find_payment_codes, find_terms
from desktop.core.policy.normalise import collapse_spaced, original_span, skeleton
from desktop.core.policy.pattern_store import PatternStore, source_key
from desktop.core.policy.phones import PhoneDetector
from desktop.core.policy.rules import CATEGORIES, Rules, read_rules_files
from desktop.core.policy.spelled import LetterNames
from desktop.core.policy.verdict import ALLOWED, PolicyMatch, PolicyVerdict


class PolicyChecker:
    """A compiled set of rules. Immutable after construction, so one instance serves every thread."""

    def __init__(self, rules: Rules, model: intent.IntentModel | None = None) -> None:
        self.rules = rules
        self.model = model
        self._shapes = ShapeDetector(rules)
        self._phones = PhoneDetector(rules)
        self._spelled = LetterNames(rules)
        self._backwards = Backwards(rules, self._shapes)
        self._channels = mentions.channels(rules)

    @classmethod
    def from_folder(cls, folder: Path, cache_dir: Path | None = None) -> PolicyChecker:
        """The rules in `folder` (the shipped ones, an operator's copy, a test's tmp_path),
        with their compiled patterns and derived rules kept in `cache_dir` for the next process
        (None: not kept)."""
        contents = read_rules_files(folder)
        patterns = PatternStore.in_folder(cache_dir, source_key(contents)) if cache_dir else PatternStore()
        checker = cls(kept_rules.load(folder, contents, patterns), intent.load(folder))
        patterns.save()
        return checker

    def check(self, text: str, *, lang: str | None = None) -> PolicyVerdict:
        """The verdict on one message. `lang` is accepted for the caller's convenience; every
        language's rules apply whatever it says, because buyers mix languages."""
        if not isinstance(text, str):
            text = str(text)
        if not text:
            return ALLOWED
        s, offsets = skeleton(text)
        hits: list[Hit] = list(find_terms(self.rules, s))
        forward = len(hits)
        hits.extend(self._shapes_everywhere(s, text, offsets))
        digits = len(_DIGIT.findall(s))
        hits.extend(self._phones.find(s, text, offsets, digits))
        if digits and "=" in s:
            hits.extend(self._legend_phones(s, text, offsets))
        if digits:                        # an IBAN or a wallet address always has some
            hits.extend(find_payment_codes(s))
        hits.extend(self._spelled.find(s))
        hits.extend(self._backwards.find(s, text, offsets))
        if not hits:
            if self.model is None or not self._model_refuses(s, digits):
                return ALLOWED
            # The model of intent refuses what no rule named, in the terms of the rule it breaks.
            start, end = self.model.span(s)
            hits.append(Hit(self.model.category(s), start, end))
        elif self._mentions_pass(text, s, offsets, hits, forward, digits):
            return ALLOWED
        return PolicyVerdict(blocked=True, matches=_matches(text, offsets, hits))

    def _model_refuses(self, s: str, digits: int) -> bool:
        """The model of intent's say on a message no rule refused: over its threshold, or over
        its stricter one where a rule looked at something and let it pass (a term whose context
        decided, digits or number words the phone detector judged)."""
        model = self.model
        assert model is not None
        score = model.judge(s, digits > 0)
        if score is None or score < model.threshold:
            return False
        if score >= model.strict_threshold:
            return True
        return not self.looked(s, digits)

    def _mentions_pass(self, text: str, s: str, offsets, hits: list[Hit], forward: int, digits: int) -> bool:
        """Apps named plainly and nothing else found: the model of intent reads the sentence
        (`mentions`), and a score under its `mention_threshold` lets it pass."""
        model = self.model
        if model is None or model.mention_threshold is None:
            return False
        if not mentions.only_plain_mentions(text, s, offsets, hits, forward, self._channels):
            return False
        score = model.judge(s, digits > 0)
        return score is not None and score < model.mention_threshold

    def looked(self, s: str, digits: int, numbers: intent.NumberWords | None = None) -> bool:
        """Whether a rule looked at something in the skeleton and let it pass: digits or number
        words (the phone detector's), a term (its context decided), an "at" or a dotted name
        (the address and link detectors')."""
        if numbers is None and self.model is not None:
            numbers = self.model.numbers
        return bool(digits or self.rules.term_regex.search(" " + s) or "@" in s or _DOTTED.search(s)
                    or self._shapes.maybe_email.search(" " + s) or (numbers is not None and numbers.search(s)))

    def _shapes_everywhere(self, s: str, text: str, offsets) -> list[Hit]:
        """Addresses and links, also when spelled out letter by letter ("j u a n @ g m a i l . c o m")."""
        hits = list(self._shapes.find(s, text, offsets))
        collapsed = collapse_spaced(s)
        if collapsed is not None:
            c, back = collapsed
            # Positions in `c` map to `s` through `back`, and `s` to `text` through `offsets`.
            through = [offsets[i] for i in back] if offsets is not None else back
            for hit in self._shapes.find(c, text, through):
                hits.append(Hit(hit.category, back[hit.start], back[hit.end - 1] + 1))
        return _outside_emails(hits)

    def _legend_phones(self, s: str, text: str, offsets) -> list[Hit]:
        """A number typed with letters for digits and its key given ("O6 I2 E4 S6 78 (O=0, I=1,
        E=3, S=5)"): two pairs or more of a letter and a digit, and the letters read so in every
        group that has a digit, then judged as any number. Same length, so the offsets hold."""
        key = {m.group(1): m.group(2) for m in _LEGEND.finditer(s)}
        if len(key) < 2:
            return []
        table = str.maketrans(key)
        read = _GROUP_WITH_DIGIT.sub(lambda m: m.group().translate(table), s)
        if read == s:
            return []
        return list(self._phones.find(read, text, offsets, len(_DIGIT.findall(read))))

    def check_many(self, texts: Iterable[str]) -> list[PolicyVerdict]:
        return [self.check(t) for t in texts]


_DIGIT = re.compile("[0-9]")
# "O=0", "s = 5", "З=3": a letter given as the key of a digit.
_LEGEND = re.compile(r"(?<![^\W\d_])([^\W\d_])\s?=\s?([0-9])(?![0-9])")
_GROUP_WITH_DIGIT = re.compile(r"[^\W_]*[0-9][^\W_]*")
_DOTTED = re.compile(r"[^\W_]\.[^\W\d_]")


def _outside_emails(hits: list[Hit]) -> list[Hit]:
    """The domain of an e-mail address is not a second, separate link."""
    if not hits:
        return hits
    emails = sorted((h.start, h.end) for h in hits if h.category == "email")
    if not emails:
        return hits
    starts = [start for start, _ in emails]
    reach = list(itertools.accumulate((end for _, end in emails), max))   # the furthest end so far

    def inside(h: Hit) -> bool:
        i = bisect.bisect_right(starts, h.start)
        return i > 0 and reach[i - 1] >= h.end

    return [h for h in hits if h.category != "link" or not inside(h)]


def _matches(text: str, offsets, hits: list[Hit]) -> tuple[PolicyMatch, ...]:
    """Spans in the original text; overlapping spans of one category become one."""
    merged: list[list] = []
    for hit in sorted(hits, key=lambda h: (CATEGORIES.index(h.category), h.start, -h.end)):
        start, end = original_span(offsets, hit.start, hit.end, len(text))
        last = merged[-1] if merged else None
        if last is not None and last[0] == hit.category and start < last[2]:
            last[2] = max(last[2], end)
        else:
            merged.append([hit.category, start, end])
    merged.sort(key=lambda m: (m[1], m[2]))
    return tuple(PolicyMatch(c, a, b, text[a:b]) for c, a, b in merged)


_default: PolicyChecker | None = None
_default_lock = threading.Lock()


def default_cache_dir() -> Path:
    """Where the shipped rules' compiled patterns are kept: the user's cache folder."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "policy"


def default_checker() -> PolicyChecker:
    """The checker for the shipped rules in `resources/policy`, built on first use from the
    patterns kept in `default_cache_dir()` (compiled and kept there the first time)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = PolicyChecker.from_folder(resources_dir() / "policy", default_cache_dir())
    return _default
