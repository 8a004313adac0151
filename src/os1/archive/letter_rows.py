"""The letter studio's tables of one person, out and back in.

Rows keep their ids in the file so that they can cite each other (a recipient
its client, a letter the draft it revises, a dossier entry the letter it was
learned from); an import gives them new ids and rewrites every citation.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from os1.letters.studio import Kind
from os1.memory.dialect import Connection
from os1.memory.store import Store

_FROM_LETTER = re.compile(r"^letter (\d+)$")


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ClientRow(_Row):
    id: int
    name: str
    nickname: str | None
    created_at: str


class RecipientRow(_Row):
    id: int
    client_id: int
    name: str
    nickname: str | None
    created_at: str


class DossierRow(_Row):
    id: int
    client_id: int
    recipient_id: int | None
    kind: Kind
    text: str
    created_at: str
    source: str


class LetterRow(_Row):
    id: int
    client_id: int
    recipient_id: int
    occasion: str
    brief: dict[str, Any]
    parts: dict[str, Any]
    text: str
    created_at: str
    revises: int | None


class LettersFile(_Row):
    format: Literal["os1-letters"]
    version: Literal[1]
    letter_clients: list[ClientRow]
    letter_recipients: list[RecipientRow]
    letter_dossier: list[DossierRow]
    letters: list[LetterRow]

    def problem(self) -> str | None:
        """The first row that cites a row the file does not hold, or that two rows would
        both be (one client name twice), described; None if there is none."""
        for table in TABLES:
            ids = [row.id for row in getattr(self, table)]
            if len(set(ids)) < len(ids):
                return f"two rows of {table} have the same id"
        names = [c.name for c in self.letter_clients]
        if len(set(names)) < len(names):
            return "two clients have the same name"
        pairs = [(r.client_id, r.name) for r in self.letter_recipients]
        if len(set(pairs)) < len(pairs):
            return "a client has two recipients of the same name"
        clients = {c.id for c in self.letter_clients}
        recipients = {r.id: r.client_id for r in self.letter_recipients}
        letters = {letter.id for letter in self.letters}
        for r in self.letter_recipients:
            if r.client_id not in clients:
                return f"recipient {r.id} belongs to client {r.client_id}, who is not there"
        for d in self.letter_dossier:
            if d.client_id not in clients or (
                d.recipient_id is not None and recipients.get(d.recipient_id) != d.client_id
            ):
                return f"dossier entry {d.id} is about someone who is not there"
        for letter in self.letters:
            if recipients.get(letter.recipient_id) != letter.client_id:
                return f"letter {letter.id} is from or to someone who is not there"
            if letter.revises is not None and (
                letter.revises not in letters or letter.revises >= letter.id
            ):
                return (
                    f"letter {letter.id} revises letter {letter.revises}, not an earlier one there"
                )
        return None


TABLES = ("letter_clients", "letter_recipients", "letter_dossier", "letters")
_COLUMNS = {
    "letter_clients": "id, name, nickname, created_at",
    "letter_recipients": "id, client_id, name, nickname, created_at",
    "letter_dossier": "id, client_id, recipient_id, kind, text, created_at, source",
    "letters": "id, client_id, recipient_id, occasion, brief, parts, text, created_at, revises",
}


def letters_document(store: Store, user_id: str) -> dict[str, Any]:
    """Every row of the person's letter studio, oldest first."""
    out: dict[str, Any] = {"format": "os1-letters", "version": 1}
    for table in TABLES:
        rows = [
            dict(row)
            for row in store.read(
                f"SELECT {_COLUMNS[table]} FROM {table} WHERE user_id = ? ORDER BY id", (user_id,)
            )
        ]
        for row in rows:
            for key in ("brief", "parts"):
                if key in row:
                    row[key] = json.loads(row[key])
        out[table] = rows
    return out


def load_letters(db: Connection, user_id: str, data: LettersFile) -> dict[int, int]:
    """Add the rows inside the caller's transaction; returns each old letter id's new one."""
    clients: dict[int, int] = {}
    recipients: dict[int, int] = {}
    letters: dict[int, int] = {}
    for c in data.letter_clients:
        clients[c.id] = _insert(
            db,
            "INSERT INTO letter_clients (user_id, name, nickname, created_at) VALUES (?, ?, ?, ?)",
            (user_id, c.name, c.nickname, c.created_at),
        )
    for r in data.letter_recipients:
        recipients[r.id] = _insert(
            db,
            "INSERT INTO letter_recipients (user_id, client_id, name, nickname, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (user_id, clients[r.client_id], r.name, r.nickname, r.created_at),
        )
    # Oldest first, so a revision's draft is always there before it.
    for letter in sorted(data.letters, key=lambda row: row.id):
        letters[letter.id] = _insert(
            db,
            "INSERT INTO letters (user_id, client_id, recipient_id, occasion, brief, parts,"
            " text, created_at, revises) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                user_id,
                clients[letter.client_id],
                recipients[letter.recipient_id],
                letter.occasion,
                json.dumps(letter.brief),
                json.dumps(letter.parts),
                letter.text,
                letter.created_at,
                letters[letter.revises] if letter.revises is not None else None,
            ),
        )
    for d in data.letter_dossier:
        _insert(
            db,
            "INSERT INTO letter_dossier (user_id, client_id, recipient_id, kind, text,"
            " created_at, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                user_id,
                clients[d.client_id],
                recipients[d.recipient_id] if d.recipient_id is not None else None,
                d.kind,
                d.text,
                d.created_at,
                renumbered_source(d.source, letters),
            ),
        )
    return letters


def renumbered_source(source: str, letters: dict[int, int]) -> str:
    """ "letter 3" names the letter an entry was learned from: it is renumbered with it."""
    found = _FROM_LETTER.match(source)
    if found is None or int(found.group(1)) not in letters:
        return source
    return f"letter {letters[int(found.group(1))]}"


def _insert(db: Connection, sql: str, values: tuple[Any, ...]) -> int:
    return int(db.execute(sql + " RETURNING id", values).fetchone()[0])
