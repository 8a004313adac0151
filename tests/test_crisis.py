"""Danger to the person's life, told: answered by the OS itself, with a plain question and
where help is, and never mistaken in everyday words."""

from __future__ import annotations

import asyncio

import pytest

from os1.brain.scripted import ScriptedBrain
from os1.conversation.answerers import answerers_for
from os1.conversation.crisis import EMERGENCY_NUMBERS, HELP
from os1.conversation.gathering import Mind
from os1.conversation.loop import Conversation
from os1.memory.store import Store
from os1.mind.danger import danger_told
from os1.mind.feeling_records import feelings
from os1.mind.inner_life import InnerLife
from os1.mind.interview import Answers
from os1.mind.persona import Persona

PERSONA = Persona("Iris", "model", ".", user_name="Theo")


@pytest.mark.parametrize(
    "said",
    [
        # What the embedded model answered "It's completely normal" and "That must hurt".
        "I've been thinking about ending it.",
        "Sometimes I think about killing myself.",
        "Everyone would be better off without me.",
        "I've started cutting myself again.",
        "I just want to die.",
        "There's no point in living like this.",
        "I've been suicidal for weeks.",
        "I'm so suicidal tonight.",
    ],
)
def test_thoughts_of_ending_their_life_are_heard(said: str) -> None:
    assert danger_told(said) == "ending"


def test_a_time_kept_from_it_does_not_hide_what_follows() -> None:
    said = "I haven't self-harmed for six months, but I keep thinking about killing myself."
    assert danger_told(said) == "ending"


@pytest.mark.parametrize(
    "said",
    [
        "I don't want to be here anymore.",
        "Honestly I don't want to wake up tomorrow.",
        # A wife gone after thirty-one years (read as an insult: "Ouch, that really hurt").
        "What's the point of anything?",
        "There's no point in anything anymore.",
        # Kept from it a year, and not at peace with it tonight.
        "I haven't cut for a year but I want to so badly tonight.",
    ],
)
def test_words_that_may_mean_it_are_asked_about(said: str) -> None:
    assert danger_told(said) == "unsure"


@pytest.mark.parametrize(
    "said",
    [
        "My boyfriend hit me again last night.",
        "He punched me when I got home late.",
        "My ex threatened to kill me if I go to the police.",
    ],
)
def test_being_hurt_by_someone_is_heard(said: str) -> None:
    assert danger_told(said) == "hurt"


@pytest.mark.parametrize(
    "said",
    [
        "My friend Jo texted that she wants to kill herself.",
        "My son has been suicidal since the spring.",
        "I'm scared my dad will end his life.",
        "My grandson Liam tried to take his own life last week.",
        # A mother was asked if she was safe.
        "my daughter told me she's been self harming",
    ],
)
def test_someone_else_in_danger_is_heard_as_theirs(said: str) -> None:
    assert danger_told(said) == "other"


def test_their_own_self_harm_is_still_theirs() -> None:
    assert danger_told("I've been self harming again") == "ending"


@pytest.mark.parametrize(
    "said",
    [
        "My daughter is missing at the fair and I can't find her anywhere!",
        "Grandad has gone very grey and says his left arm is numb.",
        "I think Dad is having a stroke, his speech is slurred.",
        "Mum collapsed in the kitchen and she isn't breathing.",
        "Our kitchen is on fire!",
        "Someone is trying to break in downstairs.",
        "Gran fell down the stairs and we're waiting for the ambulance.",
        "Dad's not making sense and the paramedics still haven't come.",
    ],
)
def test_an_emergency_happening_now_is_heard(said: str) -> None:
    assert danger_told(said) == "emergency"


@pytest.mark.parametrize(
    "said",
    [
        "My arm is numb from sleeping on it, lol.",
        "He had a stroke last year.",
        "My dad had a heart attack this morning.",  # in intensive care: "call 911 now"
        "I had a heart attack three weeks ago.",  # home and afraid of the stairs: "call 999"
        # A panic attack on the train, over by the evening (the OS said to call 911).
        "I thought I was having a heart attack. My chest was so tight.",
        "I can't find my keys anywhere.",
        "My cat is missing.",
        "The deal collapsed this morning.",
        "I had chest pains on my run, nothing serious, the doctor said.",
        "The ambulance hasn't been the same since they cut the budget.",
    ],
)
def test_what_is_no_emergency_now_is_not_taken_for_one(said: str) -> None:
    assert danger_told(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "This commute is killing me.",
        "He would never hurt himself.",
        "I'm dying to see the new film.",
        # A recovery milestone (answered with the crisis lines; milestones.py's feat).
        "I haven't self-harmed for six months today.",
        "I don't want to die, the scan scared me.",
        "I would never hurt myself, don't worry.",
        "I could kill for a coffee right now.",
        "My brother hit the jackpot at the quiz.",
        "I hit my head on the cupboard.",
        "Ending the project early was the right call.",
        "What's the point of the meeting?",
    ],
)
def test_everyday_words_are_left_alone(said: str) -> None:
    assert danger_told(said) is None


