"""What the person said about their life, as life_questions.py reads it back.

Their statements sentence by sentence, the people in them (the words for
kin, friends and pets, and the names the person gave them: "my sister Ruth",
"we have a golden retriever called Max"), and the turn from their "I" and "my"
to the OS's "you" and "your".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

# Re-exported: the life questions read these words from here.
from os1.memory.relations import HE as HE
from os1.memory.relations import MENTION, PETS, RELATION, naming
from os1.memory.relations import MODIFIER as MODIFIER
from os1.memory.relations import MODIFIERS as MODIFIERS
from os1.memory.relations import SAME as SAME
from os1.memory.relations import SHE as SHE
from os1.memory.relations import SURFACE as _SURFACE
from os1.memory.words import content_words
from os1.text.clauses import has_verb
from os1.text.lexicon import given_names
from os1.text.numbers import CARDINAL

# Words that open a sentence without being part of what it says ("Well, actually, …",
# "To be honest, …"): said-back answers and the portrait both leave them out.
OPENER = re.compile(
    r"^(?:(?:honestly|well|so|oh|anyway|um|uh|yeah|yes|actually|okay|ok|and|but|also|btw|"
    r"by the way|you know|to be honest)\b,?\s+)+",
    re.IGNORECASE,
)

# The words for the people in a life, and how they are named, are memory's (relations.py).
_PET_SURFACE = "|".join(sorted((w for w, r in RELATION.items() if r in PETS), key=len)[::-1])
# "I have a golden retriever", "we adopted two cats": a pet of the person's own.
_OWNS = re.compile(
    r"\b(?:I|[Ww]e)(?:'ve|'d|\s+(?:have|had|just|recently|finally|also|now|still))*\s+"
    r"(?:have|had|got|get|adopted|rescued|bought|own|found|took\s+in|brought\s+home)\s+"
    r"(?:a|an|two|three)\s+(?:(?!(?:of|with|and|or|for|who|that|to|in|on|at|from)\b)"
    rf"[A-Za-z-]+\s+){{0,2}}?(?P<rel>(?i:{_PET_SURFACE}))s?\b"
)
# "…a cat last week, his name is Biscuit", "…a puppy called Max".
_PET_NAMED = re.compile(
    _OWNS.pattern + r"(?P<gap>[^.!?;]{0,40}?)(?:\s*,\s*|\s+)"
    r"(?:(?:he|she|it|who|which|that)(?:'s|\s+is)\s+)?"
    r"(?:called|named|(?:(?:his|her|its|their)\s+)?name(?:'s|\s+is|\s+was))\s+(?P<name>[A-Z][a-z]+)\b"
)
# What may not come between a pet and its name: someone or something else.
_OTHER = re.compile(rf"\b(?:and|with)\s+(?:a|an|my|our)\b|\b(?:{_SURFACE})\b", re.IGNORECASE)
# "His name is Biscuit", opening the sentence after "we adopted a cat".
PRONOUN_NAMED = re.compile(
    r"^(?i:(?:his|her|its|their)\s+name(?:'s|\s+is|\s+was)|(?:he|she|it)(?:'s|\s+is|\s+was)\s+"
    r"(?:called|named))\s+(?P<name>[A-Z][a-z]+)\b"
)
# What someone does, when no job is said: "plays the cello", "runs a bakery".
_DOING = (
    "play run own manage write drive make build fix repair sing paint design sell cook bake "
    "code program clean treat nurse train coach lead direct edit perform dance farm serve "
    "deliver fly sail translate research volunteer preach tutor act host present report "
    "organise organize install develop illustrate compose produce"
)
_THIRD = "|".join(
    v + ("es" if v.endswith(("ch", "sh", "s", "x", "o")) else "s") for v in _DOING.split()
)
_ADVERB = r"(?:(?:also|still|now|often|usually|sometimes|mostly|professionally|\w+ly)\s+)?"
DOES = re.compile(
    rf"\b(?:[A-Z][a-z]+|[Ss]he|[Hh]e|[Tt]hey|(?i:{_SURFACE}))\s+{_ADVERB}(?:{_THIRD})\b"
)
DOES_SELF = re.compile(rf"\b(?:I|[Ww]e)\s+{_ADVERB}(?:{_DOING.replace(' ', '|')})\b")
# "favor", "color", "center", "gray": the British spelling, which the person may use too.
_US_UK = (
    (re.compile(r"\b(favo|colo|hono|neighbo|flavo|humo|harbo|rumo|behavio|labo)r"), r"\1ur"),
    (re.compile(r"\b(cent|theat)er"), r"\1re"),
    (re.compile(r"\bgray"), "grey"),
)
# A name said after these is a place or a thing ("in Lisbon", "a fan of Bowie").
# "St Mary's", "Mount Pleasant", "Lake Louise": a place named after someone.
_NOT_SOMEONE = re.compile(
    r"\b(?:in|to|from|at|near|of|into|visit|visited|visiting|st\.?|saint|mt\.?|mount|lake|"
    r"cape|fort|port|san|santa|santo|são)\s+(?:the\s+)?$",
    re.I,
)
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})  # fmt: skip
_NOT_NAMES = _MONTHS | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
    "easter",
}  # fmt: skip
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Auntie", "Uncle"})
_TITLED = re.compile(r"\.?\s+([A-Z][a-z]+)\b")
# A sentence runs on past "St." and "Dr." and "a.m.".
_SENTENCE = re.compile(r"(?:\b(?:St|Mr|Mrs|Ms|Dr|Prof|Mt|Jr|Sr|[ap]\.m)\.(?= )|[^.!?\n])+[.!?]*")

Source = Literal["turn", "interview", "fact"]


# A request or command to the OS: "Draft an email to Nadia…" tells nothing of Nadia.
COMMAND = re.compile(
    r"^(?:please\s+|just\s+|now\s+|ok(?:ay)?,?\s+|so,?\s+)*(?:remind|add|set|tell|show|write|send|"
    r"call|open|play|read|find|search|delete|cancel|make|book|schedule|give|help|let|stop|start|"
    r"check|put|draft|note|save|turn|answer|speak|say|talk|list|look|forget|remember|try|"
    r"explain|describe|repeat|keep|go|don't|do|be|get|take|ask|email|text|message|translate)\b",
    re.IGNORECASE,
)


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
    """The statements in `text`: no questions, nothing of fewer than three words. A name
    said alone names whom the sentence before spoke of ("…died this morning. Mr Abbot."),
    and a sentence with no subject goes on with it ("Leon texted me. Just said happy
    birthday."): each stays with it."""
    joined: list[str] = []
    for sentence in sentences(text):
        goes_on = (
            _name_alone(sentence)
            or _GOES_ON.match(sentence)
            or _OF_THE_ONE_BEFORE.match(sentence)
            or _HOW_MANY_AFTER.fullmatch(sentence)
        )
        if joined and goes_on and not joined[-1].endswith("?"):
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(sentence)
    return [
        Said(s, turn_id, when, source)
        for s in joined
        if (len(s.split()) >= 3 or _NEWS_IN_TWO.match(s)) and not s.endswith("?")
    ]


# Two words can be news: "Sam proposed!" (asked back "Who proposed to me?"); an age or a
# count ("He's fourteen.", asked "How old is Rex?"; "Eleven jars!").
_NEWS_IN_TWO = re.compile(
    rf"[A-Z][a-z]+ [a-z]+ed[.!]*$|(?i:(?:he|she|it|they|we)'(?:s|re)|i'm) {CARDINAL}[.!]*$"
    rf"|(?i:{CARDINAL}) [a-z]+[.!]*$"
)


# A sentence that goes on with the one before, its subject left out.
_GOES_ON = re.compile(
    r"(?:just|then|and|also|only|but)?\s*(?:said|says|told|asked|called|texted|sent|wrote"
    r"|rang|phoned)\b",
    re.IGNORECASE,
)
# A short sentence whose object is what the one before spoke of: "I couldn't eat it."
_OF_THE_ONE_BEFORE = re.compile(r"(?:\S+\s+){1,5}(?:it|them)\s*[.!]?$", re.IGNORECASE)
# A count that says how much of what the sentence before told: "We played our biggest show
# tonight. 800 people." (asked back "How many people came?").
_HOW_MANY_AFTER = re.compile(
    r"(?:about |over |nearly |almost |like,? )?(?:\d[\d,.]*|two|three|four|five|six|seven|eight"
    r"|nine|ten|twenty|thirty|forty|fifty|a hundred|hundreds|thousands)"
    # Not a time ("Four years!" after a thesis handed in: it is not when).
    r"(?! (?:years?|months?|weeks?|days?|hours?|minutes?|times?)\b)(?: \w+){0,2}[.!]*",
    re.IGNORECASE,
)
# A name and nothing else: "Mr Abbot.", "Ruth.", "Ruth Ellis."
_NAME_ALONE = re.compile(
    r"(?P<title>(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.? )?(?P<first>[A-Z][a-z]+)(?: [A-Z][a-z]+)?[.!]"
)


def _name_alone(sentence: str) -> bool:
    """Whether `sentence` is a name and nothing else: after a title, or a given name ("Anyway."
    is no one)."""
    found = _NAME_ALONE.fullmatch(sentence)
    return bool(found and (found["title"] or found["first"].upper() in given_names()))


# What each answer of the first meeting answered, for an answer that is no sentence ("Close
# with my brother Karim…"): said back with it, "you told me about the people close to you".
CLOSE_PEOPLE, MATTERS = "the people close to me", "what matters most to me"
# A sentence that says who: "I'm closest to…", "My sister and I…", "Ruth is my rock".
_HAS_SUBJECT = re.compile(
    r"(?i:(?:i|i'm|i've|i'd|we|we're|we've|my|our|me|they|he|she|it's|there)\b)"
    r"|[A-Z][a-z]+ (?:and (?:I|me)|is|are|was|were|has|have|lives)\b"
)


# What a list of people is made of besides them: "my", "and", and the words that grade a
# relation ("my best friend Jo", "my little brother Sam").
_LIST_FILLER = re.compile(
    r"\b(?:my|and|also|too|best|old|oldest|older|elder|eldest|younger|youngest|little|big"
    r"|dear)\b|[^\w]+",
    re.IGNORECASE,
)


def lists_people(text: str) -> bool:
    """Whether `text` only says who people are: "my ex-wife Catherine, my friend Paul, my
    sister Amy" (what it tells of them is their relation, and nothing more)."""
    people = named(text)
    rest = text
    for relation, someone in people:
        titled = rf"\b{re.escape(relation)}\s+(?:(?:Mrs?|Ms|Dr|Miss)\.?\s+)?{re.escape(someone)}\b"
        rest = re.sub(titled, " ", rest)
    # Someone listed unnamed is listed too: "My mum, my husband Arjun, and my friend Leena."
    rest = re.sub(r"\b[a-z-]+\b", lambda w: " " if w.group() in RELATION else w.group(), rest)
    return bool(people) and not _LIST_FILLER.sub(" ", rest).strip()


# A list of people, however it goes on: "My dog Biscuit, and my brother Leon who…".
_LIST_OPENING = re.compile(r"(?i:my|our) (?:\S+ ){1,2}?[A-Z][a-z]+(?:,|\s+and\b)")


_EACH_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:[Mm]y|[Oo]ur)\b)")


