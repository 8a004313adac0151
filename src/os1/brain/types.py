"""The vocabulary every brain shares: messages in, text pieces out."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:
    # For the annotation only: decoding.py imports Request from here, so a run-time
    # import would be a cycle.
    from os1.brain.decoding import Decoding

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
    # Sampling beyond temperature; the defaults leave each off (see decoding.py).
    top_p: float = 1.0
    min_p: float = 0.0
    repeat_penalty: float = 1.0
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    # The first words of the reply, already chosen: the model goes on from them, and
    # the stream begins with them (see decoding.Decoding.primed).
    reply_start: str = ""


@dataclass(slots=True)
class Usage:
    """Filled in by the brain while a reply streams."""

    prompt_tokens: int = 0
    reused_tokens: int = 0
    completion_tokens: int = 0
    # The last reply stopped at its `max_tokens`, not where the model ended it.
    cut_off: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Brain(Protocol):
    """A language model. Implementations: llamacpp, openai, scripted."""

    name: str
    # How this model's conversational replies are best sampled (decoding.py).
    decoding: Decoding

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

    def keep_read(self) -> object:
        """The conversation has ended: keep what was read ahead for a next process."""
        ...


async def complete(
    brain: Brain, messages: Sequence[Message], request: Request, usage: Usage | None = None
) -> str:
    """The whole reply at once, for callers that do not stream."""
    return "".join([piece async for piece in brain.stream(messages, request, usage)])
