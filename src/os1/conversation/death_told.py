"""A death told, and a death heard: what the reply's tone may say about one.

A condolence to someone who spoke of no death ("I'm so sorry for your loss." to a fight with
a friend) tells them the OS did not listen; a glad opening to someone who just told of one
is worse. These patterns say when a death was told, and whether a sentence of the reply
heard it (reply_rules.py).
"""

from __future__ import annotations

import re

from os1.memory.relations import KIN_AS_NAMES
from os1.mind.death_euphemisms import death_nearly, death_softened
from os1.mind.remembrance import remembrance_told
from os1.text.lexicon import given_names

BEREAVED = re.compile(
    r"\b(?:died|dies|dead|death|passed(?! (?:my|her|his|their|our|the|a|an|all|both|with) )"
    r"|funeral|buried|grave|loss|lost|miscarr\w*|stillborn"
    r"|put (?:him|her|them) down|(?:be|been|being|get|getting) put down|put to sleep|killed"
    r"|gone now|no longer with us|widow\w*|(?:my|our|his|her) late)\b",
    re.IGNORECASE,
)
# A death told now, of someone: the reply's opening must not be glad without hearing it.
# The model answered "I wish my mum could have seen it. She died last March." with "Your
# mum's story is a testament to the resilience and love that goes into preserving
# traditions." (joy 0.94). Hearing it needs no set words ("Sixty-four is far too young.",
# "Three years is no time at all for a dog like that." in os1's own voice corpus), so only
# a glad opening is held to them.
DEATH_TOLD = re.compile(
    r"\b(?:died|passed (?:away|on)|miscarr\w*|stillborn|put (?:him|her|them) down"
    r"|put to sleep|no longer with us|lost (?:my|our|his|her) (?:\w+ )?(?:mum|mom|mother|dad"
    r"|father|wife|husband|partner|son|daughter|baby|child|brother|sister|friend|grand\w+"
    r"|dog|cat|best friend)|lost (?:a|our|my|one of (?:our|my)) (?:patient|resident|client)s?)\b",
    re.IGNORECASE,
)
# Things said to die that are not alive, and deaths that are a way of speaking: "My phone
# died.", "Tunde nearly died laughing when I sent him the video."
NOT_ALIVE = re.compile(
    r"\b(?:phone|battery|laptop|computer|car|engine|tv|screen|wifi|router|it|plant)s?"
    r" (?:just |finally |completely )?died\b|\b(?:nearly|almost|practically|literally) died\b"
    r"|\bdied (?:laughing|of (?:embarrassment|shame|laughter|boredom))\b"
    # "He lost his foot to it." (a father's diabetes; answered "I'm sorry for your loss.").
    r"|\blost (?:his|her|their|my|a|an|the) (?:foot|feet|leg|legs|arm|hand|eye|sight|hearing"
    r"|job|keys|phone|wallet|way|temper|voice|hair|weight|fingers?|toes?|match|game|race|bet"
    r"|case|bag|luggage|mind|marbles|nerve|bottle|plot|cool)\b"
    # Or a game, or their head: "my parents think I've lost it" (a job quit for music; "I'm so
    # sorry for your loss."), "We lost 1-0" (a red card; "…sorry for his loss").
    r"|\b(?:i'?ve|he'?s|she'?s|they'?ve|you'?ve) lost it\b|\b(?:we|they|you) lost \d+[-\u2013]\d+\b"
    r"|\b(?:we|they) lost (?:on penalties|the (?:final|semi|league|cup|toss|vote))\b",
    re.IGNORECASE,
)
HEARD_DEATH = re.compile(
    r"\b(?:sorry|loss|lost|miss\w*|heart\w*|griev\w*|grief|hard|painful|hurts?|devastat\w*"
    r"|awful|terrible|sad\w*|condolences?|died|death|gone|funeral|with you|for you|loved"
    # Speaking of them as gone ("She sounds like she was a wonderful woman."), or of the telling.
    r"|(?:she|he|they) (?:was|were)|would have|glad you (?:told|shared)|carry\w*)\b",
    re.IGNORECASE,
)


def tells_death(text: str) -> bool:
    """Whether `text` tells of someone's death, not asks about one ("Did Bowie die?")."""
    told = DEATH_TOLD.search(text) and not NOT_ALIVE.search(text)
    heard = bool(told) or remembrance_told(text) or death_softened(text) or death_nearly(text)
    return heard and not text.rstrip().endswith("?")


# Someone named as gone: "My wife Jean died two years ago", "since Len passed", "Arthur's
# funeral", "the late Tom". A name only, beside the death (not anyone named in the sentence).
_NAME = r"(?-i:[A-Z][a-z]+)"
_GONE = re.compile(
    rf"\b(?P<died>{_NAME})(?:,? who)? (?:died|passed(?: away| on)?|was killed|is gone|has gone"
    r"|is no longer with us)\b"
    rf"|\b(?:lost|buried|since losing|the late|scattered) (?:my \w+ )?(?P<lost>{_NAME})\b"
    rf"|\b(?P<marked>{_NAME})'s (?:funeral|death|grave|ashes|headstone|passing|memorial)\b",
    re.IGNORECASE,
)


def gone_named(texts: list[str]) -> frozenset[str]:
    """The names of people the person told of as dead, in `texts`: given names, and what
    a parent is called ("Mum"), not "It" opening "It died."."""
    named = (
        next(n for n in found.groups() if n)
        for text in texts
        for found in _GONE.finditer(text)
        if not NOT_ALIVE.search(found.group())
    )
    return frozenset(n for n in named if n.upper() in given_names() or n in KIN_AS_NAMES)


def as_if_alive(sentence: str, gone: frozenset[str]) -> str | None:
    """The name of someone gone whom `sentence` speaks of as alive, or None: "I'm so glad
    you're having a wonderful date with Jean." (to a widower of Jean's, his first date since)."""
    for name in gone:
        alive = re.search(
            rf"\b(?:date|dinner|lunch|evening|night out|trip|holiday|weekend) with {name}\b"
            rf"|\b{name} (?:is|will|'ll|can|says|wants|loves|thinks|feels|is going to)\b"
            # Comfort in their own words is not that: "Jean is still with you."
            r"(?! (?:gone|dead|no longer|not here|buried|smiling|watching|looking|still with you"
            r"|with you in spirit|at peace|resting))",
            sentence,
        )
        if alive:
            return name
    return None
