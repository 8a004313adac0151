"""A brain that answers from a script: for tests about everything but the model."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Iterable, Sequence
from pathlib import Path

from os1.brain.decoding import GENERIC
from os1.brain.types import Message, Request, Usage
from os1.errors import BrainError

_PIECE = re.compile(r"\s*\S+")
# A script line "It was a <brain fails>" writes "It was a" and then fails, as a model
# server that goes away mid-reply does: for tests of what a listener is told then.
FAILS = "<brain fails>"


class ScriptedBrain:
    """Replies are taken in order; the messages each reply answered are kept in `received`
    (with `keep_received`, as tests want)."""

    name = "scripted"
    decoding = GENERIC

    def __init__(self, replies: Iterable[str], keep_received: bool = True) -> None:
        self._replies = list(replies)
        self._keep_received = keep_received
        self.received: list[list[Message]] = []
        self.requests: list[Request] = []

    @classmethod
    def from_file(cls, path: Path) -> ScriptedBrain:
        """One reply per line; a literal `\\n` inside a line is a line break, and `FAILS`
        ends a line's reply with a BrainError."""
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise BrainError(
                f"The brain script {path} cannot be read ({exc})",
                "set OS1_BRAIN_SCRIPT to a UTF-8 text file with one reply per line",
            ) from exc
        # Nobody reads what a brain from a file received (it answers `os1 chat` or `os1
        # serve`), and a server keeping every prompt of every turn would only grow.
        return cls(
            (line.replace("\\n", "\n") for line in lines if line.strip()), keep_received=False
        )

    async def stream(
        self, messages: Sequence[Message], request: Request, usage: Usage | None = None
    ) -> AsyncIterator[str]:
        if not self._replies:
            raise BrainError(
                "The scripted brain has no replies left",
                "add more replies to its script (OS1_BRAIN_SCRIPT)",
            )
        if self._keep_received:
            self.received.append(list(messages))
            self.requests.append(request)
        reply, fails, _ = self._replies.pop(0).partition(FAILS)
        if usage is not None:
            usage.prompt_tokens = sum(self.count_tokens(m.content) for m in messages)
        for piece in _PIECE.findall(reply):
            if usage is not None:
                usage.completion_tokens += 1
            yield piece
            await asyncio.sleep(0)
        if fails:
            raise BrainError(
                "The scripted brain failed mid-reply, as its script said",
                f"remove {FAILS} from the script's line",
            )

    def count_tokens(self, text: str) -> int:
        # Roughly what a BPE tokenizer gives for English: about four characters a token.
        return max(1, (len(text) + 3) // 4) if text else 0

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        raise BrainError(
            "The scripted brain cannot embed text",
            "use the llamacpp or openai brain for embeddings",
        )
