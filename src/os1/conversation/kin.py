"""The person's family, partners and pets the OS was told of: the only ones it may call
"your sister" or "your dog".

A small model fills a reply with relatives nobody mentioned: told that a customer
ordered croissants for her daughter's wedding, it said "I'm so glad you're happy
about your daughter's wedding." Naming a relative the person never spoke of tells
them the OS was not listening, as a stranger's name does (guard.py). Friends,
colleagues, a doctor or a therapist are not read: "have you talked to a friend?"
and "your doctor" are fair things to say to anyone.

So is something new of theirs: "I'm so glad you're enjoying your new home" (to a man retired
that day), "…your new shoes" (to a girl who failed maths), "…your new life" came to six
evenings where nothing new was spoken of. And so is what they are: "You're a refugee" to a
man who said only where he was from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from os1.memory.relations import MODIFIER, PETS, RELATION

# The groups (relations.py names each by its first word) a person must have spoken of.
_KIN = frozenset({
    "mother", "father", "sister", "brother", "son", "daughter", "child", "wife", "husband",
    "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "ex-wife", "ex-husband",
    "ex-girlfriend", "ex-boyfriend", "ex-partner", "ex", "grandmother", "grandfather",
    "grandson", "granddaughter", "grandchild", "aunt", "uncle", "cousin", "niece", "nephew",
    "stepmother", "stepfather", "stepson", "stepdaughter", "stepsister", "stepbrother",
    "mother-in-law", "father-in-law", "sister-in-law", "brother-in-law",
    "dog", "cat", "horse", "rabbit", "bird", "hamster", "guinea-pig", "fish", "tortoise",
})  # fmt: skip
# A son or a daughter told of makes "your kids" fair, and the other way round.
_CHILDREN = frozenset({"son", "daughter", "child"})
# A birth told makes a son or a daughter theirs: "Layla had the baby this morning!" (the
# guard held "your daughter" three times, a new father's girl).
_BIRTH_TOLD = re.compile(
    r"\b(?:we|i|(?:my|our) (?:wife|partner|girlfriend)|she|[A-Z][a-z]+) (?:just )?(?:had|has had)"
    r" (?:the|our|a|my) baby\b|\b(?:our|my) (?:new(?:born)? )?baby\b|\bgave birth\b"
    r"|\bi'?m a (?:new )?(?:dad|father|mum|mom|mother) now\b"
)
_WORD = r"([a-z]+(?:-[a-z]+)*)"
_YOUR = re.compile(rf"\byour\s+(?:{MODIFIER}\s+)?{_WORD}", re.IGNORECASE)
_YOUR_NEW = re.compile(rf"\byour (?:brand[- ])?new {_WORD}", re.IGNORECASE)
# Words that make something of theirs new: "a new flat", "we moved", "I bought…".
_NEWS_OF_NEW = re.compile(r"\b(?:new|moved|moving|bought|adopted)\b", re.I)
NEW = "new"  # the group kin_told gives when something new of theirs was spoken of
# What they are, said of them: "You're a refugee, I'm glad to hear that." to "I am from
# Syria. I live in Manchester two years." Only a word they used themselves may be said.
_LABEL = (
    r"refugee|immigrant|migrant|asylum seeker|widow(?:er)?|orphan|addict|alcoholic|victim"
    r"|survivor|divorcee|single (?:mum|mom|mother|dad|father|parent)"
)
_YOU_ARE_A = re.compile(
    rf"\byou(?:'re| are| must be)(?: such)? (?:a |an )?(?:\w+ )?(?P<label>{_LABEL})\b", re.I
)
_LABEL_TOLD = re.compile(rf"\b(?:{_LABEL})s?\b", re.IGNORECASE)
# A day of their own: "Congratulations on your upcoming wedding!" to "Nina is getting married
# in June." Said only where it is theirs: "my wedding", "we're getting married".
_YOUR_DAY = re.compile(
    r"\byour (?:upcoming |big |special |own )?(?P<day>wedding|engagement|pregnancy|retirement"
    r"|graduation|promotion)\b",
    re.IGNORECASE,
)
_DAY_TOLD = {
    "wedding": r"(?:my|our) wedding|(?:i'?m|i am|we'?re|we are) (?:getting married|engaged)"
    r"|proposed|said yes",
    "engagement": r"(?:my|our) engagement|(?:i'?m|i am|we'?re|we are|got) engaged|proposed",
    "pregnancy": r"(?:my|our) pregnancy|(?:i'?m|i am|we'?re|we are) (?:pregnant|expecting)",
    "retirement": r"(?:my|our) retirement|(?:i'?m|i am) retiring|i retired",
    "graduation": r"(?:my|our) graduation|i(?:'m| am)? graduat\w+",
    "promotion": r"(?:my|our) promotion|i (?:got|was given) (?:the |a )?promotion|i got promoted",
}


# Something of theirs being enjoyed that they never spoke of: "I'm so glad you're enjoying
# your meal today." (to a joke at an open mic), "…your vacation" (to a day off needed).
# Each is fair where its kind of thing was spoken of ("We went out for dinner").
_PASTIMES = {
    "meal": r"meal|dinner|lunch|breakfast|brunch|supper|food|eat\w*|ate|restaurant|cook\w*"
    r"|steak|pizza|curry|takeaway",
    "trip": r"trip|holiday|vacation|travel\w*|flight|away|abroad|journey|visit\w*",
    "walk": r"walk\w*|run|ran|running|jog\w*|swim\w*|gym|workout|hike|hiking|marathon",
    "drink": r"drink\w*|coffee|tea|pub|beer|wine|cocktails?",
    "party": r"part(?:y|ies)|celebrat\w*|wedding|birthday",
    "film": r"film|movie|cinema|show|series|tv|telly|netflix",
}
# "I'm so glad you enjoyed the meal." (a friend who sat with her, saying little).
_YOUR_PASTIME = re.compile(
    r"(?:\byour|(?<=enjoyed )the|(?<=enjoying )the|(?<=enjoy )the) (?:\w+ )?"
    r"(?P<thing>meal|dinner|lunch|breakfast|trip|holiday|vacation|walk|run"
    r"|coffee|drink|party|film|movie)\b",
    re.IGNORECASE,
)
_PASTIME_OF = {
    thing: kind
    for kind, things in {
        "meal": ("meal", "dinner", "lunch", "breakfast"),
        "trip": ("trip", "holiday", "vacation"),
        "walk": ("walk", "run"),
        "drink": ("coffee", "drink"),
        "party": ("party",),
        "film": ("film", "movie"),
    }.items()
    for thing in things
}


def _group(word: str) -> str | None:
    word = word.lower()
    group = RELATION.get(word) or (RELATION.get(word[:-1]) if word.endswith("s") else None)
    return group if group in _KIN else None


def kin_told(texts: Iterable[str], person: str = "") -> frozenset[str]:
    """The kin groups `texts` speak of as the person's: "my sister", "our dog", "your
    mum" (a question the OS asked), "Nadia's husband" (a fact)."""
    owners = ["my", "our", "your"]
    if person:
        owners.append(re.escape(person) + r"['\u2019]s")
    owned = re.compile(rf"\b(?:{'|'.join(owners)})\s+(?:{MODIFIER}\s+)?{_WORD}", re.IGNORECASE)
    told = {g for text in texts for m in owned.finditer(text) if (g := _group(m.group(1)))}
    if told & _CHILDREN or any(_BIRTH_TOLD.search(text) for text in texts):
        told |= _CHILDREN
    if any(_NEWS_OF_NEW.search(text) for text in texts):
        told.add(NEW)
    told |= {m.group().lower().rstrip("s") for t in texts for m in _LABEL_TOLD.finditer(t)}
    said = " ".join(texts)
    told |= {day for day, words in _DAY_TOLD.items() if re.search(rf"\b(?:{words})", said, re.I)}
    told |= {kind for kind, ways in _PASTIMES.items() if re.search(rf"\b(?:{ways})\b", said, re.I)}
    if _BABY_TOLD.search(said):
        told.add(BABY)
    return frozenset(told)


