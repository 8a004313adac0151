"""Answering a question about the person's life from their own sentences.

Which of the sentences they said answer what was asked (newest first, at most
`SHOWN`), how each is said back to them as "you", and, when none does, an
honest "you haven't told me" that asks and names nobody new.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from itertools import pairwise

from os1.conversation.life_asked import Asked
from os1.conversation.life_records import (
    DOES,
    DOES_SELF,
    HE,
    MENTION,
    OPENER,
    PETS,
    PRONOUN_NAMED,
    RELATION,
    SAME,
    SHE,
    Said,
    aliases,
    british,
    capitalised,
    mentioned,
    named,
    owned,
)
from os1.conversation.life_themes import theme_of
from os1.conversation.said_back import to_you
from os1.memory.subjects import People
from os1.memory.words import content_words
from os1.text.titles import TITLES

# Where someone lives, or a capitalised place they are in ("a doctor in Madrid").
_PLACE = re.compile(
    r"(?i:\b(?:live[sd]?|living|moved?|moving|based|from|grew up|settled|home)\b)|"
    r"\b(?i:in|near) (?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)[A-Z][a-z]+"
)
_WORK = re.compile(
    r"\b(?:work(?:s|ed|ing)?|job|career|profession|employed|retired|office|business|"
    r"teach(?:es)?|stud(?:y|ies|ying)|(?:is|was|am|are|'s|'m|'re) (?:a|an) [a-z]+|"
    r"as (?:a|an) [a-z]+|to be (?:a|an) [a-z]+|(?:made|promoted to|became) (?:head|senior|chief"
    r"|lead|deputy|a|an|the) [a-z]+)\b",
    re.IGNORECASE,
)
_BIRTHDAY = re.compile(r"\b(?:birthday|bday|born|birth)\b", re.IGNORECASE)
_AGE = re.compile(r"\b(?:\d+|years? old|aged?|turn(?:s|ed|ing)? [a-z0-9-]+)\b", re.IGNORECASE)
_WHEN = re.compile(
    r"\b(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th)|(?i:ago|yesterday|today|tonight|tomorrow"
    r"|(?:this|last) (?:morning|afternoon|evening|night)|(?:last|next|this) (?:week|month|"
    r"year|spring|summer|autumn|fall|winter)|january|february|march|april|june|july|august|"
    r"september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|May)\b"
)
_ABOUT = {"place": _PLACE, "work": _WORK, "birthday": _BIRTHDAY, "age": _AGE, "time": _WHEN}
_HOME = (
    r"(?:flat|house|home|apartment|flatshare|houseboat|cottage|bungalow|studio|condo|bedsit|"
    r"maisonette|terrace|semi|room|place|farmhouse|caravan)"
)
# The person speaking of themselves, by what is asked.
_SELF = {
    # "We rent a flat above a chip shop in Hull": where they live said by their home.
    "place": re.compile(
        r"\b(?:I|[Ww]e)(?:'m|'re|'ve| am| are| have| had| was| were| just| recently| still| now| "
        r"originally| finally)*\s+(?:live[sd]?|living|moved?|moving|grew up|from|based|settled|"
        r"(?:rent(?:ed|ing)?|own(?:ed)?|bought|buying|buy|share[sd]?|sharing|have|had|got|found)"
        rf"\s+(?:(?:a|an|the|our|my|this|that)\s+)?(?:[a-z-]+\s+){{0,2}}?{_HOME})\b|"
        rf"\b(?:[Mm]y|[Oo]ur)\s+(?:[a-z-]+\s+)?{_HOME}\b|^I\b.*\b(?:from|at) home in [A-Z]"
    ),
    "work": re.compile(
        r"\b(?:I(?:'m| am| was)(?: now| still)? (?:a|an) [a-z]+|I(?: still| now)? (?:work|"
        r"teach|worked|study)|I'm (?:working|studying|retired)|[Mm]y (?:job|work|career)|"
        r"I(?:'m| am)(?: now| still)? (?:training|studying|learning) (?:to be|as|for))\b"
    ),
    "birthday": re.compile(r"\b(?:[Mm]y (?:birthday|bday)|I was born)\b"),
    "age": re.compile(r"\b(?:I(?:'m| am)(?: now| only| just)? \d+|I(?: just)? turned \d+)\b"),
    "name": re.compile(r"\b(?:[Mm]y name is|[Cc]all me|I'm called|I am called)\s+[A-Z]"),
}
# A topic asked about that names a theme of a life (life_themes.py).
_TOPIC_THEMES = {"work": "work", "job": "work", "jobs": "work", "career": "work"}
_PRONOUN_START = re.compile(r"^(?P<p>she|he|they|it|her|his|their)\b", re.IGNORECASE)
_TOLD_YOU = re.compile(r"^(?:(?:like|as)\s+)?I (?:told|said to) you,?\s+(?:that\s+)?", re.I)
SHOWN = 2  # sentences said back, at most
MAX_WORDS = 30


def answering(asked: Asked, said: list[Said]) -> list[Said]:
    """Up to SHOWN sentences that answer, newest first; for "who", an introduction first."""
    found = _scan(asked, said, lambda text, carried: _answers(asked, text, carried))
    if not found and asked.attribute == "work":
        # No job said, but what they do is: "Ruth plays the cello in the city orchestra".
        does = DOES_SELF if asked.owner == "self" else DOES
        found = _scan(asked, said, lambda text, _: bool(does.search(text)))
    if asked.attribute == "identity":
        # An introduction first, but what they told of them before a first meeting's list:
        # "What did I say about my mum?" was answered "your mum Hodan", and what matters.
        found.sort(key=lambda s: (s.source == "interview", not named(s.text)))
    elif asked.attribute == "time":
        found.sort(key=lambda s: not set(content_words(s.text)) & set(asked.topic))
    return found[:SHOWN]


def _scan(asked: Asked, said: list[Said], answers: Callable[[str, bool], bool]) -> list[Said]:
    """The sentences about whom `asked` asks that `answers` takes, newest first."""
    people_named = aliases(said)
    resolved = opening_pronouns(said)
    found: list[Said] = []
    seen: set[str] = set()
    # The sentence said just before each, in time (`said` is newest turn first).
    in_time = sorted(range(len(said)), key=lambda i: (said[i].turn_id, i))
    before_of = {now: said[then] for then, now in pairwise(in_time)}
    for index, sentence in enumerate(said):
        previous = before_of.get(index)
        # "His name is Tango." may come as a message of its own, after the one that told
        # of the dog.
        carried = (
            previous is not None
            and (previous.turn_id == sentence.turn_id or bool(PRONOUN_NAMED.match(sentence.text)))
            and _mentions(asked, previous.text, people_named)
            and _carries(asked, previous.text, sentence.text)
        )
        # "She is a cellist." a turn after "My daughter Ruth lives in Lisbon." (a question
        # of theirs between): whom the "she" is, read in the order said.
        who = resolved.get((sentence.turn_id, sentence.text))
        across = not carried and who is not None and _mentions(asked, who, people_named)
        about_it = carried or across or _mentions(asked, sentence.text, people_named)
        answered = answers(sentence.text, carried or across)
        if about_it and answered and sentence.text.lower() not in seen:
            seen.add(sentence.text.lower())
            # Whom a "she" is, or what a first-meeting answer answered ("the people close
            # to me"), said back with it.
            about = (
                _who(asked, previous.text) if carried and previous
                else who if across else sentence.about
            )  # fmt: skip
            found.append(replace(sentence, about=about))
    return found


def opening_pronouns(said: list[Said]) -> dict[tuple[int, str], str]:
    """Whom a "she" or "he" opening each sentence is, by subjects.py's reading of the
    person's sentences in the order said (the interview first): (turn, sentence) → name."""
    people = People()
    ordered = [s for s in said if s.source == "interview"] + sorted(
        (s for s in said if s.source == "turn"), key=lambda s: s.turn_id
    )
    found: dict[tuple[int, str], str] = {}
    for sentence in ordered:
        text = OPENER.sub("", sentence.text)
        out = people.resolve(text)
        pronoun = _PRONOUN_START.match(text)
        name = re.match(r"(?:(?:and|but|so|then|now)\s+)?([A-Z][a-z]+)\b", out, re.IGNORECASE)
        if pronoun and name and name[1] in people.relations:
            found[(sentence.turn_id, sentence.text)] = name[1]
    return found


