"""First boot: the interview, then the OS chooses its name and says why.

Input and output are callbacks, so the terminal, a test or the web client can
drive the same steps.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from os1.brain.types import Brain
from os1.errors import InputError
from os1.memory.store import Store
from os1.mind.interview import Answers, clean_answer, questions, save_answers
from os1.mind.naming import NameChoice, choose_name
from os1.mind.persona import Persona, save_persona

# Returns the person's answer, or None when there is no more input.
Ask = Callable[[str], Awaitable[str | None]]
Say = Callable[[str], None]


async def interview(ask: Ask, say: Say, retry_invalid: bool = True) -> Answers:
    """Ask each question in turn; an invalid answer is asked again, or raised for scripts."""
    answers = Answers()
    for index in range(len(questions())):
        # Asked one at a time: a later question may use an earlier answer.
        question = questions(answers.user_name)[index]
        while True:
            raw = await ask(question.ask)
            if raw is None:
                return answers
            try:
                value = clean_answer(question.key, raw)
            except InputError as exc:
                if not retry_invalid:
                    raise
                say(str(exc))
                continue
            answers = replace(answers, **{question.key: value})
            break
    return answers


async def first_boot(
    brain: Brain,
    store: Store,
    user_id: str,
    ask: Ask,
    say: Say,
    seed: int = 1,
    retry_invalid: bool = True,
) -> tuple[Persona, NameChoice]:
    answers = await interview(ask, say, retry_invalid)
    say("Thank you. Give me a moment: I'd like to choose a name for myself.")
    persona, choice = await wake(brain, store, user_id, answers, seed)
    say(persona.introduction)
    return persona, choice


async def wake(
    brain: Brain, store: Store, user_id: str, answers: Answers, seed: int = 1
) -> tuple[Persona, NameChoice]:
    """Keep the answers, let the OS choose its name from them, and keep its persona: the
    interview's end, however its questions were asked (the terminal, the web client)."""
    save_answers(store, user_id, answers)
    choice = await choose_name(brain, answers, seed=seed)
    persona = Persona(
        name=choice.name,
        chosen_by=choice.chosen_by,
        reason=choice.reason,
        user_name=answers.user_name,
        naming_notes=list(choice.rejected),
    )
    save_persona(store, user_id, persona)
    return persona, choice
