"""The facts consolidated from a person's turns (consolidation.py writes them): the one
owner of the tables `facts`, `fact_sources` and `consolidated_turns`.

A fact cites the turns it was read from; it goes when any of them goes (a trigger,
migrations/m005). Its queries join `turns` only to check that a turn is the person's.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from os1.memory.dialect import Connection
from os1.memory.types import Fact, FactKind, NewIds, StoredTurn
from os1.stamps import stamp

if TYPE_CHECKING:
    # Only a type here: the store calls `unread` when a turn is corrected.
    from os1.memory.store import Store

TABLES = ("facts", "fact_sources", "consolidated_turns")


def unconsolidated_turns(store: Store, user_id: str, limit: int) -> list[StoredTurn]:
    """The person's own turns not yet read for facts, oldest first."""
    rows = store.read(
        "SELECT * FROM turns WHERE user_id = ? AND role = 'user' AND id NOT IN"
        " (SELECT turn_id FROM consolidated_turns) ORDER BY id LIMIT ?",
        (user_id, limit),
    )
    return [StoredTurn.from_row(row) for row in rows]


def count_unconsolidated(store: Store, user_id: str) -> int:
    return int(
        store.read(
            "SELECT count(*) FROM turns WHERE user_id = ? AND role = 'user' AND id NOT IN"
            " (SELECT turn_id FROM consolidated_turns)",
            (user_id,),
        )[0][0]
    )


def mark_consolidated(store: Store, user_id: str, turn_ids: list[int]) -> None:
    with store.writing() as db:
        db.executemany(
            "INSERT INTO consolidated_turns (turn_id)"
            " SELECT id FROM turns WHERE id = ? AND user_id = ? ON CONFLICT DO NOTHING",
            [(turn_id, user_id) for turn_id in turn_ids],
        )


def add_fact(
    store: Store,
    user_id: str,
    text: str,
    about: str,
    sources: list[int],
    valid_from: datetime,
    confidence: float,
    extractor: str,
    at: datetime | None = None,
    kind: FactKind = "other",
) -> int | None:
    """Store a fact; None when its source turns are gone (forgotten meanwhile)."""
    if not sources:
        return None
    with store.writing() as db:
        found = db.execute(
            f"SELECT count(*) FROM turns WHERE user_id = ? AND id IN"
            f" ({','.join('?' * len(sources))})",
            (user_id, *sources),
        ).fetchone()[0]
        if found != len(set(sources)):
            return None
        fact_id = int(
            db.execute(
                "INSERT INTO facts (user_id, text, about, valid_from, confidence, created_at,"
                " extractor, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (user_id, text, about, stamp(valid_from), confidence, stamp(at), extractor, kind),
            ).fetchone()[0]
        )
        db.executemany(
            "INSERT INTO fact_sources (fact_id, turn_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(fact_id, turn_id) for turn_id in sources],
        )
    return fact_id


def confirm_fact(store: Store, user_id: str, fact_id: int, turn_id: int, confidence: float) -> None:
    """Another turn says the same: it is cited too, and the fact is as sure as its best."""
    with store.writing() as db:
        owned = db.execute(
            "SELECT 1 FROM facts f JOIN turns t ON t.user_id = f.user_id"
            " WHERE f.id = ? AND t.id = ? AND f.user_id = ?",
            (fact_id, turn_id, user_id),
        ).fetchone()
        if owned is None:
            return
        db.execute(
            "INSERT INTO fact_sources (fact_id, turn_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            (fact_id, turn_id),
        )
        db.execute(
            "UPDATE facts SET confidence = CASE WHEN confidence < ? THEN ? ELSE confidence"
            " END WHERE id = ?",
            (confidence, confidence, fact_id),
        )


def supersede_fact(store: Store, user_id: str, old_id: int, new_id: int) -> None:
    with store.writing() as db:
        db.execute(
            "UPDATE facts SET superseded_by = ? WHERE id = ? AND user_id = ?"
            " AND EXISTS (SELECT 1 FROM facts WHERE id = ? AND user_id = ?)",
            (new_id, old_id, user_id, new_id, user_id),
        )


