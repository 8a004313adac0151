""" "Can you help me make a plan?": the OS helps them make one, starting from what is due.

A student two days from an exam she had not revised for asked "Can you help me make a
plan?"; the embedded model answered "I'm so glad you're here." A plan asked for is help
asked for: the OS says how it would build one and asks for what only they know (what is
on it, and what scares them most). An exam, an essay or an interview told just before
gets a plan for study; anything else, a plan of what has to be done by when.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.told_lately import spoke_of_lately
from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.mind.persona import Persona

_PLAN_ASKED = re.compile(
    r"^\W*(?:(?:so|okay|ok|and|please|right),?\s+)?(?:(?:can|could|will|would) you (?:please )?"
    r"|please )?help me (?:to )?(?:make|come up with|put together|draw up|work out|figure out"
    r"|write) (?:a|some sort of|some kind of) (?:\w+ )?(?:plan|timetable|schedule)\b"
    r"|^\W*(?:(?:can|could|will|would) you (?:please )?)?help me plan (?:my|the|some|it|this)"
    r" ?(?:revision|revising|studying|study|week|days|time)?\W*$",
    re.IGNORECASE,
)
# Something to study for, told in the plan's own words or just before it.
_STUDY = re.compile(
    r"\b(?:exams?|finals|(?<!blood )(?<!covid )(?<!pregnancy )tests?|revision|revising|revise|essay"
    r"|dissertation|thesis|coursework"
    r"|assignment|interview|presentation|resits?|mocks)\b",
    re.IGNORECASE,
)
_LOOKED_BACK = 16  # turns, theirs and its: where the exam was told


@dataclass(frozen=True, slots=True)
class PlansMade:
    """The answerer (answerers.py) for a plan asked for: study, or what is due by when."""

    store: Store
    user_id: str
    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        text = turn.text.strip()
        if not _PLAN_ASKED.match(text):
            return None
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        if _STUDY.search(text) or self._study_told():
            return (
                f"Let's make one together{name}. Tell me the topics, and which one scares you "
                "most: that gets your freshest hours, the rest go in short blocks with breaks, "
                "and the night before is for sleep. What's first on the list?"
            )
        return (
            f"Let's make one together{name}. Tell me what has to get done and by when, and "
            "we'll put the hardest thing first and break the rest into small steps. What's "
            "the first thing on your mind?"
        )

    def _study_told(self) -> bool:
        """Whether they spoke of an exam, an essay or an interview in their last few turns."""
        return spoke_of_lately(self.store, self.user_id, _STUDY, _LOOKED_BACK)
