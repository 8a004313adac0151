"""The calendar against a real CalDAV server (Radicale on loopback) and a real .ics file.

Radicale is started by the test module, with its storage in a temporary
folder; the skills are the same ones the conversation and the CLI use.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from os1.brain.scripted import ScriptedBrain
from os1.conversation.answerers import answerers_for
from os1.conversation.loop import Conversation
from os1.errors import ConfigError, InputError
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.skills.calendar_skills import calendar_skills, find_event
from os1.skills.calendar_sources import CalDavCalendar, IcsFile
from os1.skills.skill import Catalogue
from tests.conftest import free_port, open_test_store, run_os1, wait_for

NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)  # a Saturday afternoon
THURSDAY_LUNCH = datetime(2026, 12, 3, 12, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real CalDAV server on loopback; its address."""
    port = free_port()
    folder = tmp_path_factory.mktemp("radicale")
    server = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
         "--storage-filesystem-folder", str(folder), "--auth-type", "none"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_for(port, server, "Radicale")
    yield f"http://127.0.0.1:{port}/"
    server.terminate()
    server.wait(10)


def _caldav(radicale: str, user: str) -> CalDavCalendar:
    import caldav

    # A new account has no calendar: make one, as the person's calendar app would have.
    caldav.DAVClient(url=radicale, username=user, password="pw").principal().make_calendar(
        name="Personal"
    )
    return CalDavCalendar(radicale, user, "pw")