# A baby nobody spoke of: "I can only imagine how difficult it must be for them to have a baby
# at this age." (to "He's eighty-seven. They're operating tomorrow.", a father's hip).
_A_BABY = re.compile(
    r"\b(?:have|having|had|expecting|with) (?:a|the|another) (?:new )?baby\b|\bpregnan\w*", re.I
)
_BABY_TOLD = re.compile(r"\b(?:bab(?:y|ies)|pregnan\w*|expecting|newborn|due in)\b", re.I)
BABY = "baby"  # the group kin_told gives when a baby or a pregnancy was spoken of
_PET_WORDS = re.compile(r"\b(?:furry (?:friend|one|baby|pal)|fur ?baby|four-legged friend)\b", re.I)


def invented_kin(sentence: str, told: frozenset[str]) -> str | None:
    """The first "your <relative>" in `sentence` that the person never spoke of, or "new
    <thing>" where nothing new of theirs was; or None."""
    if not told & PETS and (pet := _PET_WORDS.search(sentence)) is not None:
        return pet.group()  # "your little furry friend" of a baby rolling over
    if BABY not in told and _A_BABY.search(sentence):
        return BABY
    if NEW not in told and (new := _YOUR_NEW.search(sentence)) is not None:
        return f"new {new.group(1)}"
    if (day := _YOUR_DAY.search(sentence)) is not None and day["day"].lower() not in told:
        return day["day"].lower()
    done = _YOUR_PASTIME.search(sentence)
    if done is not None and _PASTIME_OF[done["thing"].lower()] not in told:
        return done["thing"].lower()
    if (label := _YOU_ARE_A.search(sentence)) is not None and label["label"].lower() not in told:
        return f"being a {label['label'].lower()}"
    for match in _YOUR.finditer(sentence):
        group = _group(match.group(1))
        if group is not None and group not in told:
            return match.group(1)
    return None
