from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.parse
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.packaged import SMOLLM2_135M
from os1.brain.sentence_encoder import SentenceEncoder
from os1.letters.studio import Studio
from os1.memory.store import Store
from os1.mind.appraisal import LearnedAppraiser
from os1.mind.event_appraisal import EventReader
from os1.voice.speech_to_text import Transcriber
from os1.voice.text_to_speech import Speaker

# Set by tests/with_postgres.sh (`make test-postgres`): then every test's store is
# in PostgreSQL, in a schema of its own. Read now: os1_home clears OS1_* per test.
POSTGRES_URL = os.environ.get("OS1_DATABASE_URL")
sqlite_only = pytest.mark.skipif(
    POSTGRES_URL is not None, reason="SQLite's own behaviour: its file, locks and PRAGMAs"
)
postgres_only = pytest.mark.skipif(
    POSTGRES_URL is None, reason="needs a PostgreSQL server: make test-postgres"
)


@pytest.fixture(autouse=True)
def os1_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own OS1_HOME and no stray OS1_* settings.

    On PostgreSQL it gets a schema of its own too, named in OS1_DATABASE_URL, so
    os1 run as a command by the test finds the same database as the test does.
    """
    for key in list(os.environ):
        if key.startswith("OS1_"):
            monkeypatch.delenv(key)
    home = tmp_path / "os1home"
    monkeypatch.setenv("OS1_HOME", str(home))
    # Whether the OS greets or checks in depends on the time of day the tests run at;
    # tests of it (test_initiative.py) drive their own clock.
    monkeypatch.setenv("OS1_INITIATIVE", "0")
    if POSTGRES_URL is None:
        yield home
        return
    with _postgres_schema(POSTGRES_URL) as url:
        monkeypatch.setenv("OS1_DATABASE_URL", url)
        yield home


@contextmanager
def _postgres_schema(url: str) -> Iterator[str]:
    """A new, empty schema in the database at `url`, and the address that uses it."""
    import psycopg

    name = f"test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {name}")
        try:
            options = urllib.parse.quote(f"-c search_path={name}")
            yield f"{url}{'&' if '?' in url else '?'}options={options}"
        finally:
            admin.execute(f"DROP SCHEMA {name} CASCADE")


def open_test_store(home: Path) -> Store:
    """The test's own store, on the engine this run uses (OS1_DATABASE_URL or SQLite)."""
    url = os.environ.get("OS1_DATABASE_URL")
    return Store.connect(url) if url else Store.open(home / "os1.db")


def tables(store: Store) -> set[str]:
    """The tables in the store's database (or schema, on PostgreSQL)."""
    if store.dialect.name == "sqlite":
        return {r[0] for r in store.read("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {
        r[0]
        for r in store.read(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
    }


def columns(store: Store, table: str) -> list[str]:
    """A table's columns, in order."""
    if store.dialect.name == "sqlite":
        return [r[1] for r in store.read(f"PRAGMA table_info({table})")]
    return [
        r[0]
        for r in store.read(
            "SELECT column_name FROM information_schema.columns WHERE table_schema ="
            " current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
    ]


@pytest.fixture
def store(os1_home: Path) -> Iterator[Store]:
    store = open_test_store(os1_home)
    store.ensure_user("local")
    yield store
    store.close()


@pytest.fixture(scope="session")
def smollm() -> LlamaCppBrain:
    """The real embedded model, loaded once for the whole run."""
    return LlamaCppBrain(
        SMOLLM2_135M.path, threads=2, context_tokens=4096, seed=1, decoding=SMOLLM2_135M.decoding
    )


@pytest.fixture(scope="session")
def letter_brain() -> LlamaCppBrain:
    """The embedded model as the letter tests run it: one thread, since two lose to
    contention on a shared two-core machine, and a short context."""
    return LlamaCppBrain(SMOLLM2_135M.path, threads=1, prompt_threads=1, context_tokens=1024)


@pytest.fixture
def studio(store: Store) -> Studio:
    return Studio(store, "local")


@pytest.fixture(scope="session")
def appraiser(encoder: SentenceEncoder) -> LearnedAppraiser:
    """The learned emotion classifier with its event reading, as the OS assembles it,
    loaded once for the whole run."""
    appraiser = LearnedAppraiser(events=EventReader(encoder))
    appraiser.load()
    return appraiser


@pytest.fixture(scope="session")
def speaker() -> Speaker:
    """hibari, os1's voice, loaded once: it also speaks the person's side in the voice tests."""
    return Speaker()


@pytest.fixture(scope="session")
def transcriber() -> Transcriber:
    """Whisper tiny.en, loaded once (it is used under a lock, so threads may share it)."""
    return Transcriber()


@pytest.fixture(scope="session")
def encoder() -> SentenceEncoder:
    """The real sentence encoder, loaded once."""
    return SentenceEncoder()


def free_port() -> int:
    """A TCP port on loopback that nothing is listening on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, process: subprocess.Popen[bytes], what: str) -> None:
    """Until a server started as `process` accepts connections on `port` (20 s at most)."""
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError(f"{what} did not start") from None
            time.sleep(0.1)


def run_os1(
    *args: str | bytes, input: bytes | str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The `os1` command as a person runs it, in a fresh process."""
    data = input.encode() if isinstance(input, str) else input
    proc = subprocess.run(
        [sys.executable, "-m", "os1", *args],
        input=data,
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=240,
    )
    return subprocess.CompletedProcess(
        proc.args,
        proc.returncode,
        proc.stdout.decode(errors="replace"),
        proc.stderr.decode(errors="replace"),
    )
