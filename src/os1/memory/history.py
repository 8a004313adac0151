"""Recent history for the prompt, within a token budget, with a stable start.

The embedded model reuses its cache for the unchanged start of a prompt, so the
window should not slide by one turn every turn: when the history outgrows its
budget, the oldest turns are dropped down to `refill` of the budget at once, and
the start then stays put for several turns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from os1.memory.types import StoredTurn

CountTokens = Callable[[str], int]


def window(
    turns: Sequence[StoredTurn],
    budget: int,
    count_tokens: CountTokens,
    previous_start: int | None = None,
    refill: float = 0.6,
) -> list[StoredTurn]:
    """The newest turns that fit in `budget` tokens, keeping `previous_start` if it still fits.

    `turns` is oldest first. `previous_start` is the id of the first turn in the
    last window; keeping it keeps the cached prefix valid.
    """
    # Turns carry their token count from when they were stored; count only the rest.
    # 4: the chat template's wrapping around each message.
    sizes = [(t.tokens if t.tokens is not None else count_tokens(t.text)) + 4 for t in turns]
    if previous_start is not None:
        kept = [i for i, turn in enumerate(turns) if turn.id >= previous_start]
        if kept and sum(sizes[kept[0] :]) <= budget:
            return list(turns[kept[0] :])
    target = budget * refill
    total = 0
    start = len(turns)
    for i in range(len(turns) - 1, -1, -1):
        if total + sizes[i] > target and start < len(turns):
            break
        total += sizes[i]
        start = i
    # A single turn bigger than the budget still goes in whole: dropping the
    # one thing the person just said would be worse than a long prompt.
    return list(turns[start:])
