"""The mind's record of feelings and its journal: the one owner of the tables `feelings`
(one row per change of mood or affinity, with the turn or the time apart that caused it)
and `journal` (one entry a day)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from os1.memory.dialect import Connection
from os1.memory.store import Store
from os1.memory.types import Feeling, NewIds
from os1.stamps import stamp

TABLES = ("feelings", "journal")
_PUT_ENTRY = (
    "INSERT INTO journal (user_id, day, text, written_at) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (user_id, day) DO UPDATE SET text = excluded.text,"
    " written_at = excluded.written_at"
)


def add_feeling(
    store: Store,
    user_id: str,
    turn_id: int | None,
    at: datetime,
    kind: str,
    record: dict[str, Any],
) -> int:
    with store.writing() as db:
        row = db.execute(
            "INSERT INTO feelings (user_id, turn_id, at, kind, record) VALUES (?, ?, ?, ?, ?)"
            " RETURNING id",
            (user_id, turn_id, stamp(at), kind, json.dumps(record)),
        ).fetchone()
    return int(row[0])


def last_feeling_id(store: Store, user_id: str) -> int:
    query = "SELECT coalesce(max(id), 0) AS last FROM feelings WHERE user_id = ?"
    rows = store.read(query, (user_id,))
    return int(rows[0]["last"])


def forget_feelings_after(store: Store, user_id: str, feeling_id: int) -> None:
    """Take back this person's records after `feeling_id` (see InnerLife.go_back)."""
    with store.writing() as db:
        db.execute("DELETE FROM feelings WHERE user_id = ? AND id > ?", (user_id, feeling_id))


def feelings(
    store: Store, user_id: str, since: datetime | None = None, until: datetime | None = None
) -> list[Feeling]:
    """This person's feelings records, oldest first, within [since, until)."""
    rows = store.read(
        "SELECT * FROM feelings WHERE user_id = ? AND at >= ? AND at < ? ORDER BY at, id",
        (user_id, stamp(since) if since else "", stamp(until) if until else "\uffff"),
    )
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


def pleasure_moved(felt: Iterable[Feeling]) -> dict[int, float]:
    """How far each exchange with a turn of the person's moved the OS's pleasure, by turn."""
    return {
        f.turn_id: f.record["mood_after"]["pleasure"] - f.record["mood_before"]["pleasure"]
        for f in felt
        if f.kind == "exchange"
        and f.turn_id is not None
        and "mood_after" in f.record
        and "mood_before" in f.record
    }


def put_journal(store: Store, user_id: str, day: str, text: str) -> None:
    with store.writing() as db:
        db.execute(_PUT_ENTRY, (user_id, day, text, stamp()))


def journal(store: Store, user_id: str) -> list[tuple[str, str]]:
    """(day, text) of every entry, oldest first."""
    rows = store.read("SELECT day, text FROM journal WHERE user_id = ? ORDER BY day", (user_id,))
    return [(row["day"], row["text"]) for row in rows]


# Out and back in (the archive's list of owners, archive/owners.py)


def dump_rows(store: Store, user_id: str) -> dict[str, list[Any]]:
    feeling_rows = [
        dict(row)
        for row in store.read(
            "SELECT turn_id, at, kind, record FROM feelings WHERE user_id = ? ORDER BY id",
            (user_id,),
        )
    ]
    for row in feeling_rows:
        row["record"] = json.loads(row["record"])
    entries = store.read(
        "SELECT day, text, written_at FROM journal WHERE user_id = ? ORDER BY day", (user_id,)
    )
    return {"feelings": feeling_rows, "journal": [dict(row) for row in entries]}


def load_rows(db: Connection, user_id: str, data: dict[str, list[Any]], ids: NewIds) -> None:
    """Add dumped rows inside the caller's transaction, citing the turns' new ids."""
    for row in data["feelings"]:
        db.execute(
            "INSERT INTO feelings (user_id, turn_id, at, kind, record) VALUES (?, ?, ?, ?, ?)",
            (user_id, ids.turns.get(row["turn_id"]), row["at"], row["kind"],
             json.dumps(row["record"])),
        )  # fmt: skip
    for row in data["journal"]:
        db.execute(_PUT_ENTRY, (user_id, row["day"], row["text"], row["written_at"]))
