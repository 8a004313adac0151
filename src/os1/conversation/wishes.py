"""Good wishes, asked for or due: a feast's greeting returned ("Ramadan Mubarak to you
too."), a birthday told or "Can you say happy birthday?", "Wish me luck.", "Wish me a good
night." (kind_words.py answers these).

The embedded model thanked them for celebrating with it, or said nothing it came up with was
good enough. A friend says the wish back, plainly and at once.
"""

from __future__ import annotations

import re

# A feast's greeting, given or returned: "Eid Mubarak to you too!" (the night before Eid;
# "I'm listening, Noor. Tell me more.").
_FEAST_GREETED = re.compile(
    # "Thank you. Ramadan Mubarak to you too." (the model: "…celebrating with us…").
    r"^\W*(?:(?:thank you|thanks)[.!,]*\s+)?(?:and )?(?P<greeting>eid mubarak|merry christmas"
    r"|happy christmas|happy new year|happy (?:diwali|hanukkah|chanukah|easter|holidays"
    r"|lunar new year|nowruz|eid|holi|vaisakhi"
    r"|thanksgiving)|chag sameach|ramadan mubarak|shana tova)(?:,? (?:to you|to you too|you too"
    r"|too|everyone|all|(?-i:[A-Z][a-z]+)))?\W*$",
    re.IGNORECASE,
)
# "Can you say happy birthday?" (a thirtieth nobody remembered but her mum; "I tried, Lucy,
# but nothing I came up with was good enough"), and their own birthday told ("It's my
# thirtieth birthday today!": "Oh, that's great news.").
_BIRTHDAY_ASKED = re.compile(
    r"^\W*(?:(?:can|could|will|would) you\s+)?(?:please\s+)?(?:just\s+)?"
    r"(?:say|wish me|sing(?: me)?) (?:a )?happy birthday(?: to me)?(?:,? please)?\W*$",
    re.IGNORECASE,
)
_OWN_BIRTHDAY = re.compile(
    r"^\W*(?:(?:guess what|so|well|oh),?\s+)?(?:it'?s|today'?s|today is) my (?:\w+ )?birthday"
    r"(?: today)?\W*$",
    re.IGNORECASE,
)
# "Wish me luck." the night before an interview: the model said "Oh, that's great news."
# After a word of where they are too: "Okay. I'm home now. Wish me luck." (to tell a wife of
# redundancy; "That's so good to hear. Tell me everything!").
_LUCK = re.compile(
    r"^\W*(?:(?:ha(?:ha)*|ok(?:ay)?|right|well|anyway|alright|thanks|thank you|cheers)[.,!]*\s+)*"
    # "Okay. I'm going. Wish me luck!" (a first date; "What lovely news.").
    r"(?:(?:i'?m|we'?re) (?:home|here|outside|at the door|in the car park|going in|going|off"
    r"|leaving)(?: now)?[.,!]*\s+)?"
    r"(?:wish me luck|fingers crossed(?: for me)?|keep your fingers crossed)\W*$",
    re.I,
)
# "Haha okay. Wish me a good night." (out with friends after passing everything; the model:
# "…a wonderful night with your family…").
_GOOD_NIGHT_OUT = re.compile(
    r"^\W*(?:(?:ha(?:ha)*|ok(?:ay)?|right|well|alright)[.,!]*\s+)*wish me (?:a )?(?:good|great"
    r"|fun|lovely) (?:night|time|evening)(?: out)?\W*$",
    re.IGNORECASE,
)


def wish(text: str, name: str) -> str | None:
    """The OS's good wish for `text` (stripped), or None where none is asked or due; `name` is
    ", Lucy" or ""."""
    if (feast := _FEAST_GREETED.match(text)) is not None:
        greeting = " ".join(feast["greeting"].split()).title()
        return (
            f"{greeting}{name}! I hope it's full of good food and the people you love. "
            "What are you looking forward to most?"
        )
    if _BIRTHDAY_ASKED.match(text):
        return (
            f"Happy birthday{name}! I'm so glad you were born, and glad you're spending a "
            "little of it with me. What would make the rest of today good?"
        )
    if _OWN_BIRTHDAY.match(text):
        return f"Happy birthday{name}! How are you spending it?"
    if _GOOD_NIGHT_OUT.match(text):
        return f"Have a wonderful night{name}! You've earned it."
    if _LUCK.match(text):
        return f"Good luck{name}! I'll be thinking of you. Tell me how it goes?"
    return None