def first_meeting(relationships: str | None, focus: str | None) -> list[Said]:
    """What they told when the OS first met them: the people close to them, what matters."""
    found: list[Said] = []
    for answer, asked in ((relationships, CLOSE_PEOPLE), (focus, MATTERS)):
        for said in statements(answer or "", 0, None, "interview"):
            listed = _EACH_LISTED.split(said.text)
            if asked == CLOSE_PEOPLE and len(listed) > 1 and MENTION.match(said.text):
                # Each one listed is told of on their own: "my husband Arthur who passed in
                # June" is of Arthur, not of the neighbour listed after him.
                found += [replace(said, text=one.rstrip(".") + ".", about=asked) for one in listed]
                continue
            sentence = (
                _HAS_SUBJECT.match(said.text)
                and not _LIST_OPENING.match(said.text)
                and has_verb(said.text)  # not "My friends and my exams"
            )
            found.append(said if sentence else replace(said, about=asked))
    return found


def sentences(text: str) -> list[str]:
    """`text` sentence by sentence, its curly apostrophes straight."""
    return [s.strip() for s in _SENTENCE.findall(text.replace("\u2019", "'")) if s.strip()]


def named(text: str) -> list[tuple[str, str]]:
    """The people `text` names, with the word for them as said: "my mum Ruth" → ("mum", "Ruth"),
    "I have a golden retriever called Max" → ("retriever", "Max")."""
    pets = [m for m in _PET_NAMED.finditer(text) if not _someone_else(m["gap"])]
    found = []
    for match in [*naming(text), *pets]:
        name = match["name"]
        # "my teacher Mr Lin": the name is the one after the title.
        after = _TITLED.match(text, match.end()) if name in _TITLES else None
        name = after[1] if after else name
        # A month is a name when it is someone's: "my wife June" (said back as "june").
        month = name.lower() in _MONTHS
        if (is_name(name) or month) and name not in _TITLES:
            found.append((match["rel"].lower(), name))
    return found


def _someone_else(between: str) -> bool:
    """Whether words between a pet and a name speak of someone or something else."""
    others = re.findall(r"\b[A-Z][a-z]+\b", between)
    return bool(_OTHER.search(between) or any(is_name(w) for w in others))


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
    """The relations `text` speaks of as the person's own ("my sister" → "sister", "we
    adopted a cat" → "cat")."""
    return [RELATION[m["rel"].lower()] for p in (MENTION, _OWNS) for m in p.finditer(text)]


def owned(text: str) -> str | None:
    """The pet `text` says the person has, as they called it: "a golden retriever" → "retriever"."""
    found = _OWNS.search(text)
    return found["rel"].lower() if found else None


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
    # A word said after "in" or "to" is a place, unless also said as someone and a given
    # name: "my cofounder Nadia", then "draft an email to Nadia".
    found -= {p for p in places - introduced if p.upper() not in given_names()}
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


def british(text: str) -> str:
    """American spellings as British ones, so "favorite color" meets "favourite colour"."""
    text = text.lower()
    for us, uk in _US_UK:
        text = us.sub(uk, text)
    return text
