"""One person's parts, as every way of reaching them assembles them.

The terminal, the server's chat and API, its MCP endpoint, outreach and another
OS planning a dinner all start from `person(settings, user_id)`: one set of
settings for the person, so one calendar, one mail account, one set of skills.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from os1.assembly.calendars import calendar_for
from os1.assembly.skills import Skills, skills_for
from os1.brain.types import Brain
from os1.config import Settings
from os1.memory.store import Store
from os1.mind.persona import Persona
from os1.skills.reminders import Reminders

# A person's own OS as another OS meets it (the peers' signing and ledger: about 20 ms of
# CPU to import, time.thread_time) and their calendar are made when first asked for: a
# chat's turn needs neither. Nor do their skills need a conversation: the conversation's
# parts (1.2 s to import, python -X importtime) are imported when one is first made, so
# that `os1 remind list` or an `os1 mcp` an agent starts for one call does not pay them.
if TYPE_CHECKING:
    from os1.assembly.conversations import Talk
    from os1.assembly.minds import SharedModels
    from os1.conversation.company import Company
    from os1.conversation.initiative import Initiative
    from os1.peers.exchange import OwnOS
    from os1.skills.calendar import Calendar


def settings_for_person(settings: Settings, user_id: str) -> Settings:
    """The settings one person's parts are made from, on a server that hosts many.

    Whoever runs the server (its own OS1_USER) keeps the mail and calendar
    accounts its settings name, as in their terminal; everyone else gets
    os1's own calendar file and no mail account, since the server's accounts
    are not theirs. Every part of a person (chat, outreach, MCP, dinner
    planning with another OS) is made from these, so a person has one calendar.
    """
    if user_id == settings.user:
        return settings
    return settings.model_copy(update={"user": user_id, "mail_imap": None, "calendar": None})


@dataclass(frozen=True)
class Person:
    """One person's settings and calendar, and the parts made from them."""

    user_id: str
    settings: Settings

    @cached_property
    def calendar(self) -> Calendar:
        """Their calendar, made when first asked for (`calendar_for`)."""
        return calendar_for(self.settings)

    def talk(
        self,
        store: Store,
        brain: Brain,
        persona: Persona,
        quiet: bool = False,
        shared: SharedModels | None = None,
        company: Company | None = None,
    ) -> Talk:
        """A conversation with them (chat, voice, the API)."""
        from os1.assembly.conversations import conversation_for

        return conversation_for(self.settings, store, brain, persona, quiet, shared, company)

    def skills(self, store: Store) -> Skills:
        """Their skills without a conversation (an agent over MCP, a CLI command)."""
        return skills_for(self.settings, store)

    def initiative(
        self, store: Store, persona: Persona, reminders: Reminders | None = None
    ) -> Initiative:
        """What lets their OS speak first (outreach, the terminal's chat and talk)."""
        from os1.assembly.conversations import initiative_for

        reminders = reminders or Reminders(store, self.user_id)
        return initiative_for(self.settings, store, reminders, persona)

    def own_os(self, store: Store, brain: Brain | None = None) -> OwnOS:
        """Their OS as another OS meets it (dinner planning, talk between OSes)."""
        from os1.assembly.peers import own_os_for

        return own_os_for(store, self.user_id, self.calendar, brain, self.settings.seed)


def person(settings: Settings, user_id: str) -> Person:
    """`user_id`'s parts, from the settings os1 runs with (a server's, or a terminal's)."""
    theirs = settings_for_person(settings, user_id)
    return Person(user_id, theirs)
