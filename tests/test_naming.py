"""How the OS's name is checked and chosen. The scripted brain stands in for the
model's proposals here; the end-to-end test uses the real model."""

import asyncio

import pytest

from os1.brain.scripted import ScriptedBrain
from os1.errors import BrainError
from os1.mind.interview import Answers, clean_answer
from os1.mind.naming import (
    READ_THE_NAMES,
    STORIES,
    _good_reason,
    choose_name,
    name_from_interview,
    why_not,
)

THEO = Answers("Theodore", "private", "my writing", "I miss Catherine; Amy is close")


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("AI", "a word for what I am"),
        ("Assistant", "a word for what I am"),
        ("Theodore", "the person's own name"),
        ("Catherine", "someone in the person's life"),
        ("Samantha Jones", "not a single capitalised word"),
        ("[Name]", "not a single capitalised word"),
        ("Xqzt", "not a given name I know"),
    ],
)
def test_unacceptable_names(name, problem):
    assert problem in (why_not(name, THEO) or "")


@pytest.mark.parametrize("name", ["Samantha", "Iris", "Emma", "Wren"])
def test_acceptable_names(name):
    assert why_not(name, THEO) is None


def test_a_good_free_proposal_is_taken_with_its_reason():
    brain = ScriptedBrain(["Name: Emma\nWhy: It sounds like a warm morning."])
    choice = asyncio.run(choose_name(brain, THEO))
    assert (choice.name, choice.chosen_by) == ("Emma", "model")
    assert choice.reason == "It sounds like a warm morning."


def test_a_reason_about_someone_else_is_replaced_by_a_true_one():
    brain = ScriptedBrain(["Name: Emma\nWhy: They are a great team player."])
    choice = asyncio.run(choose_name(brain, THEO))
    assert choice.reason == READ_THE_NAMES
    # The name is still the model's, but the record says the words are not.
    assert (choice.name, choice.chosen_by) == ("Emma", "model-stock-reason")


def test_a_storied_name_with_an_unusable_reason_keeps_its_story_but_says_so():
    brain = ScriptedBrain(["Name: Iris\nWhy: [reason]"])
    choice = asyncio.run(choose_name(brain, THEO))
    assert (choice.reason, choice.chosen_by) == (STORIES["Iris"], "model-stock-reason")


def test_nonsense_goes_to_the_constrained_choice():
    brain = ScriptedBrain(["Name: Theodore\nWhy: x", "Meet Emilia, a writer", '{"name": "Iris"}'])
    choice = asyncio.run(choose_name(brain, THEO))
    assert (choice.name, choice.chosen_by) == ("Iris", "model-constrained")
    assert choice.reason == STORIES["Iris"]
    assert len(choice.rejected) == 2
    # The constrained request carries the list as a schema the model is held to.
    schema = brain.requests[-1].schema
    assert schema is not None
    assert "Iris" in schema["properties"]["name"]["enum"]


def test_when_the_model_fails_entirely_the_interview_decides_the_same_way_each_time():
    brain = ScriptedBrain(["AI", "Assistant", '{"name": "Bob"}'])
    choice = asyncio.run(choose_name(brain, THEO))
    assert choice.chosen_by == "interview"
    assert choice.name == name_from_interview(THEO)
    assert choice.name in STORIES
    assert name_from_interview(THEO) == name_from_interview(THEO)


def test_an_unreachable_brain_does_not_stop_first_boot():
    class Down(ScriptedBrain):
        async def stream(self, messages, request, usage=None):
            raise BrainError("Cannot reach the brain", "start it")
            yield ""

    choice = asyncio.run(choose_name(Down([]), Answers()))
    assert choice.chosen_by == "interview"
    assert "Cannot reach the brain" in choice.rejected[0]


def test_the_interview_never_names_the_os_after_its_person():
    for name in STORIES:
        assert name_from_interview(Answers(user_name=name)) != name


def test_answers_are_cleaned():
    assert clean_answer("user_name", "my name is theodore.") == "Theodore"
    assert clean_answer("focus", "  skip ") is None
    assert clean_answer("focus", "") is None
    assert clean_answer("focus", "my  work\n and sleep") == "my work and sleep"


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("It is short and bright, like a morning.", "It is short and bright, like a morning."),
        ("I like how Sophia sounds. I am a doctor.", "I like how Sophia sounds."),
        ("I'm not sure. I'm a doctor, and I'm looking for a new job.", None),
        ("I love my job!", None),
        # What the embedded model said for itself, and nothing about the name.
        (
            "It is hard to explain, but it is hard to live with two people who are both my family.",
            None,
        ),
        ("It is simple, yet simple.", None),
        ("It is not my favorite name, but I like it for who it is: a creative one.", None),
        (
            "It means wisdom, and I'd like to grow into it.",
            "It means wisdom, and I'd like to grow into it.",
        ),
        ("It is a small bird with a big song.", "It is a small bird with a big song."),
        # Nothing of the name, for Alec: the first thing a person heard.
        ("It is a big house, but a little brother, and always loves to play.", None),
    ],
)
def test_a_reason_for_the_name_is_one_sentence_about_the_name(said: str, kept: str | None):
    assert _good_reason(said, "Sophia") == kept
