"""The person's calendar: a local iCalendar file, or their account on a CalDAV server.

Both sit behind one small interface, `Calendar` (the two are in
`calendar_sources`; reading a file within its bounds is `calendar_reading`).
Repeating events are expanded into their occurrences, and every time carries
its zone. Moving or cancelling an event asks first (see `calendar_skills`); an
event that repeats is not moved one occurrence at a time yet, and says so.
What could not be read is said (`Agenda.note`), never silently left out. On a
server, reads and writes run in their own threads (`in_calendar_thread`), off
the event loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Event:
    uid: str
    title: str
    start: datetime
    end: datetime
    repeats: bool = False


@dataclass(frozen=True, slots=True)
class Unread:
    """An event left out of an answer, and why, in words for the person."""

    title: str
    why: str


@dataclass(frozen=True, slots=True)
class Agenda:
    """What a read found over a window, and what it could not read."""

    events: list[Event]
    unread: tuple[Unread, ...] = ()
    # Why the read stopped before the end (its time ran out, too many occurrences).
    cut_short: str | None = None

    def note(self) -> str | None:
        """One or two sentences on what is missing from `events`; None when nothing is."""
        said = []
        if self.unread:
            first = self.unread[0]
            which = f"“{first.title}”" if first.title else "one event"
            if len(self.unread) == 1:
                said.append(f"One event in your calendar could not be read: {which} ({first.why})")
            else:
                said.append(
                    f"{len(self.unread)} events in your calendar could not be read, such as "
                    f"{which} ({first.why})"
                )
        if self.cut_short:
            said.append(self.cut_short)
        return ". ".join(said) + "." if said else None

    def within(self, start: datetime, end: datetime) -> Agenda:
        found = [e for e in self.events if e.start < end and (e.end > start or e.start >= start)]
        return Agenda(found, self.unread, self.cut_short)


class Calendar(Protocol):
    def events(self, start: datetime, end: datetime) -> list[Event]:
        """Every event, and every occurrence of a repeating one, overlapping [start, end)."""
        ...

    def read(self, start: datetime, end: datetime) -> Agenda:
        """`events`, with what could not be read."""
        ...

    def add(self, title: str, start: datetime, end: datetime) -> Event: ...

    def move(self, event: Event, start: datetime) -> Event:
        """The event at `start`, as long as it was."""
        ...

    def cancel(self, event: Event) -> None: ...


# Calendar reads and writes on a server: their own two threads, so that a slow one
# (a big file, a far CalDAV server) holds up neither the event loop nor the threads
# sign-ins hash passwords in.
_THREADS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="os1-calendar")


async def in_calendar_thread(call: Callable[..., T], *args: Any) -> T:
    """`call(*args)` in a calendar thread. Only for the calendar's own work: the store
    belongs to the event loop's thread."""
    return await asyncio.get_running_loop().run_in_executor(_THREADS, partial(call, *args))


class ReadAhead:
    """A calendar whose window was read beforehand (in a calendar thread), answering reads
    inside it from memory: for code that runs on the event loop. A read outside the
    window finds only what overlaps it; changes go to the calendar itself."""

    def __init__(self, calendar: Calendar, agenda: Agenda) -> None:
        self.calendar = calendar
        self.agenda = agenda

    @classmethod
    async def of(cls, calendar: Calendar, start: datetime, end: datetime) -> ReadAhead:
        return cls(calendar, await in_calendar_thread(calendar.read, start, end))

    def read(self, start: datetime, end: datetime) -> Agenda:
        return self.agenda.within(start, end)

    def events(self, start: datetime, end: datetime) -> list[Event]:
        return self.read(start, end).events

    def add(self, title: str, start: datetime, end: datetime) -> Event:
        return self.calendar.add(title, start, end)

    def move(self, event: Event, start: datetime) -> Event:
        return self.calendar.move(event, start)

    def cancel(self, event: Event) -> None:
        self.calendar.cancel(event)


def as_datetime(value: date | datetime, zone: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    return datetime.combine(value, time(0), tzinfo=zone)  # an all-day event


def event_of(component: Any, zone: Any, repeats: bool = False) -> Event:
    start = as_datetime(component.get("dtstart").dt, zone)
    ending = component.get("dtend")
    end = as_datetime(ending.dt, zone) if ending is not None else start + timedelta(hours=1)
    return Event(str(component.get("uid")), str(component.get("summary", "")), start, end, repeats)


def repeating(component: Any) -> bool:
    return component.get("rrule") is not None or component.get("rdate") is not None
