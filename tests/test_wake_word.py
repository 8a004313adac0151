"""The wake word, heard in the packaged hibari voice: where it is said, and nowhere else."""

from __future__ import annotations

import numpy as np
import pytest

from os1.errors import ConfigError
from os1.voice.audio import RATE, resample
from os1.voice.text_to_speech import SAMPLE_RATE, Speaker
from os1.voice.wake_word import WakeWord

FRAME = 512  # what the voice pipeline feeds (silero's 32 ms window)
PAUSE = np.zeros(RATE // 2, dtype=np.float32)

# About 45 s of everyday requests and chat without the wake word, with near sounds in it
# ("hey", "Jarvis" alone, "Hey Travis"): none of it may wake os1.
OTHER_SPEECH = [
    "What time is it?",
    "Remind me to call my sister tomorrow at noon.",
    "Hey, how are you doing today?",
    "Jarvis was the butler in the old film.",
    "Hey Travis, can you pass the salt?",
    "Harvest season starts in the autumn.",
    "Read me my new mail, please.",
    "Put a meeting with Anna on Friday afternoon.",
    "I think I'd like a cup of tea before bed.",
    "The train to Paris leaves at half past nine.",
    "Hey there, it is lovely to hear your voice again.",
    "Could you write a letter to my grandmother?",
    "Turn the music down a little.",
    "Marvellous, thank you very much.",
    "Yesterday I walked along the river for an hour.",
    "Do I have anything on my calendar next week?",
    "Say hi to Charlie for me.",
]


def say(speaker: Speaker, text: str, rate: float = 1.0) -> np.ndarray:
    return resample(speaker.speak(text, rate), SAMPLE_RATE, RATE)


def detections(wake: WakeWord, samples: np.ndarray, frame: int = FRAME) -> list[int]:
    """The sample index at the end of each frame on which the wake word was heard."""
    return [
        min(start + frame, len(samples))
        for start in range(0, len(samples), frame)
        if wake.heard(samples[start : start + frame])
    ]


def test_an_unknown_wake_word_names_the_choices():
    with pytest.raises(ConfigError) as caught:
        WakeWord("hey_computer")
    for name in ("alexa", "hey_jarvis", "hey_mycroft", "okay_nabu"):
        assert name in str(caught.value)


def test_hey_jarvis_is_heard_where_it_is_said(speaker):
    before = say(speaker, "Read me my new mail, please.")
    request = say(speaker, "Hey Jarvis, what time is it?")
    after = say(speaker, "Put a meeting with Anna on Friday afternoon.")
    stream = np.concatenate([before, PAUSE, request, PAUSE, after])

    found = detections(WakeWord("hey_jarvis"), stream)

    # Once, after the request starts and before "Hey Jarvis" said alone would be over,
    # not somewhere in "what time is it" or the sentences either side.
    starts = len(before) + len(PAUSE)
    wake_alone = len(say(speaker, "Hey Jarvis."))
    assert len(found) == 1, found
    assert starts < found[0] <= starts + wake_alone, (found, starts, wake_alone)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("Hey Jarvis.", 1.0),
        ("Hey, Jarvis!", 0.8),
        ("Hey Jarvis, turn on the lights.", 1.2),
        ("Hey Jarvis what's the weather like today?", 0.9),
    ],
)
def test_other_phrasings_and_paces_are_heard_once(speaker, text, rate):
    stream = np.concatenate([PAUSE, say(speaker, text, rate), PAUSE])
    assert len(detections(WakeWord("hey_jarvis"), stream)) == 1


@pytest.mark.parametrize("frame", [160, 1000, 4096])
def test_frames_of_any_length_hear_it(speaker, frame):
    stream = np.concatenate([PAUSE, say(speaker, "Hey Jarvis, what time is it?"), PAUSE])
    assert len(detections(WakeWord("hey_jarvis"), stream, frame)) == 1


def test_other_speech_does_not_wake_it(speaker):
    stream = np.concatenate([np.concatenate([say(speaker, text), PAUSE]) for text in OTHER_SPEECH])
    assert len(stream) / RATE >= 30
    assert detections(WakeWord("hey_jarvis"), stream) == []


def test_reset_forgets_a_half_heard_wake_word(speaker):
    stream = np.concatenate([PAUSE, say(speaker, "Hey Jarvis."), PAUSE])
    heard_at = detections(WakeWord("hey_jarvis"), stream)[0]
    wake = WakeWord("hey_jarvis")
    # Everything up to the frame before it was heard, then a reset, then the rest.
    cut = heard_at - 2 * FRAME
    assert detections(wake, stream[:cut]) == []
    wake.reset()
    assert detections(wake, stream[cut:]) == []
