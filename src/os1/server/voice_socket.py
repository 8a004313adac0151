"""Spoken conversation over a WebSocket: the browser's microphone in, the OS's voice out.

The protocol is voice/websocket.py's; this route signs the socket in and puts
the person's own OS behind the session. What the OS says first (a reminder due)
is spoken in the session like a reply.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, WebSocket

from os1.conversation.outreach_records import Outreach
from os1.conversation.spoken import ConversationResponder
from os1.server.hosting import Hosting
from os1.server.socket_entry import enter
from os1.voice.session import VoiceSession
from os1.voice.websocket import converse_over_websocket

router = APIRouter()


@router.websocket("/ws/voice")
async def voice(socket: WebSocket) -> None:
    host: Hosting = socket.app.state.hosting
    personal = await enter(socket)
    if personal is None:
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

    user_id = personal.user_id
    host.listeners.add(user_id, tell)
    try:
        await converse_over_websocket(socket, session)
    finally:
        host.listeners.remove(user_id, tell)
        await session.close()
        personal.conversation.close()
