""" "What should I write in my journal about today?": the day's moments, as the OS felt them.

Asked it by a father after a hard day (his son's meltdown at school, then "I love you,
dad" at bedtime), the embedded model wrote a journal entry of its own: "Today, I'm writing
about a moment that has left an indelible mark on my mind." A friend would remind them of
their day: the moment that lifted it most and the one that weighed most, in their own
words. Those are in the OS's feeling records (mind/feeling_records.py): each exchange,
with the mood before and after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.mind import feeling_records
from os1.mind.cause import short_quote
from os1.text.beside import words_beside

_ASKED = re.compile(
    r"\bwhat (?:should|could|do|can|shall) i (?:write|put|say) (?:in|for|about) (?:my |the )?"
    r"(?:journal|diary)(?: entry)?(?: (?:about|for) (?:today|tonight|this evening))?"
    r"|\bhelp me (?:write|with) (?:my |the )?(?:journal|diary)(?: entry)?(?: for today| tonight)?"
    r"|\bhow would you sum up (?:my day|today|the day)\b",
    re.IGNORECASE,
)
_ASIDES = 4
# A day, as a person means it when they ask at night.
_TODAY = timedelta(hours=18)
_GLAD = ("happy-for", "admiration", "gratitude", "pride", "joy")


@dataclass(frozen=True, slots=True)
class DayTold:
    """The answerer (answerers.py) for a journal entry about today, asked for."""

    store: Store
    user_id: str

    async def answer(self, turn: Turn) -> str | None:
        asked = _ASKED.search(turn.text)
        if asked is None or words_beside(turn.text, asked.group()) > _ASIDES:
            return None
        glad, hard = self._moments(turn.at or datetime.now(UTC), turn.user_turn_id)
        if glad and hard:
            return (
                f"Maybe start with “{glad}”, then the hard part, “{hard}”, and what got you "
                "through it. Write it the way you told me."
            )
        if glad or hard:
            told = glad or hard
            return f"Maybe start with “{told}”, and how it felt. Write it the way you told me."
        return (
            "Maybe one small thing from today you want to remember, and one you'd rather let go "
            "of. What comes to mind first?"
        )

    def _moments(self, now: datetime, this_turn: int | None) -> tuple[str | None, str | None]:
        """Their words that lifted the OS's mood most today, and that lowered it most."""
        # Words to the OS are no moment of their day ("You don't listen, do you" was offered
        # as the hard part of a day a headstone went up).
        felt = [
            f
            for f in feeling_records.feelings(self.store, self.user_id, since=now - _TODAY)
            if f.turn_id != this_turn and not f.record.get("reaction", {}).get("about_os")
        ]
        lifts = feeling_records.pleasure_moved(felt)
        glad = {
            f.turn_id
            for f in felt
            if f.turn_id in lifts and f.record.get("reaction", {}).get("emotion") in _GLAD
        }
        best = max(glad, key=lambda t: lifts[t], default=None)
        worst = min(set(lifts) - glad, key=lambda t: lifts[t], default=None)
        return self._quote(best, lifts, 1), self._quote(worst, lifts, -1)

    def _quote(self, turn_id: int | None, lifts: dict[int, float], sign: int) -> str | None:
        if turn_id is None or lifts[turn_id] * sign <= 0:
            return None
        told = self.store.turn(self.user_id, turn_id)
        return short_quote(told.text) if told is not None else None
