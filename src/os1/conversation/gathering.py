"""recall → feel → prompt: what a reply is written from, gathered once for both uses.

A turn the brain answers is gathered here; so is the turn a reply is drafted
for while the person may still be talking (speculation.py), with two
differences: their words are not stored yet, so they are added to what is
recalled (in the same window they will have once stored), and nothing is
felt or kept for good (the mind only looks ahead).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from os1.brain.types import Brain, Message
from os1.conversation import language
from os1.conversation.turn import Turn
from os1.memory.consolidation import Consolidator
from os1.memory.facts import KnownFacts
from os1.memory.history import window
from os1.memory.store import Store
from os1.memory.types import Fact, LongTermMemory, StoredTurn
from os1.mind.expression import (
    FEELING_AT_ALL,
    Expression,
    asks_about_feelings,
    asks_whether_it_feels,
    express,
)
from os1.mind.inner_life import Felt, InnerLife


@dataclass(frozen=True, slots=True)
class Mind:
    """What the OS remembers and feels with; a part left None is off."""

    inner_life: InnerLife | None = None
    memory: LongTermMemory | None = None
    facts: KnownFacts | None = None
    # Turns what was said into facts in quiet moments.
    consolidator: Consolidator | None = None


class Recall(Protocol):
    def recall(self, turn: Turn, unsaved: StoredTurn | None = None) -> list[StoredTurn]:
        """The turns the prompt shows; `unsaved`: the person's words, not stored yet, last."""
        ...


# Where the last prompt's history began, kept with the person: the next process's prompt
# then begins as the last one's did, and finds its reading kept (brain/kept_starts.py).
HISTORY_START = "history_start"


