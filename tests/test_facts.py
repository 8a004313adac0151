"""Facts: consolidated from turns, checked against them, superseded, forgotten with them.

The store, the encoder and the support check are real everywhere. The merge
rules are tested with a scripted brain writing the candidate facts (the test
is about what os1 does with them); extraction itself with the real SmolLM2.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest

from os1.archive.memory_file import export_memory, import_memory
from os1.brain.scripted import ScriptedBrain
from os1.memory import fact_records
from os1.memory.consolidation import (
    PART_CHARS,
    BrainExtractor,
    Consolidator,
    addressed,
    statements,
)
from os1.memory.facts import KnownFacts
from os1.memory.support import SupportCheck
from tests.conftest import run_os1

pytestmark = pytest.mark.store

T0 = datetime(2026, 5, 7, 9, 0, tzinfo=UTC)


def _say(store, user: str, lines: list[str], start: datetime = T0) -> list[int]:
    """The person's lines, each answered by the OS, a day apart."""
    store.ensure_user(user)
    session = store.start_session(user)
    ids = []
    for i, text in enumerate(lines):
        ids.append(store.add_turn(user, session, "user", text, at=start + timedelta(days=i)))
        store.add_turn(
            user, session, "assistant", "I see.", at=start + timedelta(days=i, minutes=1)
        )
    return ids


def _consolidator(store, encoder, rewrites: list[str], user: str = "local") -> Consolidator:
    # The brain's candidates alone: these tests are about what os1 does with them.
    extractor = BrainExtractor(ScriptedBrain(rewrites), said_first=False)
    return Consolidator(store, user, "Theo", extractor, SupportCheck(encoder))


def test_the_support_check_keeps_what_was_said_and_rejects_invention(encoder):
    check = SupportCheck(encoder)
    turn = ["I hate coriander, it tastes like soap."]
    assert check.supports("Theo hates coriander, it tastes like soap.", turn, "Theo")
    assert check.supports("Theo is a nurse.", turn, "Theo") is None  # a new word
    assert check.supports("Theo loves coriander.", turn, "Theo") is None  # a flipped feeling
    lisbon = ["My sister Ruth lives in Porto."]
    assert check.supports("Ruth lives in Lisbon.", lisbon, "Theo") is None  # a new name
    assert check.supports("Theo's sister Ruth lives in Porto.", lisbon, "Theo")
    assert check.supports("Theo has 3 sisters.", ["I have two sisters."], "Theo") is None


def test_consolidation_keeps_supported_facts_dated_and_citing_their_turn(store, encoder):
    ids = _say(store, "local", ["Hi!", "I went to a support group for the first time yesterday."])
    consolidator = _consolidator(
        store,
        encoder,
        # One faithful rewrite, one invention; "Hi!" is never sent to the brain.
        ["Theo went to a support group for the first time yesterday. Theo is a nurse."],
    )
    report = asyncio.run(consolidator.run())
    assert report.turns == 2
    assert [c.outcome for c in report.candidates] == ["new", "unsupported"]
    (fact,) = fact_records.facts(store, "local")
    assert fact.text == "Theo went to a support group for the first time on 7 May 2026."
    assert fact.sources == (ids[1],)
    assert fact.valid_from == datetime(2026, 5, 7, tzinfo=UTC)
    assert 0.5 < fact.confidence <= 1.0
    # Read once: a second run finds nothing new to read.
    assert asyncio.run(consolidator.run()).turns == 0


