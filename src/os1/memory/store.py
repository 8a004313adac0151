"""The store: every turn, every person, in one SQLite file in OS1_HOME, or in PostgreSQL.

SQLite is the default: WAL mode lets a reader (say `os1 status`) look while a
conversation writes. PostgreSQL (OS1_DATABASE_URL) lets several server workers
share one database. The SQL below is the same for both; what differs lives in
the dialect (sqlite.py, postgres.py). Every public method turns the engine's
failures into a StoreError that says what to do.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from functools import wraps
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from os1.errors import StoreError
from os1.memory.dialect import Connection, Dialect, Row
from os1.memory.migrations import migrate
from os1.memory.sqlite import SQLITE, connect, explain, make_private
from os1.memory.types import Fact, Feeling, Speaker, StoredTurn

P = ParamSpec("P")
R = TypeVar("R")


def _now(at: datetime | None = None) -> str:
    # Always UTC, so that stored times compare correctly as text.
    return (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="milliseconds")


def _explained(
    method: Callable[Concatenate[Store, P], R],
) -> Callable[Concatenate[Store, P], R]:
    @wraps(method)
    def wrapper(self: Store, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except self.dialect.errors as exc:
            raise self.dialect.explain(exc, self.where) from exc

    return wrapper


class Store:
    def __init__(self, db: Connection, where: Path | str, dialect: Dialect = SQLITE) -> None:
        self._db = db
        self.dialect = dialect
        # The SQLite file; None on PostgreSQL, where `where` names the database.
        self.path = where if isinstance(where, Path) else None
        self.where = str(where)

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
        from os1.memory import postgres

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

    # People and sessions

    @_explained
    def ensure_user(self, user_id: str) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO users (id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (user_id, _now()),
            )

    @_explained
    def delete_user(self, user_id: str) -> dict[str, int]:
        """Everything of this person, gone in one transaction; returns what was deleted."""
        counts = self.counts(user_id)
        with self._transaction() as db:
            db.execute("DELETE FROM users WHERE id = ?", (user_id,))
        return counts

    @_explained
    def start_session(self, user_id: str) -> int:
        with self._transaction() as db:
            row = db.execute(
                "INSERT INTO sessions (user_id, started_at) VALUES (?, ?) RETURNING id",
                (user_id, _now()),
            ).fetchone()
        return int(row[0])

    @_explained
    def end_session(self, session_id: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE sessions SET ended_at = ? WHERE id = ?", (_now(), session_id))

    # Turns

    @_explained
    def add_turn(
        self,
        user_id: str,
        session_id: int | None,
        role: Speaker,
        text: str,
        tokens: int | None = None,
        meta: dict[str, Any] | None = None,
        at: datetime | None = None,
    ) -> int:
        with self._transaction() as db:
            row = db.execute(
                "INSERT INTO turns (user_id, session_id, role, text, created_at, tokens, meta)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (user_id, session_id, role, text, _now(at), tokens, json.dumps(meta or {})),
            ).fetchone()
        return int(row[0])

    @_explained
    def recent_turns(self, user_id: str, limit: int) -> list[StoredTurn]:
        """The last `limit` turns of this person, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM turns WHERE user_id = ? ORDER BY id DESC LIMIT ?", (user_id, limit)
        ).fetchall()
        return [_turn(row) for row in reversed(rows)]

    @_explained
    def turn(self, user_id: str, turn_id: int) -> StoredTurn | None:
        """One turn of this person's, or None (another person's turn is not theirs to see)."""
        row = self._db.execute(
            "SELECT * FROM turns WHERE user_id = ? AND id = ?", (user_id, turn_id)
        ).fetchone()
        return None if row is None else _turn(row)

    @_explained
    def turns_between(self, user_id: str, start: datetime, end: datetime) -> list[StoredTurn]:
        rows = self._db.execute(
            "SELECT * FROM turns WHERE user_id = ? AND created_at >= ? AND created_at < ?"
            " ORDER BY id",
            (user_id, _now(start), _now(end)),
        ).fetchall()
        return [_turn(row) for row in rows]

    @_explained
    def all_turns(self, user_id: str, after: int = 0) -> list[StoredTurn]:
        """This person's turns with ids above `after`, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM turns WHERE user_id = ? AND id > ? ORDER BY id", (user_id, after)
        ).fetchall()
        return [_turn(row) for row in rows]

    @_explained
    def forget_turn(self, user_id: str, turn_id: int) -> bool:
        """Delete one turn of this person's and what was derived from its text.

        The OS's reply to it goes too (it was written from it), each with its
        vector (a foreign key), and so does the vector of the turn after each in
        the session, which was embedded with it as context.
        """
        with self._transaction() as db:
            row = db.execute(
                "SELECT session_id FROM turns WHERE user_id = ? AND id = ?", (user_id, turn_id)
            ).fetchone()
            if row is None:
                return False
            replies = db.execute(
                "SELECT id FROM turns WHERE user_id = ? AND role = 'assistant'"
                f" AND {self.dialect.json_number_is('meta', 'answers')}",
                (user_id, turn_id),
            ).fetchall()
            for gone in [turn_id, *(r["id"] for r in replies)]:
                db.execute(
                    "DELETE FROM turn_vectors WHERE turn_id = (SELECT min(id) FROM turns"
                    f" WHERE user_id = ? AND {_SAME_SESSION} AND id > ?)",
                    (user_id, row["session_id"], gone),
                )
                db.execute("DELETE FROM turns WHERE user_id = ? AND id = ?", (user_id, gone))
            _mark_changed(db, user_id)
        return True

    @_explained
    def edit_turn(
        self, user_id: str, turn_id: int, text: str, note: dict[str, Any] | None = None
    ) -> bool:
        """Correct what a turn says; the vectors made from the old words are dropped.

        `note` is added to the turn's meta (e.g. that a reply was cut off)."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT session_id, meta FROM turns WHERE user_id = ? AND id = ?",
                (user_id, turn_id),
            ).fetchone()
            if row is None:
                return False
            meta = json.loads(row["meta"]) | (note or {}) | {"edited_at": _now()}
            db.execute(
                "UPDATE turns SET text = ?, tokens = NULL, meta = ? WHERE id = ?",
                (text, json.dumps(meta), turn_id),
            )
            db.execute(
                "DELETE FROM turn_vectors WHERE turn_id = ? OR turn_id = (SELECT min(id)"
                f" FROM turns WHERE user_id = ? AND {_SAME_SESSION} AND id > ?)",
                (turn_id, user_id, row["session_id"], turn_id),
            )
            # Facts read from the old words go; the new words are read again.
            db.execute("DELETE FROM fact_sources WHERE turn_id = ?", (turn_id,))
            db.execute("DELETE FROM consolidated_turns WHERE turn_id = ?", (turn_id,))
            _mark_changed(db, user_id)
        return True

    @_explained
    def memory_changed(self, user_id: str) -> str | None:
        """When a turn of this person's was last forgotten or corrected (not added)."""
        return self.get_state(user_id, CHANGED_KEY)

    @_explained
    def vectors(self, user_id: str, model: str, after: int = 0) -> dict[int, bytes]:
        """Stored vectors of this person's turns with ids above `after`."""
        rows = self._db.execute(
            "SELECT turn_id, vector FROM turn_vectors WHERE user_id = ? AND model = ?"
            " AND turn_id > ?",
            (user_id, model, after),
        ).fetchall()
        return {row["turn_id"]: row["vector"] for row in rows}

    @_explained
    def put_vectors(self, user_id: str, model: str, rows: list[tuple[int, bytes]]) -> None:
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO turn_vectors (turn_id, user_id, model, vector)"
                " SELECT id, user_id, ?, ? FROM turns WHERE id = ? AND user_id = ?"
                " ON CONFLICT (turn_id) DO UPDATE SET user_id = excluded.user_id,"
                " model = excluded.model, vector = excluded.vector",
                [(model, vector, turn_id, user_id) for turn_id, vector in rows],
            )

    @_explained
    def counts(self, user_id: str) -> dict[str, int]:
        turns, sessions = self._db.execute(
            "SELECT (SELECT count(*) FROM turns WHERE user_id = ?),"
            " (SELECT count(*) FROM sessions WHERE user_id = ?)",
            (user_id, user_id),
        ).fetchone()
        return {"turns": turns, "sessions": sessions}

    # Facts consolidated from turns (consolidation.py writes them)

    @_explained
    def unconsolidated_turns(self, user_id: str, limit: int) -> list[StoredTurn]:
        """The person's own turns not yet read for facts, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM turns WHERE user_id = ? AND role = 'user' AND id NOT IN"
            " (SELECT turn_id FROM consolidated_turns) ORDER BY id LIMIT ?",
            (user_id, limit),
        ).fetchall()
        return [_turn(row) for row in rows]

    @_explained
    def count_unconsolidated(self, user_id: str) -> int:
        return int(
            self._db.execute(
                "SELECT count(*) FROM turns WHERE user_id = ? AND role = 'user' AND id NOT IN"
                " (SELECT turn_id FROM consolidated_turns)",
                (user_id,),
            ).fetchone()[0]
        )

    @_explained
    def mark_consolidated(self, user_id: str, turn_ids: list[int]) -> None:
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO consolidated_turns (turn_id)"
                " SELECT id FROM turns WHERE id = ? AND user_id = ? ON CONFLICT DO NOTHING",
                [(turn_id, user_id) for turn_id in turn_ids],
            )

    @_explained
    def add_fact(
        self,
        user_id: str,
        text: str,
        about: str,
        sources: list[int],
        valid_from: datetime,
        confidence: float,
        extractor: str,
        at: datetime | None = None,
    ) -> int | None:
        """Store a fact; None when its source turns are gone (forgotten meanwhile)."""
        if not sources:
            return None
        with self._transaction() as db:
            found = db.execute(
                f"SELECT count(*) FROM turns WHERE user_id = ? AND id IN"
                f" ({','.join('?' * len(sources))})",
                (user_id, *sources),
            ).fetchone()[0]
            if found != len(set(sources)):
                return None
            fact_id = int(
                db.execute(
                    "INSERT INTO facts (user_id, text, about, valid_from, confidence, created_at,"
                    " extractor) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    (user_id, text, about, _now(valid_from), confidence, _now(at), extractor),
                ).fetchone()[0]
            )
            db.executemany(
                "INSERT INTO fact_sources (fact_id, turn_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(fact_id, turn_id) for turn_id in sources],
            )
        return fact_id

    @_explained
    def confirm_fact(self, user_id: str, fact_id: int, turn_id: int, confidence: float) -> None:
        """Another turn says the same: it is cited too, and the fact is as sure as its best."""
        with self._transaction() as db:
            owned = db.execute(
                "SELECT 1 FROM facts f JOIN turns t ON t.user_id = f.user_id"
                " WHERE f.id = ? AND t.id = ? AND f.user_id = ?",
                (fact_id, turn_id, user_id),
            ).fetchone()
            if owned is None:
                return
            db.execute(
                "INSERT INTO fact_sources (fact_id, turn_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (fact_id, turn_id),
            )
            db.execute(
                "UPDATE facts SET confidence = CASE WHEN confidence < ? THEN ? ELSE confidence"
                " END WHERE id = ?",
                (confidence, confidence, fact_id),
            )

    @_explained
    def supersede_fact(self, user_id: str, old_id: int, new_id: int) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE facts SET superseded_by = ? WHERE id = ? AND user_id = ?"
                " AND EXISTS (SELECT 1 FROM facts WHERE id = ? AND user_id = ?)",
                (new_id, old_id, user_id, new_id, user_id),
            )

    @_explained
    def facts(self, user_id: str, include_superseded: bool = False) -> list[Fact]:
        """This person's facts, oldest first; only the current ones unless asked."""
        rows = self._db.execute(
            f"SELECT f.*, {self.dialect.group_concat('s.turn_id')} AS sources FROM facts f"
            " JOIN fact_sources s ON s.fact_id = f.id WHERE f.user_id = ?"
            + ("" if include_superseded else " AND f.superseded_by IS NULL")
            + " GROUP BY f.id ORDER BY f.id",
            (user_id,),
        ).fetchall()
        return [
            Fact(
                id=row["id"],
                text=row["text"],
                about=row["about"],
                sources=tuple(sorted(int(t) for t in row["sources"].split(","))),
                valid_from=datetime.fromisoformat(row["valid_from"]),
                confidence=row["confidence"],
                created_at=datetime.fromisoformat(row["created_at"]),
                extractor=row["extractor"],
                superseded_by=row["superseded_by"],
            )
            for row in rows
        ]

    @_explained
    def forget_fact(self, user_id: str, fact_id: int) -> bool:
        """Delete one fact; its turns stay, and are not read for facts again."""
        with self._transaction() as db:
            cursor = db.execute(
                "DELETE FROM facts WHERE id = ? AND user_id = ?", (fact_id, user_id)
            )
        return cursor.rowcount > 0

    # Small documents other parts own (persona, interview answers)

    @_explained
    def get_state(self, user_id: str, key: str) -> Any | None:
        row = self._db.execute(
            "SELECT value FROM user_state WHERE user_id = ? AND key = ?", (user_id, key)
        ).fetchone()
        return None if row is None else json.loads(row[0])

    @_explained
    def put_state(self, user_id: str, key: str, value: Any) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO user_state (user_id, key, value, updated_at) VALUES (?, ?, ?, ?)"
                f" {_REPLACE_STATE}",
                (user_id, key, json.dumps(value), _now()),
            )

    @_explained
    def delete_state(self, user_id: str, key: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM user_state WHERE user_id = ? AND key = ?", (user_id, key))

    # The mind's record of feelings, and its journal

    @_explained
    def add_feeling(
        self, user_id: str, turn_id: int | None, at: datetime, kind: str, record: dict[str, Any]
    ) -> int:
        with self._transaction() as db:
            row = db.execute(
                "INSERT INTO feelings (user_id, turn_id, at, kind, record) VALUES (?, ?, ?, ?, ?)"
                " RETURNING id",
                (user_id, turn_id, _now(at), kind, json.dumps(record)),
            ).fetchone()
        return int(row[0])

    @_explained
    def feelings(
        self, user_id: str, since: datetime | None = None, until: datetime | None = None
    ) -> list[Feeling]:
        """This person's feelings records, oldest first, within [since, until)."""
        rows = self._db.execute(
            "SELECT * FROM feelings WHERE user_id = ? AND at >= ? AND at < ? ORDER BY at, id",
            (user_id, _now(since) if since else "", _now(until) if until else "\uffff"),
        ).fetchall()
        return [
            Feeling(
                id=row["id"],
                turn_id=row["turn_id"],
                at=datetime.fromisoformat(row["at"]),
                kind=row["kind"],
                record=json.loads(row["record"]),
            )
            for row in rows
        ]

    @_explained
    def put_journal(self, user_id: str, day: str, text: str) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO journal (user_id, day, text, written_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (user_id, day) DO UPDATE SET text = excluded.text,"
                " written_at = excluded.written_at",
                (user_id, day, text, _now()),
            )

    @_explained
    def journal(self, user_id: str) -> list[tuple[str, str]]:
        """(day, text) of every entry, oldest first."""
        rows = self._db.execute(
            "SELECT day, text FROM journal WHERE user_id = ? ORDER BY day", (user_id,)
        ).fetchall()
        return [(row["day"], row["text"]) for row in rows]

    # Everything of one person, out and back in

    @_explained
    def dump(self, user_id: str) -> dict[str, list[Any]]:
        """Every row of this person's, by table; vectors are left out (they are derived)."""
        tables = {
            "sessions": "SELECT id, started_at, ended_at FROM sessions WHERE user_id = ?"
            " ORDER BY id",
            "turns": "SELECT id, session_id, role, text, created_at, tokens, meta FROM turns"
            " WHERE user_id = ? ORDER BY id",
            "state": "SELECT key, value, updated_at FROM user_state WHERE user_id = ? ORDER BY key",
            "feelings": "SELECT turn_id, at, kind, record FROM feelings WHERE user_id = ?"
            " ORDER BY id",
            "journal": "SELECT day, text, written_at FROM journal WHERE user_id = ? ORDER BY day",
            "notes": "SELECT text, created_at FROM notes WHERE user_id = ? ORDER BY id",
            "reminders": "SELECT text, due_at, created_at, fired_at FROM reminders"
            " WHERE user_id = ? ORDER BY id",
            "contacts": "SELECT name, phone, email, created_at FROM contacts WHERE user_id = ?"
            " ORDER BY id",
        }
        out = {}
        for name, query in tables.items():
            rows = [dict(row) for row in self._db.execute(query, (user_id,))]
            for row in rows:
                for key in ("meta", "value", "record"):
                    if key in row:
                        row[key] = json.loads(row[key])
            out[name] = rows
        out["facts"] = [fact.as_json() for fact in self.facts(user_id, include_superseded=True)]
        out["consolidated"] = [
            row[0]
            for row in self._db.execute(
                "SELECT c.turn_id FROM consolidated_turns c JOIN turns t ON t.id = c.turn_id"
                " WHERE t.user_id = ? ORDER BY c.turn_id",
                (user_id,),
            )
        ]
        return out

    @_explained
    def load(self, user_id: str, data: dict[str, list[Any]]) -> dict[str, int]:
        """Add a dump to this person's rows in one transaction; ids are given anew."""
        with self._transaction() as db:
            load_rows(db, user_id, data)
        return {name: len(rows) for name, rows in data.items()}


def load_rows(
    db: Connection, user_id: str, data: dict[str, list[Any]]
) -> dict[str, dict[int, int]]:
    """Add a dump to this person's rows inside the caller's transaction (an archive adds
    its letters in the same one); returns the new id of each old session, turn and fact."""
    sessions: dict[int, int] = {}
    turns: dict[int, int] = {}
    facts: dict[int, int] = {}
    db.execute(
        "INSERT INTO users (id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        (user_id, _now()),
    )
    for row in data["sessions"]:
        sessions[row["id"]] = db.execute(
            "INSERT INTO sessions (user_id, started_at, ended_at) VALUES (?, ?, ?) RETURNING id",
            (user_id, row["started_at"], row["ended_at"]),
        ).fetchone()[0]
    for row in data["turns"]:
        turns[row["id"]] = db.execute(
            "INSERT INTO turns (user_id, session_id, role, text, created_at, tokens, meta)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                user_id,
                sessions.get(row["session_id"]),
                row["role"],
                row["text"],
                row["created_at"],
                row["tokens"],
                json.dumps(row["meta"]),
            ),
        ).fetchone()[0]
    for row in data["state"]:
        db.execute(
            f"INSERT INTO user_state (user_id, key, value, updated_at) VALUES (?, ?, ?, ?)"
            f" {_REPLACE_STATE}",
            (user_id, row["key"], json.dumps(row["value"]), row["updated_at"]),
        )
    for row in data["feelings"]:
        db.execute(
            "INSERT INTO feelings (user_id, turn_id, at, kind, record)"
            " VALUES (?, ?, ?, ?, ?)",
            (user_id, turns.get(row["turn_id"]), row["at"], row["kind"],
             json.dumps(row["record"])),
        )  # fmt: skip
    for row in data["journal"]:
        db.execute(
            "INSERT INTO journal (user_id, day, text, written_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id, day) DO UPDATE SET text = excluded.text,"
            " written_at = excluded.written_at",
            (user_id, row["day"], row["text"], row["written_at"]),
        )
    for row in data.get("facts", []):
        sources = [turns[t] for t in row["sources"] if t in turns]
        if not sources:
            continue  # a fact cites turns; without them it cannot stand
        fact_id = db.execute(
            "INSERT INTO facts (user_id, text, about, valid_from, confidence, created_at,"
            " extractor) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (user_id, row["text"], row["about"], _same_time(row["valid_from"]),
             row["confidence"], _same_time(row["created_at"]), row["extractor"]),
        ).fetchone()[0]  # fmt: skip
        facts[row["id"]] = fact_id
        db.executemany(
            "INSERT INTO fact_sources (fact_id, turn_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(fact_id, turn_id) for turn_id in sources],
        )
    for row in data.get("facts", []):
        if row["superseded_by"] in facts and row["id"] in facts:
            db.execute(
                "UPDATE facts SET superseded_by = ? WHERE id = ?",
                (facts[row["superseded_by"]], facts[row["id"]]),
            )
    # What the skills keep; files from before they existed have none.
    db.executemany(
        "INSERT INTO notes (user_id, text, created_at) VALUES (?, ?, ?)",
        [(user_id, r["text"], r["created_at"]) for r in data.get("notes", [])],
    )
    db.executemany(
        "INSERT INTO reminders (user_id, text, due_at, created_at, fired_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            (user_id, r["text"], r["due_at"], r["created_at"], r["fired_at"])
            for r in data.get("reminders", [])
        ],
    )
    db.executemany(
        "INSERT INTO contacts (user_id, name, phone, email, created_at) VALUES (?, ?, ?, ?, ?)",
        [
            (user_id, r["name"], r["phone"], r["email"], r["created_at"])
            for r in data.get("contacts", [])
        ],
    )
    db.executemany(
        "INSERT INTO consolidated_turns (turn_id) VALUES (?) ON CONFLICT DO NOTHING",
        [(turns[t],) for t in data.get("consolidated", []) if t in turns],
    )
    # A reply's record names turns and facts by id (what it answered, recalled, knew):
    # they are renumbered too, or forgetting a turn would take another one's reply.
    for row in data["turns"]:
        meta = _renumbered(row["meta"], turns, facts)
        if meta != row["meta"]:
            db.execute(
                "UPDATE turns SET meta = ? WHERE id = ?", (json.dumps(meta), turns[row["id"]])
            )
    return {"sessions": sessions, "turns": turns, "facts": facts}


