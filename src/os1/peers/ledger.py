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
from os1.peers import records
from os1.peers.envelope import FRESH, PeerRefused

# An envelope taken now was sent at most FRESH from now, and is stale FRESH after it was
# sent: kept this long, a row outlasts every envelope it could refuse (a minute for clocks).
KEEP = 2 * FRESH + timedelta(minutes=1)


def admit(db: Connection, envelope: dict[str, Any]) -> None:
    """Notes a received envelope, within the caller's transaction; PeerRefused (409) if
    it, or a later one of its conversation, was received before."""
    now = datetime.now(UTC)
    records.forget_stale(db, now)
    key = (envelope["to"], envelope["from"]["os_id"], envelope["conversation"])
    seq = envelope["seq"]
    last = records.last_admitted(db, *key)
    # Two copies arriving at once: the second finds the first's row.
    kept = (last is None or seq > last) and records.add_admitted(db, *key, seq, now + KEEP)
    if not kept:
        raise PeerRefused(
            409,
            f"Envelope {seq} of this conversation was already received (a replay)",
            "number each new envelope above the last one sent",
        )
