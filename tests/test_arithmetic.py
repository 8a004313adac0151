"""A sum asked for (skills/arithmetic.py): read from the words, worked out exactly, said
back with the sum; through the real grammar and the real conversation."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from os1.assembly.skills import skills_for
from os1.brain.scripted import ScriptedBrain
from os1.config import load_settings
from os1.conversation.answerers import answerers_for
from os1.conversation.loop import Conversation
from os1.errors import InputError
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.skills.arithmetic import said, worked_out
from os1.skills.intents import understand

NOW = datetime(2026, 12, 6, 20, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("asked", "sum_"),
    [
        ("What's 17 times 23?", ("17", "times", "23")),
        ("what is 15% of 80?", ("15", "percent of", "80")),
        ("How much is 120 divided by 7?", ("120", "divided by", "7")),
        ("Calculate 1,200 plus 35.5", ("1,200", "plus", "35.5")),
        ("What's 5 - 8?", ("5", "minus", "8")),
        ("What's 3 x 4", ("3", "times", "4")),
    ],
)
def test_the_grammar_reads_the_sum(asked: str, sum_: tuple[str, str, str]) -> None:
    call = understand(asked, NOW)
    assert call is not None and call.skill == "calculate"
    assert (call.arguments["left"], call.arguments["operator"], call.arguments["right"]) == sum_


def test_what_is_no_sum_is_not_read_as_one() -> None:
    for other in ("What's 17?", "What's on today?", "What's 2026 been like for you?"):
        call = understand(other, NOW)
        assert call is None or call.skill != "calculate", other


def test_answers_are_exact_and_said_as_a_person_says_them() -> None:
    assert worked_out(Decimal("0.1"), "plus", Decimal("0.2")) == Decimal("0.3")
    assert said(worked_out(Decimal("120"), "divided by", Decimal("7"))) == "about 17.14"
    assert said(Decimal("1235.50")) == "1,235.5" and said(Decimal("-3")) == "-3"
    with pytest.raises(InputError, match="divided by zero"):
        worked_out(Decimal(10), "divided by", Decimal(0))


def test_a_sum_asked_in_conversation_is_answered_not_guessed(store) -> None:
    """Seen with the embedded model: "What's 17 times 23?" had three drafts that wrote
    nothing, and the OS said "I'm not sure I have a good answer to that yet."."""
    persona = Persona("Laura", "model", ".")
    skills = skills_for(load_settings(), store).catalogue
    conversation = Conversation(
        ScriptedBrain(["About four hundred, I think."]), store, "local", persona, Answers("Kit"),
        answerers=answerers_for(store, "local", persona, skills=skills),
    )  # fmt: skip
    assert asyncio.run(conversation.say("What's 17 times 23?").text()) == "17 times 23 is 391."
    zero = asyncio.run(conversation.say("What's 10 divided by 0?").text())
    assert zero == "Nothing can be divided by zero. Divide by another number."