def _mentions(asked: Asked, text: str, people_named: dict[str, set[str]]) -> bool:
    if asked.owner == "topic":
        return True  # whoever it is about: the words decide (_answers)
    if asked.owner == "self":
        head = re.escape(british((asked.thing or "\0").split()[-1]))
        # "my left knee", "my old blue car": any words between, none of them someone's.
        # Or had: "I have a first date tomorrow with a guy called Marcus."
        own = re.search(
            rf"\b(?:[Mm]y|[Ii](?:'ve| have)(?: got)? an?)\s+(?:[a-z]+\s+){{0,2}}{head}s?\b",
            british(text),
        )
        says = asked.attribute in _SELF and _SELF[asked.attribute].search(text)
        does = asked.attribute == "work" and DOES_SELF.search(text)  # "I run a bakery"
        return bool(own or says or does)
    if asked.relation is not None:
        group: set[str] = set(SAME[asked.relation])
        names = set().union(*(people_named.get(r, set()) for r in group))
        # "Mum said…": kin words stand as names too.
        names |= {word.title() for word in group if len(word) > 2}
    else:
        relations = people_named.get(asked.name or "", set())
        # "my sister" is Ruth only if Ruth is the only sister named.
        group = {r for r in relations if people_named.get(r) == {asked.name}}
        names = {asked.name or ""}
    if group & set(mentioned(text)):
        return True
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names if n)


