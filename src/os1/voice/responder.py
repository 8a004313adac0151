"""What a voice session talks to: the responder (the conversation, seen from the voice)
and the wake word detector."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Protocol

import numpy as np

from os1.voice.text_to_speech import Delivery


class Responder(Protocol):
    """What answers: the conversation, seen from the voice."""

    def respond(self, heard: str) -> AsyncIterator[str]: ...

    def delivery(self) -> Delivery:
        """How the reply being spoken should sound (the mood's voice)."""
        ...

    def cut_off(self, said: str) -> None:
        """The person spoke over the reply: only `said` of it was heard."""
        ...

    async def anticipate(self, heard: str) -> None:
        """The person may have finished saying `heard`: begin the reply to it unheard (a
        draft `respond(heard)` then takes up), doing nothing that would need undoing if
        they go on."""
        ...

    def went_on(self) -> None:
        """The person went on after the words last anticipated: drop what was begun."""
        ...

    def withdraw(self) -> bool:
        """The person went on before hearing the reply begun last: undo its turn (nothing
        stored, nothing felt), for the whole comes next. False when it cannot be undone
        (os1 acted on the words: a skill ran, something was forgotten): the turn stands."""
        ...


class WakeWordDetector(Protocol):
    def heard(self, frame: np.ndarray) -> bool: ...

    def reset(self) -> None: ...
