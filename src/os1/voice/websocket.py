"""The WebSocket transport: a browser's microphone in, the OS's voice and events out.

The protocol, for whoever writes a client:

Client to server
    binary   16-bit little-endian signed mono PCM at 16 kHz, any number of
             samples per message (an even number of bytes, at most 1 MiB).
             Send it as it is recorded: the session's clock is the samples
             received, so a live client sends in real time.
    text     {"type": "end"}: the input is over. The turn in progress is
             answered, the reply is sent in full, and the server closes (1000).

Server to client
    text     {"type": "ready", "in_rate": 16000, "out_rate": 24000, "format": "s16le"},
             always the first message.
    text     {"type": "heard", "text": ..., "at": ...}: the person's turn, transcribed.
    text     {"type": "speaking", "text": ..., "at": ..., "samples": ...}: a phrase
             of the reply; its audio is the next binary message.
    binary   that phrase: 16-bit little-endian signed mono PCM at 24 kHz
             (`samples` of them). Queue it and play the phrases in order.
    text     {"type": "stop", "said": ..., "at": ...}: the person spoke over the OS.
             Drop every phrase still queued and stop playing; `said` is what the
             OS counts as heard of its reply.
    text     {"type": "answered", "text": ...}: the whole reply, once written.
    text     {"type": "woke", "at": ...}: the wake word was heard.
    text     {"type": "error", "message": ..., "fix": ...}: a message could not be
             taken (it is dropped; the connection stays open) or the reply failed.

`at` is a position on the input clock, in samples at 16 kHz since the
connection opened. A message over 1 MiB closes the connection with 1009
(message too big), as the WebSocket protocol has it.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any, Protocol

import numpy as np

from os1.errors import Os1Error
from os1.voice.audio import RATE
from os1.voice.events import Answered, Event, Failed, Heard, Spoken, Stopped, Woke
from os1.voice.session import VoiceSession
from os1.voice.text_to_speech import SAMPLE_RATE

MAX_MESSAGE = 1 << 20  # 32 s of audio: more in one message is a broken client
FINISH_S = 120  # after "end": how long the reply may take to be written, spoken and sent
TOO_BIG = 1009
READY = {"type": "ready", "in_rate": RATE, "out_rate": SAMPLE_RATE, "format": "s16le"}


class Socket(Protocol):
    """What the transport needs of a WebSocket that is already accepted (Starlette's fits)."""

    async def receive(self) -> Mapping[str, Any]: ...  # an ASGI websocket message

    async def send_text(self, data: str) -> None: ...

    async def send_bytes(self, data: bytes) -> None: ...

    async def close(self, code: int = 1000, reason: str | None = None) -> None: ...


class _Gone(Exception):
    """The client can no longer be reached."""


async def converse_over_websocket(socket: Socket, session: VoiceSession) -> None:
    """One conversation over an accepted socket; returns when either side is done.

    The session is closed on the way out, however the connection ended.
    """
    outbox = _Outbox(socket)
    try:
        # A task group, so that a failed send or a departed client stops everything at once.
        async with asyncio.TaskGroup() as tasks:
            await outbox.text(READY)
            forwarding = tasks.create_task(_forward(session, outbox))
            if await _listen(socket, session, outbox):
                watching = tasks.create_task(_until_gone(socket))
                await _finish(session, outbox)
                watching.cancel()
                await outbox.close(1000)
            forwarding.cancel()
    except* _Gone:
        pass  # the client left: there is no one to tell
    finally:
        await session.close()


async def _listen(socket: Socket, session: VoiceSession, outbox: _Outbox) -> bool:
    """Audio into the session until the client says it is done (True) or leaves (False)."""
    while True:
        message = await socket.receive()
        if message["type"] == "websocket.disconnect":
            return False
        data: bytes | None = message.get("bytes")
        text: str | None = message.get("text")
        size = len(data) if data is not None else len((text or "").encode())
        if size > MAX_MESSAGE:
            await outbox.error(
                f"A message of {size} bytes is over the limit of {MAX_MESSAGE}",
                "send audio in pieces of a second or so",
            )
            await outbox.close(TOO_BIG, "message too big")
            return False
        if data is not None:
            if len(data) % 2:
                await outbox.error(
                    f"Audio came in {len(data)} bytes, an odd number, so not 16-bit samples",
                    "send whole 16-bit little-endian samples (an even number of bytes)",
                )
                continue
            await session.hear(np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0)
        elif text is not None:
            if _is_end(text):
                return True
            await outbox.error(
                f"{text[:60]!r} is not a message os1 knows",
                'send audio as binary messages, and {"type": "end"} when it is over',
            )


def _is_end(text: str) -> bool:
    try:
        message = json.loads(text)
    except json.JSONDecodeError:
        return False
    return isinstance(message, dict) and message.get("type") == "end"


async def _finish(session: VoiceSession, outbox: _Outbox) -> None:
    """The last turn answered and every event sent, within a time limit."""
    try:
        async with asyncio.timeout(FINISH_S):
            await session.finish()
            await session.events.join()
    except TimeoutError:
        await outbox.error(f"The reply took over {FINISH_S} s", "ask again, more briefly")
    except Os1Error as exc:  # the brain could not be reached, say
        await outbox.error(exc.problem, exc.fix)


async def _forward(session: VoiceSession, outbox: _Outbox) -> None:
    """Every event of the session to the client, as it comes."""
    while True:
        event = await session.events.get()
        try:
            await outbox.event(event)
        finally:
            session.events.task_done()


async def _until_gone(socket: Socket) -> None:
    """After "end", input is ignored; only the client leaving matters (it stops the reply)."""
    while (await socket.receive())["type"] != "websocket.disconnect":
        pass
    raise _Gone


class _Outbox:
    """Sends one message at a time, so a phrase's audio always follows its `speaking`."""

    def __init__(self, socket: Socket) -> None:
        self._socket = socket
        self._lock = asyncio.Lock()

    async def event(self, event: Event) -> None:
        if isinstance(event, Spoken):
            pcm = _pcm16(event.samples)
            speaking = {"type": "speaking", "text": event.text, "at": event.at}
            await self._send(text={**speaking, "samples": len(pcm) // 2}, data=pcm)
        elif isinstance(event, Heard):
            await self.text({"type": "heard", "text": event.text, "at": event.at})
        elif isinstance(event, Stopped):
            await self.text({"type": "stop", "said": event.said, "at": event.at})
        elif isinstance(event, Answered):
            await self.text({"type": "answered", "text": event.text})
        elif isinstance(event, Woke):
            await self.text({"type": "woke", "at": event.at})
        elif isinstance(event, Failed):
            await self.error(event.problem, event.fix)

    async def text(self, message: Mapping[str, Any]) -> None:
        await self._send(text=message)

    async def error(self, message: str, fix: str) -> None:
        await self._send(text={"type": "error", "message": message, "fix": fix})

    async def close(self, code: int, reason: str | None = None) -> None:
        await self._send(close=(code, reason))

    async def _send(
        self,
        *,
        text: Mapping[str, Any] | None = None,
        data: bytes | None = None,
        close: tuple[int, str | None] | None = None,
    ) -> None:
        async with self._lock:
            try:
                if text is not None:
                    await self._socket.send_text(json.dumps(text))
                if data is not None:
                    await self._socket.send_bytes(data)
                if close is not None:
                    await self._socket.close(*close)
            # Each server library has its own error for a closed connection
            # (Starlette's WebSocketDisconnect, websockets' ConnectionClosed, OSError):
            # whichever it is, the client is gone.
            except Exception as exc:
                raise _Gone from exc


def _pcm16(samples: np.ndarray) -> bytes:
    scaled = np.round(np.clip(samples, -1.0, 1.0) * 32767.0)
    return scaled.astype("<i2").tobytes()
