"""Reading a calendar file within bounds.

A calendar file can come from anywhere (an archive, another app), so reading
one is bounded (`bounded_read`): a rule that repeats every second or minute
is not expanded, a daily, weekly or hourly series that began long ago is read
from near the day asked about, and each series, and the whole read, has a
budget of CPU time. What could not be read is named in the Agenda.
Repeating events are expanded by `recurring-ical-events`.
"""

from __future__ import annotations

import sys
import time as clock
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar

import recurring_ical_events
from icalendar import Calendar as VCalendar
from icalendar.prop import vRecur

from os1.errors import ConfigError, InputError
from os1.skills.calendar import Agenda, Event, Unread, as_datetime, event_of, repeating

T = TypeVar("T")

# A calendar file larger than this is not parsed (icalendar reads about 1.5 MB a second).
MAX_BYTES = 4 * 1024 * 1024
# CPU seconds one series may take to expand, and one whole read.
SERIES_BUDGET_S = 0.1
READ_BUDGET_S = 0.5
MOST_PER_EVENT = 500  # occurrences of one series in one answer
MOST_OCCURRENCES = 2000  # occurrences in one answer
# Rules finer than an hour are not expanded: every second of a day is 86,400 events.
TOO_FINE = {"SECONDLY": "every second", "MINUTELY": "every minute"}
# Series that step by a fixed length are read from near the window (their start moved
# forward by whole steps), however long ago they began.
STEPS = {"HOURLY": timedelta(hours=1), "DAILY": timedelta(days=1), "WEEKLY": timedelta(weeks=1)}
KNOWN = {"YEARLY", "MONTHLY", *STEPS, *TOO_FINE}
NEAR = timedelta(days=1)  # slack around a window for zones and all-day events
# A rule with none of these finds an occurrence at every step, so dateutil stops just
# after the window; with them it may never match, and search to the year 9999.
FILTERS = ("BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS", "BYMONTH")
DAYS_A_STEP = {"YEARLY": 366, "MONTHLY": 31, "WEEKLY": 7, "DAILY": 1, "HOURLY": 1}
STEP_AT_LEAST = {"YEARLY": timedelta(days=365), "MONTHLY": timedelta(days=28), **STEPS}
# Days (hours, for an hourly rule) a rule that always matches may step through without
# the watch on its time, whose trace costs four times the work it watches.
UNWATCHED = 50_000


class _OutOfTime(BaseException):
    """A budget of CPU time is spent. A BaseException, so that no library code that
    catches ordinary errors can swallow it and carry on."""


class _Budget:
    """CPU time for one read, and for each piece of work in it (`run`).

    dateutil can search for centuries for a rule that never matches (BYMONTHDAY=30 in
    February) and offers no way to stop it; a trace function, set for this thread only
    while a piece runs, stops it at its next Python call once its time is spent."""

    def __init__(self, seconds: float) -> None:
        self.ends = clock.thread_time() + seconds
        self._piece_ends = self.ends

    def spent(self) -> bool:
        return clock.thread_time() >= self.ends

    def _trace(self, frame: Any, event: str, arg: Any) -> None:
        if clock.thread_time() > self._piece_ends:
            raise _OutOfTime

    def run(self, seconds: float, work: Callable[[], T], watched: bool = True) -> T:
        """`work()`, raising _OutOfTime once it has taken `seconds`, or the read's time;
        unwatched, work known to be short runs at full speed."""
        if not watched:
            return work()
        self._piece_ends = min(self.ends, clock.thread_time() + seconds)
        previous = sys.gettrace()
        sys.settrace(self._trace)
        try:
            return work()
        finally:
            sys.settrace(previous)


def _end(component: Any, start: datetime, zone: Any) -> datetime:
    ending = component.get("dtend")
    if ending is not None:
        return as_datetime(ending.dt, zone)
    duration = component.get("duration")
    if duration is not None:
        return start + duration.dt
    return start + timedelta(days=1)


def _near(component: Any, start: datetime, end: datetime, zone: Any) -> bool:
    """Whether a single event (or a changed occurrence of a series) may touch [start, end)."""
    begins = as_datetime(component["DTSTART"].dt, zone)
    if begins < end + NEAR and _end(component, begins, zone) > start - NEAR:
        return True
    replaces = component.get("recurrence-id")
    # A changed occurrence moved out of the window still hides the one it replaces.
    return replaces is not None and start - NEAR < as_datetime(replaces.dt, zone) < end + NEAR


