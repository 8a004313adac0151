"""The peers' tables and their one owner: every statement on `peer_identity`, `peers`,
`peer_conversations`, `peer_messages` and `peer_replay_ledger` is here.

identity.py, book.py and ledger.py keep what the rows mean (keys, sharing, replays)
and reach the rows only through these functions. A function that takes a `Connection`
runs inside the caller's transaction (a received envelope is checked, admitted to the
ledger and kept in one); one that takes the `Store` opens its own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from os1.memory.dialect import Connection, Row
from os1.memory.store import Store
from os1.stamps import stamp

Direction = Literal["sent", "received"]
# The last envelope numbered in one direction of a conversation with one peer.
_LAST_SEQ = (
    "SELECT max(seq) FROM peer_messages WHERE user_id = ? AND peer_id = ?"
    " AND conversation = ? AND direction = ?"
)


# peer_identity: one key pair per person's OS.


@dataclass(frozen=True, slots=True)
class IdentityRow:
    user_id: str
    private_key: bytes  # raw Ed25519, never leaves the store
    address: str | None


def identity_of(store: Store, user_id: str) -> IdentityRow | None:
    rows = store.read(
        "SELECT private_key, address FROM peer_identity WHERE user_id = ?", (user_id,)
    )
    return IdentityRow(user_id, bytes(rows[0]["private_key"]), rows[0]["address"]) if rows else None


def identity_with_os_id(store: Store, os_id: str) -> IdentityRow | None:
    rows = store.read(
        "SELECT user_id, private_key, address FROM peer_identity WHERE os_id = ?", (os_id,)
    )
    if not rows:
        return None
    return IdentityRow(rows[0]["user_id"], bytes(rows[0]["private_key"]), rows[0]["address"])


def add_identity(store: Store, user_id: str, os_id: str, private_key: bytes) -> None:
    """Keeps this key pair unless the person's OS already has one (theirs stands)."""
    with store.writing() as db:
        db.execute(
            "INSERT INTO peer_identity (user_id, os_id, private_key, created_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO NOTHING",
            (user_id, os_id, private_key, stamp(precision="seconds")),
        )


def set_address(store: Store, user_id: str, address: str) -> None:
    with store.writing() as db:
        db.execute("UPDATE peer_identity SET address = ? WHERE user_id = ?", (address, user_id))


# peers: the OSes a person added.


@dataclass(frozen=True, slots=True)
class PeerRow:
    id: int
    name: str
    os_id: str
    os_name: str
    public_key: str
    url: str
    person: str | None
    sharing: str  # JSON of book.Sharing, whose shape the book owns
    added_at: datetime


def add_peer(
    store: Store,
    user_id: str,
    *,
    name: str,
    os_id: str,
    os_name: str,
    public_key: str,
    url: str,
    person: str | None,
    sharing: str,
) -> None:
    with store.writing() as db:
        db.execute(
            "INSERT INTO peers (user_id, name, os_id, os_name, public_key, url, person,"
            " sharing, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (user_id, name, os_id, os_name, public_key, url, person, sharing, stamp()),
        )


def peers_of(store: Store, user_id: str) -> list[PeerRow]:
    rows = store.read("SELECT * FROM peers WHERE user_id = ? ORDER BY id", (user_id,))
    return [_peer(row) for row in rows]


def peer_named(store: Store, user_id: str, name: str) -> PeerRow | None:
    rows = store.read("SELECT * FROM peers WHERE user_id = ? AND name = ?", (user_id, name))
    return _peer(rows[0]) if rows else None


def peer_with_os_id(store: Store, user_id: str, os_id: str) -> PeerRow | None:
    rows = store.read("SELECT * FROM peers WHERE user_id = ? AND os_id = ?", (user_id, os_id))
    return _peer(rows[0]) if rows else None


def set_sharing(store: Store, user_id: str, peer_id: int, sharing: str) -> None:
    with store.writing() as db:
        db.execute(
            "UPDATE peers SET sharing = ? WHERE user_id = ? AND id = ?",
            (sharing, user_id, peer_id),
        )


def remove_peer(store: Store, user_id: str, peer_id: int) -> None:
    """The peer, and with it (by its foreign keys) its conversations and transcript."""
    with store.writing() as db:
        db.execute("DELETE FROM peers WHERE user_id = ? AND id = ?", (user_id, peer_id))


