"""What the person asks the OS to do, read by a grammar rather than by the language model.

The embedded 135M model picks the wrong tool and invents arguments (measured
in the brain issue), so the core commands are understood here: a few
patterns per skill, with the entities (times, names, note text) cut out of
the words and handed to the skill's own parser. What no pattern matches is
conversation, and goes to the brain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from os1.errors import InputError
from os1.skills.when import parse_when


@dataclass(frozen=True, slots=True)
class Call:
    skill: str
    arguments: dict[str, Any]


def _words(match: re.Match[str], *names: str) -> dict[str, Any]:
    return {name: (match[name] or "").strip() for name in names}


def _letter_wanted(match: re.Match[str]) -> dict[str, Any]:
    found = _words(match, "to", "occasion", "mention")
    sender = (match.groupdict().get("sender") or "").strip()
    return {**found, "sender": sender or "me"}


# A name as written: capitalised whatever the rest of the pattern allows ("Mrs Linden").
_NAME = r"(?-i:[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)"
_STYLE = r"(?: in (?:the )?(?P<style>[a-z]+)(?: (?:style|hand|font))?)?"
_POLITE = r"^\s*(?:(?:please|hey|ok|okay|os1)[,\s]+)*(?:(?:can|could|would) you\s+)?"
_END = r"\s*(?:,?\s*please)?\s*[.!?]*\s*$"
_RULES: list[tuple[str, re.Pattern[str], Callable[[re.Match[str]], dict[str, Any]]]] = [
    (name, re.compile(_POLITE + pattern + _END, re.IGNORECASE), read)
    for name, pattern, read in [
        (
            # Without "from", the letter is the person's own; without an occasion, the
            # skill asks for one.
            "write_letter",
            r"(?:write|draft) (?:a |the )?letter (?:from (?P<sender>.+?) )?to (?P<to>.+?)"
            r"(?: (?:for|about|on) (?P<occasion>.+?))?"
            r"(?:\s*[,;]?\s*(?:and )?mention(?:ing)?\s+(?P<mention>.+?))?",
            _letter_wanted,
        ),
        (
            "write_letter",
            rf"(?:write|draft) (?P<to>{_NAME}) a letter"
            r"(?: (?:for|about|on) (?P<occasion>.+?))?"
            r"(?:\s*[,;]?\s*(?:and )?mention(?:ing)?\s+(?P<mention>.+?))?",
            _letter_wanted,
        ),
        (
            "change_letter",
            r"make (?:the letter|it) (?P<how>warmer|shorter|longer|less formal|more formal)",
            lambda m: _words(m, "how"),
        ),
        (
            "change_letter",
            r"(?P<how>mention .+?) in the letter",
            lambda m: _words(m, "how"),
        ),
        (
            "render_letter",
            r"(?:render|print|write out|handwrite|hand-write) (?:the letter|it|letter (?:number )?"
            r"(?P<id>\d+))(?: out)?(?: by hand)?" + _STYLE,
            lambda m: {"id": m["id"], "style": m["style"] or ""},
        ),
        (
            "render_letter",
            r"make (?:the letter|it|letter (?:number )?(?P<id>\d+)) (?:look )?"
            r"(?:handwritten|hand-written|by hand)" + _STYLE,
            lambda m: {"id": m["id"], "style": m["style"] or ""},
        ),
        (
            "list_letters",
            r"(?:(?:show|list|read|give)(?: me)? (?:all )?(?:my |the |our )?letters"
            r"|what letters (?:have|did) (?:i|we) (?:written|write))"
            r"(?: (?P<way>to|from|for) (?P<who>.+?))?",
            lambda m: {"way": (m["way"] or "").lower(), "who": (m["who"] or "").strip()},
        ),
        (
            "show_letter",
            r"(?:show|read)(?: me)? (?:the (?:last )?letter|letter (?:number )?(?P<id>\d+))",
            lambda m: {"id": m["id"]},
        ),
        (
            "show_dossier",
            rf"(?:(?:show|read)(?: me)? |what(?:'s| is) in )(?P<who>{_NAME})(?:'s|\u2019s) dossier",
            lambda m: _words(m, "who"),
        ),
        (
            "remember_for_letters",
            rf"remember that (?P<text>(?P<who>{_NAME})\b.+?)",
            lambda m: _words(m, "who", "text"),
        ),
        (
            "remember_for_letters",
            rf"(?P<text>(?P<who>{_NAME})(?:'s|\u2019s) (?:favou?rite|fav) .+?"
            r" (?:is|are|was|were) .+?)",
            lambda m: _words(m, "who", "text"),
        ),
        (
            "remember_for_letters",
            rf"(?P<text>(?P<who>{_NAME}) calls (?:him|her|them|{_NAME})"
            rf" [\"\u201c]?{_NAME}[\"\u201d]?)",
            lambda m: _words(m, "who", "text"),
        ),
        (
            "remember_for_letters",
            rf"(?P<text>(?P<who>{_NAME}) and {_NAME} (?:first )?met .+?)",
            lambda m: _words(m, "who", "text"),
        ),
        (
            "take_note",
            r"(?:take|make|add|write(?: down)?|jot down) (?:a |this )?note(?: that)?"
            r"\s*[:,-]?\s*(?P<text>.+?)",
            lambda m: _words(m, "text"),
        ),
        (
            "take_note",
            r"note (?:that|this|down)\s*[:,-]?\s*(?P<text>.+?)",
            lambda m: _words(m, "text"),
        ),
        (
            "find_notes",
            r"(?:what did i (?:note|write down)|(?:show|read|give)(?: me)? my notes|"
            r"what are my notes|find (?:my )?notes?|list (?:my )?notes)"
            r"(?:\s+(?:about|on|for|with)\s+(?P<about>.+?))?",
            lambda m: _words(m, "about"),
        ),
        (
            "delete_note",
            r"(?:delete|remove|forget) note (?:number )?(?P<id>\d+)",
            lambda m: {"id": m["id"]},
        ),
        (
            "list_reminders",
            r"(?:what are my reminders|(?:show|list|read)(?: me)? my reminders|any reminders|"
            r"what (?:have i asked|did i ask) you to remind me(?: of| about)?)",
            lambda m: {},
        ),
        (
            "cancel_reminder",
            r"(?:cancel|delete|remove) (?:the )?reminder (?:number )?(?P<id>\d+)",
            lambda m: {"id": m["id"]},
        ),
        (
            "proofread_last",
            r"(?:proofread|proof-read|check the spelling of|check)"
            r" (?:the (?:letter|email|text|note|message) i (?:just )?wrote|what i (?:just )?wrote"
            r"|my (?:last )?(?:letter|message))",
            lambda m: {},
        ),
        (
            "proofread",
            r"(?:proofread|proof-read|check the spelling of|check my spelling(?: in)?)"
            r"(?: this| that)?\s*:\s*(?P<text>.+)",
            lambda m: {"text": m["text"].strip()},
        ),
        (
            "read_new_mail",
            r"(?:(?:read|check|show)(?: me)? (?:my )?(?:new )?(?:mail|e-?mail|inbox|messages)"
            r"|(?:any|is there any|do i have any) new (?:mail|e-?mail|messages))",
            lambda m: {},
        ),
        (
            "reply_mail",
            r"(?:reply|answer|write back) to (?P<name>.+?)"
            r"(?: that| saying| to say|:)\s*(?P<text>.+)",
            lambda m: {"name": m["name"].strip(), "text": m["text"].strip()},
        ),
        (
            "clean_inbox",
            r"(?:clean up|tidy(?: up)?|clear out|sort out) (?:my )?(?:inbox|mail|e-?mail)",
            lambda m: {},
        ),
        (
            "find_mail",
            r"(?:find|search(?: for)?|look for|show me) (?:the |my |any )?"
            r"(?:mail|e-?mails?|messages?)(?: (?:from|by) (?P<sender>.+?))?"
            r"(?: (?:about|on|with|mentioning) (?P<about>.+?))?",
            lambda m: _words(m, "sender", "about"),
        ),
        (
            "find_mail",
            r"search my (?:mail|e-?mail|inbox) for (?P<about>.+?)",
            lambda m: _words(m, "about"),
        ),
        (
            "flag_mail",
            r"flag (?:the )?(?:last |latest |newest )?(?:mail|e-?mail|message) from (?P<name>.+?)",
            lambda m: _words(m, "name"),
        ),
        ("undo_cleanup", r"undo (?:the |that |my )?(?:inbox )?clean[- ]?up", lambda m: {}),
        (
            "today",
            r"(?:anything|is there anything|what(?:'s| is)) important(?: (?:for )?today)?"
            r"|what(?:'s| is| does) my day(?: look)? like(?: today)?|what(?:'s| is) on today",
            lambda m: {},
        ),
        (
            "calendar_day",
            r"(?:what(?:'s| is) (?:on )?(?:my |the )?(?:calendar|schedule|agenda|diary)"
            r"|what(?:'s| is) on|what do i have(?: on)?|anything(?: on)?"
            r"|what(?:'s| is) happening)"
            r"(?:\s+(?:for\s+)?(?P<day>today|tonight|tomorrow|(?:on |this |next )?"
            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on .+?))?",
            lambda m: {"day": (m["day"] or "today").strip()},
        ),
        (
            "move_event",
            r"(?:move|reschedule|push) (?:my |the )?(?P<title>.+?) to (?P<to>.+?)",
            lambda m: _words(m, "title", "to"),
        ),
        (
            "cancel_event",
            r"(?:cancel|delete) (?:my |the )?(?P<title>(?!reminder\b|note\b).+?)",
            lambda m: _words(m, "title"),
        ),
        (
            "find_contact",
            r"what(?:'s| is) (?P<name>.+?)'s? (?:phone )?(?:number|phone|e-?mail(?: address)?)",
            lambda m: _words(m, "name"),
        ),
        (
            "find_contact",
            r"(?:how do i reach|(?:look up|find) (?:the )?(?:contact|number|details) (?:of|for))"
            r"\s+(?P<name>.+?)",
            lambda m: _words(m, "name"),
        ),
    ]
]
_REMIND = re.compile(_POLITE + r"remind me (?P<rest>.+?)" + _END, re.IGNORECASE)
_ADD_EVENT = re.compile(
    _POLITE
    + r"(?:add|put|schedule) (?P<rest>.+?)"
    + r"(?: (?:to|on|in|into) (?:my |the )?(?:calendar|diary|schedule))"
    + r"(?P<after> .+?)?"
    + _END,
    re.IGNORECASE,
)
# Where a time may begin in "remind me to call my sister at six".
_TIME_START = re.compile(
    r"\b(?:at|by|around|in|on|tomorrow|tonight|this|next|noon|midnight|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|half past|quarter past)\b",
    re.IGNORECASE,
)


def _what_and_when(rest: str, now: datetime) -> dict[str, Any]:
    """Split "to call my sister at six" (or "at six to call my sister") into what and when."""
    leading = re.match(r"(?P<when>.+?)\s+(?:to|that|about)\s+(?P<what>.+)$", rest, re.IGNORECASE)
    if leading and _TIME_START.match(leading["when"]):
        try:
            parse_when(leading["when"], now)
            return {"what": leading["what"], "when": leading["when"]}
        except InputError:
            pass
    what_first = re.sub(r"^(?:to|that|about)\s+", "", rest, flags=re.IGNORECASE)
    # The leftmost place a time can start from and still be read as one: "tomorrow
    # at 9" whole, not only "at 9".
    failure: InputError | None = None
    for start in _TIME_START.finditer(what_first):
        what, when = what_first[: start.start()].strip(" ,"), what_first[start.start() :]
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


def understand(text: str, now: datetime) -> Call | None:
    """The skill these words ask for, with its arguments in words; None for conversation.

    Raises InputError when the words are clearly a request but cannot be
    carried out as said (a reminder with no time, or an impossible date).
    """
    remind = _REMIND.match(text)
    if remind:
        return Call("remind", _what_and_when(remind["rest"], now))
    add = _ADD_EVENT.match(text)
    if add:
        event = _what_and_when(add["rest"] + (add["after"] or ""), now)
        return Call("add_event", {"title": event["what"], "when": event["when"]})
    for name, pattern, read in _RULES:
        match = pattern.match(text)
        if match:
            return Call(name, read(match))
    return None
