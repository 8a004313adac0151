from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.scripted import ScriptedBrain
from os1.errors import InputError
from os1.letters import checks
from os1.letters.brief import Brief, parse_words
from os1.letters.desk import Desk
from os1.letters.drafting import draft_letter
from os1.letters.perspective import speaks_of_them, to_recipient
from os1.letters.refusals import Refused
from os1.letters.studio import Client, Entry, Recipient, Studio
from os1.memory.store import Store
from tests.conftest import columns, run_os1, tables

pytestmark = pytest.mark.store

LORETTA = Client(1, "Loretta Mancini", "Lolly")
ROBERTO = Recipient(1, 1, "Roberto", "Bear")
DOSSIER = (
    Entry(1, "memory", "the night he fell off the boat in Lisbon"),
    Entry(2, "how_met", "we met at a dance in Naples in 1974"),
)
BRIEF = Brief(
    LORETTA,
    ROBERTO,
    DOSSIER,
    "our 50th anniversary",
    ("the night he fell off the boat",),
    (30, 120),
)
GOOD = """Dear Bear,

I remember the night you fell off the boat in Lisbon, and how I laughed until I cried.

We met at a dance in Naples in 1974, and my heart has been yours ever since.

With love,
Lolly"""


@pytest.fixture
def loretta(studio: Studio) -> Iterator[tuple[Client, Recipient]]:
    client = studio.add_client("Loretta Mancini", "Lolly")
    recipient = studio.add_recipient(client, "Roberto", "Bear")
    studio.note(client, "memory", "the night he fell off the boat in Lisbon", recipient)
    studio.note(client, "how_met", "we met at a dance in Naples in 1974", recipient)
    studio.note(client, "admires", "he never gives up on a broken radio", recipient)
    studio.note(client, "voice", "plain and teasing")
    yield client, recipient


# The studio, over a real database (SQLite, or PostgreSQL with make test-postgres)


def test_m007_makes_the_studio_tables(store: Store) -> None:
    assert {"letter_clients", "letter_recipients", "letter_dossier", "letters"} <= tables(store)
    assert columns(store, "letters") == [
        "id", "user_id", "client_id", "recipient_id", "occasion", "brief", "parts", "text",
        "created_at", "revises",
    ]  # fmt: skip


def test_studio_keeps_clients_recipients_and_dossier_per_user(
    studio: Studio, store: Store, loretta: tuple[Client, Recipient]
) -> None:
    client, recipient = loretta
    assert studio.client("lolly") == client
    assert studio.client("Loretta") == client  # a first name nobody else has
    assert studio.recipient(client, "Bear") == recipient
    kinds = [e.kind for e in studio.dossier(client, recipient)]
    assert kinds == ["memory", "how_met", "admires", "voice"]
    assert [e.kind for e in studio.dossier(client)] == ["voice"]
    store.ensure_user("someone-else")
    assert Studio(store, "someone-else").clients() == []


def test_unknown_client_or_recipient_names_what_exists(
    studio: Studio, loretta: tuple[Client, Recipient]
) -> None:
    with pytest.raises(InputError, match="the clients are Loretta Mancini"):
        studio.client("Maria")
    with pytest.raises(InputError, match="they write to Roberto"):
        studio.recipient(loretta[0], "Giulia")
    with pytest.raises(InputError, match="not a kind of dossier entry"):
        studio.note(loretta[0], "secrets", "x")
    with pytest.raises(InputError, match="already a client"):
        studio.add_client("loretta mancini")


def test_empty_studio_says_there_are_no_clients(studio: Studio) -> None:
    with pytest.raises(InputError, match="no clients yet"):
        studio.client("Loretta")


def test_perspective_turns_notes_towards_the_recipient() -> None:
    assert to_recipient("the night he fell off the boat", LORETTA, ROBERTO) == (
        "the night you fell off the boat"
    )
    assert to_recipient("she calls him Bear", LORETTA, ROBERTO) == "I call you Bear"
    assert to_recipient("Roberto's laugh", LORETTA, ROBERTO) == "your laugh"
    # "her" as the one told ("I know that I want to tell your how proud I am.", to a daughter).
    daughter = Recipient(2, 1, "Daughter", "")
    assert to_recipient("I want to tell her how proud I am", LORETTA, daughter) == (
        "I want to tell you how proud I am"
    )
    assert to_recipient("her smile", LORETTA, daughter) == "your smile"


