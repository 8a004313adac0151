"""The vocabulary every brain shares: messages in, text pieces out."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True, slots=True)
class Message:
    role: Role
    content: str


@dataclass(frozen=True, slots=True)
class Request:
    """What to ask a brain for, beyond the messages.

    `schema` constrains the reply to JSON matching a JSON Schema: the embedded
    model enforces it with a grammar, a server with `response_format`.
    """

    max_tokens: int = 300
    temperature: float = 0.7
    seed: int | None = None
    stop: tuple[str, ...] = ()
    schema: dict[str, Any] | None = None


@dataclass(slots=True)
class Usage:
    """Filled in by the brain while a reply streams."""

    prompt_tokens: int = 0
    reused_tokens: int = 0
    completion_tokens: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Brain(Protocol):
    """A language model. Implementations: llamacpp, openai, scripted."""

    name: str

    def stream(
        self, messages: Sequence[Message], request: Request, usage: Usage | None = None
    ) -> AsyncIterator[str]:
        """Yield the reply in pieces as they are written."""
        ...

    def count_tokens(self, text: str) -> int: ...

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """Vectors for the texts; raises BrainError where the backend cannot embed."""
        ...


@runtime_checkable
class Prefilling(Protocol):
    """A brain that can read a prompt's start ahead of time (the embedded one)."""

    async def prefill(self, messages: Sequence[Message]) -> None: ...


async def complete(
    brain: Brain, messages: Sequence[Message], request: Request, usage: Usage | None = None
) -> str:
    """The whole reply at once, for callers that do not stream."""
    return "".join([piece async for piece in brain.stream(messages, request, usage)])
