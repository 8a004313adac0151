"""Calendar skills: "what's on tomorrow?", "add lunch with Amy on Friday at 1pm",
"move lunch with Amy to Friday", "cancel lunch with Amy".

Events are found by their title, loosely, among the next two months; two
that fit equally get a question back. Moving and cancelling ask first and say
exactly which event, from when, to when. The calendar is read and changed in a
calendar thread (`in_calendar_thread`): a big or hostile file never holds up the
event loop; an event that could not be read is said, after the day's list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process, utils

from os1.errors import InputError
from os1.skills.calendar import Calendar, Event, in_calendar_thread
from os1.skills.skill import Asked, Confirmable, Skill
from os1.skills.when import names_time_of_day, parse_day, parse_when

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

    async def add(args: AddArguments) -> str:
        start = parse_when(args.when, clock())
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
        Skill("calendar_day", "Say what is on the calendar on a day", DayArguments, day),
        Skill("add_event", "Add an event to the calendar", AddArguments, add),
        Skill("move_event", "Move an event", MoveArguments, move, confirm_move),
        Skill("cancel_event", "Cancel an event", EventTitle, cancel, confirm_cancel),
    ]
