"""The voice parts the settings ask for: the speech models and the wake word."""

from __future__ import annotations

from dataclasses import dataclass

from os1.config import Settings
from os1.voice.speech_to_text import Transcriber
from os1.voice.text_to_speech import Speaker
from os1.voice.wake_word import WakeWord


@dataclass(slots=True)
class Voices:
    """The speech models; each loads on first use and takes one call at a time, so a
    server shares one pair among everyone."""

    transcriber: Transcriber
    speaker: Speaker


def speech_for(settings: Settings, threads: int = 1) -> Voices:
    """The speech models OS1_STT_MODEL names, not yet loaded. A server keeps one thread for
    each (many people, many cores); one person at a terminal gives hearing `threads`."""
    return Voices(Transcriber(settings.stt_model, threads=threads), Speaker())


def wake_word_for(settings: Settings) -> WakeWord | None:
    """The wake word detector the settings ask for, or None to listen all the time."""
    if settings.wake_word is None:
        return None
    return WakeWord(settings.wake_word)
