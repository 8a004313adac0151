"""Draw a mood timeline: pleasure, arousal, dominance above, affinity below, events marked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from os1.mind.timeline import Timeline

# Plots are files, never windows: Agg needs no screen. matplotlib (about 0.6 s to import)
# is loaded only when a plot is drawn: `os1 mood plot` imports this module when it runs.
matplotlib.use("Agg")

PAD_COLOURS = {"pleasure": "#d1495b", "arousal": "#edae49", "dominance": "#00798c"}
BOND_COLOURS = {"closeness": "#8e5572", "trust": "#30638e", "familiarity": "#7a9e7e"}


def figure(line: Timeline, title: str, start: datetime, end: datetime, annotate: int = 8) -> Figure:
    """The timeline from `start` to `end`, exactly: no empty margin before or after."""
    times = [m.at.astimezone() for m in line.moments]
    drawn, (top, bottom) = plt.subplots(
        2, 1, figsize=(11, 6.5), sharex=True, gridspec_kw={"height_ratios": [3, 2]}
    )
    for part, colour in PAD_COLOURS.items():
        top.plot(times, [getattr(m.mood, part) for m in line.moments], color=colour, label=part)
    top.axhline(0, color="#999", linewidth=0.6)
    top.set_ylim(-1, 1)
    top.set_xlim(start.astimezone(), end.astimezone())
    top.set_ylabel("mood (PAD)")
    top.legend(loc="lower left", fontsize=8, ncol=3)
    top.set_title(title)

    # The events that moved the mood most, and every absence, labelled in place; a label
    # in the right half reads leftwards from its event, so none runs past the frame.
    middle = start + (end - start) / 2
    chosen = sorted(line.events, key=lambda e: e.moved, reverse=True)[:annotate]
    chosen += [e for e in line.events if e.label.endswith("days apart") and e not in chosen]
    for number, event in enumerate(sorted(chosen, key=lambda e: e.at)):
        when = event.at.astimezone()
        leftwards = event.at > middle
        top.axvline(when, color="#bbb", linewidth=0.6, linestyle=":")
        top.annotate(
            event.label,
            xy=(when, 0.95 - 0.13 * (number % 4)),
            xytext=(-4 if leftwards else 4, 0),
            textcoords="offset points",
            fontsize=7,
            ha="right" if leftwards else "left",
            va="top",
            color="#333",
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#ccc", "alpha": 0.85},
        )

    for part, colour in BOND_COLOURS.items():
        bottom.plot(
            times, [getattr(m.affinity, part) for m in line.moments], color=colour, label=part
        )
    bottom.set_ylim(0, 1)
    bottom.set_ylabel("affinity")
    bottom.legend(loc="upper left", fontsize=8, ncol=3)
    # Hours for an OS a few hours old, days for one a week old, each labelled once.
    locator = mdates.AutoDateLocator()
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    drawn.tight_layout()
    return drawn


def draw(
    line: Timeline,
    out: Path,
    title: str,
    start: datetime | None = None,
    end: datetime | None = None,
) -> None:
    """The timeline as a PNG, its title and span also in the PNG's text fields; the span
    is the timeline's own unless given."""
    start = start or line.moments[0].at
    end = end or line.moments[-1].at
    drawn = figure(line, title, start, end)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        span = f"{start.isoformat(timespec='seconds')} to {end.isoformat(timespec='seconds')}"
        drawn.savefig(out, dpi=110, metadata={"Title": title, "Description": span})
    finally:
        plt.close(drawn)
