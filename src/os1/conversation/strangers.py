"""Names the OS could not know: a stranger named in a reply, or the OS calling itself by a
name that is not its own.

A small model fills a gap with a name ("Bearcowork", "Valei", "Sarah"): said to someone who
never mentioned them, a name tells them the OS made it up. The guard (guard.py) asks this of
each sentence, with the names the person used and the OS's own.
"""

from __future__ import annotations

import calendar
import re
from functools import cache
from typing import TYPE_CHECKING

from os1.text.lexicon import english_frequency, english_words, given_names

if TYPE_CHECKING:  # the guard's rules, which import this module
    from os1.conversation.guard import Rules

# A capitalised word, perhaps with its "'s": a name, or a sentence's first word.
CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:['\u2019][a-z]+)?\b")
# A name it calls itself, capitalised ("call me after the scan" names nobody; "I'm Sarah.").
_OWN_NAME = re.compile(
    # "I'm Alex, the one who's waiting outside." (Alex was their friend, in the car).
    r"\b(?i:my name is|i'?m called|i am called|call me|(?:i'?m|i am)(?=\s+[A-Z][a-z]+\s*[.!?,]))"
    r"\s+([A-Z][a-z]+)"
)
# Days and months, some of them names too ("June"): "See you on Sunday" names no stranger.
_CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)
# Sounds people write that no dictionary lists: "Mmm", "Aww", "Haha", "Ooh".
_INTERJECTION = re.compile(
    r"m+|h?m+|a+w+|(?:ha)+h?|(?:he)+|o+h+|a+h+|h+m+|wo+w|ya+y|u+gh|o+ps|who+a|phe+w|u+h+|u+m+"
    r"|o+o+h*|e+k|y+e+s+|n+o+|ye+a+h*|gr+"
)


@cache
def common_words() -> frozenset[str]:
    """English words frequent enough to open a sentence ("Will you…", "Hope so.")."""
    return frozenset(w for w, n in english_frequency().items() if n >= 30000)


def stranger_named(sentence: str, rules: Rules) -> str | None:
    """A person's name in `sentence` the OS cannot know: not its own, not one it was told
    (`rules.known_names`); or its own said to the person."""
    for match in _OWN_NAME.finditer(sentence):
        if match.group(1).lower() != rules.own_name.lower():
            return match.group(1)
    own = re.escape(rules.own_name)
    # Its own name said to the person: "Thanks, Isabella." or "My dear Isabella, …".
    to_them = rf"(?:^|,|\bdear(?:est)?|\bmy (?:dear(?:est)?|sweet|lovely))\s*{own}\s*[,.!?]"
    if own and re.search(to_them, sentence, re.IGNORECASE):
        return f"the person {rules.own_name} (its own name)"
    allowed = rules.known_names | {rules.own_name.lower()}
    for match in CAPITALISED.finditer(sentence):
        word = match.group().lower().replace("\u2019", "'").removesuffix("'s")
        if word in allowed or word in _CALENDAR_WORDS:
            continue
        # A word no English dictionary has ("Bearcowork", "Valei"): a made-up name.
        if word not in english_words() and not _INTERJECTION.fullmatch(word):
            return match.group()
        opens = not sentence[: match.start()].strip(" \"'\u201c\u2018(")
        # "Eu, a cellist!": a rare word, opening a sentence, said to someone.
        addressed = opens and sentence[match.end() : match.end() + 1] == ","
        rare = english_frequency().get(word, 0) < 1000
        if addressed and rare and not _INTERJECTION.fullmatch(word):
            return match.group()
        if word.upper() not in given_names():
            continue
        if opens and word in common_words():
            continue
        return match.group()
    return None
