"""What the OS said first (conversation/initiative.py), out and back in.

Carried so that a restored OS keeps its manners: each reason is spoken once,
and without these rows it would greet, check in and remind all over again.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from os1.memory.dialect import Connection
from os1.memory.store import Store
from os1.memory.types import NewIds


class OutreachRow(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: str
    reason_key: str
    text: str
    created_at: str
    delivered_at: str | None


class OutreachFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["os1-outreach"]
    version: Literal[1]
    outreach: list[OutreachRow]

    def problem(self) -> str | None:
        keys = [row.reason_key for row in self.outreach]
        return "two messages have the same reason" if len(set(keys)) < len(keys) else None


def outreach_document(store: Store, user_id: str) -> dict[str, Any]:
    return {"format": "os1-outreach", "version": 1, **dump_rows(store, user_id)}


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
