"""What kind of thing a fact is: stored with it, carried through an archive, and set from
the sentence it was read from."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from os1.archive.memory_file import export_memory, import_memory
from os1.memory import fact_records
from os1.memory.candidates import third_person
from os1.memory.fact_kinds import kind_of
from os1.memory.migrations import MIGRATIONS, migrate
from os1.memory.sqlite import SQLITE, transaction
from os1.memory.time_phrases import looks_ahead, with_dates
from os1.memory.types import FACT_KINDS
from tests.conftest import sqlite_only

pytestmark = pytest.mark.store

T0 = datetime(2026, 5, 7, 9, 0, tzinfo=UTC)


@sqlite_only
def test_facts_stored_before_kinds_existed_read_as_other(tmp_path):
    db = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    db.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for step in MIGRATIONS[: [m.__name__ for m in MIGRATIONS].index("m015_fact_kinds")]:
        with transaction(db):
            step(db, SQLITE)
            db.execute("INSERT INTO schema_migrations VALUES (?, 'then')", (step.__name__,))
    db.execute("INSERT INTO users VALUES ('local', 'then')")
    db.execute(
        "INSERT INTO facts (user_id, text, about, valid_from, confidence, created_at, extractor)"
        " VALUES ('local', 'Theo hates coriander.', 'Theo', 'then', 0.9, 'then', 'x')"
    )
    assert "m015_fact_kinds" in migrate(db)
    assert db.execute("SELECT kind FROM facts").fetchone()[0] == "other"
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE facts SET kind = 'gossip'")


def test_a_facts_kind_is_stored_and_carried_through_an_archive(store, tmp_path):
    session = store.start_session("local")
    turn = store.add_turn("local", session, "user", "My sister Amy lives in Leeds.", at=T0)
    for kind in ("relation", "place"):
        text = f"Theo's fact of kind {kind}."
        fact_records.add_fact(store, "local", text, "Theo", [turn], T0, 0.9, "x", kind=kind)
    assert [f.kind for f in fact_records.facts(store, "local")] == ["relation", "place"]
    assert set(FACT_KINDS) >= {"person", "work", "event", "plan", "feeling", "preference"}
    path = tmp_path / "local.json"
    export_memory(store, "local", path)
    store.ensure_user("again")
    import_memory(store, "again", path, as_me=True)
    assert [f.kind for f in fact_records.facts(store, "again")] == ["relation", "place"]


THURSDAY = datetime(2026, 11, 26, 19, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("My sister Amy is a nurse.", "relation"),
        ("Paul is my best friend.", "relation"),
        ("I have two daughters.", "relation"),
        ("I work at a company that writes greeting cards.", "work"),
        ("I write greeting cards for a living.", "work"),
        ("My boss is awful.", "work"),
        ("I live in Bristol.", "place"),
        ("I'm originally from Ohio.", "place"),
        ("On Saturday we're having dinner with Paul.", "plan"),
        ("I will start a pottery class next week.", "plan"),
        ("I love hiking in the hills.", "preference"),
        ("I can't stand coriander.", "preference"),
        ("I feel a bit lost since the divorce.", "feeling"),
        ("I'm so anxious about the move.", "feeling"),
        ("My ex-wife Catherine sent over the divorce papers this morning.", "event"),
        ("I moved to Bristol last year.", "event"),
        ("Amy plays the cello.", "person"),
        ("The weather is nice.", "other"),
    ],
)
def test_a_facts_kind_is_read_from_its_sentence(said: str, kind: str) -> None:
    fact = third_person(said, "Martin")
    ahead = looks_ahead(said)
    text, spans = with_dates(fact, THURSDAY, ahead)
    about = "Amy" if fact.startswith("Amy") else "Martin"
    assert kind_of(text, "Martin", THURSDAY, spans, about) == kind


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("I'm doing kickboxing and it gives me energy.", "other"),
        ("I'm off to go swimming with the kids.", "plan"),
        ("I rehearsed with a small group of dancers after work.", "event"),
        ("I'm thrilled to make a family for kids who need one.", "feeling"),
    ],
)
def test_a_present_activity_is_no_plan_and_a_thing_done_is_an_event(said: str, kind: str) -> None:
    fact = third_person(said, "Martin")
    text, spans = with_dates(fact, THURSDAY, looks_ahead(said))
    assert kind_of(text, "Martin", THURSDAY, spans, "Martin") == kind
