"""Episodic memory on the real store and the real encoder: search, forget, export, import."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from os1.archive.memory_file import export_memory, import_memory
from os1.errors import InputError
from os1.memory.episodes import VECTOR_MODEL, EpisodicMemory
from os1.mind import feeling_records
from os1.mind.persona import Persona, load_persona, save_persona
from tests.conftest import open_test_store, run_os1

pytestmark = pytest.mark.store

T0 = datetime(2026, 5, 7, 9, 0, tzinfo=UTC)


def _live(store, user: str, lines: list[str]) -> list[int]:
    store.ensure_user(user)
    session = store.start_session(user)
    ids = []
    for i, text in enumerate(lines):
        role = "user" if i % 2 == 0 else "assistant"
        at = T0 + timedelta(minutes=i)
        ids.append(store.add_turn(user, session, role, text, at=at))
    return ids


ANA = [
    "My sister Ruth moved to Lisbon last spring.",
    "Lisbon! Do you visit her often?",
    "I can't stand coriander, it tastes like soap to me.",
    "Noted: no coriander in anything I suggest.",
    "I went to a support group on 7 May.",
    "How did it feel to go?",
]
BEN = [
    "My brother Paul plays the cello.",
    "Does he play in an orchestra?",
    "I love coriander in everything.",
    "Then you'd like this salsa.",
]


def test_search_finds_by_words_and_by_meaning(store, encoder):
    ids = _live(store, "ana", ANA)
    memory = EpisodicMemory(store, "ana", encoder)
    assert memory.search("what is my sister's name?", 3)[0][0].id == ids[0]
    # No shared word with the turn: only the meaning matches.
    found = [t.id for t, _ in memory.search("which herb do I dislike?", 3)]
    assert ids[2] in found
    assert memory.search("   ", 3) == []


def test_one_persons_memory_never_reaches_anothers(store, encoder):
    ana = _live(store, "ana", ANA)
    ben = _live(store, "ben", BEN)
    for query in ("coriander", "sister Ruth Lisbon", "cello", "support group"):
        assert {t.user_id for t, _ in EpisodicMemory(store, "ben", encoder).search(query, 10)} == {
            "ben"
        }
    assert store.turn("ben", ana[0]) is None
    assert store.forget_turn("ben", ana[0]) is False
    assert store.turn("ana", ana[0]) is not None
    assert set(store.vectors("ben", VECTOR_MODEL)) <= set(ben)


def test_forgetting_removes_the_text_and_the_vectors_made_from_it(store, encoder):
    ids = _live(store, "ana", ANA)
    memory = EpisodicMemory(store, "ana", encoder)
    memory.search("coriander", 3)  # embeds every turn
    assert set(store.vectors("ana", VECTOR_MODEL)) == set(ids)
    assert store.forget_turn("ana", ids[2])
    assert store.turn("ana", ids[2]) is None
    vectors = store.vectors("ana", VECTOR_MODEL)
    # The next turn was embedded with the forgotten one as context: it goes too.
    assert ids[2] not in vectors and ids[3] not in vectors
    found = memory.search("coriander soap", 6)
    assert ids[2] not in [t.id for t, _ in found]
    assert all("soap" not in t.text for t, _ in found)
    assert ids[3] in store.vectors("ana", VECTOR_MODEL)  # embedded again, without it


def test_export_then_import_restores_everything(store, tmp_path):
    ids = _live(store, "ana", ANA)
    save_persona(store, "ana", Persona("Iris", "model", "It sounded right."))
    feeling_records.add_feeling(store, "ana", ids[0], T0, "exchange", {"note": "glad"})
    feeling_records.put_journal(store, "ana", "2026-05-07", "A good day.")
    path = tmp_path / "ana.json"
    counts = export_memory(store, "ana", path)
    assert counts["turns"] == len(ANA)
    restored = import_memory(store, "ana-again", path, as_me=True)
    assert restored["turns"] == len(ANA)
    assert [t.text for t in store.all_turns("ana-again")] == ANA
    assert load_persona(store, "ana-again").name == "Iris"
    feeling = feeling_records.feelings(store, "ana-again")[0]
    assert store.turn("ana-again", feeling.turn_id).text == ANA[0]
    assert feeling_records.journal(store, "ana-again") == [("2026-05-07", "A good day.")]
    assert len(store.all_turns("ana")) == len(ANA)  # the original is untouched


def test_an_import_never_mixes_or_takes_another_persons_memory(store, tmp_path):
    _live(store, "ana", ANA)
    _live(store, "ben", BEN)
    path = tmp_path / "ana.json"
    export_memory(store, "ana", path)
    with pytest.raises(InputError, match="holds the memory of 'ana', not of 'cleo'"):
        import_memory(store, "cleo", path)
    with pytest.raises(InputError, match="already has 4 turns"):
        import_memory(store, "ben", path, as_me=True)
    assert [t.text for t in store.all_turns("ben")] == BEN


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not json at all", "is not an os1 memory export"),
        ('{"format": "something-else"}', "format"),
        ('{"format": "os1-memory", "version": 1, "user": "ana"}', "exported_at"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_a_malformed_file_is_refused_and_nothing_is_written(store, tmp_path, content, problem):
    path = tmp_path / "bad.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(InputError, match=problem):
        import_memory(store, "local", path)
    assert store.counts("local")["turns"] == 0


def test_a_bad_turn_inside_a_good_file_changes_nothing(store, tmp_path):
    _live(store, "ana", ANA)
    path = tmp_path / "ana.json"
    export_memory(store, "ana", path)
    document = json.loads(path.read_text())
    document["turns"][3]["role"] = "narrator"
    path.write_text(json.dumps(document))
    with pytest.raises(InputError, match=r"turns\.3\.role"):
        import_memory(store, "zoe", path, as_me=True)
    assert store.counts("zoe")["turns"] == 0


def test_the_memory_commands(os1_home, tmp_path):
    store = open_test_store(os1_home)
    ids = _live(store, "local", ANA)
    store.close()
    listed = run_os1("memory", "list")
    assert listed.returncode == 0 and "Lisbon" in listed.stdout
    found = run_os1("memory", "search", "what is my sister called", "-k", "1")
    assert found.returncode == 0, found.stderr
    assert f"{ids[0]:>6}" in found.stdout and "Ruth" in found.stdout
    shown = run_os1("memory", "show", str(ids[2]))
    assert "coriander" in shown.stdout
    # What the embedded brain kept of the words (brain/prompt_cache.py) goes with them.
    kept = os1_home / "cache" / "prompts" / "0123456789abcdef0123456789abcdef.kv"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"os1-kv1\n")
    assert run_os1("memory", "forget", str(ids[2]), "--yes").returncode == 0
    assert run_os1("memory", "show", str(ids[2])).returncode == 1
    assert not kept.exists()
    out = tmp_path / "me.json"
    assert run_os1("memory", "export", str(out)).returncode == 0
    assert "tastes like soap" not in out.read_text()
    again = run_os1("memory", "import", str(out))
    assert again.returncode == 1 and "already has 5 turns" in again.stderr
    elsewhere = {"OS1_USER": "local2", "OS1_HOME": str(tmp_path / "h")}
    fresh = run_os1("memory", "import", str(out), env=elsewhere)
    assert fresh.returncode == 1 and "not of 'local2'" in fresh.stderr


def test_an_old_memory_comes_back_into_the_turn_that_needs_it(store, encoder):
    import asyncio

    from os1.brain.scripted import ScriptedBrain
    from os1.conversation.gathering import Mind
    from os1.conversation.loop import Conversation, Limits
    from os1.mind.interview import Answers

    store.ensure_user("ana")
    store.ensure_user("ben")
    persona = Persona("Iris", "model", "It sounded right.")
    limits = Limits(history_tokens=64, memory_tokens=120)

    def talk(user: str, lines: list[str]) -> ScriptedBrain:
        brain = ScriptedBrain(["Mm-hm."] * len(lines))
        memory = EpisodicMemory(store, user, encoder)
        conversation = Conversation(
            brain, store, user, persona, Answers(), limits, mind=Mind(memory=memory)
        )
        for line in lines:
            asyncio.run(conversation.say(line).text())
        conversation.close()
        return brain

    filler = [f"Today I sorted the drawer number {n} of the old desk." for n in range(12)]
    talk("ana", ["My sister Ruth moved to Lisbon last spring.", *filler])
    talk("ben", ["I have never been to Portugal.", *filler[:3]])
    # Not a question about her life ("where does my sister live?" is answered from the
    # records, without the brain), but one whose reply needs the memory.
    brain = talk("ana", ["Should I go and see my sister this summer?"])
    sent = brain.received[0]
    # Long out of the recent window, yet in the note right before the question.
    assert all("Lisbon" not in m.content for m in sent[:-2])
    assert sent[-2].role == "system" and "Ruth moved to Lisbon" in sent[-2].content
    record = store.recent_turns("ana", 1)[0].meta
    assert len(record["remembered"]) >= 1
    # Ben's OS never hears Ana's life.
    brain = talk("ben", ["Should I go and see my sister this summer?"])
    assert all("Lisbon" not in m.content for m in brain.received[0])


def test_a_corrected_turn_is_found_by_its_new_words_only(store, encoder):
    ids = _live(store, "ana", ANA)
    memory = EpisodicMemory(store, "ana", encoder)
    assert memory.search("Lisbon", 1)[0][0].id == ids[0]
    assert store.edit_turn("ana", ids[0], "My sister Ruth moved to Porto last spring.")
    assert store.turn("ana", ids[0]).meta["edited_at"]
    assert ids[0] not in store.vectors("ana", VECTOR_MODEL)
    top, _ = memory.search("Porto", 1)[0]
    assert top.id == ids[0] and "Porto" in top.text
    assert store.edit_turn("ben", ids[0], "not yours") is False
    assert "Porto" in store.turn("ana", ids[0]).text


def test_memory_edit_command(os1_home):
    store = open_test_store(os1_home)
    ids = _live(store, "local", ANA)
    store.close()
    edited = run_os1("memory", "edit", str(ids[4]), "I went to a support group on 8 May.")
    assert edited.returncode == 0, edited.stderr
    assert "8 May" in run_os1("memory", "show", str(ids[4])).stdout
    empty = run_os1("memory", "edit", str(ids[4]), "  ")
    assert empty.returncode == 1 and "memory forget" in empty.stderr
