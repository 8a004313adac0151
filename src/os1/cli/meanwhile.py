"""What a chat does while the person is quiet: read their words for facts, and speak first
when the OS has reason to (conversation/initiative.py); and what it shows while the person
waits on long work (a letter being drafted: skills/progress.py).

Facts are read as soon as a reply has ended, while the person reads it and types the
next message, and the reading is cancelled when that message comes (the consolidator
records its work turn by turn: a turn is read once, and the rest waits for the next
pause). A chat that ends (`--once`, a script's input running out, Ctrl-D) reads what
is left for a few seconds at most (OS1_FACTS_WITHIN_S); the rest is read next time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import click

from os1.cli.terminal import Terminal
from os1.errors import Os1Error

if TYPE_CHECKING:
    from os1.conversation.initiative import Initiative
    from os1.memory.consolidation import Consolidator
    from os1.voice.session import VoiceSession

# Reminders can be added from another process (`os1 remind`), and meetings come up:
# look at least this often.
LOOK_EVERY_S = 30.0


def consolidating(conversation: Any) -> Callable[[], Awaitable[None]]:
    async def work() -> None:
        try:
            await conversation.quiet_moment()
        except Os1Error as exc:  # the conversation goes on; facts wait for next time
            click.echo(f"\nos1: facts were not consolidated: {exc}", err=True)

    return work


async def read_within(consolidator: Consolidator, within_s: float) -> int:
    """Read the person's unread turns for facts for `within_s` at most; how many were read.

    A turn being read when time is up is left for next time: the model stops at
    its next token (a prompt it is reading is finished first, a fraction of a second).
    """
    read = 0

    async def reading() -> None:
        nonlocal read
        while (report := await consolidator.run(limit=1)).turns:
            read += report.turns

    task = asyncio.create_task(reading())
    done, _ = await asyncio.wait([task], timeout=within_s)
    if not done:
        task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    except Os1Error as exc:
        click.echo(f"os1: facts were not read: {exc} (they will be next time)", err=True)
    return read


class WorkShown:
    """A skill's reports, shown until the reply starts: on a terminal, in place after the
    OS's name, each replacing the last; to a script, as lines on stderr."""

    def __init__(self, term: Terminal, prefix: str) -> None:
        self.term = term
        self.prefix = prefix
        self.in_place = term.stdout.isatty()
        self.showing = False

    async def report(self, text: str) -> None:
        if self.in_place:
            self.term.write(f"\r\x1b[K{self.prefix}\x1b[2m({text})\x1b[0m")
            self.showing = True
        else:
            click.echo(f"({text})", err=True)

    def done(self) -> None:
        """The reply begins: what was shown in its place goes."""
        if self.showing:
            self.term.write(f"\r\x1b[K{self.prefix}")
            self.showing = False


def speak_first(initiative: Initiative, term: Terminal, name: str, prompt: str = "") -> int:
    """Say what the OS has to say now, and what waited for the person; how many."""
    initiative.settle(datetime.now(UTC), present=True)
    waiting = initiative.pending()
    for outreach in waiting:
        term.write(f"\r{name} > {outreach.text}\n{prompt}")
    initiative.delivered([o.id for o in waiting], datetime.now(UTC))
    return len(waiting)


def reaching_out(
    initiative: Initiative, term: Terminal, name: str, prompt: str
) -> Callable[[], Awaitable[None]]:
    async def work() -> None:
        while True:
            speak_first(initiative, term, name, prompt)
            following = initiative.reminders.next_due()
            wait = LOOK_EVERY_S
            if following is not None:
                wait = min(wait, max(0.0, (following - datetime.now(UTC)).total_seconds()))
            await asyncio.sleep(wait + 0.05)

    return work


async def announcing(
    initiative: Initiative, session: VoiceSession, listening: Coroutine[Any, Any, None]
) -> None:
    """Run a spoken conversation (`listening`), and say aloud what the OS has to say first."""
    conversation = asyncio.ensure_future(listening)
    while not conversation.done():
        initiative.settle(datetime.now(UTC), present=True)
        waiting = initiative.pending()
        for outreach in waiting:
            await session.announce(outreach.text)
        initiative.delivered([o.id for o in waiting], datetime.now(UTC))
        await asyncio.wait([conversation], timeout=LOOK_EVERY_S)
    await conversation
