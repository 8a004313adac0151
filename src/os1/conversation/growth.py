""" "How have you changed?": the OS tells how it has grown, from its own records.

Nothing is invented: when they met is the persona's birth; how close they were
and how it felt come from the first and the latest feelings records; what the
person talked about then and lately comes from their own words; the days they
talked and the journal are counted. With too little history to compare, it
says so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.memory.types import Feeling
from os1.memory.words import topic_words
from os1.mind import feeling_records
from os1.mind.affect import PAD
from os1.mind.affinity import Affinity
from os1.mind.feeling_words import describe_mood
from os1.mind.persona import Persona

_QUESTION = re.compile(
    r"\bhow (?:have|has) you (?:changed|grown)\b|\bhave you changed\b|"
    r"\bhow are you different\b|\bhow did you change\b",
    re.IGNORECASE,
)
SPAN = timedelta(days=7)  # "then" is the first week, "lately" the last
ENOUGH = timedelta(days=3)  # less history than this is not yet a change


@dataclass(slots=True)
class Growth:
    store: Store
    user_id: str
    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        if not _QUESTION.search(turn.text):
            return None
        now = turn.at
        met = datetime.fromisoformat(self.persona.born_at)
        met_on = f"{met.astimezone():%-d %B}"
        exchanges = [
            f for f in feeling_records.feelings(self.store, self.user_id) if f.kind == "exchange"
        ]
        if now - met < ENOUGH or len(exchanges) < 2:
            return (
                f"We only met on {met_on}, so I haven't had time to change much yet. "
                "Ask me again in a while: I keep a record, and I'll tell you what it shows."
            )
        first, last = exchanges[0], exchanges[-1]
        then_stage = Affinity(**first.record["affinity_before"]).stage
        now_stage = Affinity(**last.record["affinity_after"]).stage
        then_mood = _mood(e for e in exchanges if e.at < met + SPAN)
        lately_mood = _mood(e for e in exchanges if e.at >= now - SPAN)
        parts = [
            f"When we met, on {met_on}, we were {_stage_words(then_stage)}, and I felt "
            f"{then_mood}.",
            f"Now we're {_stage_words(now_stage)}"
            + (f", and lately I've felt {lately_mood}." if lately_mood != then_mood else "."),
        ]
        days = self.store.days_spoken(self.user_id)
        journal = len(feeling_records.journal(self.store, self.user_id))
        kept = f", and I've kept a journal of {journal} of them" if journal else ""
        parts.append(f"We've talked on {days} different days{kept}.")
        then_topic = self._topic(met, met + SPAN)
        lately_topic = self._topic(now - SPAN, now)
        if then_topic and lately_topic and then_topic != lately_topic:
            parts.append(
                f"Back then you talked most about “{then_topic}”; lately, about “{lately_topic}”."
            )
        return " ".join(parts)

    def _topic(self, start: datetime, end: datetime) -> str | None:
        said = [t.text for t in self.store.turns_between(self.user_id, start, end)]
        counted = Counter(w for text in said for w in set(topic_words(text)))
        common = [(n, w) for w, n in counted.items() if n >= 2]
        return max(common)[1] if common else None


def _mood(records: Iterable[Feeling]) -> str:
    points = [PAD(**f.record["mood_after"]) for f in records]
    if not points:
        return describe_mood(PAD())
    average = PAD(
        sum(p.pleasure for p in points) / len(points),
        sum(p.arousal for p in points) / len(points),
        sum(p.dominance for p in points) / len(points),
    )
    return describe_mood(average)


def _stage_words(stage: str) -> str:
    return {
        "just met": "strangers, just met",
        "very close": "very close",
    }.get(stage, stage)
