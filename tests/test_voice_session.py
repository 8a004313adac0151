"""The voice session with the real models: turn taking, barge-in, the echo gate, the wake word.

The person is hibari (a synthetic voice) placed on a timeline; the replies
come from the scripted brain, since these tests are about when the OS speaks
and stops, not about what it says. Sessions run in lockstep, so a recording
gives the same conversation every run.
"""

from __future__ import annotations

import asyncio
import re

import numpy as np

from os1.brain.scripted import ScriptedBrain
from os1.conversation.loop import Conversation
from os1.conversation.spoken import ConversationResponder
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.voice.audio import RATE, resample
from os1.voice.echo_gate import EchoGate
from os1.voice.events import Answered, Heard, Spoken, Stopped, Woke
from os1.voice.phrases import Phrases
from os1.voice.session import VoiceSession
from os1.voice.text_to_speech import SAMPLE_RATE, Speaker
from os1.voice.turn_taking import sounds_finished
from os1.voice.wake_word import WakeWord

# Two sentences: a spoken reply is at most two (the guard cuts it there).
LONG_REPLY = (
    "Let me tell you about the lake: it is very large and very old, and in winter "
    "it freezes from the edges in. People skate there on Sundays, the ice sings, "
    "and I would love to see it with you one day."
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


OTHER_LONG_REPLY = (
    "The harbour was busy this morning, with gulls over every boat and nets drying on "
    "the wall. A fisherman waved at me from his deck, and then the fog rolled in slowly "
    "from the sea until nothing was left but the bell."
)


def _voice(speaker: Speaker, text: str) -> np.ndarray:
    return resample(speaker.speak(text), SAMPLE_RATE, RATE)


def _timeline(*parts: tuple[float, np.ndarray]) -> np.ndarray:
    """Audio placed at given seconds, on silence."""
    end = max(int(at * RATE) + len(audio) for at, audio in parts) + 3 * RATE
    line = np.zeros(end, dtype=np.float32)
    for at, audio in parts:
        line[int(at * RATE) : int(at * RATE) + len(audio)] += audio
    return line


def _onset(audio: np.ndarray) -> int:
    return int(np.argmax(np.abs(audio) > 0.02))


def _end(audio: np.ndarray) -> int:
    return len(audio) - _onset(audio[::-1])


def _session(store, speaker, transcriber, replies, wake_word=None):
    conversation = Conversation(
        ScriptedBrain(replies), store, "local", Persona("Iris", "model", "."), Answers("Theo")
    )
    responder = ConversationResponder(conversation)
    return VoiceSession(responder, transcriber, speaker, wake_word=wake_word, lockstep=True)


async def _play(session: VoiceSession, mic: np.ndarray, echo: float = 0.0, delay_ms: int = 80):
    """Feed `mic` frame by frame; with `echo`, the OS's own voice comes back in, late."""
    played = np.zeros(len(mic) + 60 * RATE, dtype=np.float32)
    events = []
    delay = delay_ms * RATE // 1000
    for index in range(0, len(mic), 512):
        frame = mic[index : index + 512].copy()
        if echo:
            frame += echo * played[index : index + len(frame)]
        await session.hear(frame)
        while not session.events.empty():
            event = session.events.get_nowait()
            events.append(event)
            if isinstance(event, Spoken):
                sound = resample(event.samples, SAMPLE_RATE, RATE)
                # The microphone hears it `delay` late.
                played[event.at + delay : event.at + delay + len(sound)] = sound
            elif isinstance(event, Stopped):
                played[event.at + delay :] = 0
    await session.finish()
    while not session.events.empty():
        events.append(session.events.get_nowait())
    return events


def test_replies_start_with_the_first_phrase_and_then_go_sentence_by_sentence():
    phrases = Phrases()
    found = []
    for piece in ["Oh, Theo", ", that sounds ", "lovely, really. Tell me ", "more! And", " then"]:
        found += phrases.add(piece)
    # "Oh," is too short to say alone; "Oh, Theo," goes at once, then sentences.
    assert found == ["Oh, Theo,", "that sounds lovely, really.", "Tell me more!"]
    assert phrases.rest() == ["And then"]


def test_a_trailing_thought_is_not_a_finished_turn():
    assert sounds_finished("What time is it?")
    assert sounds_finished("Good night.")
    assert not sounds_finished("I was thinking that we could,")
    assert not sounds_finished("I went to the shop and")
    assert not sounds_finished("So, um...")


def test_each_question_is_heard_once_and_answered_where_the_turn_ended(store, speaker, transcriber):
    first, second = _voice(speaker, "What are my plans?"), _voice(speaker, "Good night.")
    mic = _timeline((0.5, first), (8.0, second))
    session = _session(store, speaker, transcriber, ["You have none.", "Sleep well, Theo."])
    events = asyncio.run(_play(session, mic))
    heard = [e for e in events if isinstance(e, Heard)]
    assert [_words(h.text) for h in heard] == [["what", "are", "my", "plans"], ["good", "night"]]
    assert [e.text for e in events if isinstance(e, Answered)] == [
        "You have none.",
        "Goodnight, Theo. Sleep well; I'll be here tomorrow.",  # the OS's own goodbye
    ]
    assert not any(isinstance(e, Stopped) for e in events)
    # The reply starts a moment after the person's last sound: the pause that ended the turn.
    speech_end = int(0.5 * RATE) + _end(first)
    reply = next(e for e in events if isinstance(e, Spoken))
    assert 0 < (reply.at - speech_end) / RATE < 0.6
    turns = store.recent_turns("local", 4)
    assert [t.text for t in turns if t.role == "assistant"] == [
        "You have none.",
        "Goodnight, Theo. Sleep well; I'll be here tomorrow.",
    ]


def test_a_pause_mid_thought_does_not_end_the_turn(store, speaker, transcriber):
    def heard(first: str, then: str) -> list[str]:
        start, rest = _voice(speaker, first), _voice(speaker, then)
        # Half a second from the last sound of one to the first sound of the other.
        mic = _timeline((0.5, start), (0.5 + (_end(start) - _onset(rest)) / RATE + 0.5, rest))
        session = _session(store, speaker, transcriber, ["What a lovely idea.", "Mm."])
        events = asyncio.run(_play(session, mic))
        return [e.text for e in events if isinstance(e, Heard)]

    trailing = heard("I was thinking that we could", "go to the lake.")
    assert len(trailing) == 1 and _words(trailing[0])[-3:] == ["to", "the", "lake"]
    # A statement may lead to the question: the same pause after it is still one turn.
    statement = heard("I was thinking of the lake.", "Is it cold?")
    assert len(statement) == 1 and _words(statement[0])[-3:] == ["is", "it", "cold"]
    # After a question, it ends the turn.
    assert len(heard("Is the lake cold?", "It is lovely.")) == 2


def test_speaking_over_the_os_stops_it_within_100_ms_and_only_what_was_heard_is_kept(
    store, speaker, transcriber
):
    question, interruption = _voice(speaker, "Tell me about the lake."), _voice(speaker, "Wait.")
    cut_in = 0.5 + len(question) / RATE + 2.5  # two seconds or so into the reply
    mic = _timeline((0.5, question), (cut_in, interruption))
    session = _session(store, speaker, transcriber, [LONG_REPLY, "Yes?"])
    events = asyncio.run(_play(session, mic))
    stopped = [e for e in events if isinstance(e, Stopped)]
    assert len(stopped) == 1
    spoke_at = int(cut_in * RATE) + _onset(interruption)
    assert -50 <= (stopped[0].at - spoke_at) * 1000 / RATE <= 100
    said = stopped[0].said
    assert said and LONG_REPLY.startswith(said) and len(said) < len(LONG_REPLY) / 2
    assert [_words(e.text) for e in events if isinstance(e, Heard)][-1] == ["wait"]
    stored = [t for t in store.recent_turns("local", 4) if t.role == "assistant"]
    assert stored[0].text == said and stored[0].meta["interrupted"] is True
    assert stored[1].text == "Yes?"


def test_the_os_does_not_take_its_own_voice_for_the_person(store, speaker, transcriber):
    question = _voice(speaker, "Tell me about the lake.")
    mic = _timeline((0.5, question))
    session = _session(store, speaker, transcriber, [LONG_REPLY])
    events = asyncio.run(_play(session, mic, echo=0.3))
    assert not any(isinstance(e, Stopped) for e in events)
    assert len([e for e in events if isinstance(e, Heard)]) == 1
    # The same echo with the gate open: the OS interrupts itself, so the gate is what holds.
    # Worded anew: the same long reply again, in the same history, would be a loop.
    open_gate = _session(store, speaker, transcriber, [OTHER_LONG_REPLY])
    open_gate._gate = EchoGate(coupling=0.0)
    events = asyncio.run(_play(open_gate, mic, echo=0.3))
    assert any(isinstance(e, Stopped) for e in events)


def test_through_the_echo_the_person_can_still_interrupt(store, speaker, transcriber):
    question, interruption = _voice(speaker, "Tell me about the lake."), _voice(speaker, "Stop.")
    cut_in = 0.5 + len(question) / RATE + 2.5
    mic = _timeline((0.5, question), (cut_in, interruption))
    session = _session(store, speaker, transcriber, [LONG_REPLY, "Sorry."])
    events = asyncio.run(_play(session, mic, echo=0.3))
    stopped = [e for e in events if isinstance(e, Stopped)]
    assert len(stopped) == 1
    spoke_at = int(cut_in * RATE) + _onset(interruption)
    assert -50 <= (stopped[0].at - spoke_at) * 1000 / RATE <= 100


def test_with_a_wake_word_the_os_answers_only_once_called(store, speaker, transcriber):
    ignored, called = (
        _voice(speaker, "What time is it?"),
        _voice(speaker, "Hey Jarvis, what time is it?"),
    )
    mic = _timeline((0.5, ignored), (4.0, called))
    session = _session(
        store, speaker, transcriber, ["Nearly noon."], wake_word=WakeWord("hey_jarvis")
    )
    events = asyncio.run(_play(session, mic))
    assert sum(isinstance(e, Woke) for e in events) == 1
    heard = [e.text for e in events if isinstance(e, Heard)]
    assert [_words(h) for h in heard] == [["what", "time", "is", "it"]]


def test_silence_and_noise_make_no_turns(store, speaker, transcriber):
    session = _session(store, speaker, transcriber, [])
    silence = np.zeros(10 * 60 * RATE, dtype=np.float32)
    noise = np.clip(np.random.default_rng(3).normal(0, 0.9, 5 * RATE), -1, 1).astype(np.float32)
    events = asyncio.run(_play(session, np.concatenate([silence, noise])))
    assert events == []


def test_hanging_up_mid_reply_keeps_only_what_was_heard(store, speaker, transcriber):
    question = _voice(speaker, "Tell me about the lake.")
    session = _session(store, speaker, transcriber, [LONG_REPLY])

    async def call() -> list:
        await session.hear(_timeline((0.5, question))[: int((1.3 + len(question) / RATE) * RATE)])
        await session.close()  # about half a second into the reply
        found = []
        while not session.events.empty():
            found.append(session.events.get_nowait())
        return found

    events = asyncio.run(call())
    stopped = [e for e in events if isinstance(e, Stopped)]
    assert len(stopped) == 1 and LONG_REPLY.startswith(stopped[0].said)
    assert len(stopped[0].said) < len(LONG_REPLY) / 3
    (reply,) = [t for t in store.recent_turns("local", 2) if t.role == "assistant"]
    assert reply.meta["interrupted"] is True and reply.text == stopped[0].said


def test_the_os_can_speak_first_and_be_spoken_over_without_touching_the_conversation(
    store, speaker, transcriber
):
    session = _session(store, speaker, transcriber, ["Yes?"])
    reminder = "It's time to water the plants, all of them. The fern first, then the palm."

    async def run() -> list:
        await session.announce(reminder)
        first = []
        while not session.events.empty():
            first.append(session.events.get_nowait())
        # The person says "Wait." a second into it, while it is still playing.
        mic = _timeline((1.0, _voice(speaker, "Wait.")))
        return first + await _play(session, mic)

    events = asyncio.run(run())
    spoken = [e for e in events if isinstance(e, Spoken)]
    assert spoken[0].at == 0 and spoken[0].text == "It's time to water the plants,"
    assert next(e.text for e in events if isinstance(e, Answered)) == reminder
    stopped = [e for e in events if isinstance(e, Stopped)]
    assert len(stopped) == 1 and reminder.startswith(stopped[0].said)
    # The announcement was never a turn: only the person's words and the answer are stored.
    stored = [(t.role, t.text) for t in store.recent_turns("local", 10)]
    assert [role for role, _ in stored] == ["user", "assistant"]
    assert _words(stored[0][1]) == ["wait"] and stored[1][1] == "Yes?"