def facts(store: Store, user_id: str, include_superseded: bool = False) -> list[Fact]:
    """This person's facts, oldest first; only the current ones unless asked."""
    rows = store.read(
        f"SELECT f.*, {store.dialect.group_concat('s.turn_id')} AS sources FROM facts f"
        " JOIN fact_sources s ON s.fact_id = f.id WHERE f.user_id = ?"
        + ("" if include_superseded else " AND f.superseded_by IS NULL")
        + " GROUP BY f.id ORDER BY f.id",
        (user_id,),
    )
    return [
        Fact(
            id=row["id"],
            text=row["text"],
            about=row["about"],
            sources=tuple(sorted(int(t) for t in row["sources"].split(","))),
            valid_from=datetime.fromisoformat(row["valid_from"]),
            confidence=row["confidence"],
            created_at=datetime.fromisoformat(row["created_at"]),
            extractor=row["extractor"],
            superseded_by=row["superseded_by"],
            kind=row["kind"],
        )
        for row in rows
    ]


def forget_fact(store: Store, user_id: str, fact_id: int) -> bool:
    """Delete one fact; its turns stay, and are not read for facts again."""
    with store.writing() as db:
        cursor = db.execute("DELETE FROM facts WHERE id = ? AND user_id = ?", (fact_id, user_id))
    return cursor.rowcount > 0


def unread(db: Connection, turn_id: int) -> None:
    """A turn's words changed (inside the store's transaction): the facts read from the old
    words go, and the new words are read again."""
    db.execute("DELETE FROM fact_sources WHERE turn_id = ?", (turn_id,))
    db.execute("DELETE FROM consolidated_turns WHERE turn_id = ?", (turn_id,))


# Out and back in (the archive's list of owners, archive/owners.py)


def dump_rows(store: Store, user_id: str) -> dict[str, list[Any]]:
    consolidated = store.read(
        "SELECT c.turn_id FROM consolidated_turns c JOIN turns t ON t.id = c.turn_id"
        " WHERE t.user_id = ? ORDER BY c.turn_id",
        (user_id,),
    )
    return {
        "facts": [fact.as_json() for fact in facts(store, user_id, include_superseded=True)],
        "consolidated": [row[0] for row in consolidated],
    }


def load_rows(db: Connection, user_id: str, data: dict[str, list[Any]], ids: NewIds) -> None:
    """Add dumped facts inside the caller's transaction, citing the turns' new ids."""
    for row in data.get("facts", []):
        sources = [ids.turns[t] for t in row["sources"] if t in ids.turns]
        if not sources:
            continue  # a fact cites turns; without them it cannot stand
        fact_id = db.execute(
            "INSERT INTO facts (user_id, text, about, valid_from, confidence, created_at,"
            " extractor, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (user_id, row["text"], row["about"], _same_time(row["valid_from"]),
             row["confidence"], _same_time(row["created_at"]), row["extractor"],
             row.get("kind", "other")),
        ).fetchone()[0]  # fmt: skip
        ids.facts[row["id"]] = fact_id
        db.executemany(
            "INSERT INTO fact_sources (fact_id, turn_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(fact_id, turn_id) for turn_id in sources],
        )
    for row in data.get("facts", []):
        if row["superseded_by"] in ids.facts and row["id"] in ids.facts:
            db.execute(
                "UPDATE facts SET superseded_by = ? WHERE id = ?",
                (ids.facts[row["superseded_by"]], ids.facts[row["id"]]),
            )
    db.executemany(
        "INSERT INTO consolidated_turns (turn_id) VALUES (?) ON CONFLICT DO NOTHING",
        [(ids.turns[t],) for t in data.get("consolidated", []) if t in ids.turns],
    )


def _same_time(text: str) -> str:
    # Facts are exported as datetime.isoformat() writes them; stored, they are stamps.
    return stamp(datetime.fromisoformat(text))
