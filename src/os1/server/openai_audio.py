"""The OpenAI API's audio routes: what was said in a recording, and text in the OS's voice.

Authenticated like the rest of `/v1` with one of the person's API keys; the
model names sent are not used: the server's own Whisper listens and its own
voice speaks.

A transcript comes as OpenAI gives it: `json`, `text`, `verbose_json` (with
timed segments), `srt` or `vtt`, or streamed (`stream=true`) as
`transcript.text.delta` events and a `transcript.text.done`. A segment is one
stretch of speech as voice activity detection finds it (a pause of 0.3 s ends
one), so its times are where the speech is, not Whisper's guesses.

Speech comes in each of OpenAI's formats: mp3, opus (in Ogg), aac (ADTS), flac
(all encoded by PyAV, FFmpeg's library), wav, or raw 16-bit PCM at 24 kHz; or,
with `stream_format: "sse"`, as `speech.audio.delta` events carrying base64 PCM
a sentence at a time (pcm is then the format when none is asked for; no other
is streamed), and a `speech.audio.done`.
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
import logging
import wave
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import numpy as np
from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from os1.conversation.guard import sentences_in
from os1.errors import InputError, Os1Error
from os1.server.hosting import Hosting, hosting
from os1.server.security import Caller, caller
from os1.voice.audio import RATE, decode
from os1.voice.speech_to_text import Transcriber
from os1.voice.text_to_speech import SAMPLE_RATE, Delivery, Speaker
from os1.voice.vad import utterances

log = logging.getLogger("os1.server")
router = APIRouter(prefix="/v1")
Signed = Annotated[Caller, Depends(caller)]
Hosted = Annotated[Hosting, Depends(hosting)]
MAX_AUDIO_BYTES = 25 * 1024 * 1024  # the OpenAI API's own limit for an upload
MAX_SPEECH_CHARS = 4096  # and for text to speak

TranscriptFormat = Literal["json", "text", "verbose_json", "srt", "vtt"]
SpeechFormat = Literal["mp3", "opus", "aac", "flac", "wav", "pcm"]


@dataclass(frozen=True, slots=True)
class Encoding:
    container: str  # FFmpeg's name for the muxer
    codec: str
    media_type: str


ENCODINGS = {
    "mp3": Encoding("mp3", "libmp3lame", "audio/mpeg"),
    "opus": Encoding("ogg", "libopus", "audio/ogg"),
    "aac": Encoding("adts", "aac", "audio/aac"),
    "flac": Encoding("flac", "flac", "audio/flac"),
}


class SpeechRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1, max_length=200)
    input: str = Field(min_length=1, max_length=MAX_SPEECH_CHARS)
    voice: str | dict[str, Any] = "os1"
    # OpenAI's default is mp3; os1 answered WAV before it could encode mp3, and a client
    # that asked for nothing still gets what it got then.
    # OpenAI's default: a client that asks for nothing saves what it gets as .mp3.
    response_format: SpeechFormat = "mp3"
    speed: float = Field(1.0, ge=0.25, le=4.0)
    stream_format: Literal["audio", "sse"] = "audio"


class Unsupported(InputError):
    """A parameter's value os1 understands but does not do."""

    code = "unsupported_value"

    def __init__(self, problem: str, fix: str, param: str) -> None:
        super().__init__(problem, fix)
        self.param = param


@dataclass(frozen=True, slots=True)
class Segment:
    start: float  # seconds into the recording
    end: float
    text: str


