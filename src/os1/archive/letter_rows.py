"""letters.json: the letter studio's rows of one person, as an archive holds them.

Rows keep their ids in the file so that they can cite each other (a recipient
its client, a letter the draft it revises, a dossier entry the letter it was
learned from); the studio (letters/studio.py) writes and reads them, and gives
them new ids on the way back in.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from os1.letters import studio
from os1.letters.studio import TABLES, Kind
from os1.memory.store import Store


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


def letters_document(store: Store, user_id: str) -> dict[str, Any]:
    """Every row of the person's letter studio, oldest first, as letters.json holds it."""
    return {"format": "os1-letters", "version": 1, **studio.dump_rows(store, user_id)}
