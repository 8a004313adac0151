"""One private OS for each person on a server, sharing only the models.

Every person's OS is the same parts the terminal wires (`conversation_for`),
with their own `user_id`: their own persona, memories, mood and affinity,
calendar file, notes, reminders and letters. What is shared is what holds
nobody's data: the language model, the sentence encoder, the appraiser, the
speech models.

Each person is assembled by `assembly.people.person`, as everywhere else: their
settings drop the mail and calendar accounts of the server's own configuration
for everyone but whoever runs the server (those accounts are theirs, and would
otherwise be every person's), and their chat, outreach, /mcp and dinner planning
with another OS all read the one calendar those settings name.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from os1.assembly.minds import SharedModels, inner_life_for
from os1.assembly.people import Person, person
from os1.brain.types import Brain
from os1.config import Settings
from os1.conversation.company import Company
from os1.conversation.loop import Conversation
from os1.memory.store import Store
from os1.mind.inner_life import InnerLife
from os1.mind.persona import Persona, load_persona
from os1.server.fact_reading import FactReading
from os1.skills.calendar import Calendar
from os1.skills.reminders import Reminders

# Conversations the API keeps for people between requests (a web client's socket
# holds its own). Beyond this many, the longest unused is closed.
API_CONVERSATIONS = 512


@dataclass(frozen=True, slots=True)
class PersonalOS:
    """One person's OS, for one connection (a chat socket, a voice socket) or the API."""

    user_id: str
    persona: Persona
    conversation: Conversation
    reminders: Reminders

    @property
    def name(self) -> str:
        return self.persona.name


class PersonalOSes:
    def __init__(
        self, settings: Settings, store: Store, brain: Brain, shared: SharedModels
    ) -> None:
        self.settings = settings
        self.store = store
        self.brain = brain
        self.shared = shared
        self._for_api: OrderedDict[str, PersonalOS] = OrderedDict()
        # What reads each person's words for facts after their replies (the app sets it).
        self.reading: FactReading | None = None
        # How many people are in a conversation now: the server's listeners count them.
        self.talking_now: Callable[[], int] = lambda: 1

    def person(self, user_id: str) -> Person:
        """This person's parts, assembled as every way of reaching them does."""
        return person(self.settings, user_id)

    def settings_for(self, user_id: str) -> Settings:
        return self.person(user_id).settings

    def calendar(self, user_id: str) -> Calendar:
        return self.person(user_id).calendar

    def persona(self, user_id: str) -> Persona | None:
        return load_persona(self.store, user_id)

    def open(self, user_id: str) -> PersonalOS | None:
        """A new conversation with this person's OS; None until their first boot."""
        persona = self.persona(user_id)
        if persona is None:
            return None
        company = Company(self.store, self.talking_now)
        talk = self.person(user_id).talk(
            self.store, self.brain, persona, shared=self.shared, company=company
        )
        if self.reading is not None:
            self.reading.watch(user_id, talk.conversation)
        return PersonalOS(user_id, persona, talk.conversation, talk.reminders)

    def for_api(self, user_id: str) -> PersonalOS | None:
        """The conversation the API talks through, kept between requests."""
        held = self._for_api.get(user_id)
        if held is not None:
            self._for_api.move_to_end(user_id)
            return held
        opened = self.open(user_id)
        if opened is None:
            return None
        self._for_api[user_id] = opened
        if len(self._for_api) > API_CONVERSATIONS:
            _, oldest = self._for_api.popitem(last=False)
            oldest.conversation.close()
        return opened

    def forget(self, user_id: str) -> None:
        """Drop what is held for a person (their account is being deleted, or restored)."""
        held = self._for_api.pop(user_id, None)
        if held is not None:
            held.conversation.close()

    def inner_life(self, user_id: str) -> InnerLife | None:
        return inner_life_for(
            self.settings_for(user_id), self.store, appraiser=self.shared.appraiser
        )

    def close(self) -> None:
        for held in self._for_api.values():
            held.conversation.close()
        self._for_api.clear()
