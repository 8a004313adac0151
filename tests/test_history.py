import pytest

from os1.memory.history import window
from os1.memory.types import StoredTurn

pytestmark = pytest.mark.store


def _turns(n: int, words: int = 10) -> list[StoredTurn]:
    return [
        StoredTurn(i, "local", 1, "user" if i % 2 else "assistant", "w " * words, "", None, {})
        for i in range(1, n + 1)
    ]


def count(text: str) -> int:
    return len(text.split())


def test_all_turns_fit_in_a_large_budget():
    turns = _turns(5)
    assert window(turns, 1000, count) == turns


def test_only_the_newest_turns_fit_a_small_budget():
    chosen = window(_turns(20), 100, count)  # 14 tokens a turn
    assert chosen[-1].id == 20
    assert sum(count(t.text) + 4 for t in chosen) <= 100


def test_the_start_stays_put_while_it_fits_then_jumps():
    turns = _turns(20)
    first = window(turns[:10], 100, count)
    start = first[0].id
    # One more turn still fits after the same start: the cached prefix stays valid.
    assert [t.id for t in first] == [7, 8, 9, 10]  # filled to 60% of the budget
    grown = window(turns[:11], 100, count, previous_start=start)
    assert grown[0].id == start
    # Many more turns: the start jumps forward, leaving room to grow again.
    later = window(turns, 100, count, previous_start=start)
    assert later[0].id > start
    assert sum(count(t.text) + 4 for t in later) <= 60


def test_a_single_long_turn_is_kept_whole():
    turns = _turns(3, words=500)
    assert window(turns, 100, count) == [turns[-1]]
