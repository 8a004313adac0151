"""Reading people's words for facts on a server: after each reply, in the background.

One worker for everyone the server hosts, with a brain of its own (for the
embedded model, a second llama.cpp context over the same weights, made when it is
first needed): whoever's reply has just ended is due, and the worker reads their
new turns, one person at a time, longest due first.

The reply path never waits on it. A reply that starts anywhere on the server
cancels the reading at once, since the embedded model is one model on the same
cores (the consolidator records its work turn by turn, so a turn is read once
and the rest waits), and reading resumes only when no reply is being written.
On a server that is never idle, facts wait for a pause.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from os1.assembly.brains import second_brain_for
from os1.assembly.minds import facts_for
from os1.brain.types import Brain
from os1.config import Settings
from os1.conversation.loop import Conversation
from os1.errors import Os1Error
from os1.memory.episodes import EpisodicMemory
from os1.memory.store import Store
from os1.mind.interview import load_answers

log = logging.getLogger("os1.server")


class FactReading:
    """The server's reader; `watch` each conversation, and `run` it for the server's life."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        settings_for: Callable[[str], Settings],
        reader: Brain | None = None,
    ) -> None:
        """`reader`: the brain facts are read with; unless given, `second_brain_for`."""
        self.settings = settings
        self.store = store
        self.settings_for = settings_for
        self._reader = reader
        self._loading: asyncio.Future[Brain] | None = None
        self._broken = False  # the reader could not be made: the server said so once
        self._due: dict[str, EpisodicMemory] = {}  # in the order they became due
        self._writing = 0  # replies being written now, anyone's
        self._wake = asyncio.Event()
        self._reading: asyncio.Task[None] | None = None
        self.turns_read = 0

    def watch(self, user_id: str, conversation: Conversation) -> None:
        """Read this person's turns after each of the conversation's replies."""
        memory = conversation.mind.memory
        if not self.settings.facts or not isinstance(memory, EpisodicMemory):
            return

        def replying(writing: bool) -> None:
            if writing:
                self._writing += 1
                if self._reading is not None:
                    self._reading.cancel()
                return
            self._writing -= 1
            self._due.pop(user_id, None)
            self._due[user_id] = memory
            self._wake.set()

        conversation.on_reply = replying

    def due(self) -> list[str]:
        """Whose turns wait to be read, longest waiting first."""
        return list(self._due)

    async def run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._due and not self._writing and not self._broken:
                user_id, memory = next(iter(self._due.items()))
                del self._due[user_id]
                reading = asyncio.create_task(self._read(user_id, memory))
                self._reading = reading
                await asyncio.wait([reading])
                self._reading = None
                if reading.cancelled():
                    # A reply began: they are due again, after whoever else waits.
                    self._due.setdefault(user_id, memory)
                elif (problem := reading.exception()) is not None:
                    log.warning("Facts were not read for %s: %s", user_id, problem)

    async def stop(self, running: asyncio.Task[None]) -> None:
        for task in (self._reading, running):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def _read(self, user_id: str, memory: EpisodicMemory) -> None:
        reader = await self._brain()
        if reader is None:
            return
        settings = self.settings_for(user_id)
        name = load_answers(self.store, user_id).user_name
        facts = facts_for(settings, self.store, memory, name, reader=reader)
        if facts is None or facts.consolidator is None:
            return
        while (report := await facts.consolidator.run(limit=5)).turns:
            self.turns_read += report.turns

    async def _brain(self) -> Brain | None:
        if self._reader is None and not self._broken:
            if self._loading is None:
                # Off the event loop's thread (0.2 s for SmolLM2); once, even if a reply
                # cancels the reading that asked for it.
                self._loading = asyncio.ensure_future(
                    asyncio.to_thread(second_brain_for, self.settings)
                )
            try:
                self._reader = await asyncio.shield(self._loading)
            except Os1Error as exc:
                self._broken = True
                log.warning("Facts will not be read on this server: %s (%s)", exc.problem, exc.fix)
        return self._reader
