"""The rules a reply is held to, built for one turn from what the OS was told."""

from __future__ import annotations

from os1.conversation.guard import Guard
from os1.conversation.reply_rules import rules_for
from os1.conversation.turn import Turn
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.mind.prompt import system_prompt

PERSONA = Persona("Samira", "model", "It sounded kind.", user_name="Theo")
ANSWERS = Answers(
    user_name="Theo",
    sociability="private",
    focus="my writing",
    relationships="My ex-wife Catherine, my friend Paul",
)


def _said(reply: str, system: str) -> str:
    rules = rules_for(Turn("theo", "I had a rough day."), PERSONA, "Theo", system, 3, None)
    guard = Guard(rules)
    kept = guard.feed(reply) + guard.finish(cut_off=False)
    return " ".join(kept)


def test_a_name_from_the_first_meeting_may_be_said_in_a_later_session():
    system = system_prompt(PERSONA, ANSWERS)
    assert _said("Is it about Catherine? I'm here.", system) == ("Is it about Catherine? I'm here.")


def test_a_name_the_os_was_never_told_is_still_not_said():
    system = system_prompt(PERSONA, ANSWERS)
    assert "Margaret" not in _said("Is it about Margaret? I'm here.", system)
