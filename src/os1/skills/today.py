""" "Anything important today?": the day's events, the reminders still to come today,
and the new mail that matters, in one answer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel

from os1.skills.calendar import Calendar
from os1.skills.reminders import Reminders
from os1.skills.skill import Skill
from os1.skills.triage import Ranked


class NoArguments(BaseModel):
    pass


def today_skills(
    calendar: Calendar,
    reminders: Reminders,
    new_mail: Callable[[], list[Ranked]] | None,
    clock: Callable[[], datetime],
) -> list[Skill[Any]]:
    def today(_: NoArguments) -> str:
        now = clock().astimezone()
        end = now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        parts = []
        events = [e for e in calendar.events(now, end) if e.end > now]
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
            important = [r for r in new_mail() if r.important]
            if important:
                senders = ", ".join(dict.fromkeys(r.message.who for r in important[:4]))
                count = len(important)
                parts.append(f"{count} important new message{'s' if count > 1 else ''} ({senders})")
        if not parts:
            return "Nothing important today: no events, reminders or important new mail."
        return "Today, " + ". And ".join(parts) + "."

    return [Skill("today", "Say what matters today", NoArguments, today)]
