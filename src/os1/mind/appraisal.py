"""Appraisal: what an utterance feels like to the person who said it.

The person's emotion comes from a learned classifier (emotion_model.py); what it
means for the OS is reactions.py.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from tokenizers import Tokenizer

from os1.brain.onnx_graphs import onnx_session
from os1.brain.sentence_encoder import encoder_tokenizer, token_arrays
from os1.mind.act_appraisal import ActReader, ActReading
from os1.mind.affect import EKMAN_PAD, clamp
from os1.mind.emotion_model import (
    ADAPTER_DIR,
    EKMAN,
    GROUPS,
    MAX_TOKENS,
    TrainedHeads,
    classifier_graph,
)
from os1.mind.event_appraisal import EventReader, EventReading


@dataclass(frozen=True, slots=True)
class Appraisal:
    """The person's emotion in one utterance."""

    ekman: dict[str, float]  # probability of each of Ekman's labels and neutral
    groups: dict[str, float]  # probability of positive, negative, ambiguous, neutral
    labels: tuple[str, ...]  # the Ekman labels that pass their thresholds
    sentiment: tuple[str, ...]  # the groups that pass theirs
    event: EventReading | None = None  # what the told event means, where it was read
    act: ActReading | None = None  # what they did to the OS by saying it, where it was read

    @property
    def emotion(self) -> str:
        """The strongest label."""
        return max(self.ekman, key=lambda label: self.ekman[label])

    @property
    def intensity(self) -> float:
        """How emotional the utterance is, 0 (flat) to 1."""
        return max(p for label, p in self.ekman.items() if label != "neutral")

    @property
    def valence(self) -> float:
        return clamp(self.groups["positive"] - self.groups["negative"])

    @property
    def arousal(self) -> float:
        total = sum(self.ekman.values()) or 1.0
        return clamp(sum(p * EKMAN_PAD[label].arousal for label, p in self.ekman.items()) / total)

    def as_dict(self) -> dict[str, object]:
        return (
            {
                "labels": list(self.labels),
                "sentiment": list(self.sentiment),
                "valence": round(self.valence, 3),
                "arousal": round(self.arousal, 3),
                "ekman": {k: round(v, 3) for k, v in self.ekman.items()},
                "groups": {k: round(v, 3) for k, v in self.groups.items()},
            }
            | ({"event": self.event.as_dict()} if self.event is not None else {})
            | ({"act": self.act.as_dict()} if self.act is not None else {})
        )


class Appraiser(Protocol):
    def appraise(self, text: str) -> Appraisal: ...


# How many of the latest utterances keep their appraisal: a few turns' worth.
RECENT = 64


class LearnedAppraiser:
    """MiniLM + os1's adapter on ONNX Runtime: 7.6 ms an utterance on one CPU thread here.

    (torch took 14.6 ms for the same GoEmotions dev set, with the same macro-F1.)

    Two threads by default, because appraisal runs before the brain starts
    writing, never beside it. Runs the graph `make install` exported
    (emotion_model.py), with the model's own tokenizer: no torch at run time.
    """

    def __init__(
        self,
        adapter: Path | None = None,
        threads: int = 2,
        events: EventReader | None = None,
        acts: ActReader | None = None,
    ) -> None:
        self._adapter = Path(str(adapter or ADAPTER_DIR))
        self._threads = threads
        # What a told event means (event_appraisal.py), read beside the feeling when given,
        # and what the person did to the OS (act_appraisal.py): read from the same vector,
        # so an appraiser that reads events reads acts too unless given its own reader.
        self.events = events
        self.acts = acts or (ActReader(events.encoder) if events is not None else None)
        self._lock = threading.Lock()
        self._loaded: tuple[Tokenizer, Any, dict[str, list[float]]] | None = None
        # One turn reads the same words several times (felt whole and by sentence, foreseen
        # in a spoken pause then felt, their sentences again for the reply's tone): each is
        # computed once.
        self._recent: OrderedDict[str, Appraisal] = OrderedDict()

    def load(self) -> None:
        """Load now rather than on the first utterance (a few tenths of a second)."""
        with self._lock:
            if self._loaded is None:
                self._loaded = self._load()
        if self.events is not None:
            self.events.load()
        if self.acts is not None:
            self.acts.load()

    def _load(self) -> tuple[Tokenizer, Any, dict[str, list[float]]]:
        graph = classifier_graph(self._adapter)
        thresholds = TrainedHeads.read(self._adapter).thresholds
        return encoder_tokenizer(MAX_TOKENS), onnx_session(graph, self._threads), thresholds

    def appraise(self, text: str) -> Appraisal:
        return self.appraise_many([text])[0]

    def appraise_many(self, texts: list[str]) -> list[Appraisal]:
        said = [text or "" for text in texts]
        with self._lock:
            known = {text: self._recent[text] for text in said if text in self._recent}
        fresh = list(dict.fromkeys(text for text in said if text not in known))
        if fresh:
            read = dict(zip(fresh, self._appraised(fresh), strict=True))
            with self._lock:
                self._recent.update(read)
                while len(self._recent) > RECENT:
                    self._recent.popitem(last=False)
            known |= read
        return [known[text] for text in said]

    def _appraised(self, said: list[str]) -> list[Appraisal]:
        self.load()
        assert self._loaded is not None
        tokenizer, session, thresholds = self._loaded
        # An empty utterance still has the model's [CLS] and [SEP]: it reads as neutral.
        ids, mask = token_arrays(tokenizer, said)
        # ONNX Runtime's run is safe to call from several threads at once.
        ekman_logits, group_logits = session.run(None, {"input_ids": ids, "attention_mask": mask})
        ekman_probs = _sigmoid(ekman_logits).tolist()
        group_probs = _sigmoid(group_logits).tolist()
        events, acts = self._readings(said)
        return [
            Appraisal(
                ekman=dict(zip(EKMAN, e, strict=True)),
                groups=dict(zip(GROUPS, g, strict=True)),
                labels=_passing(EKMAN, e, thresholds["ekman"]),
                sentiment=_passing(GROUPS, g, thresholds["group"]),
                event=event,
                act=act,
            )
            for e, g, event, act in zip(ekman_probs, group_probs, events, acts, strict=True)
        ]

    def _readings(
        self, said: list[str]
    ) -> tuple[list[EventReading | None], list[ActReading | None]]:
        """The event and act readings, from one embedding where they share the encoder."""
        events: list[EventReading | None] = [None] * len(said)
        acts: list[ActReading | None] = [None] * len(said)
        vectors = None
        if self.events is not None:
            vectors = self.events.encoder.embed(said)
            events = list(self.events.read_vectors(vectors))
        if self.acts is not None:
            if (
                vectors is None
                or self.events is None
                or self.acts.encoder is not self.events.encoder
            ):
                vectors = self.acts.encoder.embed(said)
            acts = list(self.acts.read_vectors(vectors))
        return events, acts


def _sigmoid(logits: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-logits.astype(np.float64)))


def _passing(names: tuple[str, ...], probs: list[float], cuts: list[float]) -> tuple[str, ...]:
    chosen = tuple(n for n, p, cut in zip(names, probs, cuts, strict=True) if p >= cut)
    # GoEmotions' rule: every utterance carries at least one label.
    return chosen or (names[max(range(len(probs)), key=probs.__getitem__)],)
