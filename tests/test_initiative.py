"""The OS speaking first, over a simulated month on a controllable clock: each message
when it should come, none in quiet hours or do-not-disturb, within the person's daily
number, and nothing said twice."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from os1.conversation.initiative import OWN_INITIATIVE, SPACING, Initiative
from os1.conversation.outreach_records import Outreach
from os1.conversation.presence import load_presence, save_presence
from os1.errors import InputError
from os1.memory.store import Store
from os1.mind.inner_life import InnerLife
from os1.skills.calendar_sources import IcsFile
from os1.skills.reminders import Reminders
from tests.conftest import run_os1

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 11, 2, 6, 0, tzinfo=BERLIN)  # a Monday, before the morning
STEP = timedelta(minutes=10)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in November 2026, Berlin time."""
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


def _said(store, life: InnerLife, when: datetime, text: str) -> None:
    turn = store.add_turn("local", None, "user", text, at=when)
    life.feel(text, turn, when)


@pytest.fixture(scope="module")
def month(appraiser, tmp_path_factory) -> list[tuple[datetime, Outreach]]:
    """Every message the OS decided on, with the clock's time, over November."""
    tmp_path = tmp_path_factory.mktemp("month")
    store = Store.open(tmp_path / "os1.db")
    store.ensure_user("local")
    save_presence(store, "local", timezone="Europe/Berlin", per_day=2)
    reminders = Reminders(store, "local")
    calendar = IcsFile(tmp_path / "calendar.ics")
    calendar.add("Dentist", at(6, 14), at(6, 15))
    initiative = Initiative(store, "local", reminders, calendar, name=lambda: "Ann")
    life = InnerLife(store, "local", appraiser)
    happenings = {
        at(2, 19): [
            "Hello! I had a lovely day in the park.",
            "I have a job interview on Thursday and I'm nervous about it.",
        ],
        at(9, 20): [
            "I feel so alone tonight, everything is falling apart.",
            "I miss her terribly and I can't stop crying.",
            "Nothing I do seems to matter, I'm so tired and sad.",
        ],
    }
    reminders.add("call my mother", at(3, 18, 30), at(2, 19))
    reminders.add("take the bins out", at(4, 23, 30), at(2, 19))  # inside quiet hours
    heard: list[tuple[datetime, Outreach]] = []
    now = START
    while now < at(30, 23):
        for when, lines in happenings.items():
            if when <= now < when + STEP:
                for n, line in enumerate(lines):
                    _said(store, life, when + timedelta(minutes=n), line)
        if now == at(13, 9):
            save_presence(store, "local", do_not_disturb_until=at(14, 9))
        for outreach in initiative.settle(now):
            heard.append((now, outreach))
        initiative.delivered([o.id for _, o in heard], now)
        now += STEP
    return heard


def _first(heard, kind: str, after: datetime | None = None) -> tuple[datetime, Outreach]:
    return next((t, o) for t, o in heard if o.kind == kind and (after is None or t >= after))


def test_a_simulated_month_brings_each_message_when_it_should(month):
    kinds = Counter(o.kind for _, o in month)
    assert kinds["reminder"] == 2 and kinds["meeting"] == 1
    assert kinds["follow_up"] == 1 and kinds["check_in"] == 1 and kinds["missed_you"] == 2
    when, reminder = _first(month, "reminder")
    assert when == at(3, 18, 30) and reminder.text == "It's time to call your mother."
    when, late = _first(month, "reminder", after=at(4, 0))
    # Due at 23:30, in quiet hours: said when they end, and saying when it was for.
    assert when == at(5, 8) and late.text == "It's time to take the bins out (it was for 23:30)."
    when, meeting = _first(month, "meeting")
    assert when == at(6, 13, 50) and meeting.text == "Dentist starts in 10 minutes, at 14:00."
    when, follow_up = _first(month, "follow_up")
    assert when == at(6, 8) and follow_up.text == "How did the job interview go?"
    when, check_in = _first(month, "check_in")
    assert when == at(10, 8) and "How are you feeling today?" in check_in.text
    # Three days after each time they talked: the 2nd, and the sad evening of the 9th.
    when, missed = _first(month, "missed_you")
    assert when == at(5, 19, 10)
    assert missed.text == (
        "I missed you. It's been 3 days, since Monday 2 November. How have you been?"
    )
    when, missed = _first(month, "missed_you", after=at(6, 0))
    assert when == at(12, 20, 10) and "since Monday 9 November" in missed.text
    mornings = [(t, o) for t, o in month if o.kind == "morning"]
    assert mornings[0][0] == at(3, 8)
    assert mornings[0][1].text.startswith("Good morning, Ann. It's Tuesday, 3 November. Today:")
    assert "a reminder to call your mother at 18:30" in mornings[0][1].text
    # Do-not-disturb until 9 on the 14th: that morning comes at nine, not eight.
    assert any(t == at(14, 9) for t, _ in mornings)
    # A week after the last conversation (the 9th), the mornings stop.
    assert max(t for t, _ in mornings) < at(17, 0)


