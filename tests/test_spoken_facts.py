"""`os1 talk` reads facts between the person's utterances (issue 18), as `os1 chat` does
between messages: after each reply, in the background, stopped when they speak again, and
what is left when the talk ends, bounded.

A real voice session, live (not in lockstep: frames come on the wall clock while the
OS thinks, as from a microphone), hears synthetic speech (os1's own voice, hibari)
through Whisper; the store, the encoder and the support check are real. The replies
are scripted: these tests are about when facts are read, and the embedded model reads
them where what it reads is checked.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Sequence

import numpy as np
import pytest

from os1.brain.scripted import ScriptedBrain
from os1.brain.types import Brain, Message, Request, Usage
from os1.cli.spoken_facts import SpokenReading
from os1.conversation.gathering import Mind
from os1.conversation.loop import Conversation
from os1.conversation.spoken import ConversationResponder
from os1.memory import fact_records
from os1.memory.consolidation import BrainExtractor, Consolidator
from os1.memory.support import SupportCheck
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.voice.audio import RATE, resample, write_wav
from os1.voice.events import Answered, Event, Heard, Spoken
from os1.voice.session import VoiceSession
from os1.voice.text_to_speech import SAMPLE_RATE
from tests.conftest import run_os1

pytestmark = pytest.mark.store

CHUNK = 512  # 32 ms, as the microphone hands it over


def _spoken(speaker, *sentences_and_pauses: str | float) -> np.ndarray:
    """Sentences with the given silences (s) between them, from 0.5 s in."""
    parts: list[np.ndarray] = [np.zeros(RATE // 2, np.float32)]
    for item in sentences_and_pauses:
        if isinstance(item, str):
            voice = resample(speaker.speak(item), SAMPLE_RATE, RATE)
            loud = np.nonzero(np.abs(voice) > 0.01)[0]
            parts.append(voice[loud[0] : loud[-1] + 1])
        else:
            parts.append(np.zeros(int(item * RATE), np.float32))
    return np.concatenate(parts)


class Seen:
    """Each event as the microphone would show it, with what was true then."""

    def __init__(self, store, reading: SpokenReading) -> None:
        self.store = store
        self.reading = reading
        self.rows: list[tuple[Event, float, bool, list[str]]] = []

    def show(self, event: Event) -> None:
        facts = [f.text for f in fact_records.facts(self.store, "local")]
        self.rows.append((event, time.monotonic(), self.reading.reading(), facts))

    def of(self, kind: type) -> list[tuple[Event, float, bool, list[str]]]:
        return [row for row in self.rows if isinstance(row[0], kind)]


async def _live(
    session: VoiceSession, show: Callable[[Event], None], *parts: np.ndarray | Callable[[], bool]
) -> None:
    """The recordings played in on the wall clock, a chunk every 32 ms, then the end; a
    condition among them is silence until it holds (at most a minute).

    A chunk waits its 32 ms after the session has taken the one before, however long
    that took: on a loaded machine the silences stay as long as recorded, where a
    microphone's queue would hand over a burst after a slow transcript."""

    async def play(chunk: np.ndarray) -> None:
        await session.hear(chunk)
        while not session.events.empty():
            show(session.events.get_nowait())
        await asyncio.sleep(CHUNK / RATE)

    for part in parts:
        if callable(part):
            quiet = time.monotonic()
            while not part():
                assert time.monotonic() - quiet < 60, "the condition did not hold in a minute"
                await play(np.zeros(CHUNK, np.float32))
            continue
        for index in range(0, len(part), CHUNK):
            await play(part[index : index + CHUNK])
    await session.finish()
    while not session.events.empty():
        show(session.events.get_nowait())
    await session.close()


def _talk(
    store, encoder, reader: Brain, speaker, transcriber
) -> tuple[VoiceSession, SpokenReading]:
    consolidator = Consolidator(
        store, "local", "Theo", BrainExtractor(reader), SupportCheck(encoder)
    )
    conversation = Conversation(
        ScriptedBrain(["Porto is lovely in spring.", "That sounds like hard work."]),
        store, "local", Persona("Lena", "model", "."), Answers("Theo"),
        mind=Mind(consolidator=consolidator),
    )  # fmt: skip
    session = VoiceSession(ConversationResponder(conversation), transcriber, speaker)
    reading = SpokenReading(conversation)
    reading.listen_to(session)
    return session, reading


