"""outreach.json: what the OS said first, as an archive holds it (its rows are
conversation/outreach_records.py's).

Carried so that a restored OS keeps its manners: each reason is spoken once,
and without these rows it would greet, check in and remind all over again.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from os1.conversation import outreach_records
from os1.memory.store import Store


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
    return {"format": "os1-outreach", "version": 1, **outreach_records.dump_rows(store, user_id)}
