"""The voice parts the settings ask for."""

from __future__ import annotations

from os1.config import Settings
from os1.voice.wake_word import WakeWord


def wake_word_for(settings: Settings) -> WakeWord | None:
    """The wake word detector the settings ask for, or None to listen all the time."""
    if settings.wake_word is None:
        return None
    return WakeWord(settings.wake_word)
