"""Free times from a calendar: start and end only, never what fills the rest.

A slot is a candidate time of a given length, starting on the half hour,
within the hours the person allowed for a peer, in the person's own time
zone. It is free when no event (nor occurrence of one) overlaps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from os1.skills.calendar import Calendar, Event

STEP = timedelta(minutes=30)
LEAD = timedelta(minutes=30)  # nothing offered that starts sooner than this
MOST = 24  # slots offered in one message
FURTHEST = timedelta(days=31)  # nothing is arranged further ahead


class Slot(BaseModel):
    """A time on the wire: its start and end, with their offsets, and nothing else."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: AwareDatetime
    end: AwareDatetime

    @model_validator(mode="after")
    def _a_time_of_day(self) -> Slot:
        if not timedelta(0) < self.end - self.start <= timedelta(hours=6):
            raise ValueError("a slot ends after it starts, within six hours")
        return self

    def key(self) -> tuple[datetime, datetime]:
        return (self.start, self.end)

    def as_json(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


class Slots(BaseModel):
    model_config = ConfigDict(extra="forbid")

    slots: list[Slot] = Field(max_length=MOST)


@dataclass(frozen=True, slots=True)
class Hours:
    """When a slot may be: between two local times of day, in a zone."""

    start: time
    end: time
    zone: tzinfo


def candidates(
    window_start: datetime, window_end: datetime, minutes: int, hours: Hours
) -> list[Slot]:
    """Every slot of `minutes` within the hours on each day of the window."""
    length = timedelta(minutes=minutes)
    earliest = window_start + LEAD
    found = []
    day: date = window_start.astimezone(hours.zone).date()
    while True:
        opens = datetime.combine(day, hours.start, tzinfo=hours.zone)
        if opens >= window_end:
            return found
        closes = datetime.combine(day, hours.end, tzinfo=hours.zone)
        start = opens
        while start + length <= closes and start + length <= window_end:
            if start >= earliest:
                found.append(Slot(start=start, end=start + length))
            start += STEP
        day += timedelta(days=1)


def within(slot: Slot, hours: Hours) -> bool:
    """Whether the slot lies within the allowed hours of one local day."""
    start, end = slot.start.astimezone(hours.zone), slot.end.astimezone(hours.zone)
    return (
        start.date() == end.date()
        and hours.start <= start.time()
        and end.time() <= hours.end
        and start < end
    )


def free(slot: Slot, busy: list[Event]) -> bool:
    return all(event.end <= slot.start or slot.end <= event.start for event in busy)


def free_slots(
    calendar: Calendar, window_start: datetime, window_end: datetime, minutes: int, hours: Hours
) -> list[Slot]:
    """The free slots in the window, earliest first."""
    busy = calendar.events(window_start, window_end)
    return [s for s in candidates(window_start, window_end, minutes, hours) if free(s, busy)]


def suits(slot: Slot, calendar: Calendar, hours: Hours, now: datetime) -> bool:
    """Whether this side can take the slot: in the allowed hours, soon enough, free."""
    if not within(slot, hours) or slot.start < now + LEAD or slot.start > now + FURTHEST:
        return False
    return free(slot, calendar.events(slot.start, slot.end))
