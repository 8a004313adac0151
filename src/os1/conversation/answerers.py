"""The steps that may answer a turn before the brain, all one shape, walked in order.

"I've been thinking about ending it", "forget that", "what do you remember about me?",
"what did we talk about yesterday?", "how many people do you talk to?", "how have you
changed?", "do you like talking to me?", a request a skill can do, "what's your name?",
"tell me a joke" and "where does Ruth live?" are answered by os1 itself, from its records;
each step is an `Answerer`: given the turn, its reply, or None to let the
next one look. The conversation asks them in order, like a router; the first
that answers answers the turn, and when none does, the brain writes the reply.

Order matters: a pending "forget this for good?" takes the next "yes" before
a skill's question could, and a request a skill understands is done before
the name and life questions read it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from os1.brain.types import Brain
from os1.conversation import own_name
from os1.conversation.acting import Acting
from os1.conversation.company import Company
from os1.conversation.crisis import Crisis
from os1.conversation.day_told import DayTold
from os1.conversation.fondness import Fondness
from os1.conversation.forgetting import Forgetting
from os1.conversation.gift_advice import GiftAdvice
from os1.conversation.growth import Growth
from os1.conversation.jokes import Jokes
from os1.conversation.kind_words import KindWords
from os1.conversation.last_talk import LastTalk
from os1.conversation.life_questions import LifeQuestions
from os1.conversation.listening import Acknowledged, LettingBe, Listening
from os1.conversation.objections import Objections
from os1.conversation.own_life import OwnLife
from os1.conversation.plans_made import PlansMade
from os1.conversation.reassurance import Reassurance
from os1.conversation.recollection import Recollection
from os1.conversation.speeches import Speeches
from os1.conversation.thanked import Thanked
from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.memory.types import LongTermMemory
from os1.mind.persona import Persona
from os1.skills.skill import Catalogue
from os1.skills.tool_choice import BrainToolChooser


class Answerer(Protocol):
    async def answer(self, turn: Turn) -> str | None:
        """The OS's own reply to this turn; None to let the next step, or the brain, answer."""
        ...


async def first_answer(answerers: Sequence[Answerer], turn: Turn) -> str | None:
    """The reply of the first answerer that has one; None when the brain is to answer."""
    for answerer in answerers:
        answer = await answerer.answer(turn)
        if answer is not None:
            return answer
    return None


@dataclass(frozen=True, slots=True)
class OwnName:
    """ "What's your name?", "what are you?": from the persona (own_name.py)."""

    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        return own_name.answer(turn.text, self.persona)


@dataclass(frozen=True, slots=True)
class AboutTheirLife:
    """ "Where does Ruth live?": from what the person said, never from the model
    (life_questions.py)."""

    questions: LifeQuestions

    async def answer(self, turn: Turn) -> str | None:
        if turn.user_turn_id is None:
            return None  # only a stored turn is asked about (its own words are left out)
        return self.questions.answer(turn.text, turn.user_turn_id)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def answerers_for(
    store: Store,
    user_id: str,
    persona: Persona,
    memory: LongTermMemory | None = None,
    *,
    skills: Catalogue | None = None,
    skills_brain: Brain | None = None,
    company: Company | None = None,
    clock: Callable[[], datetime] = _utc_now,
) -> list[Answerer]:
    """Every step that answers this person's turns before the brain, in the order asked.

    Without `skills` the OS does nothing for them, only talks; `skills_brain` (a capable
    brain, never the embedded 135M model) may pick skills the grammar misses.
    """
    chooser = BrainToolChooser(skills_brain, skills) if skills and skills_brain else None
    acting: list[Answerer] = [Acting(skills, clock, chooser)] if skills is not None else []
    return [
        # Danger to their life is answered first, and never by the model.
        Crisis(persona),
        Forgetting(store, user_id, memory),
        Recollection(store, user_id),
        LastTalk(store, user_id, clock),
        company or Company(store, clock=clock),
        Listening(store, user_id, persona),
        Objections(persona),
        Growth(store, user_id, persona),
        Fondness(store, user_id, persona),
        # act: a request the skills' grammar understands is done, not talked about.
        *acting,
        LettingBe(persona),
        Acknowledged(store, user_id, persona),
        Thanked(persona),
        OwnName(persona),
        OwnLife(store, user_id),
        Jokes(store, user_id),
        KindWords(store, user_id, persona),
        Speeches(store, user_id, persona),
        PlansMade(store, user_id, persona),
        DayTold(store, user_id),
        GiftAdvice(),
        Reassurance(persona, store, user_id),
        AboutTheirLife(LifeQuestions(store, user_id, memory)),
    ]
