"""What the store asks of a database engine; sqlite.py and postgres.py each answer it.

The SQL in os1 is written once, in words both engines accept (`?` placeholders,
`INSERT ... ON CONFLICT`, `RETURNING id`). What they cannot share lives here:
how a transaction starts, how an error reads, how the schema's types are
spelled, and the two or three functions the engines name differently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from functools import wraps
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from os1.errors import StoreError

Parameters = Sequence[Any]


class Row(Protocol):
    """A result row, read by position or by column name (sqlite3.Row's manners)."""

    def __getitem__(self, key: int | str, /) -> Any: ...
    def keys(self) -> list[str]: ...


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """sqlite3.Connection as it is; PostgreSQL's connection wrapped to look the same."""

    def execute(self, sql: str, parameters: Parameters = (), /) -> Cursor: ...
    def executemany(self, sql: str, parameters: Iterable[Parameters], /) -> Any: ...
    def close(self) -> None: ...


class Dialect(Protocol):
    name: str

    @property
    def errors(self) -> type[Exception]:
        """The driver's base error class: whatever the store catches and explains."""
        ...

    def migrating(self, db: Connection) -> AbstractContextManager[Connection]:
        """A transaction in which no other process changes the schema."""
        ...

    def transaction(self, db: Connection) -> AbstractContextManager[Connection]:
        """All or nothing: a failure part way leaves what was stored before untouched."""
        ...

    def explain(self, exc: Exception, where: str) -> StoreError:
        """One sentence for a driver error, with what to do; `where` names the database."""
        ...

    def script(self, db: Connection, ddl: str, postgresql: str | None = None) -> None:
        """Run schema statements written in SQLite's words, inside the open transaction.

        `postgresql` replaces `ddl` on PostgreSQL where the two cannot share a text
        (a trigger's body, a table SQLite must rebuild to change).
        """
        ...

    def group_concat(self, expression: str) -> str:
        """SQL joining `expression` over a group with commas."""
        ...

    def json_number_is(self, column: str, key: str) -> str:
        """SQL true where the JSON text in `column` has number `?` under top-level `key`."""
        ...


class _OnADatabase(Protocol):
    dialect: Dialect
    where: str


P = ParamSpec("P")
R = TypeVar("R")
D = TypeVar("D", bound=_OnADatabase)


def explained(method: Callable[Concatenate[D, P], R]) -> Callable[Concatenate[D, P], R]:
    """The method, with the engine's failures turned into a StoreError that says what to do."""

    @wraps(method)
    def wrapper(self: D, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except self.dialect.errors as exc:
            raise self.dialect.explain(exc, self.where) from exc

    return wrapper
