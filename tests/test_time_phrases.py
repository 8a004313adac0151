from __future__ import annotations

from datetime import UTC, datetime

import pytest

from os1.memory.time_phrases import looks_ahead, spans_in, with_dates

NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)  # a Saturday


def _days(text: str, now: datetime = NOW, ahead: bool = False) -> list[tuple[str, str]]:
    spans = spans_in(text, now, ahead)
    return [(s.start.date().isoformat(), s.end.date().isoformat()) for s in spans]


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


THURSDAY = datetime(2026, 11, 26, 20, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("On Saturday we're having dinner with Paul.", ("2026-11-28", "2026-11-29")),
        ("I'm seeing Amy on Monday.", ("2026-11-30", "2026-12-01")),
        ("I will call my mother tomorrow.", ("2026-11-27", "2026-11-28")),
        ("Next week I start my new job.", ("2026-11-30", "2026-12-07")),
        ("In two weeks we are moving to Leeds.", ("2026-12-10", "2026-12-11")),
        ("My exam is on 12 December and I'm going to study.", ("2026-12-12", "2026-12-13")),
        ("We're going hiking this weekend.", ("2026-11-28", "2026-11-30")),
        # Of someone named: it was dated to the June gone.
        ("Nina is getting married in June.", ("2027-06-01", "2027-07-01")),
    ],
)
def test_a_sentence_about_what_is_to_come_reads_its_days_ahead(text, span) -> None:
    assert looks_ahead(text)
    assert _days(text, THURSDAY, ahead=True) == [span]


def test_the_same_day_said_of_the_past_or_asked_about_looks_back() -> None:
    for text in ("We had dinner with Paul on Saturday.", "What did I do on Saturday?"):
        assert not looks_ahead(text)
        assert _days(text, THURSDAY) == [("2026-11-21", "2026-11-22")]
    assert _days("I will call her tomorrow") == []  # only a sentence that looks ahead


def test_dates_ahead_are_written_out_for_a_fact() -> None:
    text, _ = with_dates("On Saturday we're having dinner with Paul.", THURSDAY, ahead=True)
    assert text == "On 28 November 2026 we're having dinner with Paul."
    text, _ = with_dates("Next week I start my new job.", THURSDAY, ahead=True)
    assert text == "In the week of 30 November 2026 I start my new job."


def test_a_day_said_in_the_present_tense_is_one_to_come() -> None:
    assert looks_ahead("My friend Paul turns 40 on Saturday.")
    assert looks_ahead("My exam is on 12 December.")
    for past in ("I saw Amy on Saturday.", "Catherine signed on Monday.", "I go on Saturdays."):
        assert not looks_ahead(past)
