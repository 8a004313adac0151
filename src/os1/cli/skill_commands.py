"""`os1 note`, `os1 remind`, `os1 contacts`: the skills from the command line.

Each command runs the same skill the conversation does, so the checks and
the confirmations are the same; `--yes` answers a confirmation in advance.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import click

from os1.errors import InputError


def _skills() -> tuple[Any, Any, Any]:
    from os1.assembly.skills import skills_for
    from os1.assembly.stores import store_for
    from os1.config import load_settings

    settings = load_settings()
    store = store_for(settings)
    skills = skills_for(settings, store)
    return skills.catalogue, skills.reminders, (store, settings.user)


def _do(name: str, arguments: dict[str, Any], yes: bool = False) -> None:
    catalogue, _, _ = _skills()
    try:
        skill = catalogue[name]
    except KeyError:
        raise InputError(
            "Mail is not set up",
            "set OS1_MAIL_IMAP, OS1_MAIL_SMTP, OS1_MAIL_USER, "
            "OS1_MAIL_PASSWORD and OS1_MAIL_ADDRESS (see the README)",
        ) from None
    parsed = skill.parse(arguments)
    question = None if yes else asyncio.run(skill.question(parsed))
    if question is not None and not click.confirm(question):
        click.echo("Nothing was changed.", err=True)
        return
    click.echo(asyncio.run(skill.do(parsed)))


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


@click.group(invoke_without_command=True)
@click.option("--day", default="today", show_default=True, help="Which day, in words.")
@click.pass_context
def cal(context: click.Context, day: str) -> None:
    """The calendar: what is on a day; `add`, `move`, `cancel` events.

    OS1_CALENDAR picks it: a CalDAV address (with OS1_CALENDAR_USER and
    OS1_CALENDAR_PASSWORD), an .ics file, or, unset, os1's own file.
    """
    if context.invoked_subcommand is None:
        _do("calendar_day", {"day": day})


@cal.command("add")
@click.argument("title")
@click.option("--at", "when", required=True, help="When it starts, in words.")
@click.option("--minutes", type=click.IntRange(1, 1440), default=60, show_default=True)
def cal_add(title: str, when: str, minutes: int) -> None:
    """Add TITLE to the calendar: `os1 cal add "Lunch with Amy" --at "friday at 1pm"`."""
    _do("add_event", {"title": title, "when": when, "minutes": minutes})


@cal.command("move")
@click.argument("title")
@click.option("--to", "to", required=True, help="The new day or time, in words.")
@click.option("--yes", is_flag=True, help="Do not ask first.")
def cal_move(title: str, to: str, yes: bool) -> None:
    """Move the next event called TITLE; a day alone keeps its time."""
    _do("move_event", {"title": title, "to": to}, yes)


@cal.command("cancel")
@click.argument("title")
@click.option("--yes", is_flag=True, help="Do not ask first.")
def cal_cancel(title: str, yes: bool) -> None:
    """Cancel the next event called TITLE."""
    _do("cancel_event", {"title": title}, yes)


@click.command()
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--all", "take_all", is_flag=True, help="Take every suggestion without asking.")
@click.option("--diff", "show_diff", is_flag=True, help="Only show the changes as a diff.")
def proofread(path: Path, take_all: bool, show_diff: bool) -> None:
    """Proofread the text in PATH (- for standard input): take or leave each suggestion.

    The file is changed only at the end, with what you took; its old text is
    kept beside it as PATH~.
    """
    import difflib

    from os1.skills import proofreading

    text = _read_text(path)
    suggestions = proofreading.proofread(text)
    if not suggestions:
        click.echo("Nothing to change.", err=True)
        return
    if show_diff:
        fixed = proofreading.apply(text, suggestions)
        lines = difflib.unified_diff(
            text.splitlines(keepends=True), fixed.splitlines(keepends=True), str(path), "proofread"
        )
        click.echo("".join(lines), nl=False)
        return
    taken = []
    for suggestion in suggestions:
        line = proofreading.describe(text, suggestion)
        if take_all or str(path) == "-" or click.confirm(line, default=True):
            taken.append(suggestion)
    fixed = proofreading.apply(text, taken)
    if str(path) == "-":
        click.echo(fixed, nl=False)
        return
    if not taken:
        click.echo("Nothing was changed.", err=True)
        return
    backup = path.with_name(path.name + "~")
    backup.write_text(text, encoding="utf-8")
    partial = path.with_name(path.name + ".partial")
    partial.write_text(fixed, encoding="utf-8")
    partial.replace(path)
    click.echo(f"Took {len(taken)} of {len(suggestions)}; the old text is in {backup}.", err=True)


def _read_text(path: Path) -> str:
    try:
        if str(path) == "-":
            return click.get_binary_stream("stdin").read().decode("utf-8")
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise InputError(f"Cannot read {path} ({reason})", "give a UTF-8 text file") from exc


@click.group(invoke_without_command=True)
@click.pass_context
def mail(context: click.Context) -> None:
    """Your mail (OS1_MAIL_IMAP and the rest): the new messages, most important first."""
    if context.invoked_subcommand is None:
        _do("read_new_mail", {})


@mail.command("reply")
@click.argument("name")
@click.argument("text")
@click.option("--yes", is_flag=True, help="Do not ask first.")
def mail_reply(name: str, text: str, yes: bool) -> None:
    """Reply to the newest message from NAME with TEXT (shows exactly what goes, first)."""
    _do("reply_mail", {"name": name, "text": text}, yes)


@mail.command("clean")
@click.option("--yes", is_flag=True, help="Do not ask first.")
def mail_clean(yes: bool) -> None:
    """Archive what does not matter, keep what does; `os1 mail undo` brings it back."""
    _do("clean_inbox", {}, yes)


@mail.command("undo")
def mail_undo() -> None:
    """Bring back what the last clean-up archived."""
    _do("undo_cleanup", {})
