"""What memory hands to the rest of os1."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol

Speaker = Literal["user", "assistant"]


@dataclass(frozen=True, slots=True)
class StoredTurn:
    """One thing said, by the person or by the OS, as it was stored."""

    id: int
    user_id: str
    session_id: int | None
    role: Speaker
    text: str
    created_at: str
    tokens: int | None
    meta: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Feeling:
    """One recorded change in the OS's feelings; the mind owns the shape of `record`."""

    id: int
    turn_id: int | None
    at: datetime
    kind: str
    record: dict[str, Any]


class LongTermMemory(Protocol):
    """Search over everything one person has said; episodes.EpisodicMemory is one."""

    def search(
        self, query: str, k: int = 5, now: datetime | None = None
    ) -> list[tuple[StoredTurn, float]]: ...
