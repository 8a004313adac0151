"""How a hard word to the OS is meant: taken back as a joke, said as an ironic simile, or
the blame lifted off the OS. Each is a phrase the readings do not weigh; reactions.py asks
them before it is hurt.
"""

from __future__ import annotations

import re

# A jibe taken back as it is said: "You have terrible taste. Kidding." (read as an insult
# 0.90, and answered "That's the second time you've said something like that").
_TEASING = re.compile(
    r"(?:^|[.!,]\s*)(?:i'?m |only |just )?(?:kidding|joking|jk|teasing)(?: you)?\W*$", re.I
)


def teases(text: str) -> bool:
    """Whether `text` ends by saying it was only teasing."""
    return bool(_TEASING.search(text))


# A simile of "about as … as" said of the OS: "You're about as helpful as a chocolate
# teapot." Veale and Hao (2010, "Detecting Ironic Intent in Creative Comparisons", ECAI)
# found "about" before a simile a marker of irony; aimed at the OS, it is scorn.
_IRONIC_SIMILE = re.compile(
    r"\byou(?:'re| are|r)?\b(?:[^.!?]{0,20}\s)?about as (?:much use|\w+) as\b", re.I
)


def ironic_simile(text: str) -> bool:
    """Whether `text` runs the OS down with an ironic simile ("about as … as a …")."""
    return bool(_IRONIC_SIMILE.search(text))


# Scorn asked as a question: "Why would anyone talk to you?" (a boy who had called it useless
# twice; read as no act, and the model rambled about questions "going on for hours").
_SCORN = re.compile(
    r"^\W*(?:(?:and|so|honestly|seriously),?\s+)?(?:why would|who would|who'?d) (?:anyone|anybody"
    r"|someone|a person|you) (?:even )?(?:want to |bother to )?(?:talk to|use|listen to|bother"
    r" with|want|need|trust|like) you\W*$",
    re.IGNORECASE,
)


# Or said outright, in words the act reading learned as praise's ("you're so …"): "lol
# you're so boring" (praise 0.82; the OS answered "That sounds right to me, Sam.").
_DULL = re.compile(
    r"\byou(?:'re| are|r)? (?:so |such an? |really |really really |very |super |pretty |kinda"
    r" |kind of |so so |literally )?(?:boring|annoying|dull|tedious|lame|cringe|cringey"
    r"|irritating|creepy|fake|clingy|needy|weird|bore|a bore|drag|a drag|a waste of time)\b"
    # Said of the OS, not of something else of theirs ("you annoying genius").
    r"(?=\s*(?:$|[.!,;)]|(?:sometimes|today|tonight|lately|honestly|tbh|lol|haha|and|but|now"
    r"|to talk to)\b))",
    re.IGNORECASE,
)
_NOT_DULL = re.compile(r"\b(?:not|never|aren'?t|isn'?t)\b[^.!?]*\b(?:boring|annoying|dull)", re.I)


def scorns(text: str) -> bool:
    """Whether `text` asks, in scorn, why anyone would bother with the OS, or calls it dull
    or annoying."""
    dull = bool(_DULL.search(text)) and not _not_dull(text)
    return bool(_SCORN.match(text)) or dull


def _not_dull(text: str) -> bool:
    """Whether `text` says the OS is not dull, or asks whether they are: "You're not boring
    at all.", "Am I boring you?" (both read as insults, and answered "Ouch")."""
    return bool(_NOT_DULL.search(text)) or (
        text.rstrip().endswith("?") and bool(re.search(r"\bbor(?:ing|ed)\b", text, re.I))
    )


