"""The turn loop with a scripted brain: these tests are about storage and flow, not the model."""

import asyncio

import pytest

from os1.brain.scripted import ScriptedBrain
from os1.conversation.loop import Conversation, Limits
from os1.errors import BrainError, InputError
from os1.mind.interview import Answers
from os1.mind.persona import Persona

PERSONA = Persona("Iris", "model", "It sounded right.", user_name="Theodore")


def _conversation(store, replies, **limits):
    brain = ScriptedBrain(replies)
    return brain, Conversation(
        brain, store, "local", PERSONA, Answers("Theodore"), Limits(**limits)
    )


def test_a_turn_is_stored_with_its_reply_and_record(store):
    brain, conv = _conversation(store, ["Hello Theodore, how was your day?"])
    reply = conv.say("Hi Iris")
    assert asyncio.run(reply.text()) == "Hello Theodore, how was your day?"
    turns = store.recent_turns("local", 10)
    assert [(t.role, t.text) for t in turns] == [
        ("user", "Hi Iris"),
        ("assistant", "Hello Theodore, how was your day?"),
    ]
    record = turns[1].meta
    assert record["answers"] == turns[0].id
    assert record["interrupted"] is False
    assert {"perceive", "recall", "first_piece", "think"} <= set(record["marks_ms"])
    # The brain saw the persona first, then the person's words.
    sent = brain.received[0]
    assert sent[0].role == "system"
    assert "You are Iris" in sent[0].content
    assert "Theodore" in sent[0].content
    assert (sent[-1].role, sent[-1].content) == ("user", "Hi Iris")


def test_history_carries_into_the_next_turn_and_across_sessions(store):
    _, first = _conversation(store, ["Noted, and kept in mind."])
    asyncio.run(first.say("My sister is called Ruth.").text())
    first.close()
    brain, second = _conversation(store, ["Ruth, of course."])
    asyncio.run(second.say("Do you think she'd like a letter from me?").text())
    contents = [m.content for m in brain.received[0]]
    assert contents[1:] == [
        "My sister is called Ruth.",
        "Noted, and kept in mind.",
        "Do you think she'd like a letter from me?",
    ]
    assert store.counts("local") == {"turns": 4, "sessions": 2}


def test_an_interrupted_reply_keeps_only_what_was_said(store):
    _, conv = _conversation(store, ["One thing. Two things. Three things."])

    async def listen_for_two() -> None:
        reply = conv.say("Tell me something")
        heard = 0
        async for _ in reply:  # the guard lets the reply out a sentence at a time
            heard += 1
            if heard == 2:
                break
        await reply.aclose()

    asyncio.run(listen_for_two())
    said = store.recent_turns("local", 10)[-1]
    assert said.text == "One thing. Two things."
    assert said.meta["interrupted"] is True


@pytest.mark.parametrize(
    ("text", "problem"),
    [("", "empty"), ("   \n\t", "empty"), ("x" * 100_000, "100,000 characters")],
)
def test_bad_messages_are_refused_and_nothing_is_stored(store, text, problem):
    _, conv = _conversation(store, ["unused"])
    with pytest.raises(InputError, match=problem):
        conv.say(text)
    assert store.counts("local")["turns"] == 0


def test_a_failing_brain_keeps_what_the_person_said(store):
    _, conv = _conversation(store, [])
    with pytest.raises(BrainError, match="no replies left"):
        asyncio.run(conv.say("I keep thinking about the sea.").text())
    assert [t.text for t in store.recent_turns("local", 10)] == ["I keep thinking about the sea."]


def test_an_empty_reply_is_drawn_again(store):
    brain, conv = _conversation(store, ["   ", "Here I am."])
    assert asyncio.run(conv.say("Hello?").text()) == "Here I am."
    assert [r.seed for r in brain.requests] == [1, 2]


def test_the_history_budget_bounds_the_prompt(store):
    for i in range(200):
        store.add_turn("local", None, "user" if i % 2 else "assistant", f"message number {i} " * 5)
    brain, conv = _conversation(store, ["ok"], history_tokens=200)
    asyncio.run(conv.say("and now?").text())
    history = brain.received[0][1:]
    assert history[-1].content == "and now?"
    assert sum(brain.count_tokens(m.content) + 4 for m in history) <= 200


def test_making_a_conversation_writes_nothing_and_starting_it_opens_one_session(store):
    sessions = "SELECT count(*) FROM sessions WHERE user_id = 'local'"
    _, conv = _conversation(store, ["Hello."])
    assert store.read(sessions)[0][0] == 0 and conv.session_id is None
    assert conv.start() is conv and conv.start().session_id is not None
    assert store.read(sessions)[0][0] == 1  # once only
    asyncio.run(conv.say("Hi Iris").text())
    assert store.read(sessions)[0][0] == 1
    assert store.recent_turns("local", 1)[0].session_id == conv.session_id
    # One never started is started by the first thing said.
    _, later = _conversation(store, ["Hello."])
    asyncio.run(later.say("Hi again").text())
    assert store.read(sessions)[0][0] == 2
