"""Turn taking that tells a pause from the end of a turn (issue 22), with the real models.

The person is hibari on a timeline, the session runs in lockstep (thinking takes
no time on its clock), and the replies come from the scripted brain: these tests
are about when a turn ends and what is kept of one taken back, not what is said.
"""

from __future__ import annotations

import asyncio
import re

import numpy as np

from os1.brain.scripted import ScriptedBrain
from os1.conversation.gathering import Mind
from os1.conversation.loop import Conversation
from os1.conversation.spoken import ConversationResponder
from os1.mind.feeling_records import feelings
from os1.mind.inner_life import InnerLife
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.voice.audio import RATE, resample
from os1.voice.events import Answered, Heard, Spoken, Stopped
from os1.voice.session import VoiceSession
from os1.voice.text_to_speech import SAMPLE_RATE
from os1.voice.turn_taking import kind_of, likely_end, wait_for


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def _spoken(speaker, *sentences_and_pauses, tail_s: float = 4.0) -> tuple[np.ndarray, list[int]]:
    """Sentences with the given pauses (s) between their sounds, from 0.5 s in; and the
    sample at which each ends."""
    parts: list[np.ndarray] = [np.zeros(RATE // 2, np.float32)]
    ends: list[int] = []
    for item in sentences_and_pauses:
        if isinstance(item, str):
            voice = resample(speaker.speak(item), SAMPLE_RATE, RATE)
            loud = np.nonzero(np.abs(voice) > 0.01)[0]
            parts.append(voice[loud[0] : loud[-1] + 1])
            ends.append(sum(len(p) for p in parts))
        else:
            parts.append(np.zeros(int(item * RATE), np.float32))
    return np.concatenate([*parts, np.zeros(int(tail_s * RATE), np.float32)]), ends


async def _play(session: VoiceSession, mic: np.ndarray) -> list[object]:
    events: list[object] = []
    for index in range(0, len(mic), 512):
        await session.hear(mic[index : index + 512])
        while not session.events.empty():
            events.append(session.events.get_nowait())
    await session.finish()
    await session.close()  # as `os1 talk --in` does: the reply, played out, stays said
    while not session.events.empty():
        events.append(session.events.get_nowait())
    return events


def _lena(store, speaker, transcriber, replies: list[str], **conversation: object) -> VoiceSession:
    """A voice session with Lena, who says `replies` in turn (the brain is not under test)."""
    talk = Conversation(
        ScriptedBrain(replies), store, "local", Persona("Lena", "model", "."), Answers("Theo"),
        **conversation,  # type: ignore[arg-type]
    )  # fmt: skip
    return VoiceSession(ConversationResponder(talk), transcriber, speaker, lockstep=True)


def test_what_was_said_decides_how_long_the_pause_may_be():
    assert kind_of("Can you tell me something kind?") == "closing"
    assert kind_of("Read me my mail.") == "closing"
    assert kind_of("Thank you, Lena.") == "closing"
    assert kind_of("Hi, Lena.") == "opening"
    assert kind_of("Good morning.") == "opening"
    assert kind_of("I have a question.") == "opening"
    assert kind_of("I couldn't sleep.") == "statement"
    assert kind_of("Hi, Lena. I couldn't sleep.") == "statement"  # the last sentence counts
    assert kind_of("I went to the shop but") == "unfinished"
    assert kind_of("I think that.") == "unfinished"
    assert kind_of("What do you think about that?") == "closing"
    question, statement = wait_for("What time is it?"), wait_for("I had a long day.")
    assert question.begin_ms <= statement.begin_ms and question.speak_ms < statement.speak_ms
    # Someone who has paused long mid-turn is given longer after a statement.
    assert wait_for("I had a long day.", [1400]).speak_ms > statement.speak_ms
    assert wait_for("I had a long day.", [1400]).speak_ms > 1400
    # A reply is begun in the pause (drafted) only where the turn has likely ended.
    assert likely_end("Can you tell me something kind?") and likely_end("Read me my mail.")
    assert not likely_end("I couldn't sleep.")  # held a second anyway: time to write it
    assert not likely_end("Hi, Lena.") and not likely_end("I went to the shop but")


def test_a_question_with_pauses_is_one_turn_and_a_begun_reply_is_taken_back_unfelt(
    store, speaker, transcriber, appraiser
):
    """The new user's trial: three sentences with pauses; the reply begun after the second
    is dropped unheard, and the whole question is stored, felt and answered once."""
    mic, (*_, question_end) = _spoken(
        speaker,
        "Hi, Lena.",
        0.6,
        "I couldn't sleep.",
        0.8,
        "Can you tell me something kind?",
        # The recording ends before the reply has played: all of it is said all the same.
        tail_s=1.0,
    )
    life = InnerLife(store, "local", appraiser)
    replies = ["Oh no, I'm sorry.", "You are kinder than you know."]
    session = _lena(store, speaker, transcriber, replies, mind=Mind(inner_life=life))
    events = asyncio.run(_play(session, mic))
    heard = [e.text for e in events if isinstance(e, Heard)]
    assert len(heard) == 1
    words = _words(heard[0])
    assert words[-6:] == ["can", "you", "tell", "me", "something", "kind"]
    assert "sleep" in words
    assert [e.text for e in events if isinstance(e, Answered)] == ["You are kinder than you know."]
    assert not any(isinstance(e, Stopped) for e in events)
    assert min(e.at for e in events if isinstance(e, Spoken)) > question_end
    turns = store.recent_turns("local", 10)
    assert [t.role for t in turns] == ["user", "assistant"]
    assert turns[0].text == heard[0].strip()
    # Felt once, for the whole: one exchange, from the mood as it was before it all.
    exchanges = [f for f in feelings(store, "local") if f.kind == "exchange"]
    assert [f.turn_id for f in exchanges] == [turns[0].id]
    start = life.dynamics.start(exchanges[0].at).point.rounded(4)
    assert exchanges[0].record["mood_before"] == start


def test_after_a_question_the_reply_comes_soon_and_the_person_can_still_speak_over_it(
    store, speaker, transcriber
):
    mic, (question_end, _) = _spoken(speaker, "What time is it?", 3.0, "Wait.")
    replies = ["It is a little past nine, and the evening is quiet.", "Yes?"]
    session = _lena(store, speaker, transcriber, replies)
    events = asyncio.run(_play(session, mic))
    first = next(e for e in events if isinstance(e, Spoken))
    assert 0.2 <= (first.at - question_end) / RATE <= 0.6
    assert len([e for e in events if isinstance(e, Heard)]) == 2
    assert any(isinstance(e, Stopped) for e in events)


def test_a_turn_os1_answered_itself_stands_when_the_person_goes_on(store, speaker, transcriber):
    """An answerer may have acted (a skill ran, something was forgotten): no undo takes
    that back, so the begun turn stands and the person's going on is a turn of its own."""
    mic, _ = _spoken(speaker, "What's your name?", 0.3, "Tell me again.")
    # The brain begins a reply to the question in the pause (the draft, conversation/
    # speculation.py), before the turn finds os1 answers it itself; the draft is dropped.
    drafted = "My name is a draft nobody hears."
    session = _lena(store, speaker, transcriber, [drafted, "I said it just now."])
    events = asyncio.run(_play(session, mic))
    heard = [_words(e.text) for e in events if isinstance(e, Heard)]
    assert heard == [["what's", "your", "name"], ["tell", "me", "again"]]
    assert [e.said for e in events if isinstance(e, Stopped)] == [""]
    # Not a sound of the name's answer was given out to play.
    assert " ".join(e.text for e in events if isinstance(e, Spoken)) == "I said it just now."
    turns = store.recent_turns("local", 10)
    assert [_words(t.text) for t in turns if t.role == "user"] == heard
    # The name's answer was not heard, so it is not kept as said; the second reply is.
    assert [t.text for t in turns if t.role == "assistant"] == ["I said it just now."]


def test_the_first_phrase_heard_is_the_stored_replys_own_beginning_drafted_in_the_pause(
    store, speaker, transcriber, appraiser
):
    """The reply is begun as a draft when the question sounds finished, before the turn
    ends; once it ends, the draft is the reply: what is played first is where the stored
    reply begins, the whole is stored once beside their words, and felt once."""
    # Asked of the model ("Can you tell me something kind?" and "Will you talk to me for a
    # bit?" are the OS's own: kind_words.py).
    mic, (question_end,) = _spoken(speaker, "Will you read to me for a bit?")
    said = "Of course I will, for as long as you like. What's on your mind tonight?"
    life = InnerLife(store, "local", appraiser)
    session = _lena(store, speaker, transcriber, [said], mind=Mind(inner_life=life))
    events = asyncio.run(_play(session, mic))
    spoken = [e for e in events if isinstance(e, Spoken)]
    turns = store.recent_turns("local", 10)
    assert [t.role for t in turns] == ["user", "assistant"]
    assert turns[1].text == said and said.startswith(spoken[0].text)
    assert " ".join(e.text for e in spoken) == said
    assert "drafted_ahead" in turns[1].meta["marks_ms"]
    assert spoken[0].at > question_end
    assert [f.turn_id for f in feelings(store, "local") if f.kind == "exchange"] == [turns[0].id]
