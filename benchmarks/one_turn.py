"""The share of multi-sentence spoken questions answered as one turn (issue 22).

The questions are benchmarks/voice_latency.py's: two or three sentences drawn,
seeded, from greetings, things people tell before they ask, and questions or
requests, spoken by hibari with pauses of 300-900 ms between them; and real
speech: consecutive sentences of one LibriVox reader (pocketsphinx-testdata)
spliced with such pauses. Each goes through the real voice session (Silero,
Whisper tiny.en, hibari) in lockstep, so thinking takes no time on its clock:
the figures are turn taking's own, the same on a loaded machine as on an idle
one, and a begun reply is heard as early as it can be (the hardest case for a
pause). The replies come from the scripted brain through the real conversation
and store, a person of their own for each question.

A question counts as one turn when it is heard once (with at least 80% as many
words as were said: a misheard word is the recogniser's, not a split), nothing
is stopped, no reply audio is placed before the person's last sound, and one
turn of theirs is stored. `gap_ms` is
from their last sound to the reply's first (turn taking's part of the latency:
the brain's time comes on top of `begin`, and hides `speak`).
The last line printed is one JSON object.
Run: .venv/bin/python benchmarks/one_turn.py [--questions N] [--seed S]
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from stt_wer import normalised, read_real
from voice_latency import multi_sentence, real_spliced, trimmed

REPLIES = ["That sounds like a lot to carry.", "I'm here, and I'm listening."]


async def ask(sentences: list[str], pauses: list[float], person: str, parts: tuple) -> dict:
    from os1.brain.scripted import ScriptedBrain
    from os1.conversation.loop import Conversation
    from os1.conversation.spoken import ConversationResponder
    from os1.mind.interview import Answers
    from os1.mind.persona import Persona
    from os1.voice.audio import RATE, resample
    from os1.voice.events import Heard, Spoken, Stopped
    from os1.voice.session import VoiceSession
    from os1.voice.text_to_speech import SAMPLE_RATE

    store, transcriber, speaker = parts
    store.ensure_user(person)

    def voice_of(sentence: str) -> np.ndarray:
        if sentence.startswith("@"):
            audio = read_real(Path(sentence[1:].split("|")[0]))
        else:
            audio = resample(speaker.speak(sentence), SAMPLE_RATE, RATE)
        return trimmed(audio)

    pieces = [np.zeros(RATE // 2, np.float32), voice_of(sentences[0])]
    for pause, sentence in zip(pauses, sentences[1:], strict=True):
        pieces += [np.zeros(int(pause * RATE), np.float32), voice_of(sentence)]
    last_voiced = sum(len(p) for p in pieces)
    mic = np.concatenate([*pieces, np.zeros(4 * RATE, np.float32)])
    conversation = Conversation(
        # Enough for every reply drafted in a pause and dropped when the person goes on.
        ScriptedBrain(REPLIES * 8),
        store,
        person,
        Persona("Lena", "model", "."),
        Answers("Theo"),
    )
    session = VoiceSession(ConversationResponder(conversation), transcriber, speaker, lockstep=True)
    for index in range(0, len(mic), 512):
        await session.hear(mic[index : index + 512])
    await session.finish()
    await session.close()
    conversation.close()
    events = []
    while not session.events.empty():
        events.append(session.events.get_nowait())
    heard = [e.text for e in events if isinstance(e, Heard)]
    spoken = [e.at for e in events if isinstance(e, Spoken)]
    whole = normalised(" ".join(s.split("|")[-1] for s in sentences)).split()
    got = normalised(" ".join(heard)).split()
    stored = [t for t in store.recent_turns(person, 20) if t.role == "user"]
    one = (
        len(heard) == 1
        and not any(isinstance(e, Stopped) for e in events)
        and bool(spoken)
        and min(spoken) >= last_voiced
        and len(got) >= 0.8 * len(whole)
        and len(stored) == 1
    )
    gap = (min(spoken) - last_voiced) * 1000 / RATE if spoken else float("nan")
    print(
        f"{'one turn' if one else 'SPLIT   '} gap {gap:5.0f} ms, pauses "
        f"{[round(p * 1000) for p in pauses]}: {heard!r}"
    )
    return {"one": one, "gap": gap}


def main(count: int, seed: int) -> None:
    os.environ["OS1_HOME"] = tempfile.mkdtemp(prefix="os1-one-turn-")
    from os1.assembly.stores import store_for
    from os1.config import load_settings
    from os1.voice.speech_to_text import Transcriber
    from os1.voice.text_to_speech import Speaker

    parts = (store_for(load_settings()), Transcriber(), Speaker())
    figures: dict[str, object] = {}
    sets = {"synthetic": multi_sentence(seed, count), "real": real_spliced(seed)}
    number = 0
    for name, questions in sets.items():
        print(f"-- {name}")
        runs: list[dict] = []
        if not questions:
            continue
        for sentences, pauses in questions:
            number += 1
            runs.append(asyncio.run(ask(sentences, pauses, f"q{number}", parts)))
        gaps = [r["gap"] for r in runs if r["gap"] == r["gap"]]
        figures[name] = {
            "questions": len(runs),
            "one_turn_pct": round(100 * sum(r["one"] for r in runs) / len(runs), 1),
            "gap_ms_p50": round(statistics.median(gaps)),
            "gap_ms_p95": round(float(np.percentile(gaps, 95))),
        }
    figures["target_one_turn_pct"] = 95
    print(json.dumps(figures))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=60)
    parser.add_argument("--seed", type=int, default=22)
    arguments = parser.parse_args()
    main(arguments.questions, arguments.seed)
