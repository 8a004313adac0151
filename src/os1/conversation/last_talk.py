""" "What did we talk about yesterday?": from the records of that day, never the model's.

Asked the morning after an evening about a late wife's birthday, the embedded model
answered "We talked about the new restaurant in town." The OS answers from what it
kept of the day asked about: the moments that moved it most, as its journal tells
them (journal.py: a quote of the person's words and how the OS felt), or else the first
things the person told it that day; and when they did not talk that day, it says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from os1.conversation.turn import Turn
from os1.memory.dialogue_acts import statements
from os1.memory.store import Store
from os1.mind import cause, feeling_records
from os1.mind.feeling_words import felt_words
from os1.mind.journal import day_bounds

_ASKED = re.compile(
    r"\bwhat (?:did|were) (?:we|i|you and i) (?:talk|talking|chat|chatting|speak|speaking)"
    r" about\b(?P<when>.*)|\bwhat did i (?:tell|say to) you\b(?P<when2>.*)",
    re.IGNORECASE,
)
_YESTERDAY = re.compile(r"\byesterday\b|\blast night\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:today|this morning|this afternoon|earlier)\b", re.IGNORECASE)
_LAST_TIME = re.compile(r"\blast time\b|\bbefore\b|\bthe other day\b", re.IGNORECASE)
# How far back "last time" looks for a day they talked.
LOOK_BACK_DAYS = 60
MOMENTS = 3


@dataclass(frozen=True, slots=True)
class LastTalk:
    """The answerer (answerers.py) for what was talked about on a day."""

    store: Store
    user_id: str
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)

    async def answer(self, turn: Turn) -> str | None:
        asked = _ASKED.search(turn.text)
        if asked is None:
            return None
        when = (asked["when"] or asked["when2"] or "").strip()
        today = (turn.at or self.clock()).astimezone().date()
        if _YESTERDAY.search(when):
            return self._told(today - timedelta(days=1), "Yesterday", turn)
        if _TODAY.search(when):
            return self._told(today, "Earlier today", turn)
        # "What did we talk about?" alone, or "…last time": the last day they talked.
        if _LAST_TIME.search(when) or (asked["when"] is not None and not when.strip("?.! ")):
            day = self._last_day(today, turn)
            if day is None:
                return "This is the first time we've talked. Tell me anything."
            return self._told(day, _day_words(day, today), turn)
        return None  # "what did I tell you about Ruth?" is the life questions' to answer

    def _told(self, day: date, said_as: str, turn: Turn) -> str:
        start, end = day_bounds(day)
        rows = feeling_records.feelings(self.store, self.user_id, since=start, until=end)
        exchanges = [r for r in rows if r.kind == "exchange" and r.turn_id != turn.user_turn_id]
        # What they told, not their goodbye or thanks: "Goodnight, dear" moved the OS too.
        moments = [
            m
            for m in cause.ranked(self.store, self.user_id, exchanges, end, float("inf"))
            if m.weight >= cause.MIN_WEIGHT and statements(m.quote)
        ][:MOMENTS]
        if moments:
            first, *rest = sorted(moments, key=lambda m: m.at)
            said = f"{said_as} you told me “{first.quote}”, and I {felt_words(first.emotion)}."
            return " ".join([said, *(f"You also told me “{m.quote}”." for m in rest)])
        theirs = [
            sentence
            for t in self.store.turns_between(self.user_id, start, end)
            if t.role == "user" and t.id != turn.user_turn_id
            for sentence in statements(t.text)
        ][:MOMENTS]
        if not theirs:
            when = said_as.lower() if said_as != "Earlier today" else "earlier today"
            return f"We didn't talk {when}. What's on your mind now?"
        quoted = "; ".join(f"“{cause.short_quote(s)}”" for s in theirs)
        return f"{said_as} you told me {quoted}."

    def _last_day(self, today: date, turn: Turn) -> date | None:
        """The last day they said anything before this turn: today, if they did earlier."""
        start, _ = day_bounds(today - timedelta(days=LOOK_BACK_DAYS))
        _, end = day_bounds(today)
        said = [
            t
            for t in self.store.turns_between(self.user_id, start, end)
            if t.role == "user" and t.id != turn.user_turn_id
        ]
        if not said:
            return None
        return datetime.fromisoformat(said[-1].created_at).astimezone().date()


def _day_words(day: date, today: date) -> str:
    if day == today:
        return "Earlier today"
    if day == today - timedelta(days=1):
        return "Yesterday"
    return f"On {day:%A}" if (today - day).days < 7 else f"On {day:%-d %B}"
