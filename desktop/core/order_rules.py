"""The marketplace's rules for an order that goes wrong: every deadline, in one place.

Each deadline is a setting (`desktop.core.settings`, `buzon settings set …`) with the
marketplace's default; `OrderRules.from_settings` reads them, and the functions here turn
them into times from the core's one clock (`desktop.core.clock`). docs/orders.md explains
each one and the decisions taken where the marketplace's guide is silent.

| rule                     | default | what it bounds                                          |
|--------------------------|---------|---------------------------------------------------------|
| cancel_answer_hours      | 48      | a store answers a cancellation request, or it is cancelled |
| ship_by_business_days    | 7       | an order ships after payment (Mon–Fri, store's time zone) |
| delivery_promise_days    | 30      | an order arrives after shipping (when nothing arrives, a dispute opens then) |
| dispute_window_days      | 15      | a dispute can be opened after delivery                  |
| dispute_answer_days      | 5       | a seller answers a dispute, or the refund asked is accepted |
| return_ship_days         | 10      | a buyer ships a return back, or the dispute closes unrefunded |
| escalate_from_day        | 4       | the day of a dispute from which the buyer may escalate  |
| auto_escalate_day        | 16      | the day an unsettled dispute escalates by itself        |

Day N of a dispute starts N-1 whole days after it was opened (day 1 is the day it opens).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.core.settings import Settings

CANCEL_REASONS = ("changed_mind", "wrong_item_or_size", "found_cheaper", "shipping_too_long",
                  "wrong_address", "payment_problem", "other")
"""Why a buyer asks to cancel, in the order the dialog offers them (the GUI translates by code)."""

DECLINE_REASONS = ("already_shipped", "being_prepared", "custom_made", "other")
"""Why a store declines a cancellation; `already_shipped` needs the carrier and tracking number."""

REFUND_KINDS = ("full", "partial")
DISPUTE_RESPONSES = ("accept", "partial", "return", "reject")
DECISIONS = ("full", "partial", "none")


@dataclass(frozen=True)
class OrderRules:
    # The defaults are the settings' (one place for each number).
    cancel_answer_hours: int = Settings.cancel_answer_hours
    ship_by_business_days: int = Settings.ship_by_business_days
    delivery_promise_days: int = Settings.delivery_promise_days
    dispute_window_days: int = Settings.dispute_window_days
    dispute_answer_days: int = Settings.dispute_answer_days
    return_ship_days: int = Settings.return_ship_days
    escalate_from_day: int = Settings.escalate_from_day
    auto_escalate_day: int = Settings.auto_escalate_day

    @classmethod
    def from_settings(cls, settings: Settings | None) -> OrderRules:
        """The rules in these settings (the defaults when there are none)."""
        if settings is None:
            return cls()
        return cls(**{name: getattr(settings, name) for name in cls.__dataclass_fields__})

    def cancel_deadline(self, requested_at: dt.datetime) -> dt.datetime:
        return requested_at + dt.timedelta(hours=self.cancel_answer_hours)

    def answer_deadline(self, since: dt.datetime) -> dt.datetime:
        return since + dt.timedelta(days=self.dispute_answer_days)

    def return_deadline(self, asked_at: dt.datetime) -> dt.datetime:
        return asked_at + dt.timedelta(days=self.return_ship_days)

    def returned_deadline(self, shipped_back_at: dt.datetime) -> dt.datetime:
        """A return in transit, then the seller's answer: past it, the refund is made."""
        return shipped_back_at + dt.timedelta(days=self.return_ship_days + self.dispute_answer_days)

    def dispute_day(self, opened_at: dt.datetime, day: int) -> dt.datetime:
        """When day `day` of a dispute opened at `opened_at` starts."""
        return opened_at + dt.timedelta(days=day - 1)

    def escalation_opens(self, opened_at: dt.datetime) -> dt.datetime:
        return self.dispute_day(opened_at, self.escalate_from_day)

    def auto_escalation(self, opened_at: dt.datetime) -> dt.datetime:
        return self.dispute_day(opened_at, self.auto_escalate_day)

    def ship_by(self, paid_at: dt.datetime, time_zone: str) -> dt.datetime:
        """`ship_by_business_days` business days (Monday to Friday in the store's time zone)
        after payment, at the same local time; naive UTC like every stored time."""
        return add_business_days(paid_at, self.ship_by_business_days, time_zone)

    def delivery_promise_end(self, shipped_at: dt.datetime) -> dt.datetime:
        return shipped_at + dt.timedelta(days=self.delivery_promise_days)

    def dispute_window(self, shipped_at: dt.datetime | None, delivered_at: dt.datetime | None
                       ) -> tuple[dt.datetime, dt.datetime] | None:
        """(from, until) during which a dispute can be opened: from the delivery (or, when
        nothing arrived, from the end of the delivery promise) until `dispute_window_days`
        after it. None for an order that has not shipped."""
        if delivered_at is not None:
            start = delivered_at
        elif shipped_at is not None:
            start = self.delivery_promise_end(shipped_at)
        else:
            return None
        return start, start + dt.timedelta(days=self.dispute_window_days)


def zone(name: str) -> dt.tzinfo:
    """The time zone `name`, UTC when this machine does not know it."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return dt.timezone.utc


def add_business_days(start: dt.datetime, days: int, time_zone: str) -> dt.datetime:
    """`days` weekdays after naive-UTC `start`, counted in `time_zone`'s calendar."""
    tz = zone(time_zone)
    local = start.replace(tzinfo=dt.timezone.utc).astimezone(tz)
    day = local.date()
    left = days
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    end = dt.datetime.combine(day, local.time().replace(tzinfo=None)).replace(tzinfo=tz)
    return end.astimezone(dt.timezone.utc).replace(tzinfo=None)


def iso(value: dt.datetime | None) -> str | None:
    """A stored time as the JSON shows it: UTC ISO 8601 with a Z."""
    return None if value is None else value.replace(microsecond=0).isoformat() + "Z"
