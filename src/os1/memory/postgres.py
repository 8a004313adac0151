"""PostgreSQL, for os1 behind several workers (OS1_DATABASE_URL=postgresql://...).

The store's SQL is written once, for both engines, with SQLite's `?`
placeholders; this module turns them into psycopg's, spells the schema in
PostgreSQL's types, and says what went wrong in a sentence. psycopg is
imported only when a PostgreSQL address is given: SQLite needs nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

from os1.database_address import describe_database_url
from os1.errors import StoreError
from os1.memory.dialect import Connection, Cursor, Parameters

if TYPE_CHECKING:
    import psycopg

SCHEMES = ("postgresql://", "postgres://")
ADDRESS_FORM = "postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
# Every schema change holds this lock (pg_advisory_xact_lock), so that workers
# starting together on an empty database take turns instead of colliding.
SCHEMA_LOCK = 0x6F7331  # "os1"
# SQLite's NOCASE, for user names: equal and unique whatever their case.
NOCASE = (
    "CREATE COLLATION IF NOT EXISTS os1_nocase"
    " (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"
)
# The schema is written in SQLite's words; these are PostgreSQL's for the same things.
SCHEMA_WORDS: tuple[tuple[str, str], ...] = (
    # SQLite gives an INTEGER PRIMARY KEY its value on insert; PostgreSQL needs an identity.
    (r"\bid INTEGER PRIMARY KEY\b", "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"),
    # SQLite's INTEGER and REAL hold 64 bits; PostgreSQL's hold 32.
    (r"\bINTEGER\b", "BIGINT"),
    (r"\bREAL\b", "DOUBLE PRECISION"),
    (r"\bBLOB\b", "BYTEA"),
    # SQLite compares text byte by byte (times as ISO strings, names in order); the
    # "C" collation does too, whatever locale the database was created with.
    (r"\bTEXT\b(?![^,\n]*\bCOLLATE NOCASE\b)", 'TEXT COLLATE "C"'),
    (r"\bCOLLATE NOCASE\b", "COLLATE os1_nocase"),
)


def is_address(text: str) -> bool:
    return text.startswith(SCHEMES)


def _driver() -> Any:
    # Imported here: psycopg is needed only with OS1_DATABASE_URL, and its absence is
    # told in words, with the fix.
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError(
            "OS1_DATABASE_URL names a PostgreSQL database, but its driver, psycopg, is not"
            " installed",
            "pip install 'psycopg[binary]' (it is in requirements.lock), or unset"
            " OS1_DATABASE_URL to use SQLite",
        ) from exc
    return psycopg


def connect(
    url: str, connect_timeout: int = 5, synchronous_commit: bool = True
) -> PostgresConnection:
    """A connection to `url`, in autocommit: every write goes through `transaction()`."""
    if not is_address(url):
        raise StoreError(
            "OS1_DATABASE_URL is not a PostgreSQL address (it must start with postgresql://)",
            f"write it as {ADDRESS_FORM}, or unset it to use SQLite",
        )
    psycopg = _driver()
    try:
        given = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error as exc:
        raise StoreError(
            f"OS1_DATABASE_URL is not a valid PostgreSQL address ({_without_password(exc, url)})",
            f"write it as {ADDRESS_FORM}",
        ) from exc
    port = str(given.get("port") or "5432")
    if not re.fullmatch(r"\d+(,\d+)*", port):
        raise StoreError(
            f"OS1_DATABASE_URL is not a valid PostgreSQL address (its port {port!r} is not a"
            " number)",
            f"write it as {ADDRESS_FORM}",
        )
    # Without a limit, a server that drops packets would hang os1's start for minutes.
    extra = {} if "connect_timeout" in given else {"connect_timeout": connect_timeout}

    def opened() -> psycopg.Connection[Any]:
        conn: psycopg.Connection[Any] = psycopg.connect(
            url, autocommit=True, row_factory=_row_maker, **extra
        )
        if not synchronous_commit:
            conn.execute("SET synchronous_commit = off")
        return conn

    where = describe_database_url(url)
    try:
        return PostgresConnection(opened, where)
    except psycopg.Error as exc:
        raise explain(exc, where, url) from exc


class PostgresConnection:
    """psycopg's connection with sqlite3's manners: `?` placeholders, rows by name or place.

    A connection the server dropped (a restart, a failover) is opened again on
    the next statement outside a transaction, so a long-running server recovers.
    """

    def __init__(self, opened: Callable[[], psycopg.Connection[Any]], where: str) -> None:
        self._opened = opened
        self._conn = opened()
        self._in_transaction = False
        self.where = where

    def _live(self) -> psycopg.Connection[Any]:
        if self._conn.broken and not self._in_transaction:
            self._conn = self._opened()
        return self._conn

    def execute(self, sql: str, parameters: Parameters = (), /) -> Cursor:
        return self._live().execute(_pyformat(sql), parameters)

    def executemany(self, sql: str, parameters: Iterable[Parameters], /) -> None:
        with self._conn.cursor() as cursor:
            cursor.executemany(_pyformat(sql), list(parameters))

    def script(self, statements: str) -> None:
        # Several statements in one call, as PostgreSQL allows when there are no
        # parameters (a function body holds semicolons of its own).
        self._live().execute(statements)

    @contextmanager
    def transaction(self) -> Iterator[PostgresConnection]:
        with self._live().transaction():
            self._in_transaction = True
            try:
                yield self
            finally:
                self._in_transaction = False

    def close(self) -> None:
        self._conn.close()


class PostgresDialect:
    name = "postgresql"

    @property
    def errors(self) -> type[Exception]:
        # Asked only once a connection exists, so the driver is there.
        error: type[Exception] = _driver().Error
        return error

    def transaction(self, db: Connection) -> AbstractContextManager[Connection]:
        assert isinstance(db, PostgresConnection)
        return db.transaction()

    @contextmanager
    def migrating(self, db: Connection) -> Iterator[Connection]:
        assert isinstance(db, PostgresConnection)
        with db.transaction():
            db.execute("SELECT pg_advisory_xact_lock(?)", (SCHEMA_LOCK,))
            yield db

    def explain(self, exc: Exception, where: str) -> StoreError:
        return explain(exc, where)

    def script(self, db: Connection, ddl: str, postgresql: str | None = None) -> None:
        assert isinstance(db, PostgresConnection)
        text = schema(postgresql if postgresql is not None else ddl)
        if "os1_nocase" in text:
            text = f"{NOCASE};\n{text}"
        # Outside a transaction the statements still run as one (PostgreSQL's rule
        # for a multi-statement query), holding the schema lock to the end.
        db.script(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK});\n{text}")

    def group_concat(self, expression: str) -> str:
        return f"string_agg(({expression})::text, ',')"

    def json_number_is(self, column: str, key: str) -> str:
        # jsonb equality compares numbers as numbers, as SQLite's json_extract does.
        return f"({column})::jsonb -> '{key}' = to_jsonb(?::bigint)"


POSTGRESQL = PostgresDialect()


def schema(ddl: str) -> str:
    """Schema statements written in SQLite's words, in PostgreSQL's."""
    for pattern, replacement in SCHEMA_WORDS:
        ddl = re.sub(pattern, replacement, ddl)
    return ddl


@lru_cache(maxsize=4096)
def _pyformat(sql: str) -> str:
    """`?` placeholders as psycopg's `%s`, and a literal `%` doubled (psycopg reads it too)."""
    out = []
    quote = ""
    for char in sql:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "?":
            out.append("%s")
            continue
        out.append("%%" if char == "%" else char)
    return "".join(out)


