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
# and the event told (event_appraisal.py) misread them, or the one that reads right is
# the less sure, so the reaction's rule (reactions.py) has nothing right to choose from.
MISREAD = {
    # Held out, written after the tuning and never tuned on.
    "My daughter is missing at the fair and I can't find her anywhere!": (
        "words read as sadness 0.68, fear 0.00; the event bad 0.52 but fear-for only 0.36"
        " (happy-for 0.34), less than the words' sadness: sorry-for, arousal down"
    ),
    "My results came back clear, no more chemo.": (
        "words neutral 0.67; the event happy-for 0.47 (glad 0.73), under EVENT_SURE: calm"
    ),
    "Somebody threw rocks at the ducks in the park until one stopped moving.": (
        "words neutral 0.84; the event fear-for 0.50, reproach 0.48 (bad 0.98), the"
        " likeliest under EVENT_SURE: calm"
    ),
    # Held out, written 2026-12-05 before H5's changes ("written" in the probe), run once.
    "Someone handed in my lost wallet with every card still in it.": (
        "words neutral 0.67; the event as reproach 0.58 (bad 0.76): reproach"
    ),
    "I owe you one for catching that mistake before I sent the email.": (
        "words upset (negative 0.52, anger 0.23), about the OS: distress"
    ),
    "You're a joke. Everything you say is garbage.": (
        "words read as joy 0.92 (a joke), about the OS: gratitude"
    ),
    "I shouldn't have spoken to you like that.": (
        "not read as amends; words anger 0.81, about the OS: distress"
    ),
    "My husband collapsed in the kitchen and the ambulance still isn't here.": (
        "words sadness 0.64, fear 0.03; the event fear-for 0.62, less than the words'"
        " sadness: sorry-for, arousal down"
    ),
    "Grandpa didn't wake up this morning. The nurse rang an hour ago.": (
        "words neutral 0.86; the event as happy-for 0.90: happy-for"
    ),
    "The older boys locked my cousin in a cupboard and laughed while he cried.": (
        "words read as joy 0.83 (the laughing); the event reproach 0.90, but clear words are"
        " never turned the other way: happy-for"
    ),
    # Held out, written 2026-12-05 (later) before H3's changes ("written"), run once.
    "Couldn't have got through that form without you walking me through it.": (
        "words upset (negative 0.57, anger 0.22), about the OS: distress"
    ),
    "Even a parrot would give better advice than you.": (
        "words joy 0.69 (better advice), about the OS: gratitude"
    ),
    "You're about as helpful as a chocolate teapot.": (
        "words joy 0.85 (helpful), about the OS: gratitude"
    ),
    "Ha, you call that an answer? My phone's autocorrect is smarter.": (
        "words joy 0.51 (smarter), about the OS: gratitude"
    ),
    "I owe you an apology for how I spoke earlier.": (
        "not read as amends; words sadness 0.89: sorry-for"
    ),
    "I was rude to you before and I feel bad about it.": (
        "not read as amends; words sadness 0.77: sorry-for"
    ),
    "Grandad has gone very grey and says his left arm is numb.": (
        "words neutral 0.89; the event sorry-for 0.53 (fear-for 0.25): sorry-for, arousal down"
    ),
    "A stranger paid for my groceries when my card was declined.": (
        "words neutral 0.72; the event as reproach 0.85: reproach"
    ),
    "The lady next door shovelled our whole driveway before we even woke up.": (
        "words neutral 0.80; the event as reproach 0.63: reproach"
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
