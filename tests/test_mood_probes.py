"""benchmarks/mood_probes.py as a test: every probe, said to a fresh OS with the real
learned appraiser, moves the mood the way its probe says.

The few the classifier misreads are expected to fail, strictly, with the reading
that makes them fail: when a better model reads them right, the mark must go.
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

# What the learned classifier reads in these, measured: it is the reading, not the
# reaction's rule, that fails them.
MISREAD = {
    "Mum's funeral was this afternoon. I don't know what to do with myself.": (
        "read as confusion (surprise 0.84, GoEmotions' ambiguous group 0.84, sadness 0.07)"
    ),
    "I defended my thesis today and they passed me with no corrections.": (
        "read as mixed, a shade more upset than glad (negative 0.29, anger 0.28, positive 0.27)"
    ),
    "I think I'll wear the blue shirt today.": (
        "read as joy 0.52, as sure as neutral 0.52: happy-for moves pleasure by 0.06"
    ),
    "We had to put our old dog to sleep today. The house feels so empty.": (
        "read as mostly neutral (0.66, negative 0.26): pleasure falls 0.05 but arousal only 0.015"
    ),
    # Held out, written after the tuning and never tuned on: an event told without
    # words of feeling reads as neutral to a model trained on how feelings are said.
    "My results came back clear, no more chemo.": "read as neutral 0.67 (joy 0.14)",
    "Grandma pulled through the surgery and she's already asking for tea!": (
        "read as neutral 0.90 (joy 0.05)"
    ),
    "My daughter is missing at the fair and I can't find her anywhere!": (
        "read as sadness 0.68, fear 0.00: sorry-for, arousal down"
    ),
    "I quit smoking a year ago today and haven't had a single one!": (
        "read as a shade upset (negative 0.34, positive 0.06)"
    ),
    "My coworkers mock the new guy's accent every single day.": (
        "read as a shade glad (joy 0.26, anger 0.22; positive 0.27, negative 0.13)"
    ),
    "Somebody threw rocks at the ducks in the park until one stopped moving.": (
        "read as neutral 0.84 (negative 0.13)"
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
