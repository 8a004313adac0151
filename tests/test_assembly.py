"""The composition root: one answer to "which calendar is this person's" on a real server,
whichever way the person is reached; the brains' registry; the speech models.

On a server, whoever runs it (its OS1_USER) keeps the calendar its settings name, as in
their terminal: their chat, the OS speaking first, their agent over /mcp and another OS
planning a dinner with theirs all read that one file. Everyone else on the server has
os1's own file, and never sees the owner's."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx2 as httpx
import pytest
import websockets
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from os1.assembly.brains import BRAINS, describe_brain, trusted_with_tools
from os1.assembly.minds import SharedModels
from os1.assembly.people import person
from os1.assembly.voice import speech_for
from os1.brain.scripted import ScriptedBrain
from os1.config import Settings
from os1.homes import own_name
from os1.memory.store import Store
from os1.server.accounts import Accounts
from os1.server.app import create_app
from os1.skills.calendar_sources import IcsFile
from tests.os1_servers import serving

PASSWORD = "a long enough password"
ZONE = ZoneInfo("Europe/London")  # the people's own zone, for their evenings
MEETING = "CANARY-owner dentist appointment"
EVENINGS = "CANARY-owner night shift"


@dataclass
class Someone:
    client: httpx.Client
    user_id: str
    key: str
    address: str


@dataclass
class Served:
    url: str
    home: Path
    calendar: IcsFile  # the owner's, as OS1_CALENDAR names it
    meeting: datetime  # when the owner's meeting starts
    meeting_day: str  # "today" or "tomorrow", as the skills name the meeting's day
    owner: Someone
    guest: Someone


def _evening(day: int, start: time, end: time) -> tuple[datetime, datetime]:
    today = datetime.now(ZONE).date() + timedelta(days=day)
    return datetime.combine(today, start, tzinfo=ZONE), datetime.combine(today, end, tzinfo=ZONE)


def _enter(url: str, name: str, signed: httpx.Response) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=url, timeout=60, cookies=signed.cookies)
    client.headers["x-csrf-token"] = signed.json()["csrf"]
    client.post("/api/interview", json={"user_name": name.title()}).raise_for_status()
    client.patch("/api/presence", json={"timezone": str(ZONE)}).raise_for_status()
    key = client.post("/api/keys", json={"name": f"{name}'s agent"}).json()["key"]
    return client, key


def _someone(client: httpx.Client, user_id: str, key: str) -> Someone:
    me = client.get("/api/peers/me")
    assert me.status_code == 200, me.text
    return Someone(client, user_id, key, me.json()["address"])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    home = tmp_path_factory.mktemp("one-calendar")
    # The owner's account exists before the server starts, so its settings can name it.
    store = Store.open(home / "os1.db")
    try:
        owner = asyncio.run(Accounts(store).sign_up("owner", PASSWORD))
    finally:
        store.close()
    calendar = IcsFile(home / "owner.ics")
    # A meeting in five minutes (the OS says so first), and the owner busy from an hour ago
    # to the end of tomorrow (another OS finds the evening after). The busy time started
    # before now, so the OS does not announce it, whatever the hour the test runs at.
    start = datetime.now().astimezone() + timedelta(minutes=5)
    calendar.add(MEETING, start, start + timedelta(minutes=30))
    calendar.add(EVENINGS, start - timedelta(hours=1), _evening(1, time(0, 0), time(23, 59))[1])
    today = datetime.now().astimezone().date()
    settings = Settings(
        home=home,
        user=owner.user_id,
        calendar=str(calendar.path),
        brain="scripted",
        feelings=False,
        memory_tokens=0,
        initiative=False,  # only what the calendar asks for is said first
        peer_private_addresses=True,  # both OSes are on this loopback server
    )
    brain = ScriptedBrain(f"Reply {n}." for n in range(200))
    app = create_app(settings, brain=brain, shared=SharedModels(), outreach_tick_s=3600)
    with serving(app) as url:
        signed = httpx.post(
            f"{url}/api/signin", json={"username": "owner", "password": PASSWORD}, timeout=60
        )
        assert signed.status_code == 200, signed.text
        client, key = _enter(url, "owner", signed)
        owner_is = _someone(client, owner.user_id, key)
        signed = httpx.post(
            f"{url}/api/signup", json={"username": "guest", "password": PASSWORD}, timeout=60
        )
        assert signed.status_code == 201, signed.text
        client, key = _enter(url, "guest", signed)
        store = Store.open(home / "os1.db")
        try:
            guest_id = store.read("SELECT user_id FROM accounts WHERE username = 'guest'")[0][0]
        finally:
            store.close()
        guest_is = _someone(client, guest_id, key)
        day = "today" if start.date() == today else "tomorrow"
        yield Served(url, home, calendar, start, day, owner_is, guest_is)


async def _chat(url: str, who: Someone, text: str) -> tuple[list[dict], str]:
    """What the OS said first when the chat opened, and its reply to `text`."""
    cookie = "; ".join(f"{k}={v}" for k, v in who.client.cookies.items())
    said_first = []
    async with websockets.connect(
        url.replace("http", "ws") + "/ws/chat", additional_headers={"cookie": cookie}
    ) as socket:
        assert json.loads(await socket.recv())["type"] == "ready"
        await socket.send(json.dumps({"type": "say", "text": text}))
        async with asyncio.timeout(60):
            while True:
                frame = json.loads(await socket.recv())
                if frame["type"] == "outreach":
                    said_first.append(frame)
                elif frame["type"] in {"reply", "error"}:
                    return said_first, frame.get("text", json.dumps(frame))


def _over_mcp(url: str, who: Someone, day: str) -> list[str]:
    async def connected() -> list[str]:
        async with httpx.AsyncClient(headers={"authorization": f"Bearer {who.key}"}) as http:
            transport = streamable_http_client(f"{url}/mcp", http_client=http)
            async with Client(transport, read_timeout_seconds=60) as client:
                results = [
                    await client.call_tool("today", {}),
                    await client.call_tool("calendar_day", {"day": day}),
                ]
        return [" ".join(getattr(b, "text", "") for b in r.content) for r in results]

    return asyncio.run(connected())


@pytest.fixture(scope="module")
def dinner(served: Served) -> dict:
    """The guest's OS and the owner's become peers, and the guest's plans a dinner with the
    owner's: what they agreed (both tests read where it was written)."""
    owner, guest = served.owner, served.guest
    for one, other, name in ((owner, guest, "guest"), (guest, owner, "owner")):
        added = one.client.post(
            "/api/peers", json={"url": other.address, "name": name, "person": name.title()}
        )
        assert added.status_code == 201, added.text
    arranged = guest.client.post("/api/peers/owner/dinner", json={"days": 3, "minutes": 120})
    assert arranged.status_code == 200, arranged.text
    agreed: dict = arranged.json()
    return agreed


