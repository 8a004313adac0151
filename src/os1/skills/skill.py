"""A skill: one thing the OS can do, with typed arguments and a rule about asking first.

The same skill is reached from the conversation (through the intent grammar,
or a capable brain's tool call), from the CLI, and later the API: its
arguments are a pydantic model, so every caller gets the same validation
and the JSON Schema a brain needs to call it.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, PrivateAttr, ValidationError

from os1.errors import InputError, first_problem

A = TypeVar("A", bound=BaseModel)


class NotMine(Exception):
    """Words the grammar took for a request turned out to be conversation (a statement
    about someone the skill does not know): the turn goes on as talk, not as an error."""


# The help asked for again, of the thing a skill's question is about, answers it and says go
# on: "Is the letter for Ann?" "Can you help me write it?" (taken for a question of their
# own, and the model answered "I tried, Patrick, but nothing I came up with was good enough").
HELP_WITH_IT = re.compile(
    r"^\W*(?:(?:so |okay,? |ok,? )?(?:can|could|will|would) you (?:please )?|please )?help me"
    r" (?:to )?(?:write|with|do|start) (?:it|this|that|the (?:letter|card|note))\b",
    re.IGNORECASE,
)


class MustKnow(Exception):
    """The skill cannot do this until the person says one more thing: `question` is asked,
    and their next message goes to `then`, which gives the arguments to run with (and may
    raise MustKnow again). "Write a letter to Catherine" asks what it is for."""

    def __init__(
        self, question: str, then: Callable[[str], BaseModel], no_answers: bool = False
    ) -> None:
        super().__init__(question)
        self.question = question
        self.then = then
        # "Is the letter for Sam?": a no answers it (and `then` asks on), not a refusal.
        self.no_answers = no_answers


class Confirmable(BaseModel):
    """The arguments of a skill that asks first. Asking pins them to what the question
    showed (the message and the address, the note and its words), so that a yes runs on
    exactly that and never on a lookup done again: mail that arrived meanwhile from
    someone of the same name, or a new note that took a deleted one's number, is not what
    the person agreed to. The pin is not an argument: no caller can set it, and two
    requests with the same arguments are the same request whatever was shown for either
    (an MCP client's retry carries the request without it)."""

    _shown: Any = PrivateAttr(default=None)

    @property
    def shown(self) -> Any:
        """What the question showed, as its skill resolved it; None if nothing was asked."""
        return self._shown

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Confirmable) or type(self) is not type(other):
            return NotImplemented
        return self.__dict__ == other.__dict__


@dataclass(frozen=True, slots=True)
class Asked:
    """A question to ask first, and what it shows, which a yes to it will act on."""

    question: str
    shown: Any


@dataclass(frozen=True, slots=True)
class Skill(Generic[A]):
    name: str
    description: str
    arguments: type[A]
    # Either may be a coroutine (a skill that asks a brain); callers await it.
    run: Callable[[A], str | Awaitable[str]]
    # Anything that sends, deletes, moves or spends asks first: this says
    # exactly what will happen, for a yes or a no (None: nothing to ask). An
    # `Asked` pins the (Confirmable) arguments to what the question showed.
    ask_first: Callable[[A], str | Asked | Awaitable[str | Asked | None] | None] | None = None
    # Only reads (notes, the calendar, the mail): an agent may call it freely, and as often
    # as it likes. What only reads has nothing to consent to: a question it puts in the
    # conversation is an offer (proofreading's "take them?"), not asked over MCP.
    reads_only: bool = False
    # Works on the conversation itself ("the letter I just wrote"), which an agent over
    # MCP is not part of: not offered there.
    conversation_only: bool = False
    # What a skill that only reads yet asks in the conversation gives an agent instead
    # (proofreading: "the corrected text"), said in its tool's description.
    gives_back: str = ""

    async def do(self, arguments: A) -> str:
        result = self.run(arguments)
        return await result if inspect.isawaitable(result) else result

    async def question(self, arguments: A) -> str | None:
        """What to ask before doing it (None: nothing), pinning the arguments to what it
        shows; hold on to these same arguments for the yes."""
        if self.ask_first is None:
            return None
        result = self.ask_first(arguments)
        asked = await result if inspect.isawaitable(result) else result
        if isinstance(asked, Asked):
            if not isinstance(arguments, Confirmable):
                raise TypeError(f"{self.name}'s arguments cannot hold what was shown")
            arguments._shown = asked.shown
            return asked.question
        return asked

    def parse(self, raw: dict[str, Any]) -> A:
        try:
            return self.arguments.model_validate(raw)
        except ValidationError as exc:
            raise InputError(
                f"I could not {self.description.lower()} ({first_problem(exc, 'the request')})",
                "say it again with what is missing",
            ) from exc

    def schema(self) -> dict[str, Any]:
        """The OpenAI tool-calling shape of this skill."""
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": self.arguments.model_json_schema(),
            },
        }


class Catalogue:
    """The skills one person's OS has, by name."""

    def __init__(self, skills: list[Skill[Any]]) -> None:
        self._skills = {skill.name: skill for skill in skills}

    def __getitem__(self, name: str) -> Skill[Any]:
        return self._skills[name]

    def get(self, name: str) -> Skill[Any] | None:
        return self._skills.get(name)

    def __iter__(self) -> Iterator[Skill[Any]]:
        return iter(self._skills.values())
