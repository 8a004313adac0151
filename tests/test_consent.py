"""Consent: only a whole yes is yes, and a yes runs on exactly what the question showed.

The reading (conversation/consent.py) is tried over a table of replies, typed and as
speech is transcribed (no punctuation); the flow goes through the real conversation
with a scripted brain and the real store: a reply that is not clear is asked again and
changes nothing, a no cancels, and a yes deletes the note that was quoted, not another
that took its number in between.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from os1.brain.scripted import ScriptedBrain
from os1.conversation.answerers import answerers_for
from os1.conversation.consent import Consent, engages, is_no, is_yes, read
from os1.conversation.loop import Conversation
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.skills.mail_skills import ReplyArguments
from os1.skills.notes import Notes, note_skills
from os1.skills.reminders import Reminders, reminder_skills
from os1.skills.skill import Catalogue

NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)
DELETE = "Delete note 3, “the spare key is under the blue pot”?"
SEND = "Send to paul@friend.example, subject “Re: Dinner”: “I'll bring wine”?"
CANCEL = "Cancel the reminder to call your sister, at 18:00 today?"

YES = [
    "yes",
    "Yes.",
    "YES!",
    "yes yes",
    "yesss",
    "yeah",
    "yep",
    "yup",
    "y",
    "k",
    "ok",
    "OK.",
    "okay",
    "sure",
    "sure thing",
    "alright",
    "all right",
    "of course",
    "absolutely",
    "definitely",
    "correct",
    "that's right",
    "sounds good",
    "uh huh",
    "fine",
    "go ahead",
    "go for it",
    "go on",
    "do it",
    "please do",
    "just do it",
    "will do",
    "confirm",
    "yeah go ahead",
    "yes please",
    "yes please delete it",
    "okay do it",
    "ok, go ahead and delete it",
    "yes delete note 3",
    "yes i'm sure",
    "yes do it now",
    "yes thank you",
    "i said yes",
    "delete it",
    "yeah sure go for it",
    "Yes — go ahead.",
]
NO = [
    "no",
    "No.",
    "nope",
    "nah",
    "no thanks",
    "no thank you",
    "no no no",
    "don't",
    "don\u2019t do it",  # a curly apostrophe, as phones type it
    "dont delete it",
    "do not delete it",
    "no, don't delete it",
    "never mind",
    "cancel",
    "cancel that",
    "stop",
    "keep it",
    "nah leave it",
    "don't go ahead",
    "never do that",
    "i don't want that",
    "absolutely not",
    "definitely not",
    "not at all",
    "no I changed my mind",
    "i said no",
]
UNCLEAR = [
    # taken back, or both at once
    "yes actually no",
    "yes... actually no",
    "ok wait, no, don't delete it",
    "ok wait no dont delete it",
    "yeah no",
    "no wait",
    "no... yes",
    "yes no",
    "sure not sure",
    "not sure",
    "no, go ahead",
    "no go ahead",
    "nothing to worry about, go ahead",
    # a question, with or without its question mark
    "yes?",
    "ok?",
    "Sure? Which note is that?",
    "what note",
    "which one",
    "is it the key one",
    "are you sure",
    "do you mean the blue pot",
    "really",
    "sure why not",
    # a delay
    "do it later, not now",
    "sure but later",
    "not yet",
    "not now",
    "later",
    "tomorrow",
    "yes tomorrow",
    "in a minute",
    "one sec",
    "yes but first read it to me",
    "first tell me what it says",
    "after dinner",
    # a hedge, or not an answer
    "hmm",
    "hold on",
    "hang on",
    "wait",
    "maybe",
    "i guess",
    "i think so",
    "i don't know",
    "probably",
    "yes if you must",
    "yes but only the old one",
    "no problem",
    "please",
    "thanks",
    "",
    "   ",
    "👍",
    "...",
    # more than the question asked for
    "yes delete note 4",
    "yes and note 4 too",
    "yes delete all my notes",
    "sure, and send it to Amy",
]


@pytest.mark.parametrize("reply", YES)
def test_a_whole_yes_is_yes(reply: str) -> None:
    assert read(reply, DELETE) is Consent.YES


@pytest.mark.parametrize("reply", NO)
def test_a_plain_no_is_no(reply: str) -> None:
    assert read(reply, DELETE) is Consent.NO


@pytest.mark.parametrize("reply", UNCLEAR)
def test_anything_that_takes_it_back_asks_or_delays_is_not_a_yes(reply: str) -> None:
    assert read(reply, DELETE) is Consent.UNCLEAR


@pytest.mark.parametrize(
    ("reply", "asked", "expected"),
    [
        ("yes please send it", SEND, Consent.YES),
        ("sure send it to paul", SEND, Consent.YES),
        ("send it", SEND, Consent.YES),
        ("yes send it to amy", SEND, Consent.UNCLEAR),
        ("no don't send it", SEND, Consent.NO),
        # What the question quotes is not its own words.
        ("yes bring wine", SEND, Consent.UNCLEAR),
        ("yes delete note 2", "Delete note 9, “call 2 plumbers”?", Consent.UNCLEAR),
        ("yes delete note 9", "Delete note 9, “call 2 plumbers”?", Consent.YES),
        # "cancel" is what the question asks to do, so it is neither a yes nor a no alone.
        ("yes cancel it", CANCEL, Consent.YES),
        ("cancel it", CANCEL, Consent.UNCLEAR),
        ("no don't cancel it", CANCEL, Consent.NO),
        ("keep it", CANCEL, Consent.NO),
        # "Forget it" is a yes to forgetting, and a no to anything else: asked again.
        ("forget it", "Forget this for good? “I hate my job”", Consent.YES),
        ("yes forget it", "", Consent.YES),
        ("forget it", DELETE, Consent.UNCLEAR),
        # With no question to go by, the words alone decide.
        ("yes", "", Consent.YES),
        ("yes please send it", "", Consent.YES),
        ("yes delete note 3", "", Consent.UNCLEAR),
        ("no", "", Consent.NO),
        ("yes actually no", "", Consent.UNCLEAR),
    ],
)
def test_the_question_s_own_words_are_part_of_a_yes(
    reply: str, asked: str, expected: Consent
) -> None:
    assert read(reply, asked) is expected


def test_the_old_yes_and_no_agree_with_the_reading() -> None:
    for reply in YES:
        assert is_yes(reply, DELETE) and not is_no(reply, DELETE), reply
    for reply in [*NO, *UNCLEAR]:
        assert not is_yes(reply, DELETE), reply


def _conversation(store) -> Conversation:  # type: ignore[no-untyped-def]
    skills = Catalogue(
        [
            *note_skills(Notes(store, "local")),
            *reminder_skills(Reminders(store, "local"), lambda: NOW),
        ]
    )
    persona = Persona("Iris", "model", "It sounded right.")
    return Conversation(
        ScriptedBrain(f"Reply {n}: go on." for n in range(50)),
        store,
        "local",
        persona,
        Answers("Theo"),
        answerers=answerers_for(store, "local", persona, skills=skills, clock=lambda: NOW),
        clock=lambda: NOW,
    )


def _say(conversation: Conversation, text: str) -> str:
    return asyncio.run(conversation.say(text).text())


def test_a_reply_that_is_not_clear_is_asked_again_and_deletes_nothing(store) -> None:
    notes = Notes(store, "local")
    key = notes.add("the spare key is under the blue pot")
    conversation = _conversation(store)
    question = f"Delete note {key}, “the spare key is under the blue pot”? (yes / no)"
    assert _say(conversation, f"delete note {key}") == question
    for reply in ["ok wait, no, don't delete it", "Sure? Which note is that?"]:
        again = _say(conversation, reply)
        # Asked again, restating exactly what it would do; nothing done, nothing cancelled.
        assert again == f"I'll only do that on a clear yes. {question}"
        assert notes.get(key) is not None
    # The third answer that is not clear leaves it undone: a yes much later, to something
    # else, must not delete it.
    assert _say(conversation, "do it later, not now").startswith("I'll leave it undone")
    assert _say(conversation, "yes") != "Note 1 is deleted."
    assert notes.get(key) is not None
    # A plain no cancels at once.
    assert _say(conversation, f"delete note {key}") == question
    assert _say(conversation, "nope, keep it") == "All right, I won't."
    assert notes.get(key) is not None
    # And a whole yes, after one unclear answer, deletes it: the test can fail.
    _say(conversation, f"delete note {key}")
    assert _say(conversation, "yes... actually no").startswith("I'll only do that")
    assert _say(conversation, "yes, delete it") == f"Note {key} is deleted."
    assert notes.get(key) is None


def test_a_new_request_instead_of_an_answer_leaves_the_first_undone(store) -> None:
    notes = Notes(store, "local")
    notes.add("buy oat milk")
    notes.add("the piano tuner comes on Monday")
    conversation = _conversation(store)
    assert _say(conversation, "delete note 1").startswith("Delete note 1,")
    answer = _say(conversation, "what are my notes?")
    assert answer.startswith("I've left the earlier request undone. Your notes:")
    assert "buy oat milk" in answer
    assert _say(conversation, "delete note 2").startswith("Delete note 2,")
    assert _say(conversation, "delete note 1") == (
        "I've left the earlier request undone. Delete note 1, “buy oat milk”? (yes / no)"
    )
    assert _say(conversation, "yes") == "Note 1 is deleted."
    assert [n[2] for n in notes.find()] == ["the piano tuner comes on Monday"]


def test_talk_about_something_else_leaves_the_request_undone_and_is_talked_with(store) -> None:
    notes = Notes(store, "local")
    key = notes.add("the spare key is under the blue pot")
    conversation = _conversation(store)
    assert _say(conversation, f"delete note {key}").startswith(f"Delete note {key},")
    # Not an answer: the person moved on, so the OS talks (the brain answers) ...
    assert _say(conversation, "What's for dinner tonight?").startswith("Reply ")
    # ... and a yes afterwards is to nothing.
    assert _say(conversation, "yes") != f"Note {key} is deleted."
    assert notes.get(key) is not None


@pytest.mark.parametrize(
    ("reply", "answering"),
    [
        ("yes... actually no", True),
        ("Which note is that?", True),
        ("hmm", True),
        ("do it later, not now", True),
        ("the note about the key?", True),
        ("What's for dinner?", False),
        ("I had a long day at work", False),
        ("tell me a story", False),
        # A choir's proofreading waiting: "do" and "think" in a new question do not answer.
        ("What's the best thing about singing, do you think?", False),
        ("Which one do you mean exactly?", True),
    ],
)
def test_an_answer_that_is_not_clear_is_told_from_moving_on(reply: str, answering: bool) -> None:
    assert engages(reply, "Delete note 3, “the spare key”?") is answering


def test_forgetting_asks_again_after_an_answer_that_is_not_clear(store) -> None:
    conversation = _conversation(store)
    _say(conversation, "My ex Marco still texts me at night.")
    question = _say(conversation, "forget that")
    assert question.startswith("Forget this for good?") and "Marco" in question
    assert _say(conversation, "yes... actually no").startswith("I'll only do that on a clear yes.")
    assert any("Marco" in t.text for t in store.all_turns("local"))
    assert _say(conversation, "yes").startswith("Done. I've forgotten it")
    assert all("Marco" not in t.text for t in store.all_turns("local"))


def test_a_yes_deletes_the_note_that_was_quoted_not_one_that_took_its_number(store) -> None:
    notes = Notes(store, "local")
    notes.add("buy oat milk")
    shown = notes.add("the spare key is under the blue pot")
    conversation = _conversation(store)
    assert _say(conversation, f"delete note {shown}").startswith(f"Delete note {shown}, “the")
    # Meanwhile (another window, the CLI) that note goes and a new one is written: SQLite
    # gives the new one the same number.
    notes.delete(shown)
    newer = notes.add("the alarm code is 4711")
    assert newer == shown
    answer = _say(conversation, "yes")
    assert answer.startswith(f"Note {shown} is no longer “the spare key")
    assert notes.get(newer) == "the alarm code is 4711"


def test_a_yes_cancels_the_reminder_that_was_named_not_one_that_took_its_number(store) -> None:
    reminders = Reminders(store, "local")
    first = reminders.add("call my sister", NOW + timedelta(hours=3), NOW)
    conversation = _conversation(store)
    assert _say(conversation, f"cancel reminder {first.id}") == f"{CANCEL} (yes / no)"
    reminders.cancel(first.id)
    newer = reminders.add("take the pills", NOW + timedelta(hours=4), NOW)
    assert newer.id == first.id
    answer = _say(conversation, "yes")
    assert "has fired or changed since I asked, so nothing was cancelled" in answer
    assert [r.text for r in reminders.upcoming()] == ["take the pills"]
    # The same request, asked and answered, does cancel.
    assert _say(conversation, f"cancel reminder {newer.id}").startswith("Cancel the reminder")
    assert _say(conversation, "yes cancel it") == "Cancelled: take the pills."
    assert reminders.upcoming() == []


def test_what_was_shown_is_not_an_argument_and_not_part_of_the_request() -> None:
    pinned = ReplyArguments(name="Paul", text="I'll bring wine")
    pinned._shown = "the message shown"
    fresh = ReplyArguments.model_validate({"name": "Paul", "text": "I'll bring wine"})
    # An MCP client's retry carries the same request, without the pin: it is the same one.
    assert pinned == fresh and fresh.shown is None
    assert pinned != ReplyArguments(name="Paul", text="I'll bring beer")
    # No caller can set it: it is not in the schema, and input cannot reach it.
    assert "_shown" not in ReplyArguments.model_json_schema()["properties"]
    forged = ReplyArguments.model_validate(
        {"name": "Paul", "text": "hi", "_shown": "x", "shown": "y"}
    )
    assert forged.shown is None
