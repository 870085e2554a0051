"""A store's desk settings (docs/desk.md): the response target (default 24 h), office hours
per weekday in the store's time zone, the quick reply sent when away, and the address returns
are sent to (`stores.return_address`, docs/orders.md). They live in the database, shared by
every client of the store (not in one user's settings.json)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
import functools
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import changes
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.kinds import ChangeKind
from desktop.core.users import UserRecord

DEFAULT_TARGET_MINUTES = 24 * 60
MAX_TARGET_MINUTES = 14 * 24 * 60
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_RETURN_ADDRESS = 500          # characters: a postal address on a few lines, never a letter
MAX_RETURN_LINES = 8
_SPAN = re.compile(r"([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)")


@dataclass(frozen=True)
class StoreSettings:
    store_id: int
    response_target_minutes: int = DEFAULT_TARGET_MINUTES
    time_zone: str = "UTC"
    office_hours: dict[str, str] = field(default_factory=dict)   # weekday -> "HH:MM-HH:MM"; missing: closed
    away_reply: str = ""                                            # a quick reply's code; "" = no auto-reply
    return_address: str = ""                                        # lines; "" = the store cannot ask for a return

    @property
    def target(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.response_target_minutes)

    def in_hours(self, at: dt.datetime) -> bool:
        """Whether `at` (naive UTC) falls in the store's office hours; no hours set = always open."""
        if not self.office_hours:
            return True
        local = at.replace(tzinfo=dt.timezone.utc).astimezone(ZoneInfo(self.time_zone))
        span = self.office_hours.get(WEEKDAYS[local.weekday()])
        if not span:
            return False
        start, end = span.split("-")
        return start <= local.strftime("%H:%M") < end

    def to_json(self) -> dict:
        return {"response_target_hours": round(self.response_target_minutes / 60, 2),
                "time_zone": self.time_zone, "office_hours": dict(self.office_hours), "away_reply": self.away_reply,
                "return_address": self.return_address}


def check_span(day: str, span: str) -> str:
    if day not in WEEKDAYS:
        raise UsageError(f"{day!r} is not a weekday.", hint=f"Use one of {', '.join(WEEKDAYS)}.",
                         text_id="weekday_unknown", args={"day": day})
    if span in ("", "closed"):
        return ""
    found = _SPAN.fullmatch(span)
    if found is None or span[:5] >= span[6:] or span[6:] > "24:00":      # 24:00 ends a day; 24:30 is none
        raise UsageError(f"{span!r} is not a span of office hours.", hint="Write it as 09:00-18:00, or closed.",
                         text_id="office_hours_bad", args={"span": span})
    return span


# The areas of the IANA zones a person picks from (the old aliases, "US/…", "Etc/…", are left
# out of the list, though a store set to one keeps it).
_AREAS = ("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")


@functools.cache
def time_zones() -> tuple[str, ...]:
    """The IANA time zones a store may choose, sorted: each area's cities, and UTC. Read once a
    process: `available_timezones` walks the zone files every time (7–30 ms, on the GUI thread
    each time Store settings opened)."""
    return (*sorted(name for name in available_timezones() if name.split("/", 1)[0] in _AREAS), "UTC")


def check_time_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"{name!r} is not a time zone.", hint="Use an IANA name such as Asia/Shanghai.",
                         text_id="time_zone_unknown", args={"zone": name}) from None
    return name


