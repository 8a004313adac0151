"""The words a skill is asked for with: its rules, each a pattern and how a match becomes
arguments, and the pieces every rule shares (the polite opening and ending, a name as
written, a time read out of free words).

A unit keeps its own rules (see `os1.skills` for the recipe); `intents.understand`
tries every unit's rules, by precedence, then in the registry's order, then in the
order the unit lists them. The first that matches the whole sentence wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from os1.errors import InputError
from os1.skills.when import parse_when

# A match, and the moment the words were said, as the skill's arguments in words.
Reader = Callable[[re.Match[str], datetime], dict[str, Any]]

# A name as written: capitalised whatever the rest of the pattern allows ("Mrs Linden").
NAME = r"(?-i:[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)"
POLITE = (
    # "Actually, can you help me write a thank-you note to Carol?" (the model answered it).
    r"^\s*(?:(?:please|hey|ok|okay|os1|actually|also|oh|so|right|and)[,\s]+)*"
    r"(?:(?:can|could|would|will) you\s+)?"
    # "Can you help me write a letter to Gran?" asks for the letter.
    r"(?:(?:please\s+)?help me(?: to)?\s+)?"
)
END = r"\s*(?:,?\s*please)?\s*[.!?]*\s*$"


class Precedence(IntEnum):
    """When a rule is tried, among every unit's rules: a sentence two rules could read
    goes to the one tried first."""

    # A verb, then free words that carry a time ("remind me to cancel lunch at six"):
    # the free words may read like any other request, so these are tried before all.
    FIRST = 0
    # The letters' rules name letters and people ("write Note a letter"): before the
    # looser words of notes and mail.
    EARLY = 1
    USUAL = 2
    # Catch-alls ("cancel X", "move X to Y", "what's on"): after every specific request.
    LATE = 3
    # "What's X's number?": any words at all can be X.
    LAST = 4


@dataclass(frozen=True, slots=True)
class Rule:
    skill: str
    pattern: re.Pattern[str]
    read: Reader
    precedence: Precedence = Precedence.USUAL


def rule(skill: str, pattern: str, read: Reader, precedence: Precedence = Precedence.USUAL) -> Rule:
    """A rule for `skill`: `pattern` is the request itself, between the polite opening
    ("please", "could you") and ending; case does not matter, except in NAME."""
    return Rule(skill, re.compile(POLITE + pattern + END, re.IGNORECASE), read, precedence)


def words(*names: str) -> Reader:
    """Each named group's words, trimmed ("" for a group that did not match)."""

    def read(match: re.Match[str], now: datetime) -> dict[str, Any]:
        return {name: (match[name] or "").strip() for name in names}

    return read


def nothing(match: re.Match[str], now: datetime) -> dict[str, Any]:
    """No arguments: the words are the whole request."""
    return {}


# Where a time may begin in "remind me to call my sister at six".
_TIME_START = re.compile(
    r"\b(?:at|by|around|in|on|tomorrow|tonight|this|next|noon|midnight|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|half past|quarter past)\b",
    re.IGNORECASE,
)


_ONLY_WHEN = re.compile(r"^(?:on|at|by|in|this|next|tomorrow|tonight|\w+day)\b", re.IGNORECASE)


def _when_or_none(text: str, now: datetime) -> datetime | None:
    try:
        return parse_when(text, now)
    except InputError:
        return None


def what_and_when(rest: str, now: datetime) -> dict[str, Any]:
    """Split "to call my sister at six" (or "at six to call my sister") into what and when."""
    leading = re.match(r"(?P<when>.+?)\s+(?:to|that|about)\s+(?P<what>.+)$", rest, re.IGNORECASE)
    if leading and _TIME_START.match(leading["when"]):
        try:
            parse_when(leading["when"], now)
            return {"what": leading["what"], "when": leading["when"]}
        except InputError:
            pass
    what_first = re.sub(r"^(?:to|that|about)\s+", "", rest, flags=re.IGNORECASE)
    if _ONLY_WHEN.match(what_first) and _when_or_none(what_first, now) is not None:
        # "Would you remind me on Saturday?" (after "Maybe I'll try a running club."): it
        # was "I'll remind you to on at 09:00 on Sat 12 Dec.".
        raise InputError(
            f"I'd remind you {what_first}, but I don't know of what",
            f"say what, like 'remind me {what_first} to call Mum'",
        )
    # The leftmost place a time can start from and still be read as one: "tomorrow
    # at 9" whole, not only "at 9".
    failure: InputError | None = None
    for start in _TIME_START.finditer(what_first):
        what, when = what_first[: start.start()].strip(" ,"), what_first[start.start() :]
        # "…to book a babysitter for Friday": the "for" goes with the day, not the chore.
        what = re.sub(r"\s+(?:for|on|by)$", "", what, flags=re.IGNORECASE)
        if not what:
            continue
        try:
            parse_when(when, now)
        except InputError as exc:
            failure = failure or exc
            continue
        return {"what": what, "when": when}
    if failure is not None:
        raise failure
    raise InputError(
        f"When should I remind you to {what_first}", "say it with a time, like 'at 6pm'"
    )
