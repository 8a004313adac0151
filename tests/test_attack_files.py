"""Attack: another user of the machine reads a person's os1 files (weakness 8 of the
hardening issue). Before: OS1_HOME was 0755, os1.db (memories and the peer private key)
and exported archives 0644. Mode bits are what is checked: the tests may run as root,
who reads everything anyway."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import httpx2 as httpx

from tests.os1_servers import SRC, os1_serve, scripted

PASSWORD = "a long enough password"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _private(path: Path) -> bool:
    return _mode(path) & 0o077 == 0


def _served_once(tmp_path: Path, home: Path) -> None:
    settings = scripted(tmp_path, ["Hello there."]) | {"OS1_HOME": str(home)}
    with os1_serve(tmp_path / "server.log", **settings) as url, httpx.Client(base_url=url) as web:
        web.post("/api/signup", json={"username": "ruth", "password": PASSWORD}).raise_for_status()
        # Checked while the server holds the database open: the write-ahead log is there.
        for file in home.glob("os1.db*"):
            assert _private(file), f"{file.name} is {oct(_mode(file))}"


def test_a_new_home_and_its_database_are_readable_by_their_owner_alone(tmp_path):
    os.umask(0o022)  # a usual login umask: os1 must not depend on a stricter one
    home = tmp_path / "data"
    _served_once(tmp_path, home)

    assert _mode(home) == 0o700
    assert {file.name for file in home.glob("os1.db*")} >= {"os1.db"}
    for file in home.rglob("*"):
        assert _private(file), f"{file} is {oct(_mode(file))}"


def test_an_older_install_left_open_to_others_is_closed_on_start(tmp_path):
    os.umask(0o022)
    home = tmp_path / "data"
    home.mkdir(mode=0o755)
    sqlite3.connect(home / "os1.db").close()
    (home / "os1.db").chmod(0o644)
    home.chmod(0o755)

    _served_once(tmp_path, home)

    assert _mode(home) == 0o700
    assert _mode(home / "os1.db") == 0o600


def test_an_exported_archive_is_readable_by_its_owner_alone(tmp_path):
    home = tmp_path / "data"
    archive = tmp_path / "exports" / "life.zip"
    archive.parent.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("OS1_")}
    env |= {"OS1_HOME": str(home), "OS1_FEELINGS": "0", "PYTHONPATH": str(SRC)}
    subprocess.run(
        [sys.executable, "-m", "os1", "export", "--all", str(archive)],
        env=env,
        check=True,
        capture_output=True,
        # A usual login umask in the child: os1 sets its own.
        preexec_fn=lambda: os.umask(0o022),
        timeout=120,
    )
    assert _mode(archive) == 0o600
