"""Your OS in the OpenAI API's shapes, so the `openai` client (and tools built on it) talk to it.

Authenticated with one of the person's API keys (`Authorization: Bearer os1-...`).
The model id is the OS's own name.

The OS keeps its own history, memory and feelings, so a chat completion is
one turn: the last user message is what the person says, and the messages
before it (which the client resends every time) are not read again. What
the OS answers is stored like any other turn.
"""

from __future__ import annotations

import asyncio
import io
import json
import secrets
import time
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

import numpy as np
from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from os1.errors import InputError
from os1.server.hosting import Hosting, hosting
from os1.server.personal_os import PersonalOS
from os1.server.security import Caller, caller
from os1.voice.audio import RATE
from os1.voice.text_to_speech import SAMPLE_RATE, Delivery
from os1.voice.vad import utterances

router = APIRouter(prefix="/v1")
Signed = Annotated[Caller, Depends(caller)]
Hosted = Annotated[Hosting, Depends(hosting)]
MAX_AUDIO_BYTES = 25 * 1024 * 1024  # the OpenAI API's own limit for an upload
MAX_SPEECH_CHARS = 4096  # and for text to speak


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


class SpeechRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1, max_length=200)
    input: str = Field(min_length=1, max_length=MAX_SPEECH_CHARS)
    voice: str | dict[str, Any] = "os1"
    response_format: Literal["wav", "pcm"] = "wav"
    speed: float = Field(1.0, ge=0.25, le=4.0)


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


@router.post("/audio/transcriptions", response_model=None)
async def transcriptions(
    who: Signed,
    host: Hosted,
    file: Annotated[UploadFile, File()],
    model: Annotated[str, Form(max_length=200)],
    response_format: Annotated[Literal["json", "text"], Form()] = "json",
) -> dict[str, Any] | Response:
    """What was said in an uploaded recording (any common format); the model name is
    not used: the server's own Whisper listens."""
    data = await file.read(MAX_AUDIO_BYTES + 1)
    if len(data) > MAX_AUDIO_BYTES:
        raise InputError("That recording is over 25 MB", "send a shorter one")
    if not data:
        raise InputError("That recording is empty", "send an audio file")
    samples = await asyncio.to_thread(_decode, data)
    # Whisper hears words in silence ("you", "thank you"): only stretches that voice
    # activity detection calls speech are transcribed.
    spoken = await asyncio.to_thread(utterances, samples)
    text = ""
    if spoken:
        speech = samples[spoken[0][0] : spoken[-1][1]]
        text = await asyncio.to_thread(host.voices.transcriber.transcribe, speech)
    if response_format == "text":
        return Response(text, media_type="text/plain")
    return {"text": text}


def _decode(data: bytes) -> np.ndarray:
    from faster_whisper.audio import decode_audio

    try:
        samples = decode_audio(io.BytesIO(data), sampling_rate=RATE)
    except Exception as exc:  # PyAV raises its own errors for every kind of bad file
        raise InputError(
            f"That upload is not audio os1 can read ({exc.__class__.__name__})",
            "send a WAV, MP3, OGG or another common audio file",
        ) from exc
    return np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)


@router.post("/audio/speech")
async def speech(body: SpeechRequest, who: Signed, host: Hosted) -> Response:
    """The text in the OS's voice: WAV, or raw 16-bit PCM at 24 kHz (`pcm`)."""
    if not body.input.strip():
        raise InputError("There is nothing to say", "send some text as 'input'")
    samples = await asyncio.to_thread(
        host.voices.speaker.say, body.input, Delivery(rate=body.speed)
    )
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    if body.response_format == "pcm":
        return Response(pcm, media_type="audio/pcm")
    return Response(_wav(pcm), media_type="audio/wav")


def _wav(pcm: bytes) -> bytes:
    import wave

    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(pcm)
    return out.getvalue()
