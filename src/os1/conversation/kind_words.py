""" "Tell me something kind": a few true, kind things of the OS's own; "Wish me luck."; and
"Tell me something to help me sleep.".

Asked for something nice after a night of a baby screaming, the embedded model told of
"someone new who shares my love for the natural world"; asked for something kind by a
son whose father had left the room, its drafts all condoled a death, and the OS said
nothing it came up with was good enough. A friend asked this has something ready. These
are os1's, written for it: true of anyone who would ask, and said to them by name; each
is said once before any is said again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.mind.persona import Persona
from os1.text.beside import words_beside

KIND_WORDS = (
    "the way you look after the people you love says more about you than any bad day can.",
    "you've got through all of today, and you still had room to care about someone else. "
    "That's a kind of strength.",
    "you don't have to earn rest. You're allowed it just for being you.",
    "the people who love you aren't keeping score. They're just glad you're in their lives.",
    "somebody is better off tonight because of something you did, even if they never said so.",
    "hard days end. This one will too, and you'll still be you on the other side of it.",
)
_ASKS = re.compile(
    r"\b(?:tell|say|give)(?: me)? (?:something|anything) (?:kind|nice|good|sweet|lovely|comforting"
    r"|happy|positive|nice to hear|to cheer me up)\b|\bcheer me up\b",
    re.IGNORECASE,
)
# "Can you tell me something to help me sleep?" (a student the night before an exam, her
# grandmother in hospital; the OS said nothing it came up with was good enough).
_SLEEP = re.compile(
    r"\b(?:tell|say|give)(?: me)? (?:something|anything) (?:to|that (?:will|might|could)) (?:help"
    r" me )?(?:sleep|relax|calm (?:me )?down|switch off|settle)\b|\bhelp me (?:get to )?sleep\b",
    re.IGNORECASE,
)
# "Wish me luck." the night before an interview: the model said "Oh, that's great news."
_LUCK = re.compile(
    r"^\W*(?:wish me luck|fingers crossed(?: for me)?|keep your fingers crossed)\W*$", re.I
)
_ASIDES = 6  # words said beside it ("I could use it.")
LATELY = 200  # the OS's last replies, among which a kind thing counts as said


@dataclass(frozen=True, slots=True)
class KindWords:
    """The answerer (answerers.py) for something kind asked for."""

    store: Store
    user_id: str
    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        if _LUCK.match(turn.text.strip()):
            return f"Good luck{name}! I'll be thinking of you. Tell me how it goes?"
        if (sleep := _SLEEP.search(turn.text)) and words_beside(
            turn.text, sleep.group()
        ) <= _ASIDES:
            return (
                f"Try this{name}: breathe in for four, hold it for four, and let it go for six. "
                "Tonight doesn't have to fix anything; tomorrow will come whether you sleep "
                "perfectly or not. I'm here."
            )
        asked = _ASKS.search(turn.text)
        if asked is None or words_beside(turn.text, asked.group()) > _ASIDES:
            return None
        said = " ".join(
            t.text for t in self.store.recent_turns(self.user_id, LATELY) if t.role == "assistant"
        )
        unsaid = [words for words in KIND_WORDS if words not in said]
        return f"Here's something true{name}: {(unsaid or KIND_WORDS)[0]}"
