"""The OpenAI API's audio routes: what was said in a recording, and text in the OS's voice.

Authenticated like the rest of `/v1` with one of the person's API keys; the
model names sent are not used: the server's own Whisper listens and its own
voice speaks.
"""

from __future__ import annotations

import asyncio
import io
from typing import Annotated, Any, Literal

import numpy as np
from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from os1.errors import InputError
from os1.server.hosting import Hosting, hosting
from os1.server.security import Caller, caller
from os1.voice.audio import RATE
from os1.voice.text_to_speech import SAMPLE_RATE, Delivery
from os1.voice.vad import utterances

router = APIRouter(prefix="/v1")
Signed = Annotated[Caller, Depends(caller)]
Hosted = Annotated[Hosting, Depends(hosting)]
MAX_AUDIO_BYTES = 25 * 1024 * 1024  # the OpenAI API's own limit for an upload
MAX_SPEECH_CHARS = 4096  # and for text to speak


class SpeechRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1, max_length=200)
    input: str = Field(min_length=1, max_length=MAX_SPEECH_CHARS)
    voice: str | dict[str, Any] = "os1"
    response_format: Literal["wav", "pcm"] = "wav"
    speed: float = Field(1.0, ge=0.25, le=4.0)


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