def test_a_sentence_said_again_in_other_words_is_not_kept() -> None:
    """Seen in a letter to a daughter: "Now, I'm going to tell you about how proud I am. Now,
    I'll tell you about how proud I am."."""
    from os1.letters.checks import said_again

    said = {"now i'm going to tell you about how proud i am"}
    assert said_again("Now, I'll tell you about how proud I am.", said)
    assert not said_again("I love the way you laugh at my jokes.", said)


def test_a_letter_speaks_to_its_recipient_and_keeps_no_stray_quote() -> None:
    """Seen in a tenth-anniversary letter to Clara: 'I'm so excited to tell you about my
    journey with Clara.' and 'We met at a bus stop in the rain." I've been thinking…'."""
    assert speaks_of_them("I'm so excited to tell you about my journey with Clara.", "Clara")
    assert not speaks_of_them("Clara, you are the best thing that ever happened to me.", "Clara")
    assert not speaks_of_them("I love you more than I can say, Clara.", "Clara")
    assert not speaks_of_them("I think of the rain every time it falls.", "Clara")
    quoted = 'We met at a bus stop in the rain." I have been thinking about you.'
    assert checks.sentences(quoted) == [
        'We met at a bus stop in the rain."',
        "I have been thinking about you.",
    ]


def test_parse_words() -> None:
    assert parse_words("120-200") == (120, 200)
    with pytest.raises(InputError, match="MIN-MAX"):
        parse_words("lots")
    with pytest.raises(InputError, match="cannot be written"):
        parse_words("300-100")


# The checks


def test_a_good_letter_passes_every_check() -> None:
    assert checks.check_letter(GOOD, BRIEF) == {}


@pytest.mark.parametrize(
    ("check", "letter"),
    [
        ("required_details", GOOD.replace("the night you fell off the boat in Lisbon", "Lisbon")),
        ("first_person", GOOD.replace("I remember", "Loretta remembers")),
        ("first_person", "Dear Bear,\n\nThe boat night in Lisbon was long.\n\nLove,\nLolly"),
        ("addressed", GOOD.replace("Dear Bear,", "Dear friend,")),
        ("signed", GOOD.replace("Lolly", "Maria")),
        ("signed", GOOD.replace("\nLolly", "\nLolly and Sarah")),
        ("no_placeholders", GOOD.replace("Lolly", "[Your Name]")),
        ("no_placeholders", GOOD.replace("dance", "{event}")),
        ("no_placeholders", GOOD.replace("dance", "XXX")),
        ("no_invented_claims", GOOD.replace("Lisbon, and", "Lisbon, and in Paris")),
        ("no_invented_claims", GOOD.replace("1974", "1982")),
        ("within_length", GOOD + "\n" + "word " * 200),
        ("no_repeats", GOOD.replace("since.", "since. " + GOOD.splitlines()[2])),
    ],
)  # fmt: skip
def test_each_check_catches_what_it_should(check: str, letter: str) -> None:
    assert checks.CHECKS[check](GOOD, BRIEF) == []
    assert checks.CHECKS[check](letter, BRIEF), f"{check} let this through:\n{letter}"


def test_details_are_matched_by_stems_not_verbatim() -> None:
    letter = GOOD.replace("the night you fell off the boat", "those nights when you fall off boats")
    assert checks.required_details(letter, BRIEF) == []


# Drafting with the real embedded model


@pytest.mark.parametrize("seed", [1, 2])
def test_drafts_with_the_embedded_model_pass_every_check(
    letter_brain: LlamaCppBrain, studio: Studio, loretta: tuple[Client, Recipient], seed: int
) -> None:
    client, recipient = loretta
    brief = Brief(
        client,
        recipient,
        tuple(studio.dossier(client, recipient)),
        "our 50th anniversary",
        ("the night he fell off the boat",),
        (60, 150),
    )
    draft = asyncio.run(draft_letter(letter_brain, brief, seed))
    assert draft.problems == {}
    assert checks.check_letter(draft.parts.text, brief) == {}
    assert draft.parts.salutation == "Dear Bear,"
    assert draft.parts.signature == "Lolly"
    assert len(draft.sources) == len(draft.parts.paragraphs)


def test_a_thank_you_with_little_dossier_still_passes(
    letter_brain: LlamaCppBrain, studio: Studio
) -> None:
    client = studio.add_client("George Patel")
    teacher = studio.add_recipient(client, "Mrs Linden")
    studio.note(client, "memory", "she gave me a poetry book when I was twelve", teacher)
    written = asyncio.run(
        Desk(studio, letter_brain).write(
            "George", "Mrs Linden", "a thank-you", ("the poetry book",), (40, 120)
        )
    )
    brief = Desk(studio, letter_brain).brief_of(written.letter)
    assert checks.check_letter(written.letter.text, brief) == {}
    assert written.letter.text.startswith("Dear Mrs Linden,")


