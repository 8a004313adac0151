"""The reply written ahead (issue 22): begun in the pause, taken up when the turn is.

When the person's words sound like the end of a turn, the voice asks for a
draft (`Conversation.speculate`): the turn is gathered ahead (recall with their
words not yet stored, a foreseen feeling, the prompt) and the brain starts
writing through the guard into a `Draft`. Nothing is stored and nothing is
felt. When the turn is committed with the same words, it is stored and felt
for real, and its `Plan` (everything the reply is drawn from: the prompt with
its notes, the guard's rules, the seed) is made again from what was really
felt. The same plan draws the same reply, so the draft is the reply: its
sentences written so far are given at once. A plan that differs (the real
feeling's note reads otherwise, a fact became relevant) drops the draft and the
reply is drawn afresh: a reply follows what was felt, never what was foreseen.
A draft nobody takes is dropped: the brain stops at its next token, and what
it read stays in its cache for the next prompt that starts the same way.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from os1.brain.decoding import Decoding
from os1.brain.types import Brain, Message, Usage
from os1.conversation.composed import compose, greeting_back, only_goodbye, said_by_the_os
from os1.conversation.credit import SOMEONE_ELSE_DID
from os1.conversation.drafting import DRAWS, Drafting
from os1.conversation.follow_ups import follow_ups
from os1.conversation.gathering import Gathering
from os1.conversation.guard import Rules
from os1.conversation.reply_rules import rules_for
from os1.conversation.turn import Turn
from os1.mind.appraisal import Appraiser
from os1.mind.expression import (
    for_a_memory,
    for_relief,
    for_someone_elses_deed,
    for_weariness,
)
from os1.mind.persona import Persona
from os1.mind.told_when import tells_of_long_ago

if TYPE_CHECKING:
    from os1.conversation.loop import Limits

_END = object()


@dataclass(frozen=True, slots=True)
class Plan:
    """What one reply is drawn from. Two equal plans draw the same reply from a brain."""

    messages: tuple[Message, ...]
    # The guard's rules without their tone and opening checks (functions, so never equal to
    # another): `tone` is what the tone check reads besides the words; the opening check
    # reads only the words and the rules.
    rules: Rules
    tone: tuple[float, str] | None
    decoding: Decoding
    seed: int
    temperature_shift: float
    max_tokens: int | None
    reply_starts: tuple[str, ...]
    draws: int
    tone_check: Callable[[str], str | None] | None = field(compare=False)
    opening_check: Callable[[str], str | None] | None = field(compare=False)
    fallback: Callable[[], str] = field(compare=False)
    follow_up: Callable[[str], list[str]] | None = field(compare=False, default=None)

    def drafting(self, brain: Brain, usage: Usage) -> Drafting:
        return Drafting(
            brain,
            self.messages,
            replace(self.rules, tone=self.tone_check, opening=self.opening_check),
            self.decoding,
            self.seed,
            usage,
            fallback=self.fallback,
            temperature_shift=self.temperature_shift,
            max_tokens=self.max_tokens,
            reply_starts=self.reply_starts,
            draws=self.draws,
            follow_up=self.follow_up,
        )


class ReplyWriter:
    """Makes a turn's Plan from the conversation's parts."""

    def __init__(
        self,
        brain: Brain,
        limits: Limits,
        gathering: Gathering,
        persona: Persona,
        person: str | None,
        appraiser: Appraiser | None,
    ) -> None:
        self._brain = brain
        self._limits = limits
        self._gathering = gathering
        self._persona = persona
        self._person = person
        self._appraiser = appraiser

    def plan(self, turn: Turn, number: int) -> Plan:
        """The plan for `turn`, the session's reply number `number`."""
        limits, expression = self._limits, turn.expression
        decoding = self._brain.decoding
        if limits.temperature is not None:
            decoding = replace(decoding, temperature=limits.temperature)
        sentences = limits.reply_sentences
        if turn.source == "voice":
            sentences = min(sentences, limits.spoken_reply_sentences)
        if expression is not None and expression.length_factor < 1.0:
            sentences = max(1, round(sentences * expression.length_factor))
        sentences = min(sentences, decoding.max_sentences)
        system = self._gathering.system
        rules = rules_for(turn, self._persona, self._person, system, sentences, self._appraiser)
        # A model that cannot talk in the person's language is not asked to: the OS says
        # so itself, in that language; and it says its own goodbye, and what it asks back to
        # "what should I say to her?" (composed.said_by_the_os).
        speaks = decoding.languages is None or turn.language in decoding.languages
        emotion = expression.emotion if expression is not None else "calm"
        # The OS's own words name no emotion it barely feels.
        said = emotion if expression is not None and expression.felt else "calm"
        if expression is not None and expression.low and only_goodbye(turn.text):
            emotion = said = "sorry-for"  # a goodbye after a sad evening is a gentle one
        said_before = [t.text for t in turn.recalled if t.role == "assistant"][-3:]
        text, person, known, language = turn.text, self._person, turn.known, turn.language
        return Plan(
            messages=tuple(self._gathering.prompt(turn)),
            rules=replace(rules, tone=None, opening=None),
            tone=(expression.their_valence, emotion) if expression is not None else None,
            decoding=decoding,
            # Another seed for each reply of the session, so two replies are not drawn
            # alike; still the same for a replayed conversation.
            seed=limits.seed + DRAWS * number,
            temperature_shift=expression.temperature_shift if expression is not None else 0.0,
            max_tokens=limits.reply_tokens,
            reply_starts=_starts(turn, person),
            draws=DRAWS if speaks and not said_by_the_os(turn.text) else 0,
            tone_check=rules.tone,
            opening_check=rules.opening,
            fallback=lambda: compose(
                text, said, person, known, language, said_before=said_before, fits=rules.tone
            ),
            follow_up=lambda written: follow_ups(
                text, said, written, person, language, said_before=said_before
            ),
        )


