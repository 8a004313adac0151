""" "Can you help me write it?", of a speech they have to give: the OS helps them find what to
say, starting from what only they know.

A woman asked to be her sister's maid of honour said she had a speech to give and was
terrified, then asked "Can you help me write it?"; the embedded model answered that "it's a
bit of a challenge to get people used to the idea of helping them out", and, told "It's for
Rosa", invented that Rosa "loves to paint". A speech is theirs: the OS asks for the things
only they can give it, to build it from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.told_lately import spoke_of_lately
from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.mind.persona import Persona

# Not a bare "reading" ("I've been reading a book"): "a reading at the ceremony" is one.
_SPEECH = r"(?:speech|toast|eulogy|vows|(?:a|the|my) reading)"
# Asked for by name, or as "it" just after telling of one.
_HELP_NAMED = re.compile(
    rf"^\W*(?:(?:so|okay|ok|and|please),?\s+)?(?:(?:can|could|will|would) you (?:please )?)?help"
    r" me (?:to )?(?:write|with|plan|start|work on) (?:(?:a|the|my|this|that) (?:\w+ )?)?"
    rf"{_SPEECH}\b",
    re.IGNORECASE,
)
_HELP_WITH_IT = re.compile(
    r"^\W*(?:(?:so|okay|ok|and|please),?\s+)?(?:(?:can|could|will|would) you (?:please )?)?help"
    r" me (?:to )?(?:write|with|plan|start|work on) (?:it|this|that)\W*$",
    re.IGNORECASE,
)
_TOLD = re.compile(rf"\b{_SPEECH}\b", re.IGNORECASE)
# Turns, theirs and its, where "it" was told: "I have to give a speech." then "I'm terrible at
# speaking." then "Can you help me write it?" (a best man; the model: "Can you please provide
# the text?").
_LOOKED_BACK = 8


@dataclass(frozen=True, slots=True)
class Speeches:
    """The answerer (answerers.py) for help asked with a speech, a toast or a eulogy."""

    store: Store
    user_id: str
    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        text = turn.text.strip()
        if not (_HELP_NAMED.match(text) or (_HELP_WITH_IT.match(text) and self._told_of_one())):
            return None
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        return (
            f"I'd love to{name}. Tell me two or three things about them you'd want the whole "
            "room to hear, and one memory only you could tell. We'll build it from there."
        )

    def _told_of_one(self) -> bool:
        """Whether they spoke of a speech in their last few turns."""
        return spoke_of_lately(self.store, self.user_id, _TOLD, _LOOKED_BACK)
