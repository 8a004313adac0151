"""What a told event means for the person, as OCC appraises events.

The emotion classifier (appraisal.py) learned how feelings are *said*; a person
often tells only what happened ("Mum's funeral was this afternoon"). OCC
(Ortony, Clore and Collins 1988) appraises the event itself: its consequences
for someone the OS cares for, and the acts of agents. This reads an utterance as
one of the kinds the OS reacts with:

- sorry-for: a loss or grief, a misfortune that has happened to them or theirs;
- fear-for: a danger or threat to them or someone of theirs, still unfolding;
- happy-for: good news, relief, a recovery;
- admiration: something they (or theirs) achieved;
- reproach: cruelty or wrongdoing by someone, them included;
- nothing: small talk, plans, neutral facts, questions, requests, repairs.

It is a multinomial logistic regression over the sentence encoder's vectors
(all-MiniLM-L6-v2, the one long-term memory uses), trained on sentences written
for it (training/train_events.py, training/data/events.tsv): a few kilobytes,
loaded in a millisecond, a few milliseconds an utterance on top of the encoder.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import numpy as np

from os1.brain.sentence_encoder import DIMENSIONS, SentenceEncoder
from os1.checksums import sha256_of
from os1.errors import ConfigError

KINDS = ("sorry-for", "fear-for", "happy-for", "admiration", "reproach", "nothing")
NOTHING = "nothing"
MODEL_PATH = files("os1.mind") / "event_model" / "events.npz"
# The weights os1 was tested with (training/train_events.py prints a new one).
EVENTS_SHA256 = "c5785621ae5958ff2eb9af6eb037bb9791cb301539b96c221bf00974db14933e"


@dataclass(frozen=True, slots=True)
class EventReading:
    """The probability of each kind of event, as told in one utterance."""

    probabilities: dict[str, float]

    @property
    def kind(self) -> str:
        return max(self.probabilities, key=lambda kind: self.probabilities[kind])

    @property
    def probability(self) -> float:
        return self.probabilities[self.kind]

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "probabilities": {k: round(p, 3) for k, p in self.probabilities.items()},
        }


@dataclass(frozen=True, slots=True)
class EventWeights:
    """The classifier's parameters: one row of weights and one bias a kind."""

    weights: np.ndarray  # (DIMENSIONS, len(KINDS))
    bias: np.ndarray  # (len(KINDS),)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        logits = vectors.astype(np.float64) @ self.weights + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        np.savez(
            path,
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            kinds=np.array(KINDS),
        )

    @classmethod
    def read(cls, path: Path, sha256: str | None = EVENTS_SHA256) -> EventWeights:
        if not path.is_file():
            raise ConfigError(
                f"The event model {path} is missing",
                "reinstall os1, or retrain it with `python -m training.train_events`",
            )
        if sha256 is not None and sha256_of(path) != sha256:
            raise ConfigError(
                f"The event model {path} is not the one os1 was tested with",
                "reinstall os1, or retrain it with `python -m training.train_events`"
                " and put the checksum it prints in event_appraisal.EVENTS_SHA256",
            )
        with np.load(path, allow_pickle=False) as data:
            kinds = tuple(str(k) for k in data["kinds"])
            weights, bias = data["weights"], data["bias"]
        if kinds != KINDS or weights.shape != (DIMENSIONS, len(KINDS)):
            raise ConfigError(
                f"The event model {path} reads kinds {kinds}, not {KINDS}",
                "retrain it with `python -m training.train_events`",
            )
        return cls(weights.astype(np.float64), bias.astype(np.float64))


class EventReader:
    """Reads what a told event means; shares the sentence encoder it is given."""

    def __init__(self, encoder: SentenceEncoder | None = None, path: Path | None = None) -> None:
        self.encoder = encoder or SentenceEncoder()
        self._path = Path(str(path or MODEL_PATH))
        self._lock = threading.Lock()
        self._weights: EventWeights | None = None

    def load(self) -> None:
        """The weights (a millisecond) and the encoder, if it has not loaded yet."""
        with self._lock:
            if self._weights is None:
                self._weights = EventWeights.read(self._path)
        self.encoder.load()

    def read(self, text: str) -> EventReading:
        return self.read_many([text])[0]

    def read_many(self, texts: list[str]) -> list[EventReading]:
        self.load()
        assert self._weights is not None
        probabilities = self._weights.probabilities(self.encoder.embed(texts)).tolist()
        return [EventReading(dict(zip(KINDS, row, strict=True))) for row in probabilities]
