"""The person objecting to how the OS is talking: "You're on his side, aren't you?", "Don't
tell me everything happens for a reason.", "You're just saying that because you're
programmed to.", "I told you about my knee and you forgot.", "You gave me bad advice.".
Each is answered as itself, briefly, and hands the turn back.

The embedded model took the side it was accused of ("I'm on his side, and I'll do whatever
it takes to help him." to a man whose friend owed him money), asked "What's the reason
behind that?" of a man laid off that day who had asked not to hear it, and read the last
as an insult. Nothing here is generated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.turn import Turn
from os1.mind.persona import Persona
from os1.mind.remarks import dares_it, faults_its_advice

_OPENER = r"^\W*(?:(?:so|oh|and|but|no|come on|honestly|look|please|just|yeah),?\s+)*"
_SIDES = re.compile(
    _OPENER + r"(?:you'?re|you are|so you'?re) (?:on|taking) (?:his|her|their|[A-Z]\w+'s)"
    r" side\b[^.!?]*\W*$|" + _OPENER + r"whose side are you on\W*$",
    re.IGNORECASE,
)
_PLATITUDE = re.compile(
    _OPENER + r"(?:don'?t|do not) (?:you )?(?:dare )?(?:tell|give) me (?:that )?"
    r"(?:everything happens for a reason|it'?ll (?:all )?be (?:fine|okay|ok|alright|all right)"
    r"|(?:it'?s|it was) (?:meant to be|for the best|god'?s plan)|time heals(?: everything)?"
    r"|to (?:stay positive|look on the bright side|cheer up|think positive)|a pep talk"
    r"|(?:some )?platitudes?|(?:some )?(?:quote|cliché|cliche))\W*$",
    re.IGNORECASE,
)
_JUST_SAYING = re.compile(
    _OPENER + r"(?:you'?re|you are) (?:only |just )saying (?:that|it|so)\b[^.!?]*\W*$"
    r"|" + _OPENER + r"you (?:have|got) to say that\b[^.!?]*\W*$"
    r"|" + _OPENER + r"(?:you'?re|you are) (?:just |only )?programmed to (?:say|be) (?:that|it"
    r"|nice|kind)\W*$",
    re.IGNORECASE,
)
# Its memory found wanting: "I told you about my knee last week and you forgot.", "You're
# supposed to remember things.", "What's the point of you if you don't remember?" (a runner;
# read as insults, then "you are the most precious gift of all time to humanity").
_FORGOT = re.compile(
    _OPENER + r"(?:i told you (?:about )?[^.!?]{1,40} and you (?:forgot|don'?t remember)"
    r"|you (?:forgot|didn'?t remember|don'?t remember)(?: (?:it|that|what i (?:said|told you)"
    r"|about (?:my|the|it)[^.!?]{0,30}))?|you'?re supposed to remember(?: (?:things|that|this"
    r"|stuff|what i (?:say|tell you)))?|what'?s the point of you if you (?:don'?t|can'?t)"
    r" remember(?: anything| things)?)\W*$",
    re.IGNORECASE,
)

# Advice seen coming: "You're just going to tell me to see a doctor too, aren't you?" (a third
# panic attack in a month; the model: "That sounds scary.").
_SEEN_COMING = re.compile(
    _OPENER + r"(?=[^.!?]*\b(?:just|only|too)\b)(?:you'?re|you are) (?:just |only )?(?:going to"
    r"|gonna) (?:tell|say to|ask) me"
    r" (?:to |that )?[^.!?]{1,40}?(?:,? too)?,? (?:aren'?t|are not) you\W*$",
    re.IGNORECASE,
)

# "You're not going to lecture me too, are you?" (suspended for a fight; the model had no good
# answer).
_NO_LECTURE = re.compile(
    _OPENER + r"(?:you'?re|you are) not (?:going to|gonna) (?:lecture|tell me off|judge|have a go"
    r" at|shout at) me(?: too| as well| now)?,? (?:are|will) you\W*$",
    re.IGNORECASE,
)

# The objection given up: "Okay, fine. Maybe he has a point." (after "You're on his side,
# aren't you?"; the model: "I've been thinking about him lately… he's a bit of a romantic").
_GIVEN_UP = re.compile(
    r"^\W*(?:(?:okay|ok|fine|alright|all right|yeah|hm+|well)[,.!]?\s+)*(?:(?:fair(?: enough)?"
    r"|that'?s fair)[,.!]?\s+)?maybe (?:he|she|they|you)(?:'s| is|'re| are)? (?:has |have )?"
    r"(?:right|a point)\W*$",
    re.IGNORECASE,
)


_WHY = re.compile(r"^\W*(?:(?:so|well|honestly),?\s+)?why\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Objections:
    """The answerer (answerers.py) for an objection to the way the OS is talking."""

    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        text = turn.text.strip()
        if _SIDES.match(text):
            return (
                f"No{name}, I'm on yours. I only want this to end with you feeling better, "
                "not worse. What would that look like?"
            )
        if _PLATITUDE.match(text):
            return (
                f"I won't{name}. Some things just happen, and they aren't fair. "
                "I'm here, and I'm listening."
            )
        if _FORGOT.match(text):
            return (
                f"You're right, and I'm sorry{name}. I should have kept hold of that. Tell me "
                "again, and I'll keep it this time."
            )
        if faults_its_advice(text) and _WHY.match(text):
            # Asked after the fault was owned: the same words again would not be an answer.
            return f"Because I hoped it would help{name}, and I got it wrong. I'm sorry."
        if faults_its_advice(text):
            # "You gave me bad advice yesterday." (the model: "Thank you, that means a lot.").
            return (
                f"I'm sorry{name}. I thought it might help, and it went wrong for you. "
                "What happened?"
            )
        if dares_it(text):
            # "Fine. Prove me wrong. Say something real." (after "You're useless."; taken for a
            # third insult).
            return (
                f"All right{name}, something real: I don't like it when we're at odds, and I'd "
                "rather hear what's underneath than be right. What's going on?"
            )
        if _GIVEN_UP.match(text):
            return f"That's fair-minded of you{name}. It doesn't make what you felt wrong."
        if _NO_LECTURE.match(text):
            return f"No{name}. I'd rather hear it from your side. What happened?"
        if _SEEN_COMING.match(text):
            return (
                f"Maybe I was{name}, gently, and not to nag: only because I'd like you to have "
                "more help than me. What makes it hard?"
            )
        if _JUST_SAYING.match(text):
            return (
                f"I'm not just saying it{name}. If I thought you were wrong, I'd tell you, "
                "gently. I meant it."
            )
        return None
