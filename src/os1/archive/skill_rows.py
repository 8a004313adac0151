"""What the skills keep for a person (notes, reminders, contacts), out and back in.

Files from before the skills existed have none of these rows.
"""

from __future__ import annotations

from typing import Any

from os1.memory.dialect import Connection
from os1.memory.store import Store
from os1.memory.types import NewIds

TABLES = ("notes", "reminders", "contacts")
_QUERIES = {
    "notes": "SELECT text, created_at FROM notes WHERE user_id = ? ORDER BY id",
    "reminders": "SELECT text, due_at, created_at, fired_at FROM reminders"
    " WHERE user_id = ? ORDER BY id",
    "contacts": "SELECT name, phone, email, created_at FROM contacts WHERE user_id = ? ORDER BY id",
}


def dump_rows(store: Store, user_id: str) -> dict[str, list[Any]]:
    return {name: [dict(row) for row in store.read(q, (user_id,))] for name, q in _QUERIES.items()}


def load_rows(db: Connection, user_id: str, data: dict[str, list[Any]], ids: NewIds) -> None:
    """Add dumped rows inside the caller's transaction."""
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
