"""The envelope every message travels in, how it is signed, and how it is checked.

The signature covers the canonical serialisation of everything but itself:
JSON with sorted keys, no spaces, UTF-8. It is checked over the envelope as
it arrived, so nothing a parser might normalise can slip between what was
signed and what is read.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from os1.errors import Os1Error, first_problem
from os1.peers.identity import OS_ID, PROTOCOL, Identity, signature_holds

FRESH = timedelta(minutes=5)  # how far an envelope's clock may be from ours
LARGEST = 64 * 1024  # bytes of JSON

Kind = Literal[
    "dinner.propose",
    "dinner.accept",
    "dinner.counter",
    "dinner.confirm",
    "dinner.confirmed",
    "talk",
    "end",
]
Reply = tuple[Kind, dict[str, Any]]
# Kinds that may open a conversation; the others answer within one.
OPENING: frozenset[str] = frozenset({"dinner.propose", "talk"})


class PeerRefused(Os1Error):
    """An envelope this OS will not take; `status` is the HTTP answer that says so."""

    def __init__(self, status: int, problem: str, fix: str) -> None:
        super().__init__(problem, fix)
        self.status = status


class Sender(BaseModel):
    model_config = ConfigDict(extra="forbid")

    os_id: str = Field(pattern=OS_ID.pattern)
    name: str = Field(min_length=1, max_length=40)
    public_key: str = Field(min_length=43, max_length=43)
    url: str | None = Field(None, max_length=500)


class Envelope(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    protocol: Literal["os1-peer/1"] = PROTOCOL
    sender: Sender = Field(alias="from")
    to: str = Field(pattern=OS_ID.pattern)
    conversation: str = Field(pattern=r"^[0-9a-f]{32}$")
    seq: int = Field(ge=1, le=10_000)
    sent_at: AwareDatetime
    kind: Kind
    body: dict[str, Any]
    signature: str = Field(min_length=80, max_length=90)

    def as_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


def new_conversation() -> str:
    return uuid.uuid4().hex


def canonical(envelope: dict[str, Any]) -> bytes:
    unsigned = {key: value for key, value in envelope.items() if key != "signature"}
    text = json.dumps(unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode()


def seal(
    identity: Identity,
    name: str,
    to: str,
    conversation: str,
    seq: int,
    kind: Kind,
    body: dict[str, Any],
    now: datetime | None = None,
) -> dict[str, Any]:
    """A signed envelope, as JSON, ready to send."""
    envelope: dict[str, Any] = {
        "protocol": PROTOCOL,
        "from": {
            "os_id": identity.os_id,
            "name": name,
            "public_key": identity.public_key,
            "url": identity.address,
        },
        "to": to,
        "conversation": conversation,
        "seq": seq,
        "sent_at": (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds"),
        "kind": kind,
        "body": body,
    }
    envelope["signature"] = identity.sign(canonical(envelope))
    return envelope


def unseal(raw: Any, to: str, now: datetime | None = None) -> Envelope:
    """The envelope, if it is well formed, addressed to `to`, signed by the key it names,
    and fresh; otherwise PeerRefused. Whether that key is a peer is the caller's to ask."""
    if not isinstance(raw, dict):
        raise PeerRefused(400, "The message is not a JSON object", "send an os1 envelope")
    if len(json.dumps(raw)) > LARGEST:
        raise PeerRefused(413, "The message is too long", f"keep envelopes under {LARGEST} bytes")
    try:
        envelope = Envelope.model_validate(raw)
    except ValidationError as exc:
        raise PeerRefused(
            422, f"The envelope is malformed ({first_problem(exc, 'envelope')})", "send os1-peer/1"
        ) from exc
    if envelope.to != to:
        raise PeerRefused(
            404, "The envelope is addressed to another OS", "send it to its own inbox"
        )
    if not signature_holds(envelope.sender.public_key, canonical(raw), envelope.signature):
        raise PeerRefused(
            401,
            "The signature does not match the envelope and its sender's key",
            "sign the canonical serialisation with the key named in 'from'",
        )
    drift = abs((now or datetime.now(UTC)) - envelope.sent_at)
    if drift > FRESH:
        raise PeerRefused(
            400,
            f"The envelope is stale (sent {int(drift.total_seconds())} s from now)",
            "send a new one, and check both clocks are right",
        )
    return envelope
