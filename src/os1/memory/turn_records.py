"""The turns of every person and the sentence vectors made from them: the one owner of
the tables `turns` and `turn_vectors`. The store is made of these records (`Store`
inherits them); a turn is core: facts, feelings and replies cite it by id.
"""

from __future__ import annotations

import json
from abc import abstractmethod
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any

from os1.memory import fact_records
from os1.memory.dialect import Connection, Dialect, Row, explained
from os1.memory.types import NewIds, Speaker, StoredTurn
from os1.stamps import stamp

CHANGED_KEY = "memory_changed"
# A turn's session, or its lack of one: SQLite's `IS ?` in words PostgreSQL also
# accepts (ids start at 1, so 0 stands for none).
_SAME_SESSION = "coalesce(session_id, 0) = coalesce(?, 0)"


class TurnRecords:
    """What the store does with turns; the store gives it the connection and its state."""

    _db: Connection
    dialect: Dialect
    where: str

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Connection]: ...

    @abstractmethod
    def _mark_changed(self, db: Connection, user_id: str) -> None: ...

    @abstractmethod
    def forgot(self, user_id: str) -> None: ...

    @abstractmethod
    def get_state(self, user_id: str, key: str) -> Any | None: ...

    @abstractmethod
    def read(self, query: str, parameters: Sequence[Any] = ()) -> list[Row]: ...

    @explained
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
                (user_id, session_id, role, text, stamp(at), tokens, json.dumps(meta or {})),
            ).fetchone()
        return int(row[0])

    @explained
    def recent_turns(self, user_id: str, limit: int) -> list[StoredTurn]:
        """The last `limit` turns of this person, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM turns WHERE user_id = ? ORDER BY id DESC LIMIT ?", (user_id, limit)
        ).fetchall()
        return [StoredTurn.from_row(row) for row in reversed(rows)]

    @explained
    def turn(self, user_id: str, turn_id: int) -> StoredTurn | None:
        """One turn of this person's, or None (another person's turn is not theirs to see)."""
        row = self._db.execute(
            "SELECT * FROM turns WHERE user_id = ? AND id = ?", (user_id, turn_id)
        ).fetchone()
        return None if row is None else StoredTurn.from_row(row)

    @explained
    def turns_between(self, user_id: str, start: datetime, end: datetime) -> list[StoredTurn]:
        rows = self._db.execute(
            "SELECT * FROM turns WHERE user_id = ? AND created_at >= ? AND created_at < ?"
            " ORDER BY id",
            (user_id, stamp(start), stamp(end)),
        ).fetchall()
        return [StoredTurn.from_row(row) for row in rows]

    @explained
    def all_turns(self, user_id: str, after: int = 0) -> list[StoredTurn]:
        """This person's turns with ids above `after`, oldest first."""
        rows = self._db.execute(
            "SELECT * FROM turns WHERE user_id = ? AND id > ? ORDER BY id", (user_id, after)
        ).fetchall()
        return [StoredTurn.from_row(row) for row in rows]

    @explained
    def forget_turn(self, user_id: str, turn_id: int, asked: bool = True) -> bool:
        """Delete one turn of this person's and what was derived from its text.

        The OS's reply to it goes too (it was written from it), each with its
        vector (a foreign key), and so does the vector of the turn after each in
        the session, which was embedded with it as context. Where the person `asked`
        (not a turn the conversation takes back itself: a reply no one heard, words
        said again whole), what other parts keep of their words goes too (`_forgot`).
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
            self._mark_changed(db, user_id)
        if asked:
            self.forgot(user_id)
        return True

    @explained
    def edit_turn(
        self,
        user_id: str,
        turn_id: int,
        text: str,
        note: dict[str, Any] | None = None,
        asked: bool = True,
    ) -> bool:
        """Correct what a turn says; the vectors made from the old words are dropped.

        `note` is added to the turn's meta (e.g. that a reply was cut off); `asked`: the
        person corrected it, as for forget_turn."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT session_id, meta FROM turns WHERE user_id = ? AND id = ?",
                (user_id, turn_id),
            ).fetchone()
            if row is None:
                return False
            meta = json.loads(row["meta"]) | (note or {}) | {"edited_at": stamp()}
            db.execute(
                "UPDATE turns SET text = ?, tokens = NULL, meta = ? WHERE id = ?",
                (text, json.dumps(meta), turn_id),
            )
            db.execute(
                "DELETE FROM turn_vectors WHERE turn_id = ? OR turn_id = (SELECT min(id)"
                f" FROM turns WHERE user_id = ? AND {_SAME_SESSION} AND id > ?)",
                (turn_id, user_id, row["session_id"], turn_id),
            )
            fact_records.unread(db, turn_id)
            self._mark_changed(db, user_id)
        if asked:
            self.forgot(user_id)
        return True

    @explained
    def memory_changed(self, user_id: str) -> str | None:
        """When a turn of this person's was last forgotten or corrected (not added)."""
        return self.get_state(user_id, CHANGED_KEY)

    @explained
    def vectors(self, user_id: str, model: str, after: int = 0) -> dict[int, bytes]:
        """Stored vectors of this person's turns with ids above `after`."""
        rows = self._db.execute(
            "SELECT turn_id, vector FROM turn_vectors WHERE user_id = ? AND model = ?"
            " AND turn_id > ?",
            (user_id, model, after),
        ).fetchall()
        return {row["turn_id"]: row["vector"] for row in rows}

    @explained
    def put_vectors(self, user_id: str, model: str, rows: list[tuple[int, bytes]]) -> None:
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO turn_vectors (turn_id, user_id, model, vector)"
                " SELECT id, user_id, ?, ? FROM turns WHERE id = ? AND user_id = ?"
                " ON CONFLICT (turn_id) DO UPDATE SET user_id = excluded.user_id,"
                " model = excluded.model, vector = excluded.vector",
                [(model, vector, turn_id, user_id) for turn_id, vector in rows],
            )

    @explained
    def speakers_since(self, at: datetime, role: Speaker | None = None) -> set[str]:
        """Everyone with a turn (by `role`, if given) since `at`."""
        rows = self._db.execute(
            "SELECT DISTINCT user_id FROM turns WHERE created_at >= ?"
            + (" AND role = ?" if role else ""),
            (stamp(at), role) if role else (stamp(at),),
        ).fetchall()
        return {row[0] for row in rows}

    @explained
    def days_spoken(self, user_id: str) -> int:
        """On how many days (UTC) the person said something."""
        return int(
            self._db.execute(
                "SELECT count(DISTINCT substr(created_at, 1, 10)) FROM turns"
                " WHERE user_id = ? AND role = 'user'",
                (user_id,),
            ).fetchone()[0]
        )

    @explained
    def last_said(self, user_id: str) -> datetime | None:
        """When the person last said something."""
        row = self._db.execute(
            "SELECT max(created_at) FROM turns WHERE user_id = ? AND role = 'user'", (user_id,)
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    @explained
    def count_turns(self, user_id: str) -> int:
        return int(
            self._db.execute("SELECT count(*) FROM turns WHERE user_id = ?", (user_id,)).fetchone()[
                0
            ]
        )


# Out and back in (the archive's list of owners, archive/owners.py)


def dump_rows(store: TurnRecords, user_id: str) -> dict[str, list[Any]]:
    """The person's turns; their vectors are left out (they are derived, and made again)."""
    rows = [
        dict(row)
        for row in store.read(
            "SELECT id, session_id, role, text, created_at, tokens, meta FROM turns"
            " WHERE user_id = ? ORDER BY id",
            (user_id,),
        )
    ]
    for row in rows:
        row["meta"] = json.loads(row["meta"])
    return {"turns": rows}


def load_rows(db: Connection, user_id: str, data: dict[str, list[Any]], ids: NewIds) -> None:
    """Add dumped turns inside the caller's transaction, in their sessions' new ids."""
    for row in data["turns"]:
        ids.turns[row["id"]] = db.execute(
            "INSERT INTO turns (user_id, session_id, role, text, created_at, tokens, meta)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                user_id,
                ids.sessions.get(row["session_id"]),
                row["role"],
                row["text"],
                row["created_at"],
                row["tokens"],
                json.dumps(row["meta"]),
            ),
        ).fetchone()[0]


def renumber_citations(
    db: Connection, user_id: str, data: dict[str, list[Any]], ids: NewIds
) -> None:
    """Once every owner's rows are in: a reply's record names turns and facts by id (what it
    answered, recalled, knew), and they are renumbered too, or forgetting a turn would take
    another one's reply."""
    for row in data["turns"]:
        meta = _renumbered(row["meta"], ids.turns, ids.facts)
        if meta != row["meta"]:
            db.execute(
                "UPDATE turns SET meta = ? WHERE id = ?", (json.dumps(meta), ids.turns[row["id"]])
            )


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
