"""What a chat does while the person is quiet: read their words for facts, announce reminders."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import click

from os1.cli.terminal import Terminal
from os1.errors import Os1Error
from os1.skills.reminders import Reminders

# Seconds without a message before os1 turns to its quiet-moment work.
QUIET_AFTER_S = 15.0
# Reminders can be added from another process (`os1 remind`): look at least this often.
LOOK_EVERY_S = 30.0


def consolidating(
    conversation: Any, after_s: float = QUIET_AFTER_S
) -> Callable[[], Awaitable[None]]:
    async def work() -> None:
        await asyncio.sleep(after_s)
        try:
            await conversation.quiet_moment()
        except Os1Error as exc:  # the conversation goes on; facts wait for next time
            click.echo(f"\nos1: facts were not consolidated: {exc}", err=True)

    return work


def announce(reminders: Reminders, term: Terminal, prompt: str = "") -> int:
    """Say every reminder now due; how many were said."""
    due = reminders.due(datetime.now(UTC))
    for reminder in due:
        late = datetime.now(UTC) - reminder.due_at
        when = (
            f" (due {reminder.due_at.astimezone():%a %H:%M})" if late.total_seconds() > 90 else ""
        )
        term.write(f"\r\N{ALARM CLOCK} Reminder: {reminder.text}{when}\n{prompt}")
    return len(due)


def reminding(reminders: Reminders, term: Terminal, prompt: str) -> Callable[[], Awaitable[None]]:
    async def work() -> None:
        while True:
            announce(reminders, term, prompt)
            following = reminders.next_due()
            wait = LOOK_EVERY_S
            if following is not None:
                wait = min(wait, max(0.0, (following - datetime.now(UTC)).total_seconds()))
            await asyncio.sleep(wait + 0.05)

    return work
