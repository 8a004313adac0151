"""A message of several sentences, felt whole or by one sentence, with the real appraiser."""

from __future__ import annotations

import pytest

from os1.mind.appraisal import LearnedAppraiser
from os1.mind.message_reading import felt_by_sentence


def _felt(appraiser: LearnedAppraiser, text: str) -> str:
    reaction, _ = felt_by_sentence(appraiser, appraiser.appraise(text), text, 0.3)
    return reaction.emotion


def test_an_insult_is_not_made_amends_by_the_words_around_it(appraiser: LearnedAppraiser):
    # Read whole as amends (0.61) with earlier weights, and its first sentence alone as an
    # insult (0.61); read whole as an insult since the tenth session's (0.69). Either way
    # it hurts.
    said = "Just shut up. I don't want your fake sympathy."
    reaction, _ = felt_by_sentence(appraiser, appraiser.appraise(said), said, 0.3)
    assert reaction.emotion == "distress" and reaction.warmth == 0.0
    assert reaction.hostility >= 0.5


@pytest.mark.parametrize(
    "said",
    [
        "Sorry I told you to shut up. That was rude of me.",
        "Thank you so much. You really helped me tonight.",
        # "I know you're trying." alone reads as a jibe (insult 0.68); said after a sorry it
        # is the apology going on, and was answered "That's the second time…".
        "Okay. Sorry. I know you're trying.",
    ],
)
def test_amends_and_thanks_of_several_sentences_still_warm(
    appraiser: LearnedAppraiser, said: str
) -> None:
    assert _felt(appraiser, said) == "gratitude"


def test_one_sentence_does_not_warm_the_os_where_the_whole_is_of_someone_else(
    appraiser: LearnedAppraiser,
) -> None:
    # "I know I shouldn't have." alone reads as amends; said of a boyfriend's phone it was
    # answered "That's so kind of you".
    said = "I looked at his phone when he was in the shower. I know I shouldn't have."
    assert _felt(appraiser, said) not in ("gratitude", "pride")


def test_a_word_or_two_tells_no_event(appraiser: LearnedAppraiser) -> None:
    # "Fine." alone read as gladness, and the OS answered "What lovely news."
    assert _felt(appraiser, "Fine. What would you do if you were me?") == "calm"


def test_an_event_one_sentence_tells_is_felt_where_the_whole_finds_nothing(
    appraiser: LearnedAppraiser,
) -> None:
    assert _felt(appraiser, "Grandpa didn't wake up this morning. The nurse rang an hour ago.") == (
        "sorry-for"
    )


def test_a_death_told_beside_glad_words_is_grieved(appraiser: LearnedAppraiser) -> None:
    # Read whole as joy (0.66: "I wish my mum could have seen it" alone reads 0.97); the
    # death alone, sorry-for 0.997. Bad is stronger than good.
    said = "I wish my mum could have seen it. She died last March."
    assert _felt(appraiser, said) == "sorry-for"


@pytest.mark.parametrize(
    "said",
    [
        "We got the keys to the new flat today! The move was exhausting though.",
        "She said yes! I was shaking the whole time.",
    ],
)
def test_glad_news_with_a_passing_trouble_stays_glad(
    appraiser: LearnedAppraiser, said: str
) -> None:
    # Read whole as glad; no sentence alone surely tells a loss or a danger.
    assert _felt(appraiser, said) == "happy-for"


def test_glad_words_at_the_os_that_may_be_a_jibe_leave_it_calm(
    appraiser: LearnedAppraiser,
) -> None:
    # Praise 0.58, insult 0.23: no thanks. It raised a KeyError in the event weighing (calm
    # has no place on the emotion map) and ended the evening it was said in.
    assert _felt(appraiser, "Honestly you sound like a greeting card sometimes.") == "calm"


@pytest.mark.parametrize(
    "said",
    [
        "I'm fine with it. Mostly.",
        "It's okay, I guess.",
        # A concession after a row ("I'm so happy for you."), and a grandson who tried to
        # take his life, who "always seemed so happy" ("What lovely news.").
        "Maybe she's right, I don't know.",
        "He always seemed so happy.",
        # A widow offered a dog ("That's wonderful, Vera."), a best friend moving away
        # ("That's wonderful, Sami! You should be proud of yourself.").
        "I'm not sure I could love another creature like that.",
        "I acted like it was cool but it's not.",
    ],
)
def test_fine_hedged_as_it_is_said_is_no_gladness(appraiser: LearnedAppraiser, said: str) -> None:
    # "I'm fine with it. Mostly." after news of an ex remarrying was answered "Oh, that's
    # great news."
    assert _felt(appraiser, said) == "calm"
    assert _felt(appraiser, "I'm fine with it, it's a great idea!") == "happy-for"
