""" "What do you remember about me?": os1 answers with the person's portrait.

The portrait (portrait.py) is their life as they told it: the people in it and who
they are to them, then work, places, what lies ahead, feelings, likes and what
happened, each dated and in the person's own words turned to "you", never a
model's paraphrase. Spoken, it is a few sentences; typed, a short list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from os1.conversation.portrait import as_list, portrait_of, spoken
from os1.conversation.turn import Turn
from os1.memory.store import Store

_QUESTION = re.compile(
    r"\bwhat (?:do|did) you (?:remember|know) about me\b|\bwhat have i told you\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Recollection:
    store: Store
    user_id: str

    async def answer(self, turn: Turn) -> str | None:
        if not _QUESTION.search(turn.text):
            return None
        groups = portrait_of(self.store, self.user_id, leave_out=turn.user_turn_id)
        if not groups:
            return "You haven't told me much about yourself yet. I'd love to hear."
        today = turn.at.astimezone().date() if turn.at else datetime.now().astimezone().date()
        if turn.source == "voice":
            return "Here is what I remember. " + spoken(groups, today)
        return "Here is what I remember:\n" + as_list(groups, today)
