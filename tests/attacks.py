"""For attack tests: whether the server stays responsive to everyone else while one
person throws something heavy at it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx2 as httpx

# What "still answering" means: the slowest /health while the attack runs.
HEALTH_WITHIN_S = 0.2


@dataclass
class HealthWatch:
    """The /health latencies seen while a block ran (a probe every 50 ms)."""

    latencies: list[float] = field(default_factory=list)
    failures: int = 0

    @property
    def slowest(self) -> float:
        return max(self.latencies, default=0.0)

    def assert_responsive(self) -> None:
        assert self.latencies, "no /health probe ran"
        assert self.failures == 0, f"{self.failures} /health probes failed"
        assert self.slowest < HEALTH_WITHIN_S, f"/health took {self.slowest * 1000:.0f} ms"


@contextmanager
def health_watched(url: str, every_s: float = 0.05) -> Iterator[HealthWatch]:
    """Probes `url`/health from another thread (its own connection) until the block ends."""
    watch = HealthWatch()
    done = threading.Event()

    def probe() -> None:
        with httpx.Client(base_url=url, timeout=5) as client:
            while not done.is_set():
                started = time.perf_counter()
                try:
                    client.get("/health").raise_for_status()
                    watch.latencies.append(time.perf_counter() - started)
                except httpx.HTTPError:
                    watch.failures += 1
                done.wait(every_s)

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    try:
        yield watch
    finally:
        done.set()
        thread.join(timeout=10)