def _starts(turn: Turn, person: str | None) -> tuple[str, ...]:
    """How the reply may begin: a greeting said back to a greeting; else as the mind's
    feeling would begin it (expression.py), but a memory told is no news ("We met at a
    dance in 1972." was answered "What lovely news.")."""
    if (greeting := greeting_back(turn.text, person)) is not None:
        return (greeting,)
    starts = tuple(turn.expression.reply_starts) if turn.expression is not None else ()
    if SOMEONE_ELSE_DID.match(turn.text):
        starts = for_someone_elses_deed(starts)
    if "?" in turn.text and turn.expression is not None and turn.expression.emotion == "admiration":
        # A feat read in words that ask something is as often a misreading: "…I DID label it.
        # …how do I bring this up without it turning into a fight?" was "Oh, that's wonderful
        # news."
        starts = ()
    starts = for_relief(for_weariness(starts, turn.text), turn.text)
    return for_a_memory(starts) if tells_of_long_ago(turn.text, turn.at) else starts


class Draft:
    """A reply being written ahead for `text`: its sentences wait here for the turn."""

    def __init__(
        self, text: str, plan: Plan, brain: Brain, after: asyncio.Task[None] | None = None
    ) -> None:
        """`after`: the brain's work to finish before this draft's (one brain, in order)."""
        self.text = text
        self.plan = plan
        self.usage = Usage()
        self.drafting = plan.drafting(brain, self.usage)
        self._written: asyncio.Queue[object] = asyncio.Queue()
        self._after = after
        self._task = asyncio.get_running_loop().create_task(self._write())

    async def _write(self) -> None:
        try:
            if self._after is not None:
                await asyncio.wait([self._after])
            async for sentence in self.drafting.sentences():
                self._written.put_nowait(sentence)
        except Exception as exc:  # handed to the turn, which reports it as its own
            self._written.put_nowait(exc)
        finally:
            self._written.put_nowait(_END)

    async def sentences(self) -> AsyncIterator[str]:
        """The reply's sentences: those written so far at once, then as they come."""
        while (item := await self._written.get()) is not _END:
            if isinstance(item, Exception):
                raise item
            yield str(item)

    def drop(self) -> None:
        """Stop writing (the brain stops at its next token); what was written is lost."""
        if not self._task.get_loop().is_closed():  # else it stopped with its loop
            self._task.cancel()
