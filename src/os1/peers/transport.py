"""Envelopes over HTTP: JSON in and out, with a time limit, in a worker thread so that a
server's event loop keeps serving (a peer on the same server answers the same loop).

Every request goes only where `destinations` allows, and connects to the very
addresses that were checked: the host is resolved once, each address checked,
and the socket opened to one of them; the name is not looked up again, so it
cannot answer differently between the check and the connection (DNS
rebinding). TLS is still verified against the host's name. Redirects are never
followed (an allowed address could otherwise send the request on to a
forbidden one), and no proxy from the environment is used (it would connect
wherever it liked). httpx offers no hook at the point of connection (only
rewriting the URL to the address with the `sni_hostname` extension, or
replacing its transport's private connection pool), so this is the standard
library's http.client, whose `connect` is that one place.

Not covered: a peer that is itself a proxy or forwards what it receives; a
public address routed to a private network by the operator's own firewall.

What a remote sends is never shown to the person: its words go to the log,
and the person reads os1's own sentence for what happened.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import logging
import socket
import ssl
import time
from typing import Any

from os1.errors import InputError
from os1.peers.destinations import Address, SocketAddress, parse_address, resolve
from os1.peers.exchange import PeerError

log = logging.getLogger(__name__)

TIMEOUT_S = 60.0  # a talk's answer is written by the other OS's brain first
LARGEST = 256 * 1024
_CHUNK = 16 * 1024


class Refused(PeerError):
    """The other side answered with an HTTP error; `status` is its code."""

    def __init__(self, status: int, problem: str, fix: str) -> None:
        super().__init__(problem, fix)
        self.status = status


class HttpTransport:
    def __init__(self, private_ok: bool, timeout_s: float = TIMEOUT_S) -> None:
        """`private_ok` is the operator's `peer_private_addresses`."""
        self.private_ok = private_ok
        self.timeout_s = timeout_s

    async def get(self, url: str) -> dict[str, Any]:
        return await asyncio.to_thread(self._call, url, None)

    async def post(self, url: str, body: dict[str, Any]) -> dict[str, Any]:
        return await asyncio.to_thread(self._call, url, json.dumps(body).encode())

    def _call(self, url: str, data: bytes | None) -> dict[str, Any]:
        address, rest = _split(url)
        addresses = resolve(address, self.private_ok)
        deadline = time.monotonic() + self.timeout_s
        connection = _connection(address, addresses, self.timeout_s)
        try:
            connection.request(
                "GET" if data is None else "POST",
                address.path + rest,
                body=data,
                headers={"content-type": "application/json", "accept": "application/json"},
            )
            answer = connection.getresponse()
            body = _read(answer, deadline)
        except (OSError, http.client.HTTPException) as exc:
            log.warning("peer %s: %s", url, exc)
            raise PeerError(
                f"The OS at {address} cannot be reached",
                "check the address and that its os1 serve is running",
            ) from exc
        finally:
            connection.close()
        if 300 <= answer.status < 400:
            log.warning("peer %s: redirected (%s) to %r, not followed", url, answer.status,
                        answer.getheader("location", "")[:300])  # fmt: skip
            raise Refused(answer.status, f"{address} did not answer as an OS", _ASK)
        if answer.status >= 400:
            log.warning("peer %s: %s %r", url, answer.status, body[:300])
            raise _refused(address, answer.status)
        return _json(body, url, address)


_ASK = "check the address with its person (`os1 peer me` shows it)"


def _split(url: str) -> tuple[Address, str]:
    """An OS's address and what follows it on this request ("/card", "/inbox")."""
    base, slash, rest = url.rpartition("/")
    if rest not in {"card", "inbox"}:
        raise InputError(f"{url[:200]} is not an OS's address", _ASK)
    return parse_address(base), slash + rest


def _refused(address: Address, status: int) -> Refused:
    if status == 403:
        return Refused(
            status,
            f"The OS at {address} does not listen to yours: it is not one of the peers its "
            "person added",
            "ask its person to add yours (its address is what `os1 peer me` shows)",
        )
    if status == 404:
        return Refused(status, f"There is no OS at {address}", _ASK)
    return Refused(
        status,
        f"The OS at {address} refused the message (HTTP {status})",
        "nothing was arranged; try again later, or ask its person",
    )


class _Pinned(http.client.HTTPConnection):
    """A connection to addresses already checked, never to the name looked up again."""

    addresses: list[SocketAddress]

    def connect(self) -> None:
        self.sock = _open(self.addresses, self.timeout)


class _PinnedTLS(http.client.HTTPSConnection, _Pinned):
    # HTTPSConnection.connect opens the socket through _Pinned.connect, then wraps it
    # in TLS for `self.host`, the name: the certificate is checked against it.
    pass


def _connection(
    address: Address, addresses: list[SocketAddress], timeout_s: float
) -> http.client.HTTPConnection:
    connection: _Pinned
    if address.scheme == "https":
        context = ssl.create_default_context()
        connection = _PinnedTLS(address.host, address.port, timeout=timeout_s, context=context)
    else:
        connection = _Pinned(address.host, address.port, timeout=timeout_s)
    connection.addresses = addresses
    return connection


def _open(addresses: list[SocketAddress], timeout: float | None) -> socket.socket:
    failed: OSError = OSError("no address to connect to")
    for family, sockaddr in addresses:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(timeout)
            sock.connect(sockaddr)
        except OSError as exc:
            sock.close()
            failed = exc
            continue
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock
    raise failed


def _read(answer: http.client.HTTPResponse, deadline: float) -> bytes:
    """The body, at most LARGEST + 1 bytes of it, within the time limit: a remote that
    dribbles bytes cannot hold this thread for longer."""
    body = bytearray()
    while len(body) <= LARGEST:
        if time.monotonic() > deadline:
            raise TimeoutError("the answer took too long")
        chunk = answer.read1(_CHUNK)
        if not chunk:
            break
        body += chunk
    return bytes(body)


def _json(data: bytes, url: str, address: Address) -> dict[str, Any]:
    try:
        if len(data) > LARGEST:
            raise ValueError("too long")
        value = json.loads(data)
        if not isinstance(value, dict):
            raise ValueError("not an object")
        return value
    except ValueError as exc:
        log.warning("peer %s: not os1's answer (%s): %r", url, exc, data[:300])
        raise PeerError(f"{address} did not answer as an OS", _ASK) from exc
