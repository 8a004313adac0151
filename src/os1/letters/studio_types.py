"""What the letter studio holds (studio.py keeps them): clients, the people they write to,
what is known about them, and letters laid out in their parts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, get_args

Kind = Literal["how_met", "memory", "nickname", "inside_joke", "admires", "now", "voice", "fact"]
KINDS: tuple[str, ...] = get_args(Kind)


@dataclass(frozen=True, slots=True)
class Client:
    id: int
    name: str
    nickname: str | None = None


@dataclass(frozen=True, slots=True)
class Recipient:
    id: int
    client_id: int
    name: str
    nickname: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing known about a client, or about a client and one recipient."""

    id: int
    kind: Kind
    text: str
    recipient_id: int | None = None
    # Where it was learned: "note", "letter 3" (a detail its brief asked for), "conversation".
    source: str = "note"


@dataclass(frozen=True, slots=True)
class Parts:
    """A finished letter as the renderer lays it out: salutation, paragraphs, closing, name."""

    salutation: str
    paragraphs: tuple[str, ...]
    closing: str
    signature: str
    # Place and date above the salutation, on paper only: not among the words checked.
    dateline: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join([self.salutation, *self.paragraphs, f"{self.closing}\n{self.signature}"])

    def to_json(self) -> str:
        return json.dumps(
            {
                "salutation": self.salutation,
                "paragraphs": list(self.paragraphs),
                "closing": self.closing,
                "signature": self.signature,
                "dateline": self.dateline,
            }
        )

    @classmethod
    def from_json(cls, raw: str) -> Parts:
        data = json.loads(raw)
        return cls(
            data["salutation"],
            tuple(data["paragraphs"]),
            data["closing"],
            data["signature"],
            data.get("dateline", ""),
        )


@dataclass(frozen=True, slots=True)
class Letter:
    id: int
    client_id: int
    recipient_id: int
    occasion: str
    brief: dict[str, Any]
    parts: Parts
    created_at: str
    revises: int | None = None

    @property
    def text(self) -> str:
        return self.parts.text

    @classmethod
    def from_row(cls, row: Any) -> Letter:
        return cls(
            row["id"],
            row["client_id"],
            row["recipient_id"],
            row["occasion"],
            json.loads(row["brief"]),
            Parts.from_json(row["parts"]),
            row["created_at"],
            row["revises"],
        )


_Person = TypeVar("_Person", Client, Recipient)


def named(people: list[_Person], name: str) -> _Person | None:
    """The one person called `name`: by full name, nickname, or a first name no one else has."""
    wanted = " ".join(name.split()).lower()
    for person in people:
        if wanted in {person.name.lower(), (person.nickname or "").lower()}:
            return person
    first = [p for p in people if p.name.split()[0].lower() == wanted]
    return first[0] if len(first) == 1 else None


def revision_family(letters: list[Letter], letter: Letter) -> set[int]:
    """The ids of `letter`, the drafts it revises and every revision of them."""
    family = {letter.id}
    while True:
        linked = {
            other.id
            for other in letters
            if other.revises in family
            or any(mine.revises == other.id for mine in letters if mine.id in family)
        }
        if linked <= family:
            return family
        family |= linked


_FROM_LETTER = re.compile(r"^letter (\d+)$")


def renumbered_source(source: str, letters: dict[int, int]) -> str:
    """ "letter 3" names the letter an entry was learned from: it is renumbered with it."""
    found = _FROM_LETTER.match(source)
    if found is None or int(found.group(1)) not in letters:
        return source
    return f"letter {letters[int(found.group(1))]}"
