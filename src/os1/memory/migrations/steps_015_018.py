"""Steps from 15: what kind of thing each fact is."""

from __future__ import annotations

from os1.memory.dialect import Connection, Dialect
from os1.memory.types import FACT_KINDS


def m015_fact_kinds(db: Connection, dialect: Dialect) -> None:
    """Each fact's kind (types.FACT_KINDS), so that facts can be grouped by person, place,
    work, plan…; facts read before kinds existed are 'other' until read again."""
    kinds = ", ".join(f"'{kind}'" for kind in FACT_KINDS)
    dialect.script(
        db,
        f"ALTER TABLE facts ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'"
        f" CHECK (kind IN ({kinds}));",
    )


STEPS = [m015_fact_kinds]
