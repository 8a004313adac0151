"""A correspondence over time: the dossier that grows, the client's voice, no contradictions,
claims the dossier must back, and letters chosen and rendered from the conversation."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.scripted import ScriptedBrain
from os1.letters import checks
from os1.letters.brief import Brief
from os1.letters.desk import Desk
from os1.letters.drafting import draft_letter
from os1.letters.plan import plan_letter
from os1.letters.studio import Entry, Letter, Parts, Studio
from os1.memory.migrations import MIGRATIONS, migrate
from os1.memory.sqlite import SQLITE, transaction
from os1.memory.store import Store
from os1.skills.intents import Call, understand
from tests.conftest import run_os1, sqlite_only
from tests.test_letters import BRIEF, DOSSIER, GOOD

pytestmark = pytest.mark.store

NOW = datetime(2026, 11, 29, 10, tzinfo=UTC)
EARLIER = Letter(
    1, 1, 1, "our 49th anniversary", {},
    Parts(
        "My dearest Bear,",
        ("We met at a dance in Naples in 1974, and I call you Bear.",
         "Happy 49th anniversary, my love."),
        "Yours forever,",
        "Lolly",
    ),
    "2025-06-01",
)  # fmt: skip


# The schema


@sqlite_only
def test_m008_keeps_old_entries_as_notes_and_takes_facts(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for step in MIGRATIONS[: [m.__name__ for m in MIGRATIONS].index("m007_letter_studio") + 1]:
        with transaction(db):
            step(db, SQLITE)
            db.execute("INSERT INTO schema_migrations VALUES (?, 'then')", (step.__name__,))
    db.execute("INSERT INTO users VALUES ('local', 'then')")
    db.execute("INSERT INTO letter_clients VALUES (1, 'local', 'Loretta', NULL, 'then')")
    db.execute(
        "INSERT INTO letter_dossier VALUES (1, 'local', 1, NULL, 'memory', 'the boat', 'then')"
    )
    assert "m009_letter_dossier_sources" in migrate(db)
    assert db.execute("SELECT kind, text, source FROM letter_dossier").fetchall() == [
        ("memory", "the boat", "note")
    ]
    db.execute(
        "INSERT INTO letter_dossier (user_id, client_id, kind, text, created_at, source)"
        " VALUES ('local', 1, 'fact', 'his favourite song is Moon River', 'now', 'conversation')"
    )
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO letter_dossier (user_id, client_id, kind, text, created_at)"
            " VALUES ('local', 1, 'gossip', 'x', 'now')"
        )


# Claims the dossier must back


@pytest.mark.parametrize(
    ("invented", "letter"),
    [
        ("June", GOOD.replace("We met at a dance", "June was when we met at a dance")),
        ("Sunday", GOOD.replace("ever since.", "ever since. Sunday mornings make me smile.")),
        ("forty", GOOD.replace("ever since", "for forty years")),
        ("grandchildren", GOOD.replace("my heart", "our grandchildren and my heart")),
        ("Paris", GOOD.replace("ever since.", "ever since. Paris was never as lovely.")),
        ("Sarah", GOOD.replace("ever since.", "ever since. Sarah says I still blush.")),
        ("never again", GOOD.replace("how I laughed until I cried", 'how I said "never again"')),
    ],
)
def test_invented_dates_numbers_relatives_names_and_quotes_are_caught(
    invented: str, letter: str
) -> None:
    problems = checks.no_invented_claims(letter, BRIEF)
    assert len(problems) == 1 and invented in problems[0], problems


def test_what_the_dossier_backs_is_not_a_claim() -> None:
    backed = GOOD.replace("ever since.", "for fifty years. Sometimes I smile. Meanwhile, I sing.")
    assert checks.no_invented_claims(backed, BRIEF) == []
    quoted = BRIEF.with_(dossier=(*DOSSIER, Entry(3, "voice", 'always says "never again"')))
    said = GOOD.replace("how I laughed until I cried", 'how I said "never again"')
    assert checks.no_invented_claims(said, quoted) == []
    # What an earlier letter said is known too.
    told = GOOD.replace("ever since", "since our 49th anniversary")
    assert checks.no_invented_claims(told, BRIEF) != []
    assert checks.no_invented_claims(told, BRIEF.with_(earlier=(EARLIER,))) == []


# Consistency with earlier letters


@pytest.mark.parametrize(
    ("letter", "problem"),
    [
        (GOOD.replace("1974", "1976"), "says 1976 where letter 1 said 1974"),
        (GOOD.replace("my heart", "I call you Teddy and my heart"), "calls Roberto Teddy"),
        (GOOD.replace("Dear Bear,", "Dear Teddy,"), "greets Roberto as Teddy"),
    ],
)
def test_a_letter_that_contradicts_an_earlier_one_is_caught(letter: str, problem: str) -> None:
    brief = BRIEF.with_(earlier=(EARLIER,))
    assert checks.consistent_with_earlier(GOOD, brief) == []
    found = checks.consistent_with_earlier(letter, brief)
    assert len(found) == 1 and problem in found[0], found


def test_counts_that_grow_with_the_years_are_not_contradictions() -> None:
    brief = BRIEF.with_(earlier=(EARLIER,))
    letter = GOOD.replace("ever since.", "ever since. Happy 50th anniversary, my love.")
    assert checks.consistent_with_earlier(letter, brief) == []


# The client's voice


def test_the_plan_keeps_the_salutation_and_closing_of_earlier_letters() -> None:
    plan = plan_letter(BRIEF.with_(earlier=(EARLIER,)))
    assert (plan.salutation, plan.closing) == ("My dearest Bear,", "Yours forever,")
    # An edit that asks for a tone still gets it.
    informal = plan_letter(BRIEF.with_(earlier=(EARLIER,), tone="informal"))
    assert (informal.salutation, informal.closing) == ("Hi Bear,", "Love,")
    assert plan_letter(BRIEF).salutation == "Dear Bear,"


def test_voice_notes_set_the_frame_the_phrases_and_the_sentence_length() -> None:
    note = Entry(
        3, "voice", 'greets him with "My darling", closes with "All my love", short sentences'
    )
    plan = plan_letter(BRIEF.with_(dossier=(*DOSSIER, note), earlier=(EARLIER,)))
    # What a note says outright wins over what the earlier letters show.
    assert (plan.salutation, plan.closing) == ("My darling Bear,", "All my love,")
    assert plan.voice.sentence_words <= 14
    long_winded = Letter(
        2,
        1,
        1,
        "x",
        {},
        Parts("Dear Bear,", (" ".join(["I remember you fondly."] * 4),), "Love,", "Lolly"),
        "",
    )
    assert plan_letter(BRIEF.with_(earlier=(long_winded,))).voice.sentence_words == 10


def test_the_clients_habits_reach_the_draft(studio: Studio) -> None:
    # Scripted, since the point is what os1 keeps of what a model writes.
    client = studio.add_client("Tom Becker")
    anna = studio.add_recipient(client, "Anna", "Annie")
    studio.note(client, "memory", "the road trip to the coast when the car broke down", anna)
    studio.note(client, "voice", 'short sentences; always says "You are my compass."')
    rambling = (
        "I remember the road trip to the coast when the car broke down and you laughed at me "
        "all the way to the garage in the rain. I remember you on the coast road."
    )
    brain = ScriptedBrain([rambling] * 2)
    brief = Brief(client, anna, tuple(studio.dossier(client, anna)), "her birthday", (), (20, 80))
    draft = asyncio.run(draft_letter(brain, brief))
    assert draft.sources == ("model",)
    assert "I remember you on the coast road." in draft.parts.text
    assert "broke down and you laughed" not in draft.parts.text  # too long for this client
    assert "You are my compass." in draft.parts.text
    assert "short sentences" in brain.received[0][0].content


# The dossier grows


def test_a_correspondence_grows_the_dossier_and_stays_consistent(
    letter_brain: LlamaCppBrain, studio: Studio
) -> None:
    client = studio.add_client("Loretta Mancini", "Lolly")
    roberto = studio.add_recipient(client, "Roberto", "Bear")
    studio.note(client, "how_met", "we met at a dance in Naples in 1974", roberto)
    studio.note(client, "memory", "the night he fell off the boat in Lisbon", roberto)
    desk = Desk(studio, letter_brain)
    first = asyncio.run(
        desk.write("Lolly", "Bear", "our 50th anniversary", ("the picnic at Lake Como",), (60, 150))
    )
    learned = [e for e in studio.dossier(client, roberto) if e.source == "letter 1"]
    assert [(e.kind, e.text) for e in learned] == [("memory", "the picnic at Lake Como")]
    assert studio.learned_from(first.letter) == learned
    asyncio.run(desk.edit(first.letter.id, "warmer"))
    # A detail the dossier has already is not kept twice.
    asyncio.run(desk.edit(2, "mention the boat"))
    assert len(studio.dossier(client, roberto)) == 3
    birthday = asyncio.run(desk.write("Lolly", "Bear", "his birthday", (), (60, 150)))
    brief = desk.brief_of(birthday.letter)
    assert [letter.id for letter in brief.earlier] == [1, 2, 3]
    assert birthday.letter.parts.salutation == "My dearest Bear,"  # as in the last letter
    assert birthday.letter.parts.closing == "With all my love,"
    assert checks.check_letter(birthday.letter.text, brief) == {}


# In conversation


@pytest.mark.parametrize(
    ("said", "call"),
    [
        (
            "Roberto's favourite song is Moon River",
            Call(
                "remember_for_letters",
                {"who": "Roberto", "text": "Roberto's favourite song is Moon River"},
            ),
        ),
        (
            "Remember that Loretta calls him Bobby.",
            Call("remember_for_letters", {"who": "Loretta", "text": "Loretta calls him Bobby"}),
        ),
        (
            "Loretta and Roberto met at a dance in Naples",
            Call(
                "remember_for_letters",
                {"who": "Loretta", "text": "Loretta and Roberto met at a dance in Naples"},
            ),
        ),
        ("show me my letters to Roberto", Call("list_letters", {"way": "to", "who": "Roberto"})),
        ("what letters have I written?", Call("list_letters", {"way": "", "who": ""})),
        ("read me letter 2", Call("show_letter", {"id": "2"})),
        ("render the letter", Call("render_letter", {"id": None, "style": ""})),
        (
            "make it handwritten in the kristi style",
            Call("render_letter", {"id": None, "style": "kristi"}),
        ),
        ("show me Roberto's dossier", Call("show_dossier", {"who": "Roberto"})),
        ("what's Roberto's favourite song?", None),
        ("remember that he is tired", None),
        ("Loretta calls him on Sundays", None),
    ],
)  # fmt: skip
def test_the_grammar_reads_letter_requests(said: str, call: Call | None) -> None:
    assert understand(said, NOW) == call


def test_letters_are_chosen_rendered_and_told_about_in_conversation(
    store: Store, studio: Studio, os1_home: Path
) -> None:
    from os1.assembly.skills import skills_for
    from os1.config import load_settings
    from os1.conversation.answerers import answerers_for
    from os1.conversation.loop import Conversation
    from os1.homes import own_name
    from os1.mind.interview import Answers
    from os1.mind.persona import Persona

    loretta = studio.add_client("Loretta Mancini", "Lolly")
    roberto = studio.add_recipient(loretta, "Roberto")
    marco = studio.add_client("Marco Rossi")
    giulia = studio.add_recipient(marco, "Giulia")
    studio.save_letter(loretta, roberto, "our anniversary", {}, GOOD_PARTS)
    studio.save_letter(marco, giulia, "her birthday", {}, GOOD_PARTS)
    skills = skills_for(load_settings(), store, letters_brain=ScriptedBrain([])).catalogue
    persona = Persona("Iris", "model", ".")
    conversation = Conversation(
        ScriptedBrain(["Tell me about Paul."]), store, "local", persona,
        Answers("Theo"), answerers=answerers_for(store, "local", persona, skills=skills),
    )  # fmt: skip

    def say(text: str) -> str:
        return asyncio.run(conversation.say(text).text())

    listed = say("Show me my letters to Roberto")
    assert "1. Loretta Mancini to Roberto: our anniversary" in listed and "Giulia" not in listed
    assert "Letter 2:\n\nDear Bear," in say("read me letter 2")
    by_hand = say("Make it handwritten in the kristi style")  # "it": letter 2, just read
    folder = os1_home / "letters" / own_name("local")
    pdf, png = folder / "letter-2.pdf", folder / "letter-2.png"
    assert f"Letter 2, by hand in the kristi style (1 page):\n{pdf}\n{png}" == by_hand
    assert pdf.read_bytes().startswith(b"%PDF") and png.stat().st_size > 10_000
    assert "in the dancing style" in say("render letter 1")
    assert "There is no handwriting style 'crayon'" in say("render the letter in crayon")

    assert say("Roberto's favourite song is Moon River") == (
        "I'll remember that for the letters (fact, for Loretta Mancini and Roberto)."
    )
    assert "nickname" in say("Remember that Loretta calls him Bobby")
    assert studio.recipient(loretta, "Bobby").id == roberto.id  # he had no nickname
    entries = studio.dossier(loretta, roberto)
    assert [(e.kind, e.text, e.source) for e in entries] == [
        ("fact", "Roberto's favourite song is Moon River", "conversation"),
        ("nickname", "Loretta calls him Bobby", "conversation"),
    ]
    # Someone the studio does not know is conversation, not an error.
    assert say("Remember that Paul's favourite tea is Earl Grey") == "Tell me about Paul."
    dossier = say("show me Roberto's dossier")
    assert "- fact: Roberto's favourite song is Moon River (from conversation)" in dossier


GOOD_PARTS = Parts(
    "Dear Bear,",
    ("I remember the night you fell off the boat in Lisbon, and how I laughed until I cried.",),
    "With love,",
    "Lolly",
)


def test_cli_shows_where_the_dossier_came_from(os1_home: Path) -> None:
    for step in [
        ("letters", "client", "add", "Loretta Mancini", "--nickname", "Lolly"),
        ("letters", "recipient", "add", "Lolly", "Roberto", "--nickname", "Bear"),
        ("letters", "note", "Loretta", "--to", "Roberto", "memory", DOSSIER[0].text),
    ]:
        assert run_os1(*step).returncode == 0
    written = run_os1(
        "letters", "write", "--from", "Loretta", "--to", "Roberto", "--occasion",
        "our 50th anniversary", "--mention", "the picnic at Lake Como", "--words", "50-150",
    )  # fmt: skip
    assert written.returncode == 0, written.stderr
    assert "the dossier now has memory: the picnic at Lake Como" in written.stderr
    dossier = run_os1("letters", "dossier", "Loretta").stdout.splitlines()
    assert dossier == [
        f"1. Roberto: memory: {DOSSIER[0].text} (from note)",
        "2. Roberto: memory: the picnic at Lake Como (from letter 1)",
    ]
    shown = run_os1("letters", "show", "1")
    assert "the picnic at Lake Como" in shown.stderr
    assert "1. Loretta Mancini to Roberto" in run_os1("letters", "list", "--to", "Bear").stdout
    nobody = run_os1("letters", "list", "--to", "Giulia")
    assert nobody.returncode == 1 and "Nobody called 'Giulia'" in nobody.stderr
