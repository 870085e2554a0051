"""Numbers, money, times and statuses as the reader's locale writes them."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone

from desktop.core import clock as core_clock

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CNY": "¥"}


def count(n: int) -> str:
    """A count as the locale writes it ("2,000", "2.000"): every counter uses this one."""
    return QLocale().toString(n)


def counter(n: int, limit: int) -> str:
    """"12 / 2,000": characters typed out of the limit."""
    return f"{count(n)} / {count(limit)}"


BADGE_CAP = 999


def badge(n: int) -> str:
    """A count in a narrow place (the navigation, the tray): "999+" past 999, as inboxes do;
    the exact number goes in the tooltip."""
    return count(n) if n <= BADGE_CAP else count(BADGE_CAP) + "+"


def quoted_list(items) -> str:
    """Items quoted and joined as the locale does ("“a” and “b”", "«a» y «b»", "“a”和“b”")."""
    loc = QLocale()
    return loc.createSeparatedList([loc.quoteString(str(item)) for item in items])


# Languages whose typography puts a (non-breaking) space before the percent sign: "75 %"
# (RAE's Ortografía for Spanish, the Imprimerie nationale for French, DIN 5008 for German).
SPACED_PERCENT = frozenset({QLocale.Language.Spanish, QLocale.Language.French, QLocale.Language.German,
                            QLocale.Language.Russian, QLocale.Language.Swedish, QLocale.Language.Czech})


def percent(fraction: float) -> str:
    """A share as the locale writes it: "75%" in English and Chinese, "75 %" in Spanish."""
    loc = QLocale()
    number = loc.toString(round(fraction * 100))
    space = "\u00a0" if loc.language() in SPACED_PERCENT else ""
    return f"{number}{space}{loc.percent()}"


def money(cents: int, currency: str = "EUR") -> str:
    return QLocale().toCurrencyString(cents / 100, CURRENCY_SYMBOLS.get(currency, currency))


def local(when: dt.datetime, tz: str | None = None) -> QDateTime:
    """A stored naive-UTC time as a QDateTime in the reader's time zone."""
    aware = when.replace(tzinfo=dt.timezone.utc)
    if tz:
        from zoneinfo import ZoneInfo      # with sysconfig, 5 ms of imports a first paint does not need

        try:
            aware = aware.astimezone(ZoneInfo(tz))
        except (KeyError, ValueError, OSError):  # an unknown zone name: show UTC rather than fail
            pass
    q = QDateTime.fromSecsSinceEpoch(int(aware.timestamp()), QTimeZone(int(aware.utcoffset().total_seconds())))
    return q


def short_time(when: dt.datetime, tz: str | None = None, now: dt.datetime | None = None) -> str:
    """Time today, the date otherwise, as chat lists show it."""
    q = local(when, tz)
    today = local(now or core_clock.now(), tz).date()
    loc = QLocale()
    if q.date() == today:
        return loc.toString(q.time(), QLocale.FormatType.ShortFormat)
    return loc.toString(q.date(), QLocale.FormatType.ShortFormat)


def list_time(when: dt.datetime, tz: str | None = None, now: dt.datetime | None = None) -> str:
    """As `short_time`, the year left out within the current one ("03/12", "3/12", "12/3"):
    the conversation list's rows are narrow, and the name needs the room more."""
    q = local(when, tz)
    today = local(now or core_clock.now(), tz).date()
    loc = QLocale()
    if q.date() == today:
        return loc.toString(q.time(), QLocale.FormatType.ShortFormat)
    if q.date().year() != today.year():
        return loc.toString(q.date(), QLocale.FormatType.ShortFormat)
    return loc.toString(q.date(), without_year(loc.dateFormat(QLocale.FormatType.ShortFormat)))


def without_year(pattern: str) -> str:
    """A date pattern without its year and the separator next to it: "dd/MM/yyyy" → "dd/MM",
    "yyyy/M/d" → "M/d", "d/M/yy" → "d/M"."""
    bare = re.sub(r"[^dMy']*y+[^dMy']*", "", pattern)
    return bare.strip(" ./-,") or pattern


