"""The stretches of time that words like "last summer" or "two weeks ago" point at.

People ask about their past in relative words ("what did I do last summer?",
"who did I see yesterday?") and say when things happened the same way ("my
sister moved to Lisbon last month"). Resolved against the moment they were said,
these become spans of calendar time: retrieval favours turns said within them,
and consolidation dates a fact from them.

Seasons are the meteorological ones of the northern hemisphere (summer is June
to August). A span ends by `now` unless the sentence looks ahead: "on Saturday"
in "we're having dinner on Saturday", said on a Thursday, is the coming Saturday,
and "tomorrow", "next week" or "in two weeks" are read only then (`ahead`,
`looks_ahead`). A question ("what did I do on Saturday?") looks back.
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


# Read only in a sentence that looks ahead.
_AHEAD: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in [
        (
            "in",
            r"\bin\s+(?P<n>\d+|" + "|".join(_NUMBERS) + r")\s+(?P<unit>day|week|month|year)s?\b",
        ),
        ("next", r"\b(?:next|this coming|coming)\s+(?P<unit>week|weekend|month|year)\b"),
        ("this weekend", r"\bthis\s+weekend\b"),
        (
            "weekday",
            r"\b(?:(?:next|this|this coming|coming|on)\s+)?(?P<weekday>"
            + "|".join(_WEEKDAYS)
            + r")\b",
        ),
        ("day", r"\b(?P<word>tomorrow|tonight|today|this evening|this afternoon)\b"),
    ]
]
# A sentence looks ahead by its verb: "will", "going to", "plan to", "can't wait", a
# present progressive ("we're having dinner on Saturday"), "tomorrow" or "next week".
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|'ll|shall|going\s+to|gonna|plan(?:s|ning)?\s+to|hop(?:e|es|ing)\s+to|"
    r"intend(?:s|ing)?\s+to|about\s+to|off\s+to|can't\s+wait|looking\s+forward|tomorrow|next|"
    r"upcoming|this\s+coming|(?:I'm|I\s+am|we're|we\s+are|they're|they\s+are|he's|he\s+is|"
    # Or a name's: "Nina is getting married in June." (dated to the June gone).
    r"she's|she\s+is|(?-i:[A-Z][a-z]+)(?:'s|\s+is|\s+and\s+\w+\s+are))\s+(?:\w+ly\s+)?\w+ing)\b",
    re.IGNORECASE,
)
_PAST_VERBS = (
    "went got saw met made took came gave left felt sent bought found lost spent told said "
    "thought knew began became ran won wrote drove flew broke fell kept brought paid sold "
    "heard built taught caught"
)
_LOOKS_BACK = re.compile(
    r"\b(?:was|were|did|had|last|ago|yesterday|(?:have|has|'ve)\s+been)\b|"
    r"\b(?:I|we|he|she|they|(?-i:[A-Z][a-z]+))\s+(?:(?:just|already|finally|then|\w+ly)\s+)?"
    rf"(?:\w+ed|{'|'.join(_PAST_VERBS.split())})\b",
    re.IGNORECASE,
)
# A day or a date said in the present tense is one to come ("Paul turns 40 on Saturday",
# "my exam is on 12 December"); in the past tense, one gone.
_DAY_OR_DATE = re.compile(
    r"\b(?:on\s+)?(?:"
    + "|".join(_WEEKDAYS)
    + r")\b(?!s)|\bon\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH.replace("month", "m3"),
    re.IGNORECASE,
)


def looks_ahead(text: str) -> bool:
    """Whether `text` speaks of something still to come (by its verb and time words)."""
    if text.rstrip().endswith("?") or _LOOKS_BACK.search(text):
        return False
    return bool(_LOOKS_AHEAD.search(text) or _DAY_OR_DATE.search(text))


def _resolve_ahead(kind: str, match: re.Match[str], now: datetime) -> tuple[datetime, datetime]:
    today = _day(now)
    group = match.groupdict()
    if kind == "in":
        amount = _NUMBERS.get(group["n"].lower()) or int(group["n"])
        start = today + relativedelta(**{_UNITS[group["unit"].lower()]: amount})
        return start, start + timedelta(days=1)
    if kind in ("next", "this weekend"):
        unit = (group.get("unit") or "weekend").lower()
        if unit in ("week", "weekend"):
            monday = today - timedelta(days=today.weekday())
            if unit == "weekend":
                # This week's Saturday ("this weekend", "the coming weekend"); "next
                # weekend" is the one after it.
                start = monday + timedelta(days=5)
                if match.group(0).lower().startswith("next"):
                    start += timedelta(days=7)
                return start, start + timedelta(days=2)
            return monday + timedelta(days=7), monday + timedelta(days=14)
        if unit == "month":
            start = today.replace(day=1) + relativedelta(months=1)
            return start, start + relativedelta(months=1)
        start = today.replace(month=1, day=1) + relativedelta(years=1)
        return start, start + relativedelta(years=1)
    if kind == "weekday":
        ahead = (_WEEKDAYS.index(group["weekday"].lower()) - today.weekday()) % 7 or 7
        start = today + timedelta(days=ahead)
        return start, start + timedelta(days=1)
    word = group["word"].lower()
    start = today + timedelta(days=1) if word == "tomorrow" else today
    return start, start + timedelta(days=1)


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


def spans_in(text: str, now: datetime, ahead: bool = False) -> list[Span]:
    """Every stretch of time `text` names, as seen from `now`, in the order they appear.

    With `ahead` (a sentence about something to come: `looks_ahead`), a day or a date
    is the next one, not the last, and "tomorrow" or "next week" are read too.
    """
    found: list[tuple[int, Span]] = []
    taken: list[range] = []
    if ahead:
        for kind, pattern in _AHEAD:
            for match in pattern.finditer(text):
                where = range(*match.span())
                if any(where.start < r.stop and r.start < where.stop for r in taken):
                    continue
                start, end = _resolve_ahead(kind, match, now)
                taken.append(where)
                found.append((where.start, Span(start, end, match.group(0).strip())))
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
            if ahead and kind in ("date", "month") and not group_year(match):
                # "on 12 December" said of a plan in November is this year's, not last.
                start, end = _next(start, now), _next(start, now) + (end - start)
                taken.append(where)
                found.append((where.start, Span(start, end, match.group(0).strip())))
                continue
            phrase = match.group(0).strip()
            if phrase.lower().startswith("since"):
                end = _day(now) + timedelta(days=1)  # "since May" runs up to today
            end = min(end, _day(now) + timedelta(days=1))
            if start >= end:  # a date still to come: these phrases look back
                continue
            taken.append(where)
            found.append((where.start, Span(start, end, phrase)))
    return [span for _, span in sorted(found, key=lambda pair: pair[0])]


def group_year(match: re.Match[str]) -> bool:
    return bool(match.groupdict().get("year"))


def _next(start: datetime, now: datetime) -> datetime:
    """`start` moved on by years until it is not before today."""
    while start < _day(now):
        start += relativedelta(years=1)
    return start


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
    if days == 7 and start.weekday() == 0:
        return f"in the week of {start.day} {start:%B %Y}"
    if days == 2 and start.weekday() == 5:
        return f"on the weekend of {start.day} {start:%B %Y}"
    middle = start + (span.end - start) / 2
    return f"around {middle.day} {middle:%B %Y}"


def with_dates(text: str, now: datetime, ahead: bool = False) -> tuple[str, list[Span]]:
    """`text` with each relative time phrase replaced by its date, and the spans found."""
    spans = spans_in(text, now, ahead)
    for span in spans:
        words = absolute(span)
        at_start = text.startswith(span.phrase)
        text = text.replace(span.phrase, words[0].upper() + words[1:] if at_start else words, 1)
    return text, spans