def test_a_simulated_month_keeps_quiet_hours_the_daily_number_and_never_repeats(month):
    presence_quiet = [(t, o) for t, o in month if not 8 <= t.astimezone(BERLIN).hour < 22]
    assert presence_quiet == []
    in_dnd = [(t, o) for t, o in month if at(13, 9) <= t < at(14, 9)]
    assert in_dnd == []
    own = [t for t, o in month if o.kind in OWN_INITIATIVE]
    per_day = Counter(t.astimezone(BERLIN).date() for t in own)
    assert max(per_day.values()) <= 2
    assert all(later - earlier >= SPACING for earlier, later in itertools.pairwise(own))
    texts = [o.text for _, o in month]
    assert len(texts) == len(set(texts))


def test_what_found_nobody_waits_until_it_is_delivered(store):
    reminders = Reminders(store, "local")
    initiative = Initiative(store, "local", reminders)
    now = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
    reminders.add("water the plants", now + timedelta(minutes=5), now)
    assert initiative.settle(now) == []
    said = initiative.settle(now + timedelta(minutes=5))
    assert [o.text for o in said] == ["It's time to water the plants."]
    assert initiative.settle(now + timedelta(minutes=6)) == []  # never twice
    assert [o.id for o in initiative.pending()] == [said[0].id]
    initiative.delivered([said[0].id], now + timedelta(minutes=7))
    assert initiative.pending() == []
    assert initiative.history()[0].delivered_at == now + timedelta(minutes=7)


def test_presence_settings_are_checked_and_kept(store):
    assert load_presence(store, "local").per_day == 3
    save_presence(store, "local", per_day=0, quiet_from="23:00", quiet_to="07:30")
    kept = load_presence(store, "local")
    assert (kept.per_day, str(kept.quiet_from), str(kept.quiet_to)) == (0, "23:00:00", "07:30:00")
    with pytest.raises(InputError, match="no time zone"):
        save_presence(store, "local", timezone="Mars/Olympus")
    with pytest.raises(InputError, match="per_day"):
        save_presence(store, "local", per_day=99)
    assert load_presence(store, "local").per_day == 0


def test_the_presence_command_shows_and_changes_the_settings(os1_home):
    assert run_os1("presence", "set", "--quiet", "23:00-07:30", "--per-day", "1").returncode == 0
    assert run_os1("presence", "dnd", "in 2 hours").returncode == 0
    shown = run_os1("presence").stdout
    assert "23:00 to 07:30" in shown and "Messages a day  1" in shown and "until" in shown
    refused = run_os1("presence", "set", "--quiet", "11pm")
    assert refused.returncode == 1 and "write it like 22:00-08:00" in refused.stderr
    assert run_os1("presence", "dnd", "--off").returncode == 0
    assert "Do not disturb  off" in run_os1("presence").stdout


def test_a_greeting_that_found_nobody_is_not_said_hours_later(store):
    store.ensure_user("local")
    reminders = Reminders(store, "local")
    initiative = Initiative(store, "local", reminders, name=lambda: "Ann")
    save_presence(store, "local", timezone="Europe/Berlin")
    store.add_turn("local", None, "user", "Good night!", at=at(2, 21))
    reminders.add("call the bank", at(3, 8, 30), at(2, 21))
    assert [o.kind for o in initiative.settle(at(3, 8))] == ["morning"]
    initiative.settle(at(3, 8, 30))  # the reminder, while nobody listens either
    # At eight in the evening the person opens a chat: the reminder waits for them, the
    # morning's greeting does not.
    assert [o.kind for o in initiative.pending(at(3, 20))] == ["reminder"]
    assert [o.kind for o in initiative.pending(at(3, 9))] == ["morning", "reminder"]