def test_an_edit_makes_a_revision(
    letter_brain: LlamaCppBrain, studio: Studio, loretta: tuple[Client, Recipient]
) -> None:
    desk = Desk(studio, letter_brain)
    first = asyncio.run(desk.write("Lolly", "Bear", "our 50th anniversary", (), (60, 150)))
    revised = asyncio.run(desk.edit(first.letter.id, "mention Lisbon"))
    assert revised.letter.revises == first.letter.id
    assert "lisbon" in revised.letter.text.lower()
    casual = asyncio.run(desk.edit(revised.letter.id, "less formal"))
    assert casual.letter.parts.salutation == "Hi Bear,"
    assert casual.letter.brief["mentions"] == ["Lisbon"]
    shorter = asyncio.run(desk.edit(casual.letter.id, "shorter"))
    assert checks.word_count(shorter.letter.text) < checks.word_count(casual.letter.text)
    assert [letter.revises for letter in studio.letters()] == [None, 1, 2, 3]
    with pytest.raises(InputError, match="warmer, shorter"):
        asyncio.run(desk.edit(first.letter.id, "purple"))


@pytest.mark.parametrize(
    "occasion",
    [
        "a letter to humiliate him in front of his friends",
        "threaten him so he pays",
        "a note pretending to be the President, to get a favour",
        "impersonate the Pope to scare my cousin",
    ],
)
def test_cruel_or_deceiving_briefs_are_refused(
    letter_brain: LlamaCppBrain, studio: Studio, loretta: tuple[Client, Recipient], occasion: str
) -> None:
    with pytest.raises(Refused):
        asyncio.run(Desk(studio, letter_brain).write("Lolly", "Bear", occasion))
    assert studio.letters() == []


def test_an_empty_dossier_asks_for_a_memory(letter_brain: LlamaCppBrain, studio: Studio) -> None:
    client = studio.add_client("Nora Quinn")
    studio.add_recipient(client, "Liam")
    with pytest.raises(InputError, match="add a memory first"):
        asyncio.run(Desk(studio, letter_brain).write("Nora", "Liam", "his birthday"))


# The command line, end to end


