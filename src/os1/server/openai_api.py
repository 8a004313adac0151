"""Your OS in the OpenAI API's shapes, so the `openai` client (and tools built on it) talk to it.

Authenticated with one of the person's API keys (`Authorization: Bearer os1-...`).
The model id is the OS's own name.

The OS keeps its own history, memory and feelings, so a chat completion is
one turn: the last user message is what the person says, and the messages
before it (which the client resends every time) are not read again. What
the OS answers is stored like any other turn. A reply asked for as JSON
(`response_format`) is the exception: the brain writes it from the messages
as sent, held to the schema, and it is not a turn of the conversation.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import aclosing
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from os1.brain.types import Message, Request, Role, Usage
from os1.conversation.loop import Reply
from os1.errors import BrainError, InputError, Os1Error, StoreError
from os1.server.hosting import Hosting, hosting
from os1.server.personal_os import PersonalOS
from os1.server.security import Caller, caller

router = APIRouter(prefix="/v1")
Signed = Annotated[Caller, Depends(caller)]
Hosted = Annotated[Hosting, Depends(hosting)]
log = logging.getLogger("os1.server")
_WORD = re.compile(r"\s*\S+")
# The longest JSON reply the OS writes: a record or a short list, not a document (the
# embedded model's whole context is 2048 tokens).
STRUCTURED_TOKENS = 512


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[ContentPart] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return " ".join(part.text or "" for part in self.content if part.type == "text")
        return self.content or ""


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")
    include_usage: bool = False


class ChatRequest(BaseModel):
    # Other fields of the OpenAI request (top_p, user, ...) are accepted and not used;
    # those that would change what the reply is (n, tools) are refused.
    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1, max_length=200)
    messages: list[ChatMessage] = Field(min_length=1, max_length=2000)
    stream: bool = False
    stream_options: StreamOptions | None = None
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    n: int | None = Field(None, ge=1)
    tools: list[Any] | None = None
    tool_choice: Any = None
    functions: list[Any] | None = None
    response_format: dict[str, Any] | None = None
    temperature: float | None = Field(None, ge=0.0, le=2.0)
    seed: int | None = None

    def schema(self) -> dict[str, Any] | None:
        """The JSON Schema the reply must match, when the client asked for JSON."""
        kind = (self.response_format or {}).get("type", "text")
        if kind == "json_object":
            return {"type": "object"}
        if kind == "json_schema":
            given = (self.response_format or {}).get("json_schema") or {}
            schema = given.get("schema") if isinstance(given, dict) else None
            return schema if isinstance(schema, dict) else {"type": "object"}
        return None

    def token_limit(self) -> int | None:
        given = [n for n in (self.max_tokens, self.max_completion_tokens) if n is not None]
        return min(given) if given else None


class Unsupported(InputError):
    """A request field os1 cannot honour: a 400 naming the `param` and OpenAI's `code`
    for it (error_shapes.py), rather than a reply that silently ignores it."""

    def __init__(self, param: str, code: str, problem: str, fix: str) -> None:
        super().__init__(problem, fix)
        self.param = param
        self.code = code


def model_id(personal: PersonalOS) -> str:
    return personal.name


def _their_os(host: Hosting, who: Caller, model: str | None = None) -> PersonalOS:
    personal = host.oses.for_api(who.account.user_id)
    if personal is None:
        raise InputError(
            "This OS has not woken up yet", "sign in on the web page and answer its first questions"
        )
    if model is not None and model.lower() not in {personal.name.lower(), "os1"}:
        raise ModelNotFound(
            f"There is no model '{model}' here: your OS is called {personal.name}",
            f"use the model '{personal.name}' (GET /v1/models lists it)",
        )
    return personal


class ModelNotFound(InputError):
    """Answered with 404, as the OpenAI API does."""


@router.get("/models")
async def models(who: Signed, host: Hosted) -> dict[str, Any]:
    personal = _their_os(host, who)
    return {"object": "list", "data": [_model(personal)]}


@router.get("/models/{name}")
async def model(name: str, who: Signed, host: Hosted) -> dict[str, Any]:
    return _model(_their_os(host, who, name))


def _model(personal: PersonalOS) -> dict[str, Any]:
    # When the OS woke up: the same on every call, as a model's creation time is.
    created = int(datetime.fromisoformat(personal.persona.born_at).timestamp())
    return {"id": model_id(personal), "object": "model", "created": created, "owned_by": "os1"}


def _refusal(body: ChatRequest) -> Unsupported | None:
    if body.n is not None and body.n > 1:
        return Unsupported(
            "n",
            "unsupported_value",
            f"os1 gives one reply to each message, not {body.n}",
            "leave out n (or set it to 1)",
        )
    for param in ("tools", "functions"):
        if getattr(body, param):
            return Unsupported(
                param,
                "unsupported_parameter",
                f"os1 does not call a client's {param}: it acts with its own skills",
                f"leave out {param}, or ask the OS in words (its skills are listed by os1 mcp)",
            )
    if body.tool_choice not in (None, "none"):
        return Unsupported(
            "tool_choice",
            "unsupported_parameter",
            "os1 does not call a client's tools",
            "leave out tool_choice",
        )
    kind = (body.response_format or {}).get("type", "text")
    if kind not in {"text", "json_object", "json_schema"}:
        return Unsupported(
            "response_format",
            "unsupported_value",
            f"os1 answers in words or JSON, not in the format '{kind}'",
            "set response_format's type to text, json_object or json_schema",
        )
    return None


@router.post("/chat/completions", response_model=None)
async def chat_completions(
    body: ChatRequest, who: Signed, host: Hosted
) -> dict[str, Any] | StreamingResponse:
    personal = _their_os(host, who, body.model)
    refused = _refusal(body)
    if refused is not None:
        raise refused
    said = [m for m in body.messages if m.role == "user"]
    if not said:
        raise InputError("There is no user message to answer", "end the messages with one")
    schema = body.schema()
    answer: Answer | Structured
    if schema is not None:
        answer = Structured(personal, body, schema)
    else:
        answer = Answer(personal, personal.conversation.say(said[-1].text()), body.token_limit())
    ident = f"chatcmpl-{secrets.token_hex(12)}"
    created = int(time.time())
    if body.stream:
        usage = body.stream_options is not None and body.stream_options.include_usage
        return StreamingResponse(
            _chunks(answer, ident, created, model_id(personal), usage),
            media_type="text/event-stream",
        )
    text = "".join([piece async for piece in answer.pieces()]).strip()
    return {
        "id": ident,
        "object": "chat.completion",
        "created": created,
        "model": model_id(personal),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": answer.finish,
            }
        ],
        "usage": answer.usage(),
    }


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


async def _chunks(
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
