"""The peers a person added, what each may be told, and every envelope exchanged.

The transcript is the record the person reads (`os1 peer log`) and refuses
replays: each side numbers its envelopes in a conversation, and one numbered
no higher than the last received is refused (also after the peer was removed
and added back: `ledger.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from os1.errors import InputError, first_problem
from os1.memory.store import Store
from os1.peers import ledger, records
from os1.peers.envelope import Envelope, PeerRefused
from os1.peers.identity import Card
from os1.peers.records import Direction, Logged, PeerRow


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
        records.add_peer(
            self.store,
            self.user_id,
            name=name,
            os_id=card.os_id,
            os_name=card.name,
            public_key=card.public_key,
            url=card.url,
            person=person,
            sharing=Sharing().model_dump_json(),
        )
        added = self.find(name)
        assert added is not None
        return added

    def all(self) -> list[Peer]:
        return [_peer(row) for row in records.peers_of(self.store, self.user_id)]

    def find(self, name: str) -> Peer | None:
        row = records.peer_named(self.store, self.user_id, name.strip())
        return None if row is None else _peer(row)

    def named(self, name: str) -> Peer:
        found = self.find(name)
        if found is None:
            raise InputError(f"You have no peer called {name}", "see `os1 peer list`")
        return found

    def by_os_id(self, os_id: str) -> Peer | None:
        row = records.peer_with_os_id(self.store, self.user_id, os_id)
        return None if row is None else _peer(row)

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
        records.set_sharing(self.store, self.user_id, peer.id, sharing.model_dump_json())
        return self.named(peer.name)

    def remove(self, peer: Peer) -> None:
        """The peer, and with it (by its foreign keys) its conversations and transcript."""
        records.remove_peer(self.store, self.user_id, peer.id)


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
                last = records.last_seq_within(
                    db, self.user_id, self.peer.id, conversation, "received"
                )
                if last is not None and seq <= last:
                    raise PeerRefused(
                        409,
                        f"Envelope {seq} of this conversation was already received (a replay)",
                        "number each new envelope above the last one sent",
                    )
                # ...and one received before this peer was last added (ledger.py).
                ledger.admit(db, envelope)
            records.add_message(db, self.user_id, self.peer.id, direction, envelope)

    def next_seq(self, conversation: str) -> int:
        last = records.last_seq(self.store, self.user_id, self.peer.id, conversation, "sent")
        return (last or 0) + 1

    def log(self, limit: int = 200, conversation: str | None = None) -> list[Logged]:
        """The latest envelopes (of one conversation, if given), oldest first."""
        return records.messages(self.store, self.user_id, self.peer.id, conversation, limit)

    # Conversations: what this side offered and how it ended.

    def begin(self, conversation: str, kind: str, started_by: str, state: dict[str, Any]) -> None:
        records.begin_conversation(
            self.store, self.user_id, self.peer.id, conversation, kind, started_by, state
        )

    def state(self, conversation: str) -> tuple[str, dict[str, Any]] | None:
        """The conversation's kind and state, or None if it was never begun here."""
        return records.conversation_state(self.store, self.user_id, self.peer.id, conversation)

    def update(self, conversation: str, state: dict[str, Any]) -> None:
        records.set_conversation_state(self.store, self.user_id, self.peer.id, conversation, state)


def _peer(row: PeerRow) -> Peer:
    return Peer(
        row.id,
        row.name,
        row.os_id,
        row.os_name,
        row.public_key,
        row.url,
        row.person,
        Sharing.model_validate_json(row.sharing),
        row.added_at,
    )
