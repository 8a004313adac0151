"""Drawing a reply from the brain, through the guard, until one is fit to say.

A draft streams through the guard (guard.py), which lets whole sentences out
as they pass. A draft whose first sentence fails is dropped unseen and drawn
again, with another seed and stricter settings (decoding.py); a draft that
goes wrong later is cut after its last good sentence. When every draft
fails, the OS says the short reply it composes itself (composed.py), and a
reply the model left at a word or two ("That's wonderful.") the OS goes on
with itself (`follow_up`, path "completed"); a brain
that fails mid-reply leaves the sentences already said, and one that fails
before a word raises its error, which says what to do. `path` records which
of these produced the reply.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import aclosing
from typing import Literal

from os1.brain.decoding import Decoding
from os1.brain.types import Brain, Message, Usage
from os1.conversation.guard import Guard, Rules
from os1.errors import BrainError

DraftPath = Literal["model", "redrawn", "composed", "completed"]
DRAWS = 3
# A reply of one sentence this short is left thin: "Goodnight." to a long evening.
THIN_WORDS = 3
log = logging.getLogger(__name__)


class Drafting:
    """One reply: iterate it for the sentences that pass; then read `path` and `rejected`."""

    def __init__(
        self,
        brain: Brain,
        messages: Sequence[Message],
        rules: Rules,
        decoding: Decoding,
        seed: int,
        usage: Usage,
        fallback: Callable[[], str],
        temperature_shift: float = 0.0,
        max_tokens: int | None = None,
        reply_starts: Sequence[str] = (),
        draws: int = DRAWS,
        follow_up: Callable[[str], Sequence[str]] | None = None,
    ) -> None:
        """`follow_up`: what the OS may go on with after a thin reply (given what was said),
        best first; none where the reply is whole as it is."""
        self._brain = brain
        self._messages = messages
        self._rules = rules
        self._decoding = decoding
        self._seed = seed
        self._usage = usage
        self._fallback = fallback
        self._shift = temperature_shift
        self._max_tokens = max_tokens
        # A start said lately is not said again: "Oh, that sounds so hard." three turns in
        # a row is a loop the person hears, however fitting each was.
        recent = [r.lower() for r in rules.said_before]
        self._starts = [
            s
            for s in reply_starts
            if not any(r.startswith(s.lower()) for r in recent)
            # Nor one the guard would refuse: "I'm so happy for you" to "I thought I'd feel
            # relieved. I just feel hollow." (read glad) was forced, refused and drawn again.
            and Guard(rules).read(s) is None
        ]
        self._draws = draws
        self._follow_up = follow_up
        self._forced = ""  # the start the last draft was given
        self.path: DraftPath = "composed"
        # Why each dropped draft was dropped, for the turn's record.
        self.rejected: list[str] = []

    async def sentences(self) -> AsyncIterator[str]:
        for attempt in range(self._draws):
            guard = Guard(self._rules)
            said: list[str] = []
            try:
                async for sentence in self._draw(attempt, guard):
                    said.append(sentence)
                    yield sentence
            except BrainError as exc:
                if not said:
                    # Nothing said yet: the person hears the error, which says what to do
                    # (start the server, check the model), rather than a reply that hides it.
                    raise
                log.warning("the brain failed while writing: %s", exc)
                self.rejected.append(f"brain failed: {exc}")
                return  # what was said is complete sentences: end there
            if said:
                self.path = "model" if attempt == 0 else "redrawn"
                if (more := self._more(said)) is not None:
                    self.path = "completed"
                    yield more
                return
            self.rejected.append(guard.problem or "wrote nothing")
        self.path = "composed"
        yield self._fallback()

    def _more(self, said: list[str]) -> str | None:
        """The OS's own next sentence, where the model's reply was one thin sentence."""
        if self._follow_up is None or len(said) != 1 or self._rules.max_sentences < 2:
            return None
        # The OS's own start with nothing after it ("I'm right here with you." to a fear of
        # tomorrow's surgery) is as thin as a word or two: the model added nothing.
        alone = said[0].strip() == self._forced.strip()
        if said[0].rstrip().endswith("?") or (len(said[0].split()) > THIN_WORDS and not alone):
            return None
        # Held to what the model's sentences are: not said lately, in tone, no stranger.
        candidates = self._follow_up(said[0])
        return next((more for more in candidates if Guard(self._rules).read(more) is None), None)

    async def _draw(self, attempt: int, guard: Guard) -> AsyncIterator[str]:
        decoding = self._decoding.redrawn(attempt)
        start = self._starts[(self._seed + attempt) % len(self._starts)] if self._starts else ""
        self._forced = start
        request = decoding.request(
            self._rules.max_sentences, self._seed + attempt, self._shift, self._max_tokens, start
        )
        before = self._usage.completion_tokens
        async with aclosing(self._brain.stream(self._messages, request, self._usage)) as pieces:
            async for piece in pieces:
                for sentence in guard.feed(piece):
                    yield sentence
                if guard.done:
                    return  # closing the stream stops the model at its next token
        cut_off = self._usage.completion_tokens - before >= request.max_tokens
        for sentence in guard.finish(cut_off):
            yield sentence
