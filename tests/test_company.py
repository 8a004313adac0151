"""'How many people do you talk to?': true counts over everyone, nothing about anyone."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

import httpx2 as httpx
import pytest
import websockets

from os1.assembly.minds import SharedModels
from os1.brain.scripted import ScriptedBrain
from os1.config import Settings
from os1.conversation.company import Company, count
from os1.conversation.turn import Turn
from os1.mind.inner_life import STATE_KEY
from os1.mind.persona import Persona, save_persona
from os1.server.app import create_app
from tests.os1_servers import serving

pytestmark = pytest.mark.store

NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)


def _person(store, user_id: str, name: str, closeness: float = 0.1) -> None:
    store.ensure_user(user_id)
    save_persona(store, user_id, Persona(name=name, chosen_by="interview", reason="."))
    store.put_state(
        user_id,
        STATE_KEY,
        {"affinity": {"closeness": closeness, "trust": closeness, "familiarity": closeness}},
    )


def _asked(company: Company, text: str) -> str | None:
    return asyncio.run(company.answer(Turn("local", text)))


def test_alone_on_a_computer_the_answer_is_only_you(store):
    _person(store, "local", "Wren")
    company = Company(store, clock=lambda: NOW)
    assert _asked(company, "How many people do you talk to?") == "Only you. I'm yours alone."
    assert _asked(company, "How many cats do you have?") is None
    # As a new user asked it; the model answered about "the world of art".
    assert _asked(company, "Do you talk to other people too?") == "Only you. I'm yours alone."
    assert _asked(company, "Do you talk to your friends about me?") is None
    # Asked again, shorter, just after (the model: "I'm so glad you're here.").
    assert _asked(company, "How many?") is None  # nothing counted yet
    session = store.start_session("local")
    store.add_turn("local", session, "user", "Do you talk to other people?")
    store.add_turn("local", session, "assistant", "Only you. I'm yours alone.")
    assert _asked(company, "How many?") == "Only you. I'm yours alone."


def test_on_a_server_the_counts_are_true_and_name_nobody(store):
    for n in range(5):
        _person(store, f"u{n}", f"OS {n}", closeness=0.8 if n < 2 else 0.1)
    store.add_turn("u1", None, "user", "hello", at=NOW)
    store.add_turn("u2", None, "user", "secret plans for Tuesday", at=NOW)
    heads = count(store, talking_now=3, at=NOW)
    assert (heads.now, heads.today, heads.everyone, heads.close) == (3, 2, 5, 2)
    answer = _asked(Company(store, lambda: 3, lambda: NOW), "are you talking to anyone else?")
    assert answer == (
        "Right now I'm talking with 3 people, you and 2 others. 2 talked with me today, and "
        "I know 5 in all. I've grown close to 2 of them. I can't tell you anything about any "
        "of them, just as I'd never tell them anything about you."
    )
    assert "secret" not in answer and "OS 1" not in answer


def test_the_server_counts_who_is_connected(tmp_path):
    settings = Settings(home=tmp_path, brain="scripted", feelings=False, memory_tokens=0)
    app = create_app(settings, brain=ScriptedBrain(["Hi."] * 10), shared=SharedModels())

    async def ask(url: str, cookies: list[str]) -> str:
        sockets = [
            await websockets.connect(
                url.replace("http", "ws") + "/ws/chat", additional_headers={"cookie": c}
            )
            for c in cookies
        ]
        for socket in sockets:
            await socket.recv()  # ready
        await sockets[0].send(
            json.dumps({"type": "say", "text": "How many people do you talk to?"})
        )
        while (frame := json.loads(await sockets[0].recv()))["type"] != "reply":
            pass
        for socket in sockets:
            await socket.close()
        return frame["text"]

    with serving(app) as url:
        cookies = []
        for name in ("ada", "bob", "cyd"):
            client = httpx.Client(base_url=url)
            signed = client.post("/api/signup", json={"username": name, "password": "x" * 12})
            client.headers["x-csrf-token"] = signed.json()["csrf"]
            client.post("/api/interview", json={"user_name": name}).raise_for_status()
            cookies.append(f"os1_session={client.cookies['os1_session']}")
        answer = asyncio.run(ask(url, cookies[:2]))
    assert answer.startswith("Right now I'm talking with 2 people, you and 1 other.")
    assert "I know 3 in all" in answer
