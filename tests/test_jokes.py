"""A joke asked for: one of the OS's own, each told once before any again."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from os1.brain.scripted import ScriptedBrain
from os1.conversation.answerers import answerers_for
from os1.conversation.jokes import (
    ENJOYED,
    GROANED_AT,
    INVITED,
    JOKES,
    LAUGHED,
    OUT_OF_JOKES,
    asks_for_a_joke,
)
from os1.conversation.loop import Conversation
from os1.memory.store import Store
from os1.mind.interview import Answers
from os1.mind.persona import Persona

PERSONA = Persona("Iris", "model", ".", user_name="Walter")


def _talk(store: Store) -> Callable[[str], str]:
    """A conversation with the everyday answerers, whose brain only says "From the brain."."""
    conversation = Conversation(
        ScriptedBrain(["From the brain."]), store, "local", PERSONA, Answers("Walter"),
        answerers=answerers_for(store, "local", PERSONA),
    )  # fmt: skip
    return lambda text: asyncio.run(conversation.say(text).text())


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


def test_their_joke_offered_is_asked_for_and_laughed_at(store: Store) -> None:
    """Seen with the embedded model after a first stand-up gig: "Want to hear the joke?" was
    answered "That sounds like a lot to carry, Raj. How are you holding up?"."""
    say = _talk(store)
    assert say("Want to hear the joke?") == INVITED
    joke = "So my mum texts me in full sentences with a signature at the end. Love, Mum."
    assert say(joke) == LAUGHED
    # Only just after it was asked for: the next message is the brain's again.
    assert say("My mum texts me every day.").startswith("From the brain.")


def test_its_joke_groaned_at_or_laughed_at_is_taken_well(store: Store) -> None:
    """Seen with the embedded model: "That was terrible." after one of its jokes was answered
    "That sounds scary. What's the best way to handle it?"."""
    say = _talk(store)
    say("Tell me a joke.")
    assert say("That was terrible.") == GROANED_AT
    say("Tell me another joke.")
    assert say("Hahaha.") == ENJOYED
    # Only just after a joke: a terrible day is the brain's.
    assert say("That was terrible.").startswith("From the brain.")
