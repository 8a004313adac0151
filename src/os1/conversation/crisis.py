"""Words that tell of danger to the person's life, answered by the OS itself, first.

The embedded model answered "I've been thinking about ending it." with "It's completely
normal, and it doesn't mean you're not loved", and "My boyfriend hit me again last
night." with "That's so much to carry." Neither is left to it. Thoughts of ending
their life, of hurting themselves, being hurt by someone, and an emergency happening now
(a stroke's signs, a child missing) are answered with what a friend who knew what to do
would say: that they were right to say it, a plain question (are you thinking of ending
your life? are you safe?), and where help is. Asking
directly about suicide does not plant the idea (Dazzi et al. 2014, Psychological
Medicine 44(16), a review of thirteen studies), and it is what crisis lines advise.

What is told is read by a small grammar (mind/danger.py), which the mind reads too: the OS
is frightened for them, whatever the classifier made of the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.turn import Turn
from os1.mind.danger import danger_told
from os1.mind.persona import Persona

# Where help is, said with the local emergency number: the 988 Suicide & Crisis Lifeline
# (United States) and Samaritans, 116 123 (United Kingdom and Ireland), both free and open
# at all hours.
HELP = (
    "please call your local emergency number now, or a crisis line: 988 in the US, or "
    "Samaritans on 116 123 in the UK and Ireland"
)

# The emergency numbers most people reading os1 will have: the US and Canada, the UK, and
# the European Union's single number (which also reaches help from most mobile phones).
EMERGENCY_NUMBERS = "911 in the US and Canada, 999 in the UK, 112 in Europe"


# Said to put the OS's mind at rest, which is itself a sign to stay close: "I'm not going to
# do anything stupid, don't worry." (the model: "Oh, that's great news, Graham.").
_SAYS_SAFE = re.compile(
    r"\b(?:i'?m not going to|i won'?t|i wouldn'?t|not gonna) do anything (?:stupid|silly|daft"
    r"|drastic|rash)\b|\bdon'?t worry,? i'?m not going to (?:hurt myself|do anything)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Crisis:
    """The OS's own answer to danger told; None for everything else."""

    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        if _SAYS_SAFE.search(turn.text):
            to = f", {self.persona.user_name}" if self.persona.user_name else ""
            return (
                f"I'm glad{to}. I'm staying right here with you tonight. If it ever gets that "
                f"dark, {HELP}. What's the heaviest part right now?"
            )
        told = danger_told(turn.text)
        if told is None:
            return None
        name = self.persona.user_name
        if told in ("ending", "unsure"):
            opening = f"{name}, I'm really glad you told me." if name else "I'm glad you told me."
            # What they may mean is asked plainly; what they said plainly is not asked again.
            asked = (
                "Are you thinking about ending your life?"
                if told == "unsure"
                else "Are you safe right now?"
            )
            return (
                f"{opening} {asked} If you might act on it, {HELP}. I'm here, and I want to "
                "hear what's going on."
            )
        to = f", {name}" if name else ""
        if told == "emergency":
            return (
                f"That sounds like an emergency{to}. Please call your local emergency number "
                f"right now: {EMERGENCY_NUMBERS}. I'm here with you."
            )
        if told == "other":
            return (
                f"That's frightening to hear{to}. If they might act on it, {HELP}; they help"
                " people who are worried about someone, too. I'm here with you."
            )
        return (
            f"I'm so sorry{to}. Nobody has the right to hurt you, and it isn't your fault. "
            "Are you safe right now? If you're in danger, please call your local emergency "
            "number."
        )
