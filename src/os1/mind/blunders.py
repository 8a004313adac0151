"""An awkward moment of their own, told: read by a small grammar (heard_by_grammar.py).

"I froze and said thank you." (told "I love you" for the first time) read as joy 0.98 for
its "thank you", and the OS said "I'm so happy for you"; "THANK YOU. Who says that?" was
taken for thanks to the OS; "She laughed but I think it hurt her a bit." read as good news
for its laugh. A blunder told is no news to be glad of, nor thanks; a hurt it did someone is
sad.
"""

from __future__ import annotations

import re

_BLUNDER = re.compile(
    r"\bi (?:just |completely |totally |kind of |sort of )?(?:froze|panicked|blanked|choked"
    r"|blurted(?: out)?|went (?:bright |completely )?red|mumbled|stammered|stuttered)\b"
    r"|\bwho (?:even )?(?:says|does|said) that\b|\bwhy (?:did|would) i (?:say|do) that\b"
    r"|\bwanted the (?:ground|floor|earth) to swallow me\b|\bso (?:embarrassing|cringe)\b",
    re.IGNORECASE,
)
# A hurt their words did someone close: "…but I think it hurt her a bit."
_HURT_THEM = re.compile(
    r"\b(?:it|that|i|what i said|my (?:answer|reaction|face)) (?:really |might have |may have"
    r" |probably )?(?:hurt|upset|stung|wounded|crushed) (?:her|him|them)\b",
    re.IGNORECASE,
)


def blunder_told(text: str) -> bool:
    """Whether `text` tells of an awkward moment of their own ("I froze and said thank
    you.", "Who says that?")."""
    return bool(_BLUNDER.search(text))


def hurt_them_told(text: str) -> bool:
    """Whether `text` tells that what they said or did hurt someone."""
    return bool(_HURT_THEM.search(text)) and not text.rstrip().endswith("?")
