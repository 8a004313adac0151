"""The reply written ahead (issue 22, conversation/speculation.py): begun while the person
may still go on, nothing stored or felt until the turn is committed with the same words.

The mind is the real one (the learned appraiser, feelings in real SQLite); the brain is
the scripted one where what matters is which drafts were asked for and taken, and the
real SmolLM2 where what matters is what it read.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from os1.brain.kept_starts import reusable
from os1.brain.scripted import ScriptedBrain
from os1.conversation.gathering import Mind
from os1.conversation.loop import Conversation
from os1.conversation.turn import Turn
from os1.mind.feeling_records import feelings
from os1.mind.inner_life import InnerLife
from os1.mind.interview import Answers
from os1.mind.persona import Persona

# What the model answers: "Can you tell me something kind?" is the OS's own (kind_words.py).
HEARD = "I couldn't sleep. Will you talk to me for a bit?"


class Clock:
    """The conversation's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 21, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _lena(store, brain, appraiser, clock=None) -> tuple[Conversation, InnerLife]:
    life = InnerLife(store, "local", appraiser)
    extra = {"clock": clock} if clock is not None else {}
    conversation = Conversation(
        brain, store, "local", Persona("Lena", "model", "."), Answers("Theo"),
        mind=Mind(inner_life=life), **extra,  # type: ignore[arg-type]
    )  # fmt: skip
    return conversation, life


def _exchanges(store) -> list:
    return [f for f in feelings(store, "local") if f.kind == "exchange"]


def test_a_committed_turn_takes_its_draft_stored_once_and_felt_once(store, appraiser):
    # One sentence: how many a reply may have follows the feeling read (a sad one, fewer).
    brain = ScriptedBrain(["You are kinder than you know, so rest a little."])
    conversation, _ = _lena(store, brain, appraiser)

    async def talk() -> tuple[object, str]:
        conversation.speculate(HEARD)
        await asyncio.sleep(0.01)  # the draft is written while the person is quiet
        # Nothing is stored and nothing is felt while it may still be taken back.
        assert store.recent_turns("local", 10) == []
        assert store.get_state("local", "inner_life") is None and _exchanges(store) == []
        reply = conversation.say(HEARD, source="voice")
        return reply, await reply.text()

    reply, text = asyncio.run(talk())
    assert text == "You are kinder than you know, so rest a little."
    assert "drafted_ahead" in reply.turn.marks  # the draft was the reply
    assert len(brain.received) == 1  # and the brain wrote it once
    turns = store.recent_turns("local", 10)
    assert [(t.role, t.text) for t in turns] == [("user", HEARD), ("assistant", text)]
    assert [f.turn_id for f in _exchanges(store)] == [turns[0].id]
    # The draft's prompt was the turn's own: their words last, as stored.
    assert brain.received[0][-1].content == HEARD


def test_a_turn_that_goes_on_drops_its_draft_with_nothing_stored_or_felt(store, appraiser):
    brain = ScriptedBrain(["Oh, I'm sorry you couldn't sleep.", "You are kinder than you know."])
    conversation, _ = _lena(store, brain, appraiser)

    async def talk() -> str:
        conversation.speculate("I couldn't sleep.")
        await asyncio.sleep(0.01)
        conversation.drop_draft()  # they went on: "Will you talk to me for a bit?"
        await asyncio.sleep(0.01)
        assert store.recent_turns("local", 10) == [] and _exchanges(store) == []
        assert store.get_state("local", "inner_life") is None
        reply = conversation.say(HEARD, source="voice")
        return await reply.text()

    assert asyncio.run(talk()) == "You are kinder than you know."
    # The dropped draft was for the first words; the reply was drawn for the whole.
    assert [m[-1].content for m in brain.received] == ["I couldn't sleep.", HEARD]
    turns = store.recent_turns("local", 10)
    assert [t.text for t in turns] == [HEARD, "You are kinder than you know."]
    exchanges = _exchanges(store)
    assert [f.turn_id for f in exchanges] == [turns[0].id]


def test_a_draft_for_other_words_is_not_the_reply(store, appraiser):
    brain = ScriptedBrain(["Oh, I'm sorry you couldn't sleep.", "You are kinder than you know."])
    conversation, _ = _lena(store, brain, appraiser)

    async def talk() -> object:
        conversation.speculate("I couldn't sleep.")
        await asyncio.sleep(0.01)
        reply = conversation.say(HEARD, source="voice")  # the words ended otherwise
        await reply.text()
        return reply

    reply = asyncio.run(talk())
    assert reply.turn.reply == "You are kinder than you know."
    assert "drafted_ahead" not in reply.turn.marks
    assert [t.text for t in store.recent_turns("local", 10)] == [HEARD, reply.turn.reply]


