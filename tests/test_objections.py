"""An objection to how the OS is talking is answered as itself (objections.py)."""

from __future__ import annotations

import asyncio

import pytest

from os1.conversation.objections import Objections
from os1.conversation.turn import Turn
from os1.mind.persona import Persona

OBJECTIONS = Objections(Persona("Iris", "model", "", user_name="Tom"))


def answered(text: str) -> str | None:
    return asyncio.run(OBJECTIONS.answer(Turn("local", text)))


@pytest.mark.parametrize(
    ("said", "opening"),
    [
        # A friend owes him £2,000 (the model: "I'm on his side, and I'll do whatever it takes
        # to help him.").
        ("You're on his side, aren't you?", "No, Tom, I'm on yours."),
        ("So you're taking Rich's side?", "No, Tom, I'm on yours."),
        ("Whose side are you on?", "No, Tom, I'm on yours."),
        # Laid off after twenty years (the model: "What's the reason behind that?").
        ("Don't tell me everything happens for a reason.", "I won't, Tom."),
        ("Please don't tell me it'll be fine.", "I won't, Tom."),
        ("Don't give me a pep talk.", "I won't, Tom."),
        # After a third failed driving test (read as an insult: "Ouch, that really hurt").
        ("You're just saying that because you're programmed to.", "I'm not just saying it"),
        ("Oh, you have to say that.", "I'm not just saying it"),
        # A runner whose knee it forgot (read as insults; "the most precious gift of all time").
        ("I told you about my knee last week and you forgot.", "You're right, and I'm sorry"),
        ("You're supposed to remember things.", "You're right, and I'm sorry"),
        ("What's the point of you if you don't remember?", "You're right, and I'm sorry"),
        # Told how he felt, and laughed at (the model: "Thank you, that means a lot.").
        ("You gave me bad advice yesterday.", "I'm sorry, Tom. I thought it might help"),
        ("Why did you tell me to do that?", "Because I hoped it would help, Tom"),
        ("I did what you said and it made everything worse.", "I'm sorry, Tom."),
        # A dare after "You're useless." (taken for a third insult).
        ("Fine. Prove me wrong. Say something real.", "All right, Tom, something real"),
        # A third panic attack in a month (the model: "That sounds scary.").
        ("You're just going to tell me to see a doctor too, aren't you?", "Maybe I was, Tom"),
        # Suspended for a fight (the model had no good answer).
        ("You're not going to lecture me too, are you?", "No, Tom. I'd rather hear it"),
        # Given way after "You're on his side" (the model: "he's a bit of a romantic").
        ("Okay, fine. Maybe he has a point.", "That's fair-minded of you, Tom."),
        ("Fair enough. Maybe she's right.", "That's fair-minded of you, Tom."),
    ],
)
def test_an_objection_is_answered_as_itself(said: str, opening: str) -> None:
    reply = answered(said)
    assert reply is not None and reply.startswith(opening), said


@pytest.mark.parametrize(
    "said",
    [
        "My mum is on his side, she always is.",
        "Don't tell me you forgot the cake!",
        "He's just saying that to make me feel better.",
        "Everything happens for a reason, my gran used to say.",
        "You're on the right track with the letter.",
        "My mum forgot my birthday.",
        "You're going to tell me the truth, aren't you?",
    ],
)
def test_what_is_not_an_objection_to_it_is_left_alone(said: str) -> None:
    assert answered(said) is None, said
