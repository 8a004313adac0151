"""Draw a mood timeline: pleasure, arousal, dominance above, affinity below, events marked."""

from __future__ import annotations

from pathlib import Path

from os1.mind.timeline import Timeline

PAD_COLOURS = {"pleasure": "#d1495b", "arousal": "#edae49", "dominance": "#00798c"}
BOND_COLOURS = {"closeness": "#8e5572", "trust": "#30638e", "familiarity": "#7a9e7e"}


def draw(line: Timeline, out: Path, title: str, annotate: int = 8) -> None:
    import matplotlib

    matplotlib.use("Agg")  # no screen needed
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    times = [m.at.astimezone() for m in line.moments]
    figure, (top, bottom) = plt.subplots(
        2, 1, figsize=(11, 6.5), sharex=True, gridspec_kw={"height_ratios": [3, 2]}
    )
    for part, colour in PAD_COLOURS.items():
        top.plot(times, [getattr(m.mood, part) for m in line.moments], color=colour, label=part)
    top.axhline(0, color="#999", linewidth=0.6)
    top.set_ylim(-1, 1)
    top.set_ylabel("mood (PAD)")
    top.legend(loc="lower left", fontsize=8, ncol=3)
    top.set_title(title)

    # The events that moved the mood most, and every absence, labelled in place.
    chosen = sorted(line.events, key=lambda e: e.moved, reverse=True)[:annotate]
    chosen += [e for e in line.events if e.label.endswith("days apart") and e not in chosen]
    for number, event in enumerate(sorted(chosen, key=lambda e: e.at)):
        when = event.at.astimezone()
        top.axvline(when, color="#bbb", linewidth=0.6, linestyle=":")
        top.annotate(
            event.label,
            xy=(when, 0.95 - 0.13 * (number % 4)),
            fontsize=7,
            rotation=0,
            ha="left",
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
    bottom.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %H:%M"))
    figure.autofmt_xdate()
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=110)
    plt.close(figure)
