from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from os1.brain.sentence_encoder import SentenceEncoder
from os1.memory import fact_records
from os1.memory.episodes import EpisodicMemory
from os1.memory.fact_retrieval import CitingFact, FactRetrieval, FactSettings
from os1.memory.retrieval import HybridRetrieval, Turn
from os1.memory.store import Store

# The person never names what was signed: only the fact read from the turn, its
# subject resolved from what was said before, says it was the divorce.
EVENING = [
    ("user", "My ex-wife Catherine loved the garden in spring, the roses most of all."),
    ("assistant", "That sounds like a beautiful garden."),
    ("user", "I took the train to Leeds on Monday for the new job."),
    # Not a question: a reply takes all of its question's score (retrieval.py), which in
    # nine turns alone can lift it first; here only the fact should lift the turn after.
    ("assistant", "Leeds is lovely this time of year."),
    (
        "user",
        "Put my name on them this morning at her lawyer's. Fifteen years, done in ten minutes.",
    ),
    ("assistant", "That must have been a heavy morning."),
    ("user", "Paul turns forty on Saturday, we're having dinner at his place."),
    ("assistant", "Forty! What will you bring him?"),
    ("user", "I still have to sign the papers for the car insurance, they came last week."),
]
SIGNED = 4  # the turn the fact cites, by its place in EVENING
FACT = "Martin signed the divorce papers from Catherine after fifteen years of marriage."
QUESTION = "What happened with Martin's marriage?"


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder(threads=1)


def _turns() -> list[Turn]:
    at = datetime(2026, 12, 4, 20, 0)
    return [
        Turn(i + 1, role, text, at + timedelta(minutes=i), 1)
        for i, (role, text) in enumerate(EVENING)
    ]


def test_a_fact_leads_to_the_turn_it_cites(encoder: SentenceEncoder) -> None:
    turns = HybridRetrieval(encoder)
    turns.add(_turns())
    signed = SIGNED + 1
    # Without the fact another turn wins: the one cited shares no word with the question.
    assert turns.search(QUESTION, 1)[0][0] != signed
    memory = FactRetrieval(turns, encoder)
    memory.add_facts([CitingFact(FACT, (signed,))])
    hits = [turn for turn, _ in memory.search(QUESTION, len(EVENING))]
    assert hits[0] == signed
    # The facts add to the turns' ranking: the others keep their order (the garden too).
    without = [turn for turn, _ in turns.search(QUESTION, len(EVENING))]
    assert hits[1:] == [turn for turn in without if turn != signed]


def test_facts_only_reorder_the_turns(encoder: SentenceEncoder) -> None:
    turns = HybridRetrieval(encoder)
    turns.add(_turns())
    memory = FactRetrieval(turns, encoder)
    # A fact citing a turn the memory does not hold is ignored, not returned.
    memory.add_facts([CitingFact(FACT, (99,)), CitingFact("Martin works in Leeds.", (3,))])
    hits = memory.search("Where does Martin work?", 10)
    assert sorted(turn for turn, _ in hits) == list(range(1, len(EVENING) + 1))
    assert hits[0][0] == 3
    assert [score for _, score in hits] == sorted((score for _, score in hits), reverse=True)
    assert memory.search("anything", 0) == []
    assert FactRetrieval(HybridRetrieval(encoder), encoder).search("anything", 3) == []


def test_the_conversations_recall_follows_the_facts_in_the_store(
    tmp_path: Path, encoder: SentenceEncoder
) -> None:
    store = Store.open(tmp_path / "os1.db")
    store.ensure_user("martin")
    session = store.start_session("martin")
    at = datetime(2026, 12, 4, 20, 0, tzinfo=UTC)
    ids = [
        store.add_turn("martin", session, role, text, at=at + timedelta(minutes=i))  # type: ignore[arg-type]
        for i, (role, text) in enumerate(EVENING)
    ]
    memory = EpisodicMemory(store, "martin", encoder)
    (first, _), *_ = memory.search(QUESTION, 3, at)
    assert first.id != ids[SIGNED]

    # Consolidation reads the turn later: the next search finds it through the fact.
    fact_id = fact_records.add_fact(
        store, "martin", FACT, "Martin", [ids[SIGNED]], at, 0.9, "test", kind="event"
    )
    assert fact_id is not None
    (first, _), *_ = memory.search(QUESTION, 3, at)
    assert first.id == ids[SIGNED]
    assert first.text.startswith("Put my name on them")

    # A forgotten fact no longer leads there; its turn stays, found as before.
    assert fact_records.forget_fact(store, "martin", fact_id)
    hits = memory.search(QUESTION, 3, at)
    assert hits[0][0].id != ids[SIGNED]
    store.close()


def test_a_name_said_over_and_over_does_not_make_a_fact_about_the_question(
    encoder: SentenceEncoder,
) -> None:
    # The third person puts the name for every "I", "me" and "my": the garden fact says
    # "Martin" three times, yet it is no more about what Martin planted than the papers.
    facts = [
        "Martin says Martin's garden keeps Martin calm.",
        "Amy planted tulips in the garden.",
        "Paul turns forty on Saturday.",
        "Amy moved to York last year.",
        "Paul works at the bakery.",
        "Martin signed the divorce papers.",
    ]

    def ranked(once: bool) -> list[str]:
        # BM25 alone: the vectors rank the facts by meaning, whatever their words.
        memory = FactRetrieval(
            HybridRetrieval(encoder), encoder, FactSettings(dense_weight=0.0, once=once)
        )
        memory.add_facts([CitingFact(text, (i,)) for i, text in enumerate(facts)])
        return [fact.text for fact, _ in memory.ranked_facts("What did Martin plant?")]

    assert ranked(once=True)[:3] == [facts[1], facts[5], facts[0]]
    # Counted each time, the repeated name lifted the garden over the papers.
    assert ranked(once=False)[:2] == [facts[1], facts[0]]
