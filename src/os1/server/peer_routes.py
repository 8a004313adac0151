"""OSes talking to each other over HTTP (the protocol itself is os1.peers).

Two routes answer without an account: an OS's card, and its inbox, which
takes only envelopes signed by a peer its person added. The rest are the
person's own, under /api/peers: their OS's address, the peers they added and
what each may be told, arranging a dinner or a talk, and every envelope.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request, Response
from pydantic import BaseModel, Field

from os1.errors import Os1Error
from os1.peers import dinner, talk
from os1.peers.book import Logged, Peer, PeerBook, Transcript
from os1.peers.envelope import LARGEST, PeerRefused
from os1.peers.exchange import Outbox, OwnOS, PeerError, fetch_card
from os1.peers.identity import OS_ID, card, identity_by_os_id, own_identity, set_address
from os1.peers.inbox import receive
from os1.peers.transport import HttpTransport
from os1.server.hosting import Hosting, hosting
from os1.server.security import Caller, caller
from os1.server.web_api import NotFound

router = APIRouter()
Hosted = Annotated[Hosting, Depends(hosting)]
Signed = Annotated[Caller, Depends(caller)]
OsId = Annotated[str, Path(pattern=OS_ID.pattern)]
PeerName = Annotated[str, Path(min_length=1, max_length=40)]


def _refused(exc: Os1Error, status: int) -> HTTPException:
    return HTTPException(status, {"message": exc.problem, "fix": exc.fix})


def _own(host: Hosting, user_id: str) -> OwnOS:
    return host.oses.person(user_id).own_os(host.store, host.brain)


def _address(request: Request, os_id: str) -> str:
    return f"{str(request.base_url).rstrip('/')}/peer/{os_id}"


async def _at_most(request: Request, limit: int) -> bytes:
    """The body, read with a running count that stops past `limit`: an envelope is
    small, and a large body must not be held (or even received) before it is refused."""
    too_long = HTTPException(
        413, {"message": "The message is too long", "fix": f"keep envelopes under {limit} bytes"}
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_long
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_long
    return bytes(body)


def _transport(host: Hosting) -> HttpTransport:
    return HttpTransport(host.settings.peer_private_addresses)


# Open to other OSes


@router.get("/peer/{os_id}/card")
async def peer_card(os_id: OsId, request: Request, host: Hosted) -> dict[str, Any]:
    """An OS's card: its name, its public key, its address. Nothing of its person."""
    identity = identity_by_os_id(host.store, os_id)
    persona = host.oses.persona(identity.user_id) if identity else None
    if identity is None or persona is None:
        raise HTTPException(404, {"message": "There is no OS here with that id",
                                  "fix": "ask its person for the address again"})  # fmt: skip
    # Built from this request, not stored: an open route must not change what the OS
    # says of itself (its person's signed-in asking sets that, /api/peers/me).
    return card(identity, persona.name, _address(request, os_id)).model_dump()


@router.post("/peer/{os_id}/inbox")
async def peer_inbox(os_id: OsId, request: Request, host: Hosted) -> dict[str, Any]:
    """A signed envelope from a peer; the answer is this OS's signed envelope."""
    identity = identity_by_os_id(host.store, os_id)
    if identity is None or host.oses.persona(identity.user_id) is None:
        raise HTTPException(404, {"message": "There is no OS here with that id",
                                  "fix": "check the peer's address"})  # fmt: skip
    data = await _at_most(request, LARGEST)
    try:
        raw = json.loads(data)
    except ValueError as exc:
        raise HTTPException(400, {"message": "The message is not JSON",
                                  "fix": "send an os1 envelope"}) from exc  # fmt: skip
    try:
        answer = await receive(_own(host, identity.user_id), raw)
    except PeerRefused as exc:
        raise _refused(exc, exc.status) from exc
    # What the OS arranged or talked about reaches its person now, if they are here.
    await host.outreaching.deliver_waiting(identity.user_id)
    return answer


# The person's own


class NewPeer(BaseModel):
    url: str = Field(min_length=8, max_length=500)
    name: str | None = Field(None, min_length=1, max_length=40)
    person: str | None = Field(None, min_length=1, max_length=60)


class SharingChange(BaseModel):
    free_slots: bool | None = None
    hours_from: str | None = Field(None, pattern=r"^\d\d:\d\d$")
    hours_to: str | None = Field(None, pattern=r"^\d\d:\d\d$")
    talk: bool | None = None


class DinnerAsk(BaseModel):
    days: int = Field(7, ge=1, le=31)
    minutes: int = Field(120, ge=15, le=360)


