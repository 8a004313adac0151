"""The server's side of the OS speaking first: who is listening, and a clock that looks.

Each person's OS decides what to say with `conversation.initiative.Initiative`.
This module ticks its clock for everyone on the server and hands what was
decided to the person's open chat sockets; what finds no socket waits and is
delivered when one opens (`deliver_waiting`).

Looking costs a few queries a person, so the clock looks at two speeds: every
`TICK_S` only at the people with a reminder now due (one query for the whole
server), and every `ROUND_S` at everyone active in the last month, a slice at
a time so that conversations in progress never wait behind it. The person's
calendar is read for the day ahead in a calendar thread first (`ReadAhead`).

The decision reads and writes the store, so it runs in the clock's own thread
with a connection of its own (`ClockStore`): a write that waits for the
database's lock (a restore of 200,000 turns holds it for seconds, in one
transaction) then holds up the clock, not every conversation on the server.
Only telling the person happens on the event loop, where their sockets are.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TypeVar

from os1.conversation.initiative import Initiative
from os1.conversation.outreach_records import Outreach
from os1.errors import Os1Error
from os1.memory.store import Store
from os1.mind.persona import load_persona
from os1.server.personal_os import PersonalOSes
from os1.skills.calendar import ReadAhead
from os1.skills.reminders import everyone_due

log = logging.getLogger("os1.server")
TICK_S = 30.0
ROUND_S = 600.0
SLICE = 50  # people looked at before letting conversations run again
ACTIVE = timedelta(days=30)
# What the OS may look at in the calendar: the next ten minutes, the rest of the day.
READ_AHEAD = timedelta(days=1, hours=1)

# How one open connection (a chat socket, a voice socket) passes messages on to the person.
Tell = Callable[[list[Outreach]], Awaitable[None]]
T = TypeVar("T")


class ClockStore:
    """The clock's connection to the store, opened, used and closed in its one thread
    (an SQLite connection belongs to the thread that made it)."""

    def __init__(self, open_store: Callable[[], Store]) -> None:
        self._open = open_store
        self._store: Store | None = None
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="os1-outreach")

    async def run(self, work: Callable[[Store], T]) -> T:
        """`work(store)` in the clock's thread, awaited from the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, partial(self._with_store, work))

    def _with_store(self, work: Callable[[Store], T]) -> T:
        if self._store is None:
            self._store = self._open()
        return work(self._store)

    def close(self) -> None:
        def closing() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None

        self._thread.submit(closing).result()
        self._thread.shutdown()


class Listeners:
    """The open connections of each person, to say things to them as they happen."""

    def __init__(self) -> None:
        self._sockets: defaultdict[str, set[Tell]] = defaultdict(set)

    def add(self, user_id: str, tell: Tell) -> None:
        self._sockets[user_id].add(tell)

    def remove(self, user_id: str, tell: Tell) -> None:
        held = self._sockets.get(user_id)
        if held is not None:
            held.discard(tell)
            if not held:
                del self._sockets[user_id]

    def present(self, user_id: str) -> bool:
        return user_id in self._sockets

    def people(self) -> list[str]:
        return list(self._sockets)

    def count(self) -> int:
        return len(self._sockets)

    async def tell(self, user_id: str, outreach: list[Outreach]) -> bool:
        """Say them on every connection of theirs; whether at least one took them."""
        told = False
        for tell in list(self._sockets.get(user_id, ())):
            try:
                await tell(outreach)
                told = True
            except Exception:  # a socket closing as we speak: the others still hear it
                self.remove(user_id, tell)
        return told


def as_frames(send: Callable[[str], Awaitable[None]]) -> Tell:
    """A chat socket's way of telling: one outreach frame each."""

    async def tell(outreach: list[Outreach]) -> None:
        for said in outreach:
            await send(json.dumps({"type": "outreach", "kind": said.kind, "text": said.text}))

    return tell


class Outreaching:
    def __init__(self, oses: PersonalOSes, listeners: Listeners, clock_store: ClockStore) -> None:
        self.oses = oses
        self.listeners = listeners
        self.clock_store = clock_store
        # One delivery at a time for each person: a chat opening and the clock's tick each
        # read what waits, and under load both told it before either marked it delivered
        # ("It's time to water the basil." said twice).
        self._delivering: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    def initiative(self, user_id: str, store: Store | None = None) -> Initiative | None:
        """Their OS's initiative, assembled as the terminal's is, over `store` (the
        server's, unless the clock's own). Reading its calendar here would hold up the
        event loop, so `look` puts the day read ahead (in a calendar thread) in its
        place before deciding; nothing else here reads it."""
        store = store or self.oses.store
        persona = load_persona(store, user_id)
        if persona is None:
            return None
        return self.oses.person(user_id).initiative(store, persona)

    async def _read_ahead(self, user_id: str, now: datetime) -> ReadAhead | None:
        calendar = self.oses.calendar(user_id)
        try:
            return await ReadAhead.of(calendar, now, now + READ_AHEAD)
        except Os1Error as exc:  # their calendar is theirs to mend; the rest goes on
            log.warning("The calendar of %s cannot be read: %s", user_id, exc)
            return None

    async def look(self, user_id: str, now: datetime) -> None:
        """Decide what this person's OS says now; tell them if they are here.

        A failure is logged, not raised: one person's records must not stop the clock
        for everyone, nor close the chat socket that asked.
        """
        try:
            initiative = await self.clock_store.run(partial(self.initiative, user_id))
            if initiative is None:
                return
            initiative.calendar = await self._read_ahead(user_id, now)
            present = self.listeners.present(user_id)
            await self.clock_store.run(lambda _: initiative.settle(now, present=present))
            await self.deliver_waiting(user_id, initiative)
        except Exception:
            log.exception("Looking for what to say first to %s failed", user_id)

    async def deliver_waiting(self, user_id: str, initiative: Initiative | None = None) -> None:
        """What waits for this person, told on their open connections and marked delivered
        (both in the clock's thread), if they are here."""
        if not self.listeners.present(user_id):
            return
        if initiative is None:
            initiative = await self.clock_store.run(partial(self.initiative, user_id))
            if initiative is None:
                return
        async with self._delivering[user_id]:
            waiting = await self.clock_store.run(lambda _: initiative.pending())
            if waiting and await self.listeners.tell(user_id, waiting):
                ids, at = [o.id for o in waiting], datetime.now(UTC)
                await self.clock_store.run(lambda _: initiative.delivered(ids, at))

    async def run(self, tick_s: float = TICK_S, round_s: float = ROUND_S) -> None:
        """The clock, until cancelled (the server stopping)."""
        last_round = datetime.now(UTC)
        while True:
            await asyncio.sleep(tick_s)
            now = datetime.now(UTC)
            try:
                for user_id in await self.clock_store.run(partial(everyone_due, now=now)):
                    await self.look(user_id, now)
                if (now - last_round).total_seconds() >= round_s:
                    last_round = now
                    await self._round(now)
            except Exception:  # the store failing: the next tick tries again
                log.exception("Looking for what to say first failed; trying again next tick")

    async def _round(self, now: datetime) -> None:
        speakers = await self.clock_store.run(lambda store: store.speakers_since(now - ACTIVE))
        for index, user_id in enumerate(sorted(speakers | set(self.listeners.people()))):
            await self.look(user_id, now)
            if index % SLICE == SLICE - 1:
                await asyncio.sleep(0)


async def stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
