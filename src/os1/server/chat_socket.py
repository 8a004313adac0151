"""Typed conversation over a WebSocket: the web client's chat, and anything else that talks.

The protocol:

Client to server (text frames, JSON)
    {"type": "say", "text": ...}    a message; the reply streams back.

Server to client
    {"type": "ready", "name": ...}  first: the OS is listening (its name).
    {"type": "progress", "text": ...}
                                    long work under way before the reply starts ("Writing
                                    the letter to Catherine: paragraph 2 of 4…"); each
                                    replaces the last, and the first piece ends them.
    {"type": "piece", "text": ...}  part of the reply, as it is written.
    {"type": "reply", "text": ..., "mood": ...}
                                    the whole reply, once written, and the OS's mood
                                    after it (null with feelings off).
    {"type": "outreach", "kind": ..., "text": ...}
                                    the OS speaking first (a reminder due, a meeting soon,
                                    a greeting, a check-in: conversation/initiative.py), at
                                    any moment; what waited for the person comes after ready.
    {"type": "error", "message": ..., "fix": ...}
                                    that message could not be taken; the socket stays open.

A socket that is not signed in (cookie from os1's own page, or an API key as
a bearer token) is closed with 1008; one whose OS has not yet had its first
boot gets an error first. A frame over 64 KiB closes it with 1009.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, WebSocket
from starlette.websockets import WebSocketDisconnect

from os1.errors import Os1Error
from os1.server.hosting import Hosting
from os1.server.outreach import as_frames
from os1.server.personal_os import PersonalOS
from os1.server.socket_entry import enter
from os1.skills.progress import listening

router = APIRouter()
MAX_FRAME = 64 * 1024
GATHER_S = 0.04
TOO_BIG = 1009


async def _error(socket: WebSocket, message: str, fix: str) -> None:
    await socket.send_text(json.dumps({"type": "error", "message": message, "fix": fix}))


def _said(frame: dict[str, Any]) -> str | None:
    """The text of a "say" frame, or None for anything else."""
    text = frame.get("text") if frame.get("type") == "say" else None
    return text if isinstance(text, str) else None


@router.websocket("/ws/chat")
async def chat(socket: WebSocket) -> None:
    host: Hosting = socket.app.state.hosting
    personal = await enter(socket)
    if personal is None:
        return
    user_id = personal.user_id
    tell = as_frames(socket.send_text)
    host.listeners.add(user_id, tell)
    try:
        await socket.send_text(json.dumps({"type": "ready", "name": personal.name}))
        await host.outreaching.look(user_id, datetime.now(UTC))
        await _converse(socket, personal)
    except WebSocketDisconnect:
        pass
    finally:
        host.listeners.remove(user_id, tell)
        personal.conversation.close()


async def _converse(socket: WebSocket, personal: PersonalOS) -> None:
    while True:
        message = await socket.receive()
        if message["type"] == "websocket.disconnect":
            return
        raw = message.get("text")
        if raw is None:
            await _error(socket, "Binary frames are not chat", 'send {"type": "say", "text": ...}')
            continue
        if len(raw) > MAX_FRAME:
            await socket.close(TOO_BIG, "frame over 64 KiB")
            return
        try:
            frame = json.loads(raw)
        except ValueError:
            await _error(socket, "That frame is not JSON", 'send {"type": "say", "text": ...}')
            continue
        text = _said(frame) if isinstance(frame, dict) else None
        if text is None:
            await _error(
                socket, "os1 understands only say frames here", 'send {"type": "say", "text": ...}'
            )
            continue
        await _answer(socket, personal, text)


async def _answer(socket: WebSocket, personal: PersonalOS, text: str) -> None:
    # The first piece goes at once (it is what the person waits for); later ones are
    # gathered for up to GATHER_S, so a quick brain costs a frame, not a frame a word.
    held: list[str] = []
    sent_at: float | None = None
    loop = asyncio.get_running_loop()

    async def progress(said: str) -> None:
        await socket.send_text(json.dumps({"type": "progress", "text": said}))

    try:
        reply = personal.conversation.say(text)
        with listening(progress):
            async for piece in reply:
                held.append(piece)
                if sent_at is None or loop.time() - sent_at >= GATHER_S:
                    await socket.send_text(json.dumps({"type": "piece", "text": "".join(held)}))
                    held, sent_at = [], loop.time()
        if held:
            await socket.send_text(json.dumps({"type": "piece", "text": "".join(held)}))
    except Os1Error as exc:
        await _error(socket, exc.problem, exc.fix)
        return
    inner_life = personal.conversation.inner_life
    mood = inner_life.summary() if inner_life is not None else None
    await socket.send_text(json.dumps({"type": "reply", "text": reply.turn.reply, "mood": mood}))
