"""An `x-request-id` on every response, as the OpenAI API sends: clients log it beside
a failure, and a person reporting one can quote it."""

from __future__ import annotations

import re
import secrets

from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADER = b"x-request-id"
# A client's own id is kept (a proxy may have set one), if it is short and plain:
# anything else could forge log lines.
_PLAIN = re.compile(rb"[A-Za-z0-9._:-]{1,128}")


class RequestIds:
    """ASGI middleware: the request's id in `scope["state"]["request_id"]` and in the
    response's headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(HEADER, b"")
        ident = given if _PLAIN.fullmatch(given) else f"req_{secrets.token_hex(16)}".encode()
        scope.setdefault("state", {})["request_id"] = ident.decode()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k != HEADER]
                message["headers"] = [*headers, (HEADER, ident)]
            await send(message)

        await self.app(scope, receive, send_with_id)
