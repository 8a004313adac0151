"""How large a request body may be, by route, enforced as the body comes in.

Routes open without an account (sign-up, sign-in, a peer's inbox) read their
body before anything else, so one request could hold as much memory as it
cared to send: a 1 GiB sign-up took the server to 3.3 GB. A body that says
it is too long is refused before a byte of it is read; one that does not say
(chunked) is counted as it arrives and cut off at the limit, the rest left
unread on the connection, which is then closed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from os1.peers.envelope import LARGEST
from os1.server.openai_audio import MAX_AUDIO_BYTES

KiB = 1024
MiB = 1024 * KiB


@dataclass(frozen=True, slots=True)
class BodyLimit:
    size: int  # bytes
    fix: str

    def problem(self) -> str:
        shown = f"{self.size // MiB} MiB" if self.size >= MiB else f"{self.size // KiB} KiB"
        return f"The request body is over {shown}, the most this address takes"


# The largest JSON a person sends is a message or a note (8,000 characters, under 100 KB
# even with every character escaped); a megabyte leaves room for what comes next.
SMALL = BodyLimit(MiB, "send less")
# OpenAI clients send the whole conversation every time (os1 reads the last message).
CHAT = BodyLimit(4 * MiB, "send fewer earlier messages")
# The recording, and the form fields and boundaries around it.
AUDIO = BodyLimit(MAX_AUDIO_BYTES + MiB, "send a shorter recording (25 MiB at most)")
# archive_api.MAX_UPLOAD: more than any one life's words and letters.
ARCHIVE = BodyLimit(512 * MiB, "import a larger archive with `os1 import` on the server")
INBOX = BodyLimit(LARGEST, "send a shorter envelope")

EXACT = {
    "/v1/chat/completions": CHAT,
    "/v1/audio/transcriptions": AUDIO,
    "/api/archive": ARCHIVE,
}
PEER_INBOX = re.compile(r"/peer/[^/]+/inbox")


def body_limit(path: str) -> BodyLimit:
    if PEER_INBOX.fullmatch(path):
        return INBOX
    return EXACT.get(path, SMALL)


class BodyTooLarge(HTTPException):
    """Raised where the app reads the body; FastAPI passes HTTPExceptions through its
    body parsing (any other error there becomes a 400)."""

    def __init__(self, limit: BodyLimit) -> None:
        super().__init__(
            413, {"message": limit.problem(), "fix": limit.fix, "code": "request_too_large"}
        )
        self.limit = limit


def _refusal(limit: BodyLimit) -> JSONResponse:
    error = {
        "message": limit.problem(),
        "type": "invalid_request_error",
        "param": None,
        "code": "request_too_large",
        "fix": limit.fix,
    }
    # Closed after the answer: the rest of the body is never read, so the connection
    # cannot carry another request.
    return JSONResponse({"error": error}, status_code=413, headers={"connection": "close"})


def _declared(scope: Scope) -> int | None:
    for key, value in scope["headers"]:
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # the server refuses it before the app sees it
    return None


class BodyLimits:
    """Holds every HTTP request body to its route's limit (a plain ASGI wrapper around
    `receive`, so streamed answers and WebSockets pass through untouched)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope["path"])
        declared = _declared(scope)
        if declared is not None and declared > limit.size:
            await _refusal(limit)(scope, receive, send)
            return
        received = 0
        over = False
        answered = False

        async def counted() -> Message:
            nonlocal received, over
            if over:
                raise BodyTooLarge(limit)
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit.size:
                    over = True
                    raise BodyTooLarge(limit)
            return message

        async def answer(message: Message) -> None:
            nonlocal answered
            if over:
                # Whatever the app made of a body cut short, the answer is the limit's.
                if message["type"] == "http.response.start" and not answered:
                    answered = True
                    await _refusal(limit)(scope, receive, send)
                return
            answered = answered or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, answer)
        except Exception:
            # Whatever failed on a body cut short failed because it was cut short.
            if not over or answered:
                raise
            await _refusal(limit)(scope, receive, send)