class RecentHistory:
    """The newest turns within the budget, with a start that moves in jumps (see history.py)."""

    def __init__(self, store: Store, brain: Brain, budget: int) -> None:
        self._store = store
        self._brain = brain
        self._budget = budget
        self._start: int | None = None
        self._start_read = False

    def recall(self, turn: Turn, unsaved: StoredTurn | None = None) -> list[StoredTurn]:
        if not self._start_read:
            kept = self._store.get_state(turn.user_id, HISTORY_START)
            self._start, self._start_read = kept if isinstance(kept, int) else None, True
        # Enough rows to fill any budget: a turn is at least a few tokens.
        rows = max(32, self._budget // 4)
        if unsaved is None:
            candidates = self._store.recent_turns(turn.user_id, limit=rows)
        else:
            # One row less, and the unsaved turn windowed with them as it will be once
            # stored: a prompt got ready ahead is then the very one the turn itself has.
            candidates = [*self._store.recent_turns(turn.user_id, limit=rows - 1), unsaved]
        chosen = window(candidates, self._budget, self._brain.count_tokens, self._start)
        first = chosen[0] if chosen else None
        if first is None or first is not unsaved:  # an unsaved turn has no id to start at
            start = first.id if first is not None else None
            if start != self._start:
                self._store.put_state(turn.user_id, HISTORY_START, start)
            self._start = start
        return chosen


class Gathering:
    """What the reply to a turn is written from: recalled, felt, and put as a prompt."""

    def __init__(
        self,
        brain: Brain,
        recall: Recall,
        mind: Mind,
        system: str,
        person: str | None,
        memory_tokens: int,
        clock: Callable[[], datetime],
    ) -> None:
        self._brain = brain
        self._recall = recall
        self._mind = mind
        self.system = system
        self._person = person
        self._memory_tokens = memory_tokens
        self._clock = clock
        self._language = language.ENGLISH

    def gather(self, turn: Turn, now: datetime, ahead: bool = False) -> None:
        """recall, then feel, into `turn`. `ahead`: the person may still be talking; their
        words are not stored yet and nothing is felt for good (speculation.py)."""
        # Ahead, the language is read but not kept: the words may yet be taken back.
        turn.language = self._language_of(turn.text, keep=not ahead)
        if ahead:
            heard = StoredTurn(0, turn.user_id, None, "user", turn.text, "", None, {})
            turn.recalled = self._recall.recall(turn, heard)
        else:
            turn.recalled = self._recall.recall(turn)
        facts = self._mind.facts
        turn.known = facts.relevant(turn.text) if facts is not None else []
        turn.remembered = self._remember(turn)
        turn.mark("recall")

        turn.expression = self._foresee(turn, now) if ahead else self._feel(turn, now)
        turn.mark("feel")

    def prompt(self, turn: Turn) -> list[Message]:
        messages = [Message("system", self.system)]
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

    def next_start(self, turn: Turn) -> list[Message]:
        """The prompt the next turn will likely start with: the system prompt, the history,
        and the start of this turn's note on how to sound (the mood's tone and the stage of
        the friendship), which the next note shares while feelings hold: read ahead, it is
        not read while the person waits. Any note of facts first, or another tone, only
        makes the guess unused."""
        history = [Message(t.role, t.text) for t in self._recall.recall(turn)]
        start = [Message("system", self.system), *history]
        expression = turn.expression
        if expression is not None and not (expression.account or expression.planned):
            start.append(Message("system", " ".join(expression.instructions[:2])))
        return start

    def _language_of(self, text: str, keep: bool = True) -> str:
        """The person's language: this message's, or, when it is too short to tell, the
        language they last wrote in (`keep`: this message's is then the last)."""
        found = language.detect(text)
        if found is not None and keep:
            self._language = found
        return found or self._language

    def _remember(self, turn: Turn) -> list[StoredTurn]:
        """recall, older: turns from before the recent window that bear on these words."""
        memory = self._mind.memory
        if memory is None or self._memory_tokens <= 0:
            return []
        in_view = {t.id for t in turn.recalled} | {turn.user_turn_id}
        # The facts come first in the same budget: they say more in fewer words.
        used = sum(self._brain.count_tokens(f.text) for f in turn.known)
        chosen = []
        for stored, _ in memory.search(turn.text, k=8, now=self._clock()):
            if stored.id in in_view:
                continue
            cost = stored.tokens or self._brain.count_tokens(stored.text)
            if used + cost > self._memory_tokens:
                continue
            chosen.append(stored)
            used += cost
        return sorted(chosen, key=lambda t: t.id)

    def _feel(self, turn: Turn, now: datetime) -> Expression | None:
        """feel: appraise the words, move mood and affinity, and decide how to sound."""
        inner_life = self._mind.inner_life
        if inner_life is None:
            return None
        felt = inner_life.feel(turn.text, turn.user_turn_id, now)
        return _expression(inner_life, felt, turn.text, now, self._person, turn.user_turn_id)

    def _foresee(self, turn: Turn, now: datetime) -> Expression | None:
        """How the OS would sound if the words end here; its mood is left as it is."""
        inner_life = self._mind.inner_life
        if inner_life is None:
            return None
        felt = inner_life.anticipate(turn.text, now)
        return _expression(inner_life, felt, turn.text, now)


def _expression(
    inner_life: InnerLife, felt: Felt, text: str, now: datetime, person: str | None = None,
    turn_id: int | None = None,
) -> Expression:  # fmt: skip
    """How to sound, after feeling `text`."""
    bond = felt.after.affinity
    # Both read back through the records: only when they will be used.
    asked = inner_life.why(now) if asks_about_feelings(text) else None
    if asked is not None and asks_whether_it_feels(text):
        asked = f"{FEELING_AT_ALL} {asked}"
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
        lowered=inner_life.dynamics.baseline.pleasure - felt.after.mood.point.pleasure,
    )


def known_note(facts: list[Fact]) -> str:
    """Facts from earlier conversations, for the brain: plain and short, as a small model
    reads best (a date or a heading is more for it to copy than to use)."""
    return "You know: " + " ".join(f.text.rstrip(".") + "." for f in facts)


def remembered_note(turns: list[StoredTurn]) -> str:
    """Older things the person said, for the brain, in their words."""
    said = [t.text.strip() for t in turns if t.role == "user"]
    return "Earlier they told you: " + " ".join(f"“{text}”" for text in said) if said else ""
