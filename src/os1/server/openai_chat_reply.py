"""A chat completion's reply as the OpenAI API gives it, whole or as a stream of events.

`Answer` is a turn of the conversation, cut at the client's `max_tokens`;
`Structured` is JSON held to a schema, written from the messages as sent and
not a turn. Either is sent whole or as server-sent events (`chunks`), with an
error event if it fails after the stream began.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any, Literal

from os1.brain.types import Message, Request, Role, Usage
from os1.conversation.loop import Reply
from os1.errors import BrainError, InputError, Os1Error, StoreError
from os1.server.openai_chat_request import ChatRequest
from os1.server.personal_os import PersonalOS

log = logging.getLogger("os1.server")
_WORD = re.compile(r"\s*\S+")
# The longest JSON reply the OS writes: a record or a short list, not a document (the
# embedded model's whole context is 2048 tokens).
STRUCTURED_TOKENS = 512


class Answer:
    """A reply as the API gives it: cut at the client's `max_tokens` (within the OS's own
    cap), with why it ended and the tokens it took."""

    def __init__(self, personal: PersonalOS, reply: Reply, limit: int | None) -> None:
        self._conversation = personal.conversation
        self._count = personal.conversation.brain.count_tokens
        self._reply = reply
        self._limit = limit
        self.text = ""
        self.finish: Literal["stop", "length"] = "stop"
        self._capped = False

    async def pieces(self) -> AsyncIterator[str]:
        try:
            async for piece in self._reply:
                if self._limit is not None and self._count(self.text + piece) > self._limit:
                    kept = self._fitting(piece)
                    if kept:
                        self.text += kept
                        yield kept
                    await self._cap()
                    return
                self.text += piece
                yield piece
            if self._reply.turn.usage.cut_off:
                self.finish = "length"  # the OS's own cap: the brain stopped at its budget
        finally:
            await self._reply.aclose()

    def _fitting(self, piece: str) -> str:
        kept = ""
        for word in _WORD.findall(piece):
            if self._count(self.text + kept + word) > (self._limit or 0):
                break
            kept += word
        return kept

    async def _cap(self) -> None:
        # The rest of the reply is not written; what the client got is what was said.
        self.finish, self._capped = "length", True
        await self._reply.aclose()
        self._conversation.cut_short(self._reply.turn, self.text.strip())

    def usage(self) -> dict[str, int]:
        """The brain's own counts where it wrote the reply; where the OS answered itself
        (from its records, its feelings, a skill), its tokenizer's count of the words, so
        that no reply is free: the scripted and OpenAI-server brains count four characters
        a token, the embedded model its real tokens."""
        turn = self._reply.turn
        prompt = turn.usage.prompt_tokens or self._count(turn.text)
        completion = turn.usage.completion_tokens
        if self._capped or not completion:
            completion = self._count(self.text.strip())
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        }


class Structured:
    """A reply held to a JSON Schema by the brain's grammar (the embedded model) or by its
    server's `response_format`: the brain reads the client's messages as they are, and
    the OS neither feels nor remembers it, since it is data asked for, not something said
    to the person."""

    def __init__(self, personal: PersonalOS, body: ChatRequest, schema: dict[str, Any]) -> None:
        self._brain = personal.conversation.brain
        roles: dict[str, Role] = {
            "system": "system",
            "developer": "system",
            "assistant": "assistant",
        }
        self._messages = [Message(roles.get(m.role, "user"), m.text()) for m in body.messages]
        limit = min(body.token_limit() or STRUCTURED_TOKENS, STRUCTURED_TOKENS)
        temperature = body.temperature if body.temperature is not None else 0.0
        self._request = Request(
            max_tokens=limit, temperature=temperature, seed=body.seed, schema=schema
        )
        self._usage = Usage()
        self.finish: Literal["stop", "length"] = "stop"

    async def pieces(self) -> AsyncIterator[str]:
        async with aclosing(self._brain.stream(self._messages, self._request, self._usage)) as out:
            async for piece in out:
                yield piece
        if self._usage.cut_off:
            self.finish = "length"

    def usage(self) -> dict[str, int]:
        prompt = self._usage.prompt_tokens or sum(
            self._brain.count_tokens(m.content) for m in self._messages
        )
        completion = self._usage.completion_tokens
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        }


def _error_event(exc: Exception) -> str:
    """OpenAI's error object, sent in the stream when the reply fails after it began: the
    status line has gone out, so this is the only way left to say why."""
    if isinstance(exc, Os1Error):
        kind = "invalid_request_error" if isinstance(exc, InputError) else "server_error"
        code = "invalid_request"
        if isinstance(exc, BrainError):
            code = "brain_unavailable"
        elif isinstance(exc, StoreError):
            code = "store_unavailable"
        error = {"message": exc.problem, "type": kind, "param": None, "code": code}
        error["fix"] = exc.fix
    else:
        error = {
            "message": "os1 failed unexpectedly while replying; what was said is kept",
            "type": "server_error",
            "param": None,
            "code": "internal_error",
            "fix": "try again; if it repeats, the server's log says why",
        }
    return f"data: {json.dumps({'error': error})}\n\n"


async def chunks(
    answer: Answer | Structured, ident: str, created: int, name: str, usage: bool
) -> AsyncIterator[str]:
    def chunk(choices: list[dict[str, Any]], **extra: Any) -> str:
        body = {
            "id": ident,
            "object": "chat.completion.chunk",
            "created": created,
            "model": name,
            "choices": choices,
        }
        # Asked for usage, OpenAI puts a null one on every chunk before the last.
        if usage:
            body["usage"] = extra.get("usage")
        return f"data: {json.dumps(body)}\n\n"

    def delta(content: dict[str, str], finish: str | None = None) -> str:
        return chunk([{"index": 0, "delta": content, "finish_reason": finish}])

    yield delta({"role": "assistant", "content": ""})
    try:
        async for piece in answer.pieces():
            yield delta({"content": piece})
    except Exception as exc:
        if isinstance(exc, Os1Error):
            log.warning("A streamed chat completion failed: %s", exc)
        else:
            log.exception("A streamed chat completion failed")
        yield _error_event(exc)
        return
    yield delta({}, answer.finish)
    if usage:
        yield chunk([], usage=answer.usage())
    yield "data: [DONE]\n\n"
