"""The OS's reply audio placed on a voice session's clock, phrase after phrase.

It serves two questions the session asks of what it played: which of its own
sound may come back through the microphone now (the echo gate's reference),
and, when the person speaks over it, which words they had heard by then (only
those count as said).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(slots=True)
class _Playing:
    start: int
    end: int
    text: str
    samples: np.ndarray  # at 16 kHz: the echo reference


class Playback:
    """One reply's phrases, each from the sample it starts playing at."""

    def __init__(self) -> None:
        self._phrases: list[_Playing] = []

    def clear(self) -> None:
        self._phrases = []

    def place(self, phrase: str, reference: np.ndarray, now: int) -> int:
        """Queue `phrase` (its audio at 16 kHz) after whatever plays; the sample it starts at."""
        start = max(now, self._phrases[-1].end if self._phrases else 0)
        self._phrases.append(_Playing(start, start + len(reference), phrase, reference))
        return start

    def playing_after(self, now: int) -> bool:
        """Whether any of it is still to be heard after sample `now`."""
        return bool(self._phrases and self._phrases[-1].end > now)

    def between(self, start: int, end: int) -> np.ndarray:
        """The OS's audio that played between two samples of the clock (silence left out)."""
        parts = []
        for playing in self._phrases:
            if playing.end <= start or playing.start >= end:
                continue
            a, b = max(start, playing.start), min(end, playing.end)
            parts.append(playing.samples[a - playing.start : b - playing.start])
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)

    def said_by(self, at: int) -> str:
        """The words played before sample `at`; a phrase cut midway, by its share of time."""
        said: list[str] = []
        for playing in self._phrases:
            if playing.end <= at:
                said.append(playing.text)
            elif playing.start < at:
                words = playing.text.split()
                heard = len(words) * (at - playing.start) // (playing.end - playing.start)
                said.append(" ".join(words[:heard]))
        return " ".join(s for s in said if s).strip()
