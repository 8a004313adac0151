"""A person's skills: the catalogue the conversation, the CLI and MCP all act through.

The parts are made here, once (`parts_for`); every unit in the registry
(`os1.skills.registry`) builds its skills from them, so adding a skill touches
no line here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from os1.assembly.calendars import CalendarOnFirstUse
from os1.assembly.letters import desk_for, letters_folder_for
from os1.assembly.mail import mail_for
from os1.brain.types import Brain
from os1.config import Settings
from os1.memory.store import Store
from os1.mind.interview import load_answers
from os1.skills import registry
from os1.skills.contacts import Contacts
from os1.skills.reminders import Reminders
from os1.skills.skill import Catalogue
from os1.skills.unit import Parts


@dataclass(frozen=True, slots=True)
class Skills:
    """The catalogue, the reminders whatever runs os1 announces when due, and the parts
    the skills were made from (the CLI's `os1 contacts add` writes to their contacts)."""

    catalogue: Catalogue
    reminders: Reminders
    parts: Parts


def parts_for(
    settings: Settings,
    store: Store,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    capable_brain: Brain | None = None,
    letters_brain: Brain | None = None,
) -> Parts:
    """The parts this person's skills are made from.

    `capable_brain` (one behind a server, never the embedded 135M model) adds
    a suggestion of style to proofreading; `letters_brain` (any, the embedded
    one too: the studio checks every sentence) writes letters.
    """
    return Parts(
        store=store,
        user=settings.user,
        clock=clock,
        calendar=CalendarOnFirstUse(settings),
        contacts=Contacts(store, settings.user),
        reminders=Reminders(store, settings.user),
        mail=mail_for(settings),
        capable_brain=capable_brain,
        desk=desk_for(settings, store, letters_brain) if letters_brain is not None else None,
        letters_folder=letters_folder_for(settings),
        # "A letter from me" is from the person, by the name they gave at setup.
        signer=lambda: load_answers(store, settings.user).user_name,
    )


def skills_for(
    settings: Settings,
    store: Store,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    capable_brain: Brain | None = None,
    letters_brain: Brain | None = None,
) -> Skills:
    """This person's skills: every registered unit's, made from this person's parts."""
    parts = parts_for(settings, store, clock, capable_brain, letters_brain)
    catalogue = Catalogue([skill for unit in registry.units() for skill in unit.skills(parts)])
    return Skills(catalogue, parts.reminders, parts)
