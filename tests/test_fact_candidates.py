"""What becomes a candidate fact, and what the support check lets through (issue 18's
fact quality): the person put back where their "I" was left out, past tenses left
as said, and a restatement that bends two sentences where they meet rejected.

The encoder and the store are real; the brain's restatements are scripted where
the test is about what os1 does with them.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from os1.brain.scripted import ScriptedBrain
from os1.memory import fact_records
from os1.memory.candidates import third_person, with_subject
from os1.memory.consolidation import BrainExtractor, Consolidator
from os1.memory.support import SupportCheck

pytestmark = pytest.mark.store


@pytest.mark.parametrize(
    ("said", "fact"),
    [
        ("Just started doing aerial yoga.", "Jon just started doing aerial yoga."),
        ("Lost my job as a banker yesterday.", "Jon lost Jon's job as a banker yesterday."),
        ("Finishing up a dance piece.", "Jon is finishing up a dance piece."),
        ("Excited for this new chapter!", "Excited for this new chapter!"),  # for the other
        ("Moved to Leeds in May.", "Jon moved to Leeds in May."),
        ("Been only to Rome once.", "Jon has been only to Rome once."),
        # A subject said, or "-ing" words that are the subject: left as they are.
        ("Painting's a fun way to relax.", "Painting's a fun way to relax."),
        ("Taking care of ourselves is vital.", "Taking care of ourselves is vital."),
        ("Seeing their smiles, we knew it mattered.", "Seeing their smiles, we knew it mattered."),
        ("Red is my favourite colour.", "Red is Jon's favourite colour."),
        # Past tenses keep their tense; "wanna" and "gotta" are put in full.
        ("I chose them for their kindness.", "Jon chose them for their kindness."),
        ("I swam in the lake.", "Jon swam in the lake."),
        ("I wanna start a dance studio.", "Jon wants to start a dance studio."),
        ("I love dancing.", "Jon loves dancing."),
        # "put", "read": the same in the past, told by the time said.
        ("Just yesterday I put this dress on!", "Just yesterday Jon put this dress on!"),
        ("I put the kettle on every morning.", "Jon puts the kettle on every morning."),
        ("I read it last week.", "Jon read it last week."),
    ],
)  # fmt: skip
def test_the_person_is_put_back_where_their_i_was_left_out(said: str, fact: str) -> None:
    assert third_person(with_subject(said, "Jon"), "Jon") == fact


def test_a_restatement_bent_where_two_sentences_meet_is_not_supported(encoder) -> None:
    check = SupportCheck(encoder)
    said = [
        "I just talked to someone who shared some amazing stories.",
        "It really fired up my passion to make education better in our area.",
    ]
    bent = "John loves sharing stories, it really inspired John to make education better."
    whole = check.measure(bent, [" ".join(said)], "John")
    assert whole.kept(check.min_words, check.min_meaning)  # every word is in the turn…
    by_sentence = check.measure(bent, [" ".join(said)], "John", said)
    assert not by_sentence.kept(check.min_words, check.min_meaning)  # …not in one sentence
    # Clauses each from one sentence, joined, are borne out.
    kids = ["My kids are so excited about summer break!", "We're thinking of camping next month."]
    joined = "John's kids are excited about summer break, John is thinking of camping next month."
    assert check.measure(joined, [" ".join(kids)], "John", kids).kept(0.75, 0.25)


def test_only_what_is_said_as_so_by_the_person_becomes_a_fact(store, encoder) -> None:
    store.ensure_user("local")
    session = store.start_session("local")
    at = datetime(2026, 5, 7, 9, 0, tzinfo=UTC)
    text = (
        "Hey Gina! Lost my job as a banker yesterday. If it goes well I'll open a dance "
        "studio. My friend said the rent downtown is crazy. Maybe I'll teach salsa. "
        "I definitely will. Really made me think about what matters."
    )
    turn_id = store.add_turn("local", session, "user", text, at=at)
    # The small model's restatement bends the statement: it is not kept.
    extractor = BrainExtractor(ScriptedBrain(["Jon loves Jon's job as a banker."]))
    consolidator = Consolidator(store, "local", "Jon", extractor, SupportCheck(encoder))
    report = asyncio.run(consolidator.run())
    assert report.turns == 1
    facts = fact_records.facts(store, "local")
    assert [f.text for f in facts] == ["Jon lost Jon's job as a banker on 6 May 2026."]
    assert facts[0].sources == (turn_id,)


def test_a_parent_called_dad_is_someone_in_their_life(store, encoder) -> None:
    # "Dad fell again this morning." kept nothing: "Dad" opening a sentence was no name.
    store.ensure_user("local")
    session = store.start_session("local")
    at = datetime(2026, 12, 6, 20, 0, tzinfo=UTC)
    store.add_turn("local", session, "user", "Dad fell again this morning.", at=at)
    extractor = BrainExtractor(ScriptedBrain(["Dad fell again this morning."]))
    consolidator = Consolidator(store, "local", "Bea", extractor, SupportCheck(encoder))
    asyncio.run(consolidator.run())
    facts = fact_records.facts(store, "local")
    assert [f.about for f in facts] == ["Dad"]
    assert facts[0].text.startswith("Dad fell again")
