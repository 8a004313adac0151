"""The person's calendar: a local iCalendar file, or their account on a CalDAV server.

Both sit behind one small interface. Repeating events are expanded into their
occurrences (`recurring-ical-events` for a file, the server's own expansion
for CalDAV), and every time carries its zone. Moving or cancelling an event
asks first (see `calendar_skills`); an event that repeats is not moved one
occurrence at a time yet, and says so.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Protocol

from os1.errors import ConfigError, InputError


@dataclass(frozen=True, slots=True)
class Event:
    uid: str
    title: str
    start: datetime
    end: datetime
    repeats: bool = False


class Calendar(Protocol):
    def events(self, start: datetime, end: datetime) -> list[Event]:
        """Every event, and every occurrence of a repeating one, overlapping [start, end)."""
        ...

    def add(self, title: str, start: datetime, end: datetime) -> Event: ...

    def move(self, event: Event, start: datetime) -> Event:
        """The event at `start`, as long as it was."""
        ...

    def cancel(self, event: Event) -> None: ...


def _as_datetime(value: date | datetime, zone: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    return datetime.combine(value, time(0), tzinfo=zone)  # an all-day event


def _event(component: Any, zone: Any, repeats: bool = False) -> Event:
    start = _as_datetime(component.get("dtstart").dt, zone)
    ending = component.get("dtend")
    end = _as_datetime(ending.dt, zone) if ending is not None else start + timedelta(hours=1)
    return Event(str(component.get("uid")), str(component.get("summary", "")), start, end, repeats)


def _repeating(component: Any) -> bool:
    return component.get("rrule") is not None or component.get("rdate") is not None


def _vevent(title: str, start: datetime, end: datetime, uid: str | None = None) -> Any:
    from icalendar import Event as VEvent

    component = VEvent()
    component.add("uid", uid or f"{uuid.uuid4()}@os1")
    component.add("summary", title)
    component.add("dtstart", start)
    component.add("dtend", end)
    component.add("dtstamp", datetime.now().astimezone())
    return component


class IcsFile:
    """A calendar kept in one .ics file (os1's own by default, or one the person points at)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> Any:
        from icalendar import Calendar as VCalendar

        if not self.path.exists():
            calendar = VCalendar()
            calendar.add("prodid", "-//os1//calendar//EN")
            calendar.add("version", "2.0")
            return calendar
        try:
            return VCalendar.from_ical(self.path.read_bytes())
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"The calendar file {self.path} cannot be read ({exc})",
                "check OS1_CALENDAR points at an iCalendar (.ics) file",
            ) from exc

    def _write(self, calendar: Any) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".partial")
        partial.write_bytes(calendar.to_ical())
        partial.replace(self.path)

    def events(self, start: datetime, end: datetime) -> list[Event]:
        import recurring_ical_events

        zone = start.tzinfo
        # Kept, the rule tells an occurrence of a series from a single event
        # (the library marks both with a RECURRENCE-ID).
        query = recurring_ical_events.of(self._read(), keep_recurrence_attributes=True)
        found = query.between(start, end)
        return sorted((_event(c, zone, _repeating(c)) for c in found), key=lambda e: e.start)

    def add(self, title: str, start: datetime, end: datetime) -> Event:
        calendar = self._read()
        component = _vevent(title, start, end)
        calendar.add_component(component)
        self._write(calendar)
        return _event(component, start.tzinfo)

    def _component(self, calendar: Any, event: Event) -> Any:
        for component in calendar.walk("VEVENT"):
            if str(component.get("uid")) == event.uid:
                return component
        raise InputError(f"“{event.title}” is no longer in the calendar", "ask for the day again")

    def move(self, event: Event, start: datetime) -> Event:
        calendar = self._read()
        component = self._component(calendar, event)
        for key in ("dtstart", "dtend"):
            component.pop(key, None)
        component.add("dtstart", start)
        component.add("dtend", start + (event.end - event.start))
        self._write(calendar)
        return _event(component, start.tzinfo)

    def cancel(self, event: Event) -> None:
        calendar = self._read()
        calendar.subcomponents.remove(self._component(calendar, event))
        self._write(calendar)


class CalDavCalendar:
    """The person's calendar on a CalDAV server (Radicale, Nextcloud, Fastmail, iCloud...)."""

    def __init__(
        self, url: str, user: str | None, password: str | None, name: str | None = None
    ) -> None:
        self.url = url
        self._user = user
        self._password = password
        self._name = name
        self._calendar: Any = None

    def _open(self) -> Any:
        if self._calendar is not None:
            return self._calendar
        import caldav
        from caldav.lib import error

        try:
            client = caldav.DAVClient(url=self.url, username=self._user, password=self._password)
            calendars = client.principal().calendars()
        except error.AuthorizationError as exc:
            raise ConfigError(
                f"The calendar server {self.url} refused the user name or password",
                "check OS1_CALENDAR_USER and OS1_CALENDAR_PASSWORD",
            ) from exc
        except (error.DAVError, OSError) as exc:
            raise ConfigError(
                f"The calendar server {self.url} cannot be reached ({type(exc).__name__})",
                "check that it is running and that OS1_CALENDAR is its address",
            ) from exc
        if self._name:
            calendars = [c for c in calendars if c.get_display_name() == self._name]
        if not calendars:
            raise ConfigError(
                f"The calendar server {self.url} has no calendar"
                + (f" called {self._name}" if self._name else ""),
                "create one there, or set OS1_CALENDAR_NAME to one it has",
            )
        self._calendar = calendars[0]
        return self._calendar

    def events(self, start: datetime, end: datetime) -> list[Event]:
        found = self._open().search(start=start, end=end, event=True, expand=True)
        # Expanded by the server, an occurrence of a series carries a RECURRENCE-ID.
        events = [
            _event(e.component, start.tzinfo, e.component.get("recurrence-id") is not None)
            for e in found
        ]
        return sorted(events, key=lambda e: e.start)

    def add(self, title: str, start: datetime, end: datetime) -> Event:
        saved = self._open().save_event(dtstart=start, dtend=end, summary=title)
        return _event(saved.component, start.tzinfo)

    def move(self, event: Event, start: datetime) -> Event:
        stored = self._open().event_by_uid(event.uid)
        component = stored.component
        for key in ("dtstart", "dtend"):
            component.pop(key, None)
        component.add("dtstart", start)
        component.add("dtend", start + (event.end - event.start))
        stored.save()
        return _event(component, start.tzinfo)

    def cancel(self, event: Event) -> None:
        self._open().event_by_uid(event.uid).delete()
