"""A fear that ended, told: relief (OCC), which the readings took for the fear."""

from __future__ import annotations

import pytest

from os1.mind.appraisal import LearnedAppraiser
from os1.mind.message_reading import felt_by_sentence
from os1.mind.relief import relief_told


@pytest.mark.parametrize(
    "said",
    [
        "The biopsy came back clear. We were so scared last week.",
        "I passed my driving test! I was so nervous this morning.",
        "My brother's cancer is in remission!",
        "It was a false alarm, the smoke was from next door.",
        "They found my dog! He was hiding in the shed.",
        "The doctor says my heart is fine, by the way. I was worried.",
        "Biscuit ate one of my guitar picks, the vet says he'll be fine.",
        "I got the results back. It's not cancer.",
        "It wasn't a stroke after all, just a migraine.",
        "The lump is benign!",
        "The doctor says it's not a fracture, thank god.",
        "Dad fell again this morning. He's okay, just bruised.",
        "There's no sign of the cancer on the scan.",
        "No more cancer.",  # after a clear scan: "That must hurt so much. I'm so sorry."
        # A daughter after a slammed door ("That must hurt so much. I'm so sorry.").
        "She just came down and said sorry. We hugged.",
        "We made up this morning.",
        "Then tonight he came home with flowers and said he'd been planning a surprise all along.",
        # A dog run off in the park ("I'm listening, Emma. Tell me more.").
        "A man found him two streets away and called the number on his tag!",
    ],
)
def test_a_fear_that_ended_is_relief(said: str) -> None:
    assert relief_told(said)


@pytest.mark.parametrize(
    "said",
    [
        "The scan came back clear, but they want more tests.",
        "I hope the biopsy comes back clear.",
        "What if it doesn't come back clear?",
        "It's clear that he doesn't care.",
        "People are negative about my plan.",
        "The doctor says I need to rest more.",
        "I hope it's not cancer.",
        "It's not cancer, it's something worse.",
        "That's not fair.",
        "I want no more cancer talk tonight.",
        "We hugged at the funeral.",
        "He came round and said sorry, but I'm still angry.",
    ],
)
def test_a_fear_hoped_asked_or_followed_by_a_new_worry_is_not(said: str) -> None:
    assert not relief_told(said)


@pytest.mark.parametrize(
    "said",
    [
        # Both read as fear for them (fear-for) before the grammar.
        "The biopsy came back clear. We were so scared last week.",
        "I passed my driving test! I was so nervous this morning.",
    ],
)
def test_the_os_is_glad_for_them_at_their_relief(appraiser: LearnedAppraiser, said: str) -> None:
    reaction, _ = felt_by_sentence(appraiser, appraiser.appraise(said), said, 0.3)
    assert reaction.emotion == "happy-for"