def check_return_address(text: str) -> str:
    """A return address as it is stored: line breaks kept (\r\n read as one), each line's
    outer spaces and empty lines dropped; "" clears it. Refused: over MAX_RETURN_ADDRESS
    characters or MAX_RETURN_LINES lines, or a control character (a tab, a NUL…)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    value = "\n".join(line for line in lines if line)
    bad = next((n for n, ch in enumerate(value, start=1) if ch != "\n" and not ch.isprintable()), None)
    if bad is not None:
        raise UsageError(f"The return address has a control character at character {bad}.",
                         hint="Write the address as plain lines of text.",
                         text_id="return_address_control", args={"at": bad})
    if len(value) > MAX_RETURN_ADDRESS:
        raise UsageError(f"The return address is {len(value)} characters long; the limit is {MAX_RETURN_ADDRESS}.",
                         hint="Keep what goes on a parcel's label: name, street, city, postal code, country.",
                         text_id="return_address_long", args={"length": len(value), "limit": MAX_RETURN_ADDRESS})
    if value.count("\n") >= MAX_RETURN_LINES:
        raise UsageError(f"The return address has {value.count(chr(10)) + 1} lines; the limit is {MAX_RETURN_LINES}.",
                         hint="Keep what goes on a parcel's label: name, street, city, postal code, country.",
                         text_id="return_address_lines", args={"lines": value.count("\n") + 1,
                                                                "limit": MAX_RETURN_LINES})
    return value


def store_of(user: UserRecord) -> int:
    if user.store_id is None:
        raise UsageError(f"{user.handle} is a buyer: this belongs to a store.", hint="Act as a seller: --user wei",
                         text_id="store_only", args={"user": user.handle})
    return user.store_id


def read_in(s: Session, store_id: int) -> StoreSettings:
    row = s.get(m.StoreSettings, store_id)
    seller_tz = s.scalar(select(m.User.time_zone).where(m.User.store_id == store_id).order_by(m.User.id).limit(1))
    address = s.scalar(select(m.Store.return_address).where(m.Store.id == store_id)) or ""
    if row is None:
        return StoreSettings(store_id, time_zone=seller_tz or "UTC", return_address=address)
    hours = json.loads(row.office_hours) if row.office_hours else {}
    return StoreSettings(store_id, row.response_target_minutes, row.time_zone or seller_tz or "UTC", hours,
                         row.away_reply, address)


def read(db: Database, user: UserRecord) -> StoreSettings:
    return db.read(lambda s: read_in(s, store_of(user)))


def target_in(s: Session, user: UserRecord) -> dt.timedelta:
    """The response target the user's list measures against (a buyer: the default)."""
    if user.store_id is None:
        return dt.timedelta(minutes=DEFAULT_TARGET_MINUTES)
    row = s.get(m.StoreSettings, user.store_id)
    return dt.timedelta(minutes=row.response_target_minutes if row else DEFAULT_TARGET_MINUTES)


def update(db: Database, user: UserRecord, *, response_target_minutes: int | None = None,
           time_zone: str | None = None, hours: dict[str, str] | None = None,
           away_reply: str | None = None, return_address: str | None = None) -> StoreSettings:
    """Change some of the store's settings, checked first: a bad value changes nothing."""
    store_id = store_of(user)
    if response_target_minutes is not None and not 1 <= response_target_minutes <= MAX_TARGET_MINUTES:
        raise UsageError(f"A response target of {response_target_minutes} minutes is out of range.",
                         hint=f"Use 1 minute to {MAX_TARGET_MINUTES // 60} hours.",
                         text_id="response_target_range", args={"minutes": response_target_minutes, "hours": MAX_TARGET_MINUTES // 60})
    if time_zone is not None:
        check_time_zone(time_zone)
    checked = {day: check_span(day, span) for day, span in (hours or {}).items()}
    address = check_return_address(return_address) if return_address is not None else None

    def run(s: Session) -> StoreSettings:
        row = s.get(m.StoreSettings, store_id)
        if row is None:
            row = m.StoreSettings(store_id=store_id, response_target_minutes=DEFAULT_TARGET_MINUTES, time_zone="",
                                  office_hours="", away_reply="")
            s.add(row)
        if away_reply:
            found = s.scalar(select(m.QuickReply.id).where(m.QuickReply.store_id == store_id,
                                                           m.QuickReply.code == away_reply))
            if found is None:
                raise UsageError(f"There is no quick reply {away_reply!r}.", hint="List them with: buzon replies list",
                                 text_id="quick_reply_unknown", args={"code": away_reply})
        if response_target_minutes is not None:
            row.response_target_minutes = response_target_minutes
        if time_zone is not None:
            row.time_zone = time_zone
        if checked:
            current = json.loads(row.office_hours) if row.office_hours else {}
            current.update(checked)
            row.office_hours = json.dumps({d: current[d] for d in WEEKDAYS if current.get(d)})
        if away_reply is not None:
            row.away_reply = away_reply
        if address is not None:
            store = s.get(m.Store, store_id)
            if store is not None and store.return_address != address:
                # the one column of `stores` a seller may change (PostgreSQL: a column grant)
                store.return_address = address
        # The whole team's clients read the settings again (on PostgreSQL too: `access.STORE_KINDS`).
        changes.record(s, ChangeKind.STORE_SETTINGS, user_id=user.id, store_id=store_id)
        s.flush()
        return read_in(s, store_id)

    return db.write(run)
