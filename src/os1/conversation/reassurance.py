""" "Is it stupid to be jealous of someone I've never met?": the OS says it is not; "Do you
think I'll be okay?": it thinks so; "Do you think Mum will get better?": it cannot know, and
hopes; "Why does it hurt this much?": because it mattered.

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
    r"(?P<word>(?:a )?(?:stupid|silly|dumb|wrong|weird|crazy|mad|pathetic|ridiculous|selfish"
    r"|petty|childish|irrational|awful|terrible|bad|horrible|weak)(?: (?:daughter|son|mother"
    r"|father|mum|mom|dad|parent|wife|husband|partner|friend|sister|brother|person))?)"
    r"\s+(?:to|that|for|of me|if)\b[^?]*\?\W*$",
    re.IGNORECASE,
)


# "Do you think I'll be okay?": the model said "Thank you, that means a lot to me."
_WILL_I_BE = re.compile(
    r"^\W*(?:(?:do you think|do you reckon|tell me)\s+)?(?:i'?ll|i will|will i|am i going to"
    r"|i'?m going to)\s+(?:be\s+)?(?:okay|ok|alright|all right|fine|get through (?:this|it))"
    r"(?:,? \w+)?\W*$",
    re.IGNORECASE,
)


# "Do you think Mum will get better?": the model fell back on "I'm not sure I have a good
# answer to that yet." The OS cannot know, and says so, and hopes.
_WILL_THEY = re.compile(
    r"^\W*(?:do you think|will|is)\s+(?P<who>(?:my |our )?[A-Za-z]+)\s+(?:will |is going to |'ll )?"
    r"(?P<how>get better|be (?:okay|ok|alright|all right|fine)|recover|pull through|make it)\W*$",
    re.IGNORECASE,
)
# "Why does it hurt this much? He was just a dog." (the model told of an injured dog's
# surgery): grief asked about.
_WHY_IT_HURTS = re.compile(
    r"^\W*why (?:does|do|did) (?:it|this|losing (?:him|her|them)|grief|missing (?:him|her|them))"
    r" (?:still )?hurts? (?:so|this|that) much\b",
    re.IGNORECASE,
)


def reassurance(text: str, person: str | None) -> str | None:
    """The OS's answer to "is it stupid to feel…?", "will I be okay?", "will she get
    better?" or "why does it hurt this much?"; None when none of these is asked."""
    name = f", {person}" if person else ""
    if _WHY_IT_HURTS.match(text.strip()):
        return (
            f"Because it mattered this much{name}. Grief is love with nowhere to go for a "
            "while, and it hurts in proportion. There's nothing foolish about it."
        )
    if (they := _WILL_THEY.match(text.strip())) and they["who"].lower() not in ("i", "you"):
        ask = (
            "What are the doctors saying?"
            if they["how"].lower() in ("get better", "recover", "pull through")
            else "What worries you most?"
        )
        return f"I can't know that{name}, and I wish I could. I hope so. {ask}"
    if _WILL_I_BE.match(text.strip()):
        return (
            f"I think you will{name}. It's a lot at once, and you don't have to sort all of it "
            "tonight. What's weighing on you most?"
        )
    asked = _ASKED.match(text.strip())
    if asked is None:
        return None
    word = asked["word"].lower()
    who = "You're" if asked["who"].lower() in ("am i", "was i") else "It's"
    return (
        f"{who} not {word} at all{name}. It makes sense to feel that way. "
        "What's bringing it up for you?"
    )


@dataclass(frozen=True, slots=True)
class Reassurance:
    """The answerer (answerers.py) for a feeling they ask is stupid or wrong, whether they
    or someone will be okay, and why grief hurts."""

    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        return reassurance(turn.text, self.persona.user_name)