class Row(tuple[Any, ...]):
    """A row read by position or by column name, as sqlite3.Row is."""

    _index: ClassVar[dict[str, int]] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


@lru_cache(maxsize=1024)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"_index": {name: i for i, name in enumerate(names)}})


def _row_maker(cursor: Any) -> Callable[[Sequence[Any]], Row]:
    return _row_class(tuple(column.name for column in cursor.description or ()))


def _without_password(exc: Exception, url: str) -> str:
    text = str(exc)
    password = re.search(r"://[^:/@]*:([^@/]+)@", url)
    return (text.replace(password.group(1), "***") if password else text).strip()


def explain(exc: Exception, where: str, url: str = "") -> StoreError:
    """One sentence for the ways a PostgreSQL database goes wrong in practice."""
    state = getattr(exc, "sqlstate", None) or ""
    text = _without_password(exc, url).strip().splitlines()[0] if str(exc) else type(exc).__name__
    lower = text.lower()
    refused = ("authentication failed", "no password supplied", "password is required")
    if state in ("28P01", "28000") or any(words in lower for words in refused):
        return StoreError(
            f"The {where} refused the user name or password in OS1_DATABASE_URL ({text})",
            "check both in OS1_DATABASE_URL (psql with the same address says more)",
        )
    if state == "3D000" or ("database" in lower and "does not exist" in lower):
        return StoreError(
            f"The {where} does not exist",
            "create it (createdb NAME, as the PostgreSQL user that will own it) or name"
            " another in OS1_DATABASE_URL",
        )
    if state.startswith("08") or state.startswith("57P") or _unreachable(lower):
        return StoreError(
            f"Cannot reach the {where} ({text})",
            "check that the server is running and that OS1_DATABASE_URL names its host and"
            " port; nothing already stored was lost",
        )
    if state == "42501":
        return StoreError(
            f"The user in OS1_DATABASE_URL may not change os1's tables in the {where} ({text})",
            "grant it CREATE on the schema, or run os1 once as the database's owner",
        )
    if state in ("55P03", "57014", "40P01", "40001"):
        return StoreError(f"The {where} is busy ({text})", "try again; nothing was lost")
    if state == "25006":
        return StoreError(
            f"The {where} is read-only (a standby?)",
            "point OS1_DATABASE_URL at the primary server; nothing was lost",
        )
    if state == "53100":
        return StoreError(
            f"The disk of the {where} is full", "free some space; nothing already stored was lost"
        )
    return StoreError(f"The {where} failed ({text})", "run with OS1_DEBUG=1 and report it")


def _unreachable(text: str) -> bool:
    return any(
        words in text
        for words in (
            "connection refused",
            "could not connect",
            "connection failed",
            "timeout expired",
            "could not translate host name",
            "failed to resolve host",
            "name or service not known",
            "server closed the connection",
            "connection is closed",
            "connection is lost",
            "terminating connection",
            "no such file or directory",
        )
    )