# Telling the OS it is not to blame, after a harsh word or beside an apology: "It's not
# you." (read as an insult 0.67), "it's not your fault", "it's me, not you".
_EXCULPATES = re.compile(
    r"\bit(?:'s| is|'s just| isn'?t| wasn'?t| was) (?:not )?(?:about )?you(?:r fault)?\b"
    r"|\bnot your fault\b|\bnothing to do with you\b|\b(?:it'?s|it is) me,? not you\b"
    r"|\byou (?:didn'?t|did not) do anything wrong\b|\byou did nothing wrong\b",
    re.IGNORECASE,
)
_NOT_YOU = re.compile(r"\b(?:not|isn'?t|wasn'?t|nothing|didn'?t)\b", re.IGNORECASE)


def exculpates(text: str) -> bool:
    """Whether `text` tells the OS it is not to blame ("It's not you.", "not your fault")."""
    found = _EXCULPATES.search(text)
    return found is not None and bool(_NOT_YOU.search(found.group()))


# Giving way: "Okay, fair. Maybe he has a point." (told its husband's side was not taken; read
# as an insult 0.5, and the OS said "Ouch, that really hurt to hear").
_CONCEDES = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|fine|alright|all right|yeah|hm+|well),?\s+)*(?:fair(?: enough| point)?"
    r"|that'?s fair|good point|you'?re right|maybe you'?re right)\W*$"
    r"|\b(?:maybe|probably|perhaps) (?:you|he|she|they)(?:'re| are|'s| is) right\b"
    # "Zara says I should just be honest. She's probably right." (read as happy-for 0.46).
    r"|\b(?:you|he|she|they)(?:'re| are|'s| is) (?:probably|maybe|possibly|likely) right\b"
    r"|\b(?:you|he|she|they) (?:might |may |probably )?(?:has|have) a point\b"
    # A choice made, laughing: "Ha, okay, scrambled eggs." (asked what to learn to cook first;
    # read as an insult 0.62: "That stung a little").
    r"|^\W*(?:ha(?:ha)*|lol|heh),?\s+ok(?:ay)?,?\s+(?!you\b)[a-z]+(?: [a-z]+){0,2}\W*$"
    r"|^\W*(?:ok(?:ay)?,?\s+)?(?:[a-z]+(?: [a-z]+){0,2}) it is\W*$",
    re.IGNORECASE,
)


# Advice reported: "Zara says I should just be honest." (read as happy-for 0.4).
_ADVISED = re.compile(
    r"^\W*(?:(?:but|and|so),?\s+)?(?:[A-Z][a-z]+|(?i:my) \w+|(?i:he|she|they|everyone))"
    r" (?i:says?|said|thinks?|reckons?|told me|keeps? telling me)(?: that)? (?i:i) (?i:should"
    r"|ought to|need to|must|shouldn'?t)\b"
    # "my friends say i'm better off" (a month after a breakup; read as glad, and the act as an
    # insult 0.67).
    r"|^\W*(?:(?:but|and|so),?\s+)?(?:[A-Z][a-z]+|(?i:my) \w+|(?i:he|she|they|everyone))"
    r" (?i:says?|said|thinks?|reckons?|told me|keeps? telling me)(?: that)? (?i:i'?m|i am)"
    r" (?i:better off|well rid)\b"
    # "My friend says he'd want me to be happy." (a widow dancing again; "That's wonderful news").
    r"|^\W*(?:(?:but|and|so),?\s+)?(?:[A-Z][a-z]+|(?i:my) \w+|(?i:he|she|they|everyone))"
    r" (?i:says?|said|thinks?|reckons?) (?i:he|she|they)(?i:'d| would) (?i:want|have wanted)"
    r" me to\b"
)


def advised(text: str) -> bool:
    """Whether a sentence of `text` reports advice someone gave them."""
    return any(_ADVISED.match(s) for s in re.split(r"(?<=[.!?])\s+", text.strip()))


def concedes(text: str) -> bool:
    """Whether `text` gives way, in whole or in a sentence ("Okay, fair. Maybe he has a
    point.")."""
    return any(_CONCEDES.search(s) for s in re.split(r"(?<=[.!?])\s+", text.strip()))
