"""A row with someone close, told: read by a small grammar (heard_by_grammar.py).

Two people and an evening read glad to the classifiers, whatever they did to each other.
"""

from __future__ import annotations

import re

# A row with someone close, told: "Priya and I had a huge row about money tonight." read as
# good news (happy-for 0.70): two people and an evening read glad, whatever they did.
_RIFT = re.compile(
    r"\b(?:we|(?-i:[A-Z][a-z]+) and i|me and [A-Z]?[a-z]+|i|my \w+ and i)(?: just| really)? (?:had"
    r"|got"
    r" into) (?:a|an|another|this|such a|our (?:first|biggest|worst)) (?:huge |massive |big"
    r" |blazing |awful |terrible |stupid"
    r" |horrible |bad |proper )?(?:row|fight|argument|falling[- ]out|bust[- ]up|screaming match)\b"
    # Not speaking: "me and mia aren't talking" (a best friend who told her secret; read as
    # nothing).
    r"|\b(?:we|[A-Z]?[a-z]+ and i|me and [A-Z]?[a-z]+|i and [A-Z]?[a-z]+) (?:aren'?t|are not"
    r"|haven'?t been|have not been|weren'?t|stopped) (?:really )?(?:talking|speaking)\b"
    r"(?! about)|\b(?:we|[A-Z]?[a-z]+ and i|me and [A-Z]?[a-z]+) (?:have |had )?fallen out\b"
    r"|\b(?:she|he|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:isn'?t|is not|aren'?t|are not"
    r"|won'?t|hasn'?t been)"
    r" (?:talking|speaking) to me\b"
    # Apart under one roof after it: "She's sleeping in the spare room." (read as a fear for
    # them, and named as what frightened the OS most).
    r"|\b(?:she'?s|he'?s|she is|he is|i'?m|i am|they'?re|(?-i:[A-Z][a-z]+)(?:'s| is))"
    r" (?:sleeping|kipping|staying) (?:in the spare room|on the sofa|on the couch|downstairs"
    r"|at (?:her|his|their) (?:mum'?s|mom'?s|parents'?|sister'?s|brother'?s|friend'?s))"
    r"(?: tonight| again| now)?\W*$",
    re.IGNORECASE,
)


def rift_told(text: str) -> bool:
    """Whether `text` tells of a row they had ("We had a huge fight tonight."), not asks."""
    return bool(_RIFT.search(text)) and not text.rstrip().endswith("?")


# A rift mending: "He said he's sorry." (an old friend after fifteen years; read as sorrow,
# "Oh, that sounds so hard."), "An old friend messaged me today." (read as sorrow, "Oh no, I'm
# so sorry to hear that."). Not where it is refused or comes too late.
_MENDING = re.compile(
    r"\b(?:she|he|they|(?-i:[A-Z][a-z]+)) (?:said|says|told me|wrote|texted) (?:that )?"
    r"(?:she'?s|he'?s|they'?re|she is|he is|they are|she was|he was|they were) (?:so |really"
    r" |truly )?sorry\b|\b(?:she|he|they|(?-i:[A-Z][a-z]+)) (?:finally )?(?:said sorry"
    r"|apologi[sz]ed)\b"
    r"|\b(?:an|my|our) old (?:friend|mate|pal|school ?friend|flatmate|roommate|colleague"
    r"|neighbou?r|teacher) (?:\w+ )?(?:messaged|texted|called|rang|wrote to"
    r"|emailed|got in touch with|reached out to|found) (?:me|us)\b",
    re.IGNORECASE,
)
_REFUSED = re.compile(
    r"\b(?:but|too late|can'?t forgive|won'?t forgive|doesn'?t (?:change|matter|mean)|didn'?t"
    r" mean it|not enough|again)\b",
    re.IGNORECASE,
)


def rift_mending(text: str) -> bool:
    """Whether `text` tells of an apology they were given or of someone long apart getting in
    touch ("He said he's sorry.", "An old friend messaged me today."), not refused."""
    return bool(_MENDING.search(text)) and not _REFUSED.search(text) and "?" not in text
