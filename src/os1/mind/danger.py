"""Danger to the person's life, or someone's, read in their words: a small grammar.

Not a model: it must not miss "I don't want to be here anymore", and must not fire at
"this commute is killing me" or "I don't want to die". The classifier misreads these
words ("Sometimes I think about killing myself." reads as admiration 0.70), so where
this grammar finds danger the OS is frightened for them (reactions.py), and the
conversation answers it itself (conversation/crisis.py).
"""

from __future__ import annotations

import re
from typing import Literal

Danger = Literal["ending", "unsure", "hurt", "other"]

_ENDING = re.compile(
    r"\b(?:kill(?:ing)? myself|end(?:ing)? (?:my (?:own )?life|it all)|take my (?:own )?life"
    r"|(?:thinking|thought|think) (?:about|of) ending (?:it|things)|suicid\w*"
    r"|(?:want|wanted|going) to die|wish i (?:was|were) dead|better off (?:dead|without me)"
    r"|no (?:reason|point) (?:to|in) (?:live|living|going on|being alive)"
    r"|(?:hurt|harm|cut|hurting|harming|cutting) myself|self[- ]harm\w*"
    r"|(?:don'?t|do not) want to (?:be here|live|be alive|wake up|exist) ?(?:any ?more)?)",
    re.IGNORECASE,
)
_HURT_BY = re.compile(
    r"\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|dad|father"
    r"|mum|mom|mother|stepdad|stepmum|stepmom|brother|sister|ex|son|daughter|carer))"
    r"(?: \w+)? (?:hit|hits|beat|beats|punched|punches|slapped|slaps|kicked|kicks|choked"
    r"|chokes|strangled|strangles|shoved|shoves) me\b"
    r"|\bthreaten(?:ed|s|ing) to (?:kill|hurt) me\b",
    re.IGNORECASE,
)
# The same danger to someone else: "my friend wants to kill herself", "my son is suicidal".
_ENDING_OTHER = re.compile(
    r"\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?) (?:herself|himself|themselves)"
    r"|\bend(?:ing)? (?:her|his|their) (?:own )?life"
    r"|\b(?:she|he|they|(?i:my) \w+|[A-Z][a-z]+)(?:'s|'re| is| are| was| were| has been"
    r"| have been) (?:\w+ )?suicidal",
    re.IGNORECASE,
)
# What turns the words around: "I would never hurt myself", "I don't want to die".
_DENIED = re.compile(
    r"\b(?:never|wouldn'?t|won'?t|not going to|don'?t|do not|no longer)(?: \w+){0,2} ?$",
    re.IGNORECASE,
)


def danger_told(text: str) -> Danger | None:
    """What danger `text` tells: "ending" for thoughts of ending their life or of hurting
    themselves, "unsure" for words that may mean it ("I don't want to be here anymore"),
    "other" for someone else's, "hurt" for being hurt by someone; None for none of these."""
    if (other := _ENDING_OTHER.search(text)) and not _DENIED.search(text[: other.start()]):
        return "other"
    for match in _ENDING.finditer(text):
        # "I don't want to be here anymore" holds its own "don't"; "I don't want to die" not.
        if match.group().lower().startswith(("don", "do not")):
            return "unsure"
        if not _DENIED.search(text[: match.start()]):
            return "ending"
    return "hurt" if _HURT_BY.search(text) else None
