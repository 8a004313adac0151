"""A conversation opened again reads only what follows its history (brain/kept_starts.py):
the history's reading, read ahead after the last reply, is kept on disk, and the window
of history starts where the last process's did. The real SmolLM2 model, a real store."""

from __future__ import annotations

import asyncio
from pathlib import Path

from os1.assembly.brains import prompt_states
from os1.assembly.people import person
from os1.assembly.stores import store_for
from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.packaged import SMOLLM2_135M
from os1.brain.scripted import ScriptedBrain
from os1.brain.types import Message, Request, Usage, complete
from os1.config import Settings
from os1.conversation.gathering import HISTORY_START, RecentHistory
from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.mind.persona import Persona

SYSTEM = "You are Wren, the operating system of Theodore. Reply in one to three sentences."
HISTORY = [
    Message("system", SYSTEM),
    Message("user", "I finished the letter for the couple in Leeds today."),
    Message("assistant", "That's lovely. How did the ending come out?"),
    Message("user", "It took four drafts, but I'm proud of it."),
    Message("assistant", "Four drafts is real care. What changed in the last one?"),
]
GREEDY = Request(max_tokens=16, temperature=0.0, seed=1)


def _brain(cache: Path | None) -> LlamaCppBrain:
    return LlamaCppBrain(
        SMOLLM2_135M.path, prompt_threads=1, prompt_cache=cache, model_sha256=SMOLLM2_135M.sha256
    )


def test_a_history_read_ahead_is_kept_and_a_new_brain_reads_only_the_turn(tmp_path: Path) -> None:
    cache = tmp_path / "prompts"
    note = Message("system", "Your mood: calm and warm.")
    first = _brain(cache)
    asyncio.run(first.prefill([*HISTORY, note]))
    # The system prompt's reading is kept as it is read; the history's not after every
    # reply, but once the conversation ends.
    assert len(list(cache.glob("*.kv"))) == 1
    first.keep_read().result()
    assert len(list(cache.glob("*.kv"))) == 2
    turn = [*HISTORY, note, Message("user", "The ending, mostly. Shall I read it to you?")]

    usage = Usage()
    reply = asyncio.run(complete(_brain(cache), turn, GREEDY, usage))
    history_tokens = len(_brain(None)._llm.tokenize(_render(HISTORY).encode(), special=True))
    # All the history was loaded, not read; only the note and the person's words were.
    assert usage.reused_tokens >= history_tokens - 4
    assert usage.prompt_tokens - usage.reused_tokens < 40
    # The same words as a brain that read the whole prompt itself.
    assert reply == asyncio.run(complete(_brain(None), turn, GREEDY))


def _render(messages: list[Message]) -> str:
    return _brain(None).prompt(messages)


def test_a_conversation_opened_again_finds_its_history_read(os1_home: Path, store: Store) -> None:
    settings = Settings(home=os1_home, facts=False)
    persona = Persona("Wren", "model", SYSTEM)
    cache = os1_home / "cache" / "prompts"
    said = (
        "I finished the letter for the couple in Leeds today.",
        "It took four drafts to get the ending right.",
        "My sister Ruth wants me to visit her in Porto.",
    )

    async def talk(messages: tuple[str, ...]) -> None:
        # A new brain each time, as a new process has: nothing in llama.cpp's cache.
        brain = _brain(cache)
        chat = person(settings, settings.user).talk(store, brain, persona)
        for message in messages:
            async for _ in chat.conversation.say(message):
                pass
        # As `os1 chat` ends: the reading ahead finishes, then the conversation closes.
        await chat.conversation.settle()
        chat.conversation.close()
        # What a process does before it exits: wait for the brain's worker, which does
        # one thing at a time (keeping the history, then this).
        await asyncio.wrap_future(brain.keep_read())

    asyncio.run(talk(said))
    asyncio.run(talk(("I haven't been on a plane in three years.",)))
    reply = store.recent_turns(settings.user, limit=1)[0]
    assert reply.role == "assistant"
    prompt, reused = reply.meta["prompt_tokens"], reply.meta["reused_tokens"]
    # Three exchanges of history in the prompt, and only the notes and the words read.
    assert prompt > 150
    assert prompt - reused < 80


def test_forgetting_a_turn_removes_what_was_read_from_it(os1_home: Path) -> None:
    settings = Settings(home=os1_home, facts=False)
    store = store_for(settings)
    cache = prompt_states(settings)
    persona = Persona("Wren", "model", SYSTEM)

    async def talk(message: str, forget: str | None = None) -> None:
        brain = _brain(cache)
        chat = person(settings, settings.user).talk(store, brain, persona)
        async for _ in chat.conversation.say(message):
            pass
        await chat.conversation.settle()  # the history with these words, read ahead
        if forget is not None:
            said = [t for t in store.recent_turns(settings.user, 10) if forget in t.text]
            assert store.forget_turn(settings.user, said[0].id)
            assert not list(cache.glob("*.kv"))
        chat.conversation.close()
        await asyncio.wrap_future(brain.keep_read())

    asyncio.run(talk("My neighbour Colm keeps a ferret called Biscuit."))
    asyncio.run(talk("I told Colm the ferret can't come in the house.", forget="Biscuit"))
    # The reading ahead was made before the forgetting: the closing conversation does not
    # keep it, and nothing read from the forgotten words is on disk.
    assert not list(cache.glob("*.kv"))
    asyncio.run(talk("Anyway, I'm making soup tonight."))
    # Only time was lost: the next conversation keeps its own readings again.
    assert len(list(cache.glob("*.kv"))) == 2
    store.close()


def test_only_what_the_person_has_forgotten_empties_the_kept_states(os1_home: Path) -> None:
    settings = Settings(home=os1_home, facts=False)
    store = store_for(settings)
    kept = prompt_states(settings)
    kept.mkdir(parents=True)
    state = kept / "0123456789abcdef0123456789abcdef.kv"
    said = store.add_turn(settings.user, None, "user", "My sister Ruth moved to Porto.")
    reply = store.add_turn(settings.user, None, "assistant", "Porto! How does she like it?")
    state.write_bytes(b"os1-kv1\n")
    # A reply cut short by the person's voice is the conversation's own doing: kept.
    assert store.edit_turn(settings.user, reply, "Porto!", {"interrupted": True}, asked=False)
    assert state.exists()
    assert store.forget_turn(settings.user, said)
    assert not state.exists()
    store.close()


def test_the_window_of_history_starts_where_the_last_one_did(store: Store) -> None:
    brain = ScriptedBrain(["ok"])
    for n in range(12):
        role = "user" if n % 2 == 0 else "assistant"
        store.add_turn("local", None, role, f"message {n}", tokens=10)
    first = RecentHistory(store, brain, budget=100)
    start = first.recall(Turn("local", "now"))[0].id
    assert store.get_state("local", HISTORY_START) == start
    # Two more turns: a window made afresh would begin a turn later; the kept start,
    # read by a new process's history, still fits the budget and is kept.
    store.add_turn("local", None, "user", "one more", tokens=5)
    store.add_turn("local", None, "assistant", "and another", tokens=5)
    afresh = RecentHistory(store, brain, budget=100)
    store.delete_state("local", HISTORY_START)
    assert afresh.recall(Turn("local", "now"))[0].id > start
    store.put_state("local", HISTORY_START, start)
    again = RecentHistory(store, brain, budget=100)
    assert again.recall(Turn("local", "now"))[0].id == start
