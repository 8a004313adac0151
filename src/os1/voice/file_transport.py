"""The file transport: a recording in, the OS's side of the conversation out.

The recording plays into a session as if it were the microphone, and the
answer file is what the speakers would have played, on the same clock: a reply
starts where the person's turn ended and stops where they spoke over it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from os1.errors import InputError, Os1Error
from os1.voice.audio import RATE, read_audio, write_wav
from os1.voice.events import Answered, Event, Failed, Heard, Spoken, Stopped
from os1.voice.session import VoiceSession
from os1.voice.text_to_speech import SAMPLE_RATE

CHUNK = 4096  # how much of the recording is handed over at a time, as a sound card would


@dataclass(slots=True)
class Exchange:
    heard: str
    said: str = ""
    cut_off: bool = False


async def converse_through_files(
    session: VoiceSession, recording: Path, answer: Path
) -> list[Exchange]:
    """Each turn in the recording, with what the OS said back (all of it, or up to the cut)."""
    samples = read_audio(recording)
    for index in range(0, len(samples), CHUNK):
        await session.hear(samples[index : index + CHUNK])
    await session.finish()
    events: list[Event] = []
    while not session.events.empty():
        events.append(session.events.get_nowait())
    failed = next((e for e in events if isinstance(e, Failed)), None)
    if failed is not None:
        raise Os1Error(failed.problem, failed.fix)
    exchanges = _exchanges(events)
    if not exchanges:
        raise InputError(
            f"No speech was heard in {recording}",
            "speak closer to the microphone, or check the file",
        )
    write_wav(answer, _speakers(events, len(samples)), SAMPLE_RATE)
    return exchanges


def _exchanges(events: list[Event]) -> list[Exchange]:
    found: list[Exchange] = []
    for event in events:
        if isinstance(event, Heard):
            found.append(Exchange(event.text))
        elif isinstance(event, Answered) and found:
            found[-1].said = event.text
        elif isinstance(event, Stopped) and found:
            found[-1].said, found[-1].cut_off = event.said, True
    return found


def _speakers(events: list[Event], heard_samples: int) -> np.ndarray:
    """What the speakers played, at the voice's rate, as long as the recording or longer."""

    def at(sample: int) -> int:
        return sample * SAMPLE_RATE // RATE

    ends = [at(e.at) + len(e.samples) for e in events if isinstance(e, Spoken)]
    played = np.zeros(max([at(heard_samples), *ends]), dtype=np.float32)
    for event in events:
        if isinstance(event, Spoken):
            played[at(event.at) : at(event.at) + len(event.samples)] = event.samples
        elif isinstance(event, Stopped):
            played[at(event.at) :] = 0.0
    return played