def test_a_contradicting_fact_supersedes_the_old_one_and_a_repeat_confirms_it(store, encoder):
    ids = _say(
        store,
        "local",
        [
            "My sister Ruth lives in Porto, by the river.",
            "I work as a teacher in Leeds.",
            "Ruth lives in Lisbon now, she moved in spring.",
            "Remember, I work as a teacher in Leeds.",
        ],
    )
    consolidator = _consolidator(
        store,
        encoder,
        [
            "Ruth lives in Porto.",
            "Theo works as a teacher in Leeds.",
            "Ruth lives in Lisbon now.",
            "Theo works as a teacher in Leeds.",
        ],
    )
    report = asyncio.run(consolidator.run())
    assert [c.outcome for c in report.candidates] == ["new", "new", "superseding", "confirmed"]
    current = {f.text: f for f in fact_records.facts(store, "local")}
    assert set(current) == {"Theo works as a teacher in Leeds.", "Ruth lives in Lisbon now."}
    assert current["Theo works as a teacher in Leeds."].sources == (ids[1], ids[3])
    (old,) = [
        f
        for f in fact_records.facts(store, "local", include_superseded=True)
        if f.text not in current
    ]
    assert old.text == "Ruth lives in Porto."
    assert old.superseded_by == current["Ruth lives in Lisbon now."].id


def test_a_new_interest_does_not_undo_an_old_one(store, encoder):
    _say(store, "local", ["I love painting landscapes.", "I love hiking in the hills."])
    consolidator = _consolidator(
        store, encoder, ["Theo loves painting landscapes.", "Theo loves hiking in the hills."]
    )
    asyncio.run(consolidator.run())
    assert len(fact_records.facts(store, "local")) == 2


def test_advice_to_the_listener_and_facts_about_them_are_not_kept(store, encoder):
    _say(store, "local", ["Thanks, Maria! My family gives me strength. Believe in yourself."])
    consolidator = _consolidator(
        store, encoder, ["Maria loves her family, it gives her strength. Believe in yourself."]
    )
    report = asyncio.run(consolidator.run())
    assert [c.outcome for c in report.candidates] == ["unsupported", "unsupported"]
    assert addressed("Hey Jon! Thanks, Maria. I met Ruth.") == {"Jon", "Maria"}
    assert statements("Hi! How are you? I met Ruth at the market today.") == [
        "I met Ruth at the market today."
    ]


def test_forgetting_or_correcting_a_turn_takes_its_facts_with_it(store, encoder):
    ids = _say(
        store, "local", ["I hate coriander, it tastes like soap.", "I have a dog called Max."]
    )
    consolidator = _consolidator(
        store, encoder, ["Theo hates coriander.", "Theo has a dog called Max.", "Theo has a cat."]
    )
    asyncio.run(consolidator.run())
    assert len(fact_records.facts(store, "local")) == 2
    store.forget_turn("local", ids[0])
    assert [f.text for f in fact_records.facts(store, "local")] == ["Theo has a dog called Max."]
    store.edit_turn("local", ids[1], "I have a cat.")
    assert fact_records.facts(store, "local") == []
    # The corrected turn is read again, and what it now says is kept.
    assert asyncio.run(consolidator.run()).turns == 1
    assert [f.text for f in fact_records.facts(store, "local")] == ["Theo has a cat."]


def test_one_persons_facts_never_reach_anothers(store, encoder):
    _say(store, "ana", ["I hate coriander, it tastes like soap."])
    _say(store, "ben", ["I play the cello in an orchestra."])
    asyncio.run(_consolidator(store, encoder, ["Theo hates coriander."], "ana").run())
    asyncio.run(_consolidator(store, encoder, ["Theo plays the cello."], "ben").run())
    assert [f.text for f in fact_records.facts(store, "ana")] == ["Theo hates coriander."]
    for question in ("coriander", "cello", "what do I play?"):
        assert all(
            f.text != "Theo plays the cello."
            for f in KnownFacts(store, "ana", encoder).relevant(question)
        )
    ben_fact = fact_records.facts(store, "ben")[0]
    assert not fact_records.forget_fact(store, "ana", ben_fact.id)
    fact_records.confirm_fact(store, "ana", ben_fact.id, store.all_turns("ana")[0].id, 1.0)
    assert fact_records.facts(store, "ben")[0].sources == ben_fact.sources