def _rules(component: Any) -> list[Any]:
    rules = component.get("rrule")
    return [] if rules is None else rules if isinstance(rules, list) else [rules]


def _unreadable(component: Any) -> str | None:
    """Why a series is not expanded at all, in words for the person; None when it is."""
    for rule in _rules(component):
        if not isinstance(rule, vRecur):
            return "its repeat rule cannot be read"
        frequency = str((rule.get("FREQ") or [""])[0]).upper()
        if frequency in TOO_FINE:
            return f"it repeats {TOO_FINE[frequency]}"
        interval = (rule.get("INTERVAL") or [1])[0]
        if frequency not in KNOWN or not isinstance(interval, int) or interval < 1:
            return "its repeat rule cannot be read"
        per_hour = len(rule.get("BYMINUTE") or [0]) * len(rule.get("BYSECOND") or [0])
        if per_hour > 12:
            return f"it repeats {per_hour} times an hour"
    return None


def _ordinal_fits(day: Any, frequency: str) -> bool:
    """Whether a BYDAY entry ("MO", "2TU", "-1FR") names a day every period has."""
    ordinal = str(day)[:-2]
    if ordinal in ("", "+"):
        return True
    most = {"MONTHLY": 4, "YEARLY": 52}.get(frequency, 0)
    return ordinal.lstrip("+-").isdigit() and 1 <= abs(int(ordinal)) <= most


def _short(component: Any, end: datetime, zone: Any) -> bool:
    """Whether this series is sure to expand quickly: a rule that matches at every step
    (no filters that could match nothing), not too many steps from its start to `end`."""
    rules = _rules(component)
    if len(rules) != 1 or component.get("rdate") is not None:
        return False
    rule = rules[0]
    frequency = str(rule["FREQ"][0]).upper()
    if frequency not in DAYS_A_STEP or any(rule.get(name) for name in FILTERS):
        return False
    if not all(_ordinal_fits(day, frequency) for day in rule.get("BYDAY") or []):
        return False
    for name, most in (("BYHOUR", 23), ("BYMINUTE", 59), ("BYSECOND", 59)):
        if not all(isinstance(v, int) and 0 <= v <= most for v in rule.get(name) or []):
            return False
    first = as_datetime(component["DTSTART"].dt, zone)
    steps = (end - first) / (STEP_AT_LEAST[frequency] * rule.get("INTERVAL", [1])[0])
    return steps * DAYS_A_STEP[frequency] <= UNWATCHED


def _move_near(component: Any, start: datetime, zone: Any) -> None:
    """Moves the start of a series that steps by a fixed length (hourly, daily, weekly,
    with no COUNT) forward by whole steps, to just before `start`: the same occurrences
    from there on, without stepping through the decades before."""
    rules = _rules(component)
    if len(rules) != 1 or rules[0].get("COUNT"):
        return
    frequency = str(rules[0]["FREQ"][0]).upper()
    value = component["DTSTART"].dt
    if frequency not in STEPS or (frequency == "HOURLY" and not isinstance(value, datetime)):
        return
    step = STEPS[frequency] * rules[0].get("INTERVAL", [1])[0]
    first = as_datetime(value, zone)
    lead = max(_end(component, first, zone) - first, timedelta(0)) + 2 * step + NEAR
    steps = (start - lead - first) // step
    if steps <= 0:
        return
    shift = steps * step
    ending = component.get("dtend")
    component.pop("DTSTART")
    component.add("dtstart", value + shift)
    if ending is not None:
        component.pop("DTEND")
        component.add("dtend", ending.dt + shift)


def _readied(calendar: Any, start: datetime, end: datetime) -> tuple[Any, list[Unread], set[str]]:
    """The calendar cut down to what a read of [start, end) needs, series ready to expand
    cheaply; the events that cannot be; the UIDs of series whose time is to be watched
    (not sure to expand quickly). Changes `calendar` (a copy just parsed)."""
    zone = start.tzinfo
    kept = VCalendar()
    for key, value in calendar.items():
        kept[key] = value
    unread = []
    short: set[str] = set()
    ruled: dict[str, int] = {}  # rules under each UID: two series under one are not short
    for component in calendar.subcomponents:
        if component.name == "VTIMEZONE":
            kept.add_component(component)
        if component.name != "VEVENT":
            continue
        title = str(component.get("summary", ""))
        try:
            if component.get("rrule") is None:
                if _near(component, start, end, zone):
                    kept.add_component(component)
                continue
            uid = str(component.get("uid"))
            ruled[uid] = ruled.get(uid, 0) + 1
            why = _unreadable(component)
            if why is None:
                _move_near(component, start, zone)
                kept.add_component(component)
                if _short(component, end, zone):
                    short.add(uid)
        except (AttributeError, KeyError, TypeError, ValueError, OverflowError):
            why = "its start or end cannot be read"
        if why is not None:
            unread.append(Unread(title, why))
    return kept, unread, set(ruled) - {uid for uid in short if ruled[uid] == 1}


