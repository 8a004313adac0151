from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest

from os1.brain.sentence_encoder import SentenceEncoder
from os1.memory import exchange
from os1.memory.retrieval import HybridRetrieval, Settings, Turn


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder(threads=1)


def _conversation(first_id: int = 1) -> list[Turn]:
    may = datetime(2023, 5, 8, 13, 56)
    june = datetime(2023, 6, 20, 9, 10)
    lines = [
        (may, 1, "Theo", "Morning! I barely slept, the neighbours had a party."),
        (may, 1, "Samantha", "Oh no. Do you want to tell me about your day instead?"),
        (may, 1, "Theo", "My sister is called Ruth, she is visiting from Lisbon next week."),
        (may, 1, "Samantha", "How lovely. What will you cook for her?"),
        (may, 1, "Theo", "Anything without coriander, I can't stand it, it tastes like soap."),
        (june, 2, "Theo", "I went to a support group for the first time yesterday."),
        (june, 2, "Samantha", "That took courage. How did it feel?"),
        (june, 2, "Theo", "Good. People were kind, and the coffee was terrible."),
        (june, 2, "Samantha", "I'm glad you went. Shall we plan the weekend hike?"),
    ]
    return [
        Turn(first_id + i, speaker, text, time, session)
        for i, (time, session, speaker, text) in enumerate(lines)
    ]


@pytest.fixture(scope="module")
def memory(encoder: SentenceEncoder) -> HybridRetrieval:
    memory = HybridRetrieval(encoder)
    memory.add(_conversation())
    return memory


def test_vectors_are_unit_length_and_close_for_paraphrases(encoder: SentenceEncoder) -> None:
    vectors = encoder.embed(["I hate coriander.", "I can't stand cilantro.", "The bus is late."])
    assert vectors.shape == (3, 384)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert encoder.embed([]).shape == (0, 384)


def test_a_name_is_found_in_the_turn_that_says_it(memory: HybridRetrieval) -> None:
    (best, _), *_ = memory.search("What is the name of Theo's sister?", 3)
    assert best == 3


def test_a_paraphrase_is_found_when_no_word_is_shared(memory: HybridRetrieval) -> None:
    # No content word of the question is in the turn, so only the dense side can find it.
    hits = [turn for turn, _ in memory.search("Which herb does he dislike?", 2)]
    assert 5 in hits


def test_a_when_question_finds_the_turn_with_the_time(memory: HybridRetrieval) -> None:
    (best, _), *_ = memory.search("When did Theo go to a support group?", 3)
    assert best == 6


def test_results_are_ordered_and_bounded(memory: HybridRetrieval) -> None:
    results = memory.search("coffee at the support group", 4)
    assert len(results) == 4
    scores = [score for _, score in results]
    assert scores == sorted(scores, reverse=True)
    assert len({turn for turn, _ in results}) == 4
    assert memory.search("anything", 0) == []
    assert len(memory.search("anything", 100)) == len(memory)


def test_an_empty_memory_answers_nothing(encoder: SentenceEncoder) -> None:
    assert HybridRetrieval(encoder).search("What is my sister called?", 5) == []


def test_turns_added_later_are_found_with_their_context(encoder: SentenceEncoder) -> None:
    memory = HybridRetrieval(encoder)
    turns = _conversation()
    memory.add(turns[:4])
    memory.add(turns[4:])
    hits = [turn for turn, _ in memory.search("Who is visiting from Lisbon?", 1)]
    assert hits == [3]
    assert [t for t, _ in memory.search("terrible coffee", 1)] == [8]


def test_one_persons_turns_never_reach_anothers_results(encoder: SentenceEncoder) -> None:
    theo = HybridRetrieval(encoder)
    theo.add(_conversation(first_id=1))
    amy = HybridRetrieval(encoder)
    amy.add(
        [
            Turn(101, "Amy", "My sister is called Ruth too, funny coincidence."),
            Turn(102, "Amy", "I adore coriander on everything."),
        ]
    )
    for query in ("What is my sister called?", "coriander", "support group", "Ruth"):
        assert {turn for turn, _ in amy.search(query, 10)} <= {101, 102}
        assert {turn for turn, _ in theo.search(query, 20)}.isdisjoint({101, 102})


