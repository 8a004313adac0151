import os
import sqlite3
import stat

import pytest

from os1.errors import StoreError
from os1.memory.migrations import MIGRATIONS, migrate
from os1.memory.store import Store


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


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


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through read-only permissions")
def test_a_read_only_database_says_so(tmp_path):
    path = tmp_path / "os1.db"
    Store.open(path).close()
    path.chmod(stat.S_IRUSR)
    with pytest.raises(StoreError, match="read-only"):
        Store.open(path).ensure_user("local")


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


def test_a_file_that_is_not_a_database_is_not_overwritten(tmp_path):
    path = tmp_path / "os1.db"
    path.write_bytes(b"this is not sqlite, but it is someone's data" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a readable os1 database"):
        Store.open(path)
    assert path.read_bytes() == before
