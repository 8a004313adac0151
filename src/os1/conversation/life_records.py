"""What the person said about their life, as life_questions.py reads it back.

Their statements sentence by sentence, the people in them (the words for
kin, friends and pets, and the names the person gave them: "my sister Ruth"),
and the turn from their "I" and "my" to the OS's "you" and "your".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib.resources import files
from typing import Literal

from os1.memory.words import content_words

# The people and animals in a life, by the words for them. A question's word
# finds its group by the group's first word; an "ex" may be any former partner.
_GROUPS = (
    "mother mom mum mama mommy mummy ma", "father dad papa daddy pa", "sister sis",
    "brother bro", "son", "daughter", "child children kid kids", "wife", "husband hubby",
    "partner spouse", "boyfriend", "girlfriend", "fiance fiancé", "fiancee fiancée",
    "ex-wife ex", "ex-husband ex", "ex-girlfriend ex", "ex-boyfriend ex", "ex-partner ex",
    "ex ex-wife ex-husband ex-girlfriend ex-boyfriend ex-partner",
    "grandmother grandma granny nana gran", "grandfather grandpa granddad grandad",
    "grandson", "granddaughter", "grandchild grandchildren grandkids", "aunt auntie",
    "uncle", "cousin", "niece", "nephew", "stepmother stepmom", "stepfather stepdad",
    "stepson", "stepdaughter", "stepsister", "stepbrother", "mother-in-law",
    "father-in-law", "sister-in-law", "brother-in-law", "friend bestie bff buddy pal",
    "roommate flatmate housemate", "neighbour neighbor", "colleague coworker co-worker",
    "boss manager supervisor", "teacher", "therapist", "doctor", "coach", "mentor",
    "landlord", "landlady", "dog puppy pup doggy", "cat kitten kitty", "pet", "horse",
    "rabbit bunny", "bird parrot budgie", "hamster", "fish goldfish", "tortoise turtle",
)  # fmt: skip
SAME = {words.split()[0]: frozenset(words.split()) for words in _GROUPS}
# Each word to its own group (read last to first, so "ex" is its own group's).
RELATION = {word: words.split()[0] for words in reversed(_GROUPS) for word in words.split()}
SHE = frozenset({
    "mother", "sister", "daughter", "wife", "girlfriend", "fiancee", "ex-wife",
    "ex-girlfriend", "grandmother", "granddaughter", "aunt", "niece", "stepmother",
    "stepdaughter", "stepsister", "mother-in-law", "sister-in-law", "landlady"
})  # fmt: skip
HE = frozenset({
    "father", "brother", "son", "husband", "boyfriend", "fiance", "ex-husband",
    "ex-boyfriend", "grandfather", "grandson", "uncle", "nephew", "stepfather", "stepson",
    "stepbrother", "father-in-law", "brother-in-law", "landlord"
})  # fmt: skip
PETS = frozenset({
    "dog", "cat", "pet", "horse", "rabbit", "bird", "hamster", "fish", "tortoise"
})  # fmt: skip
MODIFIER = (
    r"(?:best|old|older|younger|little|big|baby|eldest|oldest|youngest|late|new|twin|dear|"
    r"closest|favourite|favorite|own)"
)
MODIFIERS = frozenset(re.findall(r"[a-z]+", MODIFIER))
_SURFACE = "|".join(sorted(map(re.escape, RELATION), key=len, reverse=True))
# "my sister Ruth", "my dog is called Biscuit", "my friend's name is Maya".
_NAMED_AFTER = re.compile(
    rf"\b(?:[Mm]y|[Oo]ur)\s+(?:{MODIFIER}\s+)*(?P<rel>{_SURFACE})(?:'s)?"
    r"(?:\s*,\s*|\s+(?:is\s+|was\s+)?(?:called|named)\s+|\s+name\s+(?:is|was)\s+|\s+is\s+|\s+)"
    r"(?P<name>[A-Z][a-z]+)\b"
)
# "Ruth, my sister", "Ruth is my sister".
_NAMED_BEFORE = re.compile(
    rf"\b(?P<name>[A-Z][a-z]+)(?:\s*,|\s+is|\s+was)\s+(?:my|our)\s+(?:{MODIFIER}\s+)*"
    rf"(?P<rel>{_SURFACE})\b"
)
MENTION = re.compile(rf"\b(?:[Mm]y|[Oo]ur)\s+(?:{MODIFIER}\s+)*(?P<rel>{_SURFACE})(?:'s|s)?\b")
# A name said after these is a place or a thing ("in Lisbon", "a fan of Bowie").
_NOT_SOMEONE = re.compile(r"\b(?:in|to|from|at|near|of|into|visit|visited|visiting)\s+$", re.I)
_NOT_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "christmas", "easter"
})  # fmt: skip
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")

Source = Literal["turn", "interview", "fact"]


@dataclass(frozen=True, slots=True)
class Said:
    """One sentence the person said, in their own first person."""

    text: str
    turn_id: int  # the fact's id, negated, for a fact
    when: datetime | None
    source: Source
    about: str | None = None  # who a "she" opening it is, as the person put it: "my sister Ruth"


def statements(
    text: str, turn_id: int, when: datetime | None, source: Source = "turn"
) -> list[Said]:
    """The statements in `text`: no questions, nothing of fewer than three words."""
    sentences = (s.strip() for s in _SENTENCE.findall(text.replace("\u2019", "'")))
    return [
        Said(s, turn_id, when, source)
        for s in sentences
        if len(s.split()) >= 3 and not s.endswith("?")
    ]


def named(text: str) -> list[tuple[str, str]]:
    """The people `text` names, with the word for them as said: "my mum Ruth" → ("mum", "Ruth")."""
    return [
        (match["rel"].lower(), match["name"])
        for pattern in (_NAMED_AFTER, _NAMED_BEFORE)
        for match in pattern.finditer(text)
        if is_name(match["name"])
    ]


def aliases(said: list[Said]) -> dict[str, set[str]]:
    """Relation → the names the person gave it, and name → its relations."""
    found: dict[str, set[str]] = {}
    for sentence in said:
        for said_as, name in named(sentence.text):
            relation = RELATION[said_as]
            found.setdefault(relation, set()).add(name)
            found.setdefault(name, set()).add(relation)
    return found


def mentioned(text: str) -> list[str]:
    """The relations `text` speaks of as the person's own ("my sister" → "sister")."""
    return [RELATION[m["rel"].lower()] for m in MENTION.finditer(text)]


