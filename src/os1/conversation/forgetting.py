""" "Forget that", said in the conversation: os1 shows what it would forget and asks first.

Recognising the request is a small grammar, not the language model: the
embedded model cannot be trusted to pick what to delete. After "yes", the turns
go, with the OS's replies to them and the vectors made from them, and so do the
request and the question that quoted them, since both repeat what was to go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from os1.conversation.consent import GIVEN_UP, MOST_ASKS, Consent, ask_again, engages, read
from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.memory.types import LongTermMemory, StoredTurn
from os1.mind.feeling_words import quote

_REQUEST = re.compile(
    r"^\s*(?:please\s+)?forget\s+(?:"
    r"(?P<last>that|it|this|what i (?:just )?said)"
    r"|(?:what i (?:said|told you)\s+|everything i said\s+)?about\s+(?P<topic>.+?)"
    r")\s*[.!]*\s*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Forgetting:
    store: Store
    user_id: str
    memory: LongTermMemory | None = None
    # Turn ids waiting for the person's yes, and the request that named them.
    pending: list[int] = field(default_factory=list)
    request: int | None = None
    # The question shown, how often it was asked, and the answers it was asked again
    # after (their replies quote it too).
    question: str = ""
    asked: int = 0
    asked_after: list[int] = field(default_factory=list)

    async def answer(self, turn: Turn) -> str | None:
        """The OS's reply if these words are about forgetting; None to talk as usual."""
        text, turn_id = turn.text, turn.user_turn_id
        request = _REQUEST.match(text)
        if self.pending:
            waiting, self.pending = self.pending, []
            consent = read(text, self.question)
            if consent is Consent.YES:
                return self._forget(waiting, self.request)
            if consent is Consent.NO:
                return "Okay, I'll keep it."
            if request is None and engages(text, self.question):
                if self.asked >= MOST_ASKS:
                    return GIVEN_UP
                self.pending, self.asked = waiting, self.asked + 1
                if turn_id is not None:
                    self.asked_after.append(turn_id)
                return ask_again(self.question)
        if request is None:
            return None
        if request["topic"]:
            targets = self._about(request["topic"], turn_id)
        else:
            earlier = [
                t
                for t in self.store.recent_turns(self.user_id, 4)
                if t.role == "user" and t.id != turn_id
            ]
            targets = earlier[-1:]
        if not targets:
            return "I couldn't find anything you said about that."
        self.pending, self.request, self.asked = [t.id for t in targets], turn_id, 1
        self.asked_after = []
        quoted = "; ".join(f"“{quote(t.text, 14)}”" for t in targets)
        self.question = f"Forget this for good? {quoted}"
        return f"{self.question} (yes / no)"

    def _about(self, topic: str, turn_id: int | None) -> list[StoredTurn]:
        if self.memory is None:
            return []
        hits = [(t, s) for t, s in self.memory.search(topic, k=10) if t.role == "user"]
        # A word or two ("no", "ok") holds nothing to forget by itself; it only
        # ranks high for sitting next to what does.
        hits = [(t, s) for t, s in hits if t.id != turn_id and len(t.text.split()) > 2]
        if not hits:
            return []
        # Only what clearly matches: a weak hit shown for deletion would be a guess.
        top = hits[0][1]
        return [t for t, score in hits if score >= 0.5 * top][:3]

    def _forget(self, targets: list[int], request: int | None) -> str:
        gone = sum(self.store.forget_turn(self.user_id, turn_id) for turn_id in targets)
        # The request named it, and the question (its reply, which goes with it) quoted
        # it, as did the question asked again.
        for quoting in ([request] if request is not None else []) + self.asked_after:
            self.store.forget_turn(self.user_id, quoting)
        return f"Done. I've forgotten it ({gone} thing{'s' if gone != 1 else ''} you said)."