def _peer(row: Row) -> PeerRow:
    return PeerRow(
        row["id"],
        row["name"],
        row["os_id"],
        row["os_name"],
        row["public_key"],
        row["url"],
        row["person"],
        row["sharing"],
        datetime.fromisoformat(row["added_at"]),
    )


# peer_messages: every envelope exchanged with a peer.


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


def last_seq(
    store: Store, user_id: str, peer_id: int, conversation: str, direction: Direction
) -> int | None:
    rows = store.read(_LAST_SEQ, (user_id, peer_id, conversation, direction))
    return rows[0][0]


def last_seq_within(
    db: Connection, user_id: str, peer_id: int, conversation: str, direction: Direction
) -> int | None:
    return db.execute(_LAST_SEQ, (user_id, peer_id, conversation, direction)).fetchone()[0]


def add_message(
    db: Connection, user_id: str, peer_id: int, direction: Direction, envelope: dict[str, Any]
) -> None:
    db.execute(
        "INSERT INTO peer_messages (user_id, peer_id, conversation, direction, seq,"
        " kind, envelope, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            user_id,
            peer_id,
            envelope["conversation"],
            direction,
            envelope["seq"],
            envelope["kind"],
            json.dumps(envelope, ensure_ascii=False),
            stamp(),
        ),
    )


def messages(
    store: Store, user_id: str, peer_id: int, conversation: str | None, limit: int
) -> list[Logged]:
    """The latest `limit` envelopes (of one conversation, if given), oldest first."""
    rows = store.read(
        "SELECT * FROM peer_messages WHERE user_id = ? AND peer_id = ?"
        " AND (? IS NULL OR conversation = ?) ORDER BY id DESC LIMIT ?",
        (user_id, peer_id, conversation, conversation, limit),
    )
    return [_logged(row) for row in reversed(rows)]


def _logged(row: Row) -> Logged:
    return Logged(
        row["direction"],
        row["conversation"],
        row["seq"],
        row["kind"],
        datetime.fromisoformat(row["at"]),
        json.loads(row["envelope"]),
    )


# peer_conversations: what this side offered in each conversation and how it ended.


def begin_conversation(
    store: Store,
    user_id: str,
    peer_id: int,
    conversation: str,
    kind: str,
    started_by: str,
    state: dict[str, Any],
) -> None:
    with store.writing() as db:
        db.execute(
            "INSERT INTO peer_conversations (user_id, peer_id, conversation, kind, started_by,"
            " state, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (user_id, peer_id, conversation, kind, started_by, json.dumps(state), stamp()),
        )


def conversation_state(
    store: Store, user_id: str, peer_id: int, conversation: str
) -> tuple[str, dict[str, Any]] | None:
    """The conversation's kind and state, or None if it was never begun here."""
    rows = store.read(
        "SELECT kind, state FROM peer_conversations WHERE user_id = ? AND peer_id = ?"
        " AND conversation = ?",
        (user_id, peer_id, conversation),
    )
    return (rows[0]["kind"], json.loads(rows[0]["state"])) if rows else None


def set_conversation_state(
    store: Store, user_id: str, peer_id: int, conversation: str, state: dict[str, Any]
) -> None:
    with store.writing() as db:
        db.execute(
            "UPDATE peer_conversations SET state = ? WHERE user_id = ? AND peer_id = ?"
            " AND conversation = ?",
            (json.dumps(state), user_id, peer_id, conversation),
        )


# peer_replay_ledger: which envelopes this OS received, by its id and the sender's.


def forget_stale(db: Connection, now: datetime) -> None:
    db.execute("DELETE FROM peer_replay_ledger WHERE stale_at < ?", (stamp(now),))


def last_admitted(db: Connection, receiver: str, sender: str, conversation: str) -> int | None:
    return db.execute(
        "SELECT max(seq) FROM peer_replay_ledger"
        " WHERE receiver = ? AND sender = ? AND conversation = ?",
        (receiver, sender, conversation),
    ).fetchone()[0]


def add_admitted(
    db: Connection, receiver: str, sender: str, conversation: str, seq: int, stale_at: datetime
) -> bool:
    """Notes the envelope; False if a row for it was there already."""
    kept = db.execute(
        "INSERT INTO peer_replay_ledger (receiver, sender, conversation, seq, stale_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING seq",
        (receiver, sender, conversation, seq, stamp(stale_at)),
    ).fetchone()
    return kept is not None
