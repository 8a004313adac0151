"""What memory hands to the rest of os1."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

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
