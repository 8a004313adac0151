"""The `outreach` table: what the OS decided to say first, and when it reached the person.

Each row is kept once per (person, reason key), so nothing is ever said twice;
`delivered_at` stays empty until the person hears it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from os1.memory.dialect import Connection, Row
from os1.memory.store import Store
from os1.memory.types import NewIds
from os1.stamps import stamp

# "peer": what the OS arranged or talked about with another OS (os1/peers).
Kind = Literal["reminder", "meeting", "morning", "check_in", "missed_you", "follow_up", "peer"]


@dataclass(frozen=True, slots=True)
class Outreach:
    id: int
    kind: Kind
    text: str
    at: datetime
    delivered_at: datetime | None = None


def record(
    store: Store, user_id: str, kind: Kind, key: str, text: str, now: datetime
) -> Outreach | None:
    """Keep something the OS has to tell its person, once per `key`; it waits for them
    like the rest (also for parts that decide on their own, like another OS's message)."""
    with store.writing() as db:
        row = db.execute(
            "INSERT INTO outreach (user_id, kind, reason_key, text, created_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, reason_key) DO NOTHING"
            " RETURNING id",
            (user_id, kind, key, text, stamp(now)),
        ).fetchone()
    return None if row is None else Outreach(row[0], kind, text, now)


def undelivered(store: Store, user_id: str) -> list[Outreach]:
    """Everything decided for the person and not yet heard, oldest first."""
    rows = store.read(
        "SELECT id, kind, text, created_at, delivered_at FROM outreach"
        " WHERE user_id = ? AND delivered_at IS NULL ORDER BY id",
        (user_id,),
    )
    return [_outreach(row) for row in rows]


def latest(store: Store, user_id: str, limit: int) -> list[Outreach]:
    """The last `limit` messages, oldest first."""
    rows = store.read(
        "SELECT id, kind, text, created_at, delivered_at FROM outreach"
        " WHERE user_id = ? ORDER BY id DESC LIMIT ?",
        (user_id, limit),
    )
    return [_outreach(row) for row in reversed(rows)]


def mark_delivered(store: Store, user_id: str, ids: Sequence[int], at: datetime) -> None:
    with store.writing() as db:
        db.executemany(
            "UPDATE outreach SET delivered_at = ? WHERE user_id = ? AND id = ?"
            " AND delivered_at IS NULL",
            [(stamp(at), user_id, i) for i in ids],
        )


def started_since(store: Store, user_id: str, since: datetime) -> list[tuple[str, datetime]]:
    """(kind, when) of each message decided at or after `since`."""
    rows = store.read(
        "SELECT kind, created_at FROM outreach WHERE user_id = ? AND created_at >= ?",
        (user_id, stamp(since)),
    )
    return [(r["kind"], datetime.fromisoformat(r["created_at"])) for r in rows]


def said_before(store: Store, user_id: str, key: str) -> bool:
    rows = store.read("SELECT 1 FROM outreach WHERE user_id = ? AND reason_key = ?", (user_id, key))
    return bool(rows)


def _outreach(row: Row) -> Outreach:
    delivered = row["delivered_at"]
    return Outreach(
        row["id"],
        row["kind"],
        row["text"],
        datetime.fromisoformat(row["created_at"]),
        datetime.fromisoformat(delivered) if delivered else None,
    )


# Out and back in (the archive's list of owners, archive/owners.py)


def dump_rows(store: Store, user_id: str) -> dict[str, list[Any]]:
    rows = store.read(
        "SELECT kind, reason_key, text, created_at, delivered_at FROM outreach"
        " WHERE user_id = ? ORDER BY id",
        (user_id,),
    )
    return {"outreach": [dict(row) for row in rows]}


def load_rows(db: Connection, user_id: str, data: dict[str, list[Any]], ids: NewIds) -> None:
    """Add dumped rows inside the caller's transaction."""
    db.executemany(
        "INSERT INTO outreach (user_id, kind, reason_key, text, created_at, delivered_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (user_id, r["kind"], r["reason_key"], r["text"], r["created_at"], r["delivered_at"])
            for r in data["outreach"]
        ],
    )
