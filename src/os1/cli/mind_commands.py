"""`os1 mood` and `os1 journal`: the OS's feelings, why, and its diary."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import click

from os1.errors import InputError
from os1.mind import feeling_records
from os1.mind.persona import load_persona

# Each command imports the parts it runs when it runs: `os1 --help` imports every command
# module, and its own imports take about 0.09 s. Measured with python -X importtime
# (2026-12-04, 2 cores), the settings and the store would add about 0.1 to 0.2 s, the
# appraiser and inner life 0.17 s, the journal 0.17 s, the plot (matplotlib) about 1 s.

if TYPE_CHECKING:
    from os1.memory.store import Store


def _open() -> tuple[Store, str]:
    from os1.assembly.stores import store_for
    from os1.config import load_settings

    settings = load_settings()
    return store_for(settings), settings.user


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object, for scripts.")
@click.pass_context
def mood(ctx: click.Context, as_json: bool) -> None:
    """How the OS feels now, and why; `os1 mood plot` draws the timeline."""
    if ctx.invoked_subcommand is not None:
        return
    from os1.mind.appraisal import LearnedAppraiser
    from os1.mind.inner_life import InnerLife

    store, user = _open()
    # Telling the mood reads the records; nothing is appraised, so nothing loads.
    life = InnerLife(store, user, LearnedAppraiser())
    summary = life.summary()  # its words and cause are those the OS says when asked
    if as_json:
        click.echo(json.dumps(summary, indent=2))
        return
    bond = summary["affinity"]
    click.echo(f"Mood      {summary['words']}  ({summary['label']}, in ALMA's terms)")
    click.echo(
        f"          pleasure {summary['pleasure']:+.2f} · arousal {summary['arousal']:+.2f}"
        f" · dominance {summary['dominance']:+.2f}"
    )
    click.echo(
        f"Affinity  {bond['stage']}  (closeness {bond['closeness']:.2f} · trust "
        f"{bond['trust']:.2f} · familiarity {bond['familiarity']:.2f})"
    )
    click.echo(f"Why       {summary['why']}")


@mood.command()
@click.option(
    "--days",
    type=click.IntRange(1, 3650),
    default=7,
    show_default=True,
    help="At most this many days back; an OS younger than that is drawn from its first moment.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the PNG.  [default: mood.png in os1's home folder]",
)
def plot(days: int, out: Path | None) -> None:
    """Draw pleasure, arousal, dominance and affinity over the last N days, as a PNG."""
    from os1.assembly.stores import store_for
    from os1.cli.mood_plot import draw
    from os1.config import load_settings
    from os1.mind.timeline import timeline

    settings = load_settings()
    store = store_for(settings)
    persona = load_persona(store, settings.user)
    end = datetime.now(UTC)
    start = end - timedelta(days=days)
    born = _first_moment(store, settings.user, persona.born_at if persona else None)
    if born is not None and born > start:
        # Days before the OS existed would only squeeze its life into the right edge.
        start = min(born, end - MIN_SPAN)
        shown = f"since {start.astimezone():%d %b %H:%M}"
    else:
        shown = f"last {days} day{'s' if days != 1 else ''}"
    line = timeline(store, settings.user, start, end)
    name = persona.name if persona else "os1"
    out = out or settings.home / "mood.png"
    try:
        draw(line, out, f"{name}'s mood, {shown}", start, end)
    except OSError as exc:
        raise InputError(f"Cannot write {out} ({exc.strerror})", "choose another --out") from exc
    click.echo(str(out))


# The shortest span drawn: a minute-old OS still gets a readable plot.
MIN_SPAN = timedelta(minutes=10)


def _first_moment(store: Store, user: str, born_at: str | None) -> datetime | None:
    """When the OS began: its persona's birth, or an earlier feeling (a rerun setup or an
    imported history keeps what was felt before the persona was made anew)."""
    moments = [datetime.fromisoformat(born_at)] if born_at else []
    first = feeling_records.feelings(store, user)[:1]
    moments += [feeling.at for feeling in first]
    return min(moments, default=None)


@click.command()
@click.option("--day", type=click.DateTime(["%Y-%m-%d"]), help="Only this day (YYYY-MM-DD).")
@click.option("--write", "write_now", is_flag=True, help="Write (or rewrite) the entry now.")
def journal(day: datetime | None, write_now: bool) -> None:
    """Read the OS's journal: what it felt and learned each day.

    Entries are written for each finished day the next time you talk; --write
    writes today's (or --day's) entry now.
    """
    from os1.mind import journal as diary

    store, user = _open()
    wanted: date = (day or datetime.now()).date()
    if write_now:
        entry = diary.write(store, user, wanted)
        if entry is None:
            raise InputError(
                f"Nothing happened on {wanted.isoformat()} to write about",
                "talk with os1 first (`os1 chat`), or pick another --day",
            )
    entries = feeling_records.journal(store, user)
    if day is not None or write_now:
        entries = [(d, text) for d, text in entries if d == wanted.isoformat()]
    if not entries:
        click.echo("The journal is empty: entries are written after a day of talking.", err=True)
        return
    click.echo("\n\n".join(text for _, text in entries))
