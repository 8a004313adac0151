"""Attacks on `os1 serve` with a calendar file (hardening, weakness 3).

The file is the account's own calendar, written where the server keeps it, as an
archive restored into the account would leave it: 30 events that repeat every
second (one of them since 2000), a rule that never matches (dateutil would search
to the year 9999 for it), and the day's two real events. Before, opening a chat
socket expanded it on the event loop and stopped every request for 16 s and more.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx2 as httpx
import pytest
import websockets

from os1.homes import own_name
from os1.memory.store import Store
from tests.attacks import health_watched
from tests.os1_servers import Os1Serve, scripted, start_os1_serve

PASSWORD = "a long enough password"
ANSWER_WITHIN_S = 5.0


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Os1Serve]:
    home = tmp_path_factory.mktemp("calendars")
    replies = (f"Reply {n}: that is good to hear." for n in range(50))
    server = start_os1_serve(home / "server.log", **scripted(home, replies))
    try:
        yield server
    finally:
        server.stop()


def _real(today: str) -> list[tuple[str, str, str | None]]:
    # Floating times: the server's own zone, as the test's.
    return [("Dentist", f"{today}T100000", None), ("Lunch with Amy", f"{today}T130000", None)]


def _bomb(today: str) -> bytes:
    """4 KB: 30 rules every second, one that never matches, and the day's real events."""
    events = [("Since 2000", "20000101T000000", "FREQ=SECONDLY")]
    events += [(f"Tick {n}", f"{today}T000000", "FREQ=SECONDLY") for n in range(29)]
    events += [("Never", "20000101T090000", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")]
    return _calendar(events + _real(today))


def _calendar(events: list[tuple[str, str, str | None]]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//attack//EN"]
    for n, (title, start, rule) in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:{n}@attack", f"SUMMARY:{title}", f"DTSTART:{start}"]
        lines += ["DURATION:PT30M", *([f"RRULE:{rule}"] if rule else []), "END:VEVENT"]
    return ("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n").encode()


def _person_with_the_bomb(served: Os1Serve, name: str, calendar: bytes | None = None) -> str:
    """Signs `name` up and wakes their OS; their session cookie, once their calendar is
    the bomb (or `calendar`)."""
    client = httpx.Client(base_url=served.url, timeout=30)
    signed = client.post("/api/signup", json={"username": name, "password": PASSWORD})
    assert signed.status_code == 201, signed.text
    client.headers["x-csrf-token"] = signed.json()["csrf"]
    client.post("/api/interview", json={"user_name": name.title()}).raise_for_status()
    data = Path(served.env["OS1_HOME"])
    store = Store.open(data / "os1.db")
    try:
        user_id = store.read("SELECT user_id FROM accounts WHERE username = ?", (name,))[0][0]
    finally:
        store.close()
    # Where PersonalOSes.settings_for puts an account's own calendar (calendar_for).
    path = data / "calendars" / f"{own_name(user_id)}.ics"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(calendar or _bomb(datetime.now().strftime("%Y%m%d")))
    return f"os1_session={client.cookies['os1_session']}"


async def _ask(url: str, cookie: str, text: str) -> tuple[str, float]:
    """Opens a chat socket (the OS then looks at the calendar), asks `text`; the reply and
    the seconds from opening to the reply."""
    started = time.perf_counter()
    async with (
        asyncio.timeout(30),
        websockets.connect(
            url.replace("http", "ws") + "/ws/chat", additional_headers={"cookie": cookie}
        ) as socket,
    ):
        assert json.loads(await socket.recv())["type"] == "ready"
        await socket.send(json.dumps({"type": "say", "text": text}))
        while True:
            frame = json.loads(await socket.recv())
            if frame["type"] == "reply":
                return frame["text"], time.perf_counter() - started
            assert frame["type"] in ("piece", "progress", "outreach"), frame


def test_a_calendar_of_rules_every_second_stalls_no_one(served):
    # Someone else has chatted first: the server's first chat loads modules of its own.
    calm = _person_with_the_bomb(
        served, "alice", _calendar(_real(datetime.now().strftime("%Y%m%d")))
    )
    assert "10:00 Dentist" in asyncio.run(_ask(served.url, calm, "what's on my calendar today?"))[0]
    cookie = _person_with_the_bomb(served, "mallory")
    with health_watched(served.url) as watch:
        reply, took = asyncio.run(_ask(served.url, cookie, "what's on my calendar today?"))
        time.sleep(0.3)  # a few more probes after the answer
    watch.assert_responsive()
    assert took < ANSWER_WITHIN_S, f"the answer took {took:.1f} s"
    assert reply.startswith("Today (")
    assert "10:00 Dentist; 13:00 Lunch with Amy." in reply
    assert "31 events in your calendar could not be read" in reply
    assert "Tick" not in reply.split("could not be read")[0]
