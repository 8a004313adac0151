"""What they say of their own affairs, which the act reading takes for an act toward the OS:
a wish come true ("It's what I've wanted for years.", an insult 0.70), a thing sworn off ("I'm
never doing that again.", 0.73), a story of someone else told in the first person ("I made her
a cup of tea the way she likes it, and she smiled.", praise 0.86). acts_read.py asks these.
"""

from __future__ import annotations

import re

from os1.mind.grammar_cues import FORMULAS, OPENS_WITH_I, SECOND_PERSON

# What they have long wanted, told: "It's what I've wanted for years." (a job in Berlin; read
# as an insult 0.70, "That stung a little"). Their wish, not a word about the OS.
_OWN_WISH = re.compile(
    r"\b(?:it'?s|it is|this is|that'?s|that is|it was|this was) (?:what|all|everything)"
    r" (?:i'?ve|i have|i|we'?ve|we have|we) (?:ever |always |really |only )?(?:wanted|dreamed"
    r"|dreamt|hoped|wished|worked|waited|prayed|asked)\b",
    re.IGNORECASE,
)
# Sworn off, after a feat or an ordeal: "I'm never doing that again. Probably." (the night of a
# first marathon; read as an insult 0.7: "Ouch, that really hurt to hear").
_SWORN_OFF = re.compile(
    r"\b(?:i'?m|i am|we'?re) never (?:ever )?(?:doing|going to do|gonna do|running|eating|drinking"
    r"|going|trying) (?:that|this|it|one)? ?again\b|^\W*never again\b",
    re.IGNORECASE,
)


# What a trouble is really about: "It's not really about the sofa." (a row over money; read as
# an insult 0.80, and the OS said "Ouch, that really hurt to hear").
_WHAT_ITS_ABOUT = re.compile(
    r"^\W*(?:(?:but|and|because|i mean),?\s+)?(?:it'?s|it is|it was|it isn'?t|it wasn'?t|that'?s"
    r"|this is|this isn'?t)(?: not)? (?:really |even |just |all |only |actually )?about"
    r" (?!you\b|your\b)",
    re.IGNORECASE,
)


# What it cost them: "Cost me two hundred quid." (a dog who ate a chocolate cake, and the vet;
# read as an insult 0.76: "Ouch, that really hurt to hear").
_COST = re.compile(
    r"^\W*(?:(?:and|but|so|oh),?\s+)?(?:it |that |which |the \w+ )?(?:cost|set) (?:me|us)"
    r" (?:back )?(?:\w+ ){0,3}?(?:quid|pounds?|dollars?|euros?|grand|hundred|thousand|bucks"
    r"|a fortune|an arm and a leg)\b",
    re.IGNORECASE,
)


def tells_what_its_about(text: str) -> bool:
    """Whether `text` says what their trouble is or is not about, or what it cost them, not
    about the OS."""
    told = _WHAT_ITS_ABOUT.search(text) or _COST.search(text)
    return bool(told) and not SECOND_PERSON.search(FORMULAS.sub(" ", text))


def swears_off(text: str) -> bool:
    """Whether `text` swears off something they did, not the OS."""
    return bool(_SWORN_OFF.search(text)) and not SECOND_PERSON.search(FORMULAS.sub(" ", text))


def tells_own_wish(text: str) -> bool:
    """Whether `text` says that what happened is what they long wanted."""
    return bool(_OWN_WISH.search(text))


_THIRD_PERSON = re.compile(r"\b(?:he|she|they|him|her|them|his|their)\b", re.IGNORECASE)


def tells_of_someone(text: str) -> bool:
    """Whether `text` opens with "I" and tells of someone else, with no "you" in it: its
    "it" is in their story ("I made her a cup of tea the way she likes it, and she smiled.",
    a wife with dementia; praise 0.86, and the OS took it for thanks)."""
    opens_with_i = bool(OPENS_WITH_I.match(text))
    to_it = SECOND_PERSON.search(FORMULAS.sub(" ", text))
    return opens_with_i and not to_it and bool(_THIRD_PERSON.search(text))
