""" "Anything important today?": the day's events, the reminders still to come today,
and the new mail that matters, in one answer. The calendar is read in a calendar
thread, the mail in a mail thread (`new_mail` awaits it); the reminders, in the
store, where the store is.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from pydantic import BaseModel

from os1.skills.calendar import Calendar, in_calendar_thread
from os1.skills.grammar import nothing, rule
from os1.skills.mail_skills import new_mail
from os1.skills.reminders import Reminders
from os1.skills.skill import Skill
from os1.skills.triage import Ranked
from os1.skills.unit import Parts, Unit


class NoArguments(BaseModel):
    pass


def today_skills(
    calendar: Calendar,
    reminders: Reminders,
    new_mail: Callable[[], Awaitable[list[Ranked]]] | None,
    clock: Callable[[], datetime],
) -> list[Skill[Any]]:
    async def today(_: NoArguments) -> str:
        now = clock().astimezone()
        end = now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        parts = []
        agenda = await in_calendar_thread(calendar.read, now, end)
        events = [e for e in agenda.events if e.end > now]
        if events:
            parts.append(
                "on your calendar: "
                + "; ".join(f"{e.start.astimezone():%H:%M} {e.title}" for e in events)
            )
        due = [r for r in reminders.upcoming() if r.due_at < end]
        if due:
            parts.append(
                "reminders: " + "; ".join(f"{r.text} at {r.due_at.astimezone():%H:%M}" for r in due)
            )
        if new_mail is not None:
            important = [r for r in await new_mail() if r.important]
            if important:
                senders = ", ".join(dict.fromkeys(r.message.who for r in important[:4]))
                count = len(important)
                parts.append(f"{count} important new message{'s' if count > 1 else ''} ({senders})")
        missing = agenda.note()
        after = f" {missing}" if missing else ""
        if not parts:
            return f"Nothing important today: no events, reminders or important new mail.{after}"
        return "Today, " + ". And ".join(parts) + "." + after

    return [Skill("today", "Say what matters today", NoArguments, today, reads_only=True)]


RULES = (
    rule(
        "today",
        r"(?:anything|is there anything|what(?:'s| is)) important(?: (?:for )?today)?"
        r"|what(?:'s| is| does) my day(?: look)? like(?: today)?|what(?:'s| is) on today",
        nothing,
    ),
)


def _skills(parts: Parts) -> list[Skill[Any]]:
    account = parts.mail
    unread = None
    if account is not None:
        unread = partial(new_mail, account.mailbox, account.address, parts.contacts, parts.clock)
    return today_skills(parts.calendar, parts.reminders, unread, parts.clock)


UNIT = Unit(_skills, RULES)
