""" "What do you remember about me?": answered with what the person said, never the model's."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from os1.brain.scripted import ScriptedBrain
from os1.conversation.loop import Conversation
from os1.memory import fact_records
from os1.mind.interview import Answers
from os1.mind.persona import Persona

pytestmark = pytest.mark.store

T0 = datetime(2026, 5, 7, 9, 0, tzinfo=UTC)


def test_what_do_you_remember_about_me_quotes_the_person(store):
    brain = ScriptedBrain([f"Tell me more, {n}." for n in range(10)])
    conversation = Conversation(brain, store, "local", Persona("Iris", "model", "."), Answers())

    def say(text: str) -> str:
        return asyncio.run(conversation.say(text).text())

    assert "haven't told me much" in say("What do you remember about me?")
    say("My sister Ruth moved to Lisbon last spring.")
    say("ok")
    say("I can't stand coriander at all, honestly.")
    answer = say("what do you know about me?")
    assert answer.startswith("Here is what I remember:")
    # "Last spring" is when she moved, not today: no day is put before it.
    assert "Ruth, your sister:\n- Your sister Ruth moved to Lisbon last spring." in answer
    assert "You can't stand coriander at all, honestly." in answer
    assert "ok" not in answer.split("\n")
    # The brain answered only the ordinary turns ("ok" is heard by the OS: listening.py).
    assert len(brain.received) == 2
    # A fact read from a turn since forgotten is still told, in the person's voice.
    (coriander,) = [
        t for t in store.all_turns("local") if t.role == "user" and "coriander" in t.text
    ]
    fact_records.add_fact(store, "local", "They can't stand coriander.", "local", [coriander.id],
                   T0, 0.9, "test")  # fmt: skip
    answer = say("What do you remember about me?")
    assert answer.count("coriander") == 1  # the turn says it; the fact adds nothing
