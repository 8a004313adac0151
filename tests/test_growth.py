"""'How have you changed?': told from the OS's own records, and only what they show."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from os1.brain.scripted import ScriptedBrain
from os1.conversation.growth import Growth
from os1.conversation.loop import Conversation
from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.mind.inner_life import InnerLife
from os1.mind.interview import Answers
from os1.mind.persona import Persona, save_persona

pytestmark = pytest.mark.store

MET = datetime(2026, 10, 1, 18, 0, tzinfo=UTC)
NOW = MET + timedelta(days=40)
PERSONA = Persona(name="Wren", chosen_by="interview", reason=".", born_at=MET.isoformat())


@pytest.fixture(scope="module")
def lived(appraiser, tmp_path_factory) -> Store:
    """Forty days with the OS, written once for the tests that read them."""
    store = Store.open(tmp_path_factory.mktemp("growth") / "os1.db")
    store.ensure_user("local")
    save_persona(store, "local", PERSONA)
    life = InnerLife(store, "local", appraiser)
    early = ["My work is so stressful this week.", "Work kept me late again, the deadline."]
    late = [
        "I planted tomatoes in the garden today, it was lovely!",
        "Thank you, you always make me smile. The garden is blooming.",
        "I love talking with you. The garden smells of rain.",
    ]
    for day in range(0, 40, 2):
        lines = early if day < 7 else late if day >= 33 else ["Thank you, that helped a lot."]
        for n, line in enumerate(lines):
            at = MET + timedelta(days=day, minutes=n)
            life.feel(line, store.add_turn("local", None, "user", line, at=at), at)
    return store


def _asked(growth: Growth, text: str) -> str | None:
    return asyncio.run(growth.answer(Turn("local", text, at=NOW)))


def test_the_os_tells_how_it_has_changed_from_its_records(lived):
    told = _asked(Growth(lived, "local", PERSONA), "How have you changed since we met?")
    assert told is not None
    assert told.startswith("When we met, on 1 October, we were strangers, just met")
    assert "Now we're " in told and "Now we're strangers" not in told
    assert "We've talked on 20 different days." in told
    assert "Back then you talked most about “work”; lately, about “garden”." in told
    assert _asked(Growth(lived, "local", PERSONA), "How are the tomatoes?") is None


def test_with_little_history_it_says_it_is_too_soon(store):
    young = replace(PERSONA, born_at=(NOW - timedelta(days=1)).isoformat())
    told = _asked(Growth(store, "local", young), "have you changed?")
    assert told is not None and "haven't had time to change much yet" in told


def test_the_conversation_answers_it_without_the_brain(lived):
    brain = ScriptedBrain([])  # any call to the brain would fail: it has no replies
    conversation = Conversation(brain, lived, "local", PERSONA, Answers(), clock=lambda: NOW)
    reply = asyncio.run(conversation.say("How have you changed?").text())
    assert reply.startswith("When we met, on 1 October")
