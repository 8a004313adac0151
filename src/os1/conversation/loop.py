"""The turn loop: perceive → act or recall → feel → think → reply → remember.

This is the one place the parts meet for a turn. A request the skills
understand is done (acting.py) and answered without the brain; otherwise
`recall` brings recent turns, facts and older turns that bear on the words,
the mind feels, and the brain writes the reply. Voice will consume the
streamed reply (and the mood's voice parameters, on the turn). In quiet
moments, `quiet_moment()` consolidates what was said into facts.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol

from os1.brain.types import Brain, Message, Prefilling
from os1.conversation import language, own_name
from os1.conversation.acting import Acting
from os1.conversation.company import Company
from os1.conversation.composed import compose
from os1.conversation.drafting import DRAWS, Drafting
from os1.conversation.forgetting import Forgetting
from os1.conversation.growth import Growth
from os1.conversation.life_questions import LifeQuestions
from os1.conversation.recollection import Recollection
from os1.conversation.reply_rules import rules_for
from os1.conversation.turn import Source, Turn
from os1.errors import InputError
from os1.memory.consolidation import Consolidator
from os1.memory.facts import KnownFacts
from os1.memory.history import window
from os1.memory.store import Store
from os1.memory.types import Fact, LongTermMemory, StoredTurn
from os1.mind import journal
from os1.mind.expression import Expression, asks_about_feelings, express
from os1.mind.inner_life import Felt, InnerLife
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.mind.prompt import system_prompt
from os1.skills.skill import Catalogue
from os1.skills.tool_choice import BrainToolChooser


class Recall(Protocol):
    def recall(self, turn: Turn) -> list[StoredTurn]: ...


@dataclass(frozen=True, slots=True)
class Limits:
    max_message_chars: int = 8000
    history_tokens: int = 1500
    memory_tokens: int = 300
    # A cap on a reply's tokens; None: the sentence budget sets it (decoding.py).
    reply_tokens: int | None = None
    reply_sentences: int = 3
    # A spoken reply is listened to, not skimmed.
    spoken_reply_sentences: int = 2
    # None: the model's own (its Decoding); a number overrides it.
    temperature: float | None = None
    seed: int = 1


class RecentHistory:
    """The newest turns within the budget, with a start that moves in jumps (see history.py)."""

    def __init__(self, store: Store, brain: Brain, budget: int) -> None:
        self._store = store
        self._brain = brain
        self._budget = budget
        self._start: int | None = None

    def recall(self, turn: Turn) -> list[StoredTurn]:
        # Enough rows to fill any budget: a turn is at least a few tokens.
        candidates = self._store.recent_turns(turn.user_id, limit=max(32, self._budget // 4))
        chosen = window(candidates, self._budget, self._brain.count_tokens, self._start)
        self._start = chosen[0].id if chosen else None
        return chosen


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


class Reply:
    """A reply being written: iterate it for the pieces, or await `text()`.

    The turn is stored when the reply ends, however it ends: if the listener
    stops early, only what was already written counts as said.
    """

    def __init__(self, pieces: AsyncIterator[str], turn: Turn) -> None:
        self._pieces = pieces
        self.turn = turn

    def __aiter__(self) -> AsyncIterator[str]:
        return self._pieces

    async def text(self) -> str:
        async for _ in self._pieces:
            pass
        return self.turn.reply

    async def aclose(self) -> None:
        await self._pieces.aclose()  # type: ignore[attr-defined]


class Conversation:
    def __init__(
        self,
        brain: Brain,
        store: Store,
        user_id: str,
        persona: Persona,
        answers: Answers,
        limits: Limits | None = None,
        recall: Recall | None = None,
        inner_life: InnerLife | None = None,
        memory: LongTermMemory | None = None,
        facts: KnownFacts | None = None,
        consolidator: Consolidator | None = None,
        skills: Catalogue | None = None,
        skills_brain: Brain | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        company: Company | None = None,
    ) -> None:
        self.brain = brain
        self.store = store
        self.user_id = user_id
        self.persona = persona
        self.limits = limits or Limits()
        self._system = system_prompt(persona, answers)
        # What to call them: the name the persona was given, or the one they gave at setup.
        self.person = persona.user_name or answers.user_name
        self._recall = recall or RecentHistory(store, brain, self.limits.history_tokens)
        self.inner_life = inner_life
        self.memory = memory
        self.facts = facts
        self.consolidator = consolidator
        self._forgetting = Forgetting(store, user_id, memory)
        self._recollection = Recollection(store, user_id)
        self._life_questions = LifeQuestions(store, user_id, memory)
        self._company = company or Company(store, clock=clock)
        self._growth = Growth(store, user_id, persona)
        # A capable brain (never the embedded 135M model) may pick skills the grammar misses.
        chooser = BrainToolChooser(skills_brain, skills) if skills and skills_brain else None
        self._acting = Acting(skills, clock, chooser) if skills is not None else None
        self.clock = clock
        self.session_id = store.start_session(user_id)
        self._reading_ahead: asyncio.Task[None] | None = None
        self._language = language.ENGLISH
        self._drafts = 0  # replies drafted in this session
        if inner_life is not None:
            # A quiet moment: the journal catches up on the days that have ended.
            journal.catch_up(store, user_id, clock().astimezone().date())

    def say(self, text: str, source: Source = "text") -> Reply:
        """Start a turn; raises InputError at once for a message os1 cannot take."""
        turn = Turn(self.user_id, perceive(text, self.limits.max_message_chars), source)
        return Reply(self._run(turn), turn)

    def close(self) -> None:
        self.store.end_session(self.session_id)

    def cut_short(self, turn: Turn, said: str) -> None:
        """The person spoke over the reply: only what they heard, `said`, was said."""
        turn.interrupted = True
        if turn.reply_turn_id is not None and said != turn.reply:
            if said:
                self.store.edit_turn(
                    turn.user_id, turn.reply_turn_id, said, note={"interrupted": True}
                )
            else:
                self.store.forget_turn(turn.user_id, turn.reply_turn_id)
                turn.reply_turn_id = None
        turn.reply = said

    async def quiet_moment(self, batch: int = 5) -> int:
        """Work for while the person is quiet: turns their words into facts.

        Runs until nothing is left; cancel it when they speak (work is
        recorded turn by turn, so nothing is lost). Returns the turns read.
        """
        if self.consolidator is None:
            return 0
        read = 0
        while True:
            report = await self.consolidator.run(limit=batch)
            if not report.turns:
                return read
            read += report.turns

    async def _run(self, turn: Turn) -> AsyncIterator[str]:
        # perceive: the person's words are stored before anything can fail.
        now = self.clock()
        turn.user_turn_id = self.store.add_turn(
            turn.user_id,
            self.session_id,
            "user",
            turn.text,
            tokens=self.brain.count_tokens(turn.text),
            meta={"source": turn.source},
            at=now,
        )
        turn.mark("perceive")

        # "Forget that" (and its yes), "what do you remember about me?", "how many
        # people do you talk to?" and "how have you changed?" are answered by os1
        # itself, from its records, first.
        turn.answer = self._forgetting.answer(turn.text, turn.user_turn_id)
        if turn.answer is None:
            turn.answer = self._recollection.answer(turn.text, turn.user_turn_id)
        if turn.answer is None:
            turn.answer = self._company.answer(turn.text)
        if turn.answer is None:
            turn.answer = self._growth.answer(turn.text, now)
        if turn.answer is None and self._acting is not None:
            # act: a request the skills' grammar understands is done, not talked about.
            turn.answer = await self._acting.answer(turn.text)
        if turn.answer is None:
            turn.answer = own_name.answer(turn.text, self.persona)
        if turn.answer is None:
            # "Where does Ruth live?": from what the person said, never from the model.
            turn.answer = self._life_questions.answer(turn.text, turn.user_turn_id)
        if turn.answer is None:
            turn.language = self._language_of(turn.text)
            turn.recalled = self._recall.recall(turn)
            turn.known = self.facts.relevant(turn.text) if self.facts is not None else []
            turn.remembered = self._remember(turn)
            turn.mark("recall")

            turn.expression = self._feel(turn, now)
            turn.mark("feel")

        pieces: list[str] = []
        finished = False
        try:
            async for piece in self._think(turn):
                if not pieces:
                    turn.mark("first_piece")
                pieces.append(piece)
                yield piece
            finished = True
        finally:
            turn.mark("think")
            turn.reply = "".join(pieces).strip()
            turn.interrupted = not finished
            if turn.reply:
                turn.reply_turn_id = self.store.add_turn(
                    turn.user_id,
                    self.session_id,
                    "assistant",
                    turn.reply,
                    tokens=turn.usage.completion_tokens or None,
                    meta=turn.record(),
                    at=self.clock(),
                )
            if finished and isinstance(self.brain, Prefilling):
                self._read_ahead(self.brain, turn)

    async def _think(self, turn: Turn) -> AsyncIterator[str]:
        """think: the brain writes the reply, shaped by the OS's feelings and read by the guard."""
        if turn.answer is not None:
            yield turn.answer
            return
        expression = turn.expression
        if expression is not None and (expression.account or expression.planned):
            # Asked how it feels, or in a quarrel, the OS answers from its records, not
            # from a model that might invent a reason.
            turn.path = "planned" if expression.planned else "records"
            yield expression.account or expression.planned or ""
            return
        if expression is not None and expression.opener:
            yield expression.opener + " "
        drafting = self._drafting(turn)
        self._drafts += 1
        first = True
        async for sentence in drafting.sentences():
            yield sentence if first else " " + sentence
            first = False
        turn.path, turn.rejected = drafting.path, drafting.rejected

    def _drafting(self, turn: Turn) -> Drafting:
        expression = turn.expression
        decoding = self.brain.decoding
        if self.limits.temperature is not None:
            decoding = replace(decoding, temperature=self.limits.temperature)
        sentences = self.limits.reply_sentences
        if turn.source == "voice":
            sentences = min(sentences, self.limits.spoken_reply_sentences)
        if expression is not None and expression.length_factor < 1.0:
            sentences = max(1, round(sentences * expression.length_factor))
        sentences = min(sentences, decoding.max_sentences)
        starts = expression.reply_starts if expression is not None else ()
        messages = self._prompt(turn)
        # A model that cannot talk in the person's language is not asked to: the OS says
        # so itself, in that language.
        speaks = decoding.languages is None or turn.language in decoding.languages
        appraiser = self.inner_life.appraiser if self.inner_life is not None else None
        rules = rules_for(turn, self.persona, self.person, self._system, sentences, appraiser)
        return Drafting(
            self.brain,
            messages,
            rules,
            decoding,
            # Another seed for each turn of the session, so two replies are not drawn alike;
            # still the same for a replayed conversation.
            self.limits.seed + DRAWS * self._drafts,
            turn.usage,
            fallback=lambda: compose(
                turn.text,
                expression.emotion if expression is not None else "calm",
                self.person,
                turn.known,
                turn.language,
                said_before=[t.text for t in turn.recalled if t.role == "assistant"][-3:],
            ),
            temperature_shift=expression.temperature_shift if expression is not None else 0.0,
            max_tokens=self.limits.reply_tokens,
            reply_starts=starts,
            draws=DRAWS if speaks else 0,
        )

    def _prompt(self, turn: Turn) -> list[Message]:
        messages = [Message("system", self._system)]
        messages += [Message(t.role, t.text) for t in turn.recalled[:-1]]
        note = [known_note(turn.known)] if turn.known else []
        note += [remembered_note(turn.remembered)] if turn.remembered else []
        note = [n for n in note if n]
        note += [turn.expression.note] if turn.expression is not None else []
        if note:
            # Right before the person's words, where a small model still attends;
            # the system prompt stays the same so its cached start is reused.
            messages.append(Message("system", "\n".join(note)))
        messages += [Message(t.role, t.text) for t in turn.recalled[-1:]]
        return messages

    async def anticipate(self, heard: str) -> None:
        """Get the reply to `heard` ready without giving it: the brain reads the prompt
        the turn would have, while the person may still go on talking.

        Nothing is stored and nothing is felt, so if they do go on, nothing needs
        undoing; if they stop, `say(heard)` finds its prompt already read.
        """
        if not isinstance(self.brain, Prefilling):
            return
        try:
            text = perceive(heard, self.limits.max_message_chars)
        except InputError:
            return
        now = self.clock()
        turn = Turn(self.user_id, text, "voice")
        spoken = StoredTurn(0, self.user_id, self.session_id, "user", text, "", None, {})
        turn.recalled = [*self._recall.recall(turn), spoken]
        turn.known = self.facts.relevant(text) if self.facts is not None else []
        turn.remembered = self._remember(turn)
        if self.inner_life is not None:
            felt = self.inner_life.anticipate(text, now)
            turn.expression = _expression(self.inner_life, felt, text, now)
            if turn.expression.account:
                return  # answered from the records, not by the brain
        await self.brain.prefill(self._prompt(turn))

    def _read_ahead(self, brain: Prefilling, turn: Turn) -> None:
        """Have the brain read the history the next turn will start with, while the person
        listens: then only the next turn's own words are left to read (see llamacpp.py)."""
        history = [Message(t.role, t.text) for t in self._recall.recall(turn)]
        task = asyncio.get_running_loop().create_task(
            brain.prefill([Message("system", self._system), *history])
        )
        self._reading_ahead = task  # kept, so the task is not collected half-way

    def _language_of(self, text: str) -> str:
        """The person's language: this message's, or, when it is too short to tell, the
        language they last wrote in."""
        found = language.detect(text)
        if found is not None:
            self._language = found
        return self._language

    def _remember(self, turn: Turn) -> list[StoredTurn]:
        """recall, older: turns from before the recent window that bear on these words."""
        if self.memory is None or self.limits.memory_tokens <= 0:
            return []
        in_view = {t.id for t in turn.recalled} | {turn.user_turn_id}
        # The facts come first in the same budget: they say more in fewer words.
        used = sum(self.brain.count_tokens(f.text) for f in turn.known)
        chosen = []
        for stored, _ in self.memory.search(turn.text, k=8, now=self.clock()):
            if stored.id in in_view:
                continue
            cost = stored.tokens or self.brain.count_tokens(stored.text)
            if used + cost > self.limits.memory_tokens:
                continue
            chosen.append(stored)
            used += cost
        return sorted(chosen, key=lambda t: t.id)

    def _feel(self, turn: Turn, now: datetime) -> Expression | None:
        """feel: appraise the words, move mood and affinity, and decide how to sound."""
        if self.inner_life is None:
            return None
        felt = self.inner_life.feel(turn.text, turn.user_turn_id, now)
        return _expression(self.inner_life, felt, turn.text, now, self.person, turn.user_turn_id)