def test_the_owner_is_reached_every_way_through_one_calendar(served: Served, dinner: dict) -> None:
    owner, url = served.owner, served.url
    said_first, reply = asyncio.run(
        _chat(url, owner, f"what's on my calendar {served.meeting_day}?")
    )
    # The OS speaking first read the day ahead from the configured calendar (it may also
    # tell of the dinner below, which another OS arranged with this one)...
    meetings = [f["text"] for f in said_first if f["kind"] == "meeting"]
    assert len(meetings) == 1 and MEETING in meetings[0], said_first
    # ...as the chat's calendar skill does...
    assert MEETING in reply, reply
    # ...and the owner's agent over /mcp.
    day_ahead, that_day = _over_mcp(url, owner, served.meeting_day)
    assert MEETING in that_day, that_day
    if served.meeting_day == "today":
        assert MEETING in day_ahead, day_ahead
    # Another OS planning a dinner finds the owner busy the evenings that calendar says,
    # and the dinner it agrees is written there.
    start, end = _evening(2, time(18, 0), time(20, 0))
    assert dinner["agreed"] == {"start": start.isoformat(), "end": end.isoformat()}
    dinners = [
        (e.title, e.start, e.end)
        for e in served.calendar.events(start - timedelta(days=3), end)
        if e.title.startswith("Dinner")
    ]
    assert dinners == [("Dinner with Guest", start, end)]
    # Nothing of the owner's went to os1's own file for them: there is one calendar.
    own_file = served.home / "calendars" / f"{own_name(owner.user_id)}.ics"
    assert not own_file.exists() or IcsFile(own_file).events(start - timedelta(days=3), end) == []


def test_another_person_on_the_server_has_their_own_calendar(served: Served, dinner: dict) -> None:
    guest, url = served.guest, served.url
    # os1's own file for them, with something of theirs at the time of the owner's meeting.
    mine = IcsFile(served.home / "calendars" / f"{own_name(guest.user_id)}.ics")
    mine.add("Guest's own lesson", served.meeting, served.meeting + timedelta(minutes=30))
    said_first, reply = asyncio.run(
        _chat(url, guest, f"what's on my calendar {served.meeting_day}?")
    )
    assert "Guest's own lesson" in reply and "CANARY" not in reply, reply
    meetings = [f["text"] for f in said_first if f["kind"] == "meeting"]
    assert len(meetings) == 1 and "Guest's own lesson" in meetings[0], said_first
    assert not any("CANARY" in f["text"] for f in said_first), said_first
    seen = _over_mcp(url, guest, served.meeting_day)
    assert "Guest's own lesson" in seen[1] and not any("CANARY" in text for text in seen), seen
    # The dinner the owner's OS agreed with theirs is in their own file, not in the owner's.
    start, end = _evening(2, time(18, 0), time(20, 0))
    assert [e.title for e in mine.events(start, end)] == ["Dinner with Owner"]
    assert "Guest's own lesson" not in [
        e.title for e in served.calendar.events(served.meeting, served.meeting + timedelta(hours=1))
    ]


# The parts themselves


def test_the_person_entry_keeps_the_owners_accounts_and_drops_them_for_others(
    tmp_path: Path,
) -> None:
    settings = Settings(home=tmp_path, user="owner", calendar=str(tmp_path / "mine.ics"))
    owner, other = person(settings, "owner"), person(settings, "u123")
    assert owner.settings is settings and isinstance(owner.calendar, IcsFile)
    assert owner.calendar.path == tmp_path / "mine.ics"
    assert other.settings.user == "u123" and other.settings.calendar is None
    assert isinstance(other.calendar, IcsFile)
    assert other.calendar.path == tmp_path / "calendars" / f"{own_name('u123')}.ics"


def test_every_brain_kind_is_in_the_registry_and_only_a_served_one_picks_tools() -> None:
    assert set(BRAINS) == {"llamacpp", "openai", "scripted"}
    for kind in BRAINS:
        settings = Settings(brain=kind)
        assert describe_brain(settings)["kind"] == kind
        assert trusted_with_tools(settings) == (kind == "openai")


def test_speech_for_makes_the_models_the_settings_name_without_loading_them() -> None:
    voices = speech_for(Settings(stt_model="base"), threads=2)
    assert voices.transcriber.model == "base"
