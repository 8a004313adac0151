"""Telling the person's voice from the OS's own, heard back through the microphone.

Without echo cancellation, a laptop microphone hears the speakers, and voice
activity detection takes that for the person: the OS would interrupt itself.
The gate knows what is playing, so it knows how loud the echo can be: a frame
counts as the person only when it is clearly louder than the echo expected
from what was played in the last quarter second (sound takes a while to come
back through the sound card and the room). How loud the echo runs
(`coupling`, microphone level over played level) is learned from the frames
that were not the person, starting from a guess: an echo at most half as loud
as what is played. A louder echo than that, before it is learned, can make the
OS stop itself once.
"""

from __future__ import annotations

import numpy as np

MARGIN = 1.5  # the person must be half as loud again (3.5 dB) as the echo could be
PRIOR_COUPLING = 0.5
# The coupling follows the loudest echo: up at once, down slowly over quiet stretches.
RISE, FALL = 0.5, 0.01
SILENT_RMS = 1e-4


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) if samples.size else 0.0


def loudest(samples: np.ndarray, block: int) -> float:
    """The RMS of the loudest `block`-sample stretch: the echo's worst case."""
    usable = len(samples) // block * block
    if usable == 0:
        return rms(samples)
    blocks = samples[:usable].reshape(-1, block).astype(np.float64)
    return float(np.sqrt(np.max(np.mean(np.square(blocks), axis=1))))


class EchoGate:
    def __init__(self, coupling: float = PRIOR_COUPLING) -> None:
        self.coupling = coupling

    def is_person(self, heard: np.ndarray, played: np.ndarray) -> bool:
        """Whether `heard`, which voice activity detection called speech, is the person."""
        echo = loudest(played, len(heard)) * self.coupling
        return echo < SILENT_RMS or rms(heard) > MARGIN * echo

    def learn(self, heard: np.ndarray, played: np.ndarray) -> None:
        """Learn the echo level from a frame heard while the OS spoke that was not the person."""
        level = loudest(played, len(heard))
        if level < 10 * SILENT_RMS:
            return
        ratio = min(4.0, rms(heard) / level)
        rate = RISE if ratio > self.coupling else FALL
        self.coupling += rate * (ratio - self.coupling)