def capitalised(text: str) -> set[str]:
    """Names in `text`: capitalised words past its first, not said as places."""
    return {
        match.group()
        for match in re.finditer(r"\b[A-Z][a-z]+\b", text)
        if match.start() > 0
        and not _NOT_SOMEONE.search(text[: match.start()])
        and is_name(match.group())
    }


def people(said: list[Said], os_name: str | None) -> set[str]:
    """The names the person has used for people and pets in their life."""
    introduced = {name for sentence in said for _, name in named(sentence.text)}
    found = set(introduced)
    places: set[str] = set()
    for sentence in said:
        found |= capitalised(sentence.text)
        # A sentence's first word is capitalised anyway: a name only if it is a given name.
        first = re.match(r"([A-Z][a-z]+)\b", sentence.text)
        if first and first[1].upper() in given_names() and is_name(first[1]):
            found.add(first[1])
        places |= {
            m.group()
            for m in re.finditer(r"\b[A-Z][a-z]+\b", sentence.text)
            if _NOT_SOMEONE.search(sentence.text[: m.start()])
        }
    found -= places - introduced
    found.discard(os_name or "")
    return found


def is_name(word: str) -> bool:
    bare = word.lower()
    return (
        word != "I"
        and bare not in RELATION
        and bare not in _NOT_NAMES
        and bool(content_words(word))
    )


@cache
def given_names() -> frozenset[str]:
    """US census first names (the `names` package), upper-case."""
    found: set[str] = set()
    for table in ("dist.female.first", "dist.male.first"):
        text = (files("names") / table).read_text(encoding="ascii")
        found.update(line.split()[0] for line in text.splitlines() if line.strip())
    return frozenset(found)


_FIRST = {"is": "am", "was": "was", "has": "have", "does": "do"}


def first_person(fact: str, person: str) -> str:
    """A fact ("Theo's sister Ruth lives in Lisbon") in the person's own voice again."""
    for name in dict.fromkeys([person, person.split()[0], "The person", "the person"]):
        who = re.escape(name)
        fact = re.sub(rf"\b{who}'s\b", "my", fact)
        fact = re.sub(rf"\b{who} (is|was|has|does)\b", lambda m: "I " + _FIRST[m[1]], fact)
        fact = re.sub(rf"\b{who} ([a-z]+s)\b", lambda m: "I " + _base_verb(m[1]), fact)
        fact = re.sub(rf"^{who}\b", "I", fact)
        fact = re.sub(rf"\b{who}\b", "me", fact)
    return fact


def _base_verb(verb: str) -> str:
    """ "lives" → "live", "teaches" → "teach", "studies" → "study"."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb if verb.endswith("ss") else verb[:-1]


_SWAPS = {
    "i am": "you are", "i was": "you were", "i'm": "you're", "i've": "you've", "i'll": "you'll",
    "i'd": "you'd", "i": "you", "me": "you", "my": "your", "mine": "yours",
    "myself": "yourself", "we're": "you're", "we've": "you've", "we'll": "you'll",
    "we'd": "you'd", "we": "you", "us": "you", "our": "your", "ours": "yours",
    "ourselves": "yourselves", "you are": "I am", "you were": "I was", "you're": "I'm",
    "you've": "I've", "you'll": "I'll", "you'd": "I'd", "your": "my", "yours": "mine",
    "yourself": "myself",
}  # fmt: skip
_PERSONAL = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, [*_SWAPS, "you"]), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# "you" here is the one doing something ("I"), elsewhere the one done to ("me").
_SUBJECT_PLACE = re.compile(r"(?:^|[,;:]|\b(?:and|but|that|because|if|when|so|as))\s*$", re.I)


def to_you(text: str) -> str:
    """The person's words as the OS says them back: "I" and "my" are "you" and "your",
    and the "you" they said to the OS is "I" or "me"."""

    def swap(match: re.Match[str]) -> str:
        said = match.group()
        if said == "US":  # the country
            return said
        if said.lower() == "you":
            return "I" if _SUBJECT_PLACE.search(text[: match.start()]) else "me"
        return _SWAPS[said.lower()]

    return _PERSONAL.sub(swap, text)
