"""A day kept for someone who has died: grief, though the words name no death."""

from __future__ import annotations

import pytest

from os1.conversation.death_told import tells_death
from os1.mind.appraisal import LearnedAppraiser
from os1.mind.message_reading import felt_by_sentence
from os1.mind.remembrance import remembrance_told


@pytest.mark.parametrize(
    "said",
    [
        "Frank would have been eighty today.",
        "Mum would've turned seventy-five on Saturday.",
        "It would have been our fortieth wedding anniversary tomorrow.",
        "Today is the anniversary of her death.",
        "Two years today since Dad died.",
        # A grave's marks (answered "That's wonderful, Esther! You should be proud of yourself.").
        "Harold's headstone went up today. It took a year.",
        "We scattered Dad's ashes at the beach.",
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
