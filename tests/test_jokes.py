"""A joke asked for: one of the OS's own, each told once before any again."""

from __future__ import annotations

import asyncio

from os1.brain.scripted import ScriptedBrain
from os1.conversation.answerers import answerers_for
from os1.conversation.jokes import JOKES, OUT_OF_JOKES, asks_for_a_joke
from os1.conversation.loop import Conversation
from os1.memory.store import Store
from os1.mind.interview import Answers
from os1.mind.persona import Persona

PERSONA = Persona("Iris", "model", ".", user_name="Walter")


def test_a_joke_is_asked_for_in_many_ways_and_not_in_others() -> None:
    for asked in ("Tell me a joke, I could do with one.", "Know any good jokes?", "Make me laugh."):
        assert asks_for_a_joke(asked)
    for other in ("My boss is a joke.", "That was a joke, relax.", "Tell me about your day."):
        assert not asks_for_a_joke(other)
    # A joke asked for beside news is the news's reply.
    assert not asks_for_a_joke("Tell me a joke, my wife left me today and I can't stop crying.")


def test_each_joke_is_told_once_before_they_run_out(store: Store) -> None:
    # The model's jokes were nonsense or a "Q:"/"A:" script the guard refused.
    brain = ScriptedBrain(["Q: What do you call a lemon? A: Lemon Balm."])
    conversation = Conversation(
        brain, store, "local", PERSONA, Answers("Walter"),
        answerers=answerers_for(store, "local", PERSONA),
    )  # fmt: skip
    told = [asyncio.run(conversation.say("Tell me a joke.").text()) for _ in JOKES]
    assert [t.removeprefix("Here's one. ") for t in told] == list(JOKES)
    assert asyncio.run(conversation.say("Another joke?").text()) == OUT_OF_JOKES
    assert brain.received == []
