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

# What the appraiser reads in these, measured: the words (the GoEmotions classifier), the
# event told (event_appraisal.py) and the act toward the OS (act_appraisal.py) misread them,
# or the one that reads right is the less sure, so the reaction's rule (reactions.py) has
# nothing right to choose from.
# Three held-out probes the classifiers misread are heard by grammars written
# after seeing them, so they no longer count as held out: a child missing and a stroke's
# signs (the emergency grammar, mind/danger.py), and "You're about as helpful as a chocolate
# teapot." (an ironic simile, grammar_cues.ironic_simile).
# One held-out probe the eighth session's event corpus left a hair short (the lost wallet
# handed in, happy-for 0.497 against the 0.5 an event needs alone) reads 0.55 again on the
# ninth session's corpus, to which nothing of wallets or things found was added. A probe the
# classifiers misread would be listed here, as a strict xfail, with why.
MISREAD: dict[str, str] = {}


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
