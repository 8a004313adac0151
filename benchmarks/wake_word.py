"""Wake word: how often each packaged model hears its word, and how often it wakes on other speech.

The audio is synthetic, which is what this machine can make: hibari (the voice os1
speaks with, Kokoro-distilled, 24 kHz) at three paces, and eSpeak NG (formant
synthesis, en-us, from `espeakng-loader`; see stt_wer.py) at its own pace.
- Detection: the wake phrase followed by eight different requests (or alone), 24
  hibari utterances (8 x paces 0.8, 1.0, 1.2) and 8 eSpeak ones per wake word, each
  between half-second pauses and heard by a fresh WakeWord; heard = at least one detection.
- False accepts: stt_wer.py's 50 sentences (requests and conversation, none with a
  wake word) at hibari paces 0.9, 1.0, 1.1 and in eSpeak, as one continuous stream
  fed in 512-sample frames (as the voice pipeline would) without resets; every
  detection is a false accept, scaled to an hour.
- Near misses (counted apart, not in the hourly figure): phrases that sound close.
Speed is the time `WakeWord.heard` takes per 32 ms frame over that stream.
The last line printed is one JSON object.
Run: .venv/bin/python benchmarks/wake_word.py
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import numpy as np

from os1.voice.audio import RATE, resample
from os1.voice.text_to_speech import SAMPLE_RATE, Speaker
from os1.voice.wake_word import WAKE_WORD_SHA256, WakeWord
from stt_wer import SENTENCES, ESpeak

FRAME = 512
PAUSE = np.zeros(RATE // 2, dtype=np.float32)
PHRASES = {
    "hey_jarvis": "Hey Jarvis",
    "okay_nabu": "Okay Nabu",
    "alexa": "Alexa",
    "hey_mycroft": "Hey Mycroft",
}
REQUESTS = [
    ".",
    ", what time is it?",
    ", turn on the lights.",
    ", read me my new mail.",
    ", what is on my calendar tomorrow?",
    ", remind me to call my sister at six.",
    " play something calm while I cook.",
    ", how are you feeling today?",
]
# eSpeak's pace is its own: os1 does not set it.
WAKE_PACES = {"hibari": (0.8, 1.0, 1.2), "espeak-ng": (1.0,)}
OTHER_PACES = {"hibari": (0.9, 1.0, 1.1), "espeak-ng": (1.0,)}
NEAR_MISSES = [
    "Hey Jars, that is a funny name for a cat.",
    "Hey Travis, can you pass the salt?",
    "Jarvis was the butler in the old film.",
    "Hey, are you busy?",
    "Okay, now boo to you too.",
    "Alexander will be late tonight.",
    "Hey Michael, my crofter friend.",
    "Hey Marvin, how is the garden?",
]

Voice = Callable[[str, float], np.ndarray]


def count_detections(wake: WakeWord, samples: np.ndarray) -> tuple[int, float]:
    """Detections, and the seconds `heard` took, over 512-sample frames."""
    found, started = 0, time.perf_counter()
    for start in range(0, len(samples), FRAME):
        found += wake.heard(samples[start : start + FRAME])
    return found, time.perf_counter() - started


def main() -> None:
    started = time.perf_counter()
    hibari, espeak = Speaker(threads=1), ESpeak()
    voices: dict[str, Voice] = {
        "hibari": lambda text, pace: resample(hibari.speak(text, pace), SAMPLE_RATE, RATE),
        "espeak-ng": lambda text, pace: resample(espeak.speak(text), espeak.rate, RATE),
    }
    other = np.concatenate(
        [
            np.concatenate([voice(sentence, pace), PAUSE])
            for name, voice in voices.items()
            for pace in OTHER_PACES[name]
            for sentence in SENTENCES
        ]
    )
    other_hours = len(other) / RATE / 3600
    near = [np.concatenate([PAUSE, voices["hibari"](text, 1.0), PAUSE]) for text in NEAR_MISSES]

    results: dict[str, dict[str, object]] = {}
    seconds_heard, audio_heard = 0.0, 0.0
    for name in WAKE_WORD_SHA256:
        wake = WakeWord(name)
        by_voice: dict[str, dict[str, int]] = {}
        heard_total = said_total = 0
        for voice_name, voice in voices.items():
            heard = said = 0
            for pace in WAKE_PACES[voice_name]:
                for request in REQUESTS:
                    wake.reset()
                    clip = np.concatenate([PAUSE, voice(PHRASES[name] + request, pace), PAUSE])
                    if count_detections(wake, clip)[0]:
                        heard += 1
                    else:
                        print(f"{name} missed ({voice_name}, {pace}): {PHRASES[name]}{request}")
                    said += 1
            by_voice[voice_name] = {"heard": heard, "of": said}
            heard_total, said_total = heard_total + heard, said_total + said
        wake.reset()
        false_accepts, seconds = count_detections(wake, other)
        seconds_heard, audio_heard = seconds_heard + seconds, audio_heard + len(other) / RATE
        near_accepted = []
        for text, clip in zip(NEAR_MISSES, near, strict=True):
            wake.reset()
            if count_detections(wake, clip)[0]:
                near_accepted.append(text)
        results[name] = {
            "detection_pct": round(100 * heard_total / said_total, 1),
            "detected": by_voice,
            "false_accepts": false_accepts,
            "false_accepts_per_hour": round(false_accepts / other_hours, 1),
            "near_misses_accepted": near_accepted,
        }
        print(name, json.dumps(results[name]))
    rtf = seconds_heard / audio_heard
    summary = {
        "by_wake_word": results,
        "other_speech_minutes": round(other_hours * 60, 1),
        "ms_per_512_frame": round(1000 * rtf * FRAME / RATE, 3),
        "rtf": round(rtf, 4),
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
