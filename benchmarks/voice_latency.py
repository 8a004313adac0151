"""From the end of the person's speech to the first sound of the reply, with the embedded stack.

Each question (spoken by hibari, so synthetic: see the caveat in
docs/benchmarks.md) is played in real time, 32 ms frames at the pace a sound
card delivers them, into the same VoiceSession `os1 talk` uses, answered by
the whole embedded conversation: memory, feelings, skills and SmolLM2-135M,
in a fresh home. The figure is wall time from the moment the last voiced
sample was heard to the moment the first reply audio was ready to play.
Everything on that path is counted:

- end_of_turn: silence until the turn is over (turn_taking: 200 ms after words
  that sound finished, 900 ms after words that trail off);
- stt: the speculative transcript, started at the first silent frame, mostly
  hidden inside end_of_turn;
- first_phrase: from the end of the turn until the first phrase of the reply
  is written (recall, feelings and the brain's first words);
- tts: hibari speaking that phrase.

The stage figures are medians, so they do not add up to p50 exactly.
Anchors: Pipecat's 500-800 ms round trips with cloud models; GPT-4o voice
320 ms on average; human turn gaps of about 200 ms. Target: p50 <= 500 ms,
p95 <= 800 ms. The last line printed is one JSON object.
Run: .venv/bin/python benchmarks/voice_latency.py
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

QUESTIONS = [
    "Good morning, how did you sleep?",
    "What should I cook for dinner tonight?",
    "I had a long day at work.",
    "Can you tell me a short story?",
    "My sister Ruth is visiting next week.",
    "What do you think about the rain?",
    "I feel a little lonely today.",
    "Tell me something that makes you happy.",
    "Should I go for a walk by the lake?",
    "Thank you for listening to me.",
    "Do you remember what I said about coriander?",
    "I finished the letter to my father.",
]
FRAME_S = 512 / 16_000


class Timed:
    """Wraps a callable and keeps (start, end) wall times of each call."""

    def __init__(self, call: object) -> None:
        self.call = call
        self.calls: list[tuple[float, float]] = []

    def __call__(self, *args: object) -> object:
        began = time.perf_counter()
        try:
            return self.call(*args)  # type: ignore[operator]
        finally:
            self.calls.append((began, time.perf_counter()))


async def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="os1-voice-latency-"))
    os.environ["OS1_HOME"] = str(home)
    from os1.assembly.brains import brain_for
    from os1.assembly.conversations import conversation_for
    from os1.assembly.stores import store_for
    from os1.config import load_settings
    from os1.conversation.spoken import ConversationResponder
    from os1.mind.persona import Persona
    from os1.voice.audio import RATE, resample
    from os1.voice.events import Heard, Spoken
    from os1.voice.session import VoiceSession
    from os1.voice.speech_to_text import Transcriber
    from os1.voice.text_to_speech import SAMPLE_RATE, Speaker

    settings = load_settings()
    store = store_for(settings)
    persona = Persona("Samantha", "model", "It felt warm.", user_name="Theo")
    conversation = conversation_for(
        settings, store, brain_for(settings), persona, False
    ).conversation
    transcriber, speaker = Transcriber(threads=2), Speaker(threads=1)
    speaker.speak("warm up")
    transcriber.transcribe(np.zeros(RATE, dtype=np.float32))
    await ConversationResponder(conversation).respond("Hello.").__anext__()

    stt, tts = Timed(transcriber.transcribe), Timed(speaker.speak)
    transcriber.transcribe = stt  # type: ignore[method-assign]
    speaker.speak = tts  # type: ignore[method-assign]
    session = VoiceSession(ConversationResponder(conversation), transcriber, speaker)
    totals: list[float] = []
    stages: dict[str, list[float]] = {"end_of_turn": [], "stt": [], "first_phrase": [], "tts": []}
    for question in QUESTIONS:
        voice = resample(tts.call(question), SAMPLE_RATE, RATE)  # type: ignore[operator]
        loud = np.nonzero(np.abs(voice) > 0.01)[0]
        mic = np.concatenate(
            [np.zeros(RATE // 2, np.float32), voice, np.zeros(4 * RATE, np.float32)]
        )
        last_voiced = RATE // 2 + int(loud[-1])
        moments: dict[str, float] = {}
        said = ""

        def note_events(moments: dict[str, float] = moments) -> None:
            nonlocal said
            while not session.events.empty():
                event = session.events.get_nowait()
                if isinstance(event, Heard):
                    moments["heard"], said = time.perf_counter(), event.text
                elif isinstance(event, Spoken):
                    moments.setdefault("sound", time.perf_counter())

        stt.calls.clear()
        tts.calls.clear()
        began = time.perf_counter()
        for index in range(0, len(mic), 512):
            # Real time: a frame is handed over once it has been "recorded".
            await asyncio.sleep(max(0.0, began + (index + 512) / RATE - time.perf_counter()))
            if "last_voiced" not in moments and index + 512 > last_voiced:
                moments["last_voiced"] = time.perf_counter() - (index + 512 - last_voiced) / RATE
            await session.hear(mic[index : index + 512])
            note_events()
        while session.speaking():  # the reply plays out before the next question
            await asyncio.sleep(FRAME_S)
            await session.hear(np.zeros(512, np.float32))
            note_events()
        last_heard, heard_at, first_sound = (
            moments["last_voiced"],
            moments["heard"],
            moments["sound"],
        )
        total = (first_sound - last_heard) * 1000
        totals.append(total)
        stages["end_of_turn"].append((heard_at - last_heard) * 1000)
        stages["stt"].append((stt.calls[-1][1] - stt.calls[-1][0]) * 1000)
        stages["first_phrase"].append((tts.calls[0][0] - heard_at) * 1000)
        stages["tts"].append((tts.calls[0][1] - tts.calls[0][0]) * 1000)
        reply = conversation.store.recent_turns("local", 1)[0]
        steps = reply.meta.get("marks_ms", {})
        read = reply.meta["prompt_tokens"] - reply.meta["reused_tokens"]
        print(f"{total:6.0f} ms  {said!r} -> {reply.text[:40]!r}... {steps}, {read} tokens read")
    await session.close()
    conversation.close()
    p50, p95 = statistics.median(totals), float(np.percentile(totals, 95))
    figures = {
        "utterances": len(totals),
        "p50_ms": round(p50),
        "p95_ms": round(p95),
        "stages": {k: round(statistics.median(v)) for k, v in stages.items()},
        "target_p50_ms": 500,
        "target_p95_ms": 800,
        "ratio_to_target_p50": round(p50 / 500, 2),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    asyncio.run(main())
