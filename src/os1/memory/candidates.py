"""How a turn's words become candidate facts: its statements (dialogue_acts.py), in parts
a small model takes whole, rewritten by a brain in the third person; and the names a
turn speaks of or to, which consolidation.py checks candidates against.
"""

from __future__ import annotations

import re
from typing import Protocol

from os1.brain.types import Brain, Message, Request, complete
from os1.memory.dialogue_acts import statements
from os1.memory.types import StoredTurn
from os1.memory.words import content_words


class FactExtractor(Protocol):
    name: str

    async def extract(self, turn: StoredTurn, person: str) -> list[str]:
        """Candidate facts about the person's life that `turn` states, as sentences."""
        ...


# Tried on SmolLM2-135M: asked to list facts, it copies its examples ("is a
# nurse") into every answer; asked only to put the person's statements in the
# third person, it mostly keeps to what was said. A large model does both well,
# so every brain gets the rewrite, and the statements alone (no greetings, no
# questions), so that what comes back is about the person's life.
_INSTRUCTIONS = (
    "You rewrite sentences in the third person. "
    "Replace I with {person}, my with {person}'s, me with {person}."
)
_EXAMPLE = (
    "I love my dog, he makes me happy.",
    "{person} loves {person}'s dog, he makes {person} happy.",
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


# About 250 tokens: a part of a turn the 135M model (1,024-token context) and
# the encoder (256 tokens) both take whole.
PART_CHARS = 1000
# At most this many statements in a turn are candidates as said (BrainExtractor).
SAID_FIRST_MAX = 8


def parts(text: str) -> list[str]:
    """The statements of `text` in runs of at most PART_CHARS, read one at a time.

    A long turn (a pasted letter) would overflow a small model's context; a
    sentence longer than a part is cut.
    """
    out: list[str] = []
    for sentence in statements(text):
        sentence = sentence[:PART_CHARS]
        if out and len(out[-1]) + 1 + len(sentence) <= PART_CHARS:
            out[-1] += " " + sentence
        else:
            out.append(sentence)
    return out


class BrainExtractor:
    """Any brain: the embedded 135M model or a large one behind a server."""

    def __init__(
        self, brain: Brain, max_tokens: int = 96, seed: int = 1, said_first: bool = True
    ) -> None:
        self.brain = brain
        self.said_first = said_first
        self.name = f"{brain.name}:{getattr(brain, 'model_name', getattr(brain, 'model', ''))}"
        self._request = Request(max_tokens=max_tokens, temperature=0.0, seed=seed)

    def messages(self, said: str, person: str) -> list[Message]:
        said_before, rewritten = _EXAMPLE
        return [
            Message("system", _INSTRUCTIONS.format(person=person)),
            Message("user", said_before),
            Message("assistant", rewritten.format(person=person)),
            Message("user", said),
        ]

    async def extract(self, turn: StoredTurn, person: str) -> list[str]:
        # With `said_first`, each statement as said is a candidate first (consolidation
        # puts it in the third person): a small model's restatement often drops or bends
        # a clause. A restatement that says no more is then merged into it, and one that
        # says more (a large model splitting a sentence) is kept too.
        # A long pasted text (a letter) is not the person talking: the brain alone reads it.
        said = statements(turn.text)
        found = said if self.said_first and len(said) <= SAID_FIRST_MAX else []
        for said in parts(turn.text):
            reply = await complete(self.brain, self.messages(said, person), self._request)
            found += [s.strip().lstrip("-*• ") for s in _SENTENCE.findall(reply) if s.strip()]
        return found


PERSON_WORDS = ("the user", "the person", "they ", "their ")
# What a small model leaves in the first person is put in the third here.
_FIRST_PERSON = [
    (r"\bI\s+wanna\b", "{p} wants to"),
    (r"\bI\s+gotta\b", "{p} has to"),
    (r"\bI\s+am\b", "{p} is"),
    (r"\bI\s+have\b", "{p} has"),
    (r"\bI\s+do\b", "{p} does"),
    (r"\bI\s+don't\b", "{p} doesn't"),
    (r"\bI'm\b", "{p} is"),
    (r"\bI've\b", "{p} has"),
    (r"\bI'll\b", "{p} will"),
    (r"\bI'd\b", "{p} would"),
    (r"\bI\b", "{p}"),
    (r"\b[Mm]y\b", "{p}'s"),
    (r"\b[Mm]yself\b", "{p}"),
    (r"\b[Mm]ine\b", "{p}'s"),
    (r"\b[Mm]e\b", "{p}"),
]
FIRST_PERSON_SAID = re.compile(r"\b(I|I'm|I've|I'd|I'll|me|my|mine|myself|we|our|us)\b", re.I)
SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself)\b", re.IGNORECASE)
NAME = re.compile(r"\b[A-Z][a-z]+\b")
# A name said right after a greeting or thanks, or set off by a comma or "!",
# is the person being spoken to, not someone the turn is about.
_ADDRESSED = re.compile(
    r"(?:\b(?:hey|hi|hello|thanks|thank you|congrats|congratulations|sorry|wow|yeah|cool)"
    r",?\s+([A-Z][a-z]+))|(?:,\s*([A-Z][a-z]+)\s*[!.?,])",
    re.IGNORECASE,
)


