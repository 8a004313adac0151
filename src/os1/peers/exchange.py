"""One OS's side of an exchange: what it is made of, and how it sends and hears back.

`OwnOS` is everything the protocol may touch of one person's OS: its store
rows, its calendar, its brain (for talk), its time zone, and a way to tell
its person what it did. Nothing else of the person (memories, mail, facts)
is within reach of this package.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from os1.brain.types import Brain
from os1.errors import InputError, Os1Error, first_problem
from os1.memory.store import Store
from os1.peers.book import Peer, Transcript
from os1.peers.destinations import parse_address
from os1.peers.envelope import Envelope, Kind, PeerRefused, seal, unseal
from os1.peers.identity import Card, Identity, own_identity
from os1.skills.calendar import Calendar

M = TypeVar("M", bound=BaseModel)
log = logging.getLogger(__name__)


class PeerError(Os1Error):
    """A peer could not be reached, refused, or answered with something untrustworthy."""


class Transport(Protocol):
    """How envelopes travel: HTTP in os1 (`transport.HttpTransport`)."""

    async def get(self, url: str) -> dict[str, Any]: ...

    async def post(self, url: str, body: dict[str, Any]) -> dict[str, Any]: ...


@dataclass(slots=True)
class OwnOS:
    store: Store
    user_id: str
    name: str
    calendar: Calendar
    zone: tzinfo
    brain: Brain | None = None
    # Tells the person something their OS did on its own: (key said once, text).
    tell: Callable[[str, str], None] = lambda key, text: None
    seed: int | None = None

    @property
    def identity(self) -> Identity:
        return own_identity(self.store, self.user_id)


def parsed(model: type[M], body: dict[str, Any], status: int = 422) -> M:
    """A body in its strict shape; anything more or else is refused, not read."""
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        raise PeerRefused(
            status,
            f"The message's body is malformed ({first_problem(exc, 'body')})",
            "see os1-peer/1",
        ) from exc


async def fetch_card(transport: Transport, address: str) -> Card:
    """The card at an OS's address, checked against that address: its key must hash to
    the id there, and the address it gives must be that address (later envelopes go to
    it). What the remote said is for the log; the person reads os1's own sentence."""
    where = parse_address(address)
    not_an_os = PeerError(
        f"{where} did not answer as an OS",
        "check the address with its person (`os1 peer me` shows it)",
    )
    try:
        raw = await transport.get(f"{where}/card")
    except PeerError as exc:
        raise not_an_os from exc
    try:
        card = Card.model_validate(raw)
    except ValidationError as exc:
        log.warning("peer %s: not a card (%s)", where, first_problem(exc, "card"))
        raise not_an_os from exc
    card = card.checked(str(where))
    try:
        gives = parse_address(card.url)
    except InputError as exc:
        log.warning("peer %s: its card gives %r", where, card.url)
        raise not_an_os from exc
    if gives != where:
        log.warning("peer %s: its card gives another address, %r", where, card.url)
        raise InputError(
            f"The card at {where} gives another address than the one it was fetched from",
            "ask its person for the address their OS gives (`os1 peer me`), and add that",
        )
    return card.model_copy(update={"url": str(where)})


class Outbox:
    """Sends envelopes to one peer and checks what comes back, keeping both."""

    def __init__(self, own: OwnOS, peer: Peer, transport: Transport) -> None:
        self.own = own
        self.peer = peer
        self.transport = transport
        self.transcript = Transcript(own.store, own.user_id, peer)

    async def send(self, conversation: str, kind: Kind, body: dict[str, Any]) -> Envelope:
        identity = self.own.identity
        sealed = seal(
            identity,
            self.own.name,
            self.peer.os_id,
            conversation,
            self.transcript.next_seq(conversation),
            kind,
            body,
        )
        # Kept before it goes: a message that found no answer is still in the log.
        self.transcript.record("sent", sealed)
        raw = await self.transport.post(f"{self._address()}/inbox", sealed)
        try:
            reply = unseal(raw, identity.os_id)
            if (
                reply.sender.os_id != self.peer.os_id
                or reply.sender.public_key != self.peer.public_key
            ):
                raise PeerRefused(403, "The answer was signed by another OS", "")
            if reply.conversation != conversation:
                raise PeerRefused(400, "The answer belongs to another conversation", "")
            self.transcript.record("received", raw)
        except PeerRefused as exc:
            raise PeerError(
                f"{self.peer.name}'s answer cannot be trusted ({exc.problem})",
                "nothing was arranged; tell its person, and try again later",
            ) from exc
        return reply

    def _address(self) -> str:
        """The peer's address, if it is still the OS it was added as: a row added before
        cards were checked against their address may name another place."""
        address = parse_address(self.peer.url)
        if address.os_id != self.peer.os_id:
            raise InputError(
                f"{self.peer.name}'s address is not its OS's",
                f"remove it (os1 peer remove {self.peer.name}) and add it again by its address",
            )
        return str(address)
