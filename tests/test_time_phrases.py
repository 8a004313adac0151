from __future__ import annotations

from datetime import UTC, datetime

import pytest

from os1.memory.time_phrases import spans_in

NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)  # a Saturday


def _days(text: str, now: datetime = NOW) -> list[tuple[str, str]]:
    return [(s.start.date().isoformat(), s.end.date().isoformat()) for s in spans_in(text, now)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("I saw her yesterday", ("2026-11-27", "2026-11-28")),
        ("what did I do last summer?", ("2026-06-01", "2026-09-01")),
        ("last week was hard", ("2026-11-16", "2026-11-23")),
        ("last weekend", ("2026-11-21", "2026-11-23")),
        ("last month", ("2026-10-01", "2026-11-01")),
        ("last Tuesday", ("2026-11-24", "2026-11-25")),
        ("on 7 May I went to a support group", ("2026-05-07", "2026-05-08")),
        ("in December", ("2025-12-01", "2026-01-01")),
        ("in 2022", ("2022-01-01", "2023-01-01")),
        ("May 7, 2023", ("2023-05-07", "2023-05-08")),
        ("since March", ("2026-03-01", "2026-11-29")),
    ],
)
def test_phrases_resolve_to_the_stretch_they_name(text: str, span: tuple[str, str]) -> None:
    assert _days(text) == [span]


def test_last_summer_in_july_is_the_summer_before() -> None:
    july = datetime(2026, 7, 10, tzinfo=UTC)
    assert _days("last summer", july) == [("2025-06-01", "2025-09-01")]
    assert _days("this summer", july) == [("2026-06-01", "2026-07-11")]


def test_vague_amounts_get_a_margin_around_them() -> None:
    ((start, end),) = _days("two weeks ago we met")
    assert start < "2026-11-14" < end
    ((start, end),) = _days("a few days ago")
    assert start <= "2026-11-25" < end


def test_words_that_only_look_like_time_are_left_alone() -> None:
    assert _days("I may go, it is a long week of work") == []
    assert _days("next summer we will see") == []
    assert _days("on 31 February") == []


def test_the_first_reading_of_a_phrase_wins_and_order_is_kept() -> None:
    spans = spans_in("last May, and then yesterday", NOW)
    assert [s.phrase for s in spans] == ["last May", "yesterday"]
    assert NOW.replace(year=2026, month=5, day=20) in spans[0]
