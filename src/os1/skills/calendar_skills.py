"""Calendar skills: "what's on tomorrow?", "add lunch with Amy on Friday at 1pm",
"move lunch with Amy to Friday", "cancel lunch with Amy".

Events are found by their title, loosely, among the next two months; two
that fit equally get a question back. Moving and cancelling ask first and say
exactly which event, from when, to when. The calendar is read and changed in a
calendar thread (`in_calendar_thread`): a big or hostile file never holds up the
event loop; an event that could not be read is said, after the day's list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import click
from pydantic import BaseModel, Field

from os1.errors import InputError
from os1.skills.calendar import Calendar, Event, in_calendar_thread
from os1.skills.commands import do
from os1.skills.grammar import Precedence, rule, what_and_when, words
from os1.skills.skill import Asked, Confirmable, NotMine, Skill
from os1.skills.unit import Parts, Unit
from os1.skills.when import for_occasion, names_time_of_day, parse_day, parse_when

LOOK_AHEAD = timedelta(days=60)
FOUND = 65  # rapidfuzz WRatio on lowercased titles, as for contacts


class DayArguments(BaseModel):
    day: str = Field("today", max_length=100, description="Which day, in words: 'tomorrow'.")


class AddArguments(BaseModel):
    title: str = Field(min_length=1, max_length=300, description="What the event is.")
    when: str = Field(min_length=1, max_length=100, description="When it starts, in words.")
    minutes: int = Field(60, ge=1, le=24 * 60, description="How long it lasts.")


class MoveArguments(Confirmable):
    title: str = Field(min_length=1, max_length=300, description="Which event, by its title.")
    to: str = Field(min_length=1, max_length=100, description="The new day or time, in words.")


class EventTitle(Confirmable):
    title: str = Field(min_length=1, max_length=300, description="Which event, by its title.")


def _when(event: Event) -> str:
    start = event.start.astimezone()
    return f"{start:%a %d %b} {start:%H:%M}"


async def find_event(calendar: Calendar, title: str, now: datetime) -> Event:
    """The one upcoming event `title` names; InputError when none does, or two do."""
    from rapidfuzz import fuzz, process, utils  # at first use, as in contacts.py

    agenda = await in_calendar_thread(calendar.read, now, now + LOOK_AHEAD)
    upcoming = agenda.events
    titles = sorted({e.title for e in upcoming})
    matches = process.extract(
        title, titles, scorer=fuzz.WRatio, processor=utils.default_process, limit=2
    )
    good = [name for name, score, _ in matches if score >= FOUND]
    if not good:
        missing = agenda.note()
        raise InputError(
            f"I can't find “{title}” in the next two months"
            + (f" ({missing.rstrip('.')})" if missing else ""),
            "ask what's on a day to see titles",
        )
    if len(good) > 1 and matches[0][1] - matches[1][1] < 8:
        raise InputError(f"Which do you mean: {good[0]} or {good[1]}", "say the whole title")
    same = [e for e in upcoming if e.title == good[0]]
    if len(same) > 1 and not same[0].repeats:
        dates = " or ".join(_when(e) for e in same[:3])
        raise InputError(f"There is more than one “{good[0]}”: {dates}", "say which day")
    return same[0]


def calendar_skills(calendar: Calendar, clock: Callable[[], datetime]) -> list[Skill[Any]]:
    async def day(args: DayArguments) -> str:
        now = clock()
        chosen = parse_day(args.day, now)
        start = datetime.combine(chosen, datetime.min.time(), tzinfo=now.astimezone().tzinfo)
        agenda = await in_calendar_thread(calendar.read, start, start + timedelta(days=1))
        label = {0: "Today", 1: "Tomorrow"}.get((chosen - now.astimezone().date()).days)
        label = f"{label} ({chosen:%a %d %b})" if label else f"{chosen:%A %d %B}"
        missing = agenda.note()
        after = f" {missing}" if missing else ""
        if not agenda.events:
            return f"{label}: nothing on your calendar.{after}"
        listed = "; ".join(f"{e.start.astimezone():%H:%M} {e.title}" for e in agenda.events)
        return f"{label}: {listed}.{after}"

    async def when(args: EventTitle) -> str:
        # "When is the dinner?" is the calendar's only if the calendar has it; "When is
        # Nadia's chemo?" is what they told the OS (conversation/life_answers.py).
        try:
            event = await find_event(calendar, args.title, clock())
        except InputError as exc:
            raise NotMine(str(exc)) from exc
        return f"“{event.title}” is on your calendar for {_when(event)}."

    async def add(args: AddArguments) -> str:
        start = parse_when(for_occasion(args.when, args.title), clock())
        end = start + timedelta(minutes=args.minutes)
        event = await in_calendar_thread(calendar.add, args.title.strip(), start, end)
        return f"Added “{event.title}”, {_when(event)}."

    def _new_start(event: Event, to: str) -> datetime:
        now = clock()
        if names_time_of_day(to):
            return parse_when(to, now)
        # A day alone keeps the time of day: lunch stays at lunchtime.
        chosen = parse_day(to, now)
        start = event.start.astimezone()
        return datetime.combine(chosen, start.timetz())

    async def _movable(args: MoveArguments) -> tuple[Event, datetime]:
        event = await find_event(calendar, args.title, clock())
        if event.repeats:
            raise InputError(
                f"“{event.title}” repeats, and os1 cannot move one occurrence yet",
                "move it in your calendar app",
            )
        return event, _new_start(event, args.to)

    async def move(args: MoveArguments) -> str:
        # After a yes, the event and the time the question named, not a new search.
        event, start = args.shown or await _movable(args)
        moved = await in_calendar_thread(calendar.move, event, start)
        return f"Moved “{moved.title}” to {_when(moved)}."

    async def confirm_move(args: MoveArguments) -> Asked:
        event, start = await _movable(args)
        question = f"Move “{event.title}” from {_when(event)} to {start:%a %d %b %H:%M}?"
        return Asked(question, (event, start))

    async def cancel(args: EventTitle) -> str:
        event = args.shown or await find_event(calendar, args.title, clock())
        await in_calendar_thread(calendar.cancel, event)
        return f"Cancelled “{event.title}” ({_when(event)})."

    async def confirm_cancel(args: EventTitle) -> Asked:
        event = await find_event(calendar, args.title, clock())
        if event.repeats:
            return Asked(f"Cancel “{event.title}”, every occurrence (next {_when(event)})?", event)
        return Asked(f"Cancel “{event.title}”, {_when(event)}?", event)

    return [
        Skill(
            "calendar_day",
            "Say what is on the calendar on a day",
            DayArguments,
            day,
            reads_only=True,
        ),
        Skill("event_when", "Say when an event is", EventTitle, when, reads_only=True),
        Skill("add_event", "Add an event to the calendar", AddArguments, add),
        Skill("move_event", "Move an event", MoveArguments, move, confirm_move),
        Skill("cancel_event", "Cancel an event", EventTitle, cancel, confirm_cancel),
    ]


def _added(match: re.Match[str], now: datetime) -> dict[str, Any]:
    event = what_and_when(match["rest"] + (match["after"] or ""), now)
    return {"title": event["what"], "when": event["when"]}


RULES = (
    rule(
        "add_event",
        r"(?:add|put|schedule) (?P<rest>.+?)"
        r"(?: (?:to|on|in|into) (?:my |the )?(?:calendar|diary|schedule))"
        r"(?P<after> .+?)?",
        _added,
        Precedence.FIRST,
    ),
    rule(
        "calendar_day",
        r"(?:what(?:'s| is) (?:on )?(?:my |the )?(?:calendar|schedule|agenda|diary)"
        r"|what(?:'s| is) on|what do i have(?: on)?|anything(?: on)?"
        r"|what(?:'s| is) happening)"
        r"(?:\s+(?:for\s+)?(?P<day>today|tonight|tomorrow|(?:on |this |next )?"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on .+?))?",
        lambda m, _: {"day": (m["day"] or "today").strip()},
        Precedence.LATE,
    ),
    rule(
        "event_when",
        r"(?:when(?:'s| is)|what time(?:'s| is)) (?:my |the |our )?"
        r"(?P<title>(?!it\b|that\b|this\b)[\w' -]{3,60}?)",
        words("title"),
        Precedence.LATE,
    ),
    rule(
        "move_event",
        r"(?:move|reschedule|push) (?:my |the )?(?P<title>.+?) to (?P<to>.+?)",
        words("title", "to"),
        Precedence.LATE,
    ),
    rule(
        "cancel_event",
        r"(?:cancel|delete) (?:my |the )?(?P<title>(?!reminder\b|note\b).+?)",
        words("title"),
        Precedence.LATE,
    ),
)


@click.group(invoke_without_command=True)
@click.option("--day", default="today", show_default=True, help="Which day, in words.")
@click.pass_context
def cal(context: click.Context, day: str) -> None:
    """The calendar: what is on a day; `add`, `move`, `cancel` events.

    OS1_CALENDAR picks it: a CalDAV address (with OS1_CALENDAR_USER and
    OS1_CALENDAR_PASSWORD), an .ics file, or, unset, os1's own file.
    """
    if context.invoked_subcommand is None:
        do("calendar_day", {"day": day})


@cal.command("add")
@click.argument("title")
@click.option("--at", "when", required=True, help="When it starts, in words.")
@click.option("--minutes", type=click.IntRange(1, 1440), default=60, show_default=True)
def cal_add(title: str, when: str, minutes: int) -> None:
    """Add TITLE to the calendar: `os1 cal add "Lunch with Amy" --at "friday at 1pm"`."""
    do("add_event", {"title": title, "when": when, "minutes": minutes})


@cal.command("move")
@click.argument("title")
@click.option("--to", "to", required=True, help="The new day or time, in words.")
@click.option("--yes", is_flag=True, help="Do not ask first.")
def cal_move(title: str, to: str, yes: bool) -> None:
    """Move the next event called TITLE; a day alone keeps its time."""
    do("move_event", {"title": title, "to": to}, yes)


@cal.command("cancel")
@click.argument("title")
@click.option("--yes", is_flag=True, help="Do not ask first.")
def cal_cancel(title: str, yes: bool) -> None:
    """Cancel the next event called TITLE."""
    do("cancel_event", {"title": title}, yes)


def _skills(parts: Parts) -> list[Skill[Any]]:
    return calendar_skills(parts.calendar, parts.clock)


UNIT = Unit(_skills, RULES, (cal,))
