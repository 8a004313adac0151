"""What each sentence does (dialogue_acts.py) and who it is about (subjects.py): only the
person's statements about the world are read for facts, with their people named."""

from __future__ import annotations

import pytest

from os1.memory.dialogue_acts import act, statements
from os1.memory.subjects import People, continued, leans_outside


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The evening of issue 18.
        ("You're just a chatbot.", "about_os"),
        ("I don't really know how this works.", "meta"),
        ("Sorry, could you answer in English?", "question"),
        ("What do you think I should do?", "question"),
        ("Add dinner with Paul to my calendar.", "request"),
        ("Answer in English.", "request"),
        ("My ex-wife Catherine sent over the divorce papers this morning.", "statement"),
        # Others of each kind.
        ("How are you today.", "question"),
        ("Can you remind me about Paul's birthday.", "question"),
        ("Remind me to call my sister tomorrow.", "request"),
        ("Tell me a joke.", "request"),
        ("Let's talk about something else.", "request"),
        ("Good morning!", "social"),
        ("Thanks so much for listening.", "social"),
        ("I'm sorry for yelling at you.", "social"),
        ("Honestly, you don't understand anything.", "about_os"),
        ("I think you're a stupid program.", "about_os"),
        ("I don't know what to say.", "meta"),
        ("On Saturday we're having dinner with Paul for his birthday.", "statement"),
        ("Paul's birthday is on Saturday.", "statement"),
        ("When I was young, I lived in Paris.", "statement"),
        ("Went to Leeds with Amy last weekend.", "statement"),
        ("Work has been stressful lately.", "statement"),
        ("Being a single dad is hard.", "statement"),
        ("Amy, my sister, lives in Leeds.", "statement"),
        ("You know, my job is boring.", "statement"),
        ("That is really great Jon!", "reaction"),
        ("It must have been fun to be there.", "reaction"),
        ("It's Amy's birthday on Saturday.", "statement"),
        ("It was a moving experience for all of us.", "statement"),
        # Not said as so: conditions, hedges, wishes; second-hand; wondering aloud.
        ("If I get the job, I'll move to Paris.", "unsure"),
        ("I'll move to Paris if I get the job.", "unsure"),
        ("Maybe we'll go hiking next week.", "unsure"),
        ("I'll probably sell the car.", "unsure"),
        ("I think Paul is moving to Berlin.", "unsure"),
        ("My brother might move to Berlin.", "unsure"),
        ("I wish I could travel more.", "unsure"),
        ("My mum said she's selling the house.", "reported"),
        ("Everyone tells me I look like my dad.", "reported"),
        ("I heard that Amy got married.", "reported"),
        ("Apparently the bakery on our street is closing.", "reported"),
        ("I wonder if Paul will come to the wedding.", "question"),
        ("I'm not sure whether to take the job.", "question"),
        # Answers and reactions whose content was the other's, and words that say nothing.
        ("Really made me think about taking care of our minds.", "reaction"),
        ("Reminds me of my grandmother's garden.", "reaction"),
        ("I totally agree, Melanie.", "reaction"),
        ("I couldn't agree more.", "reaction"),
        # A stance on something unnamed ("You're fine with it." was in a portrait).
        ("I'm fine with it.", "reaction"),
        ("Actually no, I'm not fine with it.", "reaction"),
        ("I love it!", "reaction"),
        ("I love it when Kai sings.", "statement"),
        # A name and a verb in the negative ("Tom didn't even call back." was a request).
        ("Tom didn't even call back.", "statement"),
        ("Don't tell Tom.", "request"),
        ("I definitely will.", "fragment"),
        ("We did too!", "fragment"),
        ("Since we last chatted, I've had a lot of things happening to me.", "meta"),
        # …and statements that only look like them.
        ("I couldn't sleep last night.", "statement"),
        ("I read a great book about whales last week.", "statement"),
        ("I love what I do.", "statement"),
        ("Finally moved to Leeds last May.", "statement"),
        ("Been only to Rome once.", "statement"),
        ("Been a few days since we chatted.", "meta"),
        ("It's been ages since we talked!", "meta"),
        ("Family is everything to me.", "statement"),
        ("Taking care of ourselves is important, even if it's not always easy.", "statement"),
        ("I said no to the promotion.", "statement"),
        ("I've been so busy with work.", "statement"),
    ],
)
def test_each_sentence_is_read_for_what_it_does(sentence: str, expected: str) -> None:
    assert act(sentence) == expected


