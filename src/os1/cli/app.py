"""The `os1` command: chat, setup, status, memory, mood, journal, export, import.

Heavy parts (llama.cpp, the store) are imported inside commands so that
`os1 --help` answers at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from os1 import __version__
from os1.cli.archive_commands import export, import_
from os1.cli.letter_commands import letters
from os1.cli.mcp_command import mcp
from os1.cli.memory_commands import memory
from os1.cli.mind_commands import journal, mood
from os1.cli.peer_commands import peer
from os1.cli.presence_commands import presence
from os1.cli.serve_command import serve
from os1.cli.skill_commands import cal, contacts, mail, note, proofread, remind
from os1.errors import InputError, Os1Error

if TYPE_CHECKING:
    from os1.brain.types import Brain
    from os1.cli.terminal import Terminal
    from os1.config import Settings
    from os1.memory.store import Store


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="os1")
def cli() -> None:
    """os1: an operating system you talk to.

    Settings come from OS1_* environment variables or $OS1_HOME/config.toml;
    `os1 status` shows those in effect. OS1_DEBUG=1 shows tracebacks.
    """


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


def _wake(settings: Settings) -> Brain:
    from os1.assembly.brains import brain_for, describe_brain

    model = describe_brain(settings).get("model") or settings.brain
    with _progress(f"Waking up ({model})…"):
        return brain_for(settings)


def _first_boot(
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


@cli.command()
@click.option("--once", metavar="TEXT", help="Answer this one message, print the reply, and exit.")
def chat(once: str | None) -> None:
    """Talk with os1 (the first start runs the setup interview).

    Type a message and press Enter; the reply streams as it is written.
    Ctrl-C stops a reply; Ctrl-D or /quit leaves.
    """
    from os1.assembly.conversations import conversation_for, initiative_for
    from os1.assembly.stores import store_for
    from os1.cli.terminal import Terminal
    from os1.config import load_settings
    from os1.mind.persona import load_persona

    settings = load_settings()
    store = store_for(settings)
    term = Terminal()
    persona = load_persona(store, settings.user)
    if persona is None and once is not None:
        raise Os1Error("os1 has not been set up yet", "run `os1 setup` first (or `os1 chat`)")
    brain = _wake(settings)
    with asyncio.Runner() as runner:
        if persona is None:
            _first_boot(runner, settings, store, brain, term)
            persona = load_persona(store, settings.user)
            assert persona is not None
        # Only a person at a terminal leaves quiet moments to work in.
        quiet = term.interactive and once is None
        talk = conversation_for(settings, store, brain, persona, quiet)
        conversation, reminders = talk.conversation, talk.reminders
        try:
            if once is not None:
                runner.run(_reply(conversation, once, term, prefix=""))
                return
            if term.interactive:
                term.say(f"(Talking with {persona.name}. Ctrl-C stops a reply, Ctrl-D leaves.)")
            initiative = initiative_for(settings, store, reminders, persona)
            _chat_loop(runner, conversation, term, persona.name, initiative)
        finally:
            conversation.close()


@cli.command()
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
    """
    from os1.assembly.conversations import conversation_for, initiative_for
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
    talk = conversation_for(settings, store, _wake(settings), persona, quiet=False)
    conversation, reminders = talk.conversation, talk.reminders
    # One person at a terminal: hearing may take two cores.
    voices = speech_for(settings, threads=2)
    wake_word = wake_word_for(settings)
    try:
        if recording is not None and answer is not None:
            exchanges = asyncio.run(
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

        initiative = initiative_for(settings, store, reminders, persona)
        listening = converse_through_microphone(session, _shown(persona.name), _device(device))
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(announcing(initiative, session, listening))
    finally:
        conversation.close()


def _device(given: str | None) -> int | str | None:
    return int(given) if given is not None and given.isdigit() else given


def _shown(name: str) -> Callable[[Any], None]:
    from os1.voice.session import Answered, Failed, Heard, Stopped, Woke

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
    from os1.skills.progress import listening

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


@cli.command()
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
        click.echo(f"Deleted {counts['turns']} turns and the persona.", err=True)
    brain = _wake(settings)
    with asyncio.Runner() as runner:
        _first_boot(runner, settings, store, brain, term)
    click.echo(NEXT_STEPS)


# Setup's last line: where a newcomer goes from here.
NEXT_STEPS = (
    "Next: `os1 chat` to talk by typing, `os1 talk` to talk aloud, or `os1 serve` for the "
    "web client and the OpenAI-compatible API."
)


# How each naming path reads in `os1 status`: whose the name is, and whose the reason.
HOW_NAMED = {
    "model": "chosen by the model, in its own words",
    "model-stock-reason": "chosen by the model; its reason was unusable, so the words are "
    "os1's stock reason",
    "model-constrained": "chosen by the model from names os1 knows a story for",
    "interview": "chosen by os1 from the interview answers, not by the model",
}


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object, for scripts.")
def status(as_json: bool) -> None:
    """Show the OS's name and how it was chosen, the model, data location, counts, settings."""
    from os1.assembly.brains import describe_brain
    from os1.assembly.stores import store_for
    from os1.config import load_settings, setting_sources
    from os1.mind.persona import load_persona

    settings = load_settings()
    store = store_for(settings)
    persona = load_persona(store, settings.user)
    sources = setting_sources(settings)
    values = settings.model_dump(mode="json")
    report: dict[str, Any] = {
        "name": persona.name if persona else None,
        "chosen_by": persona.chosen_by if persona else None,
        "reason": persona.reason if persona else None,
        "naming_notes": persona.naming_notes if persona else [],
        "user": settings.user,
        "user_name": persona.user_name if persona else None,
        "brain": describe_brain(settings),
        "data": settings.describe_database(),
        "counts": store.counts(settings.user),
        "settings": {
            key: {"value": "(set)" if key == "brain_key" and value else value, "from": sources[key]}
            for key, value in values.items()
        },
    }
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    if persona:
        click.echo(
            f"Name      {persona.name} ({HOW_NAMED.get(persona.chosen_by, persona.chosen_by)})"
        )
        click.echo(f"          “{persona.introduction}”")
    else:
        click.echo("Name      (not set up yet: run `os1 chat` or `os1 setup`)")
    brain = report["brain"]
    click.echo(f"Brain     {' · '.join(f'{k}: {v}' for k, v in brain.items())}")
    click.echo(f"Data      {report['data']}")
    counts = report["counts"]
    click.echo(f"Stored    {counts['turns']} turns in {counts['sessions']} sessions")
    click.echo("Settings")
    for key, entry in report["settings"].items():
        click.echo(f"  {key:<18} {entry['value']!s:<40} ({entry['from']})")


cli.add_command(memory)
cli.add_command(mood)
cli.add_command(journal)
cli.add_command(note)
cli.add_command(remind)
cli.add_command(contacts)
cli.add_command(proofread)
cli.add_command(cal)
cli.add_command(mail)
cli.add_command(letters)
cli.add_command(serve)
cli.add_command(presence)
cli.add_command(mcp)
cli.add_command(export)
cli.add_command(import_)
cli.add_command(peer)


def main() -> None:
    # Everything os1 writes (the database, exports, calendars, letters, config) is one
    # person's private life: no other user of the machine may read it.
    os.umask(0o077)
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except Os1Error as exc:
        if os.environ.get("OS1_DEBUG"):
            raise
        click.echo(f"os1: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
