"""An optional wake word ("hey jarvis"): microWakeWord's streaming models from pymicro-wakeword.

Each model is a 50-80 kB TensorFlow Lite network that scores 10 ms feature windows and
averages its last few scores against a cutoff its authors tuned (in the model's JSON). A
32 ms frame costs it about 0.2-0.3 ms on one core (docs/benchmarks.md), so it can hear
every frame the microphone gives while it waits to be called.
"""

from __future__ import annotations

import re
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np

from os1.checksums import sha256_of
from os1.errors import ConfigError

# sha256 of each model pymicro-wakeword 2.5.0 ships, checked before it is loaded.
WAKE_WORD_SHA256 = {
    "alexa": "9011a8155b04de858c48038529235cbc0e42e9fca05a55bf588cb80a653a723b",
    "hey_jarvis": "21a7976add39ee24ec96c63d96b7aaa18e24d1d9824b963e451da8feb4b78b77",
    "hey_mycroft": "c2a9b6ed51182db72e014781d5a4ece1929dc232a40b5b4be384f0295f0e1571",
    "okay_nabu": "d89128c4d16a72de429119fb2254ce46649553c2a24f5dd840175c80d7b9d094",
}


def wake_word_model(name: str) -> Path:
    """The checked .tflite file for a wake word; its .json (cutoff, window) sits beside it."""
    if name not in WAKE_WORD_SHA256:
        raise ConfigError(
            f"There is no wake word {name!r}",
            f"set OS1_WAKE_WORD to one of {', '.join(sorted(WAKE_WORD_SHA256))}, or unset it",
        )
    spec = find_spec("pymicro_wakeword")
    if spec is None or spec.origin is None:
        raise ConfigError(
            "The wake word package pymicro-wakeword is not installed", "run `make install`"
        )
    path = Path(spec.origin).parent / "models" / f"{name}.tflite"
    if not path.is_file() or sha256_of(path) != WAKE_WORD_SHA256[name]:
        raise ConfigError(
            f"The wake word model {path} is not the one os1 was tested with",
            "reinstall pymicro-wakeword==2.5.0",
        )
    return path


class WakeWord:
    """Listens for one wake word in a stream of 16 kHz mono float32 frames of any length."""

    def __init__(self, name: str) -> None:
        # pymicro-wakeword (TensorFlow Lite) takes about 0.07 s to import, and the wake word
        # is optional: loaded only when one is set (OS1_WAKE_WORD).
        from pymicro_wakeword import MicroWakeWord, MicroWakeWordFeatures

        self.name = name
        self._model: Any = MicroWakeWord.from_config(wake_word_model(name).with_suffix(".json"))
        self._features: Any = MicroWakeWordFeatures()

    def heard(self, frame: np.ndarray) -> bool:
        """True on the frame in which the wake word ends; each saying of it counts once."""
        pcm = (np.clip(frame, -1.0, 1.0) * 32767).astype("<i2").tobytes()
        for features in self._features.process_streaming(pcm):
            if self._model.process_streaming(features):
                # The averaged score stays above the cutoff for several windows after the
                # word; starting afresh keeps it from firing again on the same saying.
                self.reset()
                return True
        return False

    def reset(self) -> None:
        """Forget what was heard so far (the model's internal state too)."""
        self._model.reset()
        self._features.reset()


_WAKE_WORDS = re.compile(r"^\W*(hey|hi|okay|ok)?\W*(jarvis|mycroft|alexa|nabu)\b\W*", re.I)


def without_wake_word(text: str) -> str:
    """The request after the wake word ("Hey Jarvis, what time is it?" -> "what time is it?")."""
    rest = _WAKE_WORDS.sub("", text, count=1).strip()
    return rest[:1].upper() + rest[1:] if rest else ""
