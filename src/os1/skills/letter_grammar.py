"""The words that ask for the letter skills (letter_skills.py): "write a letter from
Loretta to Roberto for their anniversary, mention the boat", "can you help me write her a
letter?", "make it warmer", "show me my letters to Roberto", "Roberto's favourite song is
Moon River".
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from os1.skills.grammar import NAME, Precedence, Reader, Rule, rule, words

# The letters' rules come before the looser words of notes and mail ("write Note a
# letter" is a letter): Precedence.EARLY.
_STYLE = r"(?: in (?:the )?(?P<style>[a-z]+)(?: (?:style|hand|font))?)?"
_NOTE = r"(?:thank[- ]you |little |short |love |quick )?(?:note|card|message|reply|response)"
# "…, mention the boat"; "…saying thanks for believing in me" says what it is for.
_MENTION = (
    r"(?:\s*[,;]?\s*(?:(?:and )?mention(?:ing)?\s+(?P<mention>.+?)"
    r"|(?:saying|to say|that says)\s+(?P<saying>.+?)))?"
)


def _letter_wanted(match: re.Match[str], now: datetime) -> dict[str, Any]:
    found = words("to", "occasion", "mention")(match, now)
    sender = (match.groupdict().get("sender") or "").strip()
    saying = (match["saying"] or match.groupdict().get("asking") or "").strip()
    if saying and not found["occasion"]:
        found["occasion"] = saying
    elif saying and not found["mention"]:
        found["mention"] = saying
    # What it is for ends with its sentence: "…for the flowers she sent? Keep it warm." is
    # for the flowers.
    for key in ("occasion", "mention"):
        found[key] = _SENTENCE_END.split(found[key], maxsplit=1)[0]
    # And whom it is to: "…a letter to Tom? I know he can't read it." is to Tom (it asked "What
    # is the letter to Tom? I know he can't read it for?"); "Mr. Ng" keeps its stop.
    found["to"] = _NEXT_SENTENCE.split(found["to"], maxsplit=1)[0]
    kind = (match.groupdict().get("kind_word") or "").lower()
    if kind and kind not in _MANNER and not found["occasion"]:
        found["occasion"] = kind.replace("-", " ")
    return {**found, "sender": sender or "me"}


# What kind of letter it is, said before the word: "write her a goodbye letter" is for a
# goodbye (the model answered "Oh no, I'm so sorry."); how it should be is no occasion.
_KIND = (
    r"(?:(?P<kind_word>goodbye|farewell|thank[- ]you|love|birthday|leaving|welcome|sorry|apology"
    r"|get[- ]well|congratulations|retirement|wedding|anniversary|proper|long|short|little"
    r"|heartfelt|personal|nice|special) )?"
)
_MANNER = {"proper", "long", "short", "little", "heartfelt", "personal", "nice", "special"}
_SENTENCE_END = re.compile(r"[.?!]+(?:\s+|$)")
_NEXT_SENTENCE = re.compile(
    r"[?!]+(?:\s+|$)|\.\s+(?=(?:I|He|She|It|We|They|Just|Not|But|And|So|Please)\b)"
)


def _kind_of_letter(match: re.Match[str], now: datetime) -> dict[str, Any]:
    """ "a resignation letter": what it is for is its kind; whom, if unsaid, is asked
    (the one named lately is offered: letter_skills.write)."""
    return {"to": (match["to"] or "them").strip(), "occasion": match["kind"], "sender": "me"}


def _chosen_by_hand(match: re.Match[str], now: datetime) -> dict[str, Any]:
    return {"id": match["id"], "style": match["style"] or ""}


def _early(skill: str, pattern: str, read: Reader) -> Rule:
    return rule(skill, pattern, read, Precedence.EARLY)


RULES = (
    # Without "from", the letter is the person's own; without an occasion, the skill
    # asks for one.
    _early(
        "write_letter",
        r"(?:write|draft) (?:a |the )?letter (?:from (?P<sender>.+?) )?to (?P<to>.+?)"
        r"(?: (?:for|about|on) (?P<occasion>.+?))?" + _MENTION,
        _letter_wanted,
    ),
    _early(
        "write_letter",
        rf"(?:write|draft) (?:a |the )?(?:letter|{_NOTE}) for (?P<to>(?:my|our) [a-z-]+|{NAME})"
        r"(?: (?:for|about|on) (?P<occasion>.+?))?" + _MENTION,
        _letter_wanted,
    ),
    _early(
        "write_letter",
        rf"(?:write|draft) (?P<to>{NAME}|him|her|them) an? {_KIND}letter"
        r"(?: (?:for|about|on) (?P<occasion>.+?))?" + _MENTION,
        _letter_wanted,
    ),
    # A note or card to someone is a short letter: "Can you help me write him a note?" (the
    # model answered that it was hard "without any words or images attached"). A note
    # to no one named is the notes skill's ("write a note to remind me…").
    _early(
        "write_letter",
        rf"(?:write|draft) (?P<to>{NAME}|him|her|them|my [a-z-]+) a {_NOTE}"
        r"(?: (?:for|about|on) (?P<occasion>.+?))?" + _MENTION,
        _letter_wanted,
    ),
    # The card they spoke of, to no one named: "Would you help me write the card? Just a few
    # words." (after "Part of me wants to send a card anyway.", of a sister; the model
    # commiserated until the OS said nothing it wrote was good enough). Whom is asked.
    _early(
        "write_letter",
        rf"(?:write|draft) (?:a |the |my |that )?(?:letter|{_NOTE})"
        r"(?:[?.!]+\s+(?:just|only|nothing|keep it|something|short)\b[^?]{0,40}?)?",
        lambda match, now: {"to": "them", "occasion": "", "mention": "", "sender": "me"},
    ),
    # Said as a wish: "I want to write him a letter." (the model: "I'm so glad you're
    # thinking of me.").
    _early(
        "write_letter",
        r"(?:i(?: want| need| would like|'d like)|i'?m going) to (?:write|draft)"
        rf" (?P<to>{NAME}|him|her|them|my [a-z-]+) an? {_KIND}(?:letter|{_NOTE})"
        r"(?: (?:for|about|on) (?P<occasion>.+?))?"
        + _MENTION
        # "I want to write Rose a letter just in case." (a father before heart surgery; the
        # model: "Oh, that sounds so hard.").
        + r"(?:,? (?:just )?in case|,? one day|,? before it'?s too late)?",
        _letter_wanted,
    ),
    # A letter of a kind, to whomever: "Can you help me write a resignation letter? Just in
    # case." (the model: "I'm here with you. I'm sure you're not alone.").
    _early(
        "write_letter",
        r"(?:write|draft) (?:a |my |the )?(?P<kind>resignation|complaint|cover|condolence|sympathy"
        rf"|apology|reference) letter(?: (?:to|for) (?P<to>(?:my|our|the) [a-z-]+|{NAME}))?",
        _kind_of_letter,
    ),
    # A reply to someone met by their role: "Can you help me write a reply to the critic?"
    # (a restaurant's bad review; the OS said nothing it wrote was good enough). A reply to
    # mail is the mail skill's.
    _early(
        "write_letter",
        r"(?:write|draft) (?:a |an |the |my )?(?:reply|response|answer|e-?mail) to"
        r" (?P<to>(?:the|my|our|that) (?!(?:\w+ )?(?:e-?mail|mail|text|message)s?\b)[a-z-]+"
        rf"(?: [a-z-]+)?|{NAME})(?: (?:for|about|on) (?P<occasion>.+?)"
        # "…an email to my old manager asking for a reference" (the model: "Sure, I'd be happy
        # to help.")
        r"| (?P<asking>(?:asking|to ask) (?:for|about|if|whether|them|him|her) .+?))?" + _MENTION,
        _letter_wanted,
    ),
    _early(
        "write_letter",
        rf"(?:write|draft) (?:a |the )?{_NOTE} (?:from (?P<sender>.+?) )?to"
        rf" (?P<to>{NAME}|him|her|them|my [a-z-]+)(?: (?:for|about|on) (?P<occasion>.+?))?"
        + _MENTION,
        _letter_wanted,
    ),
    _early(
        "change_letter",
        r"make (?:the letter|it) (?P<how>warmer|shorter|longer|less formal|more formal)",
        words("how"),
    ),
    # "Keep it short." after a draft (the model: "I'm here to support you.").
    _early(
        "change_letter",
        r"(?:keep|make) (?:the letter|it) (?:nice and |a bit |a little |really |very )?(?:short"
        r"|brief)",
        lambda m, _: {"how": "shorter"},
    ),
    _early("change_letter", r"(?P<how>mention .+?) in the letter", words("how")),
    _early(
        "render_letter",
        r"(?:render|print|write out|handwrite|hand-write) (?:the letter|it|letter (?:number )?"
        r"(?P<id>\d+))(?: out)?(?: by hand)?" + _STYLE,
        _chosen_by_hand,
    ),
    _early(
        "render_letter",
        r"make (?:the letter|it|letter (?:number )?(?P<id>\d+)) (?:look )?"
        r"(?:handwritten|hand-written|by hand)" + _STYLE,
        _chosen_by_hand,
    ),
    _early(
        "list_letters",
        r"(?:(?:show|list|read|give)(?: me)? (?:all )?(?:my |the |our )?letters"
        r"|what letters (?:have|did) (?:i|we) (?:written|write))"
        r"(?: (?P<way>to|from|for) (?P<who>.+?))?",
        lambda m, _: {"way": (m["way"] or "").lower(), "who": (m["who"] or "").strip()},
    ),
    _early(
        "show_letter",
        r"(?:show|read)(?: me)? (?:the (?:last )?letter|letter (?:number )?(?P<id>\d+))",
        lambda m, _: {"id": m["id"]},
    ),
    _early(
        "show_dossier",
        rf"(?:(?:show|read)(?: me)? |what(?:'s| is) in )(?P<who>{NAME})(?:'s|\u2019s) dossier",
        words("who"),
    ),
    _early(
        "remember_for_letters",
        rf"remember that (?P<text>(?P<who>{NAME})\b.+?)",
        words("who", "text"),
    ),
    _early(
        "remember_for_letters",
        rf"(?P<text>(?P<who>{NAME})(?:'s|\u2019s) (?:favou?rite|fav) .+?"
        r" (?:is|are|was|were) .+?)",
        words("who", "text"),
    ),
    _early(
        "remember_for_letters",
        rf"(?P<text>(?P<who>{NAME}) calls (?:him|her|them|{NAME})"
        rf" [\"\u201c]?{NAME}[\"\u201d]?)",
        words("who", "text"),
    ),
    _early(
        "remember_for_letters",
        rf"(?P<text>(?P<who>{NAME}) and {NAME} (?:first )?met .+?)",
        words("who", "text"),
    ),
)
