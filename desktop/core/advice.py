"""The marketplace's advice at the moment it matters (issue 19): what a refusal costs, the
time difference with the store, waiting before a dispute, and writing for translation.

The core says *what* is true (the store's local time, whether it is outside its hours, when
a working day will have passed, which writing habits a text shows); the window words it in
its own language. Nothing here blocks anything: advice is never a rule.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.core import clock
from desktop.core.translation.sentences import needs_short_sentences_tip, split_paragraphs, split_sentences

# A store's usual hours when it has said none: a working day in its own time zone.
DEFAULT_OPENS = dt.time(9, 0)
DEFAULT_CLOSES = dt.time(18, 0)
# Where a store's country says nothing better (stores on this marketplace are in China).
COUNTRY_ZONES = {"CN": "Asia/Shanghai", "HK": "Asia/Hong_Kong", "ES": "Europe/Madrid", "US": "America/New_York",
                 "GB": "Europe/London", "FR": "Europe/Paris", "DE": "Europe/Berlin", "BR": "America/Sao_Paulo",
                 "MX": "America/Mexico_City", "RU": "Europe/Moscow"}


# ------------------------------------------------------------------------- refusals

class Consequence(str, enum.Enum):
    """What a refused message would have cost its sender, by the rule it broke."""

    PROTECTION = "protection"   # a deal or a payment outside the chat: no buyer protection, no dispute evidence
    EVIDENCE = "evidence"       # contact outside the chat: what is said there cannot be used in a dispute


CONSEQUENCES = {"off_platform_payment": Consequence.PROTECTION, "link": Consequence.PROTECTION,
                "email": Consequence.EVIDENCE, "phone": Consequence.EVIDENCE, "messaging_app": Consequence.EVIDENCE}


def consequences(categories: tuple[str, ...] | list[str]) -> tuple[Consequence, ...]:
    """The costs to explain for the broken rules, most serious first, each once."""
    found = {CONSEQUENCES[c] for c in categories if c in CONSEQUENCES}
    return tuple(c for c in Consequence if c in found)


# ------------------------------------------------------------------ the time difference

@dataclass(frozen=True)
class StoreTime:
    """The store's clock as a buyer writing to it should know it."""

    time_zone: str                  # "Asia/Shanghai"
    city: str                       # "Shenzhen", or "" when unknown
    local: dt.datetime              # now, in the store's time zone (aware)
    outside_hours: bool
    opens_in_s: int | None          # seconds until the store's day starts, when outside its hours
    typical_reply_s: int | None     # the store's median first response, when it is known

    def to_json(self) -> dict:
        return {"time_zone": self.time_zone, "city": self.city, "local_time": self.local.isoformat(timespec="minutes"),
                "outside_hours": self.outside_hours, "opens_in_s": self.opens_in_s,
                "typical_reply_s": self.typical_reply_s}


def zone(name: str | None, country: str = "") -> ZoneInfo | None:
    """The time zone named, else the country's usual one, else None (a store without one)."""
    for candidate in (name, COUNTRY_ZONES.get(country.upper())):
        if candidate and candidate != "UTC":
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return None


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _spans(hours: dict[str, str] | None, weekday: int, opens: dt.time, closes: dt.time) -> tuple[dt.time, dt.time] | None:
    """The store's hours on a weekday: its own ("09:00-18:00" per day, a day missing is
    closed) when it set any, else a working day from Monday to Friday."""
    if not hours:
        return (opens, closes) if weekday < 5 else None
    span = hours.get(WEEKDAYS[weekday])
    if not span or "-" not in span:
        return None
    start, end = span.split("-", 1)
    try:
        return dt.time.fromisoformat(start), (dt.time.max if end == "24:00" else dt.time.fromisoformat(end))
    except ValueError:
        return None


def store_time(time_zone: ZoneInfo, *, city: str = "", now: dt.datetime | None = None,
               opens: dt.time = DEFAULT_OPENS, closes: dt.time = DEFAULT_CLOSES,
               hours: dict[str, str] | None = None, typical_reply_s: int | None = None) -> StoreTime:
    """The store's local time and whether a message sent now arrives outside its hours: the
    office hours the store set on its desk, else a working day (`opens`–`closes`, Monday to
    Friday)."""
    utc_now = (now or clock.now()).replace(tzinfo=dt.timezone.utc)
    local = utc_now.astimezone(time_zone)
    today = _spans(hours, local.weekday(), opens, closes)
    inside = today is not None and today[0] <= local.time() < today[1]
    opens_in = None
    if not inside:
        for ahead in range(8):
            day = local.date() + dt.timedelta(days=ahead)
            span = _spans(hours, day.weekday(), opens, closes)
            if span is None:
                continue
            start = dt.datetime.combine(day, span[0], tzinfo=time_zone)
            if start > local:
                opens_in = int((start - local).total_seconds())
                break
    return StoreTime(time_zone=str(time_zone.key), city=city, local=local, outside_hours=not inside,
                     opens_in_s=opens_in, typical_reply_s=typical_reply_s)