def test_a_fact_told_aloud_is_read_in_the_pause_after_its_reply(
    store, encoder, smollm, speaker, transcriber
):
    told = _spoken(speaker, "My sister Ruth lives in Porto.", 2.0)
    then = _spoken(speaker, "I work as a nurse at the city hospital.", 2.0)
    session, reading = _talk(store, encoder, smollm, speaker, transcriber)
    seen = Seen(store, reading)

    async def talk() -> int:
        def over() -> bool:  # the person is quiet after the reply until it has been read
            return reading.readings >= 1 and not reading.reading()

        await _live(session, reading.shown(seen.show), told, over, then)
        return await reading.finish(within_s=60)  # bounded, as `os1 talk` ends

    read_at_end = asyncio.run(talk())
    heard = seen.of(Heard)
    assert len(heard) == 2, [row[0] for row in seen.rows]
    # Before the second turn was heard, the first had been read, and the reading was over.
    _, _, reading_then, facts_then = heard[1]
    assert any("Porto" in f for f in facts_then), facts_then
    assert not reading_then
    # Nothing was being read while a reply was thought of or spoken.
    assert not any(row[2] for row in [*seen.of(Spoken), *seen.of(Answered)])
    assert [row[0].text for row in seen.of(Answered)] == [  # type: ignore[attr-defined]
        "Porto is lovely in spring.",
        "That sounds like hard work.",
    ]
    # The second turn: read as the talk ended, if the pause after it had not.
    facts = [f.text for f in fact_records.facts(store, "local")]
    assert any("nurse" in f for f in facts), facts
    assert fact_records.count_unconsolidated(store, "local") == 0
    assert read_at_end <= 1
    assert len(facts) == len(set(facts))  # each turn read once


class SlowReader(ScriptedBrain):
    """A reading brain that takes 30 s per turn unless it is stopped: a reply that waited
    on it would show. It counts the readings begun and those cut short."""

    def __init__(self) -> None:
        super().__init__(["Theo's sister Ruth lives in Porto."] * 10)
        self.begun = 0
        self.cut_short = 0

    async def stream(
        self, messages: Sequence[Message], request: Request, usage: Usage | None = None
    ) -> AsyncIterator[str]:
        self.begun += 1
        try:
            await asyncio.sleep(30.0)
        except asyncio.CancelledError:
            self.cut_short += 1
            raise
        async for piece in super().stream(messages, request, usage):
            yield piece


def test_the_reading_stops_when_the_person_speaks_and_no_reply_waits(
    store, encoder, speaker, transcriber
):
    mic = _spoken(
        speaker, "My sister Ruth lives in Porto.", 4.0, "I work as a nurse.", 2.0
    )  # fmt: skip
    reader = SlowReader()
    session, reading = _talk(store, encoder, reader, speaker, transcriber)
    seen = Seen(store, reading)
    voice_at: list[float] = []
    heard_voice = reading.voice

    def voice() -> None:
        voice_at.append(time.monotonic())
        heard_voice()

    session.on_voice = voice

    async def talk() -> int:
        await _live(session, reading.shown(seen.show), mic)
        return await reading.finish(within_s=0.5)

    assert asyncio.run(talk()) == 0  # 30 s a turn: nothing is read in half a second
    heard = seen.of(Heard)
    answered = seen.of(Answered)
    assert len(heard) == 2 and len(answered) == 2, [row[0] for row in seen.rows]
    # A reading began after the first reply, and was stopped by the second turn's sound,
    # before the turn was heard (transcribed); the reply did not wait 30 s for it.
    assert reader.begun >= 1 and reader.cut_short >= 1
    assert reading.stopped >= 1
    assert not heard[1][2]
    assert any(answered[0][1] < at < heard[1][1] for at in voice_at)
    assert answered[1][1] - heard[1][1] < 10.0
    assert not any(row[2] for row in [*seen.of(Spoken), *seen.of(Answered)])
    # Nothing was kept from a reading cut short: the turns wait for the next pause.
    assert fact_records.facts(store, "local") == []
    assert fact_records.count_unconsolidated(store, "local") == 2


def test_os1_talk_through_files_reads_what_was_said_before_it_exits(os1_home, speaker, tmp_path):
    script = tmp_path / "replies.txt"
    script.write_text("Name: Wren\\nWhy: A small bird with a big song.\n")
    env = {"OS1_BRAIN": "scripted", "OS1_BRAIN_SCRIPT": str(script), "OS1_FEELINGS": "0"}
    assert run_os1("setup", input="Theo\n\n\n\n\n", env=env).returncode == 0
    script.write_text("Porto is lovely.\n" * 20)  # a new process reads its script anew
    recording = tmp_path / "told.wav"
    write_wav(recording, speaker.speak("My sister Ruth lives in Porto."), SAMPLE_RATE)
    done = run_os1("talk", "--in", str(recording), "--out", str(tmp_path / "a.wav"), env=env)
    assert done.returncode == 0, done.stderr
    assert "Wren > Porto is lovely." in done.stdout
    with sqlite3.connect(os1_home / "os1.db") as db:
        facts = [text for (text,) in db.execute("SELECT text FROM facts")]
        unread = db.execute(
            "SELECT count(*) FROM turns WHERE role = 'user' AND id NOT IN"
            " (SELECT turn_id FROM consolidated_turns)"
        ).fetchone()[0]
    assert any("Porto" in fact for fact in facts), facts
    assert unread == 0