def test_a_stretch_of_time_named_relative_to_now_favours_turns_said_within_it(
    encoder: SentenceEncoder,
) -> None:
    memory = HybridRetrieval(encoder)
    memory.add(
        [
            # Months apart, so each in a session of its own: no exchange joins them.
            Turn(
                1,
                "Theo",
                "We went swimming in the lake, the water was cold.",
                datetime(2023, 1, 5),
                1,
            ),
            Turn(
                2, "Theo", "We went swimming in the sea, lovely and warm.", datetime(2023, 7, 14), 2
            ),
            Turn(3, "Theo", "Swimming again at the pool with Ruth.", datetime(2023, 10, 2), 3),
        ]
    )
    question = "Where did we go swimming last summer?"
    assert memory.search(question, 1, now=datetime(2023, 11, 20))[0][0] == 2
    assert memory.search(question, 1, now=datetime(2024, 2, 1))[0][0] == 2
    # Without a now to count from, the words alone decide.
    assert {t for t, _ in memory.search(question, 3)} == {1, 2, 3}


def _dinner(after_the_dinner: str) -> list[Turn]:
    lines = [
        (1, "Maria", "Hi John! Guess what, my mom and I made dinner together last night."),
        (1, "John", after_the_dinner),
        (1, "Maria", "Lots of great things: salads, sandwiches and homemade desserts."),
        (1, "John", "Yum. I had leftovers again, honestly."),
        (2, "John", "My kids want a dinner party with their friends on Friday."),
        (2, "Maria", "Fun! Will you cook dinner for all of them?"),
        (2, "John", "Pizza, probably. Nobody complains about pizza."),
        (3, "Maria", "I went to the gym with my mother this morning."),
        (3, "John", "Nice, how was it?"),
        (3, "Maria", "Exhausting, but we laughed a lot."),
    ]
    return [
        Turn(i + 1, speaker, text, datetime(2023, 5, session), session)
        for i, (session, speaker, text) in enumerate(lines)
    ]


DINNER = "What did Maria eat at the dinner with her mom?"


def _found(
    turns: list[Turn], k: int, encoder: SentenceEncoder, settings: Settings | None = None
) -> list[int]:
    memory = HybridRetrieval(encoder, settings)
    memory.add(turns)
    return [turn for turn, _ in memory.search(DINNER, k)]


def test_an_exchange_is_found_two_turns_on(encoder: SentenceEncoder) -> None:
    # Told, remarked on, told more: what was eaten is said two turns after the dinner.
    turns = _dinner("That's sweet, I love home cooking.")
    assert _found(turns, 2, encoder, Settings(question_to_reply=False)) == [1, 3]
    # A step away only, John's dinner party came before it.
    one_step = Settings(question_to_reply=False, neighbour_steps=1)
    assert _found(turns, 2, encoder, one_step) == [1, 6]


def test_the_reply_to_a_question_takes_what_it_asked(encoder: SentenceEncoder) -> None:
    lines = [
        (1, "user", "I finally finished the marathon training plan."),
        (1, "assistant", "Well done! Do you have a pet to run with?"),
        (1, "user", "Oscar, a little guinea pig. He would not last a mile."),
        (1, "assistant", "Ha, fair enough."),
        (2, "user", "The pet shop on Main Street closed down today."),
        (2, "assistant", "That's a shame. Was it old?"),
        (2, "user", "Thirty years, the owner retired."),
    ]
    turns = [
        Turn(i + 1, role, text, datetime(2026, 5, session), session)
        for i, (session, role, text) in enumerate(lines)
    ]

    def first(question: str, settings: Settings) -> int:
        memory = HybridRetrieval(encoder, settings)
        memory.add(turns)
        return memory.search(question, 1)[0][0]

    # The answer shares no word with the question; it follows the one that asked.
    for question in ("What pet do I have?", "What is my pet called?"):
        assert first(question, Settings()) == 3
        # Taking only a share of it, a turn that says "pet" came first.
        assert first(question, Settings(question_to_reply=False)) in (2, 5)


def test_turns_take_from_their_exchange_and_never_across_sessions() -> None:
    scores = np.array([0.0, 1.0, 0.0, 0.0, 0.0, 0.0])
    follows = np.array([False, True, True, True, False, True])  # sessions: 0-3, 4-5
    statement = np.zeros(6, dtype=bool)
    weights = exchange.links(follows, statement, share=0.5, steps=2, replies=True)
    assert exchange.taken(scores, weights).tolist() == [0.5, 0.0, 0.5, 0.25, 0.0, 0.0]
    # Turn 1 asks: its reply takes all of it, and nothing from turn 0 two steps back.
    asks = np.array([False, True, False, False, False, False])
    scores[0] = 1.0
    weights = exchange.links(follows, asks, share=0.5, steps=2, replies=True)
    assert exchange.taken(scores, weights).tolist() == [0.5, 0.5, 1.0, 0.25, 0.0, 0.0]
