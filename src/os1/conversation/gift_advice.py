""" "What should I get my mum?": a gift asked about, answered as a friend would.

The embedded model, asked what to get someone, could not say ("I'm not sure I have a
good answer to that yet."). A friend does not know the shop either: they ask what the
other person loves, and say what makes any gift land, something for that and a few
words of one's own. The person is named as they were ("your mum", "Lily").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.turn import Turn
from os1.memory.relations import as_subject

_ASKED = re.compile(
    r"^\W*(?i:(?:any ideas |so |ok(?:ay)?,? )?what (?:should|could|can|do) (?:i|we) (?:get|buy"
    r"|give|make) (?:for )?)(?P<who>(?i:my|our|the) (?:new )?[a-z-]+|[A-Z][a-z]+|him|her|them)"
    r"(?: for (?:his|her|their|my|our)? ?[a-z' -]{1,30})?\W*$",
)


def gift_advice(text: str) -> str | None:
    """The OS's answer to "what should I get my mum?", or None when that is not asked."""
    asked = _ASKED.match(text.strip())
    if asked is None:
        return None
    who = asked["who"]
    if re.search(r"\b(?:baby|babies|twins|newborn|grandchild|grandbaby)\b", who, re.IGNORECASE):
        # "What should we get the baby?" (great-grandparents at eighty and eighty-two; the
        # model: "The baby's a gift"): a baby loves nothing yet but being held.
        return (
            "Something that will last: a book you'd love to read to them, or something with your"
            " names in it. And a few words of your own, for when they're old enough to read them."
        )
    whom = as_subject(who)
    whom = re.sub(r"^the ", "your ", whom)
    whom = re.sub(r"^(?:my|our) ", "your ", whom)
    does = "do" if whom == "they" else "does"
    return (
        f"What {does} {whom} love doing? Something for that, even something small, means more "
        "than anything expensive. And a few words of your own in a card."
    )


@dataclass(frozen=True, slots=True)
class GiftAdvice:
    """The answerer (answerers.py) for what to give someone."""

    async def answer(self, turn: Turn) -> str | None:
        return gift_advice(turn.text)
