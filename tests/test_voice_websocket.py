"""The WebSocket transport between a real uvicorn server and a real `websockets` client.

The server is a one-route Starlette app whose route runs a live voice session
(real Whisper and hibari, the scripted brain for the words of the reply). The
client speaks a hibari question as 16 kHz PCM, faster than real time, and
reads what comes back: the events, and the reply's audio, which Whisper must
understand again.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from os1.brain.scripted import ScriptedBrain
from os1.conversation.loop import Conversation
from os1.conversation.spoken import ConversationResponder
from os1.memory.store import Store
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.voice.audio import RATE, resample
from os1.voice.session import VoiceSession
from os1.voice.text_to_speech import SAMPLE_RATE, Speaker
from os1.voice.websocket import MAX_MESSAGE, converse_over_websocket
from tests.conftest import free_port

# Two sentences: a spoken reply is at most two (the guard cuts it there).
LONG_REPLY = (
    "Let me tell you about the lake: it is very large and very old, and in winter "
    "it freezes from the edges in. People skate there on Sundays, the ice sings, "
    "and I would love to see it with you one day."
)
WAIT_S = 60  # for any one message from the server


@dataclass
class Served:
    url: str
    errors: list[BaseException] = field(default_factory=list)
    # Per finished connection: the session's and the transport's tasks still alive after it.
    leftovers: list[list[str]] = field(default_factory=list)


def _voice_tasks() -> list[str]:
    """Tasks running code of os1.voice, other than the one asking."""
    found = []
    for task in asyncio.all_tasks():
        code = getattr(task.get_coro(), "cr_code", None)
        if task is not asyncio.current_task() and code and "os1/voice" in code.co_filename:
            found.append(code.co_qualname)
    return found


def _app(served: Served, home: Path, brain: ScriptedBrain, speaker, transcriber) -> Starlette:
    async def voice(websocket: WebSocket) -> None:
        await websocket.accept()
        # Opened here: SQLite connections belong to the thread that opens them.
        store = Store.open(home / "os1.db")
        store.ensure_user("local")
        conversation = Conversation(
            brain, store, "local", Persona("Iris", "model", "."), Answers("Theo")
        )
        session = VoiceSession(ConversationResponder(conversation), transcriber, speaker)
        try:
            await converse_over_websocket(websocket, session)
        except BaseException as exc:
            served.errors.append(exc)
            raise
        finally:
            store.close()
            await asyncio.sleep(0)  # let cancelled tasks finish
            served.leftovers.append(_voice_tasks())

    return Starlette(routes=[WebSocketRoute("/voice", voice)])


@pytest.fixture
def serve(os1_home: Path, speaker, transcriber) -> Iterator[Callable[[list[str]], Served]]:
    """A real uvicorn server, in a thread, whose brain gives `replies` in order."""
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(replies: list[str]) -> Served:
        port = free_port()
        served = Served(f"ws://127.0.0.1:{port}/voice")
        app = _app(served, os1_home, ScriptedBrain(replies), speaker, transcriber)
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, lifespan="off")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return served

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(10)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def _pcm(speaker: Speaker, text: str) -> bytes:
    """The question as a client sends it: half a second of silence, the words, two seconds more."""
    words = resample(speaker.speak(text), SAMPLE_RATE, RATE)
    audio = np.concatenate([np.zeros(RATE // 2), words, np.zeros(2 * RATE)])
    return (np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes()


async def _send_audio(socket: ClientConnection, pcm: bytes, chunk: int = 3200) -> None:
    """In pieces of 100 ms, as a browser's recorder hands them over (but without waiting)."""
    for index in range(0, len(pcm), chunk):
        await socket.send(pcm[index : index + chunk])


async def _until(socket: ClientConnection, kind: str) -> list[dict | bytes]:
    """Messages up to and including the first event of `kind`."""
    got: list[dict | bytes] = []
    while True:
        message = await asyncio.wait_for(socket.recv(), WAIT_S)
        got.append(message if isinstance(message, bytes) else json.loads(message))
        if isinstance(got[-1], dict) and got[-1]["type"] == kind:
            return got


async def _ready(socket: ClientConnection) -> None:
    assert json.loads(await asyncio.wait_for(socket.recv(), WAIT_S)) == {
        "type": "ready",
        "in_rate": 16000,
        "out_rate": 24000,
        "format": "s16le",
    }


async def _closed(socket: ClientConnection) -> int | None:
    """Reads on to the end of the connection; the server's close code."""
    with pytest.raises(ConnectionClosed):
        while True:
            await asyncio.wait_for(socket.recv(), WAIT_S)
    return socket.close_code


def _settled(served: Served, connections: int) -> None:
    """Until the server has finished with `connections` connections (10 s at most)."""
    deadline = time.monotonic() + 10
    while len(served.leftovers) < connections:
        assert time.monotonic() < deadline, "the server did not finish the connection"
        time.sleep(0.05)
    assert served.errors == []
    assert served.leftovers == [[]] * connections


def _types(messages: list[dict | bytes]) -> list[str]:
    return ["audio" if isinstance(m, bytes) else m["type"] for m in messages]


