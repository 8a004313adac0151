"""Which calendar is this person's: one answer for every way os1 reaches it."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from os1.config import Settings
from os1.homes import own_name
from os1.skills.calendar import Agenda, Calendar, Event


def calendar_for(settings: Settings) -> Calendar:
    """The person's calendar: a CalDAV account, an .ics file, or os1's own file."""
    # Here, not above: a turn reads the calendar only when asked about it, and the
    # sources' libraries (icalendar, caldav) were about 25 ms of the CPU a chat spends
    # before its first reply (time.thread_time of the import, after the skills').
    from os1.skills.calendar_sources import CalDavCalendar, IcsFile

    where = settings.calendar
    if where and where.startswith(("http://", "https://")):
        password = settings.calendar_password
        return CalDavCalendar(
            where,
            settings.calendar_user,
            password.get_secret_value() if password else None,
            settings.calendar_name,
        )
    if where:
        return IcsFile(Path(where).expanduser())
    return IcsFile(settings.home / "calendars" / f"{own_name(settings.user)}.ics")


class CalendarOnFirstUse:
    """`calendar_for(settings)`, made when it is first read or written: the skills are made
    for every conversation, and most conversations never open the calendar."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._made: Calendar | None = None
        # Two calendar threads (skills/calendar.py) may reach for it at once.
        self._making = threading.Lock()

    def calendar(self) -> Calendar:
        with self._making:
            if self._made is None:
                self._made = calendar_for(self._settings)
            return self._made

    def events(self, start: datetime, end: datetime) -> list[Event]:
        return self.calendar().events(start, end)

    def read(self, start: datetime, end: datetime) -> Agenda:
        return self.calendar().read(start, end)

    def add(self, title: str, start: datetime, end: datetime) -> Event:
        return self.calendar().add(title, start, end)

    def move(self, event: Event, start: datetime) -> Event:
        return self.calendar().move(event, start)

    def cancel(self, event: Event) -> None:
        self.calendar().cancel(event)
