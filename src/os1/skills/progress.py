"""Long work a skill says it is doing while the person waits ("Writing the letter:
paragraph 2 of 4").

A skill's answer is a whole reply, written once the work is done; drafting a
letter with the embedded model takes seconds. Whoever shows the reply (the
terminal chat, the web chat's socket) listens for the length of one reply with
`listening`, and a skill deep in its work calls `report`. The listener travels
with the task that reads the reply (a context variable), so nothing between
the two (the turn loop, acting) has to carry it, and two people's chats on
one server never hear each other's work.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Listener = Callable[[str], Awaitable[None]]

_listener: ContextVar[Listener | None] = ContextVar("os1_progress_listener", default=None)


async def report(text: str) -> None:
    """Tell whoever shows this reply what the work is doing now; nobody listening: nothing."""
    listener = _listener.get()
    if listener is not None:
        await listener(text)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Hear the reports of the work done, in this task, until the block ends."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)
