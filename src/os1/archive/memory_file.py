"""One person's memory as a JSON file, and back.

The file holds everything os1 keeps of the person: sessions, every turn, the
persona and other state, the mood record, the journal, the facts consolidated
from the turns with the turns they cite, and the notes, reminders and
contacts. Vectors are left out: they are derived, and are made again. An
import is checked whole before anything is written, and goes in one
transaction, so a bad file changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from os1.archive import owners
from os1.errors import InputError, first_problem
from os1.memory.store import Store
from os1.memory.types import FactKind
from os1.stamps import stamp

FORMAT = "os1-memory"
MEMBER = "memory.json"
# The lists of the file, in the order an export writes them (files written before keep
# their bytes); their owners are in archive/owners.py.
_PARTS = ("sessions", "turns", "state", "feelings", "journal", "notes", "reminders")
_PARTS += ("contacts", "facts", "consolidated")
VERSION = 1


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SessionRow(_Row):
    id: int
    started_at: str
    ended_at: str | None


class TurnRow(_Row):
    id: int
    session_id: int | None
    role: Literal["user", "assistant"]
    text: str
    created_at: str
    tokens: int | None
    meta: dict[str, Any]


class StateRow(_Row):
    key: str
    value: Any
    updated_at: str


class FeelingRow(_Row):
    turn_id: int | None
    at: str
    kind: str
    record: dict[str, Any]


class JournalRow(_Row):
    day: str
    text: str
    written_at: str


class FactRow(_Row):
    id: int
    text: str
    about: str
    sources: list[int]
    valid_from: str
    confidence: float
    created_at: str
    extractor: str
    superseded_by: int | None
    # Files from before facts had kinds have none.
    kind: FactKind = "other"


class NoteRow(_Row):
    text: str
    created_at: str


class ReminderRow(_Row):
    text: str
    due_at: str
    created_at: str
    fired_at: str | None


class ContactRow(_Row):
    name: str
    phone: str | None
    email: str | None
    created_at: str


class MemoryFile(_Row):
    format: Literal["os1-memory"]
    version: Literal[1]
    user: str
    exported_at: str
    sessions: list[SessionRow]
    turns: list[TurnRow]
    state: list[StateRow]
    feelings: list[FeelingRow]
    journal: list[JournalRow]
    # Files from before facts existed have none.
    facts: list[FactRow] = []
    consolidated: list[int] = []
    notes: list[NoteRow] = []
    reminders: list[ReminderRow] = []
    contacts: list[ContactRow] = []


def memory_document(store: Store, user_id: str) -> dict[str, Any]:
    """Everything os1 keeps of the person, as the export file holds it."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "user": user_id,
        "exported_at": stamp(precision="seconds"),
        **_in_order(owners.dump(store, user_id, MEMBER)),
    }


def _in_order(rows: dict[str, list[Any]]) -> dict[str, list[Any]]:
    return {name: rows[name] for name in _PARTS}


def export_memory(store: Store, user_id: str, path: Path) -> dict[str, int]:
    document = memory_document(store, user_id)
    rows = {name: value for name, value in document.items() if isinstance(value, list)}
    # Written beside the target and renamed, so a failure never leaves half a file.
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(f"Cannot write {path} ({exc.strerror})", "choose another path") from exc
    return {name: len(value) for name, value in rows.items()}


def read_memory_file(path: Path) -> MemoryFile:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise InputError(f"Cannot read {path} ({reason})", "check the path") from exc
    try:
        return MemoryFile.model_validate_json(text)
    except ValidationError as exc:
        raise InputError(
            f"{path} is not an os1 memory export ({first_problem(exc, 'the top level')})",
            "use a file written by `os1 memory export`; nothing was imported",
        ) from exc


def import_memory(store: Store, user_id: str, path: Path, as_me: bool = False) -> dict[str, int]:
    memory = read_memory_file(path)
    if memory.user != user_id and not as_me:
        raise InputError(
            f"{path} holds the memory of '{memory.user}', not of '{user_id}'",
            f"set OS1_USER={memory.user} to restore it for them, or add --as-me to make it yours",
        )
    existing = store.counts(user_id)["turns"]
    if existing:
        raise InputError(
            f"'{user_id}' already has {existing} turns, and an import would mix two lives",
            "import into a new OS1_USER, or start over with `os1 setup --reset` first",
        )
    rows = memory.model_dump(include=set(_PARTS))
    with store.writing() as db:
        owners.load(db, user_id, {MEMBER: rows})
    return {name: len(value) for name, value in rows.items()}
