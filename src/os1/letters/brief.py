"""What a letter is asked to be: from whom, to whom, for what, what it must mention, how long."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from os1.errors import InputError
from os1.letters.studio import Client, Entry, Letter, Recipient

Tone = Literal["warm", "formal", "informal"]


@dataclass(frozen=True, slots=True)
class Brief:
    client: Client
    recipient: Recipient
    dossier: tuple[Entry, ...]
    occasion: str
    mentions: tuple[str, ...] = ()
    words: tuple[int, int] = (80, 220)
    tone: Tone = "warm"
    # Each "warmer" raises it: a fonder salutation and closing.
    warmth: int = 0
    # The client's earlier letters to this recipient, oldest first: the new one
    # keeps their salutation and closing and may not contradict them.
    earlier: tuple[Letter, ...] = ()

    @property
    def asks_for_a_tone(self) -> bool:
        """Whether the brief chose the tone (an edit did), rather than leaving it to habit."""
        return self.tone != "warm" or self.warmth > 0

    def with_(self, **changes: Any) -> Brief:
        return replace(self, **changes)

    def to_record(self) -> dict[str, Any]:
        """What a stored letter keeps of its brief, so an edit can start from it."""
        return {
            "mentions": list(self.mentions),
            "words": list(self.words),
            "tone": self.tone,
            "warmth": self.warmth,
        }


def parse_words(text: str) -> tuple[int, int]:
    """ "120-200" as (120, 200)."""
    low, dash, high = text.partition("-")
    try:
        least, most = int(low), int(high if dash else low)
    except ValueError:
        raise InputError(
            f"{text!r} is not a word range", "write it as MIN-MAX, for example 120-200"
        ) from None
    if not 30 <= least <= most <= 1000:
        raise InputError(
            f"The word range {text} cannot be written",
            "give MIN-MAX with 30 <= MIN <= MAX <= 1000",
        )
    return least, most
