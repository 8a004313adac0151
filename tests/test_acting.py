"""act: requests in the conversation are done by a skill, never by the model; risky ones ask.

Everything runs on the real store and the real skills; the scripted brain only
shows which turns reached the model (none of the requests do).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from os1.assembly.skills import skills_for
from os1.brain.scripted import ScriptedBrain
from os1.config import load_settings
from os1.conversation.answerers import answerers_for
from os1.conversation.loop import Conversation
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.skills.contacts import Contacts
from os1.skills.notes import Notes
from os1.skills.reminders import Reminders

pytestmark = pytest.mark.store

NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)  # a Saturday afternoon


def _conversation(store, replies: list[str], skills_brain: ScriptedBrain | None = None):  # type: ignore[no-untyped-def]
    skills = skills_for(load_settings(), store, clock=lambda: NOW).catalogue
    brain = ScriptedBrain(replies)
    persona = Persona("Iris", "model", "It sounded right.")
    answerers = answerers_for(
        store, "local", persona, skills=skills, skills_brain=skills_brain, clock=lambda: NOW
    )
    conversation = Conversation(
        brain, store, "local", persona, Answers("Theo"), answerers=answerers, clock=lambda: NOW
    )
    return brain, conversation


def test_requests_in_the_conversation_are_done_and_risky_ones_ask_first(store):
    brain, conversation = _conversation(store, ["Tell me more."] * 5)
    Contacts(store, "local").add("Charles Ng", phone="+44 20 7946 0000")

    def say(text: str) -> str:
        return asyncio.run(conversation.say(text).text())

    assert say("remind me to call my sister at six") == (
        "I'll remind you to call your sister at 18:00 today."
    )
    assert "1. call your sister" in say("what are my reminders?")
    assert say("take a note: the piano tuner comes on Monday").startswith("Noted (note 1)")
    assert say("What's Charles's number?") == "Charles Ng: +44 20 7946 0000."
    assert say("remind me to pay rent on the 31st of February") == (
        "There is no 31 February. Say another day."
    )
    assert say("cancel reminder 1") == (
        "Cancel the reminder to call your sister, at 18:00 today? (yes / no)"
    )
    assert say("no") == "All right, I won't."
    assert len(Reminders(store, "local").upcoming()) == 1
    say("cancel reminder 1")
    assert say("yes") == "Cancelled: call your sister."
    assert Reminders(store, "local").upcoming() == []
    assert brain.received == []  # none of it needed the model
    say("I had a long day.")
    assert len(brain.received) == 1
    # A request with a short aside after it is still the request (it was "I could not tell
    # when “at seven. No rush” is"); so is one with news after it, rather than that error.
    assert say("Remind me to water the plants at seven. No rush.") == (
        "I'll remind you to water the plants at 19:00 today."
    )
    assert say("Remind me to call the hospital at six. My mum is in there.") == (
        "I'll remind you to call the hospital at 18:00 today."
    )
    # A thing to be reminded of, not to do ("I'll remind you to Otis's jabs…").
    assert say("Remind me about Otis's jabs at six.") == (
        "I'll remind you about Otis's jabs at 18:00 today."
    )
    # A time with nothing to be reminded of is asked about ("Would you remind me on
    # Saturday?" was "I'll remind you to on at 09:00 on Sat 12 Dec.").
    assert say("Would you remind me on Saturday?") == (
        "I'd remind you on Saturday, but I don't know of what. Say what, like 'remind me on "
        "Saturday to call Mum'."
    )
    # Help with a failing memory is no reminder (early Alzheimer's, told that evening: it was
    # "When should I remind you to of things, if it gets worse.").
    assert say("Will you remind me of things, if it gets worse?").startswith("Yes. Tell me")


def test_a_capable_brain_picks_a_skill_the_grammar_missed_and_risky_ones_still_ask(store):
    chooser_replies = [
        '{"skill": "take_note"}',
        '{"text": "the plumber comes at noon"}',
        '{"skill": "delete_note"}',
        '{"id": 1}',
        '{"skill": "none"}',
        "not JSON at all",
    ]
    _, conversation = _conversation(
        store,
        ["Mm, I hear you.", "Of course, I'll be quiet.", "What a nice walk."],
        ScriptedBrain(chooser_replies),
    )

    def say(text: str) -> str:
        return asyncio.run(conversation.say(text).text())

    assert say("Please jot down that the plumber comes at noon").startswith("Noted (note 1)")
    assert say("Please get rid of that note") == (
        "Delete note 1, “the plumber comes at noon”? (yes / no)"
    )
    assert say("no") == "All right, I won't."
    assert say("Could you dim the lights?") == "Mm, I hear you."  # the brain chose none
    # An answer that is not JSON: talk.
    assert say("Please be quiet for a bit") == "Of course, I'll be quiet."
    assert say("I had a lovely walk.") == "What a nice walk."  # no request: not asked
    assert len(Notes(store, "local").find()) == 1
