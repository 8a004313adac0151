"""`os1 letters`: the letter studio from the command line.

Clients, the people they write to, the dossier, and letters drafted,
edited (each edit a new letter revising the last), listed and shown.
"""

from __future__ import annotations

import asyncio
from typing import Any

import click


def _studio() -> Any:
    from os1.config import load_settings
    from os1.conversation.wiring import open_store
    from os1.letters.studio import Studio

    settings = load_settings()
    return Studio(open_store(settings), settings.user)


def _desk() -> Any:
    from os1.config import load_settings
    from os1.conversation.wiring import make_brain
    from os1.letters.desk import Desk

    settings = load_settings()
    return Desk(_studio(), make_brain(settings), settings.seed)


def _show(written: Any) -> None:
    letter = written.letter
    revises = f", revising letter {letter.revises}" if letter.revises else ""
    click.echo(f"Letter {letter.id}{revises}:", err=True)
    click.echo(letter.text)
    for check, problems in written.draft.problems.items():
        click.echo(f"os1: check {check}: {'; '.join(problems)}", err=True)


@click.group()
def letters() -> None:
    """The letter studio: clients, the people they write to, and their letters."""


@letters.group()
def client() -> None:
    """The people letters are written for."""


@client.command("add")
@click.argument("name")
@click.option("--nickname", help="What they sign with, if not their name.")
def client_add(name: str, nickname: str | None) -> None:
    """Add the client NAME."""
    added = _studio().add_client(name, nickname)
    click.echo(f"Added client {added.name}" + (f" ({added.nickname})" if added.nickname else ""))


@client.command("list")
def client_list() -> None:
    """Every client, with the people they write to."""
    studio = _studio()
    for who in studio.clients():
        to = ", ".join(r.name for r in studio.recipients(who)) or "nobody yet"
        click.echo(f"{who.name}: writes to {to}")


@letters.group()
def recipient() -> None:
    """The people a client writes to."""


@recipient.command("add")
@click.argument("client_name", metavar="CLIENT")
@click.argument("name")
@click.option("--nickname", help="What the client calls them.")
def recipient_add(client_name: str, name: str, nickname: str | None) -> None:
    """Add NAME as someone CLIENT writes to."""
    studio = _studio()
    who = studio.client(client_name)
    added = studio.add_recipient(who, name, nickname)
    click.echo(f"{who.name} writes to {added.name}")


@letters.command("note")
@click.argument("client_name", metavar="CLIENT")
@click.argument("kind")
@click.argument("text", nargs=-1, required=True)
@click.option("--to", "to", help="The recipient this is about (else: about the client).")
def note(client_name: str, kind: str, text: tuple[str, ...], to: str | None) -> None:
    """Add to CLIENT's dossier: KIND is how_met, memory, nickname, inside_joke, admires, now
    or voice (how the client speaks); TEXT as you would say it ("he fell off the boat")."""
    studio = _studio()
    who = studio.client(client_name)
    whom = studio.recipient(who, to) if to else None
    entry = studio.note(who, kind, " ".join(text), whom)
    click.echo(
        f"Noted for {who.name}{f' and {whom.name}' if whom else ''}: {entry.kind}: {entry.text}"
    )


@letters.command("write")
@click.option("--from", "sender", required=True, help="The client the letter is from.")
@click.option("--to", "to", required=True, help="The recipient.")
@click.option("--occasion", required=True, help="What it is for: 'our 50th anniversary'.")
@click.option("--mention", multiple=True, help="A detail the letter must mention (repeatable).")
@click.option("--words", default="80-220", show_default=True, help="Length as MIN-MAX words.")
def write(sender: str, to: str, occasion: str, mention: tuple[str, ...], words: str) -> None:
    """Draft a letter in the client's voice from their dossier, checked before it is shown."""
    from os1.letters.brief import parse_words

    length = parse_words(words)
    desk = _desk()
    _show(asyncio.run(desk.write(sender, to, occasion, mention, length)))


@letters.command("edit")
@click.argument("letter_id", type=int)
@click.argument("instruction", nargs=-1, required=True)
def edit(letter_id: int, instruction: tuple[str, ...]) -> None:
    """Revise letter LETTER_ID: warmer, shorter, longer, less formal, more formal, mention X."""
    _show(asyncio.run(_desk().edit(letter_id, " ".join(instruction))))


@letters.command("list")
def list_letters() -> None:
    """Every letter, oldest first."""
    studio = _studio()
    found = studio.letters()
    if not found:
        click.echo("No letters yet: `os1 letters write`.", err=True)
    for letter in found:
        who = studio.client_by_id(letter.client_id).name
        to = studio.recipient_by_id(letter.recipient_id).name
        revises = f" (revises {letter.revises})" if letter.revises else ""
        click.echo(
            f"{letter.id}. {who} to {to}: {letter.occasion}{revises} {letter.created_at[:10]}"
        )


@letters.command("show")
@click.argument("letter_id", type=int)
def show(letter_id: int) -> None:
    """Print letter LETTER_ID."""
    click.echo(_studio().letter(letter_id).text)