def _expression(
    inner_life: InnerLife, felt: Felt, text: str, now: datetime, person: str | None = None,
    turn_id: int | None = None,
) -> Expression:  # fmt: skip
    """How to sound, after feeling `text`."""
    bond = felt.after.affinity
    # Both read back through the records: only when they will be used.
    asked = inner_life.why(now) if asks_about_feelings(text) else None
    shared = inner_life.shared_memory(now) if bond.close else None
    return express(
        felt.after.mood.point,
        bond,
        felt.reaction.emotion,
        felt.reaction.intensity,
        felt.days_apart,
        account=asked,
        shared_memory=shared,
        planned=None if asked else inner_life.reply_to_quarrel(felt, text, now, person, turn_id),
        their_valence=felt.appraisal.valence,
    )


def known_note(facts: list[Fact]) -> str:
    """Facts from earlier conversations, for the brain: plain and short, as a small model
    reads best (a date or a heading is more for it to copy than to use)."""
    return "You know: " + " ".join(f.text.rstrip(".") + "." for f in facts)


def remembered_note(turns: list[StoredTurn]) -> str:
    """Older things the person said, for the brain, in their words."""
    said = [t.text.strip() for t in turns if t.role == "user"]
    return "Earlier they told you: " + " ".join(f"“{text}”" for text in said) if said else ""
