"""Where a calendar is kept: one .ics file (`IcsFile`), or a CalDAV account
(`CalDavCalendar`), both a `Calendar`.

A file is read within its bounds (`calendar_reading`); a CalDAV server expands
repeating events itself, in its own time.
"""

from __future__ import annotations

import threading
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import caldav
from caldav.lib import error
from icalendar import Calendar as VCalendar
from icalendar import Event as VEvent

from os1.errors import ConfigError, InputError
from os1.skills.calendar import Agenda, Event, event_of
from os1.skills.calendar_reading import MAX_BYTES, bounded_read

_WRITING = threading.Lock()  # one change to a calendar file at a time


def _vevent(title: str, start: datetime, end: datetime, uid: str | None = None) -> Any:
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
        if not self.path.exists():
            calendar = VCalendar()
            calendar.add("prodid", "-//os1//calendar//EN")
            calendar.add("version", "2.0")
            return calendar
        try:
            size = self.path.stat().st_size
            if size > MAX_BYTES:
                raise ConfigError(
                    f"The calendar file {self.path} is {size / 1e6:.1f} MB, more than os1 reads"
                    f" ({MAX_BYTES / 1e6:.1f} MB)",
                    "keep the recent years in it and the rest in another file",
                )
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
        return self.read(start, end).events

    def read(self, start: datetime, end: datetime) -> Agenda:
        return bounded_read(self._read(), start, end)

    def add(self, title: str, start: datetime, end: datetime) -> Event:
        with _WRITING:
            calendar = self._read()
            component = _vevent(title, start, end)
            calendar.add_component(component)
            self._write(calendar)
        return event_of(component, start.tzinfo)

    def _component(self, calendar: Any, event: Event) -> Any:
        for component in calendar.walk("VEVENT"):
            if str(component.get("uid")) == event.uid:
                return component
        raise InputError(f"“{event.title}” is no longer in the calendar", "ask for the day again")

    def move(self, event: Event, start: datetime) -> Event:
        with _WRITING:
            calendar = self._read()
            component = self._component(calendar, event)
            for key in ("dtstart", "dtend"):
                component.pop(key, None)
            component.add("dtstart", start)
            component.add("dtend", start + (event.end - event.start))
            self._write(calendar)
        return event_of(component, start.tzinfo)

    def cancel(self, event: Event) -> None:
        with _WRITING:
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
            event_of(e.component, start.tzinfo, e.component.get("recurrence-id") is not None)
            for e in found
        ]
        return sorted(events, key=lambda e: e.start)

    def read(self, start: datetime, end: datetime) -> Agenda:
        # The server expands the rules itself: its own time, not ours.
        return Agenda(self.events(start, end))

    def add(self, title: str, start: datetime, end: datetime) -> Event:
        saved = self._open().save_event(dtstart=start, dtend=end, summary=title)
        return event_of(saved.component, start.tzinfo)

    def move(self, event: Event, start: datetime) -> Event:
        stored = self._open().event_by_uid(event.uid)
        component = stored.component
        for key in ("dtstart", "dtend"):
            component.pop(key, None)
        component.add("dtstart", start)
        component.add("dtend", start + (event.end - event.start))
        stored.save()
        return event_of(component, start.tzinfo)

    def cancel(self, event: Event) -> None:
        self._open().event_by_uid(event.uid).delete()
