"""A skill unit: what one module adds to the OS, and the parts it builds its skills from.

See `os1.skills` for the recipe; `os1.skills.registry` lists the units.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from os1.skills.grammar import Rule
from os1.skills.skill import Skill

if TYPE_CHECKING:
    # For the annotations only: each of these modules declares its own unit with Unit.
    from os1.brain.types import Brain
    from os1.letters.desk import Desk
    from os1.memory.dialect import Connection
    from os1.memory.store import Store
    from os1.memory.types import NewIds
    from os1.skills.calendar import Calendar
    from os1.skills.contacts import Contacts
    from os1.skills.mail import MailAccount
    from os1.skills.reminders import Reminders


@dataclass(frozen=True, slots=True)
class Parts:
    """One person's parts, as the composition root (`os1.assembly.skills`) made them: every
    unit builds its skills from these, and shares them (the contacts mail looks up, the
    reminders "anything important today?" reads)."""

    store: Store
    user: str
    clock: Callable[[], datetime]
    calendar: Calendar
    contacts: Contacts
    reminders: Reminders
    # None when OS1_MAIL_IMAP is not set: the mail skills are not there.
    mail: MailAccount | None = None
    # A brain behind a server (never the embedded 135M model), for proofreading's style.
    capable_brain: Brain | None = None
    # The letter desk, with any brain (the studio checks every sentence); None: no letters.
    desk: Desk | None = None
    letters_folder: Path = Path()
    # The name the person gave at setup: who "me" is in "a letter from me".
    signer: Callable[[], str | None] = lambda: None


Rows = dict[str, list[Any]]


@dataclass(frozen=True, slots=True)
class Archived:
    """The tables a unit keeps of a person (its module is their one owner), and how their
    rows go out into an archive and back in; `os1.archive.owners` collects these."""

    member: str  # the archive's file the rows travel in ("memory.json")
    tables: tuple[str, ...]  # each with a `user_id`; a table cites only those before it
    dump: Callable[[Store, str], Rows]  # (store, user_id): the person's rows, by table
    # (the caller's transaction, user_id, the member's rows, what each old id is now)
    load: Callable[[Connection, str, Rows, NewIds], None]


@dataclass(frozen=True, slots=True)
class Unit:
    """A module's skills, the words that ask for them, and the commands that run them."""

    skills: Callable[[Parts], list[Skill[Any]]]
    rules: tuple[Rule, ...] = ()
    # Added to `os1` as they are: `os1 note add ...` runs a skill through `commands.do`.
    commands: tuple[click.Command, ...] = ()
    # The tables it keeps, if it keeps any: they go into a person's archive and back.
    archived: Archived | None = None
