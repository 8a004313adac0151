"""What an OS does with an envelope that arrives: check it, keep it, answer it.

Checked in this order, each refusal its own status: well formed (422),
addressed here (404), signed by the key it names (401), fresh (400), from
a peer this OS's person added (403), part of a conversation that exists
(409) unless it opens one, a body of the kind's strict shape (422), and
not a replay (409). Only then is it kept and answered.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel

from os1.peers import dinner, talk
from os1.peers.book import PeerBook, Transcript
from os1.peers.envelope import OPENING, PeerRefused, Reply, seal, unseal
from os1.peers.exchange import OwnOS, parsed

# What each kind an OS may be sent carries; the other kinds only come back as answers.
BODIES: dict[str, type[BaseModel]] = {
    "dinner.propose": dinner.Proposal,
    "dinner.confirm": dinner.OneSlot,
    "end": dinner.End,
    "talk": talk.Said,
}


async def receive(own: OwnOS, raw: Any, now: datetime | None = None) -> dict[str, Any]:
    """The signed answer to `raw`, an envelope sent to this OS; or PeerRefused."""
    identity = own.identity
    envelope = unseal(raw, identity.os_id, now)
    peer = PeerBook(own.store, own.user_id).sender(envelope)
    transcript = Transcript(own.store, own.user_id, peer)
    if envelope.kind not in OPENING and transcript.state(envelope.conversation) is None:
        raise PeerRefused(409, "There is no such conversation here", "open one first")
    if envelope.kind == "dinner.propose" and transcript.state(envelope.conversation) is not None:
        raise PeerRefused(409, "This conversation already has a proposal", "open a new one")
    model = BODIES.get(envelope.kind)
    if model is None:
        raise PeerRefused(400, f"{envelope.kind} only answers a message", "send it as an answer")
    parsed(model, envelope.body)  # checked before it is kept: a malformed one is not read
    transcript.record("received", raw)
    reply: Reply
    if envelope.kind == "talk":
        reply = await talk.answer(own, peer, transcript, envelope)
    else:
        known = transcript.state(envelope.conversation)
        if known is not None and known[0] == "talk":
            reply = ("end", {"reason": "done"})
        else:
            reply = await dinner.answer(own, peer, transcript, envelope)
    kind, body = reply
    sealed = seal(
        identity,
        own.name,
        peer.os_id,
        envelope.conversation,
        transcript.next_seq(envelope.conversation),
        kind,
        body,
    )
    transcript.record("sent", sealed)
    return sealed
