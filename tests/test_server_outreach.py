"""The OS speaking first on a server: live on an open chat socket, or waiting for the
person until one opens; and the person's own settings for it, checked."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx2 as httpx
import pytest
import websockets

from os1.assembly.minds import SharedModels
from os1.brain.scripted import ScriptedBrain
from os1.config import Settings
from os1.memory.store import Store
from os1.server.app import create_app
from os1.skills.reminders import Reminders
from tests.attacks import health_watched
from tests.os1_servers import serving

PASSWORD = "a long enough password"


@dataclass
class Served:
    url: str
    database: Path


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[Served]:
    home = tmp_path_factory.mktemp("outreach")
    settings = Settings(home=home, brain="scripted", feelings=False, memory_tokens=0)
    brain = ScriptedBrain(f"Reply {n}." for n in range(100))
    app = create_app(settings, brain=brain, shared=SharedModels(), outreach_tick_s=0.2)
    with serving(app) as url:
        yield Served(url, home / "os1.db")


def _person(served: Served, name: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=served.url, timeout=30)
    signed = client.post("/api/signup", json={"username": name, "password": PASSWORD})
    client.headers["x-csrf-token"] = signed.json()["csrf"]
    client.post("/api/interview", json={"user_name": name.title()}).raise_for_status()
    # Another connection to the same file, as `os1 remind add` would be.
    store = Store.open(served.database)
    try:
        user_id = store.read("SELECT user_id FROM accounts WHERE username = ?", (name,))[0][0]
    finally:
        store.close()
    return client, user_id


def _remind(served: Served, user_id: str, text: str, due: datetime) -> None:
    store = Store.open(served.database)
    try:
        Reminders(store, user_id).add(text, due, datetime.now(UTC))
    finally:
        store.close()


async def _outreach(url: str, cookie: str, within_s: float, after=None) -> list[dict]:
    """The outreach frames an open chat socket receives within `within_s`."""
    heard = []
    async with websockets.connect(
        url.replace("http", "ws") + "/ws/chat", additional_headers={"cookie": cookie}
    ) as socket:
        assert json.loads(await socket.recv())["type"] == "ready"
        if after is not None:
            after()
        try:
            async with asyncio.timeout(within_s):
                while True:
                    frame = json.loads(await socket.recv())
                    if frame["type"] == "outreach":
                        heard.append(frame)
        except TimeoutError:
            pass
    return heard


def test_a_reminder_reaches_an_open_chat_as_it_falls_due(served):
    client, user_id = _person(served, "nora")
    cookie = f"os1_session={client.cookies['os1_session']}"

    def set_reminder() -> None:
        _remind(served, user_id, "stretch my legs", datetime.now(UTC) + timedelta(seconds=1))

    heard = asyncio.run(_outreach(served.url, cookie, 4, after=set_reminder))
    assert heard == [
        {"type": "outreach", "kind": "reminder", "text": "It's time to stretch your legs."}
    ]
    history = client.get("/api/outreach").json()
    assert [o["text"] for o in history] == ["It's time to stretch your legs."]
    assert history[0]["delivered_at"] is not None


def test_what_fell_due_with_no_one_listening_comes_when_a_chat_opens(served):
    client, user_id = _person(served, "omar")
    _remind(served, user_id, "feed the cat", datetime.now(UTC) - timedelta(minutes=1))
    asyncio.run(asyncio.sleep(0.6))  # ticks pass with no socket open
    assert all(o["delivered_at"] is None for o in client.get("/api/outreach").json())
    cookie = f"os1_session={client.cookies['os1_session']}"
    heard = asyncio.run(_outreach(served.url, cookie, 1))
    assert [frame["text"] for frame in heard] == ["It's time to feed the cat."]
    again = asyncio.run(_outreach(served.url, cookie, 1))
    assert again == []  # said once


def test_the_clock_waiting_for_the_database_holds_up_no_one_else(served):
    """Another program holds the write lock (as a restore of a large archive does, for
    seconds) while a reminder falls due: the clock waits for it in its own thread, the
    server keeps answering, and the reminder is said once the lock is let go."""
    client, user_id = _person(served, "rosa")
    _remind(served, user_id, "water the basil", datetime.now(UTC) - timedelta(seconds=1))
    holder = sqlite3.connect(served.database, isolation_level=None)
    try:
        with health_watched(served.url) as watch:
            holder.execute("BEGIN IMMEDIATE")
            time.sleep(2.0)  # ten ticks of the clock, each wanting to write
            holder.execute("ROLLBACK")
        watch.assert_responsive()
    finally:
        holder.close()
    cookie = f"os1_session={client.cookies['os1_session']}"
    heard = asyncio.run(_outreach(served.url, cookie, 1.5))
    assert [frame["text"] for frame in heard] == ["It's time to water the basil."]


def test_presence_settings_are_the_persons_and_are_checked(served):
    client, _ = _person(served, "pia")
    assert client.get("/api/presence").json()["per_day"] == 3
    changed = client.patch(
        "/api/presence", json={"quiet_from": "23:30", "per_day": 1, "timezone": "Asia/Tokyo"}
    )
    assert changed.status_code == 200, changed.text
    assert changed.json() | {"do_not_disturb_until": None} == {
        "quiet_from": "23:30:00",
        "quiet_to": "08:00:00",
        "per_day": 1,
        "do_not_disturb_until": None,
        "timezone": "Asia/Tokyo",
    }
    wrong_zone = client.patch("/api/presence", json={"timezone": "Mars/Olympus"})
    assert wrong_zone.status_code == 400 and "no time zone" in wrong_zone.json()["error"]["message"]
    too_many = client.patch("/api/presence", json={"per_day": 99})
    assert too_many.status_code == 422
    naive = client.patch("/api/presence", json={"do_not_disturb_until": "2030-01-01T09:00:00"})
    assert naive.status_code == 400 and "time zone" in naive.json()["error"]["message"]
    # Found by the fuzzer: a quiet hour with a zone of its own could not be compared.
    zoned = client.patch("/api/presence", json={"quiet_to": "07:00:00+01:00"})
    assert zoned.status_code == 400 and "set `timezone`" in zoned.json()["error"]["message"]
    assert client.get("/api/presence").json()["quiet_to"] == "08:00:00"
    other, _ = _person(served, "quinn")
    assert other.get("/api/presence").json()["timezone"] is None