def test_facts_relevant_to_a_message_come_back(store, encoder):
    _say(
        store, "local", ["I hate coriander, it tastes like soap.", "My sister Ruth lives in Porto."]
    )
    asyncio.run(
        _consolidator(
            store, encoder, ["Theo hates coriander.", "Theo's sister Ruth lives in Porto."]
        ).run()
    )
    known = KnownFacts(store, "local", encoder)
    herbs = known.relevant("Do you like herbs like coriander?")
    assert herbs[0].text == "Theo hates coriander."
    assert known.relevant("Ruth called me today")[0].text.startswith("Theo's sister")
    assert known.relevant("Tell me about the weather") == []


def test_export_and_import_carry_facts_and_what_replaced_what(store, encoder, tmp_path):
    _say(store, "ana", ["My sister Ruth lives in Porto.", "Ruth lives in Lisbon now."])
    asyncio.run(
        _consolidator(
            store, encoder, ["Ruth lives in Porto.", "Ruth lives in Lisbon now."], "ana"
        ).run()
    )
    path = tmp_path / "ana.json"
    export_memory(store, "ana", path)
    assert len(json.loads(path.read_text())["facts"]) == 2
    store.ensure_user("ana2")
    import_memory(store, "ana2", path, as_me=True)
    restored = fact_records.facts(store, "ana2", include_superseded=True)
    assert [f.text for f in restored] == ["Ruth lives in Porto.", "Ruth lives in Lisbon now."]
    assert restored[0].superseded_by == restored[1].id
    assert set(restored[1].sources) <= {t.id for t in store.all_turns("ana2")}
    # Already read: importing does not make os1 read the turns again.
    assert fact_records.unconsolidated_turns(store, "ana2", 10) == []


def test_the_embedded_model_writes_facts_that_its_turns_support(store, encoder, smollm):
    _say(
        store,
        "local",
        [
            "Morning! How are you?",
            "I hate coriander, it tastes like soap.",
            "I work as a teacher at a primary school in Leeds.",
            "Ruth moved to Lisbon last month.",
        ],
    )
    consolidator = Consolidator(
        store, "local", "Theo", BrainExtractor(smollm), SupportCheck(encoder)
    )
    report = asyncio.run(consolidator.run())
    assert report.turns == 4
    facts = fact_records.facts(store, "local")
    texts = " ".join(f.text for f in facts)
    assert "coriander" in texts and "Leeds" in texts
    assert all(store.turn("local", f.sources[0]).role == "user" for f in facts)
    kept = [c for c in report.candidates if c.outcome != "unsupported"]
    assert len(kept) == len(facts)
    for candidate in kept:  # as written, before "last month" became a date
        said = store.turn("local", candidate.turn_id).text
        assert SupportCheck(encoder).supports(candidate.text, [said], "Theo")


@pytest.mark.parametrize("command", [["memory", "facts"], ["memory", "facts", "--all", "--json"]])
def test_the_cli_lists_facts_with_their_turns(store, encoder, command):
    ids = _say(store, "local", ["My sister Ruth lives in Porto.", "Ruth lives in Lisbon now."])
    asyncio.run(
        _consolidator(store, encoder, ["Ruth lives in Porto.", "Ruth lives in Lisbon now."]).run()
    )
    done = run_os1(*command)
    assert done.returncode == 0, done.stderr
    assert "Ruth lives in Lisbon now." in done.stdout
    if "--json" in command:
        rows = [json.loads(line) for line in done.stdout.splitlines()]
        assert [r["sources"] for r in rows] == [[ids[0]], [ids[1]]]
        assert rows[0]["superseded_by"] == rows[1]["id"]
    else:
        assert "Porto" not in done.stdout


def test_the_cli_consolidates_and_forgets_a_fact(store):
    _say(store, "local", ["I hate coriander, it tastes like soap."])
    done = run_os1("memory", "consolidate")
    assert done.returncode == 0, done.stderr
    assert "Read 1 turns" in done.stderr
    (fact,) = fact_records.facts(store, "local")
    assert "coriander" in fact.text
    assert run_os1("memory", "consolidate").stderr.startswith("Every turn")
    assert run_os1("memory", "forget-fact", str(fact.id)).returncode == 0
    assert fact_records.facts(store, "local") == []
    missing = run_os1("memory", "forget-fact", "999")
    assert missing.returncode != 0 and "os1 memory facts" in missing.stderr


