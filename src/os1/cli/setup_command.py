"""`os1 setup`: the first-boot interview, and waking the brain for every conversation."""

from __future__ import annotations

import asyncio
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from os1.errors import InputError, Os1Error

# The brain, the store, the settings, the terminal and rich (its spinner) are imported
# inside the commands: `os1 --help` loads this module, and they take 0.1 to 0.9 s each
# to import (python -X importtime, 2 cores), against 0.1 s for the whole help.
if TYPE_CHECKING:
    from os1.brain.types import Brain
    from os1.cli.terminal import Terminal
    from os1.config import Settings
    from os1.memory.store import Store


@contextmanager
def _progress(message: str) -> Iterator[None]:
    """A spinner on a terminal; a quiet line for scripts."""
    started = time.perf_counter()
    if sys.stderr.isatty():
        from rich.console import Console

        with Console(stderr=True).status(message):
            yield
        click.echo(f"{message} done ({time.perf_counter() - started:.1f} s)", err=True)
    else:
        yield


def wake(settings: Settings) -> Brain:
    from os1.assembly.brains import brain_for, describe_brain

    model = describe_brain(settings).get("model") or settings.brain
    with _progress(f"Waking up ({model})…"):
        return brain_for(settings)


def first_boot_at(
    runner: asyncio.Runner, settings: Settings, store: Store, brain: Brain, term: Terminal
) -> None:
    from os1.conversation.first_boot import first_boot

    async def ask(question: str) -> str | None:
        term.say(question)
        while True:
            try:
                return term.read_line("> " if term.interactive else "")
            except InputError as exc:
                if not term.interactive:
                    raise
                term.say(str(exc))

    _, choice = runner.run(
        first_boot(
            brain,
            store,
            settings.user,
            ask,
            term.say,
            seed=settings.seed,
            retry_invalid=term.interactive,
        )
    )
    if choice.chosen_by == "interview" and choice.rejected:
        notes = "; ".join(choice.rejected)
        click.echo(f"(The model's proposals were unusable: {notes}.)", err=True)


@click.command()
@click.option("--reset", is_flag=True, help="Delete this person's conversations and persona first.")
@click.option("--yes", is_flag=True, help="Do not ask before --reset deletes anything.")
def setup(reset: bool, yes: bool) -> None:
    """Run the first-boot interview again; the OS chooses its name anew.

    Conversations are kept unless --reset. When input is not a terminal the
    answers are read one per line (an empty line skips a question).
    """
    from os1.assembly.stores import store_for
    from os1.cli.terminal import Terminal
    from os1.config import load_settings

    settings = load_settings()
    store = store_for(settings)
    term = Terminal()
    if reset:
        counts = store.counts(settings.user)
        if not yes:
            if not term.interactive:
                raise Os1Error(
                    "--reset would delete everything os1 knows about you",
                    "add --yes to confirm when running from a script",
                )
            click.confirm(
                f"Delete {counts['turns']} turns in {counts['sessions']} sessions, the "
                "persona and the interview answers?",
                abort=True,
            )
        store.delete_user(settings.user)
        store.ensure_user(settings.user)
        from os1.assembly.brains import prompt_states

        shutil.rmtree(prompt_states(settings), ignore_errors=True)
        click.echo(f"Deleted {counts['turns']} turns and the persona.", err=True)
    brain = wake(settings)
    with asyncio.Runner() as runner:
        first_boot_at(runner, settings, store, brain, term)
    click.echo(NEXT_STEPS)


# Setup's last line: where a newcomer goes from here.
NEXT_STEPS = (
    "Next: `os1 chat` to talk by typing, `os1 talk` to talk aloud, or `os1 serve` for the "
    "web client and the OpenAI-compatible API."
)