def clock(tz: str, now: dt.datetime | None = None) -> str:
    """The time it is now in a time zone (the other side's local time)."""
    q = local(now or core_clock.now(), tz)
    return QLocale().toString(q.time(), QLocale.FormatType.ShortFormat)


def utc_offset(tz: str, now: dt.datetime | None = None) -> str:
    """A zone's offset from UTC at `now`, as "UTC+01:00", "UTC−03:00" ("UTC" when none): the
    summer and winter offsets differ, so it is the offset of that moment."""
    seconds = local(now or core_clock.now(), tz).offsetFromUtc()
    if seconds == 0:
        return "UTC"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"UTC{'+' if seconds > 0 else '−'}{hours:02d}:{minutes:02d}"


def date_time(when: dt.datetime, tz: str | None = None) -> str:
    q = local(when, tz)
    return QLocale().toString(q, QLocale.FormatType.ShortFormat)


def day(date: dt.date) -> str:
    """A calendar day as the locale writes it short ("26/10/26", "2026/10/26"), never ISO."""
    return QLocale().toString(QDate(date.year, date.month, date.day), QLocale.FormatType.ShortFormat)


def status_label(status: str) -> str:
    labels = {
        "awaiting_payment": QCoreApplication.translate("Format", "Awaiting payment"),
        "awaiting_shipment": QCoreApplication.translate("Format", "Awaiting shipment"),
        "shipped": QCoreApplication.translate("Format", "Shipped"),
        "delivered": QCoreApplication.translate("Format", "Delivered"),
        "cancelled": QCoreApplication.translate("Format", "Cancelled"),
        "in_dispute": QCoreApplication.translate("Format", "In dispute"),
    }
    return labels.get(status, status)


def tracking_label(kind: str) -> str:
    """The title of a tracking event's code in the window's language (the carrier's own free
    text is shown as it came, under it)."""
    labels = {
        "info": QCoreApplication.translate("Format", "Accepted by the carrier"),
        "no_tracking": QCoreApplication.translate("Format", "No tracking information yet"),
        "in_transit": QCoreApplication.translate("Format", "In transit"),
        "delay": QCoreApplication.translate("Format", "Delayed"),
        "returned_to_sender": QCoreApplication.translate("Format", "Returned to sender"),
        "delivered": QCoreApplication.translate("Format", "Delivered"),
        "departed": QCoreApplication.translate("Format", "Departed"),
        "customs_delay": QCoreApplication.translate("Format", "Held by customs"),
    }
    return labels.get(kind, kind)


def variant_kind(kind: str) -> str:
    """The name of a product option's kind (the catalogue stores a code: colour, size…) in
    the window's language; an unknown code is shown capitalised."""
    names = {
        "colour": QCoreApplication.translate("Format", "Colour"),
        "size": QCoreApplication.translate("Format", "Size"),
        "model": QCoreApplication.translate("Format", "Model"),
        "layout": QCoreApplication.translate("Format", "Layout"),
    }
    return names.get(kind, kind[:1].upper() + kind[1:])


def rating(stars_x10: int, reviews: int) -> str:
    if reviews == 0:
        return QCoreApplication.translate("Format", "No reviews yet")
    text = QCoreApplication.translate("Format", "★ %1 (%2 reviews)")
    return text.replace("%1", QLocale().toString(stars_x10 / 10, "f", 1)).replace("%2", QLocale().toString(reviews))


def language_label(code: str) -> str:
    """A language's name in the reader's language (the ones Buzón's users write in)."""
    labels = {
        "es": QCoreApplication.translate("Format", "Spanish"),
        "en": QCoreApplication.translate("Format", "English"),
        "zh": QCoreApplication.translate("Format", "Chinese"),
        "pt": QCoreApplication.translate("Format", "Portuguese"),
        "fr": QCoreApplication.translate("Format", "French"),
        "ru": QCoreApplication.translate("Format", "Russian"),
        "de": QCoreApplication.translate("Format", "German"),
        "it": QCoreApplication.translate("Format", "Italian"),
    }
    return labels.get(code) or QLocale.languageToString(QLocale(code).language())