def test_a_question_is_heard_and_answered_in_words_and_audio(serve, speaker, transcriber, caplog):
    served = serve(["You have none."])

    async def talk() -> tuple[list[dict | bytes], int | None]:
        async with connect(served.url) as socket:
            await _ready(socket)
            await _send_audio(socket, _pcm(speaker, "What are my plans?"))
            # The reply comes while the connection is open, before the client says it is done.
            got = await _until(socket, "answered")
            await socket.send(json.dumps({"type": "end"}))
            return got, await _closed(socket)

    got, code = asyncio.run(talk())
    assert code == 1000
    kinds = _types(got)
    assert kinds[0] == "heard" and kinds[-1] == "answered"
    assert kinds[1:-1] == ["speaking", "audio"] * (len(kinds[1:-1]) // 2)
    heard, answered = got[0], got[-1]
    assert isinstance(heard, dict) and isinstance(answered, dict)
    assert _words(heard["text"]) == ["what", "are", "my", "plans"]
    assert answered["text"] == "You have none."
    speaking = [m for m in got if isinstance(m, dict) and m["type"] == "speaking"]
    audio = [m for m in got if isinstance(m, bytes)]
    assert [len(a) // 2 for a in audio] == [s["samples"] for s in speaking]
    reply = np.concatenate([np.frombuffer(a, "<i2") for a in audio]).astype(np.float32) / 32768
    assert 0.4 < len(reply) / SAMPLE_RATE < 4  # "You have none." at 24 kHz
    # The audio is the reply: little-endian, 24 kHz, as the ready message said.
    assert _words(transcriber.transcribe(resample(reply, SAMPLE_RATE, RATE))) == [
        "you",
        "have",
        "none",
    ]
    _settled(served, 1)
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == []


def test_malformed_messages_get_an_error_and_the_conversation_goes_on(serve, speaker):
    served = serve(["You have none."])

    async def talk() -> tuple[list[dict], list[dict | bytes]]:
        async with connect(served.url) as socket:
            await _ready(socket)
            errors = []
            for bad in ["hello", '{"type": "dance"}', "[1, 2]", b"\x00\x01\x02"]:
                await socket.send(bad)
                errors.append(json.loads(await asyncio.wait_for(socket.recv(), WAIT_S)))
            await _send_audio(socket, _pcm(speaker, "What are my plans?"))
            await socket.send(json.dumps({"type": "end"}))
            return errors, await _until(socket, "answered")

    errors, got = asyncio.run(talk())
    assert [e["type"] for e in errors] == ["error"] * 4
    assert all(e["message"] and e["fix"] for e in errors)
    assert "odd number" in errors[-1]["message"]
    assert _types(got)[0] == "heard" and got[-1] == {"type": "answered", "text": "You have none."}
    _settled(served, 1)


def test_a_message_over_a_mebibyte_closes_the_connection_as_too_big(serve):
    served = serve([])

    async def talk() -> tuple[dict, int | None]:
        async with connect(served.url) as socket:
            await _ready(socket)
            await socket.send(bytes(MAX_MESSAGE + 2))
            error = json.loads(await asyncio.wait_for(socket.recv(), WAIT_S))
            return error, await _closed(socket)

    error, code = asyncio.run(talk())
    assert error["type"] == "error" and str(MAX_MESSAGE) in error["message"]
    assert code == 1009
    _settled(served, 1)


@pytest.mark.parametrize("after_end", [False, True], ids=["listening", "after-end"])
def test_a_client_that_vanishes_mid_reply_leaves_the_server_well(serve, speaker, caplog, after_end):
    served = serve([LONG_REPLY, "You have none."])
    question = _pcm(speaker, "What are my plans?")

    async def vanish() -> None:
        socket = await connect(served.url)
        await _ready(socket)
        await _send_audio(socket, question)
        if after_end:  # the server is finishing the reply, no longer reading audio
            await socket.send(json.dumps({"type": "end"}))
        await _until(socket, "speaking")
        socket.transport.abort()  # no closing handshake: the network went away

    async def talk() -> list[dict | bytes]:
        async with connect(served.url) as socket:
            await _ready(socket)
            await _send_audio(socket, question)
            await socket.send(json.dumps({"type": "end"}))
            return await _until(socket, "answered")

    asyncio.run(vanish())
    _settled(served, 1)  # no error, no task left behind
    got = asyncio.run(talk())
    assert got[-1] == {"type": "answered", "text": "You have none."}
    _settled(served, 2)
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == []


def test_speaking_over_the_os_stops_it_and_the_client_is_told_what_was_said(serve, speaker):
    served = serve([LONG_REPLY, "Yes?"])

    async def talk() -> list[dict | bytes]:
        async with connect(served.url) as socket:
            await _ready(socket)
            await _send_audio(socket, _pcm(speaker, "Tell me about the lake."))
            got = await _until(socket, "speaking")
            # The clock is the audio received: the reply is playing now, and the person cuts in.
            await _send_audio(socket, _pcm(speaker, "Wait."))
            await socket.send(json.dumps({"type": "end"}))
            return got + await _until(socket, "answered")

    got = asyncio.run(talk())
    events = [m for m in got if isinstance(m, dict)]
    stop = next(e for e in events if e["type"] == "stop")
    assert LONG_REPLY.startswith(stop["said"]) and len(stop["said"]) < len(LONG_REPLY)
    after = events[events.index(stop) + 1 :]
    assert [e["type"] for e in after if e["type"] != "speaking"] == ["heard", "answered"]
    assert _words(after[0]["text"]) == ["wait"] and after[-1]["text"] == "Yes?"
    _settled(served, 1)


def test_a_reply_that_fails_is_an_error_event_with_the_fix(serve, speaker):
    served = serve([])  # the scripted brain has nothing to say

    async def talk() -> tuple[list[dict | bytes], int | None]:
        async with connect(served.url) as socket:
            await _ready(socket)
            await _send_audio(socket, _pcm(speaker, "What are my plans?"))
            await socket.send(json.dumps({"type": "end"}))
            got = await _until(socket, "error")
            return got, await _closed(socket)

    got, code = asyncio.run(talk())
    assert _types(got) == ["heard", "error"]
    error = got[-1]
    assert isinstance(error, dict) and "no replies left" in error["message"] and error["fix"]
    assert code == 1000
    _settled(served, 1)
