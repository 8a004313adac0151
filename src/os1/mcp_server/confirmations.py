"""Requests waiting for the person's yes, each behind a one-time token that expires.

They are kept in the store, per person, so that a client that starts `os1 mcp` anew
for every call (the MCP Inspector's CLI does) can bring the token back to another
process. Only a hash of the token is kept: reading the database does not give a
token that works. What is kept is what it takes to ask again (the skill, its
arguments and the question, and a fingerprint of what the question showed); a yes
asks again and runs only if the same is shown, so it acts on exactly what the person
agreed to and never on a lookup that has changed since.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel
from pydantic_core import to_json

from os1.errors import InputError
from os1.memory.store import Store

# Enough for any real agent; a caller that asks without ever confirming cannot grow
# the table past this, per person and kind.
MOST_WAITING = 64

Kind = Literal["token", "question"]


@dataclass(frozen=True, slots=True)
class Waiting:
    skill: str
    arguments: dict[str, Any]
    question: str
    shown: str


def fingerprint(shown: Any) -> str:
    """The same text for the same thing shown, in any process."""
    plain = json.loads(to_json(shown, fallback=repr))
    return hashlib.sha256(json.dumps(plain, sort_keys=True).encode()).hexdigest()


def _hashed(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Confirmations:
    """What was asked of one person and not yet answered; a token works once, and only in
    time. `kind` keeps tokens for `confirm` apart from questions sent back for a client's
    retry, so that a question meant for the person cannot be answered through `confirm`."""

    def __init__(
        self,
        store: Store,
        person: str,
        within: float,
        kind: Kind = "token",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.person = person
        self.within = within
        self.kind = kind
        self._clock = clock

    def hold(self, skill: str, arguments: BaseModel, question: str, shown: Any) -> str:
        now = self._clock()
        token = secrets.token_urlsafe(16)
        self.store.ensure_user(self.person)
        with self.store.writing() as db:
            db.execute("DELETE FROM mcp_confirmations WHERE expires_at <= ?", (now,))
            db.execute(
                "INSERT INTO mcp_confirmations (token_hash, person, kind, skill, arguments,"
                " question, shown, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    _hashed(token),
                    self.person,
                    self.kind,
                    skill,
                    arguments.model_dump_json(),
                    question,
                    fingerprint(shown),
                    now + self.within,
                ),
            )
            # The oldest questions make room (expires_at orders them: `within` is fixed).
            db.execute(
                "DELETE FROM mcp_confirmations WHERE person = ? AND kind = ? AND expires_at <="
                " (SELECT expires_at FROM mcp_confirmations WHERE person = ? AND kind = ?"
                " ORDER BY expires_at DESC LIMIT 1 OFFSET ?)",
                (self.person, self.kind, self.person, self.kind, MOST_WAITING),
            )
        return token

    def take(self, token: str) -> Waiting:
        """The request behind this token, which is spent by taking it."""
        with self.store.writing() as db:
            row = db.execute(
                "DELETE FROM mcp_confirmations WHERE token_hash = ? AND person = ? AND kind = ?"
                " RETURNING skill, arguments, question, shown, expires_at",
                (_hashed(token), self.person, self.kind),
            ).fetchone()
        if row is None:
            raise InputError(
                "That confirmation token is unknown or was already used",
                "make the request again to get a new question and token",
            )
        if row["expires_at"] <= self._clock():
            raise InputError(
                f"That confirmation token expired ({self.within:g} s after it was given)",
                "make the request again and confirm the new question in time",
            )
        return Waiting(row["skill"], json.loads(row["arguments"]), row["question"], row["shown"])
