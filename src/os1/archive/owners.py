"""Every table that holds a person's rows, by its one owner module, with how the owner
puts its rows into an archive and takes them back: the one list the archive walks.

A part that keeps a new table of a person's adds one line here (its tables, a
`dump_rows(store, user_id)` and a `load_rows(db, user_id, rows, ids)`); a skill unit
declares its own (`skills.unit.Archived`, in its module) and is collected from the
skills' registry, in the registry's order. The order is the order rows go back in:
an owner's rows cite only rows of owners above it (`ids` carries the new numbers),
and a `settle` step runs once all are in. Tables without a `user_id`
(fact_sources, consolidated_turns) go with their owner's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from os1.conversation import outreach_records
from os1.letters import studio
from os1.memory import fact_records, store, turn_records
from os1.memory.dialect import Connection
from os1.memory.store import Store
from os1.memory.types import NewIds
from os1.mind import feeling_records
from os1.skills import registry

Rows = dict[str, list[Any]]
Dump = Callable[[Store, str], Rows]
Load = Callable[[Connection, str, Rows, NewIds], None]


@dataclass(frozen=True, slots=True)
class Owner:
    member: str  # the archive's file its rows travel in
    tables: tuple[str, ...]  # its tables with a `user_id`, each citing only those before
    dump: Dump
    load: Load
    settle: Load | None = None


OWNERS = (
    Owner("memory.json", ("sessions", "user_state"), store.dump_rows, store.load_rows),
    Owner("memory.json", ("turns",), turn_records.dump_rows, turn_records.load_rows,
          turn_records.renumber_citations),
    Owner("memory.json", feeling_records.TABLES, feeling_records.dump_rows,
          feeling_records.load_rows),
    Owner("memory.json", ("facts",), fact_records.dump_rows, fact_records.load_rows),
    # Notes, reminders, contacts: each skill unit that keeps a table says how.
    *(Owner(a.member, a.tables, a.dump, a.load) for u in registry.units() if (a := u.archived)),
    Owner("letters.json", studio.TABLES, studio.dump_rows, studio.load_rows),
    Owner("outreach.json", ("outreach",), outreach_records.dump_rows, outreach_records.load_rows),
)  # fmt: skip
# Every table with a person's rows that an archive carries, in the order they go in.
PERSON_TABLES = tuple(table for owner in OWNERS for table in owner.tables)


def dump(store: Store, user_id: str, member: str) -> Rows:
    """The rows of every owner whose rows travel in `member`."""
    rows: Rows = {}
    for owner in OWNERS:
        if owner.member == member:
            rows |= owner.dump(store, user_id)
    return rows


def load(db: Connection, user_id: str, rows: dict[str, Rows]) -> NewIds:
    """Add the rows of each member in `rows` inside the caller's transaction; returns what
    each old id is now."""
    ids = NewIds()
    chosen = [owner for owner in OWNERS if owner.member in rows]
    for owner in chosen:
        owner.load(db, user_id, rows[owner.member], ids)
    for owner in chosen:
        if owner.settle is not None:
            owner.settle(db, user_id, rows[owner.member], ids)
    return ids
