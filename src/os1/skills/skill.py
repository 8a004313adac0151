"""A skill: one thing the OS can do, with typed arguments and a rule about asking first.

The same skill is reached from the conversation (through the intent grammar,
or a capable brain's tool call), from the CLI, and later the API: its
arguments are a pydantic model, so every caller gets the same validation
and the JSON Schema a brain needs to call it.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from os1.errors import InputError, first_problem

A = TypeVar("A", bound=BaseModel)


class NotMine(Exception):
    """Words the grammar took for a request turned out to be conversation (a statement
    about someone the skill does not know): the turn goes on as talk, not as an error."""


class MustKnow(Exception):
    """The skill cannot do this until the person says one more thing: `question` is asked,
    and their next message goes to `then`, which gives the arguments to run with (and may
    raise MustKnow again). "Write a letter to Catherine" asks what it is for."""

    def __init__(self, question: str, then: Callable[[str], BaseModel]) -> None:
        super().__init__(question)
        self.question = question
        self.then = then


@dataclass(frozen=True, slots=True)
class Skill(Generic[A]):
    name: str
    description: str
    arguments: type[A]
    # Either may be a coroutine (a skill that asks a brain); callers await it.
    run: Callable[[A], str | Awaitable[str]]
    # Anything that sends, deletes, moves or spends asks first: this says
    # exactly what will happen, for a yes or a no (None: nothing to ask).
    ask_first: Callable[[A], str | Awaitable[str | None] | None] | None = None

    async def do(self, arguments: A) -> str:
        result = self.run(arguments)
        return await result if inspect.isawaitable(result) else result

    async def question(self, arguments: A) -> str | None:
        if self.ask_first is None:
            return None
        result = self.ask_first(arguments)
        return await result if inspect.isawaitable(result) else result

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
