"""Retrieval that uses facts: a question searches the person's facts and turns together.

A fact says in a few words, its people named and in the third person, what a
turn said among other things ("Melanie signed up for a pottery class" from "I
just signed up for a pottery class yesterday!"), and a fact said again later
cites every turn that said it: a question that joins several turns finds them
through it. Facts are ranked as turns are, BM25 over their words and
all-MiniLM-L6-v2 vectors fused by reciprocal rank; then the facts are one more
ranker in the turns' fusion (retrieval.py): each turn a fact cites gets
`weight / (rrf_k + 1 + the fact's rank)`, from the best-ranked fact citing it.
The turns stay what is returned: they are the ground truth facts are read from.

benchmarks/locomo_recall.py measures it with and without facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from os1.memory import fact_records
from os1.memory.retrieval import Encoder, HybridRetrieval, best
from os1.memory.store import Store
from os1.memory.words import content_words


@dataclass(frozen=True, slots=True)
class CitingFact:
    """What retrieval needs of a fact: its words and the ids of the turns it cites."""

    text: str
    sources: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class FactSettings:
    """The choices benchmarks/locomo_recall.py measures; the defaults are the best found."""

    weight: float = 1.0  # the facts' ranker, against each of the turns' rankers (1.0)
    dense_weight: float = 1.0  # within the facts' ranking, vectors against BM25 (1.0)
    pool: int = 50  # how many of the best facts lead to their turns
    # Count each word of a fact once for BM25: the third person repeats the subject's name
    # for every "I", "me" and "my" ("Painting helps Caroline explore Caroline's identity and
    # be true to Caroline"), which made a name in the question outweigh what it asks.
    once: bool = True


class FactRetrieval:
    """One person's turns (a HybridRetrieval) and the facts read from them."""

    def __init__(
        self, turns: HybridRetrieval, encoder: Encoder, settings: FactSettings | None = None
    ) -> None:
        self.turns = turns
        self.settings = settings or FactSettings()
        self._encoder = encoder
        self._facts: list[CitingFact] = []
        self._vectors = np.zeros((0, 0), dtype=np.float32)
        self._bm25: object | None = None

    def __len__(self) -> int:
        return len(self._facts)

    def add_facts(self, facts: Sequence[CitingFact], vectors: np.ndarray | None = None) -> None:
        """Add facts; `vectors` if their texts are already embedded."""
        if not facts:
            return
        if vectors is None:
            vectors = self._encoder.embed([fact.text for fact in facts])
        self._vectors = vectors if not self._facts else np.vstack([self._vectors, vectors])
        self._facts.extend(facts)
        self._bm25 = None

    def search(self, query: str, k: int, now: datetime | None = None) -> list[tuple[int, float]]:
        """The k turns that best answer `query`, found directly or through facts, best first."""
        if not len(self.turns) or k <= 0:
            return []
        vector = self._encoder.embed([query])[0]
        fused = self.turns.scores(query, now, vector)
        if self._facts and self.settings.weight > 0:
            fused = fused + self.settings.weight * self._through_facts(query, vector)
        ids = self.turns.ids()
        return [(ids[i], float(fused[i])) for i in best(fused, k)]

    def ranked_facts(
        self, query: str, vector: np.ndarray | None = None
    ) -> list[tuple[CitingFact, float]]:
        """The facts that best answer `query`, best first, with their fused scores."""
        if not self._facts:
            return []
        if vector is None:
            vector = self._encoder.embed([query])[0]
        scores = self._fact_scores(query, vector)
        order = best(scores, self.settings.pool)
        return [(self._facts[i], float(scores[i])) for i in order if scores[i] > 0]

    def _fact_scores(self, query: str, vector: np.ndarray) -> np.ndarray:
        rrf_k = self.turns.settings.rrf_k
        fused = np.zeros(len(self._facts), dtype=np.float64)
        for weight, scores in (
            (1.0, self._bm25_scores(query)),
            (self.settings.dense_weight, self._vectors @ vector),
        ):
            if weight <= 0:
                continue
            order = best(scores, self.settings.pool)
            order = order[scores[order] > 0]
            fused[order] += weight / (rrf_k + 1 + np.arange(len(order)))
        return fused

    def _through_facts(self, query: str, vector: np.ndarray) -> np.ndarray:
        """Each turn's share of the facts' ranking: the best place of a fact citing it."""
        index = {turn_id: i for i, turn_id in enumerate(self.turns.ids())}
        found = np.zeros(len(index), dtype=np.float64)
        rrf_k = self.turns.settings.rrf_k
        for rank, (fact, _) in enumerate(self.ranked_facts(query, vector)):
            share = 1.0 / (rrf_k + 1 + rank)
            for turn_id in fact.sources:
                at = index.get(turn_id)
                if at is not None and found[at] < share:
                    found[at] = share
        return found

    def _words(self, text: str) -> list[str]:
        words = content_words(text)
        return list(dict.fromkeys(words)) if self.settings.once else words

    def _bm25_scores(self, query: str) -> np.ndarray:
        if self._bm25 is None:
            import bm25s  # imported on first search, as retrieval.py does

            index = bm25s.BM25()
            corpus = [self._words(fact.text) or ["\u2205"] for fact in self._facts]
            index.index(corpus, show_progress=False)
            self._bm25 = index
        scores = np.zeros(len(self._facts), dtype=np.float32)
        words = content_words(query)
        if words:
            scores[:] = self._bm25.get_scores(words)  # type: ignore[attr-defined]
        return scores


class StoredFacts:
    """A person's facts as the store has them, searched with their turns (episodes.py).

    The store is read at each search, since consolidation adds facts between
    them; each fact's text is embedded once. A superseded fact still leads to
    its turns: what was true then was said there.
    """

    def __init__(
        self, store: Store, user_id: str, encoder: Encoder, settings: FactSettings | None = None
    ) -> None:
        self.store = store
        self.user_id = user_id
        self.encoder = encoder
        self.settings = settings
        self._vectors: dict[int, np.ndarray] = {}
        self._key: tuple[tuple[int, tuple[int, ...]], ...] = ()
        self._retrieval: FactRetrieval | None = None

    def search(
        self, turns: HybridRetrieval, query: str, k: int, now: datetime | None = None
    ) -> list[tuple[int, float]]:
        """The k of `turns` that best answer `query`, found directly or through facts."""
        facts = fact_records.facts(self.store, self.user_id, include_superseded=True)
        if not facts:
            return turns.search(query, k, now)
        key = tuple((fact.id, fact.sources) for fact in facts)
        if self._retrieval is None or self._retrieval.turns is not turns or key != self._key:
            missing = [fact for fact in facts if fact.id not in self._vectors]
            if missing:
                made = self.encoder.embed([fact.text for fact in missing])
                self._vectors.update((f.id, v) for f, v in zip(missing, made, strict=True))
            self._vectors = {fact.id: self._vectors[fact.id] for fact in facts}
            self._retrieval = FactRetrieval(turns, self.encoder, self.settings)
            self._retrieval.add_facts(
                [CitingFact(fact.text, fact.sources) for fact in facts],
                np.stack([self._vectors[fact.id] for fact in facts]),
            )
            self._key = key
        return self._retrieval.search(query, k, now)
