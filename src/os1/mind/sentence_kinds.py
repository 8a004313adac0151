"""An utterance read as one of a few kinds, over the sentence encoder's vectors.

The event reading (event_appraisal.py: what a told event means) and the act
reading (act_appraisal.py: what the person did to the OS by saying it) are both a
multinomial logistic regression over all-MiniLM-L6-v2 vectors, the ones
long-term memory uses, trained on sentences written for os1: a few kilobytes,
checked by sha256 when loaded, read in a millisecond from one vector. What is
shared is here; each reading names its kinds, its weights and their trainer.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import numpy as np

from os1.brain.sentence_encoder import DIMENSIONS, SentenceEncoder
from os1.checksums import sha256_of
from os1.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Family:
    """One reading's kinds and where its weights come from."""

    name: str  # "event model", as an error names it
    kinds: tuple[str, ...]
    path: Path
    sha256: str  # the weights os1 was tested with
    checksum: str  # where that sha256 is written, for whoever retrains
    trainer: str  # the module that trains it


@dataclass(frozen=True, slots=True)
class KindReading:
    """The probability of each kind, for one utterance."""

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
class KindWeights:
    """The classifier's parameters: one row of weights and one bias a kind."""

    FAMILY: ClassVar[Family]
    weights: np.ndarray  # (DIMENSIONS, len(kinds))
    bias: np.ndarray  # (len(kinds),)

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
            kinds=np.array(self.FAMILY.kinds),
        )

    @classmethod
    def read(cls, path: Path, sha256: str | None = "") -> KindWeights:
        """The weights at path, refused unless their sha256 is the family's (or sha256,
        where given; None checks nothing)."""
        family = cls.FAMILY
        retrain = f"retrain it with `python -m {family.trainer}`"
        if not path.is_file():
            raise ConfigError(
                f"The {family.name} {path} is missing", f"reinstall os1, or {retrain}"
            )
        expected = family.sha256 if sha256 == "" else sha256
        if expected is not None and sha256_of(path) != expected:
            raise ConfigError(
                f"The {family.name} {path} is not the one os1 was tested with",
                f"reinstall os1, or {retrain} and put the checksum it prints in {family.checksum}",
            )
        with np.load(path, allow_pickle=False) as data:
            kinds = tuple(str(k) for k in data["kinds"])
            weights, bias = data["weights"], data["bias"]
        if kinds != family.kinds or weights.shape != (DIMENSIONS, len(family.kinds)):
            raise ConfigError(
                f"The {family.name} {path} reads kinds {kinds}, not {family.kinds}", retrain
            )
        return cls(weights.astype(np.float64), bias.astype(np.float64))


class KindReader:
    """Reads utterances as the family's kinds; shares the sentence encoder it is given."""

    WEIGHTS: ClassVar[type[KindWeights]]

    def __init__(self, encoder: SentenceEncoder | None = None, path: Path | None = None) -> None:
        self.encoder = encoder or SentenceEncoder()
        self._path = Path(str(path or self.WEIGHTS.FAMILY.path))
        self._lock = threading.Lock()
        self._weights: KindWeights | None = None

    def load(self) -> None:
        """The weights (a millisecond) and the encoder, if it has not loaded yet."""
        with self._lock:
            if self._weights is None:
                self._weights = self.WEIGHTS.read(self._path)
        self.encoder.load()

    def read(self, text: str) -> KindReading:
        return self.read_many([text])[0]

    def read_many(self, texts: list[str]) -> list[KindReading]:
        return self.read_vectors(self.encoder.embed(texts))

    def read_vectors(self, vectors: np.ndarray) -> list[KindReading]:
        """The readings of utterances already embedded by this reader's encoder."""
        self.load()
        assert self._weights is not None
        kinds = self.WEIGHTS.FAMILY.kinds
        rows = self._weights.probabilities(vectors).tolist()
        return [KindReading(dict(zip(kinds, row, strict=True))) for row in rows]
