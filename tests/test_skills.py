"""Notes, reminders and contacts: the skills and the CLI (their grammar: test_intents.py).

Everything runs on the real store; the conversation tests use the scripted
brain only to show that these requests never reach the model.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

import pytest

from os1.assembly.calendars import calendar_for
from os1.assembly.skills import skills_for
from os1.brain.scripted import ScriptedBrain
from os1.config import load_settings
from os1.conversation.answerers import answerers_for
from os1.conversation.loop import Conversation
from os1.errors import InputError
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.skills.contacts import Contacts
from os1.skills.notes import Notes
from os1.skills.proofreading import Proofreader
from os1.skills.reminders import Reminders
from os1.skills.when import parse_when
from os1.text.proofreading import apply, proofread
from tests.conftest import open_test_store, run_os1

pytestmark = pytest.mark.store

NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)  # a Saturday afternoon


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("at six", datetime(2026, 11, 28, 18, 0)),  # the evening's six: the morning's has passed
        ("at 9am", datetime(2026, 11, 29, 9, 0)),
        ("tomorrow", datetime(2026, 11, 29, 9, 0)),  # a day alone is nine in the morning
        ("tomorrow at 3pm", datetime(2026, 11, 29, 15, 0)),
        ("in 2 hours", datetime(2026, 11, 28, 17, 0)),
        # In words: "in twenty minutes" was 9:00 tomorrow's… today's, and so already past.
        ("in twenty minutes", datetime(2026, 11, 28, 15, 20)),
        ("in half an hour", datetime(2026, 11, 28, 15, 30)),
        ("in an hour", datetime(2026, 11, 28, 16, 0)),
        # Meal times ("tomorrow at lunchtime" could not be read).
        ("tomorrow at lunchtime", datetime(2026, 11, 29, 12, 30)),
        ("at teatime", datetime(2026, 11, 28, 18, 0)),
        ("friday", datetime(2026, 12, 4, 9, 0)),
        ("at noon", datetime(2026, 11, 29, 12, 0)),
        ("half past seven", datetime(2026, 11, 28, 19, 30)),
        ("December 3rd at 10:30", datetime(2026, 12, 3, 10, 30)),
        ("six", datetime(2026, 11, 28, 18, 0)),
        ("tomorrow at 9", datetime(2026, 11, 29, 9, 0)),  # not tomorrow at this time
        ("friday at 6", datetime(2026, 12, 4, 18, 0)),  # 1 to 6 without am: the evening
        ("today at 9", datetime(2026, 11, 28, 21, 0)),  # the morning's nine has passed
        # The hour first ("at nine tomorrow" was tomorrow at the minute it was said).
        ("at nine tomorrow", datetime(2026, 11, 29, 9, 0)),
        ("at 9 tonight", datetime(2026, 11, 28, 21, 0)),
        ("tonight at 8", datetime(2026, 11, 28, 20, 0)),
        # A day of the month alone ("on the 10th at 3" was 6 October next year).
        ("on the 10th at 3", datetime(2026, 12, 10, 15, 0)),
        ("the 30th", datetime(2026, 11, 30, 9, 0)),
        ("at 7 on the 31st", datetime(2026, 12, 31, 7, 0)),
        # The next morning ("remind me to call my boss in the morning" could not be read).
        ("in the morning", datetime(2026, 11, 29, 9, 0)),
        ("first thing", datetime(2026, 11, 29, 9, 0)),
    ],
)
def test_times_are_read_as_a_person_means_them(words, expected):
    assert parse_when(words, NOW) == expected.replace(tzinfo=UTC)


def test_a_bare_hour_is_on_the_local_clock_not_utc(monkeypatch):
    # Found on reading: "at six" was six in UTC, 19:00 on a laptop in Berlin.
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        six = parse_when("at six", NOW)  # 15:00 UTC is 16:00 in Berlin
    finally:
        monkeypatch.undo()
        time.tzset()
    assert six == datetime(2026, 11, 28, 17, 0, tzinfo=UTC)  # 18:00 in Berlin


@pytest.mark.parametrize(
    ("words", "problem"),
    [
        ("on the 31st of February", "There is no 31 February"),
        ("yesterday", "already past"),
        ("at 25", "not a time of day"),
        ("tomorrow at 25", "not a time of day"),
        ("whenever", "could not tell when"),
    ],
)
def test_impossible_times_are_refused_with_a_reason(words, problem):
    with pytest.raises(InputError, match=problem):
        parse_when(words, NOW)


def test_notes_are_kept_found_and_never_shared(store):
    store.ensure_user("ben")
    mine, bens = Notes(store, "local"), Notes(store, "ben")
    first = mine.add("Buy oat milk and bread")
    mine.add("Paul prefers tea")
    bens.add("Ben's secret note about milk")
    assert [text for _, _, text in mine.find("milk")] == ["Buy oat milk and bread"]
    assert len(mine.find()) == 2
    assert not bens.delete(first)
    assert mine.delete(first) and mine.find("milk") == []


def test_a_reminder_fires_once_and_survives_a_restart(os1_home):
    store = open_test_store(os1_home)
    store.ensure_user("local")
    reminders = Reminders(store, "local")
    due = reminders.add("call my sister", NOW + timedelta(hours=3), NOW)
    reminders.add("water the plants", NOW + timedelta(days=1), NOW)
    assert reminders.due(NOW + timedelta(hours=1)) == []
    store.close()
    # os1 was closed when it fell due: the next start announces it, once.
    store = open_test_store(os1_home)
    reminders = Reminders(store, "local")
    assert reminders.due(NOW + timedelta(hours=5)) == [due]
    assert reminders.due(NOW + timedelta(hours=6)) == []
    assert [r.text for r in reminders.upcoming()] == ["water the plants"]
    assert reminders.next_due() == NOW + timedelta(days=1)
    store.close()


def test_contacts_are_found_by_loose_names_and_two_close_ones_get_a_question(store):
    contacts = Contacts(store, "local")
    contacts.add("Charles Ng", phone="+44 20 7946 0000")
    contacts.add("Charles Bell", email="charles@bell.example")
    contacts.add("Paul Twombly", phone="+1 555 0100")
    assert contacts.find("charles ng").phone == "+44 20 7946 0000"
    assert contacts.find("Pual").name == "Paul Twombly"
    with pytest.raises(InputError, match="Which Charles do you mean: Charles Ng or Charles Bell"):
        contacts.find("Charles")
    with pytest.raises(InputError, match="I don't know anyone called Ruth"):
        contacts.find("Ruth")


def test_vcards_import_whole_or_not_at_all(store, tmp_path):
    cards = tmp_path / "people.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amy Adams\r\nTEL:+1 555 0199\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Catherine Klausen\r\n"
        "EMAIL:catherine@example.org\r\nEND:VCARD\r\n"
    )
    contacts = Contacts(store, "local")
    assert contacts.import_vcards(cards) == 2
    assert contacts.find("amy").phone == "+1 555 0199"
    broken = tmp_path / "broken.vcf"
    broken.write_text("BEGIN:VCARD\r\nFN:Half a card\r\n")
    with pytest.raises(InputError, match="is not a vCard file"):
        contacts.import_vcards(broken)
    assert len(contacts.all()) == 2


def _conversation(store) -> tuple[ScriptedBrain, Conversation]:
    skills = skills_for(load_settings(), store, clock=lambda: NOW).catalogue
    brain = ScriptedBrain(["Tell me more."] * 5)
    persona = Persona("Iris", "model", "It sounded right.")
    answerers = answerers_for(store, "local", persona, skills=skills, clock=lambda: NOW)
    return brain, Conversation(
        brain, store, "local", persona, Answers("Theo"), answerers=answerers, clock=lambda: NOW
    )


def test_the_commands_reach_the_same_skills(os1_home, tmp_path):
    assert run_os1("note", "add", "buy", "oat", "milk").stdout.startswith("Noted (note 1)")
    assert "buy oat milk" in run_os1("note", "list", "--about", "milk").stdout
    added = run_os1("remind", "add", "call my sister", "--at", "tomorrow at 9")
    assert added.returncode == 0, added.stderr
    assert "call your sister" in run_os1("remind", "list").stdout
    refused = run_os1("remind", "add", "pay rent", "--at", "31 February")
    assert refused.returncode == 1 and "There is no 31 February" in refused.stderr
    kept = run_os1("remind", "cancel", "1", input="n\n")
    assert "Nothing was changed" in kept.stderr
    assert "call your sister, at 09:00 tomorrow" in run_os1("remind", "list").stdout
    cards = tmp_path / "people.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amy Adams\r\nTEL:+1 555 0199\r\nEND:VCARD\r\n"
    )
    assert run_os1("contacts", "import", str(cards)).returncode == 0
    assert run_os1("contacts", "find", "amy").stdout.strip() == "Amy Adams: +1 555 0199."


def test_a_reminder_due_while_os1_was_closed_is_announced_when_a_chat_starts(os1_home, tmp_path):
    script = tmp_path / "replies.txt"
    script.write_text("Name: Wren\\nWhy: A small bird with a big song.\n" + "Mm.\n" * 3)
    env = {"OS1_BRAIN": "scripted", "OS1_BRAIN_SCRIPT": str(script), "OS1_FEELINGS": "0"}
    assert run_os1("setup", input="Theo\n\n\n\n\n", env=env).returncode == 0
    store = open_test_store(os1_home)
    past = datetime.now(UTC) - timedelta(hours=2)
    Reminders(store, "local").add("water the plants", past, past - timedelta(hours=1))
    store.close()
    chat = run_os1("chat", input="hello\n", env=env)
    assert chat.returncode == 0, chat.stderr
    assert "Wren > It's time to water the plants (it was for" in chat.stdout
    again = run_os1("chat", input="hello\n", env=env)
    assert "water the plants" not in again.stdout


LETTER = (
    "dear Ruth, i have definately recieved teh letter you sent from Lisbon. "
    "It was a honour. See you at at 6. Write to ruth@exmaple.org, the colour of spring."
)


def test_proofreading_finds_spelling_and_grammar_and_leaves_names_and_addresses():
    found = {(s.original, s.replacement, s.reason) for s in proofread(LETTER)}
    assert ("definately", "definitely", "spelling") in found
    assert ("recieved", "received", "spelling") in found
    assert ("teh", "the", "spelling") in found
    assert ("i", "I", "“I” is a capital") in found
    assert ("d", "D", "sentence start") in found
    assert ("a", "an", "“an honour”") in found
    assert ("at at", "at", "doubled word") in found
    fixed = apply(LETTER, proofread(LETTER))
    assert fixed.startswith("Dear Ruth, I have definitely received the letter")
    # Names, an email address and a British spelling are not mistakes.
    assert "Lisbon" in fixed and "ruth@exmaple.org" in fixed and "colour" in fixed
    assert proofread("All is well.") == []
    # What a dictionary cannot see: "alot" was "corrected" to "lot", "for been" passed.
    thanks = "Thank you for been there for me, it means alot. I could of cried."
    assert apply(thanks, proofread(thanks)) == (
        "Thank you for being there for me, it means a lot. I could have cried."
    )
    assert proofread("I have been there for ages.") == []


def test_proofreading_in_the_conversation_shows_the_changes_and_takes_them_on_yes(store):
    brain, conversation = _conversation(store)

    def say(text: str) -> str:
        return asyncio.run(conversation.say(text).text())

    shown = say("proofread: i recieved teh letter.")
    assert shown.startswith("3 suggestions:") and shown.endswith("Take them? (yes / no)")
    assert "[recieved → received]" in shown
    assert say("yes") == "Here it is, corrected: I received the letter."
    assert say("proofread: All is well.") == "I found nothing to change."
    # Asked as a person asks it, the text in quotes (it went to the model, and was thanked).
    asked = say('Can you proofread this for me: "Thanks for been there, it means alot."')
    assert asked.startswith("2 suggestions:") and "[alot → a lot]" in asked
    assert brain.received == []


def test_proofreading_a_file_keeps_the_old_text_and_takes_only_what_is_accepted(tmp_path):
    letter = tmp_path / "letter.txt"
    letter.write_text("i recieved teh letter.\n")
    diff = run_os1("proofread", str(letter), "--diff")
    assert "+I received the letter." in diff.stdout
    assert letter.read_text() == "i recieved teh letter.\n"
    # Take the first two suggestions, leave the third.
    done = run_os1("proofread", str(letter), input="y\ny\nn\n")
    assert done.returncode == 0, done.stderr
    assert letter.read_text() == "I received teh letter.\n"
    assert (tmp_path / "letter.txt~").read_text() == "i recieved teh letter.\n"
    piped = run_os1("proofread", "-", input="teh end")
    assert piped.stdout == "The end"
    missing = run_os1("proofread", str(tmp_path / "nope.txt"))
    assert missing.returncode != 0


def test_anything_important_today_gathers_the_calendar_and_the_reminders(store):
    _, conversation = _conversation(store)
    calendar_for(load_settings()).add(
        "Lunch with Amy", NOW + timedelta(hours=2), NOW + timedelta(hours=3)
    )
    Reminders(store, "local").add("call my sister", NOW + timedelta(hours=3), NOW)
    Reminders(store, "local").add("water the plants", NOW + timedelta(days=2), NOW)
    answer = asyncio.run(conversation.say("Anything important today?").text())
    assert answer == (
        "Today, on your calendar: 17:00 Lunch with Amy. And reminders: call my sister at 18:00."
    )


def test_proofread_the_letter_i_just_wrote_takes_the_last_thing_written(store):
    brain, conversation = _conversation(store)
    brain.received.clear()

    def say(text: str) -> str:
        return asyncio.run(conversation.say(text).text())

    assert say("proofread the letter I just wrote").startswith("I don't see anything you wrote")
    say("dear Ruth, i have recieved your letter and I will write back soon.")
    shown = say("Proofread the letter I just wrote")
    assert shown.startswith("3 suggestions:") and "[recieved → received]" in shown
    assert say("yes") == (
        "Here it is, corrected: Dear Ruth, I have received your letter and I will write back soon."
    )
    assert len(brain.received) == 1  # only the letter itself was answered by the brain


def test_a_capable_brain_adds_one_suggestion_of_style_quoting_the_text_exactly():
    stylist = ScriptedBrain(
        [
            '{"original": "I will write back soon.",'
            ' "better": "I will write back soon, I promise."}',
            '{"original": "A sentence that is not there.", "better": "Anything at all."}',
            "not JSON",
        ]
    )
    reader = Proofreader(stylist)
    lines, fixed = asyncio.run(reader.review("dear Ruth, I will write back soon."))
    assert fixed == "Dear Ruth, I will write back soon, I promise."
    assert lines[-1].endswith("(style, from the brain)")
    # A rewording of words the text does not have, or no answer, suggests nothing.
    for _ in range(2):
        lines, fixed = asyncio.run(reader.review("All is well."))
        assert (lines, fixed) == ([], "All is well.")
