"""Language detection for short chat messages, offline (py3langid's bundled model).

Chat messages are a few words long, where statistical detectors are weakest, so the
detector is helped three ways: the writing system decides alone when only one plausible
language uses it (Chinese, Japanese, Korean...); the classifier only chooses among
plausible languages (`candidates`, by default the marketplace's usual ones); and a
message of one or two words takes the conversation's known language (`fallback`) when
its script allows it, since "OK" or "Gracias" say little about who wrote them.
"""

from __future__ import annotations

import copy
import re
import threading
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.translation import langid_model

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

DEFAULT_CANDIDATES = ("es", "en", "zh", "pt", "fr", "ru", "de", "it", "ja", "ko", "ar", "tr", "pl", "nl", "uk")
SHORT_WORDS = 2
UNDETERMINED = "und"
# A few sentences tell the language as well as a book does; the rest of a long text
# only costs time.
MAX_DETECT_CHARS = 2000

# Writing systems and the languages (among py3langid's) written in them.
_SCRIPT_LANGS = {
    "han": ("zh", "ja"),
    "kana": ("ja",),
    "hangul": ("ko",),
    "cyrillic": ("ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn"),
    "arabic": ("ar", "fa", "ur", "ps", "ug"),
    "greek": ("el",),
    "hebrew": ("he",),
    "thai": ("th",),
    "devanagari": ("hi", "mr", "ne"),
}
# An e-mail address is only tried where a run of non-blanks starts (after a blank or an
# "@"): `\S+@\S+\.\S+` retried at every position of a line without blanks was
# quadratic (a 160,000-character line took 54 s). Each run is now scanned a bounded
# number of times, so the whole pattern is linear.
_NOISE = re.compile(r"https?://\S+|www\.\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.\S+|[#@]\w+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Detection:
    """A detected language (ISO 639-1, or "und") and how sure the detector is (0..1)."""

    lang: str
    confidence: float

    def to_json(self) -> dict:
        return {"lang": self.lang, "confidence": round(self.confidence, 4)}


_base: LanguageIdentifier | None = None
_restricted: dict[frozenset, LanguageIdentifier] = {}
_labels: frozenset | None = None
_lock = threading.Lock()


def _base_identifier() -> LanguageIdentifier:
    """py3langid's identifier over every language it knows, loaded once (call under `_lock`)."""
    global _base
    if _base is None:
        _base = langid_model.load()
    return _base


def _identifier(candidates: frozenset) -> LanguageIdentifier:
    """A py3langid identifier restricted to `candidates`; the model loads once, and each
    restriction is a copy, so the module-level identifier others may use is untouched."""
    with _lock:
        ident = _restricted.get(candidates)
        if ident is None:
            ident = copy.copy(_base_identifier())
            ident.set_languages(sorted(candidates))
            _restricted[candidates] = ident
        return ident


def known_languages() -> list[str]:
    """Every language code the classifier knows (read without loading the model when it is cached)."""
    with _lock:
        cached = langid_model.cached_labels() if _base is None else None
        return cached if cached is not None else list(_base_identifier().labels)


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    if name.startswith("CJK") or "IDEOGRAPH" in name:
        return "han"
    for prefix, script in (("HIRAGANA", "kana"), ("KATAKANA", "kana"), ("HANGUL", "hangul"),
                           ("CYRILLIC", "cyrillic"), ("ARABIC", "arabic"), ("GREEK", "greek"),
                           ("HEBREW", "hebrew"), ("THAI", "thai"), ("DEVANAGARI", "devanagari")):
        if name.startswith(prefix):
            return script
    return "latin"


def _scripts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            s = _script(ch)
            counts[s] = counts.get(s, 0) + 1
    return counts


def _script_langs(script: str, pool: Iterable[str]) -> list[str]:
    if script == "latin":
        taken = {lang for langs in _SCRIPT_LANGS.values() for lang in langs}
        return [c for c in pool if c not in taken]
    return [c for c in pool if c in _SCRIPT_LANGS[script]]


def detect(text: str, *, candidates: Iterable[str] | None = None, fallback: str | None = None) -> Detection:
    """The language of one chat message.

    `candidates`: the languages it may be in (default DEFAULT_CANDIDATES); `fallback`:
    the conversation's known language, used for messages of one or two words and for
    messages with no letters at all (confidence 0 then).
    """
    pool = _usable(candidates)
    clean = _NOISE.sub(" ", (text or "")[:MAX_DETECT_CHARS])
    counts = _scripts(clean)
    letters = sum(counts.values())
    if letters == 0:
        return Detection(fallback or UNDETERMINED, 0.0)
    script = max(counts, key=lambda s: counts[s])
    share = counts[script] / letters
    if script == "han" and counts.get("kana"):
        script = "kana"           # Japanese mixes kanji and kana; Chinese has no kana
    langs = _script_langs(script, pool)
    if script == "han" and "zh" in langs:
        langs = ["zh"]
    words = len(_WORD.findall(clean)) if script not in ("han", "kana") else counts[script] // 2
    if fallback and words <= SHORT_WORDS and (fallback in langs or not langs and fallback in pool):
        return Detection(fallback, _probability(clean, langs or pool, fallback))
    if len(langs) == 1:
        return Detection(langs[0], share)
    ident = _identifier(frozenset(langs or pool))
    lang, confidence = ident.classify(clean)
    return Detection(lang, float(confidence))


def _probability(text: str, langs: Collection[str], lang: str) -> float:
    if len(langs) <= 1:
        return 1.0
    for code, p in _identifier(frozenset(langs)).rank(text):
        if code == lang:
            return float(p)
    return 0.0


def _usable(candidates: Iterable[str] | None) -> frozenset:
    """The candidates the classifier knows (an unknown code is ignored, not an error:
    pack codes like "pb" or "zt" have no model of their own)."""
    global _labels
    if _labels is None:
        _labels = frozenset(known_languages())
    wanted = set(candidates) if candidates is not None else set(DEFAULT_CANDIDATES)
    usable = frozenset(wanted & _labels)
    return usable or frozenset(DEFAULT_CANDIDATES)


def detect_many(texts: Iterable[str], *, candidates: Iterable[str] | None = None,
                fallback: str | None = None) -> list[Detection]:
    cands = list(candidates) if candidates is not None else None
    return [detect(t, candidates=cands, fallback=fallback) for t in texts]
