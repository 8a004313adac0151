"""Spoken conversation over a WebSocket: the browser's microphone in, the OS's voice out.

The protocol is voice/websocket.py's; this route signs the socket in and puts
the person's own OS behind the session. What the OS says first (a reminder due)
is spoken in the session like a reply.
"""

from __future__ import annotations

import asyncio
import json

from fastapi import APIRouter, WebSocket

from os1.conversation.initiative import Outreach
from os1.conversation.spoken import ConversationResponder
from os1.server.hosting import Hosting
from os1.server.security import socket_caller
from os1.voice.session import VoiceSession
from os1.voice.websocket import converse_over_websocket

router = APIRouter()


@router.websocket("/ws/voice")
async def voice(socket: WebSocket) -> None:
    host: Hosting = socket.app.state.hosting
    who = await socket_caller(socket)
    await socket.accept()
    if who is None:
        await socket.close(1008, "sign in first")
        return
    personal = host.oses.open(who.account.user_id)
    if personal is None:
        message = {
            "type": "error",
            "message": "This OS has not woken up yet",
            "fix": "answer the first-boot interview",
        }
        await socket.send_text(json.dumps(message))
        await socket.close(1008, "first boot first")
        return
    session = VoiceSession(
        ConversationResponder(personal.conversation),
        host.voices.transcriber,
        host.voices.speaker,
    )

    speaking: set[asyncio.Task[None]] = set()  # held, so a task is not collected mid-way

    async def tell(outreach: list[Outreach]) -> None:
        # Spoken, not awaited here: the clock that found it must not wait for the voice.
        for said in outreach:
            task = asyncio.get_running_loop().create_task(session.announce(said.text))
            speaking.add(task)
            task.add_done_callback(speaking.discard)

    user_id = who.account.user_id
    host.listeners.add(user_id, tell)
    try:
        await converse_over_websocket(socket, session)
    finally:
        host.listeners.remove(user_id, tell)
        await session.close()
        personal.conversation.close()
