"""One person's OS as the protocol sees it, made from the store, the calendar and a brain."""

from __future__ import annotations

from datetime import UTC, datetime

from os1.brain.types import Brain
from os1.conversation.outreach_records import record
from os1.conversation.presence import load_presence
from os1.errors import InputError
from os1.memory.store import Store
from os1.mind.persona import load_persona
from os1.peers.exchange import OwnOS
from os1.skills.calendar import Calendar


def own_os_for(
    store: Store, user_id: str, calendar: Calendar, brain: Brain | None, seed: int | None = None
) -> OwnOS:
    persona = load_persona(store, user_id)
    if persona is None:
        raise InputError("This OS has not chosen its name yet", "talk to it first (os1 chat)")
    zone = load_presence(store, user_id).zone() or datetime.now().astimezone().tzinfo or UTC

    def tell(key: str, text: str) -> None:
        # Waits like the OS's other words of its own, until the person is there to hear it.
        record(store, user_id, "peer", key, text, datetime.now(UTC))

    return OwnOS(store, user_id, persona.name, calendar, zone, brain, tell, seed)
