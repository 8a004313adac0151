"""Consolidation: in quiet moments, what the person said becomes facts about them.

Each of the person's turns not yet read is read once: a brain restates what it
says about their life as short third-person facts ("Theo hates coriander"),
each candidate is kept only if its turn supports it (support.py), and
kept facts are merged with what os1 already knows:

- the same fact again (no new content word) confirms the old one: the turn is
  cited too;
- a fact about the same someone that reads much like an older one, shares a
  word with it besides names, and says something else ("Ruth lives in Lisbon"
  after "Ruth lives in Porto", "hates coriander" after "loves coriander")
  supersedes it; the old fact is kept, marked. Without a shared word two
  facts are both kept: "is a teacher" does not undo "is a painter". This
  misses a change said in other words ("moved to Lisbon"); both stay, dated;
- anything else is new.

A fact is true from the time its turn names ("last month") or else from when
it was said. The turns stay the ground truth: facts cite them, and go when
they are forgotten or corrected (the store's trigger).

Work is done turn by turn and recorded after each, so it can be cancelled at
any moment (the person spoke) and picks up where it stopped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, Protocol

import numpy as np

from os1.brain.types import Brain, Message, Request, complete
from os1.memory import fact_records
from os1.memory.retrieval import Encoder
from os1.memory.store import Store
from os1.memory.support import SupportCheck
from os1.memory.time_phrases import spans_in, with_dates
from os1.memory.types import Fact, StoredTurn
from os1.memory.words import content_words

# Two facts about one someone this alike are two versions of one fact (a
# cosine of all-MiniLM-L6-v2; "lives in Porto" / "moved to Lisbon" is 0.80,
# "likes hiking" / "likes painting" 0.57).
SAME_FACT = 0.75


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


def statements(text: str) -> list[str]:
    """The sentences of `text` that state something: no questions, no two-word greetings."""
    sentences = [s.strip() for s in _SENTENCE.findall(text)]
    return [s for s in sentences if s and not s.endswith("?") and len(s.split()) >= 4]


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

    def __init__(self, brain: Brain, max_tokens: int = 96, seed: int = 1) -> None:
        self.brain = brain
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
        found = []
        for said in parts(turn.text):
            reply = await complete(self.brain, self.messages(said, person), self._request)
            found += [s.strip().lstrip("-*• ") for s in _SENTENCE.findall(reply) if s.strip()]
        return found


Outcome = Literal["new", "confirmed", "superseding", "unsupported"]


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str
    turn_id: int
    outcome: Outcome
    words: float
    meaning: float
    fact_id: int | None = None


@dataclass(slots=True)
class Report:
    turns: int = 0
    candidates: list[Candidate] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(c.outcome == outcome for c in self.candidates)


_PERSON_WORDS = ("the user", "the person", "they ", "their ")
# What a small model leaves in the first person is put in the third here.
_FIRST_PERSON = [
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
_FIRST_PERSON_SAID = re.compile(r"\b(I|I'm|I've|I'd|I'll|me|my|mine|myself|we|our|us)\b", re.I)
_SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][a-z]+\b")
# A name said right after a greeting or thanks, or set off by a comma or "!",
# is the person being spoken to, not someone the turn is about.
_ADDRESSED = re.compile(
    r"(?:\b(?:hey|hi|hello|thanks|thank you|congrats|congratulations|sorry|wow|yeah|cool)"
    r",?\s+([A-Z][a-z]+))|(?:,\s*([A-Z][a-z]+)\s*[!.?,])",
    re.IGNORECASE,
)


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!")) else text + "."


def third_person(text: str, person: str) -> str:
    for pattern, replacement in _FIRST_PERSON:
        text = re.sub(pattern, replacement.format(p=person), text)
    return text[0].upper() + text[1:] if text else text


def names_in(said: str) -> set[str]:
    """Capitalised words in the middle of a sentence: names, as far as case can tell."""
    return {
        m.group(0)
        for m in _NAME.finditer(said)
        if m.start() > 0
        and not re.search(r"[.!?]\s*$", said[: m.start()])
        and content_words(m.group(0))
    }


def addressed(said: str) -> set[str]:
    """The names `said` speaks to ("Thanks, Maria!")."""
    return {name for pair in _ADDRESSED.findall(said) for name in pair if name}


class Consolidator:
    """Reads one person's unread turns into facts; see the module's docstring."""

    def __init__(
        self,
        store: Store,
        user_id: str,
        person: str,
        extractor: FactExtractor,
        check: SupportCheck,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.user_id = user_id
        self.person = person
        self.extractor = extractor
        self.check = check
        self.clock = clock
        self._known: list[Fact] = []
        self._vectors = np.zeros((0, 384), dtype=np.float32)

    @property
    def encoder(self) -> Encoder:
        return self.check.encoder

    def pending(self) -> int:
        return fact_records.count_unconsolidated(self.store, self.user_id)

    async def run(self, limit: int = 50) -> Report:
        """Read up to `limit` unread turns, oldest first."""
        report = Report()
        turns = fact_records.unconsolidated_turns(self.store, self.user_id, limit)
        if not turns:
            return report
        self._load_known()
        for turn in turns:
            texts = await self.extractor.extract(turn, self.person)
            report.candidates.extend(self._keep(turn, texts))
            fact_records.mark_consolidated(self.store, self.user_id, [turn.id])
            report.turns += 1
        return report

    def _load_known(self) -> None:
        self._known = fact_records.facts(self.store, self.user_id)
        texts = [fact.text for fact in self._known]
        self._vectors = self.encoder.embed(texts) if texts else np.zeros((0, 384), np.float32)

    def _keep(self, turn: StoredTurn, texts: list[str]) -> list[Candidate]:
        out: list[Candidate] = []
        seen: set[frozenset[str]] = set()
        spoken_to, named = addressed(turn.text), names_in(turn.text)
        rewritten = (third_person(_tidy(t), self.person) for t in texts if len(t.split()) >= 3)
        for text in dict.fromkeys(rewritten):
            # "yesterday" is checked against the turn as said, then stored as a date.
            words = frozenset(content_words(text))
            if not words or words in seen:
                continue
            seen.add(words)
            support = self.check.measure(text, parts(turn.text) or [turn.text], self.person)
            supported = support.kept(self.check.min_words, self.check.min_meaning)
            speaks_of_self = bool(_FIRST_PERSON_SAID.search(turn.text))
            if not supported or not self._about_someone(text, named, spoken_to, speaks_of_self):
                out.append(Candidate(text, turn.id, "unsupported", support.words, support.meaning))
                continue
            outcome, fact_id = self._merge(text, turn, support.confidence)
            out.append(Candidate(text, turn.id, outcome, support.words, support.meaning, fact_id))
        return out

    def _merge(self, said: str, turn: StoredTurn, confidence: float) -> tuple[Outcome, int | None]:
        said_at = datetime.fromisoformat(turn.created_at)
        text, spans = with_dates(said, said_at)
        spans = spans or spans_in(turn.text, said_at)
        words = frozenset(content_words(text))
        about = self.about(text)
        vector = self.encoder.embed([text])[0]
        closeness = self._vectors @ vector if len(self._known) else np.zeros(0)
        for index in np.argsort(-closeness):
            known = self._known[index]
            if words <= frozenset(content_words(known.text)):
                fact_records.confirm_fact(self.store, self.user_id, known.id, turn.id, confidence)
                return "confirmed", known.id
        fact_id = fact_records.add_fact(
            self.store,
            self.user_id,
            text,
            about,
            [turn.id],
            spans[0].start if spans else said_at,
            confidence,
            self.extractor.name,
            at=self.clock(),
        )
        if fact_id is None:  # the turn was forgotten while it was being read
            return "unsupported", None
        outcome: Outcome = "new"
        current = np.ones(len(self._known), dtype=bool)
        names = set(content_words(f"{about} {self.person}"))
        for index in np.flatnonzero(closeness >= SAME_FACT):
            older = self._known[index]
            shared = (words & frozenset(content_words(older.text))) - names
            if older.about == about and shared:
                fact_records.supersede_fact(self.store, self.user_id, older.id, fact_id)
                current[index] = False
                outcome = "superseding"
        valid_from = spans[0].start if spans else said_at
        new = Fact(fact_id, text, about, (turn.id,), valid_from, confidence, self.clock(), "")
        self._known = [f for f, keep in zip(self._known, current, strict=True) if keep] + [new]
        self._vectors = np.vstack([self._vectors[current], vector[None, :]])
        return outcome, fact_id

    def _about_someone(
        self, text: str, named: set[str], spoken_to: set[str], speaks_of_self: bool
    ) -> bool:
        """A fact names the person or someone in their life, and is not advice to a listener.

        "Believe in yourself!" or "Dance floors are great" say nothing about
        anyone's life; "Maria loves her family", read from "Thanks, Maria! my
        family gives me strength", is about the wrong person; and "Theo moved
        to Lisbon", read from "No, she moved to Lisbon", is about the person
        only if they said "I" or "my" somewhere.
        """
        if _SECOND_PERSON.search(text):
            return False
        if set(_NAME.findall(text)) & set(self.person.split()) or text.lower().startswith(
            _PERSON_WORDS
        ):
            return speaks_of_self
        others = set(_NAME.findall(text)) & named
        return bool(others - spoken_to) and self.about(text) not in spoken_to

    def about(self, text: str) -> str:
        """Whom a fact is about: the person, or the first other name in it."""
        lowered = text.lower()
        if lowered.startswith(self.person.lower()) or lowered.startswith(_PERSON_WORDS):
            return self.person
        for name in re.findall(r"\b[A-Z][a-zA-Z]+", text):
            if content_words(name) and name.lower() not in self.person.lower().split():
                return name
        return self.person