def _answers(asked: Asked, text: str, carried: bool) -> bool:
    if asked.attribute == "name":
        if asked.owner == "self":
            return bool(_SELF["name"].search(text))
        if carried and PRONOUN_NAMED.match(text):
            return True  # "We got a puppy. Her name is Luna."
        group = SAME.get(asked.relation or "", frozenset())
        return any(RELATION[said_as] in group for said_as, _ in named(text))
    if asked.attribute == "about":
        topic = {british(w) for w in asked.topic}
        if set(content_words(british(text))) & topic:
            return True
        # "What did I say about work?" after "I got laid off today.": the sentence's theme.
        return any(_TOPIC_THEMES.get(word) == theme_of(text) for word in topic)
    if asked.attribute == "identity":
        return True
    if asked.owner == "topic" and not _shares_a_word(asked.topic, text):
        return False  # "When did we argue?": a time, and of the argument
    return bool(_ABOUT[asked.attribute].search(text))


def _shares_a_word(topic: tuple[str, ...], text: str) -> bool:
    """Whether `text` says a word of `topic`, however it is formed ("argue", "argument",
    "found" for "find out")."""
    said = [_PRESENT.get(w, w) for w in content_words(british(text))]
    asked = [_PRESENT.get(t, t) for t in topic]
    return any(w[:4] == t[:4] and (len(t) > 3 or w == t) for w in said for t in asked)


# The past of the verbs people ask "when did I…?" with, which stems do not undo.
_PRESENT = {
    "found": "find", "told": "tell", "went": "go", "saw": "see", "got": "get", "came": "come",
    "left": "leav", "lost": "lose", "met": "meet", "broke": "break", "fell": "fall",
    "gave": "give", "took": "take", "made": "make", "said": "say", "sold": "sell",
    "bought": "buy", "thought": "think", "felt": "feel", "heard": "hear", "wrote": "write",
    "ran": "run", "won": "win", "began": "begin", "sent": "send", "spent": "spend",
    "kept": "keep", "held": "hold", "drove": "drive", "flew": "fli", "ate": "eat",
    "sat": "sit", "stood": "stand", "brought": "bring", "caught": "catch", "taught": "teach",
}  # fmt: skip


def _carries(asked: Asked, before: str, text: str) -> bool:
    """Whether the "she" or "he" opening `text` can only be the one `before` speaks of."""
    pronoun = _PRONOUN_START.match(text)
    if pronoun is None or MENTION.search(text) or asked.owner == "self":
        return False
    word = pronoun["p"].lower()
    relations = {RELATION[r] for r, name in named(before) if name == asked.name}
    relation = asked.relation or min(relations, default="")
    if (word in ("she", "her") and relation in HE) or (word in ("he", "his") and relation in SHE):
        return False
    if word == "it" and relation not in PETS:
        return False
    others = capitalised(before) - {name for _, name in named(before)}
    # "…a video of our dog, I miss him so much." "His name is Tango.": not the mum.
    other_sex = SHE if word in ("he", "his") else HE if word in ("she", "her") else frozenset()
    fits = [r for r in mentioned(before) if r not in other_sex]
    return len(fits) + len(others) == 1


def _who(asked: Asked, before: str) -> str:
    """Whom `before` speaks of, as the person put it: "my sister Ruth", "my sister", "Ruth"."""
    for said_as, name in named(before):
        return f"my {said_as} {name}"
    mentions = [m["rel"].lower() for m in MENTION.finditer(before)]
    # "…our dog, I miss him", asked of the dog: the dog, not the mum said first.
    asked_of = [m for m in mentions if RELATION.get(m) in SAME.get(asked.relation or "", ())]
    if asked_of or mentions:
        return f"my {(asked_of or mentions)[0]}"
    pet = owned(before)  # "we got a puppy"
    return f"my {pet}" if pet else asked.name or "them"


