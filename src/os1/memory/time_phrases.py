"""The stretches of time that words like "last summer" or "two weeks ago" point at.

People ask about their past in relative words ("what did I do last summer?",
"who did I see yesterday?") and say when things happened the same way ("my
sister moved to Lisbon last month"). Resolved against the moment they were said,
these become spans of calendar time: retrieval favours turns said within them,
and consolidation dates a fact from them.

Seasons are the meteorological ones of the northern hemisphere (summer is June
to August); a span always ends by `now`, since these phrases look back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True, slots=True)
class Span:
    """From `start` up to, not including, `end`."""

    start: datetime
    end: datetime
    phrase: str

    def __contains__(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


_MONTHS = ["january", "february", "march", "april", "may", "june"]
_MONTHS += ["july", "august", "september", "october", "november", "december"]
_MONTH = r"(?P<month>" + "|".join(m[:3] + f"(?:{m[3:]})?" for m in _MONTHS) + r")"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a few": 3}
_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in [
        (
            "ago",
            r"\b(?P<n>\d+|" + "|".join(_NUMBERS) + r")\s+(?P<unit>day|week|month|year)s?\s+ago\b",
        ),
        ("season", r"\b(?P<which>last|this|past)\s+(?P<season>spring|summer|autumn|fall|winter)\b"),
        ("relative", r"\b(?P<which>last|this|past)\s+(?P<unit>week|weekend|month|year)\b"),
        ("weekday", r"\b(?:last|on|this past)\s+(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b"),
        ("day", r"\b(?P<word>yesterday|today|tonight|last night|this morning|this afternoon)\b"),
        (
            "date",
            r"\b(?:on\s+)?(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MONTH
            + r"|"
            + _MONTH.replace("month", "month2")
            + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
            + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
        ),
        ("month", r"\b(?:in|during|since|last)\s+" + _MONTH + r"(?:\s+(?P<year>(?:19|20)\d\d))?\b"),
        ("year", r"\b(?:in|during|since)\s+(?P<year>(?:19|20)\d\d)\b"),
    ]
]


def _month_number(name: str) -> int:
    return next(i + 1 for i, m in enumerate(_MONTHS) if m.startswith(name.lower()[:3]))


def _day(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def _latest(candidate: datetime, now: datetime, step: relativedelta) -> datetime:
    """`candidate`, moved back by `step` until it is not in the future."""
    while candidate > now:
        candidate -= step
    return candidate


def _resolve(kind: str, match: re.Match[str], now: datetime) -> tuple[datetime, datetime] | None:
    today = _day(now)
    group = match.groupdict()
    if kind == "ago":
        amount = _NUMBERS.get(group["n"].lower()) or int(group["n"])
        unit = group["unit"].lower()
        centre = today - relativedelta(**{_UNITS[unit]: amount})
        # "Three weeks ago" is not a precise date: allow half a unit either way.
        half = {"day": timedelta(days=1), "week": timedelta(days=4)}.get(unit)
        spread = half or (timedelta(days=16) if unit == "month" else timedelta(days=183))
        return centre - spread, centre + spread + timedelta(days=1)
    if kind == "season":
        first = _SEASONS[group["season"].lower()]
        start = _latest(
            datetime(now.year, first, 1, tzinfo=now.tzinfo), now, relativedelta(years=1)
        )
        if group["which"].lower() in ("last", "past") and now < start + relativedelta(months=3):
            start -= relativedelta(years=1)  # the season now under way is "this", not "last"
        return start, start + relativedelta(months=3)
    if kind == "relative":
        unit, which = group["unit"].lower(), group["which"].lower()
        if unit in ("week", "weekend"):
            monday = today - timedelta(days=today.weekday())
            start = monday if which == "this" else monday - timedelta(days=7)
            if unit == "weekend":
                return start + timedelta(days=5), start + timedelta(days=7)
            return start, start + timedelta(days=7)
        if unit == "month":
            start = today.replace(day=1)
            if which != "this":
                start -= relativedelta(months=1)
            return start, start + relativedelta(months=1)
        start = today.replace(month=1, day=1)
        if which != "this":
            start -= relativedelta(years=1)
        return start, start + relativedelta(years=1)
    if kind == "weekday":
        back = (today.weekday() - _WEEKDAYS.index(group["weekday"].lower())) % 7 or 7
        start = today - timedelta(days=back)
        return start, start + timedelta(days=1)
    if kind == "day":
        word = group["word"].lower()
        start = today - timedelta(days=1) if word in ("yesterday", "last night") else today
        return start, start + timedelta(days=1)
    if kind == "date":
        month = _month_number(group["month"] or group["month2"])
        number = int(group["d1"] or group["d2"])
        year = int(group["year"]) if group["year"] else now.year
        try:
            start = datetime(year, month, number, tzinfo=now.tzinfo)
        except ValueError:
            return None
        if not group["year"]:
            start = _latest(start, now, relativedelta(years=1))
        return start, start + timedelta(days=1)
    if kind == "month":
        month = _month_number(group["month"])
        start = datetime(int(group["year"] or now.year), month, 1, tzinfo=now.tzinfo)
        if not group["year"]:
            start = _latest(start, now, relativedelta(years=1))
        return start, start + relativedelta(months=1)
    if kind == "year":
        start = datetime(int(group["year"]), 1, 1, tzinfo=now.tzinfo)
        return start, start + relativedelta(years=1)
    return None


def spans_in(text: str, now: datetime) -> list[Span]:
    """Every stretch of time `text` names, as seen from `now`, in the order they appear."""
    found: list[tuple[int, Span]] = []
    taken: list[range] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            where = range(*match.span())
            # "last May" is a month, not also "May" as a date: the first reading wins.
            if any(where.start < r.stop and r.start < where.stop for r in taken):
                continue
            resolved = _resolve(kind, match, now)
            if resolved is None:
                continue
            start, end = resolved
            phrase = match.group(0).strip()
            if phrase.lower().startswith("since"):
                end = _day(now) + timedelta(days=1)  # "since May" runs up to today
            end = min(end, _day(now) + timedelta(days=1))
            if start >= end:  # a date still to come: these phrases look back
                continue
            taken.append(where)
            found.append((where.start, Span(start, end, phrase)))
    return [span for _, span in sorted(found, key=lambda pair: pair[0])]


_SEASON_OF = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}


def absolute(span: Span) -> str:
    """The span in words that do not depend on when they are read: "in April 2026"."""
    start, days = span.start, (span.end - span.start).days
    if days <= 1:
        return f"on {start.day} {start:%B %Y}"
    if start.day == 1 and span.end == start + relativedelta(months=1):
        return f"in {start:%B %Y}"
    if start.timetuple().tm_yday == 1 and span.end == start + relativedelta(years=1):
        return f"in {start.year}"
    if start.day == 1 and start.month in _SEASON_OF and span.end == start + relativedelta(months=3):
        return f"in the {_SEASON_OF[start.month]} of {start.year}"
    middle = start + (span.end - start) / 2
    return f"around {middle.day} {middle:%B %Y}"


def with_dates(text: str, now: datetime) -> tuple[str, list[Span]]:
    """`text` with each relative time phrase replaced by its date, and the spans found."""
    spans = spans_in(text, now)
    for span in spans:
        text = text.replace(span.phrase, absolute(span), 1)
    return text, spans
