"""Episodic memory: search everything one person has said with os1, from the store.

Every turn is kept as it was said; this is the ground truth later facts cite.
A turn's vector is computed once, stored beside it in SQLite, and deleted with
it; turns said since the last search are embedded when they are first searched.
The index stays in memory between searches and takes only the new turns; a
turn forgotten meanwhile makes it start again from the store.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np

from os1.memory.fact_retrieval import StoredFacts
from os1.memory.retrieval import Encoder, HybridRetrieval, Settings, Turn
from os1.memory.store import Store
from os1.memory.types import StoredTurn

# The name vectors are stored under: a different encoder means new vectors.
VECTOR_MODEL = "all-MiniLM-L6-v2"


class EpisodicMemory:
    def __init__(
        self, store: Store, user_id: str, encoder: Encoder, settings: Settings | None = None
    ) -> None:
        self.store = store
        self.user_id = user_id
        self.encoder = encoder
        self.settings = settings
        self._retrieval = HybridRetrieval(encoder, settings)
        # The person's facts lead to the turns they cite (fact_retrieval.py).
        self._facts = StoredFacts(store, user_id, encoder)
        self._turns: dict[int, StoredTurn] = {}
        self._changed: str | None = None

    def search(
        self, query: str, k: int = 5, now: datetime | None = None
    ) -> list[tuple[StoredTurn, float]]:
        """The k turns of this person's that best answer `query` (asked at `now`), best first."""
        self._catch_up()
        if not self._turns or not query.strip():
            return []
        hits = self._facts.search(self._retrieval, query, k, now)
        return [(self._turns[turn_id], score) for turn_id, score in hits]

    def _catch_up(self) -> None:
        changed = self.store.memory_changed(self.user_id)
        stored = self.store.all_turns(self.user_id, after=max(self._turns, default=0))
        if changed != self._changed:
            # Something was forgotten or corrected since the last search: start again.
            self._changed = changed
            self._retrieval = HybridRetrieval(self.encoder, self.settings)
            self._turns = {}
            stored = self.store.all_turns(self.user_id)
        if not stored:
            return
        turns = [
            Turn(t.id, t.role, t.text, datetime.fromisoformat(t.created_at), t.session_id)
            for t in stored
        ]
        self._retrieval.add(turns, self._vectors(turns, self._retrieval))
        self._turns.update((t.id, t) for t in stored)

    def _vectors(self, turns: list[Turn], retrieval: HybridRetrieval) -> np.ndarray:
        known = self.store.vectors(self.user_id, VECTOR_MODEL, after=turns[0].id - 1)
        missing = [i for i, t in enumerate(turns) if t.id not in known]
        if missing:
            every = retrieval.dense_texts(turns)
            texts = [every[i] for i in missing]
            fresh = self.encoder.embed(texts).astype(np.float32)
            rows = [(turns[i].id, fresh[n].tobytes()) for n, i in enumerate(missing)]
            self.store.put_vectors(self.user_id, VECTOR_MODEL, rows)
            known.update(rows)
        return np.stack([np.frombuffer(known[t.id], dtype=np.float32) for t in turns])
