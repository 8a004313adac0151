"""Facts read while a spoken conversation goes on (`os1 talk`), as `os1 chat` reads them
while the person types (cli/meanwhile.py).

After each reply has been said, the person's words are read for facts in the
background. "Said" is the session's Answered event as the session gives it out: a
turn that may yet go on is held until it may not (voice/held_turn.py), so a turn
being read is never one the session will withdraw. The reading stops the moment
the person makes a sound again (the session's `on_voice`), before a word of theirs
is transcribed: the reading model shares the cores with the transcriber and the
reply. The consolidator records its work turn by turn, so a turn is read once and
the rest waits for the next pause; when the talk ends, what is left is read for
OS1_FACTS_WITHIN_S at most (`finish`), as `chat --once` does.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

import click

from os1.cli.meanwhile import read_within
from os1.errors import Os1Error
from os1.voice.events import Answered, Event, Heard, Stopped


class SpokenReading:
    """Reads a conversation's unread turns between the person's utterances."""

    def __init__(self, conversation: Any) -> None:
        self._conversation = conversation
        self._reading: asyncio.Task[int] | None = None
        self.readings = 0  # begun
        self.stopped = 0  # cut short by the person's voice

    def reading(self) -> bool:
        return self._reading is not None and not self._reading.done()

    def listen_to(self, session: Any) -> None:
        """Stop reading whenever the person makes a sound in `session`."""
        session.on_voice = self.voice

    def shown(self, show: Callable[[Event], None]) -> Callable[[Event], None]:
        """`show`, which also starts a reading after each reply and stops one when a turn
        is heard or spoken over (in case a sound was missed)."""

        def showing(event: Event) -> None:
            if isinstance(event, (Heard, Stopped)):
                self.voice()
            show(event)
            if isinstance(event, Answered):
                self.replied()

        return showing

    def replied(self) -> None:
        if self._conversation.mind.consolidator is None or self.reading():
            return
        self.readings += 1
        self._reading = asyncio.ensure_future(self._read())

    def voice(self) -> None:
        if self.reading():
            assert self._reading is not None
            self._reading.cancel()
            self.stopped += 1

    async def finish(self, within_s: float) -> int:
        """The talk is over: stop any reading, then read what is left for `within_s` at
        most; how many turns that last reading read."""
        self.voice()
        if self._reading is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._reading
        consolidator = self._conversation.mind.consolidator
        if consolidator is None:
            return 0
        return await read_within(consolidator, within_s)

    async def _read(self) -> int:
        try:
            return int(await self._conversation.quiet_moment())
        except Os1Error as exc:  # the talk goes on; the turns wait for the next pause
            click.echo(f"os1: facts were not read: {exc} (they will be later)", err=True)
            return 0
