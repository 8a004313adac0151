"""The turn loop: perceive → answer or recall → feel → think → reply → remember.

This is the one place the parts meet for a turn. The answerers (answerers.py:
forgetting, recollection, company, growth, acting…) are asked in order, and
the first that answers answers without the brain; otherwise gathering
(gathering.py) recalls recent turns, facts and older turns that bear on the
words, the mind feels, and the brain writes the reply. Voice consumes the
streamed reply (and the mood's voice parameters, on the turn). In quiet
moments, `quiet_moment()` consolidates what was said into facts.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from os1.brain.types import Brain, Prefilling
from os1.conversation.answerers import Answerer, answerers_for, first_answer
from os1.conversation.gathering import Gathering, Mind, RecentHistory
from os1.conversation.speculation import Draft, ReplyWriter
from os1.conversation.turn import Source, Turn, perceive
from os1.errors import InputError
from os1.memory.store import Store
from os1.mind import journal
from os1.mind.danger import danger_told
from os1.mind.inner_life import InnerLife
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.mind.prompt import system_prompt


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


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Conversation:
    """One person's conversation with their OS.

    Made from its parts with no side effect; `start()` opens it (a session, and
    the journal catching up), and the first `say` starts one not yet started.
    """

    def __init__(
        self,
        brain: Brain,
        store: Store,
        user_id: str,
        persona: Persona,
        answers: Answers,
        limits: Limits | None = None,
        *,
        mind: Mind | None = None,
        answerers: Sequence[Answerer] | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        """`answerers`: what may answer a turn before the brain, asked in order; None: the
        everyday ones (answerers_for), without skills."""
        self.brain = brain
        self.store = store
        self.user_id = user_id
        self.persona = persona
        self.limits = limits or Limits()
        self.mind = mind or Mind()
        self.clock = clock
        if answerers is None:
            answerers = answerers_for(store, user_id, persona, self.mind.memory, clock=clock)
        self.answerers = tuple(answerers)
        # What to call them: the name the persona was given, or the one they gave at setup.
        self.person = persona.user_name or answers.user_name
        recall = RecentHistory(store, brain, self.limits.history_tokens)
        system, memory_tokens = system_prompt(persona, answers), self.limits.memory_tokens
        self._gathering = Gathering(
            brain, recall, self.mind, system, self.person, memory_tokens, clock
        )
        appraiser = self.inner_life.appraiser if self.inner_life is not None else None
        self._writer = ReplyWriter(
            brain, self.limits, self._gathering, persona, self.person, appraiser
        )
        self.session_id: int | None = None
        self._reading_ahead: asyncio.Task[None] | None = None
        self._drafts = 0  # replies drafted in this session
        self._draft: Draft | None = None  # the reply begun ahead (speculate)
        # Told as a reply starts (True) and ends, however (False): a server reads facts
        # between replies, never during one (server/fact_reading.py).
        self.on_reply: Callable[[bool], None] = lambda writing: None

    @property
    def inner_life(self) -> InnerLife | None:
        return self.mind.inner_life

    def start(self) -> Conversation:
        """Open the conversation: a new session, and, with a mind, a quiet moment in which
        the journal catches up on the days that have ended. Once only."""
        if self.session_id is None:
            self.session_id = self.store.start_session(self.user_id)
            if self.mind.inner_life is not None:
                journal.catch_up(self.store, self.user_id, self.clock().astimezone().date())
        return self

    def say(self, text: str, source: Source = "text") -> Reply:
        """Start a turn; raises InputError at once for a message os1 cannot take."""
        turn = Turn(self.user_id, perceive(text, self.limits.max_message_chars), source)
        self.start()
        return Reply(self._run(turn), turn)

    async def settle(self) -> None:
        """Wait for the reading ahead begun after the last reply (a process about to end
        lets it finish: its reading is what the next process goes on from)."""
        if (ahead := self._read_first()) is not None:
            await asyncio.wait([ahead])

    def close(self) -> None:
        if self.session_id is not None:
            self.store.end_session(self.session_id)
        if isinstance(self.brain, Prefilling):
            self.brain.keep_read()  # the history's reading, for a next process

    def cut_short(self, turn: Turn, said: str) -> None:
        """The person spoke over the reply: only what they heard, `said`, was said."""
        turn.interrupted = True
        if turn.reply_turn_id is not None and said != turn.reply:
            if said:
                self.store.edit_turn(
                    turn.user_id, turn.reply_turn_id, said, {"interrupted": True}, asked=False
                )
            else:
                self.store.forget_turn(turn.user_id, turn.reply_turn_id, asked=False)
                turn.reply_turn_id = None
        turn.reply = said

    async def quiet_moment(self, batch: int = 5) -> int:
        """Work for while the person is quiet: turns their words into facts.

        Runs until nothing is left; cancel it when they speak (work is recorded
        turn by turn: nothing is lost, a turn is read once). The brain reading
        ahead for the next reply goes first. Returns the turns read.
        """
        if self.mind.consolidator is None:
            return 0
        if (ahead := self._read_first()) is not None:
            await asyncio.wait([ahead])
        read = 0
        while True:
            report = await self.mind.consolidator.run(limit=batch)
            if not report.turns:
                return read
            read += report.turns

    async def _run(self, turn: Turn) -> AsyncIterator[str]:
        self.on_reply(True)
        # A reply begun ahead for these very words may be this one; one for others is not.
        draft, self._draft = self._draft, None
        pieces = self._turn(turn, draft if draft and draft.text == turn.text else None)
        try:
            async for piece in pieces:
                yield piece
        finally:
            await pieces.aclose()  # the turn is stored now, not when it is collected
            if draft is not None:
                draft.drop()  # used up, or not this turn's, or stopped with the reply
            self.on_reply(False)

    async def _turn(self, turn: Turn, draft: Draft | None) -> AsyncGenerator[str, None]:
        # perceive: the person's words are stored before anything can fail.
        turn.at = now = self.clock()
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

        # "Forget that", "what do you remember about me?", a request a skill can do…
        # are answered by os1 itself, from its records, first.
        turn.answer = await first_answer(self.answerers, turn)
        # Danger told is answered by the OS itself (crisis.py) and felt all the same.
        if turn.answer is None or danger_told(turn.text) is not None:
            self._gathering.gather(turn, now)

        pieces: list[str] = []
        finished = False
        try:
            async for piece in self._think(turn, draft):
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

    async def _think(self, turn: Turn, draft: Draft | None) -> AsyncIterator[str]:
        """think: the brain writes the reply, shaped by the OS's feelings and read by the guard;
        the draft begun ahead is the reply when what was really felt drew the same plan."""
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
        plan = self._writer.plan(turn, self._drafts)
        self._drafts += 1
        if draft is not None and draft.plan == plan:
            turn.usage, drafting, sentences = draft.usage, draft.drafting, draft.sentences()
            turn.mark("drafted_ahead")
        else:
            drafting = plan.drafting(self.brain, turn.usage)
            sentences = drafting.sentences()
        first = True
        async for sentence in sentences:
            yield sentence if first else " " + sentence
            first = False
        turn.path, turn.rejected = drafting.path, drafting.rejected

    def speculate(self, heard: str) -> None:
        """Draft the reply to `heard` (speculation.py); `say(heard)` takes it up."""
        self.drop_draft()
        if (turn := self._foreseen(heard)) is None:
            return
        said = turn.expression
        # (Not one answered from the records: the brain would not write it.)
        if said is None or not (said.account or said.planned):
            plan = self._writer.plan(turn, self._drafts)
            self._draft = Draft(turn.text, plan, self.brain, after=self._read_first())

    def drop_draft(self) -> None:
        """The person went on: the reply begun for what they had said is not needed."""
        draft, self._draft = self._draft, None
        if draft is not None:
            draft.drop()

    async def anticipate(self, heard: str) -> None:
        """Have the brain read the prompt `say(heard)` would have, while the person may still
        go on: nothing is stored or felt, so nothing needs undoing (`speculate` also writes)."""
        if not isinstance(self.brain, Prefilling):
            return
        if (turn := self._foreseen(heard)) is None:
            return
        if turn.expression is not None and turn.expression.account:
            return  # answered from the records, not by the brain
        if (ahead := self._read_first()) is not None:
            await asyncio.wait([ahead])
        await self.brain.prefill(self._gathering.prompt(turn))

    def _foreseen(self, heard: str) -> Turn | None:
        """The turn `heard` would be, gathered ahead: its words not stored, nothing felt."""
        try:
            text = perceive(heard, self.limits.max_message_chars)
        except InputError:
            return None
        turn = Turn(self.user_id, text, "voice")
        self._gathering.gather(turn, self.clock(), ahead=True)
        return turn

    def _read_first(self) -> asyncio.Task[None] | None:
        """The reading ahead (`_read_ahead`) while it is still to finish in this loop: the
        brain's next work waits for it, or it would read its guess over that work."""
        ahead = self._reading_ahead
        if ahead is None or ahead.get_loop() is not asyncio.get_running_loop():
            return None
        return ahead

    def _read_ahead(self, brain: Prefilling, turn: Turn) -> None:
        """Have the brain read the history the next turn will start with, while the person
        listens: then only the next turn's own words are left to read (see llamacpp.py)."""
        task = asyncio.get_running_loop().create_task(
            brain.prefill(self._gathering.next_start(turn))
        )
        self._reading_ahead = task  # kept, so the task is not collected half-way
