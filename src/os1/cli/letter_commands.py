"""`os1 letters`: the letter studio from the command line.

Clients, the people they write to, the dossier, and letters drafted,
edited (each edit a new letter revising the last), listed and shown.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import click

from os1.errors import InputError

# The rest is imported inside each command: `os1 --help` loads this module, and the
# studio, the settings and the handwriting renderer take 0.3 to 1.6 s each
# to import (python -X importtime, 2 cores), against 0.1 s for the whole help.

HANDS = "The hand: dancing, dkg, femke or kristi."


def _studio() -> Any:
    from os1.assembly.stores import store_for
    from os1.config import load_settings
    from os1.letters.studio import Studio

    settings = load_settings()
    return Studio(store_for(settings), settings.user)


def _desk() -> Any:
    from os1.assembly.brains import brain_for
    from os1.assembly.letters import desk_for
    from os1.assembly.stores import store_for
    from os1.config import load_settings

    settings = load_settings()
    return desk_for(settings, store_for(settings), brain_for(settings))


def _show(written: Any, studio: Any) -> None:
    letter = written.letter
    revises = f", revising letter {letter.revises}" if letter.revises else ""
    click.echo(f"Letter {letter.id}{revises}:", err=True)
    click.echo(letter.text)
    for check, problems in written.draft.problems.items():
        click.echo(f"os1: check {check}: {'; '.join(problems)}", err=True)
    _learned(studio, letter)


def _learned(studio: Any, letter: Any) -> None:
    for entry in studio.learned_from(letter):
        click.echo(f"os1: the dossier now has {entry.kind}: {entry.text}", err=True)


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
    """Add to CLIENT's dossier: KIND is how_met, memory, nickname, inside_joke, admires, now,
    fact or voice (how the client writes: 'closes with "All my love"', 'short sentences');
    TEXT as you would say it ("he fell off the boat")."""
    studio = _studio()
    who = studio.client(client_name)
    whom = studio.recipient(who, to) if to else None
    entry = studio.note(who, kind, " ".join(text), whom)
    click.echo(
        f"Noted for {who.name}{f' and {whom.name}' if whom else ''}: {entry.kind}: {entry.text}"
    )


@letters.command("dossier")
@click.argument("client_name", metavar="CLIENT")
@click.option("--to", "to", help="Only what concerns this recipient (and the client alone).")
def dossier(client_name: str, to: str | None) -> None:
    """What CLIENT's dossier holds, and where each entry came from (a note, a letter's brief,
    the conversation)."""
    studio = _studio()
    who = studio.client(client_name)
    people = [studio.recipient(who, to)] if to else studio.recipients(who)
    seen: set[int] = set()
    for whom in people or [None]:
        for entry in studio.dossier(who, whom):
            if entry.id in seen:
                continue
            seen.add(entry.id)
            about = next((r.name for r in people if r and r.id == entry.recipient_id), who.name)
            click.echo(f"{entry.id}. {about}: {entry.kind}: {entry.text} (from {entry.source})")
    if not seen:
        click.echo(f"{who.name}'s dossier is empty: `os1 letters note`.", err=True)


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
    _show(asyncio.run(desk.write(sender, to, occasion, mention, length)), desk.studio)


@letters.command("edit")
@click.argument("letter_id", type=int)
@click.argument("instruction", nargs=-1, required=True)
def edit(letter_id: int, instruction: tuple[str, ...]) -> None:
    """Revise letter LETTER_ID: warmer, shorter, longer, less formal, more formal, mention X."""
    desk = _desk()
    _show(asyncio.run(desk.edit(letter_id, " ".join(instruction))), desk.studio)


@letters.command("list")
@click.option("--from", "sender", help="Only the letters of this client.")
@click.option("--to", "to", help="Only the letters to this recipient.")
def list_letters(sender: str | None, to: str | None) -> None:
    """Every letter, oldest first."""
    studio = _studio()
    found = studio.letters(studio.client(sender) if sender else None)
    if to:
        wanted = {
            r.id
            for c in ([studio.client(sender)] if sender else studio.clients())
            for r in studio.recipients(c)
            if to.strip().lower()
            in {r.name.lower(), r.name.split()[0].lower()} | {(r.nickname or "").lower()}
        }
        if not wanted:
            raise InputError(f"Nobody called {to!r} is written to", "see `os1 letters client list`")
        found = [letter for letter in found if letter.recipient_id in wanted]
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
    """Print letter LETTER_ID (what it added to the dossier goes to stderr)."""
    studio = _studio()
    letter = studio.letter(letter_id)
    click.echo(letter.text)
    _learned(studio, letter)


@letters.command("render")
@click.argument("letter_id", type=int)
@click.option("--style", default="dancing", show_default=True, help=HANDS)
@click.option(
    "--out", "folder", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
    show_default=True, help="Where the PDF and PNG go.",
)  # fmt: skip
@click.option(
    "--seed", type=int, default=1, show_default=True, help="Another seed, another day's hand."
)
def render(letter_id: int, style: str, folder: Path, seed: int) -> None:
    """Write letter LETTER_ID out by hand: a PDF and a PNG of its first page."""
    from os1.letters.hand_styles import style as hand_style
    from os1.letters.handwriting import render as handwrite

    letter = _studio().letter(letter_id)
    done = handwrite(letter.parts, hand_style(style), seed)
    folder.mkdir(parents=True, exist_ok=True)
    pdf, png = done.save(folder / f"letter-{letter.id}")
    click.echo(f"{pdf}\n{png}")
    click.echo(f"{done.pages} page(s), in the {style} hand.", err=True)


@letters.command("envelope")
@click.argument("letter_id", type=int)
@click.option("--address", multiple=True, required=True, help="An address line (repeatable).")
@click.option("--style", default="dancing", show_default=True, help=HANDS)
@click.option(
    "--out", "folder", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
    show_default=True, help="Where the PDF and PNG go.",
)  # fmt: skip
def envelope(letter_id: int, address: tuple[str, ...], style: str, folder: Path) -> None:
    """Address the envelope for letter LETTER_ID to its recipient."""
    from os1.letters.envelope import Envelope, render_envelope
    from os1.letters.hand_styles import style as hand_style

    studio = _studio()
    letter = studio.letter(letter_id)
    name = studio.recipient_by_id(letter.recipient_id).name
    done = render_envelope(Envelope(name, address), hand_style(style), seed=letter.id)
    folder.mkdir(parents=True, exist_ok=True)
    for path in done.save(folder / f"envelope-{letter.id}"):
        click.echo(path)


@letters.command("book")
@click.argument("letter_ids", type=int, nargs=-1, required=True)
@click.option("--title", required=True, help="The book's title.")
@click.option("--subtitle", default="", help="A line under the title.")
@click.option("--author", default="", help="Who the book is by.")
@click.option(
    "--out", "path", type=click.Path(dir_okay=False, path_type=Path), default=Path("letters.pdf"),
    show_default=True, help="The book's PDF.",
)  # fmt: skip
def book(letter_ids: tuple[int, ...], title: str, subtitle: str, author: str, path: Path) -> None:
    """Collect LETTER_IDS into a typeset book: cover, contents, one letter a page."""
    from os1.letters.book import Book, Chapter, compile_book

    studio = _studio()
    chapters = []
    for letter_id in letter_ids:
        letter = studio.letter(letter_id)
        sender = studio.client_by_id(letter.client_id).name
        to = studio.recipient_by_id(letter.recipient_id).name
        chapters.append(Chapter(f"{sender} to {to}: {letter.occasion}", letter.parts))
    pdf = compile_book(Book(title, tuple(chapters), subtitle=subtitle, author=author))
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(pdf)
    partial.replace(path)
    click.echo(path)