@router.post("/audio/transcriptions", response_model=None)
async def transcriptions(
    who: Signed,
    host: Hosted,
    file: Annotated[UploadFile, File()],
    model: Annotated[str, Form(max_length=200)],
    response_format: Annotated[TranscriptFormat, Form()] = "json",
    stream: Annotated[bool, Form()] = False,
    language: Annotated[str | None, Form(max_length=20)] = None,
    granularities: Annotated[
        list[str] | None, Form(alias="timestamp_granularities[]", max_length=2)
    ] = None,
) -> dict[str, Any] | Response:
    """What was said in an uploaded recording (any common format); the model name is
    not used: the server's own Whisper listens."""
    if granularities and "word" in granularities:
        raise Unsupported(
            "os1 does not time single words",
            "ask for segment timestamps (verbose_json gives them)",
            "timestamp_granularities",
        )
    if language and language.lower() not in ("en", "english"):
        # Whisper is told the language is English (speech_to_text.py): it would not hear
        # another, it would translate it or make English words of it.
        raise Unsupported(
            f"os1 hears only English, not {language[:20]!r}",
            "leave out language, or send 'en'",
            "language",
        )
    if stream and response_format not in ("json", "text"):
        raise Unsupported(
            f"A transcript in {response_format} cannot be streamed",
            "ask for json or text when streaming, or leave out stream",
            "stream",
        )
    data = await file.read(MAX_AUDIO_BYTES + 1)
    if len(data) > MAX_AUDIO_BYTES:
        raise InputError("That recording is over 25 MB", "send a shorter one")
    if not data:
        raise InputError("That recording is empty", "send an audio file")
    samples = await asyncio.to_thread(_decode, data)
    # Whisper hears words in silence ("you", "thank you"): only stretches that voice
    # activity detection calls speech are transcribed.
    spoken = await asyncio.to_thread(utterances, samples)
    transcriber = host.voices.transcriber
    if stream:
        return StreamingResponse(
            _transcript_events(transcriber, samples, spoken), media_type="text/event-stream"
        )
    if response_format in ("json", "text"):
        text = ""
        if spoken:
            speech = samples[spoken[0][0] : spoken[-1][1]]
            text = await asyncio.to_thread(transcriber.transcribe, speech)
        if response_format == "text":
            return Response(text, media_type="text/plain")
        return {"text": text}
    segments = await asyncio.to_thread(lambda: list(_segments(transcriber, samples, spoken)))
    if response_format == "srt":
        return Response(srt(segments), media_type="text/plain")
    if response_format == "vtt":
        return Response(vtt(segments), media_type="text/vtt")
    return {
        "task": "transcribe",
        "language": "english",  # the only language os1's Whisper is asked to hear
        "duration": round(len(samples) / RATE, 3),
        "text": " ".join(s.text for s in segments),
        "segments": [
            {"id": n, "start": s.start, "end": s.end, "text": s.text}
            for n, s in enumerate(segments)
        ],
    }


def _segments(
    transcriber: Transcriber, samples: np.ndarray, spoken: list[tuple[int, int]]
) -> Iterator[Segment]:
    for start, end in spoken:
        text = transcriber.transcribe(samples[start:end]).strip()
        if text:
            yield Segment(round(start / RATE, 3), round(end / RATE, 3), text)


async def _transcript_events(
    transcriber: Transcriber, samples: np.ndarray, spoken: list[tuple[int, int]]
) -> AsyncIterator[str]:
    said: list[str] = []
    try:
        for start, end in spoken:
            text = (await asyncio.to_thread(transcriber.transcribe, samples[start:end])).strip()
            if text:
                piece = text if not said else f" {text}"
                said.append(text)
                yield _event({"type": "transcript.text.delta", "delta": piece})
    except Exception as exc:
        yield _failed(exc, "transcribing")
        return
    yield _event({"type": "transcript.text.done", "text": " ".join(said)})


def _event(body: dict[str, Any]) -> str:
    return f"data: {json.dumps(body)}\n\n"


def _failed(exc: Exception, doing: str) -> str:
    """A failure once the answer has started: it can only be told as an event (the openai
    client raises it as an APIError), never as a status."""
    if isinstance(exc, Os1Error):
        problem, fix = exc.problem, exc.fix
    else:
        log.error("Failed while %s", doing, exc_info=exc)
        problem = f"os1 failed while {doing}; nothing you sent was lost"
        fix = "try again; if it repeats, the server's log says why"
    error = {"message": problem, "type": "server_error", "param": None}
    return _event({"error": error | {"code": "internal_error", "fix": fix}})


