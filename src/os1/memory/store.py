"""The store: every turn, every person, in one SQLite file in OS1_HOME, or in PostgreSQL.

SQLite is the default: WAL mode lets a reader (say `os1 status`) look while a
conversation writes. PostgreSQL (OS1_DATABASE_URL) lets several server workers
share one database. The SQL below is the same for both; what differs lives in
the dialect (sqlite.py, postgres.py). Every public method turns the engine's
failures into a StoreError that says what to do.

The store keeps the connection, the transactions, the schema (migrations/) and
the core tables, the ones every other part cites: `users`, `sessions` and
`user_state` (small documents whose shape their parts own) here, `turns` and
`turn_vectors` in turn_records.py, which the store is made of. Every other table
has one owner module, the only one with SQL for it, reaching the database
through `read` and `writing`:

    facts, fact_sources, consolidated_turns   memory/fact_records.py
    feelings, journal                          mind/feeling_records.py
    letter_clients, letter_recipients,
    letter_dossier, letters                    letters/studio.py
    accounts, web_sessions, api_keys,
    sign_in_places                             server/account_records.py
    throttle_marks, throttle_turn              server/throttles.py
    peer_identity, peers, peer_conversations,
    peer_messages, peer_replay_ledger          peers/records.py
    mcp_confirmations                          mcp_server/confirmations.py
    notes, reminders, contacts                 skills/notes.py, reminders.py, contacts.py
    outreach                                   conversation/outreach_records.py

archive/owners.py lists the ones with a person's rows, with how each owner's rows
go into an archive and back (a skill unit declares its pair in its own module).
tests/test_store.py holds every module to this list; the one exception it names:
fact_records.py joins `turns` (whose a turn is, which are not read yet).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from os1.errors import StoreError
from os1.memory import postgres
from os1.memory.dialect import Connection, Dialect, Row, explained
from os1.memory.migrations import migrate
from os1.memory.sqlite import SQLITE, connect, explain, make_private
from os1.memory.turn_records import CHANGED_KEY, TurnRecords
from os1.memory.types import NewIds
from os1.stamps import stamp


class Store(TurnRecords):
    def __init__(self, db: Connection, where: Path | str, dialect: Dialect = SQLITE) -> None:
        self._db = db
        self.dialect = dialect
        # The SQLite file; None on PostgreSQL, where `where` names the database.
        self.path = where if isinstance(where, Path) else None
        self.where = str(where)
        # What other parts made from a person's words and keep outside the store (the
        # brain's kept prompt states): told, with whose, once the person has words
        # forgotten or corrected, or is deleted, so that goes too.
        self.after_forgetting: list[Callable[[str], None]] = []

    @classmethod
    def open(cls, path: Path, lock_timeout: float = 5.0, sync_every_commit: bool = True) -> Store:
        """The store at `path`. Without `sync_every_commit`, a commit does not wait for the
        disk: it survives os1 crashing, but a power cut or an operating system crash may
        undo the last commits (SQLite's synchronous=NORMAL; the file stays sound)."""
        try:
            make_private(path)
        except OSError as exc:
            raise StoreError(
                f"Cannot create the folder {path.parent} or the database in it ({exc.strerror})",
                "set OS1_HOME to a folder you can write to",
            ) from exc
        try:
            db = connect(path, lock_timeout)
            db.execute("PRAGMA journal_mode = WAL")
            if not sync_every_commit:
                db.execute("PRAGMA synchronous = NORMAL")
            migrate(db)
        except sqlite3.Error as exc:
            raise explain(exc, path) from exc
        return cls(db, path)

    @classmethod
    def connect(cls, url: str, sync_every_commit: bool = True) -> Store:
        """The store in a PostgreSQL database (OS1_DATABASE_URL), which several workers share.

        Without `sync_every_commit`, as with SQLite, a commit does not wait for the disk
        (PostgreSQL's synchronous_commit=off): a crash of the database's machine may undo
        the last commits, and the database stays sound."""
        db = postgres.connect(url, synchronous_commit=sync_every_commit)
        try:
            migrate(db, postgres.POSTGRESQL)
        except postgres.POSTGRESQL.errors as exc:
            db.close()
            raise postgres.explain(exc, db.where) from exc
        return cls(db, db.where, postgres.POSTGRESQL)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A transaction for parts that keep tables of their own (the skills).

        Their SQL must suit both engines: `?` placeholders, `RETURNING id` rather
        than `lastrowid`, `ON CONFLICT` rather than `INSERT OR ...`."""
        try:
            with self.dialect.transaction(self._db) as db:
                yield db
        except self.dialect.errors as exc:
            raise self.dialect.explain(exc, self.where) from exc

    def read(self, query: str, parameters: Sequence[Any] = ()) -> list[Row]:
        """Rows of a query, for parts that keep tables of their own."""
        try:
            return self._db.execute(query, parameters).fetchall()
        except self.dialect.errors as exc:
            raise self.dialect.explain(exc, self.where) from exc

    def _transaction(self) -> AbstractContextManager[Connection]:
        return self.dialect.transaction(self._db)

    def _mark_changed(self, db: Connection, user_id: str) -> None:
        mark_changed(db, user_id)

    def forgot(self, user_id: str) -> None:
        """Tell whoever keeps readings of this person's words that some are forgotten."""
        for forget in self.after_forgetting:
            forget(user_id)

    # People and sessions

    @explained
    def ensure_user(self, user_id: str) -> None:
        with self._transaction() as db:
            add_user(db, user_id)

    @explained
    def delete_user(self, user_id: str) -> dict[str, int]:
        """Everything of this person, gone in one transaction; returns what was deleted."""
        counts = self.counts(user_id)
        with self._transaction() as db:
            db.execute("DELETE FROM users WHERE id = ?", (user_id,))
        self.forgot(user_id)
        return counts

    @explained
    def start_session(self, user_id: str) -> int:
        with self._transaction() as db:
            row = db.execute(
                "INSERT INTO sessions (user_id, started_at) VALUES (?, ?) RETURNING id",
                (user_id, stamp()),
            ).fetchone()
        return int(row[0])

    @explained
    def end_session(self, session_id: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE sessions SET ended_at = ? WHERE id = ?", (stamp(), session_id))

    @explained
    def counts(self, user_id: str) -> dict[str, int]:
        sessions = self._db.execute(
            "SELECT count(*) FROM sessions WHERE user_id = ?", (user_id,)
        ).fetchone()[0]
        return {"turns": self.count_turns(user_id), "sessions": sessions}

    # Small documents other parts own (persona, interview answers)

    @explained
    def get_state(self, user_id: str, key: str) -> Any | None:
        row = self._db.execute(
            "SELECT value FROM user_state WHERE user_id = ? AND key = ?", (user_id, key)
        ).fetchone()
        return None if row is None else json.loads(row[0])

    @explained
    def put_state(self, user_id: str, key: str, value: Any) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO user_state (user_id, key, value, updated_at) VALUES (?, ?, ?, ?)"
                f" {_REPLACE_STATE}",
                (user_id, key, json.dumps(value), stamp()),
            )

    @explained
    def everyones_state(self, key: str) -> list[Any]:
        """The document under `key` of everyone who has one."""
        rows = self._db.execute("SELECT value FROM user_state WHERE key = ?", (key,)).fetchall()
        return [json.loads(row[0]) for row in rows]

    @explained
    def delete_state(self, user_id: str, key: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM user_state WHERE user_id = ? AND key = ?", (user_id, key))

    # Every person's rows of a table, for the archive's list of owners (memory/owners.py)

    @explained
    def count_rows(self, table: str, user_id: str) -> int:
        """How many rows of `table` (a name from memory/owners.py) are this person's."""
        return int(
            self._db.execute(
                f"SELECT count(*) FROM {table} WHERE user_id = ?", (user_id,)
            ).fetchone()[0]
        )


def delete_rows(db: Connection, table: str, user_id: str) -> None:
    """This person's rows of `table` (a name from memory/owners.py), in the caller's
    transaction (an archive put in place of what was there)."""
    db.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))


