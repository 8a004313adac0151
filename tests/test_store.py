import os
import re
import sqlite3
import stat
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest

from os1.config import load_settings
from os1.errors import StoreError
from os1.memory.migrations import MIGRATIONS, migrate
from os1.memory.store import Store
from os1.mind import feeling_records
from os1.skills.contacts import Contacts
from tests.conftest import columns, free_port, postgres_only, sqlite_only

pytestmark = pytest.mark.store


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


@sqlite_only
def test_migrations_build_the_schema_once(tmp_path):
    db = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    assert migrate(db) == [m.__name__ for m in MIGRATIONS]
    assert migrate(db) == []
    assert _columns(db, "turns") == [
        "id", "user_id", "session_id", "role", "text", "created_at", "tokens", "meta",
    ]  # fmt: skip
    assert _columns(db, "user_state") == ["user_id", "key", "value", "updated_at"]
    # Every table that holds a person's data says whose it is.
    for table in ("sessions", "turns", "user_state"):
        assert "user_id" in _columns(db, table)


@sqlite_only
def test_store_uses_wal(store):
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_only_a_server_commits_without_waiting_for_the_disk(tmp_path):
    # SQLite's synchronous: 2 is FULL (every commit synced), 1 is NORMAL (at checkpoints).
    terminal = Store.open(tmp_path / "terminal.db")
    server = Store.open(tmp_path / "server.db", sync_every_commit=False)
    assert terminal.read("PRAGMA synchronous")[0][0] == 2
    assert server.read("PRAGMA synchronous")[0][0] == 1
    terminal.close()
    server.close()


def test_turns_are_kept_per_person(store):
    store.ensure_user("ruth")
    session = store.start_session("local")
    store.add_turn("local", session, "user", "I hate coriander.")
    store.add_turn("ruth", None, "user", "My secret.")
    store.add_turn("local", session, "assistant", "Noted, no coriander.")
    texts = [t.text for t in store.recent_turns("local", 10)]
    assert texts == ["I hate coriander.", "Noted, no coriander."]
    assert [t.text for t in store.recent_turns("ruth", 10)] == ["My secret."]
    assert store.counts("local") == {"turns": 2, "sessions": 1}


def test_recent_turns_are_the_newest_oldest_first(store):
    for i in range(5):
        store.add_turn("local", None, "user", f"m{i}")
    assert [t.text for t in store.recent_turns("local", 3)] == ["m2", "m3", "m4"]


def test_state_round_trips_and_delete_user_removes_everything(store):
    store.put_state("local", "persona", {"name": "Iris"})
    store.put_state("local", "persona", {"name": "Ada"})
    store.add_turn("local", store.start_session("local"), "user", "hi")
    assert store.get_state("local", "persona") == {"name": "Ada"}
    assert store.delete_user("local") == {"turns": 1, "sessions": 1}
    assert store.get_state("local", "persona") is None
    assert store.counts("local") == {"turns": 0, "sessions": 0}


@sqlite_only
def test_a_locked_database_says_so_and_loses_nothing(tmp_path):
    path = tmp_path / "os1.db"
    store = Store.open(path, lock_timeout=0.1)
    store.ensure_user("local")
    store.add_turn("local", None, "user", "kept")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StoreError, match="locked by another program"):
        store.add_turn("local", None, "user", "blocked")
    other.execute("ROLLBACK")
    assert [t.text for t in store.recent_turns("local", 10)] == ["kept"]


@sqlite_only
@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through read-only permissions")
def test_a_read_only_database_says_so(tmp_path):
    path = tmp_path / "os1.db"
    Store.open(path).close()
    path.chmod(stat.S_IRUSR)
    with pytest.raises(StoreError, match="read-only"):
        Store.open(path).ensure_user("local")


@sqlite_only
def test_a_read_only_database_opened_read_only_says_so(tmp_path):
    # Root ignores file permissions, so open the file read-only the way SQLite does
    # when it cannot write: through a read-only URI.
    path = tmp_path / "os1.db"
    store = Store.open(path)
    store.ensure_user("local")
    store.add_turn("local", None, "user", "kept")
    store.close()
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    db.row_factory = sqlite3.Row
    readonly = Store(db, path)
    with pytest.raises(StoreError, match="read-only"):
        readonly.add_turn("local", None, "user", "lost?")
    assert [t.text for t in readonly.recent_turns("local", 10)] == ["kept"]


@sqlite_only
def test_a_file_that_is_not_a_database_is_not_overwritten(tmp_path):
    path = tmp_path / "os1.db"
    path.write_bytes(b"this is not sqlite, but it is someone's data" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a readable os1 database"):
        Store.open(path)
    assert path.read_bytes() == before


# PostgreSQL (OS1_DATABASE_URL): the same store, for several server workers


def test_the_schema_is_the_same_on_either_engine(store):
    assert columns(store, "turns") == [
        "id", "user_id", "session_id", "role", "text", "created_at", "tokens", "meta",
    ]  # fmt: skip
    assert columns(store, "user_state") == ["user_id", "key", "value", "updated_at"]
    applied = [row[0] for row in store.read("SELECT name FROM schema_migrations ORDER BY name")]
    assert applied == [m.__name__ for m in MIGRATIONS]


def test_text_compares_byte_by_byte_as_in_sqlite(store):
    # Times are compared as ISO text and names listed in order: a database whose
    # own collation is a language's (tests/with_postgres.sh makes one) must not
    # change either.
    for name in ("adam", "Zed", "Émile", "zoe"):
        Contacts(store, "local").add(name)
    assert [c.name for c in Contacts(store, "local").all()] == ["Zed", "adam", "zoe", "Émile"]
    feeling_records.add_feeling(
        store, "local", None, datetime(2024, 5, 1, tzinfo=UTC), "mood", {"v": 1}
    )
    assert (
        len(feeling_records.feelings(store, "local", since=datetime(2024, 4, 30, tzinfo=UTC))) == 1
    )
    assert feeling_records.feelings(store, "local", until=datetime(2024, 5, 1, tzinfo=UTC)) == []


def test_a_bad_database_address_says_so():
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError, match="not a PostgreSQL address") as bad:
        Store.connect("mysql://theo:secret@db/os1")
    assert "unset it to use SQLite" in bad.value.fix
    with pytest.raises(StoreError, match="not a valid PostgreSQL address") as bad:
        Store.connect("postgresql://theo:secret@db:notaport/os1")
    assert "secret" not in str(bad.value)


