"""Opening SQLite the way os1 needs it, and turning its failures into plain sentences."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TypeVar

from os1.errors import StoreError
from os1.memory.dialect import Connection

C = TypeVar("C", bound=Connection)


PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
# SQLite makes the write-ahead log and its index beside the database, with its mode.
COMPANIONS = ("-wal", "-shm", "-journal")


def make_private(path: Path) -> None:
    """The database and its folder, readable by their owner alone: the file holds a
    person's memories and the OS's private key. An install made before this was
    tightened (folder 0755, file 0644) is tightened here too."""
    folder = path.parent
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o077:
        folder.chmod(PRIVATE_FOLDER)
    # Created private, not chmod-ed after: no moment where another user could open it.
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, PRIVATE_FILE))
    for file in (path, *(path.with_name(path.name + end) for end in COMPANIONS)):
        if file.exists() and file.stat().st_mode & 0o077:
            file.chmod(PRIVATE_FILE)


def connect(path: Path, lock_timeout: float = 5.0) -> sqlite3.Connection:
    """Autocommit mode: every write goes through `transaction()`, explicitly."""
    db = sqlite3.connect(path, timeout=lock_timeout, isolation_level=None)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys = ON")
    return db


@contextmanager
def transaction(db: C) -> Iterator[C]:
    """All or nothing: a failure part way leaves what was stored before untouched."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def explain(exc: Exception, path: Path | str) -> StoreError:
    """One sentence for the ways a database file goes wrong in practice."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError(
            f"The database {path} is locked by another program (is another os1 running?)",
            "close the other os1 and try again; nothing was lost",
        )
    if "readonly" in text or "read-only" in text:
        return StoreError(
            f"The database {path} is read-only",
            f"make it writable (chmod u+w '{path}' and its folder) or set OS1_HOME to a "
            "writable folder; nothing was lost",
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(
            f"The file {path} is not a readable os1 database ({exc})",
            "move it aside (keep it, it may be recoverable) and os1 will start a new one",
        )
    if "unable to open" in text:
        return StoreError(
            f"The database {path} cannot be opened",
            "check that its folder exists and is writable, or set OS1_HOME elsewhere",
        )
    if "disk" in text and "full" in text:
        return StoreError(
            f"The disk holding {path} is full", "free some space; nothing already stored was lost"
        )
    return StoreError(f"The database {path} failed ({exc})", "run with OS1_DEBUG=1 and report it")


def execute_all(db: Connection, statements: str) -> None:
    """Schema statements one at a time, inside the caller's transaction.

    executescript() would commit on its own; one statement at a time keeps a
    step and its record in the same transaction. A trigger's body holds
    semicolons of its own, so pieces are joined until SQLite says the statement
    is complete.
    """
    pending = ""
    for piece in statements.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                db.execute(pending)
            pending = ""


class SqliteDialect:
    name = "sqlite"

    @property
    def errors(self) -> type[Exception]:
        return sqlite3.Error

    def transaction(self, db: Connection) -> AbstractContextManager[Connection]:
        return transaction(db)

    def migrating(self, db: Connection) -> AbstractContextManager[Connection]:
        # BEGIN IMMEDIATE already keeps every other writer out.
        return transaction(db)

    def explain(self, exc: Exception, where: str) -> StoreError:
        return explain(exc, where)

    def script(self, db: Connection, ddl: str, postgresql: str | None = None) -> None:
        execute_all(db, ddl)

    def group_concat(self, expression: str) -> str:
        return f"group_concat({expression})"

    def json_number_is(self, column: str, key: str) -> str:
        return f"json_extract({column}, '$.{key}') = ?"


SQLITE = SqliteDialect()
