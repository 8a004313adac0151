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

import secrets
import time
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse

from os1.errors import InputError
from os1.server.hosting import Hosting, hosting
from os1.server.openai_chat_reply import Answer, Structured, chunks
from os1.server.openai_chat_request import ChatRequest, refusal
from os1.server.personal_os import PersonalOS
from os1.server.security import Caller, caller

router = APIRouter(prefix="/v1")
Signed = Annotated[Caller, Depends(caller)]
Hosted = Annotated[Hosting, Depends(hosting)]


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


@router.post("/chat/completions", response_model=None)
async def chat_completions(
    body: ChatRequest, who: Signed, host: Hosted
) -> dict[str, Any] | StreamingResponse:
    personal = _their_os(host, who, body.model)
    refused = refusal(body)
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
            chunks(answer, ident, created, model_id(personal), usage),
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