def test_an_unreachable_server_says_so_without_the_password():
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError, match="Cannot reach the PostgreSQL database os1 on") as gone:
        Store.connect(f"postgresql://theo:secret@127.0.0.1:{free_port()}/os1")
    assert "secret" not in str(gone.value) and "OS1_DATABASE_URL" in gone.value.fix


@postgres_only
def test_workers_starting_together_migrate_once(os1_home):
    url = os.environ["OS1_DATABASE_URL"]
    with ThreadPoolExecutor(4) as pool:
        stores = list(pool.map(lambda _: Store.connect(url), range(4)))
    rows = stores[0].read("SELECT name FROM schema_migrations")
    assert sorted(r[0] for r in rows) == sorted(m.__name__ for m in MIGRATIONS)
    stores[1].ensure_user("local")
    stores[2].add_turn("local", None, "user", "seen by every worker")
    assert [t.text for t in stores[3].recent_turns("local", 5)] == ["seen by every worker"]
    for opened in stores:
        opened.close()


@postgres_only
def test_a_dropped_connection_is_opened_again(store):
    store.add_turn("local", None, "user", "before")
    pid = store.read("SELECT pg_backend_pid()")[0][0]
    other = Store.connect(os.environ["OS1_DATABASE_URL"])
    other.read("SELECT pg_terminate_backend(?)", (pid,))
    other.close()
    with pytest.raises(StoreError, match="Cannot reach"):
        store.recent_turns("local", 5)
    store.add_turn("local", None, "user", "after")
    assert [t.text for t in store.recent_turns("local", 5)] == ["before", "after"]


def test_status_names_a_postgresql_database_without_its_password(monkeypatch):
    pytest.importorskip("psycopg")
    monkeypatch.setenv("OS1_DATABASE_URL", "postgresql://theo:secret@db.example:6543/os1")
    shown = load_settings().describe_database()
    assert shown == "PostgreSQL database os1 on db.example:6543"


def test_postgresql_errors_are_told_apart():
    from os1.memory.postgres import explain

    class Refused(Exception):
        sqlstate = None

    class NotNull(Exception):
        sqlstate = "23502"

    where = "PostgreSQL database os1 on db:5432"
    refused = explain(Refused('FATAL:  password authentication failed for user "theo"'), where)
    assert "refused the user name or password" in str(refused)
    failed = explain(NotNull('null value in column "password_hash" violates not-null'), where)
    assert "failed" in str(failed) and "refused" not in str(failed)


# Each table and the one module with SQL for it (the store's docstring says the same).
TABLE_OWNERS = {
    "users": "memory/store.py", "sessions": "memory/store.py", "user_state": "memory/store.py",
    "turns": "memory/turn_records.py", "turn_vectors": "memory/turn_records.py",
    "facts": "memory/fact_records.py", "fact_sources": "memory/fact_records.py",
    "consolidated_turns": "memory/fact_records.py",
    "feelings": "mind/feeling_records.py", "journal": "mind/feeling_records.py",
    "letter_clients": "letters/studio.py", "letter_recipients": "letters/studio.py",
    "letter_dossier": "letters/studio.py", "letters": "letters/studio.py",
    "accounts": "server/account_records.py", "web_sessions": "server/account_records.py",
    "api_keys": "server/account_records.py", "throttle_marks": "server/throttles.py",
    "throttle_turn": "server/throttles.py", "sign_in_places": "server/throttles.py",
    "peer_identity": "peers/records.py", "peers": "peers/records.py",
    "peer_conversations": "peers/records.py", "peer_messages": "peers/records.py",
    "peer_replay_ledger": "peers/records.py", "mcp_confirmations": "mcp_server/confirmations.py",
    "notes": "skills/notes.py", "reminders": "skills/reminders.py",
    "contacts": "skills/contacts.py", "outreach": "conversation/outreach_records.py",
}  # fmt: skip
# Where another module still names a table, and why.
TABLE_EXCEPTIONS = {
    # Joined only to check that a turn is the person's, and which are not read for facts yet.
    ("turns", "memory/fact_records.py"),
}


def test_every_table_has_one_owner():
    source = Path(__file__).parent.parent / "src" / "os1"
    steps = (source / "memory" / "migrations").glob("steps_*.py")
    made = {t for step in steps for t in re.findall(r"CREATE TABLE (\w+)", step.read_text())}
    gone = {"letter_dossier_new", "sign_in_failures"}  # rebuilt and dropped by later steps
    assert made - gone == set(TABLE_OWNERS)
    named = set()
    for path in source.rglob("*.py"):
        if "migrations" not in path.parts:
            found = re.findall(r"\b(?:FROM|INTO|UPDATE|JOIN)\s+(\w+)", path.read_text())
            module = path.relative_to(source).as_posix()
            named |= {(table, module) for table in found if table in TABLE_OWNERS}
    assert named - TABLE_EXCEPTIONS == set(TABLE_OWNERS.items())
