"""The OpenAI audio routes with the official `openai` client against a real `os1 serve`:
a transcript in each of OpenAI's formats (with times where it has them) and streamed,
speech in each format decoded back by PyAV, and streamed speech as SSE events."""

from __future__ import annotations

import base64
import io
import json
import re
import wave
from collections.abc import Iterator
from pathlib import Path

import av
import httpx2 as httpx
import numpy as np
import openai
import pytest

from os1.assembly.minds import SharedModels
from os1.assembly.voice import Voices
from os1.brain.scripted import ScriptedBrain
from os1.config import Settings
from os1.server.app import create_app
from os1.server.openai_audio import ENCODINGS, encode
from os1.voice.audio import RATE, resample, write_wav
from os1.voice.speech_to_text import Transcriber
from os1.voice.text_to_speech import SAMPLE_RATE
from tests.os1_servers import os1_serve, scripted, serving

PASSWORD = "a long enough password"
FIRST = "Please remind me to call my mother tomorrow."
SECOND = "The garden needs water before the evening."
SAID = "The garden needs water today."


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("openai_audio")
    with os1_serve(home / "server.log", **scripted(home, ["Hello.", "Hello again."])) as url:
        yield url


@pytest.fixture(scope="module")
def api(server: str) -> openai.OpenAI:
    client = httpx.Client(base_url=server, timeout=30)
    made = client.post("/api/signup", json={"username": "audrey", "password": PASSWORD})
    assert made.status_code == 201, made.text
    client.headers["x-csrf-token"] = made.json()["csrf"]
    woke = client.post("/api/interview", json={"user_name": "Audrey", "focus": "sound"})
    assert woke.status_code == 200, woke.text
    key = client.post("/api/keys", json={"name": "tests"}).json()["key"]
    return openai.OpenAI(base_url=f"{server}/v1", api_key=key, timeout=120, max_retries=0)


