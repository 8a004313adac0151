"""Which envelopes this OS has received, kept for as long as one could be sent again.

The transcript refuses a replay while the peer is in the book, but it goes with the
peer: removed and added back, the peer's envelopes that are still fresh would be
taken a second time. The ledger is kept apart from the peer row, by this OS's id and
the sender's, until an envelope is stale anyway; it goes with this OS's identity. It
holds ids and numbers, never what an envelope said.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from os1.memory.dialect import Connection
from os1.peers.envelope import FRESH, PeerRefused
from os1.stamps import stamp

# An envelope taken now was sent at most FRESH from now, and is stale FRESH after it was
# sent: kept this long, a row outlasts every envelope it could refuse (a minute for clocks).
KEEP = 2 * FRESH + timedelta(minutes=1)


def admit(db: Connection, envelope: dict[str, Any]) -> None:
    """Notes a received envelope, within the caller's transaction; PeerRefused (409) if
    it, or a later one of its conversation, was received before."""
    now = datetime.now(UTC)
    db.execute("DELETE FROM peer_replay_ledger WHERE stale_at < ?", (stamp(now),))
    key = (envelope["to"], envelope["from"]["os_id"], envelope["conversation"])
    seq = envelope["seq"]
    last = db.execute(
        "SELECT max(seq) FROM peer_replay_ledger"
        " WHERE receiver = ? AND sender = ? AND conversation = ?",
        key,
    ).fetchone()[0]
    stale_at = now + KEEP
    kept = None
    if last is None or seq > last:
        # Two copies arriving at once: the second finds the first's row.
        kept = db.execute(
            "INSERT INTO peer_replay_ledger (receiver, sender, conversation, seq, stale_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING seq",
            (*key, seq, stamp(stale_at)),
        ).fetchone()
    if kept is None:
        raise PeerRefused(
            409,
            f"Envelope {seq} of this conversation was already received (a replay)",
            "number each new envelope above the last one sent",
        )
