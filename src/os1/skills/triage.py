"""Which mail matters: a score from signals a person would use, with the reasons kept.

From someone you know, addressed to you, flagged, new: up. A list or a
newsletter, old, not addressed to you: down. The reasons travel with the
score, so "clean up my inbox" can say why it keeps what it keeps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from os1.skills.mail import Message

IMPORTANT = 4  # at or above: worth the attention (a contact writing to you is 5, a stranger 2)
OLD = timedelta(days=30)
RECENT = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class Ranked:
    message: Message
    score: int
    reasons: tuple[str, ...]

    @property
    def important(self) -> bool:
        return self.score >= IMPORTANT


def rank(messages: Iterable[Message], me: str, known: set[str], now: datetime) -> list[Ranked]:
    """Every message with its score and reasons, most important first, then newest."""
    me = me.lower()
    ranked = []
    for message in messages:
        score, reasons = 0, []
        if message.flagged:
            score, reasons = score + 5, [*reasons, "flagged"]
        if message.sender in known:
            score, reasons = score + 3, [*reasons, "from someone you know"]
        if me in message.to:
            score, reasons = score + 2, [*reasons, "addressed to you"]
        elif me in message.cc:
            score, reasons = score + 1, [*reasons, "copied to you"]
        if message.bulk:
            score, reasons = score - 4, [*reasons, "a list or newsletter"]
        if not message.seen:
            score += 1
        if now - message.date > OLD:
            score, reasons = score - 2, [*reasons, "older than a month"]
        ranked.append(Ranked(message, score, tuple(reasons)))
    return sorted(ranked, key=lambda r: (-r.score, -r.message.date.timestamp()))


def keeps(ranked: Ranked, now: datetime) -> bool:
    """What a clean-up leaves in the inbox: the important, and the new mail meant for you."""
    message = ranked.message
    fresh = not message.seen and now - message.date < RECENT and not message.bulk
    return ranked.important or message.flagged or fresh


def why_archived(ranked: list[Ranked]) -> Counter[str]:
    """How many of the archived are lists, old, or from people not in your contacts."""
    counts: Counter[str] = Counter()
    for item in ranked:
        if item.message.bulk:
            counts["lists and newsletters"] += 1
        elif "older than a month" in item.reasons:
            counts["older than a month"] += 1
        else:
            counts["from people not in your contacts"] += 1
    return counts