class TalkAsk(BaseModel):
    topic: str = Field(min_length=1, max_length=talk.TOPIC)
    turns: int = Field(3, ge=1, le=talk.MOST_TURNS)


def _peer(peer: Peer) -> dict[str, Any]:
    return {
        "name": peer.name,
        "os_name": peer.os_name,
        "person": peer.person,
        "url": peer.url,
        "sharing": peer.sharing.model_dump(mode="json"),
        "added_at": peer.added_at.isoformat(),
    }


def _logged(logged: Logged) -> dict[str, Any]:
    return {
        "direction": logged.direction,
        "conversation": logged.conversation,
        "seq": logged.seq,
        "kind": logged.kind,
        "at": logged.at.isoformat(),
        "envelope": logged.envelope,
    }


def _book(who: Caller, host: Hosting) -> PeerBook:
    return PeerBook(host.store, who.account.user_id)


def _named(who: Caller, host: Hosting, name: str) -> Peer:
    found = _book(who, host).find(name)
    if found is None:
        raise NotFound(f"You have no peer called {name}", "list yours at GET /api/peers")
    return found


@router.get("/api/peers/me")
async def my_address(request: Request, who: Signed, host: Hosted) -> dict[str, Any]:
    """This person's OS's address, for other people to add it (made on first asking)."""
    user_id = who.account.user_id
    own = _own(host, user_id)
    identity = own_identity(host.store, user_id)
    address = _address(request, identity.os_id)
    set_address(host.store, user_id, address)
    return {"name": own.name, "os_id": identity.os_id, "address": address}


@router.get("/api/peers")
async def peers(who: Signed, host: Hosted) -> list[dict[str, Any]]:
    return [_peer(p) for p in _book(who, host).all()]


@router.post("/api/peers", status_code=201)
async def add_peer(body: NewPeer, who: Signed, host: Hosted) -> dict[str, Any]:
    """Add another OS by its address; it is fetched and checked against that address."""
    try:
        found = await fetch_card(_transport(host), body.url)
    except PeerError as exc:
        raise _refused(exc, 502) from exc
    own_identity(host.store, who.account.user_id)  # so that it can be added back
    return _peer(_book(who, host).add(found, body.name, body.person))


@router.patch("/api/peers/{name}")
async def change_sharing(
    name: PeerName, body: SharingChange, who: Signed, host: Hosted
) -> dict[str, Any]:
    """What your OS may tell this peer."""
    book = _book(who, host)
    changes = body.model_dump(exclude_none=True)
    return _peer(book.allow(_named(who, host, name), **changes))


@router.delete("/api/peers/{name}", status_code=204)
async def remove_peer(name: PeerName, who: Signed, host: Hosted) -> Response:
    book = _book(who, host)
    book.remove(_named(who, host, name))
    return Response(status_code=204)


@router.get("/api/peers/{name}/log")
async def peer_log(name: PeerName, who: Signed, host: Hosted) -> list[dict[str, Any]]:
    """Every envelope sent to and received from this peer, oldest first."""
    user_id = who.account.user_id
    peer = _named(who, host, name)
    return [_logged(m) for m in Transcript(host.store, user_id, peer).log()]


@router.post("/api/peers/{name}/dinner")
async def arrange_dinner(
    name: PeerName, body: DinnerAsk, who: Signed, host: Hosted
) -> dict[str, Any]:
    """Ask the peer's OS for a dinner within `days`; both calendars get it if agreed."""
    user_id = who.account.user_id
    own = _own(host, user_id)
    peer = _named(who, host, name)
    try:
        outcome = await dinner.arrange(
            own, Outbox(own, peer, _transport(host)), body.days, body.minutes
        )
    except PeerError as exc:
        raise _refused(exc, 502) from exc
    slot = outcome.slot.as_json() if outcome.slot else None
    return {"agreed": slot, "said": outcome.say(own.zone)}


@router.post("/api/peers/{name}/talk")
async def talk_with(name: PeerName, body: TalkAsk, who: Signed, host: Hosted) -> dict[str, Any]:
    """A few turns of talk between the two OSes on a topic; what each said."""
    user_id = who.account.user_id
    own = _own(host, user_id)
    peer = _named(who, host, name)
    try:
        lines = await talk.talk(own, Outbox(own, peer, _transport(host)), body.topic, body.turns)
    except PeerError as exc:
        raise _refused(exc, 502) from exc
    return {"lines": [{"speaker": x.speaker, "mine": x.mine, "text": x.text} for x in lines]}