def told(said: Said, today: date | None, names: set[str], first: bool) -> str:
    """One sentence of the answer: where it comes from, and the person's words as "you"."""
    clause = _said_back(said.text, names)
    if said.about:
        clause = f"about {_said_back(said.about, names)}: {clause}"
    if said.source == "fact":
        return f"From what you've told me, {clause}." if first else f"You also told me {clause}."
    if said.source == "interview":  # "…you also told me about what matters most to you: …"
        return f"When we met, you {'told me' if first or said.about else 'also said'} {clause}."
    day = said.when.date() if said.when else None
    if day is None or day == today:
        return f"You told me {clause}." if first else f"You also said {clause}."
    on = f"{day:%-d %B}" if today is None or today.year == day.year else f"{day:%-d %B %Y}"
    return f"On {on} you {'told me' if first else 'also said'} {clause}."


def _said_back(text: str, names: set[str]) -> str:
    # The answer already says "you told me"; "honestly," was for then.
    text = _TOLD_YOU.sub("", OPENER.sub("", text))
    words = to_you(text).rstrip(" .!…;,:").split()
    if len(words) > MAX_WORDS:
        words = [*words[:MAX_WORDS], "…"]
    # Mid-sentence now: only a name or "I" keeps its capital.
    # A name keeps it with its "'s" too ("Hana's getting married").
    first = re.sub(r"['\u2019]s$", "", words[0].strip(",;:")) if words else ""
    titled = len(words) > 1 and words[0].rstrip(".") in TITLES and words[1][:1].isupper()
    if words and first not in names and not titled and not re.match(r"I\b|I'", words[0]):
        words[0] = words[0].lower()
    return " ".join(words)


def not_told(asked: Asked, relation: str | None = None) -> str:
    """Nothing in the records answers: say so, and ask, naming nobody new."""
    relation = asked.relation or relation
    pronoun = (
        "you" if asked.owner == "self" else "she" if relation in SHE else "he" if relation in HE
        else "it" if relation in PETS else "they"
    )  # fmt: skip
    subject = {"self": "you", "relation": f"your {asked.said_as}"}.get(asked.owner, asked.name)
    whose = "your" if subject == "you" else f"{subject}'s"
    third = subject != "you"  # "where your sister lives", not "live"
    asks_plural = pronoun in ("you", "they")
    does = "do" if asks_plural else "does"
    is_ = "are" if asks_plural else "is"
    object_ = {"she": "her", "he": "him", "they": "them", "it": "it", "you": "you"}[pronoun]
    match asked.attribute:
        case "about" if asked.owner == "topic":
            told, ask = f"about {asked.thing}", "I'd love to hear about it."
        case "name" if asked.owner == "self":
            told, ask = "your name", "What should I call you?"
        case "name":
            told, ask = f"{whose} name", "What is it?"
        case "place" if {"grow", "grew"} & set(asked.topic):
            told = f"where {subject} grew up"
            ask = f"Where did {pronoun} grow up?"
        case "place":
            told = f"where {subject} {'lives' if third else 'live'}"
            ask = f"Where {does} {pronoun} live?"
        case "work":
            told = f"what {subject} {'does' if third else 'do'} for work"
            ask = f"What {does} {pronoun} do?"
        case "birthday":
            told, ask = f"when {whose} birthday is", "When is it?"
        case "age":
            told = f"how old {subject} {'is' if third else 'are'}"
            ask = f"How old {is_} {pronoun}?"
        case "time" if asked.thing:
            told, ask = f"when {whose} {asked.thing} is", "When is it?"
        case "time" if asked.owner == "topic":
            told, ask = "when that was", "When was it?"
        case "time":
            told, ask = f"that about {subject}", "When is it?" if asked.ahead else "When was it?"
        case "about" if asked.thing:
            told, ask = f"about {whose} {asked.thing}", "I'd love to hear about it."
        case "about":
            told, ask = f"that about {subject}", f"I'd love to hear more about {object_}."
        case _:
            told, ask = f"about {subject}", f"I'd love to hear about {object_}."
    opening = "I don't think you've told me" if asked.yes_no else "You haven't told me"
    return f"{opening} {told} yet. {ask}"
