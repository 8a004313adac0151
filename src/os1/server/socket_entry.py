"""Coming in on a WebSocket: who it is, and their own OS (the chat and the voice both)."""

from __future__ import annotations

import json

from fastapi import WebSocket

from os1.server.hosting import Hosting
from os1.server.personal_os import PersonalOS
from os1.server.security import socket_caller

POLICY = 1008  # the WebSocket close code for "not allowed"


async def enter(socket: WebSocket) -> PersonalOS | None:
    """The caller's OS, over an accepted socket; None, with the socket closed with 1008
    and the reason, for a caller not signed in or an OS that has not woken yet."""
    host: Hosting = socket.app.state.hosting
    who = await socket_caller(socket)
    await socket.accept()
    if who is None:
        await socket.close(POLICY, "sign in first")
        return None
    personal = host.oses.open(who.account.user_id)
    if personal is None:
        waking = {
            "type": "error",
            "message": "This OS has not woken up yet",
            "fix": "answer the first-boot interview",
        }
        await socket.send_text(json.dumps(waking))
        await socket.close(POLICY, "first boot first")
    return personal
