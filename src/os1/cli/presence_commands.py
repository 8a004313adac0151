"""`os1 presence`: when the OS may speak first, and what it has said first."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import click

from os1.errors import InputError
from os1.skills.when import parse_when

# Presence, the store and the settings are imported inside each command: `os1 --help`
# loads this module, and they take 0.3 to 0.5 s to import (python -X importtime, 2 cores).
if TYPE_CHECKING:
    from os1.memory.store import Store


@click.group(invoke_without_command=True)
@click.pass_context
def presence(ctx: click.Context) -> None:
    """When the OS may reach out first: quiet hours, do-not-disturb, messages a day.

    Reminders and meetings are always said (held until quiet hours end, unless
    you are talking with it); greetings, check-ins and follow-ups keep to these.
    """
    if ctx.invoked_subcommand is not None:
        return
    from os1.conversation.presence import load_presence

    store, user = _open()
    now = load_presence(store, user)
    click.echo(f"Quiet hours     {now.quiet_from:%H:%M} to {now.quiet_to:%H:%M}")
    click.echo(f"Messages a day  {now.per_day} (started by the OS itself)")
    until = now.do_not_disturb_until
    shown = f"until {until.astimezone():%a %d %b %H:%M}" if until else "off"
    click.echo(f"Do not disturb  {shown}")
    zone = now.timezone or "this computer's"
    click.echo(f"Time zone       {zone}")


def _open() -> tuple[Store, str]:
    from os1.assembly.stores import store_for
    from os1.config import load_settings

    settings = load_settings()
    return store_for(settings), settings.user


@presence.command("set")
@click.option("--quiet", metavar="HH:MM-HH:MM", help="Quiet hours, e.g. 22:00-08:00.")
@click.option("--per-day", type=click.IntRange(0, 24), help="Messages a day the OS may start.")
@click.option("--timezone", metavar="ZONE", help="e.g. Europe/London.")
def set_(quiet: str | None, per_day: int | None, timezone: str | None) -> None:
    """Change when the OS may reach out."""
    from os1.conversation.presence import save_presence

    changes: dict[str, object] = {}
    if quiet is not None:
        start, dash, end = quiet.partition("-")
        if not dash:
            raise InputError(f"--quiet {quiet} is not two times", "write it like 22:00-08:00")
        changes |= {"quiet_from": start.strip(), "quiet_to": end.strip()}
    if per_day is not None:
        changes["per_day"] = per_day
    if timezone is not None:
        changes["timezone"] = timezone
    if not changes:
        raise InputError("Nothing to change", "give --quiet, --per-day or --timezone")
    store, user = _open()
    save_presence(store, user, **changes)
    click.echo("Saved.", err=True)


@presence.command()
@click.argument("until", required=False)
@click.option("--off", is_flag=True, help="Turn do-not-disturb off.")
def dnd(until: str | None, off: bool) -> None:
    """Do not disturb until UNTIL ("tomorrow at 9", "in 2 hours")."""
    from os1.conversation.presence import save_presence

    if off == (until is not None):
        raise InputError("Say until when, or --off", 'e.g. `os1 presence dnd "tomorrow at 9"`')
    moment = None if off else parse_when(until or "", datetime.now(UTC))
    store, user = _open()
    save_presence(store, user, do_not_disturb_until=moment)
    click.echo(
        f"Do not disturb until {moment:%a %d %b %H:%M}." if moment else "Do not disturb is off.",
        err=True,
    )


@presence.command()
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
def said(limit: int) -> None:
    """What the OS said first, oldest first, and whether it reached you."""
    from os1.assembly.people import person
    from os1.assembly.stores import store_for
    from os1.config import load_settings
    from os1.mind.persona import load_persona

    settings = load_settings()
    store = store_for(settings)
    persona = load_persona(store, settings.user)
    if persona is None:
        raise InputError("os1 has not been set up yet", "run `os1 chat` first")
    initiative = person(settings, settings.user).initiative(store, persona)
    for outreach in initiative.history(limit):
        waiting = "" if outreach.delivered_at else "  (waiting for you)"
        click.echo(f"{outreach.at.astimezone():%a %d %b %H:%M}  {outreach.text}{waiting}")