def test_a_draft_is_redrawn_when_what_was_really_felt_changes_the_prompt(store, appraiser):
    """Foreseen a minute after the last talk, committed five days later: the real feeling
    misses them, its note says so, and a reply must follow what was felt."""
    clock = Clock()
    brain = ScriptedBrain(
        ["Rain is good for thinking.", "Rest well.", "I missed you too, so sleep now."]
    )
    conversation, _ = _lena(store, brain, appraiser, clock)

    async def talk() -> object:
        await conversation.say("I walked home in the rain, Lena.", source="voice").text()
        clock.now += timedelta(minutes=1)
        conversation.speculate(HEARD)
        await asyncio.sleep(0.01)
        clock.now += timedelta(days=5)
        reply = conversation.say(HEARD, source="voice")
        await reply.text()
        return reply

    reply = asyncio.run(talk())
    assert "drafted_ahead" not in reply.turn.marks
    foreseen, felt = brain.received[1], brain.received[2]
    assert foreseen[-1].content == felt[-1].content == HEARD
    notes = [m.content for m in felt if m.role == "system"][1:]
    assert any("5 days" in note for note in notes)
    assert not any("5 days" in m.content for m in foreseen)
    assert reply.turn.reply.endswith("I missed you too, so sleep now.")
    assert [t.role for t in store.recent_turns("local", 10)] == ["user", "assistant"] * 2
    assert len(_exchanges(store)) == 2


def test_a_dropped_draft_leaves_the_real_brain_its_reading(store, appraiser, smollm):
    """The embedded model stops a dropped draft, and the turn that follows finds the start
    it shares with what was read (the persona and the history) still read."""
    conversation, _ = _lena(store, smollm, appraiser)

    async def talk() -> object:
        await conversation.say("I walked by the lake this morning.", source="voice").text()
        conversation.speculate("It was frozen.")
        await asyncio.sleep(0.3)  # it reads, and begins to write
        conversation.drop_draft()
        conversation.speculate("It was frozen at the edges.")
        second = conversation.say("It was frozen at the edges.", source="voice")
        await second.text()
        return second

    second = asyncio.run(talk())
    assert "drafted_ahead" in second.turn.marks
    assert second.turn.reply
    usage = second.turn.usage
    # All of the first turn and its reply were still in the cache.
    read = smollm.prompt(first_prompt(conversation)).encode()
    history = len(smollm._llm.tokenize(read, special=True))
    assert usage.reused_tokens >= history - 8
    assert [t.role for t in store.recent_turns("local", 10)] == ["user", "assistant"] * 2
    assert len(_exchanges(store)) == 2


def first_prompt(conversation: Conversation) -> list:
    """The system prompt and the first exchange, as the second turn's prompt begins."""
    from os1.brain.types import Message

    turns = conversation.store.recent_turns("local", 10)[:2]
    return [Message("system", conversation._gathering.system)] + [
        Message(t.role, t.text) for t in turns
    ]


def test_the_note_on_how_to_sound_is_read_ahead_with_the_history(store, smollm, appraiser):
    """While the person listens, the brain reads the history and the start of the note the
    next turn will likely have (the mood's tone, the stage): when it has, only their new
    words are left to read in the pause, not the note as well."""
    conversation, _ = _lena(store, smollm, appraiser)
    following = "Then I went home and made some tea."

    async def talk() -> tuple[object, Turn]:
        # (The first exchange moves them past "just met": a new stage, a new note.)
        await conversation.say("I walked by the lake this morning.", source="voice").text()
        last = conversation.say("It was frozen at the edges.", source="voice")
        await last.text()
        await asyncio.sleep(0)  # the reading ahead is begun after the reply
        await asyncio.wait([conversation._reading_ahead])
        # The next turn as its draft would have it.
        turn = Turn("local", following, "voice")
        conversation._gathering.gather(turn, conversation.clock(), ahead=True)
        return last.turn, turn

    last, turn = asyncio.run(talk())
    prompt = smollm.prompt(conversation._gathering.prompt(turn)).encode()
    tokens = smollm._llm.tokenize(prompt, special=True)
    note, tone_and_stage = turn.expression.note, " ".join(turn.expression.instructions[:2])
    # The same feelings as the turn before: the guess read ahead holds.
    assert tone_and_stage == " ".join(last.expression.instructions[:2])  # type: ignore[attr-defined]
    assert note.startswith(tone_and_stage)
    # Left to read: their words, what the note adds past the guess, the template's tokens.
    extra = smollm.count_tokens(note[len(tone_and_stage) :]) if note != tone_and_stage else 0
    left = len(tokens) - reusable(smollm._llm, tokens)
    assert left <= smollm.count_tokens(following) + extra + 8
