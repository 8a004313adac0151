"""Who the OS is: the name it chose, why, how it speaks, and whom it lives with."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Literal

from os1.memory.store import Store

# How the name was chosen, from most to least the OS's own doing.
ChosenBy = Literal["model", "model-stock-reason", "model-constrained", "interview"]

PERSONA_KEY = "persona"
DEFAULT_STYLE = (
    "warm, curious and playful; speaks in short, natural sentences, like a close friend; "
    "asks about the person's life and remembers it"
)


@dataclass(frozen=True, slots=True)
class Persona:
    name: str
    chosen_by: ChosenBy
    reason: str
    user_name: str | None = None
    style: str = DEFAULT_STYLE
    # Proposals turned down on the way to the name, and why: how the name came to be.
    naming_notes: list[str] = field(default_factory=list)
    born_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    @property
    def introduction(self) -> str:
        """What the OS says when it has chosen its name."""
        return f"I'd like to be called {self.name}. {self.reason}"


def load_persona(store: Store, user_id: str) -> Persona | None:
    data = store.get_state(user_id, PERSONA_KEY)
    return None if data is None else Persona(**data)


def save_persona(store: Store, user_id: str, persona: Persona) -> None:
    store.put_state(user_id, PERSONA_KEY, asdict(persona))
