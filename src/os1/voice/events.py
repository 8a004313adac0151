"""What a voice session emits, in order, for a transport to play or show.

Heard (the person's turn ended), Spoken (reply audio to play from a sample of
the session's clock), Stopped (the person spoke over the OS: drop what is
queued), Answered (the whole reply, as written), Woke (the wake word was heard)
and Failed (no reply could be made: tell the person).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class Heard:
    text: str
    at: int  # sample at which the turn ended


@dataclass(frozen=True, slots=True)
class Spoken:
    """Reply audio to play from sample `at` of the session's clock."""

    samples: np.ndarray  # float32 at text_to_speech.SAMPLE_RATE
    text: str
    at: int


@dataclass(frozen=True, slots=True)
class Stopped:
    """The person spoke over the OS: drop whatever is queued to play."""

    at: int
    said: str  # what of the reply was played before that


@dataclass(frozen=True, slots=True)
class Answered:
    text: str  # the whole reply, as written


@dataclass(frozen=True, slots=True)
class Woke:
    at: int


@dataclass(frozen=True, slots=True)
class Failed:
    """The reply could not be made (the brain is unreachable, say): tell the person."""

    problem: str
    fix: str


Event = Heard | Spoken | Stopped | Answered | Woke | Failed
