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


def test_a_relative_the_person_spoke_of_may_be_named_and_one_never_told_of_may_not():
    system = system_prompt(PERSONA, ANSWERS)
    # The first meeting told of an ex-wife; this evening's words of nobody else.
    assert _said("Is it about your ex-wife? I'm here.", system) == (
        "Is it about your ex-wife? I'm here."
    )
    # What the embedded model said of a customer's daughter, as if she were the person's.
    assert _said("I'm so glad about your daughter's wedding.", system) == ""
    assert _said("I'm here. How is your little sister?", system) == "I'm here."
    # A friend, a doctor: fair to mention to anyone.
    assert _said("Have you told your doctor? I'm here.", system) == (
        "Have you told your doctor? I'm here."
    )


def test_kin_is_read_from_the_person_s_words_their_facts_and_the_os_s_questions():
    from os1.conversation.kin import invented_kin, kin_told

    told = kin_told(
        ["My dad's old watch stopped.", "Nadia's brother Karim bakes.", "Is your cat ok?"],
        person="Nadia",
    )
    assert told >= {"father", "brother", "cat"}
    assert invented_kin("Your father would be proud.", told) is None
    assert invented_kin("Your brothers sound lovely.", told) is None
    assert invented_kin("Your mum must miss him.", told) == "mum"
    # "Her daughter's wedding" is the customer's daughter, not the person's.
    assert "daughter" not in kin_told(["She ordered them for her daughter's wedding."])
    # A son told of makes "your kids" fair.
    assert invented_kin("Your kids are lucky.", kin_told(["My son is six."])) is None