def _clock(seconds: float, point: str) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    return f"{hours:02d}:{minutes:02d}:{millis // 1000:02d}{point}{millis % 1000:03d}"


def srt(segments: list[Segment]) -> str:
    return "".join(
        f"{n}\n{_clock(s.start, ',')} --> {_clock(s.end, ',')}\n{s.text}\n\n"
        for n, s in enumerate(segments, 1)
    )


def vtt(segments: list[Segment]) -> str:
    cues = "".join(
        f"{_clock(s.start, '.')} --> {_clock(s.end, '.')}\n{s.text}\n\n" for s in segments
    )
    return f"WEBVTT\n\n{cues}"


def _decode(data: bytes) -> np.ndarray:
    return decode(
        io.BytesIO(data), "That upload", "send a WAV, MP3, OGG or another common audio file"
    )


@router.post("/audio/speech")
async def speech(body: SpeechRequest, who: Signed, host: Hosted) -> Response:
    """The text in the OS's voice, in any of OpenAI's formats (see the module's notes)."""
    if not body.input.strip():
        raise InputError("There is nothing to say", "send some text as 'input'")
    delivery = Delivery(rate=body.speed)
    if body.stream_format == "sse":
        if "response_format" not in body.model_fields_set:
            body.response_format = "pcm"
        if body.response_format != "pcm":
            raise Unsupported(
                f"Streamed speech is sent as pcm, not {body.response_format}",
                "ask for response_format 'pcm' with stream_format 'sse', "
                "or leave out stream_format",
                "response_format",
            )
        return StreamingResponse(
            _speech_events(host.voices.speaker, body.input, delivery),
            media_type="text/event-stream",
        )
    samples = await asyncio.to_thread(host.voices.speaker.say, body.input, delivery)
    if body.response_format == "pcm":
        return Response(_pcm(samples), media_type="audio/pcm")
    if body.response_format == "wav":
        return Response(_wav(_pcm(samples)), media_type="audio/wav")
    encoding = ENCODINGS[body.response_format]
    encoded = await asyncio.to_thread(encode, samples, encoding)
    return Response(encoded, media_type=encoding.media_type)


async def _speech_events(speaker: Speaker, text: str, delivery: Delivery) -> AsyncIterator[str]:
    done, rest = sentences_in(text)
    try:
        for sentence in [*done, rest]:
            if sentence.strip():
                samples = await asyncio.to_thread(speaker.say, sentence, delivery)
                audio = base64.b64encode(_pcm(samples)).decode("ascii")
                yield _event({"type": "speech.audio.delta", "audio": audio})
    except Exception as exc:
        yield _failed(exc, "speaking")
        return
    yield _event({"type": "speech.audio.done"})


def _pcm(samples: np.ndarray) -> bytes:
    return (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()


def _wav(pcm: bytes) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(pcm)
    return out.getvalue()


def encode(samples: np.ndarray, encoding: Encoding) -> bytes:
    """Mono float samples at SAMPLE_RATE as a file in `encoding`."""
    # PyAV takes 0.15 s to import (python -X importtime): paid by the first mp3, opus,
    # aac or flac asked for, not by every server start.
    import av

    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16).reshape(1, -1)
    frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
    frame.sample_rate = SAMPLE_RATE
    out = io.BytesIO()
    with av.open(out, "w", format=encoding.container) as container:
        stream = container.add_stream(encoding.codec, rate=SAMPLE_RATE, layout="mono")
        # PyAV converts the frame to the codec's sample format and cuts it to the codec's
        # frame size itself. Text that says nothing has no samples: an empty frame fails
        # in FFmpeg as "Cannot allocate memory", so the file is left without one.
        for packet in stream.encode(frame) if pcm.size else ():
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()
