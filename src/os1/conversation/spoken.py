"""A spoken conversation over files: `os1 talk --in question.wav --out answer.wav`.

The recording is cut into utterances where the person paused; each is
transcribed and taken as one turn (source "voice"); each reply is spoken in
the mood's voice, sentence by sentence, and the replies are written one after
another, with a breath between them, into one WAV. Silence, or sound that is
not speech, is answered with nothing and said so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from os1.conversation.loop import Conversation
from os1.errors import InputError
from os1.voice.audio import read_audio, write_wav
from os1.voice.speech_to_text import Transcriber
from os1.voice.text_to_speech import SAMPLE_RATE, Speaker
from os1.voice.vad import utterances

BREATH_S = 0.4
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


@dataclass
class SpokenExchange:
    heard: list[str] = field(default_factory=list)
    said: list[str] = field(default_factory=list)


async def talk_over_files(
    conversation: Conversation,
    listener: Transcriber,
    speaker: Speaker,
    recording: Path,
    answer: Path,
) -> SpokenExchange:
    samples = read_audio(recording)
    exchange = SpokenExchange()
    spoken: list[np.ndarray] = []
    breath = np.zeros(int(BREATH_S * SAMPLE_RATE), dtype=np.float32)
    for start, end in utterances(samples):
        words = listener.transcribe(samples[start:end])
        if not words:
            continue
        try:
            reply = conversation.say(words, source="voice")
        except InputError:
            continue  # a transcript os1 cannot take (none in practice): nothing to answer
        text = await reply.text()
        exchange.heard.append(words)
        exchange.said.append(text)
        expression = reply.turn.expression
        rate = expression.voice.rate if expression is not None else 1.0
        for sentence in _SENTENCE.findall(text):
            if sentence.strip():
                spoken += [speaker.speak(sentence.strip(), rate), breath[: len(breath) // 4]]
        spoken.append(breath)
    if not exchange.heard:
        raise InputError(
            f"No speech was heard in {recording}",
            "speak closer to the microphone, or check the file",
        )
    write_wav(answer, np.concatenate(spoken), SAMPLE_RATE)
    return exchange
