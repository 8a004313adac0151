""" "What do you remember about me?": os1 answers with what the person actually said.

The answer quotes the person's own turns, dated, never a model's paraphrase:
the things they confided (the mind marks those when it appraises a turn), and
otherwise the latest things they said about themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from os1.conversation.composed import second_person
from os1.conversation.turn import Turn
from os1.memory import fact_records
from os1.memory.store import Store
from os1.memory.types import StoredTurn
from os1.mind import feeling_records
from os1.mind.feeling_words import quote
from os1.mind.quarrel import apologises

_QUESTION = re.compile(
    r"\bwhat (?:do|did) you (?:remember|know) about me\b|\bwhat have i told you\b",
    re.IGNORECASE,
)
_ABOUT_SELF = re.compile(r"\b(i|i'm|im|i've|my|me)\b", re.IGNORECASE)
SHOWN = 5
FACTS_SHOWN = 5


def _when(created_at: str, today: date) -> str:
    """A day as said aloud: "today", "yesterday", "on 3 December"."""
    day = datetime.fromisoformat(created_at).date()
    if day == today:
        return "today"
    if (today - day).days == 1:
        return "yesterday"
    return f"on {day.day} {day:%B}" + (f" {day.year}" if day.year != today.year else "")


def _tells(text: str) -> bool:
    """Whether `text` tells something about the person: not a question to the OS, and not
    words about the two of them (an apology, an insult), which are not about their life."""
    return "?" not in text and not apologises(text) and not _QUESTION.search(text)


@dataclass(slots=True)
class Recollection:
    store: Store
    user_id: str

    async def answer(self, turn: Turn) -> str | None:
        if not _QUESTION.search(turn.text):
            return None
        turn_id = turn.user_turn_id
        facts = sorted(
            fact_records.facts(self.store, self.user_id), key=lambda f: (f.confidence, f.id)
        )
        chosen = self._confided(turn_id) or self._about_self(turn_id)
        if not chosen and not facts:
            return "You haven't told me much about yourself yet. I'd love to hear."
        parts = []
        if facts:
            known = [second_person(f.text.rstrip(".")) for f in facts[-FACTS_SHOWN:]]
            parts.append("Here is what I know: " + "; ".join(known) + ".")
        if chosen:
            today = datetime.now(UTC).date()
            # One day named once: "today, “…” and “…”; on 3 December, “…”".
            by_day: dict[str, list[str]] = {}
            for t in chosen:
                by_day.setdefault(_when(t.created_at, today), []).append(f"“{quote(t.text, 16)}”")
            lines = [f"{day}, {' and '.join(said)}" for day, said in by_day.items()]
            intro = "In your words: " if facts else "Here is what you've told me: "
            parts.append(intro + "; ".join(lines) + ".")
        return " ".join(parts)

    def _confided(self, turn_id: int | None) -> list[StoredTurn]:
        ids = [
            f.turn_id
            for f in feeling_records.feelings(self.store, self.user_id)
            if f.turn_id is not None
            and f.turn_id != turn_id
            and f.record.get("reaction", {}).get("disclosure", 0) >= 0.5
        ]
        found = [self.store.turn(self.user_id, i) for i in dict.fromkeys(reversed(ids))]
        return [t for t in found if t is not None and _tells(t.text)][:SHOWN][::-1]

    def _about_self(self, turn_id: int | None) -> list[StoredTurn]:
        said = [
            t
            for t in self.store.recent_turns(self.user_id, 200)
            if t.role == "user"
            and t.id != turn_id
            and len(t.text.split()) > 4
            and _ABOUT_SELF.search(t.text)
            and _tells(t.text)
        ]
        return said[-SHOWN:]