def _same_time(text: str) -> str:
    # Facts are exported as datetime.isoformat() writes them; stored, they are in _now's form.
    return _now(datetime.fromisoformat(text))


def _renumbered(
    meta: dict[str, Any], turns: dict[int, int], facts: dict[int, int]
) -> dict[str, Any]:
    """`meta` with the ids it cites given anew; an id of something no longer there is dropped."""
    out = dict(meta)
    if isinstance(out.get("answers"), int):
        out["answers"] = turns.get(out["answers"])
    for key, ids in (("recalled", turns), ("remembered", turns), ("known", facts)):
        if isinstance(out.get(key), list):
            out[key] = [ids[i] for i in out[key] if isinstance(i, int) and i in ids]
    return out


CHANGED_KEY = "memory_changed"
# A turn's session, or its lack of one: SQLite's `IS ?` in words PostgreSQL also
# accepts (ids start at 1, so 0 stands for none).
_SAME_SESSION = "coalesce(session_id, 0) = coalesce(?, 0)"
_REPLACE_STATE = (
    "ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value,"
    " updated_at = excluded.updated_at"
)


def _mark_changed(db: Connection, user_id: str) -> None:
    # Indexes built over the old turns (episodes.py) look here to know to rebuild.
    db.execute(
        f"INSERT INTO user_state (user_id, key, value, updated_at) VALUES (?, ?, ?, ?)"
        f" {_REPLACE_STATE}",
        (user_id, CHANGED_KEY, json.dumps(_now()), _now()),
    )


def _turn(row: Row) -> StoredTurn:
    return StoredTurn(
        id=row["id"],
        user_id=row["user_id"],
        session_id=row["session_id"],
        role=row["role"],
        text=row["text"],
        created_at=row["created_at"],
        tokens=row["tokens"],
        meta=json.loads(row["meta"]),
    )
