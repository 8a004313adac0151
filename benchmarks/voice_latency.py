"""From the end of the person's speech to the first sound of the reply, with the embedded stack.

Each utterance (spoken by hibari, so synthetic: see the caveat in
docs/benchmarks.md) is played through the same parts `os1 talk` uses, and the
stages that stand between the last voiced sample and the first reply sample
are timed for real:

- hang: the silence voice activity detection must see before it calls the
  turn over (HANG_MS, a design constant, counted as it is);
- stt: Whisper tiny.en on the utterance;
- brain: SmolLM2-135M streaming, until its first sentence is complete;
- tts: hibari speaking that first sentence.

The reply plays as soon as its first sentence is spoken, so these four add
up to the wait the person hears. One thread each, as on a 2-core laptop.
Anchors: Pipecat's 500-800 ms round trips with cloud models; human turn
gaps of about 200 ms. Target: p50 <= 500 ms, p95 <= 800 ms.
The last line printed is one JSON object.
Run: .venv/bin/python benchmarks/voice_latency.py
"""

from __future__ import annotations

import asyncio
import json
import re
import statistics
import time

import numpy as np

from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.packaged import SMOLLM2_135M, verify
from os1.brain.types import Message, Request
from os1.voice.audio import RATE, resample
from os1.voice.speech_to_text import Transcriber
from os1.voice.text_to_speech import SAMPLE_RATE, Speaker
from os1.voice.vad import HANG_MS, utterances

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
_SENTENCE_END = re.compile(r"[.!?](\s|$)")


async def first_sentence(brain: LlamaCppBrain, text: str) -> str:
    messages = [Message("system", "You are Samantha, a warm companion."), Message("user", text)]
    written = ""
    async for piece in brain.stream(messages, Request(max_tokens=80, temperature=0.7, seed=1)):
        written += piece
        if _SENTENCE_END.search(written.strip() + " ") and len(written.split()) >= 3:
            break
    return written.strip() or "Mm."


def main() -> None:
    speaker, listener = Speaker(threads=1), Transcriber(threads=1)
    brain = LlamaCppBrain(verify(SMOLLM2_135M), threads=1, context_tokens=1024)
    speaker.speak("warm up")
    listener.transcribe(np.zeros(RATE, dtype=np.float32))
    asyncio.run(first_sentence(brain, "Hello."))
    totals, stages = [], {"hang": [], "stt": [], "brain": [], "tts": []}
    for question in QUESTIONS:
        audio = resample(speaker.speak(question), SAMPLE_RATE, RATE)
        padded = np.concatenate(
            [np.zeros(RATE // 2, np.float32), audio, np.zeros(RATE, np.float32)]
        )
        (start, end), *_ = utterances(padded)
        began = time.perf_counter()
        heard = listener.transcribe(padded[start:end])
        stt = time.perf_counter() - began
        began = time.perf_counter()
        sentence = asyncio.run(first_sentence(brain, heard))
        thought = time.perf_counter() - began
        began = time.perf_counter()
        speaker.speak(sentence)
        spoken = time.perf_counter() - began
        timings = {"hang": HANG_MS / 1000, "stt": stt, "brain": thought, "tts": spoken}
        for name, value in timings.items():
            stages[name].append(value * 1000)
        totals.append(sum(timings.values()) * 1000)
        print(f"{sum(timings.values()) * 1000:6.0f} ms  {heard!r} -> {sentence!r}")
    p50, p95 = statistics.median(totals), float(np.percentile(totals, 95))
    print(
        json.dumps(
            {
                "utterances": len(totals),
                "p50_ms": round(p50),
                "p95_ms": round(p95),
                "stages": {k: round(statistics.median(v)) for k, v in stages.items()},
                "target_p50_ms": 500,
                "target_p95_ms": 800,
            }
        )
    )


if __name__ == "__main__":
    main()
