"""benchmarks/mood_probes.py as a test: every probe, said to a fresh OS with the real
learned appraiser, moves the mood the way its probe says.

The appraiser reads the words and the event told, as the OS assembles it. The few
it misreads are expected to fail, strictly, with the readings that make them fail:
when a better model reads them right, the mark must go.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from os1.mind.appraisal import LearnedAppraiser


def _benchmark() -> ModuleType:
    path = Path(__file__).parents[1] / "benchmarks" / "mood_probes.py"
    spec = importlib.util.spec_from_file_location("mood_probes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


BENCHMARK = _benchmark()
PROBES = BENCHMARK.read_probes()

# What the appraiser reads in these, measured: the words (the GoEmotions classifier)
# and the event told (event_appraisal.py) both misread them, so the reaction's rule
# (reactions.py) has nothing right to choose from. The event reading put right seven
# others (a funeral, a thesis, a clear scan, a grandmother through surgery, an old dog
# put to sleep, ducks stoned, the blue shirt).
MISREAD = {
    # Held out, written after the tuning and never tuned on.
    "My daughter is missing at the fair and I can't find her anywhere!": (
        "words read as sadness 0.68, fear 0.00; the event as happy-for 0.48, under"
        " EVENT_SURE: sorry-for, arousal down"
    ),
    "I quit smoking a year ago today and haven't had a single one!": (
        "words a shade upset (negative 0.34, neutral 0.54); the event as sorry-for 0.47"
    ),
    "My coworkers mock the new guy's accent every single day.": (
        "words a shade glad (joy 0.26, anger 0.22); the event as nothing much 0.65, under"
        " NOTHING_SURE: happy-for"
    ),
}


def _marked(index: int, probe) -> object:
    said = probe.messages[-1]
    name = f"{index:02d}-{probe.kind.replace(' ', '-')}{'-held-out' if probe.held_out else ''}"
    if said in MISREAD:
        return pytest.param(
            probe, id=name, marks=pytest.mark.xfail(strict=True, reason=MISREAD[said])
        )
    return pytest.param(probe, id=name)


def test_the_probes_cover_the_emotions_and_keep_a_held_out_dozen():
    kinds = {p.kind for p in PROBES}
    assert len(PROBES) >= 40 and sum(p.held_out for p in PROBES) >= 12
    assert {
        "good news",
        "thanks",
        "cruelty to the OS",
        "apology after cruelty",
        "their fear",
    } <= kinds
    assert {"grief", "pride in an achievement", "cruelty to others", "small talk"} <= kinds
    assert set(MISREAD) <= {p.messages[-1] for p in PROBES}


@pytest.mark.parametrize("probe", [_marked(i, p) for i, p in enumerate(PROBES)])
def test_a_probe_moves_a_fresh_os_the_way_it_says(probe, appraiser: LearnedAppraiser):
    outcome = BENCHMARK.run_probe(probe, appraiser)
    assert outcome.right, outcome.as_dict()
