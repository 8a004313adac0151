"""The mood and affinity over a span of time, rebuilt from the recorded feelings.

Between two records the mood drifts as the dynamics say, so the timeline shows
the slow return to baseline, not just the jumps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from os1.memory.store import Store
from os1.memory.types import Feeling
from os1.mind import feeling_records
from os1.mind.affect import PAD
from os1.mind.affinity import Affinity
from os1.mind.cause import quoted_words, short_quote, size
from os1.mind.mood import Mood, MoodDynamics


@dataclass(frozen=True, slots=True)
class Moment:
    at: datetime
    mood: PAD
    affinity: Affinity


@dataclass(frozen=True, slots=True)
class Event:
    at: datetime
    label: str  # what happened, in a few words
    # How much it moved the OS, weighed as the cause is (cause.size: mood and bond, 0
    # for what was no real emotion), so the plot labels what the OS would name; for an
    # absence, how far the mood moved.
    moved: float


@dataclass(frozen=True, slots=True)
class Timeline:
    moments: list[Moment]
    events: list[Event]


def timeline(
    store: Store,
    user_id: str,
    start: datetime,
    end: datetime,
    dynamics: MoodDynamics | None = None,
    samples: int = 400,
) -> Timeline:
    dynamics = dynamics or MoodDynamics()
    records = feeling_records.feelings(store, user_id, until=end)
    before = [r for r in records if r.at < start]
    inside = [r for r in records if r.at >= start]
    mood, affinity = dynamics.start(start), Affinity()
    if before:
        mood, affinity = _state(before[-1].record, before[-1].at)

    step = (end - start) / samples
    moments: list[Moment] = []
    events: list[Event] = []
    pending = list(inside)
    for i in range(samples + 1):
        at = start + step * i
        while pending and pending[0].at <= at:
            record = pending.pop(0)
            mood, affinity = _state(record.record, record.at)
            events.append(_event(store, user_id, record))
            # A point exactly at the event, so a jump shows as a jump.
            moments.append(Moment(record.at, mood.point, affinity))
        moments.append(Moment(at, dynamics.at(mood, at).point, affinity))
    return Timeline(moments, events)


def _state(record: dict[str, Any], at: datetime) -> tuple[Mood, Affinity]:
    mood = Mood(PAD(**record["mood_after"]), record["emotion"], record["intensity"], at)
    return mood, Affinity(**record["affinity_after"])


def _event(store: Store, user_id: str, feeling: Feeling) -> Event:
    record = feeling.record
    if feeling.kind == "absence":
        moved = PAD(**record["mood_before"]).distance(PAD(**record["mood_after"]))
        return Event(feeling.at, f"{record.get('days_apart', 0):.0f} days apart", moved)
    turn = store.turn(user_id, feeling.turn_id) if feeling.turn_id is not None else None
    # Quoted as the cause quotes it: from the sentence that moved the OS.
    said = short_quote(quoted_words(turn.text, record), 6) if turn else "(forgotten)"
    return Event(feeling.at, said, size(feeling))
