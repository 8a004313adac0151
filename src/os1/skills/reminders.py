"""Reminders: "remind me to call my sister at six"; they fire on time, even after a restart.

A reminder is a row with the moment it is due. Whatever is running (a chat,
later the server) asks `due()` and announces what it returns; each is
announced once. One that fell due while os1 was closed is announced at the
next start, late but not lost. Cancelling one asks first; the yes cancels the
reminder the question named, and only while it is still the same and still to come.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import click
from pydantic import BaseModel, Field

from os1.errors import InputError
from os1.memory.dialect import Connection
from os1.memory.store import Store
from os1.memory.types import NewIds
from os1.skills.commands import do
from os1.skills.grammar import Precedence, nothing, rule, what_and_when
from os1.skills.skill import Asked, Confirmable, Skill
from os1.skills.unit import Archived, Parts, Rows, Unit
from os1.skills.when import for_occasion, parse_when
from os1.stamps import stamp


@dataclass(frozen=True, slots=True)
class Reminder:
    id: int
    text: str
    due_at: datetime


class RemindArguments(BaseModel):
    what: str = Field(min_length=1, max_length=500, description="What to be reminded of.")
    when: str = Field(min_length=1, max_length=100, description="When, in words: 'at six'.")


class NoArguments(BaseModel):
    pass


class ReminderId(Confirmable):
    id: int = Field(description="The reminder's number, as listed.")


def _utc(moment: datetime) -> str:
    return stamp(moment, precision="seconds")


class Reminders:
    def __init__(self, store: Store, user_id: str) -> None:
        self.store = store
        self.user_id = user_id

    def add(self, text: str, due_at: datetime, now: datetime) -> Reminder:
        text = text.strip().rstrip(".")
        if not text:
            raise InputError("The reminder says nothing", "say what to be reminded of")
        with self.store.writing() as db:
            row = db.execute(
                "INSERT INTO reminders (user_id, text, due_at, created_at) VALUES (?, ?, ?, ?)"
                " RETURNING id",
                (self.user_id, text, _utc(due_at), _utc(now)),
            ).fetchone()
        return Reminder(int(row[0]), text, due_at)

    def upcoming(self) -> list[Reminder]:
        return self._rows("fired_at IS NULL ORDER BY due_at")

    def next_due(self) -> datetime | None:
        upcoming = self.upcoming()
        return upcoming[0].due_at if upcoming else None

    def due(self, now: datetime) -> list[Reminder]:
        """Reminders due by `now` and not yet announced; they count as announced from here."""
        with self.store.writing() as db:
            rows = db.execute(
                "UPDATE reminders SET fired_at = ? WHERE user_id = ? AND fired_at IS NULL"
                " AND due_at <= ? RETURNING id, text, due_at",
                (_utc(now), self.user_id, _utc(now)),
            ).fetchall()
        found = [Reminder(r["id"], r["text"], datetime.fromisoformat(r["due_at"])) for r in rows]
        return sorted(found, key=lambda r: r.due_at)

    def cancel(self, reminder_id: int, shown: Reminder | None = None) -> bool:
        """Cancel a reminder still to come (only if it is still `shown`, when given)."""
        query = "DELETE FROM reminders WHERE user_id = ? AND id = ? AND fired_at IS NULL"
        values: tuple[str | int, ...] = (self.user_id, reminder_id)
        if shown is not None:
            query += " AND text = ? AND due_at = ?"
            values = (*values, shown.text, _utc(shown.due_at))
        with self.store.writing() as db:
            cursor = db.execute(query, values)
        return cursor.rowcount > 0

    def _rows(self, condition: str) -> list[Reminder]:
        rows = self.store.read(
            f"SELECT id, text, due_at FROM reminders WHERE user_id = ? AND {condition}",
            (self.user_id,),
        )
        return [Reminder(r["id"], r["text"], datetime.fromisoformat(r["due_at"])) for r in rows]


def everyone_due(store: Store, now: datetime) -> list[str]:
    """Everyone with a reminder due by `now` and not yet announced, in one query across the
    whole store (a server's clock asks this of everyone it hosts); nothing is marked."""
    rows = store.read(
        "SELECT DISTINCT user_id FROM reminders WHERE fired_at IS NULL AND due_at <= ?",
        (_utc(now),),
    )
    return [row[0] for row in rows]


def spoken_time(moment: datetime, now: datetime) -> str:
    """'at 18:00 today', 'at 09:00 tomorrow', 'at 10:30 on Thu 3 Dec'."""
    local, today = moment.astimezone(), now.astimezone().date()
    days = (local.date() - today).days
    day = {0: "today", 1: "tomorrow"}.get(days, f"on {local:%a %d %b}")
    return f"at {local:%H:%M} {day}"


# The reminder is kept in the person's words ("call my sister"); said back to them,
# it is theirs: "I'll remind you to call your sister".
_TO_YOU = {"my": "your", "me": "you", "mine": "yours", "myself": "yourself", "i'm": "you're"}
_FIRST_PERSON = re.compile(r"\b(" + "|".join(_TO_YOU) + r")\b", re.IGNORECASE)


def to_you(text: str) -> str:
    """The person's words about themselves, as said back to them."""
    return _FIRST_PERSON.sub(lambda m: _TO_YOU[m.group(1).lower()], text)


_A_THING = re.compile(r"^(?:\w+'s|the|your|his|her|their|our|a|an)\b", re.IGNORECASE)


def reminder_skills(reminders: Reminders, clock: Callable[[], datetime]) -> list[Skill]:
    def remind(args: RemindArguments) -> str:
        now = clock()
        due = parse_when(for_occasion(args.when, args.what), now)
        reminder = reminders.add(args.what, due, now)
        what = to_you(reminder.text)
        # "Otis's jabs" is a thing to be reminded of, not to do ("remind you to Otis's jabs").
        linked = "about" if _A_THING.match(what) else "to"
        return f"I'll remind you {linked} {what} {spoken_time(reminder.due_at, now)}."

    def listed(_: NoArguments) -> str:
        upcoming = reminders.upcoming()
        if not upcoming:
            return "You have no reminders."
        now = clock()
        return (
            "Your reminders: "
            + "; ".join(f"{r.id}. {to_you(r.text)}, {spoken_time(r.due_at, now)}" for r in upcoming)
            + "."
        )

    def _find(reminder_id: int) -> Reminder:
        for reminder in reminders.upcoming():
            if reminder.id == reminder_id:
                return reminder
        raise InputError(
            f"There is no reminder {reminder_id} still to come", "ask for your reminders"
        )

    def cancel(args: ReminderId) -> str:
        shown = args.shown if isinstance(args.shown, Reminder) else None
        reminder = shown or _find(args.id)
        if not reminders.cancel(reminder.id, reminder):
            raise InputError(
                f"The reminder to {to_you(reminder.text)} has fired or changed since I asked, "
                "so nothing was cancelled",
                "ask for your reminders and say again which one to cancel",
            )
        return f"Cancelled: {to_you(reminder.text)}."

    def confirm_cancel(args: ReminderId) -> Asked:
        reminder = _find(args.id)
        when = spoken_time(reminder.due_at, clock())
        return Asked(f"Cancel the reminder to {to_you(reminder.text)}, {when}?", reminder)

    return [
        Skill("remind", "Set a reminder", RemindArguments, remind),
        Skill("list_reminders", "List reminders", NoArguments, listed, reads_only=True),
        Skill("cancel_reminder", "Cancel a reminder", ReminderId, cancel, confirm_cancel),
    ]


_CLOCK_FIRST = re.compile(
    r"^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight"
    r"|half past|quarter past)\b",
    re.I,
)


def _alarm_time(said: str) -> str:
    """An alarm "for four pm" is one at four pm."""
    return f"at {said}" if _CLOCK_FIRST.match(said) else said


RULES = (
    # Not help with a failing memory: "Will you remind me of things, if it gets worse?" (early
    # Alzheimer's, told that evening; it was "When should I remind you to of things…").
    rule(
        "remind",
        r"remind me (?!of (?:things|stuff|everything|who|what|people)\b)"
        r"(?![^?]*\bif (?:i|it|things|my memory) (?:forget|gets? worse|start))(?P<rest>.+?)",
        lambda m, now: what_and_when(m["rest"], now),
        Precedence.FIRST,
    ),
    # "Set an alarm for four pm please." (a nurse after nights; the OS answered "Go on, I'm
    # here."): an alarm is a reminder, to get up unless they say what for.
    rule(
        "remind",
        r"(?:(?:set|put on|make)(?: me)? an? alarm (?:for |at )?(?P<when>.+?)(?: to (?P<what>.+?))?"
        r"|wake me(?: up)? (?P<wake>(?:at|in|tomorrow) .+?))",
        lambda m, now: {"what": m["what"] or "get up", "when": _alarm_time(m["when"] or m["wake"])},
    ),
    rule(
        "list_reminders",
        r"(?:what are my reminders|(?:show|list|read)(?: me)? my reminders|any reminders|"
        r"what (?:have i asked|did i ask) you to remind me(?: of| about)?)",
        nothing,
    ),
    rule(
        "cancel_reminder",
        r"(?:cancel|delete|remove) (?:the )?reminder (?:number )?(?P<id>\d+)",
        lambda m, _: {"id": m["id"]},
    ),
)


@click.group()
def remind() -> None:
    """Reminders: they are announced in `os1 chat` when due, or at its next start."""


@remind.command("add")
@click.argument("what")
@click.option("--at", "when", required=True, help="In words: 'six', 'tomorrow at 9', 'in 2 hours'.")
def remind_add(what: str, when: str) -> None:
    """Be reminded of WHAT: `os1 remind add "call my sister" --at six`."""
    do("remind", {"what": what, "when": when})


@remind.command("list")
def remind_list() -> None:
    """Reminders still to come."""
    do("list_reminders", {})


@remind.command("cancel")
@click.argument("reminder_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask first.")
def remind_cancel(reminder_id: int, yes: bool) -> None:
    """Cancel reminder REMINDER_ID."""
    do("cancel_reminder", {"id": reminder_id}, yes)


def _skills(parts: Parts) -> list[Skill[Any]]:
    return reminder_skills(parts.reminders, parts.clock)


# Out and back in, in memory.json (files from before the skills existed have no reminders).
def dump_rows(store: Store, user_id: str) -> Rows:
    query = "SELECT text, due_at, created_at, fired_at FROM reminders WHERE user_id = ? ORDER BY id"
    return {"reminders": [dict(row) for row in store.read(query, (user_id,))]}


def load_rows(db: Connection, user_id: str, rows: Rows, ids: NewIds) -> None:
    """Add dumped reminders inside the caller's transaction."""
    db.executemany(
        "INSERT INTO reminders (user_id, text, due_at, created_at, fired_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            (user_id, r["text"], r["due_at"], r["created_at"], r["fired_at"])
            for r in rows.get("reminders", [])
        ],
    )


UNIT = Unit(
    _skills, RULES, (remind,), Archived("memory.json", ("reminders",), dump_rows, load_rows)
)
