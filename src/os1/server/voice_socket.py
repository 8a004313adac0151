"""Spoken conversation over a WebSocket: the browser's microphone in, the OS's voice out.

The protocol is voice/websocket.py's; this route signs the socket in and puts
the person's own OS behind the session.
"""

from __future__ import annotations

import json

from fastapi import APIRouter, WebSocket

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
    try:
        await converse_over_websocket(socket, session)
    finally:
        await session.close()
        personal.conversation.close()
