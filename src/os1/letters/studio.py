"""The letter studio's records: clients, the people they write to, their dossiers, letters.

Everything belongs to one os1 user (`user_id`), as notes do: a studio run
from a server keeps each writer's clients apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar, get_args

from os1.errors import InputError
from os1.memory.store import Store

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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _clean(text: str, what: str, fix: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise InputError(f"The {what} is empty", fix)
    return text


class Studio:
    def __init__(self, store: Store, user_id: str) -> None:
        self.store = store
        self.user_id = user_id

    # Clients and recipients

    def add_client(self, name: str, nickname: str | None = None) -> Client:
        name = _clean(name, "client's name", "give the name the client signs with")
        if self._find_client(name) is not None:
            raise InputError(f"There is already a client {name}", "use that one, or another name")
        with self.store.writing() as db:
            row = db.execute(
                "INSERT INTO letter_clients (user_id, name, nickname, created_at)"
                " VALUES (?, ?, ?, ?) RETURNING id",
                (self.user_id, name, (nickname or "").strip() or None, _now()),
            ).fetchone()
        return Client(int(row[0]), name, (nickname or "").strip() or None)

    def clients(self) -> list[Client]:
        rows = self.store.read(
            "SELECT id, name, nickname FROM letter_clients WHERE user_id = ? ORDER BY name",
            (self.user_id,),
        )
        return [Client(r["id"], r["name"], r["nickname"]) for r in rows]

    def client(self, name: str) -> Client:
        """The client called `name` (any case); an InputError naming the clients there are."""
        found = self._find_client(name)
        if found is None:
            known = ", ".join(c.name for c in self.clients())
            raise InputError(
                f"There is no client {name.strip()!r}"
                + (f" (the clients are {known})" if known else " (there are no clients yet)"),
                "add one with `os1 letters client add NAME`",
            )
        return found

    def _find_client(self, name: str) -> Client | None:
        return _named(self.clients(), name)

    def add_recipient(self, client: Client, name: str, nickname: str | None = None) -> Recipient:
        name = _clean(name, "recipient's name", "give the name of the person written to")
        if self._find_recipient(client, name) is not None:
            raise InputError(
                f"{client.name} already writes to {name}", "use that one, or another name"
            )
        nickname = (nickname or "").strip() or None
        with self.store.writing() as db:
            row = db.execute(
                "INSERT INTO letter_recipients (user_id, client_id, name, nickname, created_at)"
                " VALUES (?, ?, ?, ?, ?) RETURNING id",
                (self.user_id, client.id, name, nickname, _now()),
            ).fetchone()
        return Recipient(int(row[0]), client.id, name, nickname)

    def set_nickname(self, recipient: Recipient, nickname: str) -> Recipient:
        nickname = _clean(nickname, "nickname", "say what the client calls them")
        with self.store.writing() as db:
            db.execute(
                "UPDATE letter_recipients SET nickname = ? WHERE user_id = ? AND id = ?",
                (nickname, self.user_id, recipient.id),
            )
        return Recipient(recipient.id, recipient.client_id, recipient.name, nickname)

    def recipients(self, client: Client) -> list[Recipient]:
        rows = self.store.read(
            "SELECT id, name, nickname FROM letter_recipients"
            " WHERE user_id = ? AND client_id = ? ORDER BY name",
            (self.user_id, client.id),
        )
        return [Recipient(r["id"], client.id, r["name"], r["nickname"]) for r in rows]

    def recipient(self, client: Client, name: str) -> Recipient:
        found = self._find_recipient(client, name)
        if found is None:
            known = ", ".join(r.name for r in self.recipients(client))
            raise InputError(
                f"{client.name} has no recipient {name.strip()!r}"
                + (f" (they write to {known})" if known else " (nobody yet)"),
                f"add one with `os1 letters recipient add {client.name!r} NAME`",
            )
        return found

    def _find_recipient(self, client: Client, name: str) -> Recipient | None:
        return _named(self.recipients(client), name)

    # The dossier

    def note(
        self,
        client: Client,
        kind: str,
        text: str,
        recipient: Recipient | None = None,
        source: str = "note",
    ) -> Entry:
        if kind not in KINDS:
            raise InputError(f"{kind!r} is not a kind of dossier entry", f"use one of {KINDS}")
        text = _clean(text, "dossier entry", "say what to remember")
        whom = recipient.id if recipient else None
        with self.store.writing() as db:
            row = db.execute(
                "INSERT INTO letter_dossier (user_id, client_id, recipient_id, kind, text,"
                " created_at, source) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (self.user_id, client.id, whom, kind, text, _now(), source),
            ).fetchone()
        entry_kind: Kind = kind  # type: ignore[assignment]
        return Entry(int(row[0]), entry_kind, text, whom, source)

    def dossier(self, client: Client, recipient: Recipient | None = None) -> list[Entry]:
        """What is known about the client, and about them with `recipient`, oldest first."""
        rows = self.store.read(
            "SELECT id, kind, text, recipient_id, source FROM letter_dossier"
            " WHERE user_id = ? AND client_id = ? AND (recipient_id IS NULL OR recipient_id = ?)"
            " ORDER BY id",
            (self.user_id, client.id, recipient.id if recipient else None),
        )
        return [Entry(r["id"], r["kind"], r["text"], r["recipient_id"], r["source"]) for r in rows]

    def learned_from(self, letter: Letter) -> list[Entry]:
        """The dossier entries `letter`'s brief added."""
        rows = self.store.read(
            "SELECT id, kind, text, recipient_id, source FROM letter_dossier"
            " WHERE user_id = ? AND source = ? ORDER BY id",
            (self.user_id, f"letter {letter.id}"),
        )
        return [Entry(r["id"], r["kind"], r["text"], r["recipient_id"], r["source"]) for r in rows]

    # Letters

    def save_letter(
        self,
        client: Client,
        recipient: Recipient,
        occasion: str,
        brief: dict[str, Any],
        parts: Parts,
        revises: int | None = None,
    ) -> Letter:
        created = _now()
        with self.store.writing() as db:
            row = db.execute(
                "INSERT INTO letters (user_id, client_id, recipient_id, occasion, brief, parts,"
                " text, created_at, revises) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    self.user_id,
                    client.id,
                    recipient.id,
                    occasion,
                    json.dumps(brief),
                    parts.to_json(),
                    parts.text,
                    created,
                    revises,
                ),
            ).fetchone()
        letter_id = int(row[0])
        return Letter(letter_id, client.id, recipient.id, occasion, brief, parts, created, revises)

    def letter(self, letter_id: int) -> Letter:
        rows = self.store.read(
            "SELECT * FROM letters WHERE user_id = ? AND id = ?", (self.user_id, letter_id)
        )
        if not rows:
            raise InputError(
                f"There is no letter {letter_id}", "`os1 letters list` shows their numbers"
            )
        return _letter(rows[0])

    def letters(self, client: Client | None = None) -> list[Letter]:
        if client is None:
            rows = self.store.read(
                "SELECT * FROM letters WHERE user_id = ? ORDER BY id", (self.user_id,)
            )
        else:
            rows = self.store.read(
                "SELECT * FROM letters WHERE user_id = ? AND client_id = ? ORDER BY id",
                (self.user_id, client.id),
            )
        return [_letter(r) for r in rows]

    def correspondence(
        self,
        client: Client,
        recipient: Recipient,
        besides: Letter | None = None,
        before: int | None = None,
    ) -> list[Letter]:
        """The client's letters to `recipient`, oldest first: what a new letter must agree with.

        Without `besides`' own line of revisions (a revision restates its draft;
        it does not answer it), and only those older than letter `before`.
        """
        mine = self.letters(client)
        family = _family(mine, besides) if besides is not None else set()
        return [
            letter
            for letter in mine
            if letter.recipient_id == recipient.id
            and letter.id not in family
            and (before is None or letter.id < before)
        ]

    def client_by_id(self, client_id: int) -> Client:
        rows = self.store.read(
            "SELECT id, name, nickname FROM letter_clients WHERE user_id = ? AND id = ?",
            (self.user_id, client_id),
        )
        if not rows:
            raise InputError(f"There is no client {client_id}", "`os1 letters client list`")
        return Client(rows[0]["id"], rows[0]["name"], rows[0]["nickname"])

    def recipient_by_id(self, recipient_id: int) -> Recipient:
        rows = self.store.read(
            "SELECT id, client_id, name, nickname FROM letter_recipients"
            " WHERE user_id = ? AND id = ?",
            (self.user_id, recipient_id),
        )
        if not rows:
            raise InputError(f"There is no recipient {recipient_id}", "`os1 letters client list`")
        r = rows[0]
        return Recipient(r["id"], r["client_id"], r["name"], r["nickname"])


_Person = TypeVar("_Person", Client, Recipient)


def _named(people: list[_Person], name: str) -> _Person | None:
    """The one person called `name`: by full name, nickname, or a first name no one else has."""
    wanted = " ".join(name.split()).lower()
    for person in people:
        if wanted in {person.name.lower(), (person.nickname or "").lower()}:
            return person
    first = [p for p in people if p.name.split()[0].lower() == wanted]
    return first[0] if len(first) == 1 else None


def _family(letters: list[Letter], letter: Letter) -> set[int]:
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


def _letter(row: Any) -> Letter:
    return Letter(
        row["id"],
        row["client_id"],
        row["recipient_id"],
        row["occasion"],
        json.loads(row["brief"]),
        Parts.from_json(row["parts"]),
        row["created_at"],
        row["revises"],
    )
