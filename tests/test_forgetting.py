""" "Forget that", said in the conversation: shown first, asked, and forgotten only on a yes."""

from __future__ import annotations

import asyncio

import pytest

from os1.brain.scripted import ScriptedBrain
from os1.conversation.gathering import Mind
from os1.conversation.loop import Conversation
from os1.memory.episodes import EpisodicMemory
from os1.mind.interview import Answers
from os1.mind.persona import Persona

pytestmark = pytest.mark.store


def test_forget_in_the_conversation_asks_first_then_forgets(store, encoder):
    brain = ScriptedBrain(["I hear you."] * 10)
    memory = EpisodicMemory(store, "local", encoder)
    conversation = Conversation(
        brain, store, "local", Persona("Iris", "model", "."), Answers(), mind=Mind(memory=memory)
    )

    def say(text: str) -> str:
        return asyncio.run(conversation.say(text).text())

    say("My ex Marco still texts me at night.")
    say("I baked bread this morning.")
    question = say("Forget what I said about my ex.")
    assert question.startswith("Forget this for good?") and "Marco" in question
    assert "no" in question and len(brain.received) == 2  # the brain was not asked
    assert say("no") == "Okay, I'll keep it."
    assert any("Marco" in t.text for t in store.all_turns("local"))
    again = say("Forget what I said about my ex.")
    assert again.count("“") == 2, again  # the first request is about the ex too
    assert say("yes").startswith("Done. I've forgotten it (2 things")
    assert all("Marco" not in t.text for t in store.all_turns("local"))
    assert any("bread" in t.text for t in store.all_turns("local"))
    assert all("Marco" not in t.text for t, _ in memory.search("ex Marco texts", 10))
    assert say("forget that").startswith("Forget this for good?")
    assert say("What's for dinner?") == "I hear you."  # not a yes: nothing forgotten
