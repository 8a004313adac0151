"""The schema, as named steps applied once each, in order, and recorded.

Every row that belongs to a person carries its `user_id`: one database can hold
many people's OSes, and no query may forget whose data it reads.

The steps are written in SQLite's words; on PostgreSQL the dialect spells the
types its own way (postgres.py), and the two steps that cannot share a text
give PostgreSQL's beside SQLite's. The step names are the same on both, so
`schema_migrations` reads the same.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from os1.memory.dialect import Connection, Dialect
from os1.memory.migrations import steps_001_006, steps_007_010, steps_011_014, steps_015_018
from os1.memory.sqlite import SQLITE

Migration = Callable[[Connection, Dialect], None]
# Every step in the order it is applied; a new step goes at the end of the last group (or
# in a new group module), named with the next number.
MIGRATIONS: list[Migration] = [
    *steps_001_006.STEPS,
    *steps_007_010.STEPS,
    *steps_011_014.STEPS,
    *steps_015_018.STEPS,
]


def migrate(db: Connection, dialect: Dialect = SQLITE) -> list[str]:
    """Apply the steps not yet applied; return their names."""
    dialect.script(
        db, "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
    )
    done = {row[0] for row in db.execute("SELECT name FROM schema_migrations")}
    applied = []
    for step in MIGRATIONS:
        if step.__name__ in done:
            continue
        with dialect.migrating(db):
            # Another process (a second worker starting) may have applied it meanwhile.
            if db.execute(
                "SELECT 1 FROM schema_migrations WHERE name = ?", (step.__name__,)
            ).fetchone():
                continue
            step(db, dialect)
            db.execute(
                "INSERT INTO schema_migrations VALUES (?, ?)",
                (step.__name__, datetime.now(UTC).isoformat()),
            )
        applied.append(step.__name__)
    return applied