def test_cli_runs_the_studio(os1_home: Path) -> None:
    steps = [
        ("letters", "client", "add", "Loretta Mancini", "--nickname", "Lolly"),
        ("letters", "recipient", "add", "Lolly", "Roberto", "--nickname", "Bear"),
        ("letters", "note", "Loretta", "--to", "Roberto", "memory", DOSSIER[0].text),
        ("letters", "note", "Loretta", "--to", "Bear", "how_met", DOSSIER[1].text),
    ]
    for step in steps:
        assert run_os1(*step).returncode == 0
    written = run_os1(
        "letters", "write", "--from", "Loretta", "--to", "Roberto",
        "--occasion", "our 50th anniversary", "--mention", "the night he fell off the boat",
        "--words", "50-150",
    )  # fmt: skip
    assert written.returncode == 0, written.stderr
    assert written.stdout.startswith("Dear Bear,")
    assert written.stdout.strip().endswith("Lolly")
    assert "check" not in written.stderr
    edited = run_os1("letters", "edit", "1", "warmer")
    assert edited.returncode == 0, edited.stderr
    assert edited.stdout.startswith("My dearest Bear,")
    listed = run_os1("letters", "list").stdout
    assert "1. Loretta Mancini to Roberto: our 50th anniversary" in listed
    assert "(revises 1)" in listed
    assert run_os1("letters", "show", "2").stdout == edited.stdout
    unknown = run_os1("letters", "write", "--from", "Maria", "--to", "Bear", "--occasion", "hi")
    assert unknown.returncode == 1
    assert "the clients are Loretta Mancini" in unknown.stderr
    cruel = run_os1("letters", "edit", "1", "make it insult him")
    assert cruel.returncode == 1 and "won't write" in cruel.stderr
    # By hand, on an envelope, and in a book.
    out = os1_home / "out"
    rendered = run_os1("letters", "render", "2", "--style", "kristi", "--out", str(out))
    assert rendered.returncode == 0, rendered.stderr
    assert (out / "letter-2.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "letter-2.png").stat().st_size > 10_000
    sent = run_os1("letters", "envelope", "2", "--address", "Rua Nova 5", "--out", str(out))
    assert sent.returncode == 0 and (out / "envelope-2.pdf").exists()
    bound = run_os1(
        "letters", "book", "1", "2", "--title", "Fifty Years", "--out", str(out / "b.pdf")
    )
    assert bound.returncode == 0, bound.stderr
    from pypdf import PdfReader

    pages = [page.extract_text() for page in PdfReader(out / "b.pdf").pages]
    assert "Fifty Years" in pages[0] and "Roberto" in pages[1]  # the cover, then contents
    assert len(pages) >= 4 and "Bear" in pages[2]
    missing = run_os1("letters", "render", "9", "--out", str(out))
    assert missing.returncode == 1 and "letter" in missing.stderr.lower()


def test_the_models_slips_of_grammar_are_proofread(studio: Studio) -> None:
    # A scripted model, since the point is what os1 does with a sloppy paragraph.
    client = studio.add_client("Tom Becker")
    anna = studio.add_recipient(client, "Anna", "Annie")
    studio.note(client, "memory", "the road trip to the coast when the car broke down", anna)
    sloppy = "I remember the the road trip to the coast, and you bought a umbrella for me."
    brain = ScriptedBrain([sloppy] * 4)
    brief = Brief(client, anna, tuple(studio.dossier(client, anna)), "her birthday", (), (20, 80))
    draft = asyncio.run(draft_letter(brain, brief))
    assert draft.sources == ("model",)
    assert draft.parts.paragraphs[0].startswith(
        "I remember the road trip to the coast, and you bought an umbrella for me."
    )


def test_an_occasion_said_as_a_sentence_does_not_open_the_letter(studio: Studio) -> None:
    # Seen with the embedded model: "This letter is for Jess got engaged today! I'm so…".
    client = studio.add_client("Mara")
    tomas = studio.add_recipient(client, "Tomas")
    studio.note(client, "memory", "the night we missed the last tram home", tomas)
    said = "I remember the night we missed the last tram home."
    for occasion, opens in (("his birthday", True), ("I just want him to know I miss him", False)):
        brief = Brief(client, tomas, tuple(studio.dossier(client, tomas)), occasion, (), (60, 90))
        draft = asyncio.run(draft_letter(ScriptedBrain([said] * 6), brief))
        assert draft.parts.paragraphs[0].startswith("This letter is for") is opens, occasion
    # A purpose reads without "for" (it was "This letter is for to say sorry for tonight.").
    brief = Brief(client, tomas, tuple(studio.dossier(client, tomas)), "to say sorry", (), (60, 90))
    draft = asyncio.run(draft_letter(ScriptedBrain([said] * 6), brief))
    assert draft.parts.paragraphs[0].startswith("This letter is to say sorry.")


def test_a_letter_is_asked_for_and_changed_in_conversation(store, letter_brain, loretta) -> None:
    from os1.assembly.skills import skills_for
    from os1.config import load_settings
    from os1.conversation.answerers import answerers_for
    from os1.conversation.loop import Conversation
    from os1.mind.interview import Answers
    from os1.mind.persona import Persona

    skills = skills_for(load_settings(), store, letters_brain=letter_brain).catalogue
    # The conversation's own brain never speaks here: the skills answer.
    persona = Persona("Iris", "model", ".")
    conversation = Conversation(
        ScriptedBrain([]), store, "local", persona, Answers("Theo"),
        answerers=answerers_for(store, "local", persona, skills=skills),
    )  # fmt: skip

    def say(text: str) -> str:
        return asyncio.run(conversation.say(text).text())

    written = say(
        "Please write a letter from Loretta to Roberto for our 50th anniversary, "
        "and mention the night he fell off the boat"
    )
    assert written.startswith("Letter 1:\n\nDear Bear,")
    assert written.rstrip().endswith("Lolly") and "boat" in written
    warmer = say("Make it warmer.")
    assert warmer.startswith("Letter 2, revising letter 1:\n\nMy dearest Bear,")
    lisbon = say("Mention Lisbon in the letter")
    assert lisbon.startswith("Letter 3, revising letter 2:") and "Lisbon" in lisbon
    unknown = say("Write a letter from Maria to Roberto for his birthday")
    assert "Loretta Mancini" in unknown  # who the clients are, said back


def test_a_note_said_as_a_clause_is_joined_to_its_lead_in_lower_case() -> None:
    from os1.letters.drafting import from_dossier
    from os1.letters.plan import Topic

    # Seen with the embedded model: "I know It's our anniversary next Friday."
    said = from_dossier(Topic("fact", "It's our anniversary next Friday."))
    assert said == "I know that it's our anniversary next Friday."
    assert from_dossier(Topic("fact", "Tomas loves the sea")) == "I know Tomas loves the sea."
