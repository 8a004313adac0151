"""`os1 memory`: what os1 remembers of you, searched, shown, forgotten, exported, restored.

Turns are what was said; facts are what os1 concluded from them, each citing
its turns (`os1 memory facts`, `os1 memory consolidate`).
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from os1.errors import InputError
from os1.memory import fact_records
from os1.mind.interview import load_answers

# Each command imports the parts it runs when it runs: `os1 --help` imports every command
# module, and its own imports take about 0.09 s. Measured with python -X importtime
# (2026-12-04, 2 cores), the settings and the store would add about 0.1 to 0.2 s, the
# sentence encoder and episodes 0.2 s, the minds' assembly 0.4 s, the memory file 0.15 s.

if TYPE_CHECKING:
    from os1.memory.store import Store
    from os1.memory.types import StoredTurn


def _open() -> tuple[Store, str]:
    from os1.assembly.stores import store_for
    from os1.config import load_settings

    settings = load_settings()
    return store_for(settings), settings.user


def _line(turn: StoredTurn) -> str:
    who = "you" if turn.role == "user" else "os1"
    text = " ".join(turn.text.split())
    text = text if len(text) <= 90 else text[:89] + "…"
    return f"{turn.id:>6}  {turn.created_at[:16].replace('T', ' ')}  {who:>3}: {text}"


@click.group()
def memory() -> None:
    """What os1 remembers of you: every turn, yours to search, read, forget and take away."""


@memory.command("list")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
def list_(limit: int) -> None:
    """The latest turns, oldest first, with their ids."""
    store, user = _open()
    turns = store.recent_turns(user, limit)
    if not turns:
        click.echo("os1 remembers nothing of you yet: talk with it first (`os1 chat`).", err=True)
    for turn in turns:
        click.echo(_line(turn))


@memory.command()
@click.argument("query")
@click.option("-k", type=click.IntRange(1, 100), default=5, show_default=True)
def search(query: str, k: int) -> None:
    """The turns that best answer QUERY (words and meaning both count)."""
    from os1.brain.sentence_encoder import SentenceEncoder
    from os1.memory.episodes import EpisodicMemory

    if not query.strip():
        raise InputError("The search is empty", "say what to look for: `os1 memory search Ruth`")
    store, user = _open()
    hits = EpisodicMemory(store, user, SentenceEncoder()).search(query, k, datetime.now(UTC))
    if not hits:
        click.echo("Nothing found: os1 remembers nothing of you yet.", err=True)
    for turn, _ in hits:
        click.echo(_line(turn))


@memory.command()
@click.argument("turn_id", type=int)
def show(turn_id: int) -> None:
    """One turn, whole, with how it was recorded."""
    store, user = _open()
    turn = store.turn(user, turn_id)
    if turn is None:
        raise InputError(f"There is no turn {turn_id} of yours", "see `os1 memory list`")
    click.echo(f"Turn {turn.id} · {turn.role} · {turn.created_at} · session {turn.session_id}")
    click.echo(turn.text)
    if turn.meta:
        click.echo(json.dumps(turn.meta, indent=2, ensure_ascii=False))


@memory.command()
@click.argument("turn_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask first.")
def forget(turn_id: int, yes: bool) -> None:
    """Forget one turn: its text and everything derived from it."""
    store, user = _open()
    turn = store.turn(user, turn_id)
    if turn is None:
        raise InputError(f"There is no turn {turn_id} of yours", "see `os1 memory list`")
    if not yes:
        click.confirm(f"Forget “{_line(turn).split(': ', 1)[1]}”?", abort=True)
    store.forget_turn(user, turn_id)
    click.echo(f"Forgotten: turn {turn_id}.", err=True)


@memory.command()
@click.argument("turn_id", type=int)
@click.argument("text")
def edit(turn_id: int, text: str) -> None:
    """Correct what turn TURN_ID says (e.g. a misheard word) to TEXT."""
    store, user = _open()
    if not text.strip():
        raise InputError("The new text is empty", "to remove a turn, use `os1 memory forget`")
    if not store.edit_turn(user, turn_id, text.strip()):
        raise InputError(f"There is no turn {turn_id} of yours", "see `os1 memory list`")
    click.echo(f"Turn {turn_id} now says: {text.strip()}", err=True)


@memory.command()
@click.option("--all", "every", is_flag=True, help="Also the facts newer ones replaced.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per fact.")
def facts(every: bool, as_json: bool) -> None:
    """What os1 has concluded about you, with the turns each fact comes from."""
    store, user = _open()
    found = fact_records.facts(store, user, include_superseded=every)
    if not found:
        click.echo(
            "No facts yet: os1 reads your words for them after each reply in a chat, "
            "or now with `os1 memory consolidate`.",
            err=True,
        )
    for fact in found:
        if as_json:
            click.echo(json.dumps(fact.as_json(), ensure_ascii=False))
            continue
        replaced = f"  (replaced by {fact.superseded_by})" if fact.superseded_by else ""
        cited = ",".join(map(str, fact.sources))
        click.echo(
            f"{fact.id:>5}  since {fact.valid_from:%Y-%m-%d}  {fact.confidence:.2f}  "
            f"{fact.text}  [turns {cited}]{replaced}"
        )


@memory.command()
@click.option("--limit", type=click.IntRange(1), default=200, show_default=True)
def consolidate(limit: int) -> None:
    """Read your turns not yet read for facts, now (a chat does it when you are quiet)."""
    from os1.assembly.minds import facts_for, memory_for
    from os1.assembly.stores import store_for
    from os1.config import load_settings

    settings = load_settings()
    store = store_for(settings)
    memory_ = memory_for(settings, store)
    facts = facts_for(settings, store, memory_, load_answers(store, settings.user).user_name)
    consolidator = facts.consolidator if facts else None
    if consolidator is None:
        raise InputError(
            "Facts are turned off (OS1_FACTS=0 or OS1_MEMORY_TOKENS=0)",
            "set OS1_FACTS=1 and OS1_MEMORY_TOKENS above 0",
        )
    pending = min(consolidator.pending(), limit)
    if not pending:
        click.echo("Every turn of yours has been read for facts already.", err=True)
        return

    async def run() -> tuple[int, int]:
        read = kept = 0
        with click.progressbar(
            length=pending, label="Reading for facts", file=click.get_text_stream("stderr")
        ) as bar:
            while read < pending:
                report = await consolidator.run(limit=min(5, pending - read))
                if not report.turns:
                    break
                read += report.turns
                kept += sum(c.outcome != "unsupported" for c in report.candidates)
                bar.update(report.turns)
        return read, kept

    read, kept = asyncio.run(run())
    click.echo(f"Read {read} turns: {kept} facts kept (see `os1 memory facts`).", err=True)


@memory.command()
@click.option("--spoken", "aloud", is_flag=True, help="A few sentences, as os1 says it aloud.")
@click.option("--json", "as_json", is_flag=True, help="The groups and items, with their sources.")
def portrait(aloud: bool, as_json: bool) -> None:
    """What os1 remembers of your life: the people in it and who they are to you, work,
    places, what lies ahead, feelings, each dated (what "what do you remember about me?" says)."""
    from os1.conversation.portrait import as_list, portrait_json, portrait_of, spoken

    store, user = _open()
    groups = portrait_of(store, user)
    if as_json:
        click.echo(json.dumps(portrait_json(groups), ensure_ascii=False, indent=2))
    elif not groups:
        click.echo(
            "os1 knows nothing of your life yet: tell it about yourself (`os1 chat`).", err=True
        )
    else:
        today = datetime.now().astimezone().date()
        click.echo(spoken(groups, today) if aloud else as_list(groups, today))


@memory.command("forget-fact")
@click.argument("fact_id", type=int)
def forget_fact(fact_id: int) -> None:
    """Forget one fact; the turns it came from stay (forget those with `forget`)."""
    store, user = _open()
    if not fact_records.forget_fact(store, user, fact_id):
        raise InputError(f"There is no fact {fact_id} of yours", "see `os1 memory facts --all`")
    click.echo(f"Forgotten: fact {fact_id}.", err=True)


@memory.command("export")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def export_(path: Path) -> None:
    """Write everything os1 keeps of you to PATH, as JSON."""
    from os1.archive.memory_file import export_memory

    store, user = _open()
    counts = export_memory(store, user, path)
    click.echo(f"Wrote {path}: {counts['turns']} turns, {counts['sessions']} sessions.", err=True)


@memory.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--as-me", is_flag=True, help="Make another person's export yours.")
def import_(path: Path, as_me: bool) -> None:
    """Restore an export into an os1 that has no turns of yours yet."""
    from os1.archive.memory_file import import_memory

    store, user = _open()
    counts = import_memory(store, user, path, as_me=as_me)
    click.echo(f"Restored {counts['turns']} turns, {counts['sessions']} sessions.", err=True)