@pytest.fixture(params=["ics", "caldav"])
def calendar(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "ics":
        return IcsFile(tmp_path / "calendar.ics")
    radicale = request.getfixturevalue("radicale")
    return _caldav(radicale, f"theo-{request.node.name[-12:].strip('[]')}-{time.monotonic_ns()}")


def _find(calendar, title: str):
    return asyncio.run(find_event(calendar, title, NOW))


def _week(calendar) -> None:
    calendar.add("Lunch with Amy", THURSDAY_LUNCH, THURSDAY_LUNCH + timedelta(hours=1))
    calendar.add("Dentist", NOW + timedelta(days=1, hours=-5), NOW + timedelta(days=1, hours=-4))


def test_events_are_added_listed_moved_and_cancelled(calendar):
    _week(calendar)
    week = calendar.events(NOW, NOW + timedelta(days=7))
    assert [e.title for e in week] == ["Dentist", "Lunch with Amy"]
    lunch = _find(calendar, "lunch with amy")
    moved = calendar.move(lunch, lunch.start + timedelta(days=1))
    assert moved.start == THURSDAY_LUNCH + timedelta(days=1)
    assert moved.end - moved.start == timedelta(hours=1)
    assert [
        e.start
        for e in calendar.events(NOW, NOW + timedelta(days=7))
        if e.title == "Lunch with Amy"
    ] == [moved.start]
    calendar.cancel(_find(calendar, "dentist"))
    assert [e.title for e in calendar.events(NOW, NOW + timedelta(days=7))] == ["Lunch with Amy"]


def test_repeating_events_are_expanded_into_their_days(calendar, tmp_path, radicale):
    from icalendar import Calendar as VCalendar
    from icalendar import Event as VEvent

    standup = VEvent()
    standup.add("uid", "standup@test")
    standup.add("summary", "Team standup")
    standup.add("dtstart", datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    standup.add("dtend", datetime(2026, 11, 30, 9, 15, tzinfo=UTC))
    standup.add("rrule", {"freq": "daily", "count": 5})
    document = VCalendar()
    document.add("prodid", "-//test//EN")
    document.add("version", "2.0")
    document.add_component(standup)
    if isinstance(calendar, IcsFile):
        calendar.path.write_bytes(document.to_ical())
    else:
        calendar._open().save_event(document.to_ical().decode())
    week = calendar.events(NOW, NOW + timedelta(days=7))
    assert [e.start.day for e in week] == [30, 1, 2, 3, 4]
    assert all(e.repeats for e in week)
    skills = Catalogue(calendar_skills(calendar, lambda: NOW))
    move = skills["move_event"]
    with pytest.raises(InputError, match="repeats"):
        asyncio.run(move.question(move.parse({"title": "standup", "to": "friday"})))


def test_the_conversation_reads_and_changes_the_calendar_asking_first(calendar):
    _week(calendar)
    skills = Catalogue(calendar_skills(calendar, lambda: NOW))
    brain = ScriptedBrain(["Mm."])
    store, persona = _store(), Persona("Iris", "model", ".")
    conversation = Conversation(
        brain, store, "local", persona, Answers("Theo"),
        answerers=answerers_for(store, "local", persona, skills=skills, clock=lambda: NOW),
        clock=lambda: NOW,
    )  # fmt: skip

    def say(text: str) -> str:
        return asyncio.run(conversation.say(text).text())

    assert say("what's on my calendar tomorrow?") == "Tomorrow (Sun 29 Nov): 10:00 Dentist."
    assert say("What do I have on Thursday?") == "Thursday 03 December: 12:30 Lunch with Amy."
    assert say("move lunch with Amy to Friday") == (
        "Move “Lunch with Amy” from Thu 03 Dec 12:30 to Fri 04 Dec 12:30? (yes / no)"
    )
    assert say("no") == "All right, I won't."
    assert _find(calendar, "lunch").start == THURSDAY_LUNCH
    say("move lunch with Amy to Friday")
    assert say("yes") == "Moved “Lunch with Amy” to Fri 04 Dec 12:30."
    assert say("add piano lesson on Monday at 5pm to my calendar") == (
        "Added “piano lesson”, Mon 30 Nov 17:00."
    )
    assert say("cancel the dentist").startswith("Cancel “Dentist”")
    assert say("yes").startswith("Cancelled “Dentist”")
    assert say("cancel the opera") == (
        "I can't find “opera” in the next two months. Ask what's on a day to see titles."
    )
    # A dinner "at seven" is in the evening; asked when it is, the calendar answers, and a
    # question about what is not in it is the conversation's.
    assert say("Put the anniversary dinner on Saturday at seven in my calendar.") == (
        "Added “the anniversary dinner”, Sat 05 Dec 19:00."
    )
    assert say("When is the dinner?") == (
        "“the anniversary dinner” is on your calendar for Sat 05 Dec 19:00."
    )
    assert brain.received == []
    assert "can't find" not in say("When is Nadia's chemo?")


def _store():
    import os

    store = open_test_store(Path(os.environ["OS1_HOME"]))
    store.ensure_user("local")
    return store


def test_a_wrong_server_or_password_is_said_plainly(radicale):
    with pytest.raises(ConfigError, match="cannot be reached"):
        CalDavCalendar(f"http://127.0.0.1:{free_port()}/", "theo", "pw").events(NOW, NOW)
    with pytest.raises(ConfigError, match="has no calendar"):
        CalDavCalendar(radicale, "nobody-has-made-one", "pw").events(NOW, NOW)


def test_the_cal_command_uses_the_persons_own_calendar_file(os1_home):
    added = run_os1("cal", "add", "Lunch with Amy", "--at", "tomorrow at 12:30")
    assert added.returncode == 0, added.stderr
    assert "Lunch with Amy" in run_os1("cal", "--day", "tomorrow").stdout
    other = run_os1("cal", "--day", "tomorrow", env={"OS1_USER": "ben"})
    assert "nothing on your calendar" in other.stdout
    broken = os1_home / "broken.ics"
    broken.write_text("not a calendar")
    bad = run_os1("cal", env={"OS1_CALENDAR": str(broken)})
    assert bad.returncode == 1 and "cannot be read" in bad.stderr


# Calendars from anywhere (an archive, another app): reads are bounded, and say what they
# leave out.

DAY = datetime(2026, 12, 4, tzinfo=UTC)
ONE_DAY = timedelta(days=1)


def _ics(*events: tuple[str, str, str | None]) -> bytes:
    """A calendar of (title, DTSTART, RRULE or None) events, an hour long each."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    for n, (title, start, rule) in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:{n}@test", f"SUMMARY:{title}", f"DTSTART:{start}"]
        lines += ["DURATION:PT1H", *([f"RRULE:{rule}"] if rule else []), "END:VEVENT"]
    return ("\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n").encode()


def _read(tmp_path: Path, data: bytes, days: int = 1):
    path = tmp_path / "from-elsewhere.ics"
    path.write_bytes(data)
    started = time.thread_time()
    agenda = IcsFile(path).read(DAY, DAY + timedelta(days=days))
    return agenda, time.thread_time() - started


def test_a_rule_every_second_is_left_out_at_once_and_said(tmp_path):
    bomb = [(f"Bomb {n}", "20261204T000000Z", "FREQ=SECONDLY") for n in range(29)]
    agenda, took = _read(
        tmp_path,
        _ics(
            ("Since 2000", "20000101T000000Z", "FREQ=SECONDLY"),
            *bomb,
            ("Dentist", "20261204T100000Z", None),
            ("Standup", "19700105T090000Z", "FREQ=DAILY"),
        ),
    )
    assert took < 0.5
    assert [(e.title, e.start.hour) for e in agenda.events] == [("Standup", 9), ("Dentist", 10)]
    assert agenda.note() == (
        "30 events in your calendar could not be read, such as “Since 2000” "
        "(it repeats every second)."
    )
    skills = Catalogue(calendar_skills(IcsFile(tmp_path / "from-elsewhere.ics"), lambda: DAY))
    said = asyncio.run(skills["calendar_day"].do(skills["calendar_day"].parse({"day": "today"})))
    assert said.startswith("Today (Fri 04 Dec): ")
    assert "09:00 Standup" in said and "Dentist" in said and "could not be read" in said


def test_a_rule_that_never_matches_is_stopped_by_the_reads_budget(tmp_path):
    # dateutil would search to the year 9999 for a 30 February: 9 s each, unbounded.
    never = [(f"Never {n}", "20000101T090000Z", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")
             for n in range(20)]  # fmt: skip
    agenda, took = _read(tmp_path, _ics(*never, ("Dentist", "20261204T100000Z", None)))
    assert took < 1.0
    assert [e.title for e in agenda.events] == ["Dentist"]
    note = agenda.note() or ""
    assert "could not be read" in note and "ran out of time reading your calendar" in note


def test_long_series_are_read_from_near_the_day_and_listed_within_a_cap(tmp_path):
    agenda, took = _read(
        tmp_path,
        _ics(
            ("Pills", "20000101T080000Z", "FREQ=HOURLY;INTERVAL=3"),
            ("Swim", "19800107T070000Z", "FREQ=WEEKLY;BYDAY=MO,FR"),
            ("Ten days", "20261130T120000Z", "FREQ=DAILY;COUNT=10"),
            ("Odd days", "20000101T180000Z", "FREQ=DAILY;INTERVAL=2"),
            ("Never again", "20000101T180000Z", "FREQ=DAILY;INTERVAL=0"),
        ),
    )
    assert took < 0.5
    # The same times as stepping through every occurrence since the series began.
    from dateutil.rrule import rrulestr

    def every(rule: str, first: datetime) -> list[datetime]:
        return rrulestr(rule, dtstart=first).between(
            DAY - timedelta(hours=1), DAY + timedelta(days=1)
        )

    pills = every("FREQ=HOURLY;INTERVAL=3", datetime(2000, 1, 1, 8, tzinfo=UTC))
    odd = every("FREQ=DAILY;INTERVAL=2", datetime(2000, 1, 1, 18, tzinfo=UTC))
    assert len(pills) == 8 and len(odd) == 1
    assert [e.start for e in agenda.events if e.title == "Pills"] == [
        t for t in pills if t + timedelta(hours=1) > DAY
    ]
    assert [e.start for e in agenda.events if e.title == "Odd days"] == odd
    assert [e.start.hour for e in agenda.events if e.title in ("Swim", "Ten days")] == [7, 12]
    assert agenda.note() == (
        "One event in your calendar could not be read: “Never again” "
        "(its repeat rule cannot be read)."
    )
    hourly, took = _read(tmp_path, _ics(("Ping", "20000101T000000Z", "FREQ=HOURLY")), days=60)
    assert took < 0.5 and len(hourly.events) == 500
    assert hourly.note() == "Only the first 500 times of “Ping” are listed."


def test_a_calendars_bytes_are_checked_before_they_are_kept():
    from os1.skills.calendar_reading import MAX_BYTES, bounded_calendar

    bomb = _ics(("Bomb", "20000101T000000Z", "FREQ=SECONDLY"))
    assert bounded_calendar(bomb) == bomb  # kept as it is: reads leave the rule out
    with pytest.raises(InputError, match="not an iCalendar file"):
        bounded_calendar(b"BEGIN:VCALENDAR\r\nnot really")
    with pytest.raises(InputError, match="more than os1 reads"):
        bounded_calendar(b" " * (MAX_BYTES + 1))


def test_a_yes_cancels_the_event_the_question_named_not_one_found_again(tmp_path):
    calendar = IcsFile(tmp_path / "calendar.ics")
    _week(calendar)
    skills = Catalogue(calendar_skills(calendar, lambda: NOW))
    cancel = skills["cancel_event"]
    arguments = cancel.parse({"title": "lunch with amy"})
    question = asyncio.run(cancel.question(arguments))
    assert question == "Cancel “Lunch with Amy”, Thu 03 Dec 12:30?"
    # Before the yes, another lunch with Amy comes in, sooner: a new search would find it.
    sooner = THURSDAY_LUNCH - timedelta(days=2)
    calendar.add("Lunch with Amy", sooner, sooner + timedelta(hours=1))
    asyncio.run(cancel.do(arguments))
    lunches = [e.start for e in calendar.events(NOW, NOW + timedelta(days=7))]
    assert sooner in lunches and THURSDAY_LUNCH not in lunches