@pytest.fixture(scope="module")
def recording(speaker, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float, float]:
    """Two sentences spoken by os1's own voice with 1.5 s of silence between them; the
    path, and where (in seconds) the second sentence starts and the recording ends."""
    quiet = np.zeros(int(1.5 * RATE), dtype=np.float32)
    first = resample(speaker.speak(FIRST), SAMPLE_RATE, RATE)
    second = resample(speaker.speak(SECOND), SAMPLE_RATE, RATE)
    samples = np.concatenate([quiet[: RATE // 2], first, quiet, second, quiet[: RATE // 2]])
    path = tmp_path_factory.mktemp("recording") / "two.wav"
    write_wav(path, samples, RATE)
    second_starts = (RATE // 2 + len(first) + len(quiet)) / RATE
    return path, second_starts, len(samples) / RATE


def _words(text: str) -> str:
    return text.lower()


def test_verbose_json_has_a_timed_segment_for_each_sentence(api, recording):
    path, second_starts, length = recording
    with path.open("rb") as f:
        heard = api.audio.transcriptions.create(
            model="whisper-1", file=f, response_format="verbose_json"
        )
    assert heard.language == "english"
    assert heard.duration == pytest.approx(length, abs=0.01)
    assert len(heard.segments) == 2, heard.segments
    one, two = heard.segments
    assert "mother" in _words(one.text) and "garden" in _words(two.text)
    # The voice takes a breath before it speaks: a segment starts a little after its
    # audio does (voice activity detection keeps 0.1 s before the speech).
    assert 0.4 <= one.start < 1.0 and one.end < second_starts
    assert second_starts - 0.1 <= two.start < second_starts + 0.5 and two.end <= length
    assert heard.text == f"{one.text} {two.text}"


def test_srt_and_vtt_carry_the_same_cues(api, recording):
    path, second_starts, _ = recording
    srt = api.audio.transcriptions.create(
        model="whisper-1", file=path.open("rb"), response_format="srt"
    )
    cues = re.findall(r"(\d+)\n(\d\d:\d\d:\d\d,\d{3}) --> (\d\d:\d\d:\d\d,\d{3})\n(.+)\n", srt)
    assert [c[0] for c in cues] == ["1", "2"], srt
    assert "mother" in _words(cues[0][3]) and "garden" in _words(cues[1][3])
    starts = float(cues[1][1][6:].replace(",", "."))
    assert second_starts - 0.1 <= starts < second_starts + 0.5
    vtt = api.audio.transcriptions.create(
        model="whisper-1", file=path.open("rb"), response_format="vtt"
    )
    assert vtt.startswith("WEBVTT\n\n")
    times = re.findall(r"(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})", vtt)
    assert times == [(a.replace(",", "."), b.replace(",", ".")) for _, a, b, _ in cues]


def test_json_and_text_as_before(api, recording):
    path, _, _ = recording
    heard = api.audio.transcriptions.create(model="whisper-1", file=path.open("rb"))
    assert "mother" in _words(heard.text) and "garden" in _words(heard.text)
    text = api.audio.transcriptions.create(
        model="whisper-1", file=path.open("rb"), response_format="text"
    )
    assert isinstance(text, str) and "garden" in _words(text)


def test_a_streamed_transcript_comes_sentence_by_sentence(api, recording):
    path, _, _ = recording
    events = list(
        api.audio.transcriptions.create(model="whisper-1", file=path.open("rb"), stream=True)
    )
    kinds = [e.type for e in events]
    assert kinds == ["transcript.text.delta", "transcript.text.delta", "transcript.text.done"]
    assert "mother" in _words(events[0].delta) and "garden" in _words(events[1].delta)
    assert events[-1].text == events[0].delta + events[1].delta


def test_what_is_not_supported_is_a_clear_400(api, recording):
    path, _, _ = recording
    with pytest.raises(openai.BadRequestError, match="cannot be streamed") as raised:
        api.audio.transcriptions.create(
            model="whisper-1", file=path.open("rb"), response_format="srt", stream=True
        )
    assert (raised.value.code, raised.value.param) == ("unsupported_value", "stream")
    with pytest.raises(openai.BadRequestError, match="single words") as raised:
        api.audio.transcriptions.create(
            model="whisper-1",
            file=path.open("rb"),
            response_format="verbose_json",
            timestamp_granularities=["word"],
        )
    assert raised.value.param == "timestamp_granularities"
    with pytest.raises(openai.BadRequestError, match="only English") as raised:
        api.audio.transcriptions.create(model="whisper-1", file=path.open("rb"), language="fr")
    assert raised.value.param == "language"
    heard = api.audio.transcriptions.create(model="whisper-1", file=path.open("rb"), language="en")
    assert "garden" in heard.text.lower()
    with pytest.raises(openai.BadRequestError, match="sent as pcm") as raised:
        api.audio.speech.create(
            model="tts-1", voice="alloy", input=SAID, response_format="mp3", stream_format="sse"
        )
    assert raised.value.param == "response_format"


def _decoded(data: bytes) -> tuple[str, float, float]:
    """The codec PyAV finds in `data`, its length in seconds and its loudest sample."""
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.audio[0]
        frames = [f.to_ndarray().astype(np.float64) for f in container.decode(audio=0)]
        samples = np.concatenate([f.reshape(-1) for f in frames])
        codec, rate = stream.codec_context.name, stream.rate
    if np.issubdtype(frames[0].dtype, np.integer) or np.abs(samples).max() > 1.5:
        samples = samples / 32768
    return codec, len(samples) / rate, float(np.abs(samples).max())


def test_speech_is_mp3_unless_asked_otherwise_as_openai_s_is(api):
    codec, length, _ = _decoded(
        api.audio.speech.create(model="tts-1", voice="alloy", input=SAID).content
    )
    assert codec in {"mp3", "mp3float"} and length > 1.0


@pytest.mark.parametrize(
    ("fmt", "codecs"),
    [
        ("mp3", {"mp3", "mp3float"}),
        ("opus", {"opus", "libopus"}),
        ("aac", {"aac"}),
        ("flac", {"flac"}),
        ("wav", {"pcm_s16le"}),
    ],
)
def test_speech_in_each_format_is_real_audio_of_the_same_length(api, fmt, codecs):
    wav = api.audio.speech.create(model="tts-1", voice="alloy", input=SAID, response_format="wav")
    with wave.open(io.BytesIO(wav.content)) as plain:
        seconds = plain.getnframes() / plain.getframerate()
    assert 1.0 < seconds < 5.0
    spoken = api.audio.speech.create(model="tts-1", voice="alloy", input=SAID, response_format=fmt)
    codec, length, loudest = _decoded(spoken.content)
    assert codec in codecs
    # Encoders pad a frame or two at each end (AAC's 1024 samples, Opus's pre-skip).
    assert length == pytest.approx(seconds, abs=0.1)
    assert loudest > 0.1  # a voice, not silence


def test_pcm_is_the_wav_without_its_header(api):
    wav = api.audio.speech.create(model="tts-1", voice="alloy", input=SAID, response_format="wav")
    pcm = api.audio.speech.create(model="tts-1", voice="alloy", input=SAID, response_format="pcm")
    with wave.open(io.BytesIO(wav.content)) as plain:
        assert plain.readframes(plain.getnframes()) == pcm.content


def test_streamed_speech_is_sse_pcm_a_sentence_at_a_time(api, server):
    said = f"{FIRST} {SECOND}"
    whole = api.audio.speech.create(model="tts-1", voice="alloy", input=said, response_format="pcm")
    with api.audio.speech.with_streaming_response.create(
        model="tts-1", voice="alloy", input=said, response_format="pcm", stream_format="sse"
    ) as answer:
        assert answer.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in answer.iter_lines() if line.startswith("data: ")]
    events = [json.loads(line.removeprefix("data: ")) for line in lines]
    assert [e["type"] for e in events] == [
        "speech.audio.delta",
        "speech.audio.delta",
        "speech.audio.done",
    ]
    pieces = [base64.b64decode(e["audio"]) for e in events[:2]]
    # Asked for no format, it streams pcm too.
    with api.audio.speech.with_streaming_response.create(
        model="tts-1", voice="alloy", input=said, stream_format="sse"
    ) as answer:
        again = [line for line in answer.iter_lines() if line.startswith("data: ")]
    assert again == lines
    # Each sentence is spoken on its own: together about as long as the whole said at once.
    streamed = sum(len(p) for p in pieces) / 2 / SAMPLE_RATE
    assert streamed == pytest.approx(len(whole.content) / 2 / SAMPLE_RATE, rel=0.15)


class FallsOverAtTheSecond(Transcriber):
    """The real Whisper, which fails at its second stretch of speech."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def transcribe(self, samples: np.ndarray) -> str:
        self.calls += 1
        if self.calls == 2:
            raise RuntimeError("the model fell over")
        return super().transcribe(samples)


def test_a_failure_mid_stream_is_an_error_event_the_client_raises(speaker, recording, tmp_path):
    path, _, _ = recording
    settings = Settings(home=tmp_path, brain="scripted", feelings=False, memory_tokens=0)
    voices = Voices(FallsOverAtTheSecond(), speaker)
    app = create_app(
        settings, brain=ScriptedBrain(["Hi."] * 5), shared=SharedModels(), voices=voices
    )
    with serving(app) as url:
        client = httpx.Client(base_url=url, timeout=60)
        made = client.post("/api/signup", json={"username": "fay", "password": PASSWORD})
        client.headers["x-csrf-token"] = made.json()["csrf"]
        client.post("/api/interview", json={"user_name": "Fay"}).raise_for_status()
        key = client.post("/api/keys", json={"name": "tests"}).json()["key"]
        api = openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0)
        got = []
        with pytest.raises(openai.APIError, match="failed while transcribing") as raised:
            for event in api.audio.transcriptions.create(
                model="whisper-1", file=path.open("rb"), stream=True
            ):
                got.append(event)
    assert [e.type for e in got] == ["transcript.text.delta"]
    assert "mother" in got[0].delta.lower()
    assert raised.value.body["code"] == "internal_error"


def test_speech_of_nothing_is_an_empty_file_not_a_failure():
    # FFmpeg fails on an empty frame ("Cannot allocate memory"); the fuzzer found it.
    for encoding in ENCODINGS.values():
        assert isinstance(encode(np.zeros(0, dtype=np.float32), encoding), bytes)
