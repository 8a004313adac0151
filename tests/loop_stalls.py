"""For tests that slow work runs off the event loop: how long a loop was held while some
work ran, and a real server made slow to answer (a relay in front of it on loopback)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import itertools
import socket
import sys
import threading
import time
import traceback
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

# The longest the loop may be held while slow work (seconds of it) runs elsewhere: the
# store, signatures and the like, between the awaits, are all it may wait for.
HELD_AT_MOST_S = 0.25


# Where the loop's thread was when it had not ticked for this long (printed, so that a
# failing test's output says what held the loop).
_WATCH_AFTER_S = 0.2


async def longest_stall(work: Awaitable[T]) -> tuple[T, float]:
    """What `work` gave, and the longest a task ticking every 10 ms on the same loop
    waited meanwhile: well over 10 ms only when something held the loop."""
    loop_thread = threading.get_ident()
    finished = threading.Event()

    async def tick() -> None:
        while True:
            await asyncio.sleep(0.01)
            ticks.append(time.perf_counter())

    def watch() -> None:
        reported = None
        while not finished.wait(0.05):
            last = ticks[-1]
            if time.perf_counter() - last > _WATCH_AFTER_S and reported != last:
                reported = last
                print(
                    f"The event loop has not ticked for {_WATCH_AFTER_S} s. Its thread and"
                    " the others are at (one may hold the interpreter's lock):"
                )
                names = {thread.ident: thread.name for thread in threading.enumerate()}
                for ident, frame in sys._current_frames().items():
                    if ident == threading.get_ident():
                        continue
                    mark = " (the event loop)" if ident == loop_thread else ""
                    where = "".join(traceback.format_stack(frame)[-6:])
                    print(f"-- {names.get(ident, ident)}{mark}:\n{where}")

    # A full garbage collection stops every thread for as long as it takes, and by the time
    # the mail tests run in the suite the process holds the objects of every test before
    # (669,000; one collection took 0.94 s on a busy machine): that is the 0.40-0.44 s stall
    # CI saw, with the loop idle in poll, waiting for the interpreter's lock. It says nothing
    # about the code under test, so the heap so far is collected and set aside first.
    gc.collect()
    gc.freeze()
    ticks = [time.perf_counter()]
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    ticker = asyncio.create_task(tick())
    try:
        done = await work
    finally:
        ticker.cancel()
        finished.set()
        gc.unfreeze()
    # Up to the end: work that never let the ticker run at all held the loop throughout.
    ticks.append(time.perf_counter())
    return done, max(later - earlier for earlier, later in itertools.pairwise(ticks))


def _relay(source: socket.socket, target: socket.socket, delay: float) -> None:
    """Bytes from source to target, the first of each connection `delay` seconds late."""
    with contextlib.suppress(OSError):
        first = True
        while data := source.recv(65536):
            if first:
                time.sleep(delay)
                first = False
            target.sendall(data)
    with contextlib.suppress(OSError):
        target.shutdown(socket.SHUT_WR)


@contextmanager
def slow_server(port: int, delay: float) -> Iterator[int]:
    """A port on loopback that reaches the server at `port`, whose every connection
    answers `delay` seconds late (a far or busy server): the port to use instead."""
    listener = socket.create_server(("127.0.0.1", 0))
    connections: list[socket.socket] = []

    def accept() -> None:
        with contextlib.suppress(OSError):
            while True:
                client, _ = listener.accept()
                server = socket.create_connection(("127.0.0.1", port))
                connections.extend((client, server))
                for relayed in ((client, server, 0.0), (server, client, delay)):
                    threading.Thread(target=_relay, args=relayed, daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield listener.getsockname()[1]
    finally:
        with contextlib.suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)  # wakes the accept that waits
        listener.close()
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.close()
