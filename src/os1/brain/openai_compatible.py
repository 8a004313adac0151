"""Any OpenAI-compatible server: Ollama, vLLM, llama.cpp's server, or OpenAI itself."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

import openai

from os1.brain.decoding import Decoding
from os1.brain.types import Message, Request, Usage
from os1.errors import BrainError

# A server's model is larger than the embedded one and usually tuned for chat: its usual
# sampling, with OpenAI's own frequency penalty against loops (every server takes it).
SERVER_DECODING = Decoding(
    temperature=0.7, top_p=0.95, min_p=0.0, repeat_penalty=1.0, frequency_penalty=0.3,
    tokens_per_sentence=40, stop=(),
)  # fmt: skip


class OpenAICompatibleBrain:
    name = "openai"
    decoding = SERVER_DECODING

    def __init__(
        self, base_url: str, model: str, api_key: str | None = None, timeout: float = 60.0
    ) -> None:
        self.base_url = base_url
        self.model = model
        # Local servers want no key, but the client insists on one.
        self._client = openai.AsyncOpenAI(
            base_url=base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=1
        )

    async def stream(
        self, messages: Sequence[Message], request: Request, usage: Usage | None = None
    ) -> AsyncIterator[str]:
        extra: dict[str, Any] = {}
        if request.seed is not None:
            extra["seed"] = request.seed
        if request.stop:
            extra["stop"] = list(request.stop)
        if request.top_p < 1.0:
            extra["top_p"] = request.top_p
        if request.presence_penalty:
            extra["presence_penalty"] = request.presence_penalty
        if request.frequency_penalty:
            extra["frequency_penalty"] = request.frequency_penalty
        # Not OpenAI's, but llama.cpp's server, vLLM and Ollama read them; sent only
        # when asked for, so OpenAI itself never sees a field it would refuse.
        body = {
            "min_p": request.min_p if request.min_p > 0 else None,
            "repeat_penalty": request.repeat_penalty if request.repeat_penalty != 1.0 else None,
        }
        if any(v is not None for v in body.values()):
            extra["extra_body"] = {k: v for k, v in body.items() if v is not None}
        formats: list[dict[str, Any] | None] = [None]
        if request.schema is not None:
            # OpenAI, vLLM and Ollama take "json_schema"; llama.cpp's Python server
            # takes the schema inside "json_object". Try the standard form first.
            formats = [
                {
                    "type": "json_schema",
                    "json_schema": {"name": "reply", "schema": request.schema, "strict": True},
                },
                {"type": "json_object", "schema": request.schema},
            ]
        for index, response_format in enumerate(formats):
            if response_format is not None:
                extra["response_format"] = response_format
            try:
                chunks = await self._client.chat.completions.create(
                    model=self.model,
                    messages=[{"role": m.role, "content": m.content} for m in messages],  # type: ignore[misc]
                    max_tokens=request.max_tokens,
                    temperature=request.temperature,
                    stream=True,
                    **extra,
                )
            except openai.APIStatusError as exc:
                if index + 1 < len(formats) and "response_format" in str(exc.message):
                    continue
                raise self._explain(exc) from exc
            except openai.APIError as exc:
                raise self._explain(exc) from exc
            if request.reply_start:
                # Servers do not share a way to continue an assistant turn: the start
                # is said, and the model writes its own reply after it.
                yield request.reply_start + " "
            if usage is not None:
                usage.cut_off = False
            try:
                async for chunk in chunks:
                    if not chunk.choices:
                        continue
                    if usage is not None and chunk.choices[0].finish_reason == "length":
                        usage.cut_off = True
                    piece = chunk.choices[0].delta.content
                    if piece:
                        if usage is not None:
                            usage.completion_tokens += 1
                        yield piece
            except openai.APIError as exc:
                raise self._explain(exc) from exc
            return

    def count_tokens(self, text: str) -> int:
        # Servers do not share one tokenizer endpoint; four characters a token is
        # close enough for budgeting English text.
        return max(1, (len(text) + 3) // 4) if text else 0

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        try:
            result = await self._client.embeddings.create(model=self.model, input=list(texts))
        except openai.APIError as exc:
            raise self._explain(exc) from exc
        return [item.embedding for item in result.data]

    def _explain(self, exc: openai.APIError) -> BrainError:
        if isinstance(exc, openai.APITimeoutError):
            return BrainError(
                f"The brain at {self.base_url} did not answer in time",
                "check the server is running and not overloaded, or raise OS1_BRAIN_TIMEOUT",
            )
        if isinstance(exc, openai.APIConnectionError):
            return BrainError(
                f"Cannot reach the brain at {self.base_url}",
                "start the server there or fix OS1_BRAIN_URL",
            )
        if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
            return BrainError(
                f"The brain at {self.base_url} refused the API key",
                "set OS1_BRAIN_KEY to a key that server accepts",
            )
        if isinstance(exc, openai.NotFoundError):
            return BrainError(
                f"The brain at {self.base_url} has no model '{self.model}' (or no such endpoint)",
                "set OS1_BRAIN_MODEL to a model the server lists at /v1/models "
                "and make sure OS1_BRAIN_URL ends in /v1",
            )
        return BrainError(
            f"The brain at {self.base_url} answered with an error ({exc.message})",
            "check the server's log",
        )
