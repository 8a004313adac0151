"""The intent grammar: the words that ask for a skill, read without the language model.

Each unit keeps its own rules (os1.skills.grammar); `understand` tries them all, by
precedence, then in the registry's order. The letters' phrases are in
test_letters_correspondence.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from os1.errors import InputError
from os1.skills.grammar import Precedence
from os1.skills.intents import Call, rules, understand

NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)  # a Saturday afternoon


@pytest.mark.parametrize(
    ("said", "call"),
    [
        (
            "remind me to call my sister at six",
            Call("remind", {"what": "call my sister", "when": "at six"}),
        ),
        (
            "Please remind me at 9am tomorrow to water the plants.",
            Call("remind", {"what": "water the plants", "when": "at 9am tomorrow"}),
        ),
        (
            "remind me to pick up the kids tomorrow at 3pm",
            Call("remind", {"what": "pick up the kids", "when": "tomorrow at 3pm"}),
        ),
        # The "for" goes with the day ("I'll remind you to book a babysitter for at 09:00").
        (
            "Can you remind me to book a babysitter for Friday?",
            Call("remind", {"what": "book a babysitter", "when": "Friday"}),
        ),
        # An alarm is a reminder, to get up unless they say what for (a nurse's "Set an
        # alarm for four pm please." was answered "Go on, I'm here.").
        (
            "Set an alarm for four pm please.",
            Call("remind", {"what": "get up", "when": "at four pm"}),
        ),
        (
            "set an alarm for 7 tomorrow to take my pills",
            Call("remind", {"what": "take my pills", "when": "at 7 tomorrow"}),
        ),
        (
            "Wake me up in twenty minutes.",
            Call("remind", {"what": "get up", "when": "in twenty minutes"}),
        ),
        ("take a note: buy oat milk", Call("take_note", {"text": "buy oat milk"})),
        ("Note that Paul prefers tea.", Call("take_note", {"text": "Paul prefers tea"})),
        (
            "add a note that I need to call Anna on Sunday",
            Call("take_note", {"text": "I need to call Anna on Sunday"}),
        ),
        ("what did I note about milk?", Call("find_notes", {"about": "milk"})),
        ("what are my reminders?", Call("list_reminders", {})),
        ("cancel reminder 3", Call("cancel_reminder", {"id": "3"})),
        ("What's Charles's number?", Call("find_contact", {"name": "Charles"})),
        ("how do I reach Paul", Call("find_contact", {"name": "Paul"})),
        ("How are you today?", None),
        ("I need to remember to breathe", None),
    ],
)
def test_the_grammar_understands_the_core_requests(said, call):
    assert understand(said, NOW) == call


def test_a_reminder_without_a_time_is_a_question_back():
    with pytest.raises(InputError, match="When should I remind you to call Ruth"):
        understand("remind me to call Ruth", NOW)


@pytest.mark.parametrize(
    ("said", "call"),
    [
        # The free words after "remind me" may read like any request: reminders come first.
        (
            "remind me to cancel lunch at six",
            Call("remind", {"what": "cancel lunch", "when": "at six"}),
        ),
        # A letter to someone named Note is a letter, not a note.
        (
            "Write Note a letter for her birthday",
            Call(
                "write_letter",
                {"to": "Note", "occasion": "her birthday", "mention": "", "sender": "me"},
            ),
        ),
        # "Anything important today" is the day's summary, not the calendar's day.
        ("what's on today", Call("today", {})),
        # The calendar's catch-all is tried before a contact's "what's X's number".
        (
            "what's on my calendar on Ruth's phone",
            Call("calendar_day", {"day": "on Ruth's phone"}),
        ),
        # A specific rule beats a catch-all: this is a reminder, not an event called so.
        ("cancel reminder 3", Call("cancel_reminder", {"id": "3"})),
    ],
)
def test_where_two_rules_could_read_the_words_the_one_tried_first_wins(said, call):
    assert understand(said, NOW) == call


def test_rules_are_tried_by_precedence_then_in_the_registrys_order():
    tried = rules()
    assert [r.precedence for r in tried] == sorted(r.precedence for r in tried)
    assert [r.skill for r in tried[:2]] == ["remind", "add_event"]
    assert tried[-1].skill == "find_contact" and tried[-1].precedence is Precedence.LAST
