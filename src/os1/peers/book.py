"""The peers a person added, what each may be told, and every envelope exchanged.

The transcript is the record the person reads (`os1 peer log`) and refuses
replays: each side numbers its envelopes in a conversation, and one numbered
no higher than the last received is refused (also after the peer was removed
and added back: `ledger.py`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from os1.errors import InputError, first_problem
from os1.memory.dialect import Row
from os1.memory.store import Store
from os1.peers import ledger
from os1.peers.envelope import Envelope, PeerRefused
from os1.peers.identity import Card
from os1.stamps import stamp

Direction = Literal["sent", "received"]


class Sharing(BaseModel):
    """What this OS may tell one peer. By default: free times for a dinner its OS asks
    about, in the evening, and talk that holds nothing of the person."""

    model_config = ConfigDict(extra="forbid")

    free_slots: bool = Field(
        True, description="Tell it when you are free, for a time being arranged (never why not)."
    )
    hours_from: time = Field(time(18, 0), description="Arrange nothing starting before this.")
    hours_to: time = Field(time(23, 0), description="...or ending after this (local time).")
    talk: bool = Field(True, description="Talk with it (your OS knows nothing of you there).")

    @model_validator(mode="after")
    def _hours_in_order(self) -> Sharing:
        if self.hours_from >= self.hours_to:
            raise ValueError("the hours must start before they end, within one day")
        return self

    def describe(self) -> str:
        times = f"free times {self.hours_from:%H:%M}-{self.hours_to:%H:%M}"
        shared = [times if self.free_slots else "no free times", "talk" if self.talk else "no talk"]
        return ", ".join(shared)


@dataclass(frozen=True, slots=True)
class Peer:
    id: int
    name: str  # what the person calls it
    os_id: str
    os_name: str  # what it calls itself
    public_key: str
    url: str
    person: str | None  # whose OS it is, as the person said
    sharing: Sharing
    added_at: datetime

    @property
    def whose(self) -> str:
        return self.person or f"{self.os_name}'s person"


class PeerBook:
    def __init__(self, store: Store, user_id: str) -> None:
        self.store = store
        self.user_id = user_id

    def add(self, card: Card, name: str | None = None, person: str | None = None) -> Peer:
        name = (name or card.name).strip()
        if not name or len(name) > 40:
            raise InputError("A peer's name is 1 to 40 characters", "choose another with --name")
        if self.by_os_id(card.os_id) is not None:
            raise InputError(f"{card.name} is already one of your peers", "see `os1 peer list`")
        if self.find(name) is not None:
            raise InputError(f"You already have a peer called {name}", "choose another with --name")
        with self.store.writing() as db:
            db.execute(
                "INSERT INTO peers (user_id, name, os_id, os_name, public_key, url, person,"
                " sharing, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self.user_id,
                    name,
                    card.os_id,
                    card.name,
                    card.public_key,
                    card.url,
                    person,
                    Sharing().model_dump_json(),
                    stamp(),
                ),
            )
        added = self.find(name)
        assert added is not None
        return added

    def all(self) -> list[Peer]:
        rows = self.store.read("SELECT * FROM peers WHERE user_id = ? ORDER BY id", (self.user_id,))
        return [_peer(row) for row in rows]

    def find(self, name: str) -> Peer | None:
        rows = self.store.read(
            "SELECT * FROM peers WHERE user_id = ? AND name = ?", (self.user_id, name.strip())
        )
        return _peer(rows[0]) if rows else None

    def named(self, name: str) -> Peer:
        found = self.find(name)
        if found is None:
            raise InputError(f"You have no peer called {name}", "see `os1 peer list`")
        return found

    def by_os_id(self, os_id: str) -> Peer | None:
        rows = self.store.read(
            "SELECT * FROM peers WHERE user_id = ? AND os_id = ?", (self.user_id, os_id)
        )
        return _peer(rows[0]) if rows else None

    def sender(self, envelope: Envelope) -> Peer:
        """The peer that sent this envelope, or PeerRefused: only added OSes are heard."""
        peer = self.by_os_id(envelope.sender.os_id)
        if peer is None or peer.public_key != envelope.sender.public_key:
            raise PeerRefused(
                403,
                "This OS is not one of the peers its person added",
                "ask its person to add your OS first (os1 peer add YOUR-ADDRESS)",
            )
        return peer

    def allow(self, peer: Peer, **changes: Any) -> Peer:
        try:
            sharing = Sharing.model_validate(peer.sharing.model_dump() | changes)
        except ValidationError as exc:
            raise InputError(first_problem(exc, "sharing"), "give valid values") from exc
        with self.store.writing() as db:
            db.execute(
                "UPDATE peers SET sharing = ? WHERE user_id = ? AND id = ?",
                (sharing.model_dump_json(), self.user_id, peer.id),
            )
        return self.named(peer.name)

    def remove(self, peer: Peer) -> None:
        """The peer, and with it (by its foreign keys) its conversations and transcript."""
        with self.store.writing() as db:
            db.execute("DELETE FROM peers WHERE user_id = ? AND id = ?", (self.user_id, peer.id))


@dataclass(frozen=True, slots=True)
class Logged:
    direction: Direction
    conversation: str
    seq: int
    kind: str
    at: datetime
    envelope: dict[str, Any]

    @property
    def body(self) -> dict[str, Any]:
        return self.envelope["body"]


class Transcript:
    """Every envelope with one peer, and each conversation's state on this side."""

    def __init__(self, store: Store, user_id: str, peer: Peer) -> None:
        self.store = store
        self.user_id = user_id
        self.peer = peer

    def record(self, direction: Direction, envelope: dict[str, Any]) -> None:
        """Keep an envelope; a received one numbered no higher than the last is a replay."""
        conversation, seq = envelope["conversation"], envelope["seq"]
        with self.store.writing() as db:
            if direction == "received":
                last = db.execute(
                    "SELECT max(seq) FROM peer_messages WHERE user_id = ? AND peer_id = ?"
                    " AND conversation = ? AND direction = 'received'",
                    (self.user_id, self.peer.id, conversation),
                ).fetchone()[0]
                if last is not None and seq <= last:
                    raise PeerRefused(
                        409,
                        f"Envelope {seq} of this conversation was already received (a replay)",
                        "number each new envelope above the last one sent",
                    )
                # ...and one received before this peer was last added (ledger.py).
                ledger.admit(db, envelope)
            db.execute(
                "INSERT INTO peer_messages (user_id, peer_id, conversation, direction, seq,"
                " kind, envelope, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self.user_id,
                    self.peer.id,
                    conversation,
                    direction,
                    seq,
                    envelope["kind"],
                    json.dumps(envelope, ensure_ascii=False),
                    stamp(),
                ),
            )

    def next_seq(self, conversation: str) -> int:
        rows = self.store.read(
            "SELECT max(seq) FROM peer_messages WHERE user_id = ? AND peer_id = ?"
            " AND conversation = ? AND direction = 'sent'",
            (self.user_id, self.peer.id, conversation),
        )
        return (rows[0][0] or 0) + 1

    def log(self, limit: int = 200, conversation: str | None = None) -> list[Logged]:
        """The latest envelopes (of one conversation, if given), oldest first."""
        rows = self.store.read(
            "SELECT * FROM peer_messages WHERE user_id = ? AND peer_id = ?"
            " AND (? IS NULL OR conversation = ?) ORDER BY id DESC LIMIT ?",
            (self.user_id, self.peer.id, conversation, conversation, limit),
        )
        return [_logged(row) for row in reversed(rows)]

    # Conversations: what this side offered and how it ended.

    def begin(self, conversation: str, kind: str, started_by: str, state: dict[str, Any]) -> None:
        with self.store.writing() as db:
            db.execute(
                "INSERT INTO peer_conversations (user_id, peer_id, conversation, kind, started_by,"
                " state, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    self.user_id,
                    self.peer.id,
                    conversation,
                    kind,
                    started_by,
                    json.dumps(state),
                    stamp(),
                ),
            )

    def state(self, conversation: str) -> tuple[str, dict[str, Any]] | None:
        """The conversation's kind and state, or None if it was never begun here."""
        rows = self.store.read(
            "SELECT kind, state FROM peer_conversations WHERE user_id = ? AND peer_id = ?"
            " AND conversation = ?",
            (self.user_id, self.peer.id, conversation),
        )
        return (rows[0]["kind"], json.loads(rows[0]["state"])) if rows else None

    def update(self, conversation: str, state: dict[str, Any]) -> None:
        with self.store.writing() as db:
            db.execute(
                "UPDATE peer_conversations SET state = ? WHERE user_id = ? AND peer_id = ?"
                " AND conversation = ?",
                (json.dumps(state), self.user_id, self.peer.id, conversation),
            )


def _peer(row: Row) -> Peer:
    return Peer(
        row["id"],
        row["name"],
        row["os_id"],
        row["os_name"],
        row["public_key"],
        row["url"],
        row["person"],
        Sharing.model_validate_json(row["sharing"]),
        datetime.fromisoformat(row["added_at"]),
    )


def _logged(row: Row) -> Logged:
    return Logged(
        row["direction"],
        row["conversation"],
        row["seq"],
        row["kind"],
        datetime.fromisoformat(row["at"]),
        json.loads(row["envelope"]),
    )
