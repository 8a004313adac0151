"""What the cause quotes, and how it dates it: the sentence that moved the OS, and never a
wrong day for an event the person dated themselves.

With the learned appraiser (its reading of each sentence is what picks the quote), a
real SQLite store, and the test's clock.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from os1.memory.store import Store
from os1.mind import cause, feeling_records, journal, told_when
from os1.mind.appraisal import LearnedAppraiser
from os1.mind.inner_life import InnerLife
from os1.mind.timeline import timeline

MORNING = datetime(2026, 5, 7, 8, 0, tzinfo=UTC)
JOB = "I got the job! I start on Monday. I've wanted this for years. I'm a bit scared though."
GRANDMOTHER = "My grandmother died last spring. I still miss her every day."


def _told(store: Store, appraiser: LearnedAppraiser, text: str, at: datetime) -> InnerLife:
    life = InnerLife(store, "local", appraiser)
    life.feel(text, store.add_turn("local", None, "user", text, at=at), at)
    return life


def test_the_quote_is_the_sentence_that_moved_the_os_not_the_first(
    store: Store, appraiser: LearnedAppraiser
) -> None:
    life = _told(store, appraiser, JOB, MORNING)
    now = MORNING + timedelta(minutes=30)
    found = life.cause(now)
    # The whole reads as fear for the person: "I'm a bit scared though" is why, not the job.
    assert found is not None and found.emotion == "fear-for"
    assert found.quote == "I'm a bit scared though"
    assert "I was frightened for you when you said “I'm a bit scared though”" in life.why(now)
    # The record keeps which sentence it was, and the journal and the plot quote it too.
    (record,) = [f for f in feeling_records.feelings(store, "local") if f.kind == "exchange"]
    assert record.record["sentence"] == 3
    entry = journal.compose(store, "local", MORNING.astimezone().date())
    assert entry is not None and "you told me “I'm a bit scared though”" in entry
    (event,) = timeline(store, "local", MORNING - timedelta(hours=1), now).events
    assert event.label.startswith("I'm a bit scared")


def test_a_first_sentence_that_carries_the_feeling_is_still_quoted_first(
    store: Store, appraiser: LearnedAppraiser
) -> None:
    # Both sentences are sad; the second only goes on from the first.
    life = _told(store, appraiser, GRANDMOTHER, MORNING)
    found = life.cause(MORNING + timedelta(hours=3))
    assert found is not None and found.emotion == "sorry-for"
    assert found.quote == "My grandmother died last spring"


def test_an_event_dated_before_the_day_it_was_told_is_not_said_to_be_today(
    store: Store, appraiser: LearnedAppraiser
) -> None:
    life = _told(store, appraiser, GRANDMOTHER, MORNING)
    # Asked soon after, later that morning, and that evening (a day on, it has faded).
    for later in (timedelta(minutes=20), timedelta(hours=3), timedelta(hours=11)):
        now = MORNING + later
        why = life.why(now)
        assert "I was sad for you when you told me “My grandmother died last spring”;" in why
        for wrong in ("this morning", "today", "a little while ago", "yesterday"):
            assert wrong not in why, (later, why)
        summary = life.summary(now)["cause"]
        assert summary["when"] is None and summary["text"].rstrip(".") in why


def test_an_event_of_the_day_keeps_when_it_was_said(
    store: Store, appraiser: LearnedAppraiser
) -> None:
    text = "My dog died this morning. I can't stop crying."
    life = _told(store, appraiser, text, MORNING)
    now = MORNING + timedelta(hours=5)
    found = life.cause(now)
    assert found is not None and not found.told_of_before
    assert found.said(now).endswith(f"“My dog died this morning” {found.as_dict(now)['when']}")


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("My grandmother died last spring.", True),
        ("We split up two years ago.", True),
        ("We broke up last night.", True),
        ("My father died in 2019.", True),
        ("The funeral was today.", False),
        ("My dog died this morning.", False),
        ("I start on Monday.", False),  # the coming Monday
        ("I got the job!", False),
    ],
)
def test_words_that_date_what_they_tell_before_the_day(text: str, before: bool) -> None:
    assert told_when.tells_of_before(text, MORNING) is before


def test_a_kept_sentence_that_is_no_longer_there_quotes_from_the_start() -> None:
    # The turn was edited to fewer sentences since it was felt.
    assert cause.quoted_words("One. Two.", {"sentence": 5}) == "One. Two."
    assert cause.quoted_words("One. Two. Three.", {"sentence": 1}) == "Two. Three."
    assert cause.quoted_words("One. Two.", {}) == "One. Two."


def test_a_message_that_moves_nothing_whole_is_felt_by_the_sentence_that_does(
    store: Store, appraiser: LearnedAppraiser
) -> None:
    # Read whole, the second sentence drowns the first: no sure event, no clear words.
    told = "Mum didn't wake up today. The nurse phoned at eight."
    assert appraiser.appraise(told).event.kind != "sorry-for" or (
        appraiser.appraise(told).event.probability < 0.5
    )
    life = _told(store, appraiser, told, MORNING)
    found = life.cause(MORNING + timedelta(minutes=30))
    assert found is not None and found.emotion == "sorry-for"
    assert found.quote == "Mum didn't wake up today"
    # A whole that moves the OS is felt whole, whatever one sentence alone would do.
    letter = "He cried when he read my letter. Happy tears, he said it was the best gift ever."
    later = MORNING + timedelta(hours=1)
    felt = life.feel(letter, store.add_turn("local", None, "user", letter, at=later), later)
    assert felt.reaction.emotion == "happy-for" and felt.sentence is None


def test_the_cause_named_moved_the_mood_the_way_it_leans(store: Store) -> None:
    """Asked how it felt, the OS said "I feel a little bright and lively. I was sad for you
    when you said “I've never seen him cry”": the heaviest change, against the mood it was
    in. With the mood's lean from its baseline, the heaviest change its way is named."""
    store.ensure_user("local")
    session = store.start_session("local")
    sure = {"event": {"kind": "sorry-for", "probabilities": {"sorry-for": 0.9}}}
    for said, emotion, before, after in (
        ("It's not cancer, the scan was clear.", "happy-for", 0.1, 0.3),
        ("I've never seen him cry before tonight.", "sorry-for", 0.3, 0.05),
    ):
        turn = store.add_turn("local", session, "user", said, at=MORNING)
        record = {
            "reaction": {"emotion": emotion, "intensity": 0.6},
            "appraisal": sure,
            "mood_before": {"pleasure": before, "arousal": 0.0, "dominance": 0.0},
            "mood_after": {"pleasure": after, "arousal": 0.0, "dominance": 0.0},
        }
        feeling_records.add_feeling(store, "local", turn, MORNING, "exchange", record)
    now = MORNING + timedelta(minutes=5)
    heaviest = cause.strongest(store, "local", now, 6.0)
    assert heaviest is not None and heaviest.emotion == "sorry-for"  # bad outweighs good
    bright = cause.strongest(store, "local", now, 6.0, lean=0.3)
    assert bright is not None and bright.emotion == "happy-for"
    low = cause.strongest(store, "local", now, 6.0, lean=-0.3)
    assert cause.strongest(store, "local", now, 6.0, lean=0.05) == heaviest  # at rest
    assert low is not None and low.emotion == "sorry-for"
