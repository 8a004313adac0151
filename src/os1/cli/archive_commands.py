"""`os1 export --all` and `os1 import`: the whole relationship in one file, and back.

docs/archive-format.md describes the file. `os1 memory export` writes the
memories alone; `os1 import` reads those files too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from os1.errors import InputError
from os1.mind.persona import load_persona

# The commands import the archive, the store and the settings when they run: at
# `os1 --help`, which imports every command module, those would add about 0.1 s to
# its 0.09 s of imports (python -X importtime, 2026-12-04).

# Rows one `os1 import` takes: a person's own archive on their own computer, so more than a
# server takes from anyone (the bytes each part may unpack to still bound it).
LOCAL_ROWS = 2_000_000

_SHOWN = [
    ("turns", "turn", "turns"),
    ("feelings", "record of feeling", "records of feeling"),
    ("journal", "journal entry", "journal entries"),
    ("facts", "fact", "facts"),
    ("notes", "note", "notes"),
    ("reminders", "reminder", "reminders"),
    ("contacts", "contact", "contacts"),
    ("letter_clients", "letter client", "letter clients"),
    ("letters", "letter", "letters"),
    ("outreach", "message it said first", "messages it said first"),
    ("calendar_events", "calendar event", "calendar events"),
    ("rendered_files", "rendered letter file", "rendered letter files"),
]


def _summary(counts: dict[str, int]) -> str:
    shown = [
        f"{counts[key]} {one if counts[key] == 1 else many}"
        for key, one, many in _SHOWN
        if counts.get(key)
    ]
    return ", ".join(shown) or "nothing yet"


@click.command("export")
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Everything: persona, memories, mood history, journal, letters, calendar, settings.",
)
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def export(everything: bool, path: Path) -> None:
    """Write your whole relationship with os1 to PATH, one archive (passwords never go in)."""
    from os1.archive.relationship import export_archive, write_archive
    from os1.assembly.stores import store_for
    from os1.config import load_settings

    if not everything:
        raise InputError(
            "`os1 export` writes everything or nothing",
            "add --all (or use `os1 memory export PATH` for the memories alone)",
        )
    settings = load_settings()
    store = store_for(settings)
    data, counts = export_archive(settings, store, settings.user)
    write_archive(path, data)
    click.echo(f"Wrote {path}: {_summary(counts)}.", err=True)


@click.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--as-me", is_flag=True, help="Make an archive of another OS1_USER yours.")
@click.option(
    "--replace",
    is_flag=True,
    help="Delete what this OS holds of you first, and restore in its place.",
)
@click.option(
    "--with-settings",
    is_flag=True,
    help="Also apply the archive's settings (brain, mail, calendar, ...), shown first.",
)
@click.option(
    "--yes", is_flag=True, help="Do not ask before --replace deletes or --with-settings changes."
)
def import_(path: Path, as_me: bool, replace: bool, with_settings: bool, yes: bool) -> None:
    """Restore an archive (from `os1 export --all`, or `os1 memory export`) into this os1."""
    from os1.archive.container import Budgets
    from os1.archive.relationship import Place, already_here, read_archive, restore_archive
    from os1.archive.settings_part import settings_changes
    from os1.assembly.stores import store_for
    from os1.config import load_settings

    checked = read_archive(path, str(path), Budgets(rows=LOCAL_ROWS))
    settings = load_settings()
    store = store_for(settings)
    asking = not yes and sys.stdin.isatty()
    if replace and not yes:
        held = already_here(store, settings.user, Place.of(settings))
        if held and not sys.stdin.isatty():
            raise InputError(
                f"--replace would delete what this OS holds ({held})",
                "add --yes to confirm when running from a script",
            )
        if held:
            click.confirm(f"Delete what this OS holds ({held}) and restore {path}?", abort=True)
    if with_settings and checked.settings is not None:
        # Shown before anything is written: an archive's settings say where the brain,
        # mail and calendar connect.
        changes = settings_changes(settings, checked.settings)
        if changes:
            click.echo("Settings from the archive:", err=True)
            for change in changes:
                click.echo(f"  {change}", err=True)
            if asking and any(change.applied for change in changes):
                click.confirm("Apply these settings?", abort=True)
    restored = restore_archive(
        settings,
        store,
        settings.user,
        checked,
        str(path),
        as_me=as_me,
        replace=replace,
        with_settings=with_settings,
    )
    click.echo(f"Restored {_summary(restored.counts)}.", err=True)
    persona = load_persona(store, settings.user)
    if persona is not None:
        whom = f", and remembers {persona.user_name}" if persona.user_name else ""
        click.echo(f"{persona.name} is back{whom}.", err=True)
    if restored.settings_added:
        click.echo(f"Settings restored: {', '.join(restored.settings_added)}.", err=True)
    if restored.settings_kept and with_settings:
        click.echo(
            f"Settings kept as this os1 has them: {', '.join(restored.settings_kept)}.", err=True
        )
    elif restored.settings_kept:
        click.echo(
            f"Settings in the archive, not applied: {', '.join(restored.settings_kept)} "
            f"(`os1 import --with-settings --replace {path}` shows and applies them).",
            err=True,
        )
    if restored.secrets_to_set:
        names = ", ".join(f"OS1_{name.upper()}" for name in restored.secrets_to_set)
        click.echo(f"Passwords are never in an archive: set {names} again.", err=True)
    for note in restored.notes:
        click.echo(f"Note: {note}.", err=True)
