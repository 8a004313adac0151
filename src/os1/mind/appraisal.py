"""Appraisal: what an utterance feels like to the person who said it.

The person's emotion comes from a learned classifier (emotion_model.py); what it
means for the OS is reactions.py.
"""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from os1.mind.affect import EKMAN_PAD, clamp
from os1.mind.emotion_model import (
    ADAPTER_DIR,
    EKMAN,
    GROUPS,
    MAX_TOKENS,
    TrainedHeads,
    build_network,
    encoder_dir,
)


@dataclass(frozen=True, slots=True)
class Appraisal:
    """The person's emotion in one utterance."""

    ekman: dict[str, float]  # probability of each of Ekman's labels and neutral
    groups: dict[str, float]  # probability of positive, negative, ambiguous, neutral
    labels: tuple[str, ...]  # the Ekman labels that pass their thresholds
    sentiment: tuple[str, ...]  # the groups that pass theirs

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
        return {
            "labels": list(self.labels),
            "sentiment": list(self.sentiment),
            "valence": round(self.valence, 3),
            "arousal": round(self.arousal, 3),
            "ekman": {k: round(v, 3) for k, v in self.ekman.items()},
            "groups": {k: round(v, 3) for k, v in self.groups.items()},
        }


class Appraiser(Protocol):
    def appraise(self, text: str) -> Appraisal: ...


class LearnedAppraiser:
    """MiniLM + os1's adapter on the CPU: about 10 ms an utterance on two threads here.

    Two threads, because appraisal runs before the brain starts writing, never
    beside it. int8 is faster (9.6 ms on one thread) but costs 0.017 macro-F1.
    """

    def __init__(self, adapter: Path | None = None, threads: int = 2, int8: bool = False) -> None:
        self._adapter = Path(str(adapter or ADAPTER_DIR))
        self._threads = threads
        self._int8 = int8
        self._lock = threading.Lock()
        self._loaded: tuple[object, object, dict[str, list[float]]] | None = None

    def load(self) -> None:
        """Load now rather than on the first utterance (about 2 s)."""
        with self._lock:
            if self._loaded is None:
                self._loaded = self._load()

    def _load(self) -> tuple[object, object, dict[str, list[float]]]:
        # torch and transformers take about 2 s to import (python -X importtime): paid
        # here, in the load a conversation starts in the background, not by every import.
        import torch
        from peft import PeftModel
        from safetensors.torch import load_file
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as transformers_logging

        transformers_logging.set_verbosity_error()
        transformers_logging.disable_progress_bar()
        torch.set_num_threads(self._threads)
        source = encoder_dir()
        tokenizer = AutoTokenizer.from_pretrained(source)
        with warnings.catch_warnings():
            # peft and torch.ao announce future deprecations; torch is pinned to 2.13.
            warnings.simplefilter("ignore", category=FutureWarning)
            warnings.simplefilter("ignore", category=DeprecationWarning)
            warnings.simplefilter("ignore", category=UserWarning)
            encoder = PeftModel.from_pretrained(AutoModel.from_pretrained(source), self._adapter)
            network = build_network(encoder.merge_and_unload())
            heads = load_file(self._adapter / "heads.safetensors")
            for name in ("ekman", "group"):
                getattr(network, name).load_state_dict(
                    {"weight": heads[f"{name}.weight"], "bias": heads[f"{name}.bias"]}
                )
            network.eval()
            if self._int8:
                # Dynamic int8: a third less time for 0.017 less macro-F1.
                network = torch.ao.quantization.quantize_dynamic(
                    network, {torch.nn.Linear}, torch.qint8
                )
        return tokenizer, network, TrainedHeads.read(self._adapter).thresholds

    def appraise(self, text: str) -> Appraisal:
        return self.appraise_many([text])[0]

    def appraise_many(self, texts: list[str]) -> list[Appraisal]:
        import torch  # loaded by now (see _load)

        self.load()
        assert self._loaded is not None
        tokenizer, network, thresholds = self._loaded
        # An empty utterance still has the model's [CLS] and [SEP]: it reads as neutral.
        inputs = tokenizer(  # type: ignore[operator]
            [text or "" for text in texts],
            padding=True,
            truncation=True,
            max_length=MAX_TOKENS,
            return_tensors="pt",
        )
        with self._lock, torch.inference_mode():
            ekman_logits, group_logits = network(  # type: ignore[operator]
                inputs["input_ids"], inputs["attention_mask"]
            )
        ekman_probs = torch.sigmoid(ekman_logits).tolist()
        group_probs = torch.sigmoid(group_logits).tolist()
        return [
            Appraisal(
                ekman=dict(zip(EKMAN, e, strict=True)),
                groups=dict(zip(GROUPS, g, strict=True)),
                labels=_passing(EKMAN, e, thresholds["ekman"]),
                sentiment=_passing(GROUPS, g, thresholds["group"]),
            )
            for e, g in zip(ekman_probs, group_probs, strict=True)
        ]


def _passing(names: tuple[str, ...], probs: list[float], cuts: list[float]) -> tuple[str, ...]:
    chosen = tuple(n for n, p, cut in zip(names, probs, cuts, strict=True) if p >= cut)
    # GoEmotions' rule: every utterance carries at least one label.
    return chosen or (names[max(range(len(probs)), key=probs.__getitem__)],)
