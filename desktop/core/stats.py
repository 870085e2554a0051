"""A store's response figures (docs/desk.md), read from its waits (`ResponseEpisode`), never
from the messages: one wait runs from a buyer's first message after the store last wrote to
the store's next message (an auto-reply does not end it; "no response needed" removes it)."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import clock, desk, desk_settings
from desktop.core import schema as m
from desktop.core.db import Database
from desktop.core.errors import UsageError
from desktop.core.users import UserRecord

MAX_DAYS = 366


@dataclass(frozen=True)
class DayFigures:
    date: dt.date
    received: int                     # waits that began that day (the store's local date)
    answered_within_target: int

    def to_json(self) -> dict:
        return {"date": self.date.isoformat(), "received": self.received,
                "answered_within_target": self.answered_within_target}


@dataclass(frozen=True)
class Stats:
    answered_within_target: float | None   # share of the waits that are decided (answered, or past the target)
    median_first_response_s: int | None
    awaiting: int
    overdue: int
    days: tuple[DayFigures, ...]

    def to_json(self) -> dict:
        return {"answered_within_target": self.answered_within_target,
                "median_first_response_s": self.median_first_response_s,
                "awaiting": self.awaiting, "overdue": self.overdue, "days": [d.to_json() for d in self.days]}


def _figures(s: Session, store_id: int, days: int, now: dt.datetime) -> tuple:
    settings = desk_settings.read_in(s, store_id)
    target, zone = settings.target, ZoneInfo(settings.time_zone)
    today = now.replace(tzinfo=dt.timezone.utc).astimezone(zone).date()
    first_day = today - dt.timedelta(days=days - 1)
    since = dt.datetime.combine(first_day, dt.time(), zone).astimezone(dt.timezone.utc).replace(tzinfo=None)
    ep = m.ResponseEpisode
    rows = s.execute(select(ep.started_at, ep.answered_at).where(ep.store_id == store_id, ep.started_at >= since,
                                                                 ep.waived_at.is_(None)))
    per_day = {first_day + dt.timedelta(days=n): [0, 0] for n in range(days)}
    decided = within = 0
    waits = []
    for started, answered in rows:
        day = started.replace(tzinfo=dt.timezone.utc).astimezone(zone).date()
        ok = answered is not None and answered - started <= target
        if answered is not None:
            waits.append((answered - started).total_seconds())
        if answered is not None or now - started > target:
            decided += 1
            within += ok
        if day in per_day:
            per_day[day][0] += 1
            per_day[day][1] += ok
    share = round(within / decided, 4) if decided else None
    median = int(statistics.median(waits)) if waits else None
    return share, median, tuple(DayFigures(d, r, w) for d, (r, w) in per_day.items())


def median_first_response_in(s: Session, store_id: int, *, days: int, now: dt.datetime) -> int | None:
    """The store's median first response over the last `days` days, in seconds (None: it has
    answered nobody yet): what a buyer is told to expect (`advice`)."""
    return _figures(s, store_id, days, now)[1]


def store_stats(db: Database, user: UserRecord, days: int = 30) -> Stats:
    """The store's figures over the last `days` days (today included), and its waits now."""
    if not 1 <= days <= MAX_DAYS:
        raise UsageError(f"{days} days is out of range.", hint=f"Use 1 to {MAX_DAYS}.",
                         text_id="days_out_of_range", args={"days": days, "limit": MAX_DAYS})
    store_id = desk_settings.store_of(user)
    share, median, per_day = db.read(lambda s: _figures(s, store_id, days, clock.now()))
    counts = desk.counts(db, user)
    return Stats(share, median, counts["awaiting"], counts["overdue"], per_day)
