"""Whether the turns a fact cites actually say it.

A small model asked for facts writes fluent sentences that are often not in
the conversation at all: it copies its examples, or guesses a job from a
hobby. mem0's users found most stored memories were junk for the same
reason. So a candidate fact is kept only when its source turns bear it out,
judged two ways that fail differently:

- words: nearly every content word of the fact (stemmed) is in the source
  turns. The person's name and a few words any restatement needs ("is
  called", "lives in") are free; a name or a number must be there exactly.
  This rejects invention, which brings new words.
- meaning: the fact's sentence vector is close enough to one of the sources
  (a turn, or a part of a long one). This rejects word salad, which reuses
  the turns' words in an order that says something else.
- clauses, given the turn's sentences: each clause of the fact is borne out by
  one sentence as well as the whole fact is by the turn. A small model that
  joins two sentences bends them where they meet ("My fam's small, but I love
  spending time with friends" → "Maria loves her fam's small"; "I talked to
  someone who shared amazing stories. It fired up my passion" → "John loves
  sharing stories"), with every word still somewhere in the turn.

The check cannot see a flipped meaning that keeps the words ("loves" for
"hates" is caught only because sentiment words are not free). The
fact-quality benchmark (benchmarks/fact_quality.py) judges the kept facts
against LoCoMo's own annotated observations, independently of this check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from os1.memory.retrieval import Encoder
from os1.memory.words import content_words

# Words a third-person restatement brings without adding a claim ("my sister
# Ruth" becomes "Theo's sister is called Ruth"). Feelings are not among them:
# "loves" for "hates" is a different fact.
_FREE = frozenset(
    content_words(
        "called named name lives living works working job currently recently person user "
        "has have had got getting went goes going attends attended wants plans planning "
        "also often usually now used speaker mentioned says said enjoys"
    )
)
_NAME = re.compile(r"\b[A-Z][a-zA-Z]+")
# Where a sentence's clauses meet: a comma, a dash, a semicolon, "but", "so", "because".
_CLAUSE = re.compile(r",\s+|;\s+|\s+[-\u2013\u2014]+\s+|\s+(?:but|so|because|'cause|cause)\s+")
# A clause of fewer content words than this is too short to judge alone.
_CLAUSE_WORDS = 2
_NUMBER = re.compile(r"\b\d+\b")


@dataclass(frozen=True, slots=True)
class Support:
    words: float  # share of the fact's content words found in the sources
    meaning: float  # cosine between the fact and its sources
    missing: tuple[str, ...]  # names or numbers the sources do not have
    clauses: float = 1.0  # the least share of a clause's words found in one sentence

    def kept(self, min_words: float, min_meaning: float) -> bool:
        return (
            not self.missing
            and min(self.words, self.clauses) >= min_words
            and self.meaning >= min_meaning
        )

    @property
    def confidence(self) -> float:
        """How sure os1 is of the fact, from 0 to 1: both readings, equally."""
        return round(0.5 * self.words + 0.5 * min(1.0, max(0.0, self.meaning) / 0.6), 3)


def _matches(word: str, source: set[str]) -> bool:
    # "painter" and "paint" are different stems of one word: a shared start of
    # five letters or more counts.
    if word in source:
        return True
    return len(word) >= 5 and any(
        len(other) >= 5 and (other.startswith(word[:5]) and word.startswith(other[:5]))
        for other in source
    )


class SupportCheck:
    def __init__(
        self, encoder: Encoder, min_words: float = 0.75, min_meaning: float = 0.25
    ) -> None:
        self.encoder = encoder
        self.min_words = min_words
        self.min_meaning = min_meaning

    def measure(
        self,
        fact: str,
        sources: Sequence[str],
        person: str,
        sentences: Sequence[str] = (),
    ) -> Support:
        """`sentences`: the turn's sentences, each clause of the fact is checked against
        one of them; without them, clauses are not checked."""
        free = _FREE | set(content_words(person))
        said = " ".join(sources)
        words = [w for w in content_words(fact) if w not in free]
        source_words = set(content_words(said))
        found = sum(_matches(w, source_words) for w in words)
        share = found / len(words) if words else 0.0
        clauses = _clauses(fact, sentences, free)
        lowered = said.lower()
        person_names = {p.lower() for p in person.split()}
        # Capitalised words that are not function words ("The", "She") are names.
        names = [n for n in _NAME.findall(fact) if content_words(n)]
        missing = tuple(
            token
            for token in names + _NUMBER.findall(fact)
            if token.lower() not in person_names
            and not re.search(rf"\b{re.escape(token.lower())}", lowered)
        )
        vectors = self.encoder.embed([fact, *sources])
        meaning = float(np.max(vectors[1:] @ vectors[0]))
        return Support(round(share, 3), round(meaning, 3), missing, round(clauses, 3))

    def supports(self, fact: str, sources: Sequence[str], person: str) -> Support | None:
        """The measure when the sources bear the fact out, else None."""
        support = self.measure(fact, sources, person)
        return support if support.kept(self.min_words, self.min_meaning) else None


def _clauses(fact: str, sentences: Sequence[str], free: frozenset[str] | set[str]) -> float:
    """The least share, over the fact's clauses, of a clause's words one sentence has."""
    said = [set(content_words(sentence)) for sentence in sentences]
    least = 1.0
    for clause in _CLAUSE.split(fact) if said else []:
        words = [w for w in content_words(clause) if w not in free]
        if len(words) < _CLAUSE_WORDS:
            continue
        best = max(sum(_matches(w, one) for w in words) / len(words) for one in said)
        least = min(least, best)
    return least
