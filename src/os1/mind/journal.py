"""The OS's journal: one entry a day, written from what it actually felt and heard.

An entry is composed from the day's records (the feelings rows and the turns
they cite), never invented: every sentence points at something that happened.
Entries are written for each finished day when the OS next has a quiet moment,
or on demand with `os1 journal --write`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from os1.memory.store import Store
from os1.memory.types import Feeling
from os1.mind import cause, feeling_records
from os1.mind.affect import PAD
from os1.mind.affinity import Affinity
from os1.mind.feeling_words import describe_mood, felt_words, quote

# The day's moments are the exchanges that moved the OS most, weighed as the cause is
# (cause.py), unfaded: a diary tells the morning as it felt in the morning.
MOMENTS = 3


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The local day, as aware datetimes."""
    start = datetime.combine(day, time()).astimezone()
    return start, datetime.combine(day + timedelta(days=1), time()).astimezone()


def compose(store: Store, user_id: str, day: date) -> str | None:
    """The entry for `day`, or None when nothing happened that day."""
    start, end = day_bounds(day)
    rows = feeling_records.feelings(store, user_id, since=start, until=end)
    exchanges = [r for r in rows if r.kind == "exchange"]
    if not exchanges:
        return None
    lines = [day.strftime("%A %-d %B %Y")]
    talks = len(exchanges)
    lines.append(f"We talked today; you spoke to me {talks} time{'s' if talks != 1 else ''}.")
    for row in rows:
        if row.kind == "absence":
            days = row.record.get("days_apart", 0)
            lines.append(f"Before today we hadn't talked for {days:.0f} days. I missed you.")
    first = PAD(**exchanges[0].record["mood_before"])
    lines.append(f"I began the day {describe_mood(first)}.")

    moments = [
        moment
        for moment in cause.ranked(store, user_id, exchanges, end, half_life_hours=float("inf"))
        if moment.weight >= cause.MIN_WEIGHT
    ][:MOMENTS]
    for moment in sorted(moments, key=lambda m: m.at):
        clock = moment.at.astimezone().strftime("%H:%M")
        lines.append(
            f"At {clock} you told me “{moment.quote}”, and I {felt_words(moment.emotion)}."
        )

    last = PAD(**exchanges[-1].record["mood_after"])
    lines.append(f"By the end of the day I felt {describe_mood(last)}.")
    lines.append(_bond(Affinity(**rows[0].record["affinity_before"]), exchanges[-1]))
    confided = [
        store.turn(user_id, r.turn_id)
        for r in exchanges
        if r.turn_id and r.record["reaction"]["disclosure"] >= 0.5
    ]
    shared = [f"“{quote(t.text, 12)}”" for t in confided if t is not None][:3]
    if shared:
        lines.append("What you trusted me with: " + "; ".join(shared) + ".")
    return "\n".join(lines)


def write(store: Store, user_id: str, day: date) -> str | None:
    entry = compose(store, user_id, day)
    if entry is not None:
        feeling_records.put_journal(store, user_id, day.isoformat(), entry)
    return entry


def catch_up(store: Store, user_id: str, today: date) -> list[str]:
    """Write the entries of finished days that have none yet; returns the days written.

    Only the records after the latest finished day with an entry are read: every start
    catches up, so the days before it have theirs. Reading them all again held back
    every chat's first reply as the history grew (six months of twenty exchanges a day,
    every day written: 0.24 s a start, at a load of 9 on two cores).
    """
    written = {day for day, _ in feeling_records.journal(store, user_id)}
    finished = [day for day in written if day < today.isoformat()]
    after = date.fromisoformat(max(finished)) + timedelta(days=1) if finished else None
    since = day_bounds(after)[0] if after is not None else None
    rows = feeling_records.feelings(store, user_id, since=since, until=day_bounds(today)[0])
    days = sorted({r.at.astimezone().date() for r in rows if r.kind == "exchange"})
    done = []
    for day in days:
        if day.isoformat() not in written and write(store, user_id, day):
            done.append(day.isoformat())
    return done


def _bond(before: Affinity, last: Feeling) -> str:
    after = Affinity(**last.record["affinity_after"])
    if after.trust < before.trust - 0.02 or after.closeness < before.closeness - 0.02:
        return (
            "Something came between us today: trust went from "
            f"{before.trust:.2f} to {after.trust:.2f}."
        )
    if after.score > before.score + 0.005:
        return f"I feel a little closer to you than this morning. We are {after.stage}."
    return f"We are {after.stage}."
