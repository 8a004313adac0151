"""Does one message move a fresh OS's mood the way a person would expect?

Each probe (benchmarks/data/mood_probes.jsonl) is one message, or a short set-up
and then the message (an insult, then the apology), said to a fresh OS: its own
SQLite store in a temporary folder, the real learned appraiser, the real inner
life. The mood is read just before and just after the last message, as `os1 mood
--json` reads it (InnerLife.summary), and each expected dimension must move that
way: "up" or "down" by at least MOVED, or "still": no dimension moves STILL or more.

The probes were written before the reactions were tuned; those marked held_out
were never looked at while tuning, and are reported apart. The latest held-out
ones say when they were written ("written"); --late runs only those, and
--written TEXT only those whose "written" holds TEXT (one batch of them).

The last line printed is one JSON object.
The appraiser reads the event told as well as the words (event_appraisal.py), as
the OS assembles it; --words-only leaves the event reading out (as before it).
Run: .venv/bin/python benchmarks/mood_probes.py [--held-out | --all | --late | --written TEXT]
[--words-only]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from os1.memory.store import Store
from os1.mind.appraisal import Appraiser, LearnedAppraiser
from os1.mind.event_appraisal import EventReader
from os1.mind.inner_life import InnerLife

PROBES = Path(__file__).parent / "data" / "mood_probes.jsonl"
DIMENSIONS = ("pleasure", "arousal", "dominance")
MOVED = 0.02  # a move smaller than this is rounding, not a feeling
STILL = 0.05  # small talk may stir the mood by less than this on every dimension
START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Probe:
    kind: str
    messages: list[str]
    expect: dict[str, str] | str  # dimension → "up"/"down", or "still"
    held_out: bool
    written: str = ""  # when a late held-out probe was written, and against what


@dataclass(frozen=True, slots=True)
class Outcome:
    probe: Probe
    before: dict[str, float]
    after: dict[str, float]
    emotion: str

    @property
    def right(self) -> bool:
        moved = {d: self.after[d] - self.before[d] for d in DIMENSIONS}
        if self.probe.expect == "still":
            return all(abs(change) < STILL for change in moved.values())
        assert isinstance(self.probe.expect, dict)
        return all(
            moved[d] >= MOVED if way == "up" else moved[d] <= -MOVED
            for d, way in self.probe.expect.items()
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.probe.kind,
            "said": self.probe.messages[-1],
            "expect": self.probe.expect,
            "emotion": self.emotion,
            "before": self.before,
            "after": self.after,
        }


def read_probes(path: Path = PROBES) -> list[Probe]:
    probes = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        expect = row["expect"]
        if expect != "still" and not (
            isinstance(expect, dict)
            and set(expect) <= set(DIMENSIONS)
            and set(expect.values()) <= {"up", "down"}
        ):
            raise SystemExit(f"{path}:{number}: expect must be 'still' or {{dimension: up|down}}")
        probes.append(
            Probe(
                row["kind"],
                row["messages"],
                expect,
                row.get("held_out", False),
                row.get("written", ""),
            )
        )
    return probes


def run_probe(probe: Probe, appraiser: Appraiser) -> Outcome:
    """The probe said to a fresh OS: its own store, nothing felt before the set-up."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "os1.db")
        try:
            store.ensure_user("probe")
            life = InnerLife(store, "probe", appraiser)
            at = START
            for text in probe.messages[:-1]:
                life.feel(text, store.add_turn("probe", None, "user", text, at=at), at)
                at += timedelta(minutes=2)
            before = life.summary(at)
            text = probe.messages[-1]
            felt = life.feel(text, store.add_turn("probe", None, "user", text, at=at), at)
            after = life.summary(at)
        finally:
            store.close()
    return Outcome(
        probe,
        {d: before[d] for d in DIMENSIONS},
        {d: after[d] for d in DIMENSIONS},
        felt.reaction.emotion,
    )


def run(probes: list[Probe], appraiser: Appraiser) -> list[Outcome]:
    return [run_probe(probe, appraiser) for probe in probes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--held-out", action="store_true", help="only the held-out probes")
    chosen.add_argument("--all", action="store_true", help="tuned and held-out probes together")
    chosen.add_argument(
        "--late", action="store_true", help="only the held-out probes marked when written"
    )
    chosen.add_argument(
        "--written", metavar="TEXT", help="only the late probes whose 'written' holds TEXT"
    )
    parser.add_argument("--data", type=Path, default=PROBES, help="a probes file (JSON lines)")
    parser.add_argument("--words-only", action="store_true", help="no event reading")
    args = parser.parse_args()
    probes = read_probes(args.data)
    if args.held_out:
        probes = [p for p in probes if p.held_out]
    elif args.written:
        probes = [p for p in probes if p.held_out and args.written in p.written]
    elif args.late:
        probes = [p for p in probes if p.held_out and p.written]
    elif not args.all:
        probes = [p for p in probes if not p.held_out]
    appraiser = LearnedAppraiser(events=None if args.words_only else EventReader())
    appraiser.load()
    outcomes = run(probes, appraiser)
    wrong = [o for o in outcomes if not o.right]
    for outcome in wrong:
        print(json.dumps(outcome.as_dict()))
    print(json.dumps({"right": len(outcomes) - len(wrong), "probes": len(outcomes)}))


if __name__ == "__main__":
    main()
