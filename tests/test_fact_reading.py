"""Facts read after each turn (issue 18): in the terminal while the person types, by
`chat --once` before it exits (bounded), and on the server by its own worker, which a
reply never waits on.

The store, the encoder and the support check are real; the terminal runs as a real
process on a real pseudo-terminal. The brain is scripted where the test is about when
reading happens, not what the model reads; `chat --once` runs the embedded model.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import httpx2 as httpx
import pytest
import websockets

from os1.assembly.minds import SharedModels
from os1.brain.scripted import ScriptedBrain
from os1.brain.types import Message, Request, Usage
from os1.config import Settings
from os1.mind.interview import Answers, save_answers
from os1.mind.persona import Persona, save_persona
from os1.server.app import create_app
from tests.conftest import run_os1
from tests.os1_servers import serving

pytestmark = pytest.mark.store

REPLY = "I see, tell me more about that."


def _facts(home: Path, user: str = "local") -> list[str]:
    with sqlite3.connect(home / "os1.db") as db:
        rows = db.execute("SELECT text FROM facts WHERE user_id = ? ORDER BY id", (user,))
        return [text for (text,) in rows]


def _unread(home: Path, user: str = "local") -> int:
    with sqlite3.connect(home / "os1.db") as db:
        return db.execute(
            "SELECT count(*) FROM turns WHERE user_id = ? AND role = 'user' AND id NOT IN"
            " (SELECT turn_id FROM consolidated_turns)",
            (user,),
        ).fetchone()[0]


def _user_id(home: Path, username: str) -> str:
    with sqlite3.connect(home / "os1.db") as db:
        query = "SELECT user_id FROM accounts WHERE username = ?"
        return db.execute(query, (username,)).fetchone()[0]


def _met(store, user: str = "local") -> None:
    """An OS after its first boot, as the interview leaves it, for Theo."""
    save_answers(store, user, Answers(user_name="Theo"))
    save_persona(store, user, Persona("Iris", "model", "It sounded right.", user_name="Theo"))


def _scripted(home: Path, replies: int = 60) -> dict[str, str]:
    script = home / "replies.txt"
    script.write_text("\n".join([REPLY] * replies), encoding="utf-8")
    return {"OS1_BRAIN": "scripted", "OS1_BRAIN_SCRIPT": str(script), "OS1_FEELINGS": "0"}


def _until(done, within_s: float) -> float:
    """Seconds until `done()` held; fails the test after `within_s`."""
    started = time.monotonic()
    while not done():
        assert time.monotonic() - started < within_s, f"not within {within_s} s"
        time.sleep(0.1)
    return time.monotonic() - started


def test_the_terminal_reads_a_statement_while_the_person_is_still_there(store, os1_home):
    _met(store)
    env = {**os.environ, **_scripted(os1_home), "PYTHONUNBUFFERED": "1"}
    shown = os1_home / "shown.txt"
    main, side = os.openpty()
    with shown.open("wb") as out:
        chat = subprocess.Popen(
            [sys.executable, "-m", "os1", "chat"],
            stdin=side,
            stdout=out,
            stderr=subprocess.PIPE,
            env=env,
        )
    os.close(side)
    try:
        os.write(main, b"My sister Ruth lives in Porto.\n")
        _until(lambda: REPLY in shown.read_text(), 90)
        # Well within the 15 s of silence the terminal used to wait for, with the chat open.
        # (The turn is marked read just after its facts are kept: wait for both.)
        _until(
            lambda: any("Porto" in fact for fact in _facts(os1_home)) and _unread(os1_home) == 0,
            12,
        )
        assert chat.poll() is None
        os.write(main, b"\x04")  # Ctrl-D
        _, err = chat.communicate(timeout=60)
    finally:
        if chat.poll() is None:
            chat.kill()
        os.close(main)
    assert chat.returncode == 0, err.decode()
    assert _facts(os1_home) == ["Theo's sister Ruth lives in Porto."]  # read once


def test_chat_once_reads_its_turn_before_it_exits(store, os1_home):
    """With the embedded model: the reply first, then the turn read, and its fact kept."""
    _met(store)
    started = time.monotonic()
    said = run_os1("chat", "--once", "My sister Ruth lives in Porto.")
    assert said.returncode == 0, said.stderr
    assert said.stdout.strip()
    assert _unread(os1_home) == 0
    assert any("Ruth" in fact and "Porto" in fact for fact in _facts(os1_home)), _facts(os1_home)
    assert time.monotonic() - started < 120


def test_a_turn_chat_once_had_no_time_for_is_read_next_time(store, os1_home):
    _met(store)
    env = _scripted(os1_home)
    rushed = run_os1("chat", "--once", "My sister Ruth lives in Porto.", env=env | {
        "OS1_FACTS_WITHIN_S": "0"
    })  # fmt: skip
    assert rushed.returncode == 0, rushed.stderr
    assert _unread(os1_home) == 1 and _facts(os1_home) == []
    after = run_os1("chat", "--once", "I work as a nurse at the city hospital.", env=env)
    assert after.returncode == 0, after.stderr
    assert _unread(os1_home) == 0
    facts = _facts(os1_home)
    assert "Theo's sister Ruth lives in Porto." in facts
    assert any("nurse" in fact for fact in facts), facts
    assert len(facts) == len(set(facts))  # each turn read once


class SlowReader(ScriptedBrain):
    """A brain that takes `pause` seconds before each reading: long enough that a reply
    which waited on it would show. It counts the readings begun and those cut short."""

    def __init__(self) -> None:
        super().__init__(["I see."] * 100)
        self.pause = 30.0
        self.begun = 0
        self.cut_short = 0

    async def stream(
        self, messages: Sequence[Message], request: Request, usage: Usage | None = None
    ) -> AsyncIterator[str]:
        self.begun += 1
        waited = 0.0
        try:
            while waited < self.pause:  # a pause made shorter meanwhile is kept to
                await asyncio.sleep(0.05)
                waited += 0.05
        except asyncio.CancelledError:
            self.cut_short += 1
            raise
        async for piece in super().stream(messages, request, usage):
            yield piece


def test_the_server_reads_facts_in_its_worker_and_never_holds_a_reply(tmp_path, encoder):
    settings = Settings(home=tmp_path, brain="scripted", feelings=False)
    reader = SlowReader()
    app = create_app(
        settings,
        brain=ScriptedBrain([REPLY] * 20),
        shared=SharedModels(encoder=encoder),
        outreach_tick_s=3600,
        reader=reader,
    )

    async def talk(url: str, cookie: str) -> list[float]:
        """Says two things; how long each reply took, from saying to the whole reply."""
        took = []
        async with websockets.connect(
            url.replace("http", "ws") + "/ws/chat", additional_headers={"cookie": cookie}
        ) as socket:
            await socket.recv()  # ready
            for text in ("My sister Ruth lives in Porto.", "I work as a nurse."):
                if took:  # the first turn is being read now, slowly
                    await asyncio.to_thread(_until, lambda: reader.begun >= 1, 30)
                said = time.monotonic()
                await socket.send(json.dumps({"type": "say", "text": text}))
                while json.loads(await socket.recv())["type"] != "reply":
                    pass
                took.append(time.monotonic() - said)
        return took

    with serving(app) as url:
        client = httpx.Client(base_url=url)
        signed = client.post("/api/signup", json={"username": "theo", "password": "x" * 12})
        client.headers["x-csrf-token"] = signed.json()["csrf"]
        client.post("/api/interview", json={"user_name": "Theo"}).raise_for_status()
        took = asyncio.run(talk(url, f"os1_session={client.cookies['os1_session']}"))
        # The second reply did not wait for the 30 s reading: it cut it short.
        assert took[1] < 5, took
        assert reader.cut_short >= 1
        theo = _user_id(tmp_path, "theo")
        assert _unread(tmp_path, theo) == 2
        reader.pause = 0.0
        _until(lambda: _unread(tmp_path, theo) == 0, 30)
        assert app.state.hosting.oses.reading.due() == []
    facts = _facts(tmp_path, theo)
    assert "Theo's sister Ruth lives in Porto." in facts, facts
    assert any("nurse" in fact for fact in facts), facts
    assert len(facts) == len(set(facts))  # the turn cut short was read once, later