def bounded_read(calendar: Any, start: datetime, end: datetime) -> Agenda:
    """Every event and occurrence overlapping [start, end) in a parsed calendar (which
    this changes), within the budgets, and what could not be read."""
    zone = start.tzinfo
    kept, unread, watched = _readied(calendar, start, end)
    titles = {str(c.get("uid")): str(c.get("summary", "")) for c in kept.walk("VEVENT")}
    cut_short: list[str] = []
    found: list[Event] = []
    budget = _Budget(READ_BUDGET_S)
    series_list: list[Any] = []
    try:
        # Kept, the rule tells an occurrence of a series from a single event
        # (the library marks both with a RECURRENCE-ID).
        query = budget.run(
            READ_BUDGET_S,
            partial(
                recurring_ical_events.of,
                kept,
                keep_recurrence_attributes=True,
                skip_bad_series=True,
            ),
            # Only a changed occurrence has the library expand a rule here.
            watched=any(c.get("recurrence-id") is not None for c in kept.walk("VEVENT")),
        )
        # The quick ones first: a series that eats the read's time leaves out only
        # others like it, never the day's plain events.
        series_list = sorted(query.series, key=lambda series: str(series.uid) in watched)
    except _OutOfTime:
        query = None
        cut_short.append("os1 ran out of time reading your calendar")
    except Exception as exc:  # the library's own complaint about the whole calendar
        raise ConfigError(
            f"The calendar cannot be read ({exc})", "check that it is an iCalendar file"
        ) from exc

    def expand(series: Any) -> list[Event]:
        occurrences = []
        for occurrence in series.between(start, end):
            component = occurrence.as_component(True)
            occurrences.append(event_of(component, zone, repeating(component)))
            if len(occurrences) > MOST_PER_EVENT:
                break
        return occurrences

    for index, series in enumerate(series_list):
        if budget.spent():
            left = len(series_list) - index
            cut_short.append(
                f"os1 ran out of time reading your calendar: {left} events were not read"
            )
            break
        title = titles.get(str(series.uid), "")
        try:
            occurrences = budget.run(
                SERIES_BUDGET_S, partial(expand, series), watched=str(series.uid) in watched
            )
        except _OutOfTime:
            unread.append(Unread(title, "it takes too long to work out when it repeats"))
            continue
        except Exception:  # one broken series: the others are still read
            unread.append(Unread(title, "its repeat rule cannot be read"))
            continue
        if len(occurrences) > MOST_PER_EVENT:
            occurrences = occurrences[:MOST_PER_EVENT]
            cut_short.append(f"Only the first {MOST_PER_EVENT} times of “{title}” are listed")
        found += occurrences
    if query is not None:
        # A series the library could not take at all (skip_bad_series) is named too.
        read = {str(series.uid) for series in query.series}
        unread += [
            Unread(title, "its repeat rule cannot be read")
            for uid, title in titles.items()
            if uid not in read
        ]
    found.sort(key=lambda e: e.start)
    if len(found) > MOST_OCCURRENCES:
        found = found[:MOST_OCCURRENCES]
        cut_short.append(f"Only the first {MOST_OCCURRENCES} events are listed")
    return Agenda(found, tuple(unread), ". ".join(cut_short) or None)


def bounded_calendar(data: bytes) -> bytes:
    """A calendar file's bytes, checked before they are kept (an archive's calendar.ics):
    InputError when os1 could never read them. They are kept as they are: a rule too fine
    to expand stays the person's, and every read leaves it out and says so."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"The calendar is {len(data) / 1e6:.1f} MB, more than os1 reads"
            f" ({MAX_BYTES / 1e6:.1f} MB)",
            "keep the recent years in it and the rest in another file",
        )
    try:
        VCalendar.from_ical(data)
    except ValueError as exc:
        raise InputError(
            f"The calendar is not an iCalendar file os1 can read ({exc})",
            "export it again from the calendar app",
        ) from exc
    return data