def add_user(db: Connection, user_id: str, created_at: str | None = None) -> None:
    """The person's row, in the caller's transaction (an account being made, an archive
    being restored); nothing when it is there."""
    db.execute(
        "INSERT INTO users (id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        (user_id, created_at or stamp()),
    )


def dump_rows(store: Store, user_id: str) -> dict[str, list[Any]]:
    """The person's sessions and state (their turns are turn_records.py's)."""
    sessions = store.read(
        "SELECT id, started_at, ended_at FROM sessions WHERE user_id = ? ORDER BY id", (user_id,)
    )
    state = [
        dict(row)
        for row in store.read(
            "SELECT key, value, updated_at FROM user_state WHERE user_id = ? ORDER BY key",
            (user_id,),
        )
    ]
    for row in state:
        row["value"] = json.loads(row["value"])
    return {"sessions": [dict(row) for row in sessions], "state": state}


def load_rows(db: Connection, user_id: str, data: dict[str, list[Any]], ids: NewIds) -> None:
    """Add dumped rows inside the caller's transaction; ids are given anew (in `ids`)."""
    add_user(db, user_id)
    for row in data["sessions"]:
        ids.sessions[row["id"]] = db.execute(
            "INSERT INTO sessions (user_id, started_at, ended_at) VALUES (?, ?, ?) RETURNING id",
            (user_id, row["started_at"], row["ended_at"]),
        ).fetchone()[0]
    for row in data["state"]:
        db.execute(
            f"INSERT INTO user_state (user_id, key, value, updated_at) VALUES (?, ?, ?, ?)"
            f" {_REPLACE_STATE}",
            (user_id, row["key"], json.dumps(row["value"]), row["updated_at"]),
        )


_REPLACE_STATE = (
    "ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value,"
    " updated_at = excluded.updated_at"
)


def mark_changed(db: Connection, user_id: str) -> None:
    """A turn of this person's was forgotten or corrected, in the caller's transaction:
    indexes built over the old turns (episodes.py) look here to know to rebuild."""
    db.execute(
        f"INSERT INTO user_state (user_id, key, value, updated_at) VALUES (?, ?, ?, ?)"
        f" {_REPLACE_STATE}",
        (user_id, CHANGED_KEY, json.dumps(stamp()), stamp()),
    )
