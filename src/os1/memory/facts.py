"""The facts os1 knows about a person that bear on what they just said.

Facts are few (a handful per conversation) and short. They are ranked by
meaning, with a lift for each rarer word they share with the message ("Ruth"),
since a small encoder does not always see that a name matters. Each fact's
vector is made once, on first use, and kept while the fact is current. A fact
that was superseded or forgotten drops out on the next read of the store.
"""

from __future__ import annotations

import numpy as np

from os1.memory import fact_records
from os1.memory.retrieval import Encoder
from os1.memory.store import Store
from os1.memory.types import Fact
from os1.memory.words import content_words

SHARED_WORD = 0.15  # added for each word of the message a fact shares, common words aside


class KnownFacts:
    def __init__(self, store: Store, user_id: str, encoder: Encoder, floor: float = 0.3) -> None:
        self.store = store
        self.user_id = user_id
        self.encoder = encoder
        # Below this a fact is about something else (all-MiniLM-L6-v2: "Theo
        # hates coriander" is 0.40 from "do you like herbs?", 0.20 from "what
        # should I cook tonight?", 0.06 from "tell me about the weather").
        self.floor = floor
        self._vectors: dict[int, np.ndarray] = {}

    def relevant(self, text: str, k: int = 3) -> list[Fact]:
        """Up to k current facts closest in meaning to `text`, closest first."""
        facts = fact_records.facts(self.store, self.user_id)
        if not facts or not text.strip():
            return []
        missing = [f for f in facts if f.id not in self._vectors]
        if missing:
            made = self.encoder.embed([f.text for f in missing])
            self._vectors.update((f.id, v) for f, v in zip(missing, made, strict=True))
        self._vectors = {f.id: self._vectors[f.id] for f in facts}
        closeness = np.stack([self._vectors[f.id] for f in facts]) @ self.encoder.embed([text])[0]
        closeness = closeness + SHARED_WORD * self._shared_words(text, facts)
        order = np.argsort(-closeness, kind="stable")[:k]
        return [facts[i] for i in order if closeness[i] >= self.floor]

    @staticmethod
    def _shared_words(text: str, facts: list[Fact]) -> np.ndarray:
        words = [set(content_words(f.text)) for f in facts]
        # A word in a third of the facts or more (the person's own name) tells them apart little.
        counts: dict[str, int] = {}
        for these in words:
            for word in these:
                counts[word] = counts.get(word, 0) + 1
        asked = {w for w in content_words(text) if counts.get(w, 0) * 3 < max(len(facts), 3)}
        return np.array([len(asked & these) for these in words], dtype=np.float32)
