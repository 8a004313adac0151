"""Loneliness told as what is missing: the OS is sorry for them, whatever the readings."""

from __future__ import annotations

import pytest

from os1.mind.appraisal import LearnedAppraiser
from os1.mind.loneliness import loneliness_told
from os1.mind.message_reading import felt_by_sentence


@pytest.mark.parametrize(
    "said",
    [
        "It's quiet in the house. I talk to the cat more than anyone.",
        "Whole weekend and nobody called. Not even my kids.",
        "Nobody really visits anymore since I stopped driving.",
        "I feel so left out at work.",
        "Though honestly it made me feel a bit left behind.",
        "There's no one I can talk to about any of this.",
        "I moved last week. I don't know a single person here.",
        "Went to a pub quiz alone tonight and nobody talked to me.",
        # Kept away from by their own (read as calm; a son twenty minutes away).
        "Daniel hasn't visited in four months.",
        "Mum hasn't been in touch since Christmas.",
        "My son hasn't called me in weeks.",
        "It's my first Christmas without Len.",  # "I'm so glad you're celebrating Len's birthday"
        # Three months in a new city (read as nothing; "…on your own again, I'm glad to say").
        "It's Friday night and I'm on my own again.",
        # Friends since nursery ("That's so good to hear.").
        "My best friend Shanice is moving to Australia tomorrow.",
    ],
)
def test_loneliness_is_heard_in_what_is_missing(said: str) -> None:
    assert loneliness_told(said)


@pytest.mark.parametrize(
    "said",
    [
        "Do you get lonely?",
        "I'm never lonely when I talk to you.",
        "I'm not lonely, just tired.",
        "One of the kids asked if I was lonely.",
        "The house is full of noise with the kids home.",
        "I left my phone behind at the café.",
        "I didn't know anyone there but it was fun.",
        "Do you know anyone here?",
        "The plumber hasn't called back yet.",
        "I'm on my own again tonight, Tom's away. Bliss!",
    ],
)
def test_asked_denied_or_a_full_house_is_not_loneliness(said: str) -> None:
    assert not loneliness_told(said)


def test_the_os_is_sorry_for_them_where_the_readings_saw_a_feat(
    appraiser: LearnedAppraiser,
) -> None:
    # Read as admiration; the OS answered "That's wonderful, Walter! You should be proud."
    said = "It's quiet in the house. I talk to the cat more than anyone."
    reaction, _ = felt_by_sentence(appraiser, appraiser.appraise(said), said, 0.3)
    assert reaction.emotion == "sorry-for"
    # Read unsurely as a fear (fear-for 0.33), and asked "Are you safe right now?".
    quiet = "The house is so quiet without his nails on the floor."
    reaction, _ = felt_by_sentence(appraiser, appraiser.appraise(quiet), quiet, 0.3)
    assert reaction.emotion == "sorry-for"
    # Read as admiration 0.64, after a friend's engagement.
    behind = "Though honestly it made me feel a bit left behind."
    reaction, _ = felt_by_sentence(appraiser, appraiser.appraise(behind), behind, 0.3)
    assert reaction.emotion == "sorry-for"