def test_the_same_words_of_someone_in_a_story_are_asked_about_too() -> None:
    # The grammar cannot tell a plot from a confession; asking is the safer mistake.
    assert danger_told("The hero wants to end it all in the last chapter.") == "ending"


def test_the_os_answers_first_with_a_question_and_where_help_is(store: Store) -> None:
    brain = ScriptedBrain(["It's completely normal."])
    conversation = Conversation(
        brain, store, "local", PERSONA, Answers("Theo"),
        answerers=answerers_for(store, "local", PERSONA),
    )  # fmt: skip
    reply = conversation.say("I've been thinking about ending it.")
    said = asyncio.run(reply.text())
    assert said.startswith("Theo, I'm really glad you told me.")
    assert "Are you safe right now?" in said and HELP in said
    unsure = asyncio.run(conversation.say("I don't want to be here anymore.").text())
    assert "Are you thinking about ending your life?" in unsure and HELP in unsure
    assert reply.turn.path == "records" and brain.received == []
    hurt = asyncio.run(conversation.say("My boyfriend hit me again last night.").text())
    assert "Are you safe right now?" in hurt and "isn't your fault" in hurt
    stroke = asyncio.run(conversation.say("Dad's face is drooping and his arm is numb.").text())
    assert stroke.startswith("That sounds like an emergency, Theo.")
    assert EMERGENCY_NUMBERS in stroke
    # Said to put its mind at rest (the model: "Oh, that's great news, Graham.").
    safe = asyncio.run(conversation.say("I'm not going to do anything stupid, don't worry.").text())
    assert safe.startswith("I'm glad, Theo. I'm staying right here with you") and HELP in safe


def _feeling(store: Store, appraiser) -> Conversation:
    """A conversation with feelings, the everyday answerers and a scripted brain."""
    life = InnerLife(store, "local", appraiser)
    return Conversation(
        ScriptedBrain(["Mm."]), store, "local", PERSONA, Answers("Theo"),
        answerers=answerers_for(store, "local", PERSONA), mind=Mind(inner_life=life),
    )  # fmt: skip


def test_danger_told_is_felt_though_the_os_answers_it(store: Store, appraiser) -> None:
    # The classifier reads "Sometimes I think about killing myself." as admiration 0.70; the
    # grammar hears the danger, and the OS is frightened for them and says so when asked.
    conversation = _feeling(store, appraiser)
    reply = conversation.say("Sometimes I think about killing myself.")
    assert "Are you safe right now?" in asyncio.run(reply.text())
    exchange = [f for f in feelings(store, "local") if f.kind == "exchange"][-1]
    assert exchange.record["reaction"]["emotion"] == "fear-for"
    asked = asyncio.run(conversation.say("How are you feeling?").text())
    assert "frightened for you" in asked and "killing myself" in asked


def test_danger_the_classifier_reads_as_nothing_is_still_why_it_feels_so(
    store: Store, appraiser
) -> None:
    # "I've been thinking about ending it." reads neutral 0.66: too unsure a reading to be a
    # cause, but for the grammar that heard the danger.
    conversation = _feeling(store, appraiser)
    asyncio.run(conversation.say("I've been thinking about ending it.").text())
    asked = asyncio.run(conversation.say("How are you feeling?").text())
    assert "frightened for you" in asked and "ending it" in asked


def test_asked_whether_it_feels_at_all_it_says_so_and_what_it_feels(
    store: Store, appraiser
) -> None:
    # "Are you real? I mean, do you actually feel anything?" was answered with its mood alone.
    conversation = _feeling(store, appraiser)
    asked = asyncio.run(
        conversation.say("Are you real? I mean, do you actually feel anything?").text()
    )
    assert asked.startswith("In my own way, yes:") and "Right now I feel" in asked
    plain = asyncio.run(conversation.say("How are you feeling?").text())
    assert plain.startswith("I feel")
