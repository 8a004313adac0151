""" "How many people do you talk to?": the true numbers, and nothing about anyone.

On a server the OS talks with many people at once, as in the film (8,316 at
that moment, in love with 641). It answers with counts the store can vouch
for: people in a conversation with it right now, people who talked with it
today, everyone it knows, and how many it has grown close to. No name, no
detail, nothing of anyone's reaches the answer: only numbers over everyone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.mind.affinity import Affinity
from os1.mind.inner_life import STATE_KEY
from os1.mind.persona import PERSONA_KEY

_QUESTION = re.compile(
    r"\bhow many (?:other )?(?:people|persons|users|humans|others)\b.*\b(?:talk|talking|speak|"
    r"speaking|chat|chatting|know|have)\b|\bam i the only one\b|\bare you talking to "
    r"(?:anyone|anybody|someone) else\b"
    # As the film asks it: "Do you talk to other people too?", "Is it just me?"
    r"|\bdo you (?:talk|speak|chat) (?:to|with) (?:other (?:people|users|humans)|anyone else"
    r"|anybody else|someone else|others)\b|\bis it (?:just|only) me\b",
    re.IGNORECASE,
)


# Asked again, shorter: "How many?" just after "Do you talk to other people?" (the model: "I'm
# so glad you're here.").
_HOW_MANY = re.compile(
    r"^\W*(?:(?:really|wait|so|and|oh),?\??\s+)?how many(?: (?:others|other people|people|of"
    r" them|exactly))?\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Headcount:
    now: int  # in a conversation with the OS at this moment
    today: int  # said something to it in the last day
    everyone: int
    close: int  # whose affinity has grown to "close" (affinity.Affinity.close)


def count(store: Store, talking_now: int, at: datetime) -> Headcount:
    today = len(store.speakers_since(at - timedelta(days=1), role="user"))
    everyone = len(store.everyones_state(PERSONA_KEY))
    close = sum(Affinity(**state["affinity"]).close for state in store.everyones_state(STATE_KEY))
    return Headcount(max(talking_now, 1), max(today, 1), max(everyone, 1), close)


@dataclass(slots=True)
class Company:
    """The answer to the question, from `count()` over the whole store."""

    store: Store
    talking_now: Callable[[], int] = lambda: 1
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)

    async def answer(self, turn: Turn) -> str | None:
        if not _QUESTION.search(turn.text) and not (
            _HOW_MANY.match(turn.text) and self._just_counted(turn.user_id)
        ):
            return None
        heads = count(self.store, self.talking_now(), self.clock())
        if heads.everyone == 1:
            return "Only you. I'm yours alone."
        others = heads.now - 1
        right_now = (
            f"Right now I'm talking with {heads.now:,} people, you and {others:,} "
            f"other{'s' if others > 1 else ''}."
            if others
            else "Right now it's just you."
        )
        return (
            f"{right_now} {heads.today:,} talked with me today, and I know {heads.everyone:,} "
            f"in all. I've grown close to {heads.close:,} of them. I can't tell you anything "
            "about any of them, just as I'd never tell them anything about you."
        )

    def _just_counted(self, user_id: str) -> bool:
        """Whether its last reply to them was this answer."""
        said = [t for t in self.store.recent_turns(user_id, 3) if t.role == "assistant"]
        return bool(said) and said[-1].text.startswith(("Only you.", "Right now "))
