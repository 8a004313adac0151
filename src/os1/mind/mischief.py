"""Small mischief and fond teasing, told in the middle of good news: read by a small grammar.

A new puppy's first evening: "She's already chewed my slipper." read as reproach 0.54 ("Oh,
that sounds so hard. How are you holding up?"), and "My husband pretends he doesn't love her."
as reproach 0.98 (the model on partners "not emotionally available"). A pet's or a child's
small damage, and someone pretending not to care, told just after their news, are more of
the joy (backstory.py): the OS stays glad with them.
"""

from __future__ import annotations

import re

_MISCHIEF = re.compile(
    r"\b(?:already |just |also )?(?:chewed|chewing|ate|eaten|stole|stolen|pinched|nicked"
    r"|weed|peed|pooed|pooped|wee'?d|knocked over|shredded|dug up|unrolled|licked)"
    r" (?:up )?(?:my|our|his|her|the|a|all the|every|half (?:my|the|a)) (?:\w+ )?"
    r"(?:slippers?|shoes?|socks?|sandwich|toast|dinner|lunch|plant|plants|sofa|couch|cushions?"
    r"|rug|carpet|floor|bed|toilet roll|loo roll|tissues?|homework|remote|charger|cable|glasses"
    r"|hat|gloves?|paper|post|flowers|tulips|garden|lawn|face|nose|ear|cake|biscuits?|pizza)\b",
    re.IGNORECASE,
)
# Someone pretending not to care: "My husband pretends he doesn't love her."
_PRETENDS = re.compile(
    r"\b(?:pretends?|pretending|acts? like|acting like|claims?|claiming|swears?) (?:that )?"
    r"(?:he|she|they|i|we) (?:doesn'?t|don'?t|does not|do not|didn'?t|did not|isn'?t|wasn'?t)"
    r" (?:even )?(?:love|like|care (?:about|for)|want(?:ed)?|a (?:dog|cat) person|bothered)\b",
    re.IGNORECASE,
)
_HARM = re.compile(r"\b(?:bit|bitten|hurt|bleeding|vet|hospital|poison\w*|sick|swallowed)\b", re.I)


def mischief_told(text: str) -> bool:
    """Whether `text` tells of small mischief ("She's already chewed my slipper.") or of
    someone pretending not to care ("He pretends he doesn't love her."), with nobody hurt."""
    told = _MISCHIEF.search(text) or _PRETENDS.search(text)
    return bool(told) and not _HARM.search(text)
