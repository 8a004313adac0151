"""From the end of the person's speech to the first sound of the reply, with the embedded stack.

Each question (spoken by hibari, so synthetic: see the caveat in
docs/benchmarks.md) is played in real time, 32 ms frames at the pace a sound
card delivers them, into the same VoiceSession `os1 talk` uses, answered by
the whole embedded conversation: memory, feelings, skills and SmolLM2-135M,
in a fresh home. The figure is wall time from the moment the last voiced
sample was heard to the moment the first reply audio was ready to play.

Two sets: one-sentence questions, and multi-sentence ones (issue 22): two or
three sentences drawn, seeded, from greetings, things people tell before they
ask, and questions or requests, with pauses of 300-900 ms between them; and
real speech: consecutive sentences of one LibriVox reader from
pocketsphinx-testdata spliced with such pauses. For those, `one_turn` is the
share heard and answered as one turn, whole, with no reply audio before the
person's last sound and nothing stopped. Everything on the path is counted:

- draft: silence until the reply is begun as a draft (the speculative reply,
  conversation/speculation.py: as soon as the speculative transcript reads as
  the end of a turn; nothing stored or felt yet);
- begin: silence until the turn is committed (turn_taking's `begin`: 200 ms
  after a question or request, 250 after a statement, longer after a greeting
  or words that trail off): it is stored and felt, and the draft, if its plan
  still holds, is its reply (`drafted_pct`: the share of replies that were);
- first_phrase: from the draft's start (else the commit) until the first
  phrase of the reply is written (recall, feelings and the brain's first words);
- tts: hibari speaking that phrase;
- held: how long that sound then waited for turn_taking's `speak` (the
  silence before the OS may be heard).

The stage figures are medians, so they do not add up to p50 exactly.
Anchors: Pipecat's 500-800 ms round trips with cloud models; GPT-4o voice
320 ms on average; human turn gaps of about 200 ms. Target: p50 <= 500 ms,
p95 <= 800 ms. The last line printed is one JSON object.
Run: .venv/bin/python benchmarks/voice_latency.py [--multi N] [--seed S] [--no-single]
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import statistics
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import ClassVar

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
OPENERS = ["Hi, Lena.", "Hey.", "Good evening.", "Hello there.", "So, I have a question.",
           "Good morning, Lena.", "Okay, listen."]  # fmt: skip
TOLD = [
    "I couldn't sleep last night.", "I had a long day at work.",
    "My sister is visiting next week.", "The weather has been grey all week.",
    "I've been thinking about my father.", "I start a new job on Monday.",
    "My friend Paul is getting married.", "I burned the rice again.",
    "I finally finished the book you mentioned.", "The dog was sick this morning.",
    "I miss the sea.", "There's a storm coming tonight.",
]  # fmt: skip
ASKED = [
    "Can you tell me something kind?", "What should I cook for dinner?",
    "Do you think I should call him?", "Tell me a short story.",
    "How do I say no politely?", "What would you do in my place?",
    "Can you remind me to rest?", "Is it silly to feel this way?",
    "What do you think about that?", "Help me find a good word for it.",
    "Should I go for a walk first?", "Why do you think that happens?",
]  # fmt: skip
PAUSES_S = (0.3, 0.9)


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


def multi_sentence(seed: int, count: int) -> list[tuple[list[str], list[float]]]:
    """Seeded questions of two or three sentences, each ending in a question or request."""
    rng = np.random.default_rng(seed)
    found = []
    for _ in range(count):
        told = [str(t) for t in rng.choice(TOLD, size=int(rng.integers(0, 2)) + 1, replace=False)]
        opener = [str(rng.choice(OPENERS))] if rng.random() < 0.5 else []
        sentences = [*[*opener, *told][:2], str(rng.choice(ASKED))]
        pauses = [float(rng.uniform(*PAUSES_S)) for _ in sentences[1:]]
        found.append((sentences, pauses))
    return found


def real_spliced(seed: int) -> list[tuple[list[str], list[float]]]:
    """Consecutive sentences of the LibriVox reader, in pairs, with seeded pauses."""
    from stt_wer import real_utterances

    rng = np.random.default_rng(seed + 1)
    read = [(str(path), words) for name, path, words in real_utterances() if "librivox" in name]
    return [
        ([f"@{a[0]}|{a[1]}", f"@{b[0]}|{b[1]}"], [float(rng.uniform(*PAUSES_S))])
        for a, b in itertools.pairwise(read)
    ]


def trimmed(audio: np.ndarray) -> np.ndarray:
    """The speech alone, as the voice activity detection finds it: a recording's own
    silence (and a real one's noise floor) is not left to lengthen the pause around it."""
    from os1.voice.vad import PAD_MS, utterances

    found = utterances(audio)
    if not found:
        return audio
    pad = PAD_MS * 16_000 // 1000
    start, end = found[0][0], found[-1][1]
    return audio[start + pad if start else 0 : end - pad if end < len(audio) else end]


async def main(multi: int, seed: int, single: bool) -> None:
    home = Path(tempfile.mkdtemp(prefix="os1-voice-latency-"))
    os.environ["OS1_HOME"] = str(home)
    from os1.assembly.brains import brain_for
    from os1.assembly.conversations import conversation_for
    from os1.assembly.stores import store_for
    from os1.config import load_settings
    from os1.conversation.spoken import ConversationResponder
    from os1.mind.persona import Persona
    from os1.voice.audio import RATE, resample
    from os1.voice.events import Heard, Spoken, Stopped
    from os1.voice.session import VoiceSession
    from os1.voice.speech_to_text import Transcriber
    from os1.voice.text_to_speech import SAMPLE_RATE, Speaker
    from stt_wer import normalised, read_real

    settings = load_settings()
    store = store_for(settings)
    persona = Persona("Lena", "model", "It felt warm.", user_name="Theo")
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

    class Responder(ConversationResponder):
        """Notes when each reply is begun, and each one taken back."""

        begun: ClassVar[list[float]] = []
        drafted: ClassVar[list[float]] = []
        withdrawn = 0
        stood = 0  # begun, overtaken, and not undone: os1 had acted on the words

        def respond(self, heard: str) -> AsyncIterator[str]:
            Responder.begun.append(time.perf_counter())
            return super().respond(heard)

        async def anticipate(self, heard: str) -> None:
            Responder.drafted.append(time.perf_counter())
            await super().anticipate(heard)

        def withdraw(self) -> bool:
            undone = super().withdraw()
            Responder.withdrawn += undone
            Responder.stood += not undone
            return undone

    session = VoiceSession(Responder(conversation), transcriber, speaker)

    def voice_of(sentence: str) -> np.ndarray:
        if sentence.startswith("@"):
            return trimmed(read_real(Path(sentence[1:].split("|")[0])))
        return trimmed(resample(tts.call(sentence), SAMPLE_RATE, RATE))  # type: ignore[operator]

    async def ask(sentences: list[str], pauses: list[float]) -> dict[str, object]:
        parts = [np.zeros(RATE // 2, np.float32), voice_of(sentences[0])]
        for pause, sentence in zip(pauses, sentences[1:], strict=True):
            parts += [np.zeros(int(pause * RATE), np.float32), voice_of(sentence)]
        last_voiced = sum(len(p) for p in parts)
        mic = np.concatenate([*parts, np.zeros(4 * RATE, np.float32)])
        moments: dict[str, float] = {}
        heard: list[str] = []
        spoken_at: list[int] = []
        stops = 0

        def note_events() -> None:
            nonlocal stops
            while not session.events.empty():
                event = session.events.get_nowait()
                if isinstance(event, Heard):
                    heard.append(event.text)
                elif isinstance(event, Spoken):
                    moments.setdefault("sound", time.perf_counter())
                    spoken_at.append(event.at)
                elif isinstance(event, Stopped):
                    stops += 1

        stt.calls.clear()
        tts.calls.clear()
        Responder.begun.clear()
        Responder.drafted.clear()
        withdrawn_before, stood_before = Responder.withdrawn, Responder.stood
        clock_start = session.now
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
        last = moments["last_voiced"]
        said = [s.split("|")[-1] for s in sentences]
        whole = normalised(" ".join(said)).split()
        got = normalised(" ".join(heard)).split()
        one_turn = (
            len(heard) == 1
            and stops == 0
            and all(at >= clock_start + last_voiced for at in spoken_at)
            and len(got) >= 0.8 * len(whole)
        )
        begun = Responder.begun[-1] if Responder.begun else last
        reply = conversation.store.recent_turns("local", 1)[0]
        ahead = "drafted_ahead" in reply.meta.get("marks_ms", {})
        # The draft the reply was: the last one begun before the turn was.
        drafted = max((d for d in Responder.drafted if d <= begun), default=begun)
        started = drafted if ahead else begun
        # The reply's own first phrase voiced: not one of a reply begun in an earlier pause
        # and withdrawn when the person went on.
        first_tts = next((call for call in tts.calls if call[0] >= started), (last, last))
        figures = {
            "total": (moments.get("sound", last) - last) * 1000,
            "draft": (started - last) * 1000,
            "begin": (begun - last) * 1000,
            "first_phrase": (first_tts[0] - started) * 1000,
            "tts": (first_tts[1] - first_tts[0]) * 1000,
            "held": (moments.get("sound", last) - first_tts[1]) * 1000,
            "one_turn": one_turn,
            "withdrawn": Responder.withdrawn - withdrawn_before,
            "stood": Responder.stood - stood_before,
            "ahead": ahead,
        }
        print(
            f"{figures['total']:6.0f} ms {'one turn' if one_turn else 'SPLIT   '} "
            f"{'drafted' if ahead else 'written'} "
            f"{len(heard)} heard, {figures['withdrawn']} withdrawn, {figures['stood']} stood, "
            "pauses "
            f"{[round(p * 1000) for p in pauses]}: {heard!r} -> {reply.text[:40]!r}"
        )
        return figures

    results: dict[str, object] = {}
    sets = {"multi": multi_sentence(seed, multi), "real": real_spliced(seed)}
    if single:
        sets = {"single": [([q], []) for q in QUESTIONS], **sets}
    for name, questions in sets.items():
        print(f"-- {name}")
        runs = [await ask(sentences, pauses) for sentences, pauses in questions]
        totals = [float(r["total"]) for r in runs]  # type: ignore[arg-type]
        results[name] = {
            "utterances": len(runs),
            "p50_ms": round(statistics.median(totals)),
            "p95_ms": round(float(np.percentile(totals, 95))),
            "one_turn_pct": round(100 * sum(bool(r["one_turn"]) for r in runs) / len(runs), 1),
            "withdrawn": sum(int(r["withdrawn"]) for r in runs),  # type: ignore[call-overload]
            "stood": sum(int(r["stood"]) for r in runs),  # type: ignore[call-overload]
            "drafted_pct": round(100 * sum(bool(r["ahead"]) for r in runs) / len(runs), 1),
            "stages": {
                k: round(statistics.median(float(r[k]) for r in runs))  # type: ignore[arg-type]
                for k in ("draft", "begin", "first_phrase", "tts", "held")
            },
        }
    await session.close()
    conversation.close()
    results["load_average"] = [round(x, 2) for x in os.getloadavg()]
    results["target_p50_ms"], results["target_p95_ms"], results["target_one_turn_pct"] = (
        500,
        800,
        95,
    )
    print(json.dumps(results))


if __name__ == "__main__":
    import argparse
    import sys

    sys.path.insert(0, str(Path(__file__).parent))  # for stt_wer's real speech
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--multi", type=int, default=30, help="multi-sentence questions")
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--no-single", action="store_true", help="skip one-sentence questions")
    arguments = parser.parse_args()
    asyncio.run(main(arguments.multi, arguments.seed, not arguments.no_single))
