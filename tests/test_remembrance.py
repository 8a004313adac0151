"""A day kept for someone who has died: grief, though the words name no death."""

from __future__ import annotations

import pytest

from os1.conversation.death_told import tells_death
from os1.mind.appraisal import LearnedAppraiser
from os1.mind.death_euphemisms import death_nearly, death_softened
from os1.mind.message_reading import felt_by_sentence
from os1.mind.remembrance import remembrance_told


@pytest.mark.parametrize(
    "said",
    [
        "Frank would have been eighty today.",
        "Mum would've turned seventy-five on Saturday.",
        "She'd have been a hundred.",  # a cherry tree planted ("That's so good to hear.")
        "It would have been our fortieth wedding anniversary tomorrow.",
        "Today is the anniversary of her death.",
        "Two years today since Dad died.",
        # A grave's marks (answered "That's wonderful, Esther! You should be proud of yourself.").
        "Harold's headstone went up today. It took a year.",
        "We scattered Dad's ashes at the beach.",
        # Of a name (read as calm; her freesias then "That's so good to hear.").
        "It would have been Eileen's birthday today.",
    ],
)
def test_a_day_kept_for_the_dead_is_heard(said: str) -> None:
    assert remembrance_told(said)
    assert tells_death(said)


@pytest.mark.parametrize(
    "said",
    [
        "How old would he have been?",
        "It would have been nice to see you.",
        "I would have been late anyway.",
        "It's our tenth anniversary today!",
        "That was a grave mistake.",
    ],
)
def test_asked_or_a_plain_would_have_is_not(said: str) -> None:
    assert not remembrance_told(said)


def test_the_os_is_sorry_for_them(appraiser: LearnedAppraiser) -> None:
    # Read calm by the classifiers; the model answered "The age difference is a testament
    # to the complexity of life."
    said = "Frank would have been eighty today."
    reaction, _ = felt_by_sentence(appraiser, appraiser.appraise(said), said, 0.3)
    assert reaction.emotion == "sorry-for"


@pytest.mark.parametrize(
    "said",
    [
        # On what would have been a fortieth anniversary (read calm; "Aw, shucks!").
        "I set two cups out this morning without thinking.",
        "I reached for the phone to call her before I remembered.",
        "For a second I forgot she's gone.",
        # Told, then asked ("Oh, that's great news.").
        "I keep his coat on the hook by the door. Is that strange?",
        "I can't bring myself to wash her pillowcase.",
        # A widow's first evening ("What lovely news."), a son caught shoplifting ("What a
        # lovely memory"), a mother who did not live to see a citizenship ceremony (fear 0.51).
        "That's a good one. Ron would have laughed at that.",
        "He used to be such a sweet kid.",
        "My mother couldn't be there. She passed before she could see it.",
    ],
)
def test_a_habit_kept_for_the_dead_is_grief(said: str, appraiser: LearnedAppraiser) -> None:
    assert remembrance_told(said)
    reaction, _ = felt_by_sentence(appraiser, appraiser.appraise(said), said, 0.3)
    assert reaction.emotion == "sorry-for"


def test_two_cups_for_the_living_are_not() -> None:
    assert not remembrance_told("I set two cups out for me and Jo.")
    assert not remembrance_told("Did I ever tell you I keep his coat on the hook?")
    assert not remembrance_told("She passed her driving test!")


@pytest.mark.parametrize(
    "said",
    [
        # A border terrier of fifteen (read calm; "Biscuit, a delightful treat.").
        "We had to put Biscuit down this afternoon.",
        # Read as happy-for 0.60.
        "We had to have our cat put to sleep.",
        "The vet put her to sleep this morning.",
        "Nan slipped away on Sunday.",
        "Our old spaniel crossed the rainbow bridge last night.",
        "He didn't make it.",
    ],
)
def test_a_death_told_softly_is_grief(said: str, appraiser: LearnedAppraiser) -> None:
    assert death_softened(said)
    assert tells_death(said)
    reaction, _ = felt_by_sentence(appraiser, appraiser.appraise(said), said, 0.3)
    assert reaction.emotion == "sorry-for"


@pytest.mark.parametrize(
    "said",
    [
        "I had to put the baby down for a nap.",
        "I put my name down for the choir.",
        "He didn't make it to the interview.",
        "She passed on the message.",
        "The afternoon slipped away from me.",
        "Had to put her to sleep in the pram first.",
    ],
)
def test_a_baby_laid_down_or_a_name_put_down_is_no_death(said: str) -> None:
    assert not death_softened(said)


def test_a_death_narrowly_missed_and_a_lead_left_by_the_door_are_sorrow(
    appraiser: LearnedAppraiser,
) -> None:
    # Read as fear 0.82 ("Are you safe right now?", a dog put down that afternoon).
    said = "His lead is still hanging by the door. I can't move it."
    reaction, _ = felt_by_sentence(appraiser, appraiser.appraise(said), said, 0.3)
    assert reaction.emotion == "sorry-for"
    # Read as admiration 0.93 ("Oh, I love that."): long ago, it is the story behind a first
    # length swum that night, no news either way; a near miss of late is sorrow.
    said = "When I was a kid I nearly drowned at the beach in Cádiz so I never learned."
    reaction, _ = felt_by_sentence(appraiser, appraiser.appraise(said), said, 0.3)
    assert reaction.emotion == "calm" and tells_death(said)
    said = "We almost lost her in March."
    assert felt_by_sentence(appraiser, appraiser.appraise(said), said, 0.3)[0].emotion == (
        "sorry-for"
    )
    assert death_nearly("We almost lost her in March.")
    assert not death_nearly("I nearly died laughing.")
    assert remembrance_told("Her bowl is still there, under the sink.")
    assert not remembrance_told("The bowl is still in the oven.")
