"""The load benchmark's own client, small: a real `os1 serve`, 200 people at once, nothing lost.

The figures (latency, memory) are benchmarks/load.py's to measure, on a quiet
machine; here only the counts are checked, which do not depend on the machine.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "load.py"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("os1_load_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_two_hundred_people_at_once_lose_nothing() -> None:
    load = _benchmark()
    figures = load.run(
        sessions=200, messages=2, workers=2, connect_rate=200, turn_rate=100, probes=2
    )
    assert figures["errors"] == 0, figures["first_errors"]
    assert figures["sessions"] == 200
    assert figures["held_when_all_open"] == 200
    assert figures["sent"] == figures["answered"]
    # Every message of the crowd's, and at least one from each probe
    assert figures["answered"] >= (200 - figures["probe_sessions"]) * 2 + 2
    assert figures["lost"] == 0
