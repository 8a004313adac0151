"""What memory hands to the rest of os1."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol, get_args

from os1.memory.dialect import Row

Speaker = Literal["user", "assistant"]
# What a fact is about, so that facts can be grouped and asked about: someone in the
# person's life, who they are to the person, a place, work, something that happened,
# something ahead, a feeling, a liking; "other" for the rest (and facts from before kinds).
FactKind = Literal[
    "person", "relation", "place", "work", "event", "plan", "feeling", "preference", "other"
]
FACT_KINDS: tuple[FactKind, ...] = get_args(FactKind)


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

    @classmethod
    def from_row(cls, row: Row) -> StoredTurn:
        return cls(
            id=row["id"],
            user_id=row["user_id"],
            session_id=row["session_id"],
            role=row["role"],
            text=row["text"],
            created_at=row["created_at"],
            tokens=row["tokens"],
            meta=json.loads(row["meta"]),
        )


@dataclass(frozen=True, slots=True)
class Feeling:
    """One recorded change in the OS's feelings; the mind owns the shape of `record`."""

    id: int
    turn_id: int | None
    at: datetime
    kind: str
    record: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Fact:
    """A short statement about the person's life, consolidated from what they said.

    `sources` are the turns it was read from; `valid_from` is when it became
    true, as far as those turns say; a fact that a newer one contradicted
    keeps its place, with `superseded_by` naming the newer one. `kind` is what it is
    about (FACT_KINDS).
    """

    id: int
    text: str
    about: str
    sources: tuple[int, ...]
    valid_from: datetime
    confidence: float
    created_at: datetime
    extractor: str
    superseded_by: int | None = None
    kind: FactKind = "other"

    def as_json(self) -> dict[str, Any]:
        """The fact as exports and `os1 memory facts --json` write it."""
        return {
            "id": self.id,
            "text": self.text,
            "about": self.about,
            "sources": list(self.sources),
            "valid_from": self.valid_from.isoformat(),
            "confidence": self.confidence,
            "created_at": self.created_at.isoformat(),
            "extractor": self.extractor,
            "superseded_by": self.superseded_by,
            "kind": self.kind,
        }


@dataclass(slots=True)
class NewIds:
    """What rows loaded from an archive are numbered now, by their number in it: filled in
    as each owner adds its rows, so that a later owner's rows cite the right ones."""

    sessions: dict[int, int] = field(default_factory=dict)
    turns: dict[int, int] = field(default_factory=dict)
    facts: dict[int, int] = field(default_factory=dict)
    letters: dict[int, int] = field(default_factory=dict)


class LongTermMemory(Protocol):
    """Search over everything one person has said; episodes.EpisodicMemory is one."""

    def search(
        self, query: str, k: int = 5, now: datetime | None = None
    ) -> list[tuple[StoredTurn, float]]: ...
