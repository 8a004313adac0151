"""Praise they do not believe, told: read by a small grammar.

"Everyone said it was lovely but I know it wasn't." (a solo whose top note cracked) reads
as happy-for on "lovely", and the OS said "That's so good to hear." Told that others praised
them and they know better, the OS is sorry for them (heard_by_grammar.py): what they feel
is the disappointment, not the praise.
"""

from __future__ import annotations

import re

# Or told it was not their fault, and sure it was: "The lads said it wasn't my fault but it was."
_BLAMED_ANYWAY = re.compile(
    r"\b(?:said|says|told me|keeps? (?:saying|telling me)) (?:that )?it (?:wasn'?t|was not|isn'?t"
    r"|is not) my fault,? but (?:it (?:was|is)|i know (?:it was|better))\b",
    re.IGNORECASE,
)
_DOUBTED = re.compile(
    r"\b(?:everyone|everybody|they all|people|they|he|she|(?-i:[A-Z][a-z]+)|my \w+)"
    r" (?:said|says|told me|keeps? (?:saying|telling me)) (?:that )?(?:it was|it's|it is|i was"
    r"|i'm|i am|i did|i sounded|i looked|i sang|i played)(?: \w+){0,2}?"
    r" (?:lovely|great|good|fine|beautiful|amazing|brilliant|wonderful|well|perfect)\b[^.!?]*?"
    r"\bbut (?:i know |honestly |really |deep down |in truth )?(?:it|i) (?:wasn'?t|was not"
    r"|didn'?t|did not|am not|'m not|don'?t|do not|know better)\b",
    re.IGNORECASE,
)


def praise_doubted(text: str) -> bool:
    """Whether `text` tells of praise that they do not believe."""
    return bool(_DOUBTED.search(text) or _BLAMED_ANYWAY.search(text))
