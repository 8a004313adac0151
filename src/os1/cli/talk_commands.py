"""`os1 chat` and `os1 talk`: a conversation by typing, and aloud."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from os1.cli.setup_command import first_boot_at, wake
from os1.errors import InputError, Os1Error
from os1.skills.progress import listening

# The conversation, the speech models, the store and the terminal are imported inside
# the commands: `os1 --help` loads this module, and they take 0.1 to 0.9 s each to
# import (python -X importtime, 2 cores), against 0.1 s for the whole help.
if TYPE_CHECKING:
    from os1.assembly.minds import SharedModels
    from os1.brain.types import Brain
    from os1.cli.terminal import Terminal
    from os1.config import Settings
    from os1.memory.store import Store
    from os1.mind.persona import Persona


@click.command()
@click.option("--once", metavar="TEXT", help="Answer this one message, print the reply, and exit.")
def chat(once: str | None) -> None:
    """Talk with os1 (the first start runs the setup interview).

    Type a message and press Enter; the reply streams as it is written.
    Ctrl-C stops a reply; Ctrl-D or /quit leaves.
    """
    from os1.config import load_settings

    settings = load_settings()
    store, persona, brain, shared = _woken(settings, once)
    from os1.assembly.people import person
    from os1.cli.terminal import Terminal
    from os1.mind.persona import load_persona

    # Only now: llama.cpp points sys.stdout at /dev/null while it loads, and a terminal
    # made meanwhile would keep writing there (7 replies in about 45 runs went missing so).
    term = Terminal()
    with asyncio.Runner() as runner:
        if persona is None:
            first_boot_at(runner, settings, store, brain, term)
            persona = load_persona(store, settings.user)
            assert persona is not None
        # Only a person at a terminal pauses between turns to read them in; a message
        # given once, or a script's, is read as the chat ends (_read_before_exit).
        quiet = term.interactive and once is None
        own = person(settings, settings.user)
        talk = own.talk(store, brain, persona, quiet, shared=shared)
        conversation, reminders = talk.conversation, talk.reminders
        try:
            if once is not None:
                runner.run(_reply(conversation, once, term, prefix=""))
            else:
                if term.interactive:
                    term.say(f"(Talking with {persona.name}. Ctrl-C stops a reply, Ctrl-D leaves.)")
                initiative = own.initiative(store, persona, reminders)
                _chat_loop(runner, conversation, term, persona.name, initiative)
            _read_before_exit(runner, settings, store, conversation)
            runner.run(conversation.settle())
        finally:
            conversation.close()


def _read_before_exit(
    runner: asyncio.Runner, settings: Settings, store: Store, conversation: Any
) -> None:
    """What the person said and was not yet read for facts is read now, for a few seconds
    at most (OS1_FACTS_WITHIN_S): the reply has been printed, and the rest waits."""
    from os1.assembly.minds import facts_for
    from os1.cli.meanwhile import read_within
    from os1.memory.episodes import EpisodicMemory
    from os1.memory.fact_records import count_unconsolidated
    from os1.mind.interview import load_answers

    started = time.monotonic()
    consolidator = conversation.mind.consolidator
    memory = conversation.mind.memory
    if not isinstance(memory, EpisodicMemory) or not count_unconsolidated(store, settings.user):
        return
    if consolidator is None:
        # Made only now, so the first byte of a reply never waits on a second model.
        name = load_answers(store, settings.user).user_name
        facts = facts_for(settings, store, memory, name)
        if facts is None or facts.consolidator is None:
            return
        consolidator = facts.consolidator
    left = settings.facts_within_s - (time.monotonic() - started)
    with contextlib.suppress(KeyboardInterrupt):  # leaving at once: the rest waits
        runner.run(read_within(consolidator, max(0.0, left)))


def _woken(
    settings: Settings, once: str | None
) -> tuple[Store, Persona | None, Brain, SharedModels]:
    """The store, the persona, the brain and the shared models, loaded side by side.

    llama.cpp and ONNX Runtime do most of their loading outside the interpreter's
    lock, so the brain wakes while the store opens and the conversation's modules
    import (about 0.5 s), and the encoder and the classifier load meanwhile. One
    after another they held the first reply back by about 1.5 s (benchmarks/start.py).
    """
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as waking:
        woken = waking.submit(wake, settings)
        from os1.assembly.minds import shared_models_for
        from os1.assembly.stores import store_for
        from os1.mind.persona import load_persona

        store = store_for(settings)
        persona = load_persona(store, settings.user)
        if persona is None and once is not None:
            raise Os1Error("os1 has not been set up yet", "run `os1 setup` first (or `os1 chat`)")
        shared = shared_models_for(settings, wait=False)
        # The rest of the conversation's modules, imported while the models load.
        import os1.assembly.people  # noqa: F401

        return store, persona, woken.result(), shared


@click.command()
@click.option(
    "--in", "recording", type=click.Path(dir_okay=False, path_type=Path),
    help="Talk through files: what you said, a WAV (or other common audio) file.",
)  # fmt: skip
@click.option(
    "--out", "answer", type=click.Path(dir_okay=False, path_type=Path),
    help="With --in: where os1's spoken answer goes, as a WAV file.",
)  # fmt: skip
@click.option("--device", help="Sound device (number or name); `python -m sounddevice` lists them.")
def talk(recording: Path | None, answer: Path | None, device: str | None) -> None:
    """Talk with os1 aloud: through the microphone and speakers, or through files.

    Speak when you like; os1 answers when you stop, and stops when you speak
    over it (only what it had said by then counts as said). With OS1_WAKE_WORD
    set, it waits for that word first. Ctrl-C leaves.

    With --in and --out, the recording plays in as if it were the microphone,
    and the answer is what the speakers would have played, on the same clock.

    What you tell os1 is read for facts in the pauses after its replies, and
    what is left when you leave, for a few seconds (OS1_FACTS_WITHIN_S).
    """
    from os1.assembly.people import person
    from os1.assembly.stores import store_for
    from os1.assembly.voice import speech_for, wake_word_for
    from os1.config import load_settings
    from os1.conversation.spoken import ConversationResponder, talk_over_files
    from os1.mind.persona import load_persona

    if (recording is None) != (answer is None):
        raise Os1Error("--in and --out go together", "give both, or neither to use the microphone")
    settings = load_settings()
    store = store_for(settings)
    persona = load_persona(store, settings.user)
    if persona is None:
        raise Os1Error("os1 has not been set up yet", "run `os1 setup` first")
    own = person(settings, settings.user)
    # At the microphone there are pauses to read facts in (cli/spoken_facts.py); through
    # files the recording is read at the end, as `chat --once` reads its message.
    talk = own.talk(store, wake(settings), persona, quiet=recording is None)
    conversation, reminders = talk.conversation, talk.reminders
    # One person at a terminal: hearing may take two cores.
    voices = speech_for(settings, threads=2)
    wake_word = wake_word_for(settings)
    try:
        if recording is not None and answer is not None:
            with asyncio.Runner() as runner:
                exchanges = runner.run(
                    talk_over_files(
                        conversation,
                        voices.transcriber,
                        voices.speaker,
                        recording,
                        answer,
                        wake_word=wake_word,
                    )
                )
                for exchange in exchanges:
                    cut = " [you spoke over it here]" if exchange.cut_off else ""
                    click.echo(f"you > {exchange.heard}\n{persona.name} > {exchange.said}{cut}")
                click.echo(f"The spoken answer is in {answer}.", err=True)
                _read_before_exit(runner, settings, store, conversation)
            return
        from os1.voice.microphone import converse_through_microphone
        from os1.voice.session import VoiceSession

        session = VoiceSession(
            ConversationResponder(conversation),
            voices.transcriber,
            voices.speaker,
            wake_word=wake_word,
        )
        called = f' Say "{settings.wake_word.replace("_", " ")}" first.' if wake_word else ""
        click.echo(f"(Listening.{called} Ctrl-C leaves.)", err=True)
        from os1.cli.meanwhile import announcing
        from os1.cli.spoken_facts import SpokenReading

        initiative = own.initiative(store, persona, reminders)
        reading = SpokenReading(conversation)
        reading.listen_to(session)
        shown = reading.shown(_shown(persona.name))
        listening = converse_through_microphone(session, shown, _device(device))

        async def talking() -> None:
            try:
                await announcing(initiative, session, listening)
            finally:  # Ctrl-C: what was not read yet is, for a few seconds at most
                await reading.finish(settings.facts_within_s)
                await conversation.settle()

        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(talking())
    finally:
        conversation.close()


def _device(given: str | None) -> int | str | None:
    return int(given) if given is not None and given.isdigit() else given


def _shown(name: str) -> Callable[[Any], None]:
    from os1.voice.events import Answered, Failed, Heard, Stopped, Woke

    def show(event: Any) -> None:
        if isinstance(event, Heard):
            click.echo(f"you > {event.text.strip()}")
        elif isinstance(event, Answered):
            click.echo(f"{name} > {event.text}")
        elif isinstance(event, Stopped):
            click.echo(f"({name} stopped; you heard: {event.said!r})")
        elif isinstance(event, Woke):
            click.echo("(listening)")
        elif isinstance(event, Failed):
            click.echo(f"os1: {event.problem}: {event.fix}.", err=True)

    return show


def _chat_loop(
    runner: asyncio.Runner, conversation: Any, term: Terminal, name: str, initiative: Any
) -> None:
    from os1.cli.meanwhile import consolidating, reaching_out, speak_first
    from os1.cli.terminal import read_line_meanwhile

    # What came due while os1 was closed, and what waited for the person, comes first.
    speak_first(initiative, term, name)
    meanwhile = [consolidating(conversation), reaching_out(initiative, term, name, "you > ")]
    while True:
        try:
            if term.interactive:
                line = runner.run(read_line_meanwhile(term, "you > ", meanwhile))
            else:
                line = term.read_line("")
        except InputError as exc:
            click.echo(f"os1: {exc}", err=True)
            continue
        except KeyboardInterrupt:
            term.say("")
            return
        if line is None or line.strip() in {"/quit", "/exit"}:
            return
        try:
            runner.run(_reply(conversation, line, term, prefix=f"{name} > "))
        except InputError as exc:
            click.echo(f"os1: {exc}", err=True)
        except KeyboardInterrupt:
            term.say(" …(stopped)")


async def _reply(conversation: Any, text: str, term: Terminal, prefix: str) -> None:
    from os1.cli.meanwhile import WorkShown

    reply = conversation.say(text)
    shown_prefix = prefix if prefix and term.interactive else ""
    term.write(shown_prefix)
    # Long work (a letter being drafted) says what it is doing until the reply starts.
    work = WorkShown(term, shown_prefix)
    started = False
    try:
        with listening(work.report):
            async for piece in reply:
                if not started:
                    work.done()
                    piece = piece.lstrip()
                    started = True
                term.write(piece)
    finally:
        work.done()
    term.write("\n")
