"""Whether words date what they tell to before the day they were said, or to long ago.

The cause of a feeling quotes the person's words beside when they were said ("…when you
said “…” this morning"); words that date their event to an earlier day ("My grandmother
died last spring") are not put beside the moment they were said. A memory told ("We met
at a dance in 1972.") is a memory, not news, to the drafts' openings too.
"""

from __future__ import annotations

import re
from datetime import datetime

from os1.memory.time_phrases import looks_ahead, spans_in

# A memory told: "years ago", "when I was little", "back in the day", a year gone by.
_LONG_AGO = re.compile(
    r"\b(?:(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty"
    r"|many|some|a few|a couple of) (?:years?|decades?) ago|years back|back then|back in the day"
    r"|when (?:i|we) (?:was|were) (?:young|little|small|kids?|a kid|children|teenagers|at school"
    r"|students?|first married)|last (?:year|summer|spring|autumn|winter)"
    # A past at an age: "I left school at fifteen to work in the factory." (a father the night
    # his son got into medical school; "Well done, you've taken the first step…").
    r"|(?:left|started|quit|finished) (?:school|home|work) at (?:\d+|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen)|when i was (?:\d+|\w+teen|twenty|thirty|forty|fifty))\b",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"\b(?:in|back in|since|of|from) ((?:19|20)\d\d)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def tells_of_before(text: str, said_at: datetime) -> bool:
    """Whether the first sentence of `text` dates what it tells before the day it was said:
    "My grandmother died last spring", "we split up two years ago", "yesterday"."""
    first = [s for s in _SENTENCE_END.split(text.strip()) if s][:1]
    if not first:
        return False
    local = said_at.astimezone()
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    ahead = looks_ahead(first[0])  # "I start on Monday" is the coming Monday
    return any(span.end <= day for span in spans_in(first[0], local, ahead=ahead))


def long_ago_said(text: str) -> bool:
    """Whether `text` says in so many words that it tells of long ago ("when I was a kid")."""
    return bool(_LONG_AGO.search(text))


def tells_of_long_ago(text: str, said_at: datetime) -> bool:
    """Whether `text` tells of long ago in so many words: a memory ("We met at a dance in
    1972.", "ten years ago", "when we were kids"), not news. Only plain marks of the past:
    "got booked for a festival in July" is next July, whatever a date reading makes of it."""
    years = [int(y) for y in _A_YEAR.findall(text)]
    return bool(_LONG_AGO.search(text)) or any(year < said_at.year for year in years)
