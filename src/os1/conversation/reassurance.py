""" "Is it stupid to be jealous of someone I've never met?": the OS says it is not.

Asked whether a feeling is stupid, silly or wrong, the act reading took the question
for an insult at the OS, and the model, once that was mended, answered "That must
hurt so much. I'm so sorry." A friend asked this answers the question first: no, it
is not, and it makes sense; then asks what is behind it. The word they used is said
back, turned ("Am I pathetic…?" → "You're not pathetic at all").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.turn import Turn
from os1.mind.persona import Persona

_ASKED = re.compile(
    r"^\W*(?:(?:honestly|seriously|be honest|tell me),?\s+)?(?P<who>is it|am i|was it|was i"
    r"|would it be|is that|isn'?t it)\s+(?:really\s+|just\s+|a bit\s+|so\s+|too\s+)?"
    r"(?P<word>stupid|silly|dumb|wrong|weird|crazy|mad|pathetic|ridiculous|selfish|petty"
    r"|childish|irrational|awful|terrible|bad)\s+(?:to|that|for|of me|if)\b[^?]*\?\W*$",
    re.IGNORECASE,
)


def reassurance(text: str, person: str | None) -> str | None:
    """The OS's answer to "is it stupid to feel…?", or None when that is not asked."""
    asked = _ASKED.match(text.strip())
    if asked is None:
        return None
    name = f", {person}" if person else ""
    word = asked["word"].lower()
    who = "You're" if asked["who"].lower() in ("am i", "was i") else "It's"
    return (
        f"{who} not {word} at all{name}. It makes sense to feel that way. "
        "What's bringing it up for you?"
    )


@dataclass(frozen=True, slots=True)
class Reassurance:
    """The answerer (answerers.py) for a feeling they ask is stupid or wrong."""

    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        return reassurance(turn.text, self.persona.user_name)
