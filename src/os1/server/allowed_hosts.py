"""Which Host names the server answers to.

A page on another site can make a browser talk to a server on loopback by
pointing its own name at 127.0.0.1 (DNS rebinding); the browser then sends
that site's name as Host, and treats the answers as the site's own. Answering
only to the names the server is known by closes that door, for WebSockets
too. Starlette's TrustedHostMiddleware splits `[::1]:8080` at the first colon
and answers in plain text, hence this small one.
"""

from __future__ import annotations

import ipaddress

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
# Enough of a refused name to recognise it; the rest is someone else's text.
SHOWN_CHARS = 100


def is_loopback(address: str) -> bool:
    """Whether listening on `address` keeps the server on this machine."""
    if address.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False  # a name: it may resolve to any interface


def answered_hosts(setting: str | None, listening_on: str) -> frozenset[str] | None:
    """The names to answer (None: any), from `allowed_hosts` and the address listened on.

    Loopback names are always answered: a rebinding page makes the browser send its own
    name, never `localhost`, and the operator's checks on the machine keep working."""
    if setting:
        names = {_bare(name) for name in setting.split(",") if name.strip()}
        return None if "*" in names else frozenset(names) | LOOPBACK_NAMES
    if is_loopback(listening_on):
        return LOOPBACK_NAMES | {listening_on.lower()}
    return None


def _bare(name: str) -> str:
    """A Host value without its port, brackets, trailing dot or capitals."""
    name = name.strip().lower()
    if name.startswith("["):
        name = name[1 : name.find("]")] if "]" in name else ""
    elif name.count(":") == 1:
        name = name.partition(":")[0]
    return name.rstrip(".")


class AllowedHosts:
    """Refuses HTTP requests and WebSockets that name a host not in `names` (None: any)."""

    def __init__(self, app: ASGIApp, names: frozenset[str] | None) -> None:
        self.app = app
        self.names = names

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.names is None or scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        sent = next((value for key, value in scope["headers"] if key == b"host"), b"")
        name = _bare(sent.decode("latin-1"))
        if name in self.names:
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            # Refused before the handshake (403), as a socket from another origin is; a
            # JSON denial response would do, but uvicorn logs each one as an error.
            await send({"type": "websocket.close", "code": 1008})
            return
        shown = name[:SHOWN_CHARS] or "(none)"
        refusal = {
            "message": f"This server does not answer to the name {shown}",
            "type": "invalid_request_error",
            "param": None,
            "code": "host_not_allowed",
            "fix": "use the server's own address; its operator can add the name to "
            "OS1_ALLOWED_HOSTS",
        }
        await JSONResponse({"error": refusal}, status_code=400)(scope, receive, send)