def test_only_statements_are_kept_without_their_asides() -> None:
    evening = (
        "Hi there! Sorry, could you answer in English? You're just a chatbot. "
        "I don't really know how this works. Please remember that my sister Amy is a nurse. "
        "Hey Maria, since we last talked, I started volunteering at the school. "
        "On Saturday we're having dinner with Paul, add dinner with Paul to my calendar."
    )
    assert statements(evening) == [
        "My sister Amy is a nurse.",
        "Since we last talked, I started volunteering at the school.",
        "On Saturday we're having dinner with Paul.",
    ]


def test_a_named_relation_and_an_opening_pronoun_are_said_in_full() -> None:
    people = People()
    said = [
        "My ex-wife Catherine sent over the divorce papers this morning.",
        "She wants to keep the house.",
        "Paul is my best friend.",
        "He turns 40 on Saturday.",
        "My ex-wife called again.",
        "My sister Amy lives in Leeds.",
        "She is a nurse.",
    ]
    assert [people.resolve(s) for s in said] == [
        "My ex-wife Catherine sent over the divorce papers this morning.",
        "Catherine wants to keep the house.",
        "Paul is my best friend.",
        "Paul turns 40 on Saturday.",
        "My ex-wife Catherine called again.",
        "My sister Amy lives in Leeds.",
        "Amy is a nurse.",
    ]


def test_an_ambiguous_pronoun_or_relation_is_left_as_said() -> None:
    people = People()
    for sentence in ("My friend Paul is kind.", "My friend Maya is funny."):
        people.resolve(sentence)
    assert people.resolve("My friend is coming over.") == "My friend is coming over."
    people.resolve("My mother Ruth and my sister Amy came by.")
    assert people.resolve("She brought a cake.") == "She brought a cake."


def test_a_sentence_that_goes_on_from_the_one_before_is_read_with_it() -> None:
    said = [
        "I chose them 'cause they help LGBTQ+ folks with adoption.",
        "Their inclusivity and support really spoke to me.",
        # One joined at most, so that a fact stays one thought; alone it is about nothing.
        "They were very kind.",
        "My sister Amy lives in Leeds.",
        "It's a lovely city.",
        "Paul is my best friend.",
    ]
    assert continued(said) == [
        "I chose them 'cause they help LGBTQ+ folks with adoption, and their inclusivity"
        " and support really spoke to me.",
        "My sister Amy lives in Leeds, and it's a lovely city.",
        "Paul is my best friend.",
    ]
    assert continued(["It's raining again.", "I stayed in."]) == [
        "It's raining again.",
        "I stayed in.",
    ]


def test_a_short_sentence_whose_object_pronoun_stands_for_nothing_in_it_is_no_fact() -> None:
    # Read alone, "Maria took it at the beach last month." is about nothing to name.
    for leaning in (
        "I took it at the beach last month.",
        "I'm gonna make it happen!",
        "I sat with her and we talked.",
        "My sister gave it to me.",
    ):
        assert leans_outside(leaning), leaning
    for standing in (
        "I bought a new bike and I love it.",
        "I visited Paris and loved it.",
        "Paris was lovely and I loved it.",
        "I went to a support group and it was so powerful.",
        "I gave her my old car.",
        "A friend made it for my 18th birthday ten years ago.",
    ):
        assert not leans_outside(standing), standing
    said = ["My dad had his operation today.", "I sat with him all day.", "It went well."]
    assert continued(said) == ["My dad had his operation today."]