def tidy(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!")) else text + "."


# Past tenses with no "-ed", beyond the commonest: "I chose" is not "chooses".
_MORE_PAST_WORDS = (
    "ate bit blew bent bled chose clung cost crept cut dealt dove drew drank dug fed fled "
    "flung forgave forgot froze grew hid hit hung hurt knelt laid leapt learnt lent let lit "
    "meant overcame quit rang rode rose sang sank sat shook shot shut slept sought spoke spun "
    "spread sprang stood stole stuck struck swam swept swore swung threw tore understood "
    "upset wept woke wore withdrew won wrote"
)
_MORE_PAST = "|".join(_MORE_PAST_WORDS.split())
# Said with the "I" left out ("Just started doing aerial yoga", "Lost my job"): the past
# tense, or "-ing" that is no subject ("Finishing up…").
_LEFT_OUT = re.compile(
    rf"^(?P<adverbs>(?:(?:just|never|finally|recently|also|still|really|actually)\s+)*)"
    rf"(?P<verb>(?:went|got|made|took|came|gave|left|felt|met|saw|bought|found|lost|spent|told|"
    rf"said|thought|knew|began|became|ran|broke|fell|kept|brought|paid|sold|heard|built|"
    rf"taught|caught|had|did|been|{_MORE_PAST})\b|[a-z]+ed\b|[a-z]+ing\b)",
    re.IGNORECASE,
)
_FELT_WORDS = (
    "excited thrilled stoked pumped tired exhausted bored scared worried stressed interested "
    "amazed blessed overwhelmed relieved pleased delighted disappointed annoyed frustrated "
    "surprised inspired motivated determined obsessed hooked"
)
_FELT = frozenset(_FELT_WORDS.split())
# After an "-ing" opening, a verb: the "-ing" words are the subject ("Painting's fun").
_GERUND_SUBJECT = re.compile(
    r"^[^,;:!-]*?\b(?:is|was|are|were|has|makes|made|helps|gives|keeps|can|will|'s)\b", re.I
)


def with_subject(sentence: str, person: str) -> str:
    """`sentence` with the person put back where its "I" was left out; else as it was."""
    found = _LEFT_OUT.match(sentence)
    if found is None:
        return sentence
    verb = found["verb"].lower()
    lowered = sentence[0].lower() + sentence[1:]
    if verb == "been":
        return f"{person} has {lowered}"
    if verb.endswith("ing"):
        # "Seeing their smiles, we knew…": the subject comes after the comma.
        if _GERUND_SUBJECT.match(sentence) or found["adverbs"] or "," in sentence:
            return sentence
        return f"{person} is {lowered}"
    if verb in _FELT or (verb.endswith("ed") and len(verb) <= 4):
        # "Excited for this new chapter!" is most often gladness at the other's news, a
        # reaction; "Red", "Ted" are no past tense.
        return sentence
    return f"{person} {lowered}"


# After "I", a word that is not a verb in the present tense: a past, a modal, an adverb.
_NOT_PRESENT = re.compile(
    r"(?:\w+ed|\w+ly|was|were|had|did|can|could|will|would|shall|should|may|might|must|"
    r"just|never|always|also|still|really|even|only|often|sometimes|usually|went|got|saw|"
    r"met|made|took|came|gave|left|felt|sent|bought|found|lost|spent|told|said|thought|"
    r"knew|began|became|ran|won|wrote|drove|flew|broke|fell|kept|brought|paid|sold|heard|"
    r"built|taught|caught|don't|didn't|can't|won't|wasn't|haven't|and|or|but|too|am|have|"
    rf"do|be|wanna|gotta|gonna|{_MORE_PAST})$",
    re.IGNORECASE,
)


# Verbs whose past is their present: "just yesterday I put this dress on" is past.
_SAME_IN_PAST_WORDS = "put cut let set hit hurt quit shut read spread cost beat"
_SAME_IN_PAST = frozenset(_SAME_IN_PAST_WORDS.split())
_PAST_TIME = re.compile(
    r"\b(?:yesterday|ago|last|earlier|once|when\s+I\s+was|this\s+morning)\b", re.IGNORECASE
)


def _agree(match: re.Match[str]) -> str:
    """ "I love" → "loves" after the person's name: the verb in the third person."""
    verb = match["verb"]
    if _NOT_PRESENT.match(verb) or not verb.isalpha() or not verb.islower():
        return match.group(0)
    if verb in _SAME_IN_PAST and _PAST_TIME.search(match.string):
        return match.group(0)
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        verb += "es"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        verb = verb[:-1] + "ies"
    else:
        verb += "s"
    return f"{match['lead']}{verb}"


def third_person(text: str, person: str) -> str:
    """`text` with the person's "I", "my" and "me" as their name, its verbs agreeing."""
    text = re.sub(
        r"(?P<lead>(?<!and\s)(?<!or\s)\bI\s+(?:(?:really|also|still|just|often|usually|sometimes|always|never|"
        r"even|only|truly|absolutely)\s+)?)(?P<verb>[A-Za-z']+)",
        _agree,
        text,
    )
    for pattern, replacement in _FIRST_PERSON:
        text = re.sub(pattern, replacement.format(p=person), text)
    return text[0].upper() + text[1:] if text else text


def names_in(said: str) -> set[str]:
    """Capitalised words in the middle of a sentence: names, as far as case can tell."""
    return {
        m.group(0)
        for m in NAME.finditer(said)
        if m.start() > 0
        and not re.search(r"[.!?]\s*$", said[: m.start()])
        and content_words(m.group(0))
    }


def addressed(said: str) -> set[str]:
    """The names `said` speaks to ("Thanks, Maria!")."""
    return {name for pair in _ADDRESSED.findall(said) for name in pair if name}
