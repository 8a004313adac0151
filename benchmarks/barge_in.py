"""How quickly the OS falls silent when the person speaks over it, and whether its own
voice, heard back through the microphone, ever stops it.

A question, then the person cuts in at a different moment of the reply each
time, with a different word, through the real voice session (Silero, Whisper
tiny.en, hibari; the reply comes from the scripted brain: this measures turn
taking, not the model). Latency is on the session's sample clock, from the
interruption's first sound (the first sample above 0.02) to the sample at
which the session stopped the reply; it is what a sound card would play late,
not counting the card's own buffer. Each case runs twice: with a clean
microphone, and with the OS's own voice coming back at 0.3 of its level,
80 ms late (a laptop without echo cancellation); then the reply plays out
with no interruption and echoes at 0.3, 0.5 and 0.8 of its level, counting
false stops (the gate starts out assuming at most 0.5). Target: within 100 ms (the issue).
The last line printed is one JSON object.
Run: .venv/bin/python benchmarks/barge_in.py
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import statistics
import tempfile

import numpy as np

# Not opening with the question's words: the guard redraws a reply that says them back.
REPLY = (
    "It is very large and very old, and in winter it freezes from the edges in. "
    "People skate there on Sundays, and the ice sings. "
    "I would love to see it with you one day, when the snow has gone."
)
CUTS = [("Wait.", 1.0), ("Stop.", 1.7), ("Hold on.", 2.4), ("Sorry, one thing.", 3.1),
        ("No, listen.", 3.8), ("Actually.", 4.5), ("Hey.", 5.2), ("Excuse me.", 5.9)]  # fmt: skip
ECHO, DELAY_MS = 0.3, 80
_CASES = itertools.count()


async def run(mic: np.ndarray, echo: float, store: object, parts: tuple) -> list[object]:
    from os1.brain.scripted import ScriptedBrain
    from os1.conversation.loop import Conversation
    from os1.conversation.spoken import ConversationResponder
    from os1.mind.interview import Answers
    from os1.mind.persona import Persona
    from os1.voice.audio import RATE, resample
    from os1.voice.events import Spoken, Stopped
    from os1.voice.session import VoiceSession
    from os1.voice.text_to_speech import SAMPLE_RATE

    transcriber, speaker = parts
    # A person of its own for each case: the same reply again in one history is a loop,
    # which the guard redraws (as "Yes?", with nothing left to stop).
    person = f"case{next(_CASES)}"
    store.ensure_user(person)  # type: ignore[attr-defined]
    conversation = Conversation(
        ScriptedBrain([REPLY, "Yes?"]), store, person, Persona("Iris", "model", "."), Answers()
    )
    session = VoiceSession(ConversationResponder(conversation), transcriber, speaker, lockstep=True)
    delay = DELAY_MS * RATE // 1000
    played = np.zeros(len(mic) + 60 * RATE, dtype=np.float32)
    events: list[object] = []
    for index in range(0, len(mic), 512):
        frame = mic[index : index + 512] + echo * played[index : index + 512][: len(mic[index:])]
        await session.hear(frame[:512])
        while not session.events.empty():
            event = session.events.get_nowait()
            events.append(event)
            if isinstance(event, Spoken):
                sound = resample(event.samples, SAMPLE_RATE, RATE)
                played[event.at + delay : event.at + delay + len(sound)] = sound
            elif isinstance(event, Stopped):
                played[event.at + delay :] = 0
    await session.close()
    conversation.close()
    return events


def main() -> None:
    os.environ["OS1_HOME"] = tempfile.mkdtemp(prefix="os1-barge-in-")
    from os1.assembly.stores import store_for
    from os1.config import load_settings
    from os1.voice.audio import RATE, resample
    from os1.voice.events import Stopped
    from os1.voice.speech_to_text import Transcriber
    from os1.voice.text_to_speech import SAMPLE_RATE, Speaker

    store = store_for(load_settings())
    speaker, transcriber = Speaker(), Transcriber()
    question = resample(speaker.speak("Tell me about the lake."), SAMPLE_RATE, RATE)

    def timeline(cut: np.ndarray | None, at_s: float) -> tuple[np.ndarray, int]:
        mic = np.zeros(int((1.5 + len(question) / RATE + at_s + 4) * RATE), np.float32)
        start = RATE // 2
        mic[start : start + len(question)] = question
        if cut is None:
            return mic, 0
        where = int((0.5 + len(question) / RATE + at_s) * RATE)
        mic[where : where + len(cut)] += cut
        return mic, where + int(np.argmax(np.abs(cut) > 0.02))

    figures: dict[str, object] = {}
    for name, echo in (("clean", 0.0), ("echo", ECHO)):
        late: list[float] = []
        for words, at_s in CUTS:
            cut = resample(speaker.speak(words), SAMPLE_RATE, RATE)
            mic, spoke_at = timeline(cut, at_s)
            events = asyncio.run(run(mic, echo, store, (transcriber, speaker)))
            stops = [e for e in events if isinstance(e, Stopped)]
            ms = (stops[0].at - spoke_at) * 1000 / RATE if stops else float("nan")
            late.append(ms)
            print(
                f"{name:5} {words!r:22} at {at_s:.1f} s: stopped {ms:+.0f} ms, {len(stops)} stop(s)"
            )
        heard = [x for x in late if x == x]
        figures[name] = {
            "cases": len(late),
            "stopped": len(heard),
            "p50_ms": round(statistics.median(heard)) if heard else None,
            "max_ms": round(max(heard)) if heard else None,
            "within_100_ms": sum(x <= 100 for x in heard),
        }
    mic, _ = timeline(None, 8.0)
    for level in (0.3, 0.5, 0.8):
        alone = asyncio.run(run(mic, level, store, (transcriber, speaker)))
        figures[f"false_stops_echo_{level}"] = sum(isinstance(e, Stopped) for e in alone)
    figures["target_ms"] = 100
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
