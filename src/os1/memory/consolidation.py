"""Consolidation: in quiet moments, what the person said becomes facts about them.

Each of the person's turns not yet read is read once. Only its statements go on
(dialogue_acts.py: no questions, requests, greetings, remarks to the OS or talk
about the talk), each with its people named in full ("my ex-wife" → "my ex-wife
Catherine", an opening "she" → "Catherine": subjects.py). A brain restates them
as short third-person facts ("Theo hates coriander") (candidates.py); each
candidate is kept only if the statements support it (support.py), is given a
kind (fact_kinds.py), and kept facts are merged with what os1 already knows:

- the same fact again (no new content word) confirms the old one: the turn is
  cited too;
- a fact about the same someone that reads much like an older one, shares a
  word with it besides names, and says something else ("Ruth lives in Lisbon"
  after "Ruth lives in Porto", "hates coriander" after "loves coriander")
  supersedes it; the old fact is kept, marked. Without a shared word two
  facts are both kept: "is a teacher" does not undo "is a painter". Where
  someone lives supersedes where they lived, in any words ("moved to
  Lisbon" after "lives in Porto"); other changes said in other words are
  missed, and both stay, dated;
- anything else is new.

A fact is true from the time its turn names ("last month"; "on Saturday" is the
coming one when the sentence looks ahead) or else from when it was said. The
turns stay the ground truth: facts cite them, and go when they are forgotten or
corrected (the store's trigger).

Work is done turn by turn and recorded after each, so it can be cancelled at
any moment (the person spoke) and picks up where it stopped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Literal

import numpy as np

from os1.memory import fact_records
from os1.memory.candidates import (
    FIRST_PERSON_SAID,
    NAME,
    PERSON_WORDS,
    SECOND_PERSON,
    FactExtractor,
    addressed,
    names_in,
    parts,
    third_person,
    tidy,
    with_subject,
)
from os1.memory.candidates import PART_CHARS as PART_CHARS
from os1.memory.candidates import BrainExtractor as BrainExtractor
from os1.memory.dialogue_acts import statements
from os1.memory.fact_kinds import kind_of, own_voice
from os1.memory.relations import KIN_AS_NAMES
from os1.memory.retrieval import Encoder
from os1.memory.store import Store
from os1.memory.subjects import NOT_NAMES, People, continued
from os1.memory.support import SupportCheck
from os1.memory.time_phrases import looks_ahead, spans_in, with_dates
from os1.memory.types import Fact, StoredTurn
from os1.memory.words import content_words

# Two facts about one someone this alike are two versions of one fact (a
# cosine of all-MiniLM-L6-v2; "lives in Porto" / "moved to Lisbon" is 0.80,
# "likes hiking" / "likes painting" 0.57).
SAME_FACT = 0.75
# What says where someone lives, after their name.
HOME = (
    r"(?:(?:has|have|had|just|now|recently|finally|since|is|are)\s+)*"
    r"(?:lives?|living|moved|moves|relocated|based|settled)\s+(?:back\s+)?(?:in|to)\b"
)

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
        people = self._people_before(turns[0].id)
        for turn in turns:
            # Only statements, each with its people named in full, reach the brain.
            said = continued([people.resolve(sentence) for sentence in statements(turn.text)])
            texts = await self.extractor.extract(replace(turn, text=" ".join(said)), self.person)
            known = set(people.relations)
            report.candidates.extend(self._keep(turn, said, texts, known) if said else [])
            fact_records.mark_consolidated(self.store, self.user_id, [turn.id])
            report.turns += 1
        return report

    def _people_before(self, turn_id: int) -> People:
        """The people named in the person's turns before `turn_id`, to resolve later ones."""
        people = People()
        for turn in self.store.all_turns(self.user_id):
            if turn.id >= turn_id:
                break
            if turn.role == "user":
                for sentence in statements(turn.text):
                    people.learn(sentence)
        return people

    def _load_known(self) -> None:
        self._known = fact_records.facts(self.store, self.user_id)
        texts = [fact.text for fact in self._known]
        self._vectors = self.encoder.embed(texts) if texts else np.zeros((0, 384), np.float32)

    def _keep(
        self, turn: StoredTurn, said: list[str], texts: list[str], known: set[str]
    ) -> list[Candidate]:
        out: list[Candidate] = []
        seen: set[frozenset[str]] = set()
        spoken_to = addressed(turn.text)
        # Names the turn speaks of, and the people it was resolved to ("she" → "Catherine").
        # A parent or grandparent called by what they are ("Dad fell again this morning.") is
        # named at a sentence's start as anywhere.
        capitals = set(NAME.findall(" ".join(said)))
        named = names_in(turn.text) | ((known | KIN_AS_NAMES) & capitals)
        sources = parts(" ".join(said)) or said
        rewritten = (
            third_person(with_subject(tidy(t), self.person), self.person)
            for t in texts
            if len(t.split()) >= 3
        )
        # "Lost my job" says "I" as surely as "I lost my job" does.
        speaks_of_self = bool(FIRST_PERSON_SAID.search(turn.text)) or any(
            with_subject(line, self.person) != line for line in said
        )
        for text in dict.fromkeys(rewritten):
            # "yesterday" is checked against the turn as said, then stored as a date.
            words = frozenset(content_words(text))
            # A restatement mostly in words of an earlier candidate of the turn (the
            # statement as said comes first) says it again, often bent: it is skipped.
            if not words or any(len(words & other) >= 0.75 * len(words) for other in seen):
                continue
            seen.add(words)
            support = self.check.measure(text, sources, self.person, said)
            supported = support.kept(self.check.min_words, self.check.min_meaning)
            if not supported or not self._about_someone(text, named, spoken_to, speaks_of_self):
                out.append(Candidate(text, turn.id, "unsupported", support.words, support.meaning))
                continue
            outcome, fact_id = self._merge(text, turn, said, support.confidence)
            out.append(Candidate(text, turn.id, outcome, support.words, support.meaning, fact_id))
        return out

    def _merge(
        self, fact: str, turn: StoredTurn, said: list[str], confidence: float
    ) -> tuple[Outcome, int | None]:
        said_at = datetime.fromisoformat(turn.created_at)
        ahead = self._ahead(fact, said, said_at)
        text, spans = with_dates(fact, said_at, ahead)
        about = self.about(text)
        kind = kind_of(text, self.person, said_at, spans, about)
        # Without a time of its own, a fact is dated by what its turn says happened.
        spans = spans or [
            s for line in said if not looks_ahead(line) for s in spans_in(line, said_at)
        ]
        words = frozenset(content_words(text))
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
            kind=kind,
        )
        if fact_id is None:  # the turn was forgotten while it was being read
            return "unsupported", None
        outcome: Outcome = "new"
        current = np.ones(len(self._known), dtype=bool)
        names = set(content_words(f"{about} {self.person}"))
        # Where someone lives, said anew in other words: "moved to Lisbon" after "lives in
        # Porto" (0.73 with "in March", and no word shared but the name); the someone is
        # the subject ("Theo's sister moved" is not Theo moving).
        home = re.compile(rf"^{re.escape(about)}\s+{HOME}", re.IGNORECASE)
        moves = home.match(text) is not None
        for index, older in enumerate(self._known):
            shared = (words & frozenset(content_words(older.text))) - names
            alike = bool(shared) and closeness[index] >= SAME_FACT
            moved = moves and home.match(older.text) is not None
            if older.about == about and (alike or moved):
                fact_records.supersede_fact(self.store, self.user_id, older.id, fact_id)
                current[index] = False
                outcome = "superseding"
        valid_from = spans[0].start if spans else said_at
        new = Fact(
            fact_id, text, about, (turn.id,), valid_from, confidence, self.clock(), "", None, kind
        )
        self._known = [f for f, keep in zip(self._known, current, strict=True) if keep] + [new]
        self._vectors = np.vstack([self._vectors[current], vector[None, :]])
        return outcome, fact_id

    def _ahead(self, fact: str, said: list[str], said_at: datetime) -> bool:
        """Whether the fact speaks of what is to come: by its own verb, or by the verb of
        the sentence its time phrase came from (a small model may drop "we're")."""
        if looks_ahead(own_voice(fact, self.person)):
            return True
        phrases = [span.phrase.lower() for span in spans_in(fact, said_at, ahead=True)]
        return any(looks_ahead(s) and any(p in s.lower() for p in phrases) for s in said)

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
        if SECOND_PERSON.search(text):
            return False
        if set(NAME.findall(text)) & set(self.person.split()) or text.lower().startswith(
            PERSON_WORDS
        ):
            return speaks_of_self
        others = set(NAME.findall(text)) & named
        return bool(others - spoken_to) and self.about(text) not in spoken_to

    def about(self, text: str) -> str:
        """Whom a fact is about: the person, or the first other name in it."""
        lowered = text.lower()
        if lowered.startswith(self.person.lower()) or lowered.startswith(PERSON_WORDS):
            return self.person
        for name in re.findall(r"\b[A-Z][a-zA-Z]+", text):
            if name.lower() in NOT_NAMES:
                continue  # "On 28 November…" is not about November
            if content_words(name) and name.lower() not in self.person.lower().split():
                return name
        return self.person