def test_a_quiet_moment_turns_words_into_facts_that_the_next_reply_is_given(store, encoder):
    from os1.conversation.gathering import Mind
    from os1.conversation.loop import Conversation, Limits
    from os1.memory.episodes import EpisodicMemory
    from os1.mind.interview import Answers
    from os1.mind.persona import Persona

    memory = EpisodicMemory(store, "local", encoder)
    reader = _consolidator(store, encoder, ["Theo hates coriander, it tastes like soap."])
    brain = ScriptedBrain(["Noted.", "How about a tomato salad?"])
    conversation = Conversation(
        brain,
        store,
        "local",
        Persona("Iris", "model", "It sounded right."),
        Answers("Theo"),
        Limits(history_tokens=64),
        mind=Mind(memory=memory, facts=KnownFacts(store, "local", encoder), consolidator=reader),
    )
    asyncio.run(conversation.say("I hate coriander, it tastes like soap.").text())
    assert asyncio.run(conversation.quiet_moment()) == 1
    assert asyncio.run(conversation.quiet_moment()) == 0  # nothing left to read
    asyncio.run(conversation.say("What herb should I put in the salad?").text())
    note = brain.received[1][-2]
    assert note.role == "system"
    assert "You know: Theo hates coriander, it tastes like soap." in note.content
    fact = fact_records.facts(store, "local")[0]
    assert store.recent_turns("local", 1)[0].meta["known"] == [fact.id]


def test_quiet_work_runs_while_no_line_comes_and_stops_when_one_does(tmp_path):
    import os
    import threading

    from os1.cli.terminal import Terminal, read_line_meanwhile

    read_fd, write_fd = os.pipe()
    term = Terminal(stdin=os.fdopen(read_fd, "r"), stdout=open(os.devnull, "w"))  # noqa: SIM115
    started, stopped = threading.Event(), threading.Event()

    async def quiet_work() -> None:
        await asyncio.sleep(0.01)
        started.set()
        try:
            await asyncio.sleep(60)
        finally:
            stopped.set()

    def type_later() -> None:
        started.wait(10)
        os.write(write_fd, b"hello\n")

    threading.Thread(target=type_later, daemon=True).start()
    line = asyncio.run(read_line_meanwhile(term, "", [quiet_work]))
    assert line == "hello"
    assert started.is_set() and stopped.is_set()
    os.close(write_fd)


def test_an_enormous_turn_is_read_in_parts_the_small_model_can_take(store, encoder, smollm):
    letter = " ".join(
        f"On day {n} of the trip I walked along the river and wrote in my notebook."
        for n in range(1, 45)
    )
    (turn_id,) = _say(store, "local", [letter + " I hate coriander, it tastes like soap."])
    assert len(letter) > 3 * PART_CHARS
    consolidator = Consolidator(
        store, "local", "Theo", BrainExtractor(smollm), SupportCheck(encoder)
    )
    report = asyncio.run(consolidator.run())
    assert report.turns == 1 and fact_records.unconsolidated_turns(store, "local", 10) == []
    facts = [f.text for f in fact_records.facts(store, "local")]
    assert all(f.sources == (turn_id,) for f in fact_records.facts(store, "local"))
    # The last part was read too (the model may restate any of its sentences)…
    assert any("coriander" in f or "day 4" in f for f in facts), facts
    # …and a restatement that flips "hate" is not kept (it once was, at 0.8 of its words).
    assert not any("loves coriander" in f for f in facts), facts


def test_a_fact_about_the_person_needs_them_to_have_spoken_of_themselves(store, encoder):
    _say(store, "local", ["No, she moved to Lisbon last month.", "I moved to Leeds in May."])
    report = asyncio.run(
        _consolidator(
            store, encoder, ["Theo moved to Lisbon.", "Theo moved to Leeds in May."]
        ).run()
    )
    assert [c.outcome for c in report.candidates] == ["unsupported", "new"]
