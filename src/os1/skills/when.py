"""When a person means, for a reminder: "at six", "tomorrow at 9", "in 2 hours", "Friday".

`dateparser` reads the words; os1 adds what a person means that a parser
cannot know: a bare "at six" said at three in the afternoon is six this
evening, not six in the morning (or, as dateparser reads it, June); a day
with no time is nine in the morning; and the 31st of February is an error to
say out loud, not a date to guess.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta

from os1.errors import InputError

_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_NUMBERS = {w: n for n, w in enumerate([*_WORDS, "ten", "eleven", "twelve"])}
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_BARE_HOUR = re.compile(r"^(?:(?:at|by|around)\s+)?(\d{1,2})(?::(\d\d))?\s*(am|pm)?$")
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_EXPLICIT_DAY = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b|\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
)
# Words that already say the time of day, so a day named with them is not moved to 9:00.
_TIME_OF_DAY = re.compile(
    r"\d:\d\d|\d\s*(am|pm)\b|\b(at|by) \d|\bin (?:\d+|an?|half an|[a-z]+(?:[- ][a-z]+)?)"
    r" (minute|hour|min)s?\b|"
    r"\b(tonight|morning|afternoon|evening|night)\b"
)
MORNING = time(9, 0)  # a day named without a time
_NEXT_MORNING = re.compile(r"^(?:first thing )?in the morning$|^first thing(?: tomorrow)?$")
# A day of the month alone: "the 10th" (dateparser read "on the 10th at 3" as 6 October).
_NTH = re.compile(r"^(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)?$")
_EVENING = re.compile(r"\b(?:tonight|evening|night)\b")
# "tomorrow at 9", "friday at 6:30pm": dateparser reads the day and drops a bare hour.
_DAY_AT_HOUR = re.compile(r"^(.+?)\s+(?:at|by|around)\s+(\d{1,2})(?::(\d\d))?\s*(am|pm)?$")
# The hour said first: "at nine tomorrow" was tomorrow at the minute it was said.
_HOUR_THEN_DAY = re.compile(
    r"^((?:at|by|around)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?)\s+((?:on\s+)?(?:today|tonight"
    r"|tomorrow|\w+day|the \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? \w+))$"
)


def _normalise(text: str) -> str:
    text = " ".join(text.lower().strip().rstrip(".!").split())
    if text in _NUMBERS:  # "six" alone, as in `os1 remind add ... --at six`
        return str(_NUMBERS[text])
    text = re.sub(r"\bnoon\b|\bmidday\b", "12 pm", text)
    text = re.sub(r"\bmidnight\b", "12 am", text)
    text = re.sub(r"\bhalf an hour\b", "30 minutes", text)
    # Meal times as people say them: "tomorrow at lunchtime".
    text = re.sub(r"\b(?:at )?(?:lunch ?time|lunch)\b", "at 12:30 pm", text)
    text = re.sub(r"\b(?:at )?(?:tea ?time|dinner ?time|supper ?time)\b", "at 6 pm", text)
    text = re.sub(r"\b(?:at )?breakfast(?: ?time)?\b", "at 8 am", text)
    text = re.sub(
        r"\bhalf past (\w+)", lambda m: f"{_NUMBERS.get(m.group(1), m.group(1))}:30", text
    )
    text = re.sub(
        r"\bquarter past (\w+)", lambda m: f"{_NUMBERS.get(m.group(1), m.group(1))}:15", text
    )
    # "at six", "six pm", "six o'clock": number words as digits, where they are hours.
    text = re.sub(
        r"\b(at|by|around) (" + "|".join(_NUMBERS) + r")\b",
        lambda m: f"{m.group(1)} {_NUMBERS[m.group(2)]}",
        text,
    )
    text = re.sub(
        r"\b(" + "|".join(_NUMBERS) + r")\s*(am|pm|o'clock)\b",
        lambda m: f"{_NUMBERS[m.group(1)]} {m.group(2)}",
        text,
    )
    return text.replace(" o'clock", ":00")


def _check_day_exists(text: str, now: datetime) -> None:
    for day, month, month_first, day_after in _EXPLICIT_DAY.findall(text):
        name, number = (month, day) if day else (month_first, day_after)
        if name not in _MONTHS:
            continue
        month_number, day_number = _MONTHS[name], int(number)
        longest = calendar.monthrange(now.year if month_number != 2 else 2024, month_number)[1]
        if not 1 <= day_number <= longest:
            raise InputError(
                f"There is no {day_number} {calendar.month_name[month_number]}",
                "say another day",
            )


def _next_hour(hour: int, minute: int, half: str | None, now: datetime) -> datetime:
    """The next time the clock shows hour:minute (morning or evening, unless told) after now."""
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        raise InputError(f"{hour}:{minute:02d} is not a time of day", "say a time like 6:30")
    if half:
        candidates = [hour % 12 + (12 if half == "pm" else 0)]
    elif hour == 0 or hour > 12:
        candidates = [hour]
    else:  # "at six": this evening if the morning's six has passed
        candidates = [hour % 12, hour % 12 + 12]
    for days in (0, 1):
        for h in candidates:
            moment = (now + timedelta(days=days)).replace(
                hour=h, minute=minute, second=0, microsecond=0
            )
            if moment > now:
                return moment
    raise AssertionError("unreachable: some time tomorrow is after now")


def _on_day_at(found: re.Match[str], text: str, now: datetime) -> datetime:
    """A named day at a clock hour. Without am or pm, an hour from 1 to 6 is taken as the
    afternoon or evening ("friday at 6"), 7 to 12 as the morning and noon ("tomorrow at 9")."""
    day, hour, minute, half = (
        found.group(1),
        int(found.group(2)),
        int(found.group(3) or 0),
        found.group(4),
    )
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        raise InputError(f"{hour}:{minute:02d} is not a time of day", "say a time like 6:30")
    if half:
        hour = hour % 12 + (12 if half == "pm" else 0)
    elif 1 <= hour <= 6 or (hour < 12 and _EVENING.search(day)):
        hour += 12  # "friday at 6", "tonight at 9"
    local = now.astimezone()
    moment = datetime.combine(parse_day(day, now), time(hour, minute), tzinfo=local.tzinfo)
    if moment <= local and not half and hour < 12:  # "today at 9", said at three: the evening
        moment += timedelta(hours=12)
    if moment <= local:
        raise InputError(
            f"“{text.strip()}” is already past ({moment:%a %d %b %H:%M})",
            "say a time still to come",
        )
    return moment


def _next_nth(day: int, today: date) -> date:
    """The next date, today or later, that is the `day`th of its month."""
    if not 1 <= day <= 31:
        raise InputError(f"There is no {day}th of a month", "say another day")
    year, month = today.year, today.month
    while day > calendar.monthrange(year, month)[1] or date(year, month, day) < today:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return date(year, month, day)


def names_time_of_day(text: str) -> bool:
    """Whether `text` says a time on the clock ("at 3pm", "tonight"), not only a day."""
    words = _normalise(text)
    return bool(_TIME_OF_DAY.search(words) or _BARE_HOUR.match(words))


def parse_day(text: str, now: datetime) -> date:
    """The day `text` names, today or later: "today", "tomorrow", "Friday", "3 December",
    "the 10th"."""
    words = _normalise(text)
    if words in ("", "today", "tonight", "this evening", "this afternoon", "this morning"):
        return now.astimezone().date()
    if (nth := _NTH.match(words)) is not None:
        return _next_nth(int(nth[1]), now.astimezone().date())
    start_of_today = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    return parse_when(words, start_of_today).date()


def parse_when(text: str, now: datetime) -> datetime:
    """The moment `text` names, after `now`, in now's time zone; InputError if there is none."""
    words = _normalise(text)
    if not words:
        raise InputError("No time was given", "say when, like 'at 6pm' or 'tomorrow at 9'")
    _check_day_exists(words, now)
    if _NEXT_MORNING.match(words):
        # "Remind me to call my boss in the morning." (the night before a flight to a father
        # after a stroke; it was not understood): the next nine o'clock to come.
        return _next_hour(MORNING.hour, MORNING.minute, "am", now.astimezone())
    bare = _BARE_HOUR.match(words)
    if bare:
        # On the person's clock: "at six" is six where they are, not six in UTC.
        local = now.astimezone()
        return _next_hour(int(bare.group(1)), int(bare.group(2) or 0), bare.group(3), local)
    if (hour_first := _HOUR_THEN_DAY.match(words)) is not None:
        words = f"{hour_first[2]} {hour_first[1]}"
    day_at = _DAY_AT_HOUR.match(words)
    if day_at and not re.search(r"\bin \d+", day_at.group(1)):
        return _on_day_at(day_at, text, now)
    if _NTH.match(words):
        local = now.astimezone()
        return datetime.combine(parse_day(words, now), MORNING, tzinfo=local.tzinfo)
    # Here, not at the top: dateparser takes 0.55 s to import (python -X importtime,
    # 2026-12-04), and most times are read by the patterns above without it.
    import dateparser

    local = now.astimezone()
    found = dateparser.parse(
        words,
        languages=["en"],
        settings={
            "RELATIVE_BASE": local.replace(tzinfo=None),
            "PREFER_DATES_FROM": "future",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if found is None:
        raise InputError(
            f"I could not tell when “{text.strip()}” is",
            "say a time like 'at 6pm', 'tomorrow at 9', 'in 2 hours' or 'on 3 December'",
        )
    moment = found.replace(tzinfo=local.tzinfo)
    if not _TIME_OF_DAY.search(words) and not re.search(r"\bin \d+", words):
        moment = moment.replace(hour=MORNING.hour, minute=MORNING.minute, second=0)
    if moment <= local:
        raise InputError(
            f"“{text.strip()}” is already past ({moment:%a %d %b %H:%M})",
            "say a time still to come",
        )
    return moment


# What happens in the evening: "the anniversary dinner on Saturday at seven" was put in
# the calendar at 07:00.
_EVENING_OCCASION = re.compile(
    r"\b(?:dinner|supper|drinks|party|celebration|reunion|date night|concert|gig|theatre|theater"
    r"|cinema|film night"
    r"|movie night|pub|quiz|ball|dance|show|opera|ballet|karaoke)\b",
    re.IGNORECASE,
)
_ENDS_ON_BARE_HOUR = re.compile(
    r"(\b(?:\d{1,2}(?::\d\d)?|" + "|".join(_NUMBERS) + r"))(?:\s*o'?clock)?\W*$", re.IGNORECASE
)


def for_occasion(when: str, what: str) -> str:
    """`when` read for `what`: a bare hour for an evening occasion is in the evening."""
    if not _EVENING_OCCASION.search(what) or re.search(r"\b(?:am|pm|a\.m|p\.m|morning)\b", when):
        return when
    return _ENDS_ON_BARE_HOUR.sub(r"\1 pm", when.strip(), count=1)
