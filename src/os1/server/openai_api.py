"""Your OS in the OpenAI API's shapes, so the `openai` client (and tools built on it) talk to it.

Authenticated with one of the person's API keys (`Authorization: Bearer os1-...`).
The model id is the OS's own name.

The OS keeps its own history, memory and feelings, so a chat completion is
one turn: the last user message is what the person says, and the messages
before it (which the client resends every time) are not read again. What
the OS answers is stored like any other turn.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from os1.errors import InputError
from os1.server.hosting import Hosting, hosting
from os1.server.personal_os import PersonalOS
from os1.server.security import Caller, caller

router = APIRouter(prefix="/v1")
Signed = Annotated[Caller, Depends(caller)]
Hosted = Annotated[Hosting, Depends(hosting)]


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


class ChatRequest(BaseModel):
    # Other fields of the OpenAI request (top_p, user, ...) are accepted and not used.
    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1, max_length=200)
    messages: list[ChatMessage] = Field(min_length=1, max_length=2000)
    stream: bool = False


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
    created = int(time.time())
    return {"id": model_id(personal), "object": "model", "created": created, "owned_by": "os1"}


@router.post("/chat/completions", response_model=None)
async def chat_completions(
    body: ChatRequest, who: Signed, host: Hosted
) -> dict[str, Any] | StreamingResponse:
    personal = _their_os(host, who, body.model)
    said = [m for m in body.messages if m.role == "user"]
    if not said:
        raise InputError("There is no user message to answer", "end the messages with one")
    reply = personal.conversation.say(said[-1].text())
    ident = f"chatcmpl-{secrets.token_hex(12)}"
    created = int(time.time())
    if body.stream:
        return StreamingResponse(
            _chunks(reply, ident, created, model_id(personal)), media_type="text/event-stream"
        )
    text = await reply.text()
    usage = reply.turn.usage
    return {
        "id": ident,
        "object": "chat.completion",
        "created": created,
        "model": model_id(personal),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.prompt_tokens + usage.completion_tokens,
        },
    }


async def _chunks(
    reply: AsyncIterator[str], ident: str, created: int, name: str
) -> AsyncIterator[str]:
    def chunk(delta: dict[str, str], finish: str | None = None) -> str:
        body = {
            "id": ident,
            "object": "chat.completion.chunk",
            "created": created,
            "model": name,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        return f"data: {json.dumps(body)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    async for piece in reply:
        yield chunk({"content": piece})
    yield chunk({}, "stop")
    yield "data: [DONE]\n\n"
