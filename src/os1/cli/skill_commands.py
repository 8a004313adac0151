"""`os1 note`, `os1 remind`, `os1 contacts`: the skills from the command line.

Each command runs the same skill the conversation does, so the checks and
the confirmations are the same; `--yes` answers a confirmation in advance.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click


def _skills() -> tuple[Any, Any, Any]:
    from os1.config import load_settings
    from os1.conversation.wiring import make_skills, open_store

    settings = load_settings()
    store = open_store(settings)
    catalogue, reminders = make_skills(settings, store)
    return catalogue, reminders, (store, settings.user)


def _do(name: str, arguments: dict[str, Any], yes: bool = False) -> None:
    catalogue, _, _ = _skills()
    skill = catalogue[name]
    parsed = skill.parse(arguments)
    if skill.ask_first is not None and not yes and not click.confirm(skill.ask_first(parsed)):
        click.echo("Nothing was changed.", err=True)
        return
    click.echo(skill.run(parsed))


@click.group()
def note() -> None:
    """Notes: write things down, find them again."""


@note.command("add")
@click.argument("text", nargs=-1, required=True)
def note_add(text: tuple[str, ...]) -> None:
    """Write TEXT down as a note."""
    _do("take_note", {"text": " ".join(text)})


@note.command("list")
@click.option("--about", default="", help="Only notes with these words.")
def note_list(about: str) -> None:
    """The latest notes, newest first."""
    _do("find_notes", {"about": about})


@note.command("delete")
@click.argument("note_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask first.")
def note_delete(note_id: int, yes: bool) -> None:
    """Delete note NOTE_ID."""
    _do("delete_note", {"id": note_id}, yes)


@click.group()
def remind() -> None:
    """Reminders: they are announced in `os1 chat` when due, or at its next start."""


@remind.command("add")
@click.argument("what")
@click.option("--at", "when", required=True, help="In words: 'six', 'tomorrow at 9', 'in 2 hours'.")
def remind_add(what: str, when: str) -> None:
    """Be reminded of WHAT: `os1 remind add "call my sister" --at six`."""
    _do("remind", {"what": what, "when": when})


@remind.command("list")
def remind_list() -> None:
    """Reminders still to come."""
    _do("list_reminders", {})


@remind.command("cancel")
@click.argument("reminder_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask first.")
def remind_cancel(reminder_id: int, yes: bool) -> None:
    """Cancel reminder REMINDER_ID."""
    _do("cancel_reminder", {"id": reminder_id}, yes)


@click.group()
def contacts() -> None:
    """Contacts: the people you reach, by name."""


@contacts.command("add")
@click.argument("name")
@click.option("--phone")
@click.option("--email")
def contacts_add(name: str, phone: str | None, email: str | None) -> None:
    """Add NAME, with a phone number or an email."""
    from os1.skills.contacts import Contacts

    _, _, (store, user) = _skills()
    click.echo(f"Added {Contacts(store, user).add(name, phone, email).describe()}")


@contacts.command("find")
@click.argument("name")
def contacts_find(name: str) -> None:
    """The contact NAME means (names may be a little wrong)."""
    _do("find_contact", {"name": name})


@contacts.command("list")
def contacts_list() -> None:
    """Everyone, by name."""
    from os1.skills.contacts import Contacts

    _, _, (store, user) = _skills()
    everyone = Contacts(store, user).all()
    if not everyone:
        click.echo("No contacts yet: `os1 contacts add` or `os1 contacts import`.", err=True)
    for contact in everyone:
        click.echo(contact.describe())


@contacts.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def contacts_import(path: Path) -> None:
    """Add every contact in a vCard (.vcf) file."""
    from os1.skills.contacts import Contacts

    _, _, (store, user) = _skills()
    count = Contacts(store, user).import_vcards(path)
    click.echo(f"Imported {count} contacts from {path}.", err=True)
