"""A person's skills: the catalogue the conversation, the CLI and MCP all act through."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

from os1.assembly.calendars import calendar_for
from os1.assembly.letters import desk_for, letters_folder_for
from os1.assembly.mail import mail_for
from os1.brain.types import Brain
from os1.config import Settings
from os1.memory.store import Store
from os1.mind.interview import load_answers
from os1.skills.calendar_skills import calendar_skills
from os1.skills.contacts import Contacts, contact_skills
from os1.skills.letter_skills import letter_skills
from os1.skills.mail_skills import mail_skills, new_mail
from os1.skills.notes import Notes, note_skills
from os1.skills.proofreading import proofreading_skills
from os1.skills.reminders import Reminders, reminder_skills
from os1.skills.skill import Catalogue, Skill
from os1.skills.today import today_skills
from os1.skills.triage import Ranked


@dataclass(frozen=True, slots=True)
class Skills:
    """The catalogue, and the reminders whatever runs os1 announces when due."""

    catalogue: Catalogue
    reminders: Reminders


def skills_for(
    settings: Settings,
    store: Store,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    capable_brain: Brain | None = None,
    letters_brain: Brain | None = None,
) -> Skills:
    """This person's skills.

    `capable_brain` (one behind a server, never the embedded 135M model) adds
    a suggestion of style to proofreading; `letters_brain` (any, the embedded
    one too: the studio checks every sentence) writes letters.
    """
    reminders = Reminders(store, settings.user)
    contacts = Contacts(store, settings.user)
    calendar = calendar_for(settings)
    account = mail_for(settings)
    mail: list[Skill[Any]] = []
    unread: Callable[[], Awaitable[list[Ranked]]] | None = None
    if account is not None:
        me = account.address
        mail = mail_skills(
            account.mailbox, account.outbox, me, contacts, store, settings.user, clock
        )
        unread = partial(new_mail, account.mailbox, me, contacts, clock)
    letters: list[Skill[Any]] = []
    if letters_brain is not None:
        desk = desk_for(settings, store, letters_brain)
        # "A letter from me" is from the person, by the name they gave at setup.
        letters = letter_skills(
            desk,
            letters_folder_for(settings),
            lambda: load_answers(store, settings.user).user_name,
        )
    catalogue = Catalogue(
        [
            *note_skills(Notes(store, settings.user)),
            *reminder_skills(reminders, clock),
            *contact_skills(contacts),
            *proofreading_skills(partial(last_written, store, settings.user), capable_brain),
            *calendar_skills(calendar, clock),
            *mail,
            *today_skills(calendar, reminders, unread, clock),
            *letters,
        ]
    )
    return Skills(catalogue, reminders)


def last_written(store: Store, user_id: str) -> str | None:
    """The person's last message before the one being answered, if it is writing (a few
    sentences, not a word or two): what "the letter I just wrote" points at until
    letters have a home of their own."""
    said = [t for t in store.recent_turns(user_id, 12) if t.role == "user"]
    for turn in reversed(said[:-1]):
        if len(turn.text.split()) >= 8:
            return turn.text
    return None
