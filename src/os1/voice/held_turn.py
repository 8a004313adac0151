"""A turn whose reply has begun but not yet been heard, and the person's pauses.

The session holds the turn's events (Heard, then its reply's) here until the
silence after the person's last sound has lasted the words' `speak` wait
(turn_taking.py) and the first of the reply's sound is ready. Until then the
person may go on, and the turn is taken up again whole: `resume` gives back its
audio, from its first sound through the pause.
"""

from __future__ import annotations

from collections import deque

import numpy as np

from os1.voice.audio import RATE
from os1.voice.events import Event, Spoken

PAUSES_KEPT = 8  # the person's latest pauses mid-turn, by which the waits grow


class HeldTurn:
    def __init__(self) -> None:
        self.pauses: deque[int] = deque(maxlen=PAUSES_KEPT)  # ms, latest last
        self._frames: list[np.ndarray] | None = None
        self._since: list[np.ndarray] = []
        self._events: list[Event] = []
        self.voiced = 0
        self.speak_at = 0  # the sample before which none of the reply may be heard
        self.spoke_at = 0  # the sample the person's speech ended

    @property
    def open(self) -> bool:
        """Whether a turn is held: its reply begun, none of it heard."""
        return self._frames is not None

    def begin(self, frames: list[np.ndarray], voiced: int, spoke_at: int, speak_ms: int) -> None:
        self._frames, self._since, self._events = frames, [], []
        self.voiced, self.spoke_at = voiced, spoke_at
        self.speak_at = spoke_at + speak_ms * RATE // 1000

    def drop(self) -> None:
        """Hold nothing: the turn was heard, or resumed."""
        self._frames, self._since, self._events = None, [], []

    def listen(self, frame: np.ndarray) -> None:
        """A frame of the pause after the turn, kept in case the turn resumes."""
        if self._frames is not None:
            self._since.append(frame)

    def hold(self, event: Event) -> bool:
        """Keep `event` back if a turn is held; False: it may go out now."""
        if self._frames is None:
            return False
        self._events.append(event)
        return True

    def release(self, now: int, reply_done: bool, ended: bool = False) -> list[Event]:
        """The held events, once the wait is over and the first sound ready (or the reply
        made none); the turn is then no longer held."""
        if self._frames is None or (now < self.speak_at and not ended):
            return []
        if not (ended or reply_done or any(isinstance(e, Spoken) for e in self._events)):
            return []
        events = self._events
        self.drop()
        return events

    def resume(self, at: int) -> list[np.ndarray]:
        """The person went on at sample `at`: the turn's audio through the pause; its held
        events are dropped."""
        frames = [*(self._frames or []), *self._since]
        self.pauses.append((at - self.spoke_at) * 1000 // RATE)
        self.drop()
        return frames
