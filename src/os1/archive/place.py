"""Where a person's OS lives (their files in an OS1_HOME), and what it holds already:
an import does not mix two lives."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from os1.archive.owners import PERSON_TABLES
from os1.config import Settings
from os1.errors import InputError
from os1.homes import own_name
from os1.memory.store import Store
from os1.mind.persona import load_persona


@dataclass(frozen=True, slots=True)
class Place:
    """Where a person's files are in an OS1_HOME: the calendar the OS reads (None when it
    is a CalDAV account), os1's own calendar file, and the rendered letters' folder."""

    calendar: Path | None
    own_calendar: Path
    rendered: Path

    @classmethod
    def of(cls, settings: Settings) -> Place:
        own = settings.home / "calendars" / f"{own_name(settings.user)}.ics"
        where = settings.calendar
        if where and where.startswith(("http://", "https://")):
            calendar = None
        else:
            calendar = Path(where).expanduser() if where else own
        return cls(calendar, own, settings.home / "letters" / own_name(settings.user))

    def delete(self) -> None:
        """os1's own files of this person (an account is being deleted); a calendar file
        the person pointed os1 at is theirs, and stays."""
        self.own_calendar.unlink(missing_ok=True)
        shutil.rmtree(self.rendered, ignore_errors=True)


class AlreadyHere(InputError):
    """The OS holds someone's life already; an import would mix two."""

    def __init__(self, held: str, fix: str = "") -> None:
        super().__init__(
            f"This OS already knows someone ({held}), and an import would mix two lives",
            fix
            or "import into a fresh OS1_HOME or another OS1_USER, or add --replace to delete "
            "what it holds and put the archive in its place",
        )
        self.held = held


def already_here(store: Store, user_id: str, place: Place) -> str | None:
    """What this OS already holds of `user_id`, said briefly; None when it holds nothing."""
    held = []
    persona = load_persona(store, user_id)
    if persona is not None:
        held.append(f"it is called {persona.name}")
    for table in PERSON_TABLES:
        count = store.count_rows(table, user_id)
        if count and table not in {"user_state", "sessions"}:
            held.append(f"{count} {table.replace('_', ' ')}")
    if place.own_calendar.is_file():
        held.append("a calendar")
    if place.rendered.is_dir() and any(place.rendered.iterdir()):
        held.append("rendered letters")
    if not held and store.count_rows("user_state", user_id):
        held.append("its settings from a first start")
    return ", ".join(held) or None
