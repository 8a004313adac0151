"""Which calendar is this person's: one answer for every way os1 reaches it."""

from __future__ import annotations

from pathlib import Path

from os1.config import Settings
from os1.homes import own_name
from os1.skills.calendar import Calendar
from os1.skills.calendar_sources import CalDavCalendar, IcsFile


def calendar_for(settings: Settings) -> Calendar:
    """The person's calendar: a CalDAV account, an .ics file, or os1's own file."""
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
