"""One turn as data: what was heard, recalled and said, and how long each step took."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from os1.brain.types import Usage
from os1.errors import InputError
from os1.memory.types import Fact, StoredTurn
from os1.mind.expression import Expression

Source = Literal["text", "voice"]


@dataclass(slots=True)
class Turn:
    user_id: str
    text: str
    source: Source = "text"
    user_turn_id: int | None = None
    # When the person said it, on the conversation's clock.
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    recalled: list[StoredTurn] = field(default_factory=list)
    # Older turns that memory brought back for these words.
    remembered: list[StoredTurn] = field(default_factory=list)
    # Facts consolidated from earlier turns that bear on these words.
    known: list[Fact] = field(default_factory=list)
    reply: str = ""
    # A reply os1 gives itself, without the brain (e.g. to "forget that").
    answer: str | None = None
    reply_turn_id: int | None = None
    interrupted: bool = False
    usage: Usage = field(default_factory=Usage)
    # How the OS's feelings shape this reply; None when the mind is off.
    expression: Expression | None = None
    # The person's language (ISO 639-1), as read from their words.
    language: str = "en"
    # What produced the reply: "records" (os1's own answer), "planned" (to a quarrel
    # or an apology), "model", "redrawn" (a later draft), or "composed" (every draft failed).
    path: str = "records"
    # Why each dropped draft was dropped.
    rejected: list[str] = field(default_factory=list)
    # Milliseconds from the start of the turn at which each step finished.
    marks: dict[str, float] = field(default_factory=dict)
    _t0: float = field(default_factory=time.perf_counter, repr=False)

    def mark(self, step: str) -> None:
        self.marks[step] = round((time.perf_counter() - self._t0) * 1000, 1)

    def record(self) -> dict[str, object]:
        """What is stored beside the reply."""
        return {
            "source": self.source,
            "answers": self.user_turn_id,
            "recalled": [t.id for t in self.recalled],
            "remembered": [t.id for t in self.remembered],
            "known": [f.id for f in self.known],
            "marks_ms": self.marks,
            "prompt_tokens": self.usage.prompt_tokens,
            "reused_tokens": self.usage.reused_tokens,
            "interrupted": self.interrupted,
            "tone": self.expression.tone if self.expression else None,
            "language": self.language,
            "path": self.path,
            "rejected": self.rejected,
        }


def perceive(text: str, max_chars: int) -> str:
    """The message as os1 will take it, or an InputError saying why not."""
    if "\x00" in text:
        raise InputError("That message contains a NUL byte", "send plain text")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # undecodable bytes from argv arrive as surrogates
        raise InputError(
            "That message is not valid UTF-8 text", "convert it first, e.g. with iconv"
        ) from exc
    message = text.strip()
    if not message:
        raise InputError("That message is empty", "type something to say, or /quit to leave")
    if len(message) > max_chars:
        raise InputError(
            f"That message is {len(message):,} characters long, more than the "
            f"{max_chars:,} os1 takes at once",
            "send a shorter part, or raise OS1_MAX_MESSAGE_CHARS",
        )
    return message
