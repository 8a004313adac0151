""" "What did we talk about yesterday?": from that day's records, never the model's."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

from os1.conversation.last_talk import LastTalk
from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.mind.appraisal import LearnedAppraiser
from os1.mind.inner_life import InnerLife

# Local noon: the days asked about are the machine's own.
NOON = datetime(2026, 5, 7, 12, 0).astimezone()


def _ask(store: Store, question: str, at: datetime) -> str | None:
    turn_id = store.add_turn("local", None, "user", question, at=at)
    turn = Turn("local", question, user_turn_id=turn_id, at=at)
    return asyncio.run(LastTalk(store, "local").answer(turn))


def test_yesterday_is_what_moved_the_os_then(store: Store, appraiser: LearnedAppraiser) -> None:
    # The embedded model answered "We talked about the new restaurant in town."
    life = InnerLife(store, "local", appraiser)
    yesterday = NOON - timedelta(days=1)
    for minutes, said in enumerate(["Joan would have been seventy-eight today.", "Goodnight."]):
        at = yesterday + timedelta(minutes=minutes)
        life.feel(said, store.add_turn("local", None, "user", said, at=at), at)
    answer = _ask(store, "What did we talk about yesterday?", NOON)
    assert answer is not None
    assert answer.startswith("Yesterday you told me “Joan would have been seventy-eight today”")
    assert "Goodnight" not in answer


def test_without_feelings_it_quotes_what_they_told_and_says_when_they_did_not_talk(
    store: Store,
) -> None:
    earlier = NOON - timedelta(hours=2)
    store.add_turn("local", None, "user", "Hi! I started a pottery class on Monday.", at=earlier)
    assert _ask(store, "What did we talk about earlier?", NOON) == (
        "Earlier today you told me “I started a pottery class on Monday”."
    )
    assert _ask(store, "What did we talk about yesterday?", NOON) == (
        "We didn't talk yesterday. What's on your mind now?"
    )
    # "Last time", or asked alone: the last day they talked, today's earlier talk included.
    assert _ask(store, "What did we talk about last time?", NOON).startswith("Earlier today")
    # What they told about someone is the life questions' to answer.
    assert _ask(store, "What did I tell you about Ruth?", NOON) is None


def test_the_first_time_is_said_to_be_the_first(store: Store) -> None:
    assert _ask(store, "What did we talk about?", NOON) == (
        "This is the first time we've talked. Tell me anything."
    )
