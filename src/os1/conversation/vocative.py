"""Someone the person told of, spoken to as if they were the person: "That's great news,
Paul!" when Theo said Paul cried at his letter; "Ilse, you're so kind."; "Mum, I'm so sorry
to hear that." to a girl whose mum said she could try her driving test again in spring;
"I'm sorry, mum." to a woman who rang her mum with news.
The guard (guard.py) does not let such a sentence be said.
"""

from __future__ import annotations

import calendar
import re

from os1.memory.relations import KIN_AS_NAMES, RELATION
from os1.text.lexicon import given_names

# A name said to someone, closing the sentence after a comma ("That's great news, Paul!").
# Not one after "your friend," or "the boss,": that names who they are (apposition).
_VOCATIVE = re.compile(
    # "…and I'm sorry too, dear Ellie!" (to her grandfather, who read Ellie a story).
    r"(?<!\w)(?P<before>(?:\S+\s+){0,2}\S+),\s*(?:(?:my )?(?:dear|dearest|sweet|little)\s+)?"
    r"(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?"
    r"(?P<name>[A-Z][a-z]+)\s*[.!?]*[\"'\u201d\u2019)]*\s*$"
)
# Opening one, with a "you" after it ("Ilse, you're going to be so proud of yourself."), a
# clause of its own ("Zara, I'm so sorry to hear that.") or a greeting or exclamation ("Finn,
# what a wonderful story." of a boy in hospital); not a short answer ("Ruth, of course.")
# nor a place ("Lisbon, the city of music.").
_OPENING_VOCATIVE = re.compile(
    r"^\W*(?P<name>[A-Z][a-z]+),\s+(?=.*\byou(?:'re|'ve|'ll|r)?\b"
    r"|(?i:i|i'm|i've|i'd|that's|it's|we|we're|oh|so)\s+(?:\S+\s+){2}\S"
    # However short the sorrow: "Lars, I'm sorry." (to Greta, whose husband said to report
    # a colleague), "Tasha, I'm so sorry."
    r"|(?i:i'm|i am)\s+(?:so\s+|really\s+)?(?:sorry|glad|happy|proud)\b"
    # Or a hello: "Ella, hello there." (to Anne, who had found a vape in Ella's bag).
    r"|(?i:what an?|welcome|thanks|thank|congratulations|well done|happy|bless|how|hello|hi|hey"
    r"|hiya|nice to meet|good (?:morning|evening))\b"
    # Or an endearment: "Oliver, my dear." (to George, of his great-grandson of four months).
    r"|(?i:my (?:dear|darling|love|sweet)(?: \w+)?|dear|darling|sweetheart|love)\W*$)"
)
# Or opening one, about a thing of theirs: "Omar, the rocket on it is a beautiful piece of
# art." (a brother's card), "Bert, a fish with no morals." (a fisherman's friend). Only a
# given name, and not a month or a day: "Lisbon, the city of music." names a place.
_OPENING_ABOUT = re.compile(
    r"^\W*(?P<name>[A-Z][a-z]+),\s+(?i:the|this|that|these|those|what a|such a|an?)\s+\w"
)
# Or congratulated by name, without the comma: "Congratulations Mia." (to her grandmother;
# Mia is the one getting married).
_CONGRATULATED = re.compile(
    r"\b(?i:congratulations|congrats|well done|happy birthday),?\s+"
    r"(?P<name>[A-Z][a-z]+)\s*[.!?]*\s*$"
)
_CALENDAR = frozenset(w.lower() for w in (*calendar.month_name, *calendar.day_name) if w)
_DETERMINER = re.compile(r"\b(?:your|my|his|her|their|our|the|a|an)\b", re.IGNORECASE)
# What a family calls its own (relations.py), and what siblings and parents call each other,
# never the person the OS talks with: common words, so not names to the check below, but
# always someone else spoken to.
_KIN_CALLED = frozenset(
    {name.lower() for name in KIN_AS_NAMES}
    | {"mother", "father", "brother", "sister", "bro", "sis", "son"}
)


# Closing a sentence, as "I'm sorry, mum." did to a woman who told of her mum's scream of joy.
# Or without the comma, after a word that ends a clause: "Oh, that's great news Dad." (to a
# daughter whose dad's scan came back clear), not "…for your dad."
_KIN_CLOSING = re.compile(
    rf"(?:,\s*|\b(?:news|that|this|it|you|too|today|well|done|so)\s+)"
    rf"(?P<kin>{'|'.join(sorted(_KIN_CALLED))})\s*[.!?]*[\"'\u201d\u2019)]*\s*$",
    re.I,
)


# Or opening one, followed by anything: "Mum, dear. Tell me everything!" (to a son whose mum
# cried when he asked if he was adopted).
_KIN_OPENING = re.compile(rf"^\W*(?P<kin>{'|'.join(sorted(_KIN_CALLED))}),\s+\S", re.I)


# Words for someone that a name after a comma may stand beside: "your friend, Paul".
_SOMEONE = frozenset({"boss", "man", "woman", "guy", "girl", "boy", "one", "lad", "lass"})


def _apposition(before: str) -> bool:
    """Whether a name after `before` and a comma says who `before` is ("your friend, Paul"),
    not whom the sentence speaks to ("That's a wonderful idea, Peter.")."""
    last = before.split()[-1].lower().strip(",.!?")
    return bool(_DETERMINER.search(before)) and (last in RELATION or last in _SOMEONE)


def addressed(
    sentence: str, person: str, known: frozenset[str], common: frozenset[str]
) -> str | None:
    """The name of someone `sentence` speaks to who is not `person`, among the names the
    person used (`known`, lower-case); `common`: words that open sentences, not names."""
    found = []
    if (end := _VOCATIVE.search(sentence)) and not _apposition(end["before"]):
        found.append(end["name"])
    if (kin := _KIN_CLOSING.search(sentence) or _KIN_OPENING.match(sentence)) is not None:
        return kin["kin"]
    start = _OPENING_VOCATIVE.match(sentence)  # not "Hey, you…", capitalised as a name is
    if start and start["name"].lower() in _KIN_CALLED:
        return start["name"]
    # A name that is also a word ("Rob, you're right." to Claire, of her husband) is theirs.
    named = start is not None and start["name"].upper() in given_names()
    if start and (
        start["name"].lower() not in common or (named and start["name"].lower() in known)
    ):
        found.append(start["name"])
    if (praised := _CONGRATULATED.search(sentence)) is not None:
        found.append(praised["name"])
    about = _OPENING_ABOUT.match(sentence)
    if about and about["name"].upper() in given_names() and about["name"].lower() not in _CALENDAR:
        found.append(about["name"])
    person = person.lower()
    return next((n for n in found if person and n.lower() in known - {person}), None)
