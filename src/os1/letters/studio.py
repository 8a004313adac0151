"""The letter studio's records: clients, the people they write to, their dossiers, letters.

Everything belongs to one os1 user (`user_id`), as notes do: a studio run
from a server keeps each writer's clients apart. This module is the one owner
of the tables `letter_clients`, `letter_recipients`, `letter_dossier` and
`letters`, their rows out to an archive and back in included.
"""

from __future__ import annotations

import json
from typing import Any

from os1.errors import InputError
from os1.letters import studio_types
from os1.letters.studio_types import KINDS, Client, Entry, Kind, Letter, Parts, Recipient
from os1.memory.dialect import Connection
from os1.memory.store import Store
from os1.memory.types import NewIds
from os1.stamps import stamp

__all__ = ["KINDS", "Client", "Entry", "Kind", "Letter", "Parts", "Recipient", "Studio"]
TABLES = ("letter_clients", "letter_recipients", "letter_dossier", "letters")


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
                (self.user_id, name, (nickname or "").strip() or None, stamp(precision="seconds")),
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
        return studio_types.named(self.clients(), name)

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
                (self.user_id, client.id, name, nickname, stamp(precision="seconds")),
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
        return studio_types.named(self.recipients(client), name)

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
                (self.user_id, client.id, whom, kind, text, stamp(precision="seconds"), source),
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
        created = stamp(precision="seconds")
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
        return Letter.from_row(rows[0])

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
        return [Letter.from_row(r) for r in rows]

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
        family = studio_types.revision_family(mine, besides) if besides is not None else set()
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


# Out and back in (the archive's list of owners, archive/owners.py). Rows keep their ids in
# the file so that they can cite each other (a recipient its client, a letter the draft it
# revises, a dossier entry the letter it was learned from); an import gives them new ids
# and rewrites every citation.

_COLUMNS = {
    "letter_clients": "id, name, nickname, created_at",
    "letter_recipients": "id, client_id, name, nickname, created_at",
    "letter_dossier": "id, client_id, recipient_id, kind, text, created_at, source",
    "letters": "id, client_id, recipient_id, occasion, brief, parts, text, created_at, revises",
}


def dump_rows(store: Store, user_id: str) -> dict[str, list[Any]]:
    """Every row of the person's letter studio, oldest first."""
    out: dict[str, list[Any]] = {}
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


def load_rows(db: Connection, user_id: str, data: dict[str, list[Any]], ids: NewIds) -> None:
    """Add dumped rows inside the caller's transaction; `ids.letters` gets each letter's
    new number."""
    clients: dict[int, int] = {}
    recipients: dict[int, int] = {}
    letters = ids.letters
    for c in data["letter_clients"]:
        clients[c["id"]] = _insert(
            db,
            "INSERT INTO letter_clients (user_id, name, nickname, created_at) VALUES (?, ?, ?, ?)",
            (user_id, c["name"], c["nickname"], c["created_at"]),
        )
    for r in data["letter_recipients"]:
        recipients[r["id"]] = _insert(
            db,
            "INSERT INTO letter_recipients (user_id, client_id, name, nickname, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (user_id, clients[r["client_id"]], r["name"], r["nickname"], r["created_at"]),
        )
    # Oldest first, so a revision's draft is always there before it.
    for letter in sorted(data["letters"], key=lambda row: row["id"]):
        letters[letter["id"]] = _insert(
            db,
            "INSERT INTO letters (user_id, client_id, recipient_id, occasion, brief, parts,"
            " text, created_at, revises) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                user_id,
                clients[letter["client_id"]],
                recipients[letter["recipient_id"]],
                letter["occasion"],
                json.dumps(letter["brief"]),
                json.dumps(letter["parts"]),
                letter["text"],
                letter["created_at"],
                letters[letter["revises"]] if letter["revises"] is not None else None,
            ),
        )
    for d in data["letter_dossier"]:
        _insert(
            db,
            "INSERT INTO letter_dossier (user_id, client_id, recipient_id, kind, text,"
            " created_at, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                user_id,
                clients[d["client_id"]],
                recipients[d["recipient_id"]] if d["recipient_id"] is not None else None,
                d["kind"],
                d["text"],
                d["created_at"],
                studio_types.renumbered_source(d["source"], letters),
            ),
        )


def _insert(db: Connection, sql: str, values: tuple[Any, ...]) -> int:
    return int(db.execute(sql + " RETURNING id", values).fetchone()[0])
