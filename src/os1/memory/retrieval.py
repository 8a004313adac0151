"""Hybrid retrieval over one person's turns: BM25 and dense vectors, fused.

Three rankers read each turn. BM25 (`bm25s`) over the speaker's name, the words
and an image's caption, so names and rare words match exactly; BM25 over the
turn with its neighbours, for questions whose words are spread over an
exchange; and all-MiniLM-L6-v2 vectors of the turn with the one before it in
the session, so a short answer ("Yes, last Tuesday!") carries what it answers
and paraphrases are found. Their rankings are fused by reciprocal rank, then
each turn takes a share of the turns around it in its session (exchange.py),
because what a question asks is often said over a few consecutive turns.

Then who and when: turns said by a person the question names are favoured;
questions about time ("when did…", "how long ago…") favour turns that carry a
time expression of their own; a date named in the question favours turns said
within a month of it, and a stretch of time named relative to now ("last
summer", "two weeks ago", see time_phrases.py) favours turns said within it.

benchmarks/locomo_recall.py measures each of these choices.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import numpy as np

from os1.memory import exchange
from os1.memory.time_phrases import spans_in
from os1.memory.words import content_words


@dataclass(frozen=True, slots=True)
class Turn:
    """What retrieval needs of a stored turn."""

    id: int
    speaker: str
    text: str
    time: datetime | None = None
    session: int | None = None  # neighbours are only looked for in the same session


class Encoder(Protocol):
    def embed(self, texts: list[str]) -> np.ndarray: ...


class Retrieval(Protocol):
    def add(self, turns: Sequence[Turn], vectors: np.ndarray | None = None) -> None: ...

    def search(
        self, query: str, k: int, now: datetime | None = None
    ) -> list[tuple[int, float]]: ...


@dataclass(frozen=True, slots=True)
class Settings:
    """The design choices benchmarks/locomo_recall.py measures; the defaults are the best found."""

    fusion: str = "rrf"  # "rrf" (by rank) or "score" (min-max normalised scores, summed)
    # A small k trusts each ranker's top few; 60 (the usual) was 9 points worse @5 here.
    rrf_k: float = 10.0
    bm25_weight: float = 1.0
    dense_weight: float = 1.0
    context: bool = True  # embed the previous turn of the session with each turn
    neighbour_share: float = 0.5  # part of a neighbour's fused score a turn takes
    # An exchange runs over more than two turns ("My mom and I made dinner", "What did you
    # have?", "Salads and sandwiches"): two steps away a turn takes the share of the share.
    neighbour_steps: int = 2
    # "What pet do you have?" shares a question's words, its reply has the answer ("Oscar,
    # my guinea pig"): a reply takes its question's whole score (as its vector has it).
    question_to_reply: bool = True
    time_boost: float = 0.5  # for "when" questions, added to turns with a time expression
    date_boost: float = 0.5  # for a date in the question, added to turns said near it
    date_window_days: int = 30
    span_boost: float = 0.5  # for "last summer" and the like, added to turns said within it
    window_weight: float = 0.5  # a third ranker: BM25 over each turn with its neighbours
    speaker_boost: float = 0.3  # added to turns said by someone the question names
    pool: int = 200  # how deep each ranker is read before fusing


_TIME_QUESTION = re.compile(
    r"^\s*(when\b|how long\b|what (year|month|day|date|time)\b|which (year|month|day)\b)"
    r"|\bhow long ago\b|\bin which (year|month)\b",
    re.IGNORECASE,
)
_MONTH_TEXT = (
    "january february march april may june july august september october november december"
)
_MONTHS = _MONTH_TEXT.split()
_TIME_WORDS = re.compile(
    r"\b(yesterday|today|tonight|tomorrow|ago|last|next|recently|earlier|weekend|week|month|"
    r"year|years|since|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    + "|".join(_MONTHS)
    + r"|(19|20)\d\d)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\b(?:(\d{1,2})\s+)?(" + "|".join(_MONTHS) + r")(?:\s+(\d{1,2}))?,?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def best(scores: np.ndarray, k: int) -> np.ndarray:
    """Indexes of the k highest scores, highest first, ties by position (as a stable sort).

    Partitioning first keeps this linear in the number of turns; only the k are sorted.
    """
    if k >= len(scores):
        return np.argsort(-scores, kind="stable")
    cut = np.partition(scores, len(scores) - k)[len(scores) - k]
    # Everything above the k-th score, and as many of those equal to it as fit, by position.
    above = np.flatnonzero(scores > cut)
    level = np.flatnonzero(scores == cut)[: k - len(above)]
    chosen = np.concatenate([above, level])
    return chosen[np.argsort(-scores[chosen], kind="stable")]


def _dates_in(query: str) -> list[datetime]:
    found = []
    for day, month, day_after, year in _DATE.findall(query):
        number = int(day or day_after or 15)
        try:
            found.append(datetime(int(year), _MONTHS.index(month.lower()) + 1, min(number, 28)))
        except ValueError:
            continue
    return found


class HybridRetrieval:
    """One person's turns. Not shared between people: each person gets their own."""

    def __init__(self, encoder: Encoder, settings: Settings | None = None) -> None:
        self._encoder = encoder
        self.settings = settings or Settings()
        self._turns: list[Turn] = []
        # Each turn's words for BM25 (lexical_text's content words), read once: the indexes
        # are rebuilt whole as turns come (below), and reading every turn again for each
        # rebuild cost as much as the rebuild.
        self._words: list[list[str]] = []
        self._vectors = np.zeros((0, 0), dtype=np.float32)
        self._bm25: object | None = None
        self._bm25_window: object | None = None
        self._indexed = 0  # how many turns, from the first, the lexical indexes cover
        # Per-turn facts the query-time steps read, kept as arrays so a search stays vectorised.
        self._has_time = np.zeros(0, dtype=bool)
        self._asks = np.zeros(0, dtype=bool)  # ends in a question mark
        self._speakers = np.zeros(0, dtype=np.int32)  # index into _names
        self._names: list[str] = []  # each speaker's lowercased name, once
        self._days = np.zeros(0, dtype=np.float64)  # days since 1970, NaN where unknown
        self._follows = np.zeros(0, dtype=bool)  # said right after the previous turn, same session
        self._links: tuple[int, exchange.Links] = (-1, [])  # for how many turns, the weights

    def __len__(self) -> int:
        return len(self._turns)

    def lexical_text(self, turn: Turn) -> str:
        return f"{turn.speaker}: {turn.text}"

    def dense_text(self, turn: Turn, previous: Turn | None) -> str:
        said = f"{turn.speaker}: {turn.text}"
        if previous is None or not self.settings.context:
            return said
        return f"{previous.speaker}: {previous.text}\n{said}"

    def dense_texts(self, turns: Sequence[Turn]) -> list[str]:
        """What each of `turns` (in order, from the start) is embedded as."""
        start = len(self._turns)
        self._turns.extend(turns)
        try:
            return [self.dense_text(t, self._previous(start + i)) for i, t in enumerate(turns)]
        finally:
            del self._turns[start:]

    def add(self, turns: Sequence[Turn], vectors: np.ndarray | None = None) -> None:
        """Add turns in the order they were said; `vectors` if already embedded (dense_text)."""
        if not turns:
            return
        if vectors is None:
            vectors = self._encoder.embed(self.dense_texts(turns))
        start = len(self._turns)
        self._turns.extend(turns)
        self._words.extend(content_words(self.lexical_text(t)) for t in turns)
        self._vectors = vectors if start == 0 else np.vstack([self._vectors, vectors])
        flags = [bool(_TIME_WORDS.search(t.text)) for t in turns]
        self._has_time = np.concatenate([self._has_time, np.array(flags, dtype=bool)])
        asks = [t.text.rstrip().endswith("?") for t in turns]
        self._asks = np.concatenate([self._asks, np.array(asks, dtype=bool)])
        for name in {t.speaker.lower() for t in turns} - set(self._names):
            self._names.append(name)
        codes = np.array([self._names.index(t.speaker.lower()) for t in turns], dtype=np.int32)
        self._speakers = np.concatenate([self._speakers, codes])
        days = [t.time.timestamp() / 86400 if t.time else np.nan for t in turns]
        self._days = np.concatenate([self._days, np.array(days, dtype=np.float64)])
        follows = [self._previous(start + i) is not None for i in range(len(turns))]
        self._follows = np.concatenate([self._follows, np.array(follows, dtype=bool)])
        # bm25s indexes are built whole (about 1 s for 10,000 turns), too slow to
        # redo for each new turn of a long memory. The newest turns are in the
        # recent-history window anyway, so past 1,000 turns the lexical rankers
        # may lag behind: they are rebuilt once a tenth of the turns are new.
        if len(self._turns) < 1000 or len(self._turns) - self._indexed > self._indexed // 10:
            self._bm25 = None
            self._bm25_window = None

    def _previous(self, index: int) -> Turn | None:
        if index == 0:
            return None
        turn, before = self._turns[index], self._turns[index - 1]
        return before if before.session == turn.session else None

    def _lexical(self) -> object:
        if self._bm25 is None:
            # Imported on first search: bm25s takes 0.65 s to import (measured with
            # -X importtime), which every `os1` command importing memory would pay.
            import bm25s

            index = bm25s.BM25()
            corpus = [words or ["\u2205"] for words in self._words]
            index.index(corpus, show_progress=False)
            self._bm25, self._bm25_window = index, None
            self._indexed = len(corpus)
        return self._bm25

    def _window(self) -> object:
        self._lexical()  # the two indexes cover the same turns
        if self._bm25_window is None:
            import bm25s  # on first search, as above

            corpus = []
            for i, turn in enumerate(self._turns[: self._indexed]):
                around = [
                    self._words[j]
                    for j in range(max(0, i - 1), min(i + 2, len(self._turns)))
                    if self._turns[j].session == turn.session
                ]
                corpus.append([word for words in around for word in words] or ["\u2205"])
            index = bm25s.BM25()
            index.index(corpus, show_progress=False)
            self._bm25_window = index
        return self._bm25_window

    def _bm25_scores(self, query: str, window: bool = False) -> np.ndarray:
        index = self._window() if window else self._lexical()
        scores = np.zeros(len(self._turns), dtype=np.float32)
        words = content_words(query)
        if words:
            scores[: self._indexed] = index.get_scores(words)  # type: ignore[attr-defined]
        return scores

    def search(self, query: str, k: int, now: datetime | None = None) -> list[tuple[int, float]]:
        """The k turns that best answer `query` (asked at `now`), best first, with their scores."""
        if not self._turns or k <= 0:
            return []
        fused = self.scores(query, now)
        return [(self._turns[i].id, float(fused[i])) for i in best(fused, k)]

    def ids(self) -> list[int]:
        """Each turn's id, in the order `scores` scores them."""
        return [turn.id for turn in self._turns]

    def scores(
        self, query: str, now: datetime | None = None, vector: np.ndarray | None = None
    ) -> np.ndarray:
        """Every turn's fused score for `query`, in the order turns were added; in units
        of 1 / (rrf_k + 1), one ranker's first place, with RRF (fact_retrieval.py adds to it)."""
        s = self.settings
        n = len(self._turns)
        fused = np.zeros(n, dtype=np.float64)
        for weight, scores in (
            (s.bm25_weight, self._bm25_scores(query)),
            (s.dense_weight, self._vectors @ self._query_vector(query, vector)),
            (s.window_weight, self._bm25_scores(query, window=True) if s.window_weight else None),
        ):
            if weight <= 0 or scores is None:
                continue
            order = best(scores, s.pool)
            # A turn that shares no word with the question is not ranked by BM25 at all.
            order = order[scores[order] > 0]
            if not len(order):
                continue
            if s.fusion == "rrf":
                fused[order] += weight / (s.rrf_k + 1 + np.arange(len(order)))
            else:
                top, floor = scores[order[0]], scores[order[-1]]
                fused[order] += weight * (scores[order] - floor) / max(top - floor, 1e-9)
        if s.neighbour_share:
            if self._links[0] != n:
                weights = exchange.links(
                    self._follows,
                    self._asks,
                    s.neighbour_share,
                    s.neighbour_steps,
                    s.question_to_reply,
                )
                self._links = (n, weights)
            fused = fused + exchange.taken(fused, self._links[1])
        # Boosts are in units of one first place, whatever the fusion.
        bonus = 1.0 / (s.rrf_k + 1) if s.fusion == "rrf" else 1.0
        if s.time_boost and _TIME_QUESTION.search(query):
            fused[self._has_time] += s.time_boost * bonus
        if s.speaker_boost:
            lowered = query.lower()
            named = [
                code
                for code, name in enumerate(self._names)
                if re.search(rf"\b{re.escape(name)}\b", lowered)
            ]
            said_by = np.isin(self._speakers, named)
            # Naming everyone (or no one) says nothing about who said it.
            if said_by.any() and not said_by.all():
                fused[said_by] += s.speaker_boost * bonus
        dates = _dates_in(query)
        if s.date_boost:
            for date in dates:
                fused += s.date_boost * bonus * self._near(date)
        if s.span_boost and now is not None:
            for span in spans_in(query, now):
                if any(
                    span.start.replace(tzinfo=None) <= d < span.end.replace(tzinfo=None)
                    for d in dates
                ):
                    continue  # a full date is already favoured, with its month around it
                fused += s.span_boost * bonus * self._within(span.start, span.end)
        return fused

    def _query_vector(self, query: str, vector: np.ndarray | None) -> np.ndarray:
        # A caller searching facts too (fact_retrieval.py) embeds the question once for both.
        return vector if vector is not None else self._encoder.embed([query])[0]

    def _within(self, start: datetime, end: datetime) -> np.ndarray:
        first, last = start.timestamp() / 86400, end.timestamp() / 86400
        with np.errstate(invalid="ignore"):
            return ((self._days >= first) & (self._days < last)).astype(np.float64)

    def _near(self, date: datetime) -> np.ndarray:
        distance = np.abs(self._days - date.timestamp() / 86400)
        with np.errstate(invalid="ignore"):
            return (np.floor(distance) <= self.settings.date_window_days).astype(np.float64)
