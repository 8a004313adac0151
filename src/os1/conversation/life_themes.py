"""Which part of a person's life a sentence of theirs tells of: the portrait's themes.

A fact's kind maps onto them; a sentence of no kind is placed by its words. The
first meeting's answer to what matters most is its own theme.
"""

from __future__ import annotations

import re

# Themes in the order a portrait tells them; a fact's kind maps onto them (a fact about
# someone, or of no kind, is placed as a sentence would be: by whom and what it says).
THEMES = ("matters", "work", "place", "ahead", "feeling", "liking", "event")
TITLES = {
    "people": "People",
    "matters": "What matters to you",
    "work": "Work",
    "place": "Places",
    "ahead": "Ahead of you",
    "feeling": "How you felt",
    "liking": "What you like",
    "event": "What happened",
}
_KINDS = {
    "work": "work", "place": "place", "plan": "ahead", "feeling": "feeling",
    "preference": "liking", "event": "event",
}  # fmt: skip
_THEME_WORDS = (
    # Not a "never will" ("We hadn't spoken properly in years, and now we never will.").
    ("ahead", r"\b(?:(?<!never )will|going to|gonna|tomorrow|next (?:week|month|year|\w+day)|"
     r"this (?:weekend|\w+day)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|looking forward|"
     r"can't wait|cannot wait|dread|dreading|nervous about|worried about|planning|plan to|"
     r"hope to|soon|due|"
     r"in (?:a|two|three|four|five|six|a few|\d+) (?:days|weeks|months)|in (?:january|february|"
     r"march|april|may|june|july|august|september|october|november|december))\b"),
    ("work", r"\b(?:work|works|worked|working|job|jobs|career|boss|office|colleagues?|shift|"
     r"company|clients?|employed|unemployed|retired|hired|fired|sacked|laid off|let go|"
     r"redundan(?:t|cy)|resigned|promoted|promotion|salary|customers?|coworkers?|for a living|"
     r"i (?:teach|tutor|lecture)|(?:my|a) (?:students?|pupils?|patients?)|"
     r"i'm an? [a-z]+(?:er|or|ist|ian|ant|ent|ic)|i am an? [a-z]+(?:er|or|ist|ian|ant|ent|ic))\b"),
    ("place", r"\b(?:live|lives|lived|living in|moved|move|grew up|born in|flat|apartment|city|"
     r"town|village|neighbourhood|neighborhood)\b"),
    ("feeling", r"\b(?:feel|feeling|felt|sad|happy|lonely|angry|upset|scared|afraid|anxious|"
     r"excited|proud|tired|exhausted|heartbroken|miserable|glad|relieved|depressed|stressed|"
     r"nervous|worried|hurt|devastated|thrilled|overwhelmed|grateful|ashamed|guilty|jealous|"
     r"furious|numb|empty|hopeful)\b"),
    # "like" as a verb after its subject, not as in "like a criminal"; their own, not what
    # someone else likes ("…a cup of tea the way she likes it" stood under "What you like").
    ("liking", r"\b(?:love|(?:i|we|you)(?: really| still| also| do| don't| "
     r"didn't| would|'d)? like|hate|favourite|favorite|enjoy|prefer|"
     r"can't stand|fan of)\b"),
)  # fmt: skip
_THEMES = [(theme, re.compile(words, re.IGNORECASE)) for theme, words in _THEME_WORDS]


# A day or a month named is ahead only when the words look forward: "My left knee has been
# sore since climbing on Saturday." was put under "Ahead of you".
_ONLY_WHEN = re.compile(
    r"\b(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|in (?:january|february|march|april"
    r"|may|june|july|august|september|october|november|december))\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:since|last|ago|was|were|had|did|has been|have been|happened|got|went|came|met"
    r"|took|made|saw|found|left|bought"
    # "My piano teacher died on Sunday." stood under "Ahead of you".
    r"|died|passed away|lost|fell|broke|called|rang|told|said|gave|won|started|finished|ended"
    r"|crashed|arrived|visited|cried)\b",
    re.I,
)
# Not since, for so long: "You haven't slept in two days." stood under "Ahead of you".
_NOT_SINCE = re.compile(r"\b(?:haven'?t|hasn'?t|hadn'?t|have not|has not|not \w+ed)\b", re.I)


def theme_of(text: str, kind: str | None = None) -> str:
    """The theme of `text`, or of its fact's `kind`; what fits no other is an event."""
    if kind in _KINDS:
        return _KINDS[kind]
    for theme, words in _THEMES:
        found = words.search(text)
        if found is None:
            continue
        dated_only = theme == "ahead" and _ONLY_WHEN.fullmatch(found.group())
        if dated_only and _PAST.search(text) and not _ONLY_WHEN.search(text, found.end()):
            continue
        since = found.group().lower().startswith("in ") and _NOT_SINCE.search(
            text, 0, found.start()
        )
        if theme == "ahead" and since:
            continue  # "You haven't slept in two days." is how long, not when
        return theme
    return "event"
