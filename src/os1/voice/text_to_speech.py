"""Text to speech: hibari, a 7.9 MB voice distilled from Kokoro's af_heart (a warm
woman's voice), 24 kHz, about fifty times faster than real time on one core.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np

from os1.checksums import sha256_of
from os1.errors import ConfigError
from os1.voice.audio import resample

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


@dataclass(frozen=True, slots=True)
class Delivery:
    """How a phrase is said: the mood's pace, pitch and energy.

    hibari takes only a pace, so pitch is made by speaking slower (or faster)
    and playing the result back faster (or slower) by the same factor: the
    length stays, the voice rises (or falls). Energy is loudness here.
    """

    rate: float = 1.0  # 1.0 is the voice's own pace
    pitch_semitones: float = 0.0
    energy: float = 1.0  # 0..1


QUIETEST = 0.7  # the loudness at no energy at all: quieter, never inaudible


class Speaker:
    """Loads on first use; `rate` is how fast, 1.0 the voice's own pace (the mood moves it)."""

    def __init__(self, threads: int = 1) -> None:
        self._threads = threads
        self._lock = threading.Lock()
        self._voice: Any = None

    def load(self) -> None:
        with self._lock:
            if self._voice is None:
                # hibari takes about 0.09 s to import, and the server imports this module
                # for Speaker and SAMPLE_RATE: loaded with the voice.
                from hibari import Hibari

                self._voice = Hibari(model=str(hibari_model()), threads=self._threads)

    def say(self, text: str, delivery: Delivery) -> np.ndarray:
        """`text` spoken as `delivery` says, at SAMPLE_RATE."""
        shift = 2 ** (delivery.pitch_semitones / 12)
        audio = self.speak(text, delivery.rate / shift)
        if abs(shift - 1) > 0.005:
            audio = resample(audio, round(SAMPLE_RATE * shift), SAMPLE_RATE)
        return audio * (QUIETEST + (1 - QUIETEST) * min(1.0, max(0.0, delivery.energy)))

    def speak(self, text: str, rate: float = 1.0) -> np.ndarray:
        """float32 samples at 24 kHz; a fixed seed, so the same words sound the same."""
        self.load()
        with self._lock:
            return np.asarray(self._voice(text, speed=rate, seed=1), dtype=np.float32)
