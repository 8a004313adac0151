"""Issue 18's evening: a divorce from Catherine, friend Paul's birthday, a job writing
greeting cards, among questions, a request, an insult and talk about the talk. The facts
read from it are about the person's life, with their people named, dated and typed.

Real SQLite, the real encoder and support check; the brain is scripted where the test is
about what reaches it, and the embedded SmolLM2-135M where it is about extraction.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from os1.brain.scripted import ScriptedBrain
from os1.memory import fact_records
from os1.memory.consolidation import BrainExtractor, Consolidator
from os1.memory.support import SupportCheck

pytestmark = pytest.mark.store

THURSDAY = datetime(2026, 11, 26, 19, 0, tzinfo=UTC)
EVENING = [
    "Hi there!",
    "My ex-wife Catherine sent over the divorce papers this morning.",
    "She wants to keep the house.",
    "You're just a chatbot.",
    "I don't really know how this works.",
    "Sorry, could you answer in English?",
    "What do you think I should do?",
    "My friend Paul turns 40 on Saturday, I love Paul.",
    "On Saturday we're having dinner with Paul, add dinner with Paul to my calendar.",
    "I work at a company that writes greeting cards.",
    "I feel a bit lost since the divorce.",
]
NOT_FACTS = ("chatbot", "how this works", "English", "calendar", "should do", "Hi there")


def _evening(store) -> list[int]:
    session = store.start_session("local")
    ids = []
    for i, text in enumerate(EVENING):
        at = THURSDAY + timedelta(minutes=2 * i)
        ids.append(store.add_turn("local", session, "user", text, at=at))
        store.add_turn("local", session, "assistant", "I see.", at=at + timedelta(seconds=30))
    return ids


def _read(store, encoder, extractor: BrainExtractor) -> None:
    consolidator = Consolidator(
        store, "local", "Martin", extractor, SupportCheck(encoder), clock=lambda: THURSDAY
    )
    asyncio.run(consolidator.run())


def test_only_the_persons_statements_reach_the_brain(store, encoder):
    _evening(store)
    # Whatever the brain says, it is asked only about statements, with "she" named.
    brain = ScriptedBrain(["Martin is just a chatbot."] * 20)
    _read(store, encoder, BrainExtractor(brain))
    asked = [messages[-1].content for messages in brain.received]
    assert asked == [
        "My ex-wife Catherine sent over the divorce papers this morning.",
        "Catherine wants to keep the house.",
        "My friend Paul turns 40 on Saturday, I love Paul.",
        "On Saturday we're having dinner with Paul.",
        "I work at a company that writes greeting cards.",
        "I feel a bit lost since the divorce.",
    ]
    kept = [f.text for f in fact_records.facts(store, "local")]
    assert not any(word in text for text in kept for word in NOT_FACTS)


def test_the_evening_gives_dated_typed_facts_with_the_embedded_model(store, encoder, smollm):
    ids = _evening(store)
    _read(store, encoder, BrainExtractor(smollm))
    facts = fact_records.facts(store, "local")
    assert not any(word in f.text for f in facts for word in NOT_FACTS)
    papers = [f for f in facts if "papers" in f.text]
    assert papers and all("Catherine" in f.text for f in papers)
    assert papers[0].sources == (ids[1],) and papers[0].kind == "event"
    assert papers[0].valid_from.date() == THURSDAY.date()
    assert any("Catherine" in f.text and "house" in f.text for f in facts)
    (dinner,) = [f for f in facts if "dinner" in f.text]
    assert dinner.kind == "plan" and dinner.valid_from.date().isoformat() == "2026-11-28"
    assert "28 November 2026" in dinner.text
    kinds = {f.kind for f in facts}
    assert {"event", "plan", "work", "feeling"} <= kinds