# ------------------------------------------------------------------ before a dispute

def working_day_after(sent_at: dt.datetime, time_zone: ZoneInfo) -> dt.datetime:
    """When one working day of the store has passed since `sent_at` (naive UTC): the same
    time on the store's next working day. Returned in naive UTC."""
    local = sent_at.replace(tzinfo=dt.timezone.utc).astimezone(time_zone)
    later = local + dt.timedelta(days=1)
    while later.weekday() >= 5:
        later += dt.timedelta(days=1)
    return later.astimezone(dt.timezone.utc).replace(tzinfo=None)


def wait_before_dispute(last_to_store_at: dt.datetime | None, last_from_store_at: dt.datetime | None,
                        time_zone: ZoneInfo | None, now: dt.datetime | None = None) -> dt.datetime | None:
    """When a buyer about to open a dispute should rather wait for the store's answer: the
    time (naive UTC) by which a working day will have passed since their unanswered last
    message, or None when there is nothing to wait for."""
    if last_to_store_at is None or (last_from_store_at is not None and last_from_store_at >= last_to_store_at):
        return None
    until = working_day_after(last_to_store_at, time_zone or ZoneInfo("Asia/Shanghai"))
    return until if (now or clock.now()) < until else None


# ------------------------------------------------------------- writing for translation

class WritingTip(str, enum.Enum):
    """A habit that translates badly, shown as a gentle hint while typing (never blocking)."""

    LONG_SENTENCE = "long_sentence"          # short sentences translate better
    SEVERAL_QUESTIONS = "several_questions"  # one question per message gets one clear answer
    NUMBER_IN_WORDS = "number_in_words"      # write numbers as digits
    SIZE_WITHOUT_UNIT = "size_without_unit"  # say cm, kg, EU…


_QUESTION = re.compile(r"[?？]")
_NUMBER_WORDS = re.compile(
    r"(?<![^\W\d_])(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|"
    r"sixty|seventy|eighty|ninety|"
    r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|"
    r"ochenta|noventa|cien|ciento|"
    r"deux|trois|quatre|cinq|sept|huit|neuf|dix|vingt|trente|soixante|cent|"
    r"dois|duas|quatro|oito|nove|dez|vinte|trinta|sessenta|oitenta|cento)(?![^\W\d_])|[二三四五六七八九十百]+(?:个|件|天|元|块|厘米|公斤)",
    re.IGNORECASE)
_SIZE_WORD = re.compile(r"(?<![^\W\d_])(?:height|tall|weigh\w*|waist|chest|length|size|mido|peso|altura|cintura|"
                        r"talla|pecho|largo|mesure|taille|poids|tamanho|meço|身高|体重|腰围|胸围)", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"(?<![\d.,])\d{2,3}(?![\d.,]*\s*(?:cm|mm|m\b|kg|g\b|lb|lbs|in|inch|\"|″|eu|us|uk|厘米|公分|公斤|斤|码|号|%|€|\$|元))",
                          re.IGNORECASE)


def writing_tips(text: str) -> tuple[WritingTip, ...]:
    """The translation-friendly habits a message being typed is missing, most useful first.
    Empty for short and plain messages; the window shows at most the first."""
    if len(text.strip()) < 12:
        return ()
    tips = []
    if needs_short_sentences_tip(text):
        tips.append(WritingTip.LONG_SENTENCE)
    questions = sum(1 for paragraph in split_paragraphs(text) for sentence in split_sentences(paragraph)
                    if _QUESTION.search(sentence))
    if questions >= 3:
        tips.append(WritingTip.SEVERAL_QUESTIONS)
    if _NUMBER_WORDS.search(text):
        tips.append(WritingTip.NUMBER_IN_WORDS)
    if _SIZE_WORD.search(text) and _BARE_NUMBER.search(text):
        tips.append(WritingTip.SIZE_WITHOUT_UNIT)
    return tuple(tips)
