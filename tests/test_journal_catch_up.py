"""The journal catching up at each start: every finished day with exchanges gets its entry,
and a start reads only the records after the latest entry (a long history read whole
held back every chat's first reply). Real SQLite; the records as the inner life writes
them; the days are the test's.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

import pytest

from os1.memory.store import Store
from os1.mind import feeling_records, journal

DAY = date(2026, 5, 4)
MOOD = {"pleasure": 0.1, "arousal": 0.0, "dominance": 0.1}
BOND = {"closeness": 0.1, "trust": 0.1, "familiarity": 0.1}
RECORD: dict[str, Any] = {
    "mood_before": MOOD,
    "mood_after": MOOD | {"pleasure": 0.2},
    "emotion": "calm",
    "intensity": 0.1,
    "affinity_before": BOND,
    "affinity_after": BOND,
    "changes": [],
    "appraisal": {"ekman": {"joy": 0.3, "neutral": 0.6}, "groups": {"ambiguous": 0.1}},
    "reaction": {"emotion": "calm", "intensity": 0.0, "disclosure": 0.0, "about_os": False},
}


def _talked(store: Store, day: date, times: int = 3) -> None:
    for k in range(times):
        at = datetime.combine(day, time(9 + k)).astimezone()
        feeling_records.add_feeling(store, "local", None, at, "exchange", RECORD)


def test_each_finished_day_is_written_once_and_a_start_reads_only_what_came_after(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        _talked(store, DAY + timedelta(days=n))
    today = DAY + timedelta(days=3)
    assert journal.catch_up(store, "local", today) == [
        (DAY + timedelta(days=n)).isoformat() for n in range(3)
    ]
    _talked(store, today)

    read_since: list[datetime | None] = []
    feelings = feeling_records.feelings

    def reading(*args: Any, **kwargs: Any) -> Any:
        read_since.append(kwargs.get("since"))
        return feelings(*args, **kwargs)

    monkeypatch.setattr(feeling_records, "feelings", reading)
    # The next day: only the day after the latest entry is read, and written.
    assert journal.catch_up(store, "local", today + timedelta(days=1)) == [today.isoformat()]
    assert read_since[0] == journal.day_bounds(today)[0]
    assert journal.catch_up(store, "local", today + timedelta(days=1)) == []
    written = [day for day, _ in feeling_records.journal(store, "local")]
    assert sorted(written) == [(DAY + timedelta(days=n)).isoformat() for n in range(4)]


def test_an_entry_written_early_for_today_does_not_hide_the_days_before(store: Store) -> None:
    _talked(store, DAY)
    _talked(store, DAY + timedelta(days=1))
    today = DAY + timedelta(days=1)
    # `os1 journal --write` before the day's first start caught up on yesterday.
    assert journal.write(store, "local", today) is not None
    assert journal.catch_up(store, "local", today) == [DAY.isoformat()]
