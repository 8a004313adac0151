"""Who is asking, and the headers every answer carries.

Two ways in: the browser's session cookie, or an API key as a bearer token
(the openai client, scripts). A cookie is sent by the browser whatever page
asks, so a request that changes something with a cookie must also carry the
session's CSRF token in `X-CSRF-Token`, which only os1's own page can read;
a WebSocket opened with a cookie must come from os1's own origin. A bearer
key is never sent by a browser on its own, so it needs neither.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request, WebSocket
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from os1.server.accounts import Account, Accounts

COOKIE = "os1_session"
CSRF_HEADER = "x-csrf-token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})

HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        b"media-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
        b"form-action 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"microphone=(self), camera=(), geolocation=()"),
]


class SecurityHeaders:
    """Adds the headers above to every HTTP answer (a plain ASGI wrapper, so streamed
    answers and WebSockets pass through untouched)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        private = scope["path"].startswith(("/api/", "/v1/"))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += HEADERS
                if private:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


@dataclass(frozen=True, slots=True)
class Caller:
    account: Account
    # Set when the caller came with the session cookie: the token unsafe requests must echo.
    csrf: str | None = None
    session_token: str | None = None


def _bearer(connection: HTTPConnection) -> str | None:
    header = connection.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def identify(connection: HTTPConnection, accounts: Accounts) -> Caller | None:
    key = _bearer(connection)
    if key is not None:
        account = accounts.holder_of(key)
        return Caller(account) if account is not None else None
    token = connection.cookies.get(COOKIE)
    if token:
        session = accounts.session(token)
        if session is not None:
            return Caller(session.account, session.csrf, token)
    return None


def _accounts(connection: HTTPConnection) -> Accounts:
    return connection.app.state.hosting.accounts


def _refuse(status: int, message: str, fix: str, **headers: str) -> HTTPException:
    return HTTPException(status, {"message": message, "fix": fix}, headers=headers or None)


async def caller(request: Request) -> Caller:
    """FastAPI dependency: the signed-in caller, or 401; and CSRF for unsafe cookie requests."""
    found = identify(request, _accounts(request))
    if found is None:
        raise _refuse(
            401,
            "Not signed in, or the API key is wrong or revoked",
            "sign in, or send 'Authorization: Bearer <your API key>'",
            **{"WWW-Authenticate": "Bearer"},
        )
    if found.csrf is not None and request.method in UNSAFE:
        sent = request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(sent.encode(), found.csrf.encode()):
            raise _refuse(
                403,
                "This request did not come from os1's own page (no CSRF token)",
                "reload the page and try again",
            )
    return found


def same_origin(connection: HTTPConnection) -> bool:
    """Whether a browser's request came from a page this server served (or from no page)."""
    origin = connection.headers.get("origin")
    if origin is None:
        return True  # not a browser page: curl, the openai client, a test
    host = connection.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


async def socket_caller(socket: WebSocket) -> Caller | None:
    """The caller of a WebSocket, or None (the socket should be closed with 1008)."""
    found = identify(socket, _accounts(socket))
    if found is None:
        return None
    if found.session_token is not None and not same_origin(socket):
        return None  # someone else's page riding on the person's cookie
    return found


def cookie_settings(request: Request) -> dict[str, Any]:
    return {
        "key": COOKIE,
        "httponly": True,
        "samesite": "strict",
        "secure": request.url.scheme == "https",
        "path": "/",
    }
