"""Text to speech: hibari, a 7.9 MB voice distilled from Kokoro's af_heart (a warm
woman's voice), 24 kHz, about fifty times faster than real time on one core.
"""

from __future__ import annotations

import threading
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np

from os1.checksums import sha256_of
from os1.errors import ConfigError

SAMPLE_RATE = 24_000
# sha256 of hibari-tts 0.2.1's hibari.onnx (the "heart" voice), checked before it is loaded.
HIBARI_SHA256 = "5f70741d4e900f4e85d0037498736cc1b3e1b9a63a13546a5da1e63abf4fccd8"


def hibari_model() -> Path:
    spec = find_spec("hibari")
    if spec is None or spec.origin is None:
        raise ConfigError("The voice package hibari-tts is not installed", "run `make install`")
    path = Path(spec.origin).parent / "assets" / "hibari.onnx"
    if sha256_of(path) != HIBARI_SHA256:
        raise ConfigError(
            f"The voice {path} is not the one os1 was tested with", "reinstall hibari-tts==0.2.1"
        )
    return path


class Speaker:
    """Loads on first use; `rate` is how fast, 1.0 the voice's own pace (the mood moves it)."""

    def __init__(self, threads: int = 1) -> None:
        self._threads = threads
        self._lock = threading.Lock()
        self._voice: Any = None

    def load(self) -> None:
        with self._lock:
            if self._voice is None:
                from hibari import Hibari

                self._voice = Hibari(model=str(hibari_model()), threads=self._threads)

    def speak(self, text: str, rate: float = 1.0) -> np.ndarray:
        """float32 samples at 24 kHz; a fixed seed, so the same words sound the same."""
        self.load()
        with self._lock:
            return np.asarray(self._voice(text, speed=rate, seed=1), dtype=np.float32)
