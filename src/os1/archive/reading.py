"""An archive read and checked whole, within its budgets, before anything is restored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import ValidationError

from os1.archive.container import Budgets, Contents, over_quota, unpack
from os1.archive.letter_rows import LettersFile
from os1.archive.memory_file import MemoryFile
from os1.archive.outreach_rows import OutreachFile
from os1.archive.settings_part import SettingsFile, check_settings
from os1.errors import InputError, first_problem
from os1.letters.studio import TABLES as LETTER_TABLES
from os1.skills.calendar_reading import bounded_calendar

# The lists of memory.json: its rows, part by part.
MEMORY_PARTS = tuple(
    name
    for name in MemoryFile.model_fields
    if name not in {"format", "version", "user", "exported_at"}
)
_M = TypeVar("_M", MemoryFile, LettersFile, OutreachFile, SettingsFile)
_FIX = "use an archive written by `os1 export --all`; nothing was imported"


@dataclass(frozen=True, slots=True)
class Parts:
    memory: MemoryFile
    letters: LettersFile
    outreach: OutreachFile
    settings: SettingsFile | None
    calendar: bytes | None
    rendered: dict[str, bytes]


@dataclass(frozen=True, slots=True)
class Checked:
    """An archive read and checked whole, within its budgets: ready to restore."""

    contents: Contents
    parts: Parts

    @property
    def settings(self) -> SettingsFile | None:
        return self.parts.settings


def read_archive(source: bytes | Path, where: str, budgets: Budgets | None = None) -> Checked:
    """The archive in `source` (its bytes or its file), checked whole; an InputError naming
    the first thing wrong with it, or the first budget it exceeds. Touches no store."""
    budgets = budgets or Budgets()
    contents = unpack(source, where, budgets)
    parts = _checked(contents, where)
    rows = _rows(parts)
    if rows > budgets.rows:
        raise InputError(
            f"{where} holds {rows:,} rows (turns, feelings, facts, letters, ...), more than "
            f"the {budgets.rows:,} one restore takes",
            "restore it with `os1 import` on a computer of your own; nothing was imported",
        )
    files = len(parts.calendar or b"") + sum(len(data) for data in parts.rendered.values())
    if budgets.files_bytes is not None and files > budgets.files_bytes:
        raise over_quota(where, budgets.files_bytes, files)
    return Checked(contents, parts)


def _rows(parts: Parts) -> int:
    memory = sum(len(getattr(parts.memory, name)) for name in MEMORY_PARTS)
    memory += sum(len(fact.sources) for fact in parts.memory.facts)
    letters = sum(len(getattr(parts.letters, name)) for name in LETTER_TABLES)
    events = (parts.calendar or b"").count(b"BEGIN:VEVENT")
    return memory + letters + len(parts.outreach.outreach) + events


def _checked(contents: Contents, where: str) -> Parts:
    members = contents.members
    if contents.version >= 1:
        for name in ("memory.json", "letters.json", "settings.json"):
            if name not in members:
                raise InputError(f"{where} has no {name}, which every archive has", _FIX)
    memory = _model(MemoryFile, members["memory.json"], "memory.json", where)
    if memory.user != contents.user:
        raise InputError(f"{where} is of '{contents.user}' but its memory.json is not", _FIX)
    for part in ("sessions", "turns", "facts"):
        ids = [row.id for row in getattr(memory, part)]
        if len(set(ids)) < len(ids):
            raise InputError(f"{where}: two of its {part} have the same id", _FIX)
    letters = LettersFile(
        format="os1-letters", version=1, letter_clients=[], letter_recipients=[],
        letter_dossier=[], letters=[],
    )  # fmt: skip
    if "letters.json" in members:
        letters = _model(LettersFile, members["letters.json"], "letters.json", where)
        problem = letters.problem()
        if problem:
            raise InputError(f"{where} has letters that do not hold together ({problem})", _FIX)
    # Archives from before the OS spoke first have no outreach.json.
    outreach = OutreachFile(format="os1-outreach", version=1, outreach=[])
    if "outreach.json" in members:
        outreach = _model(OutreachFile, members["outreach.json"], "outreach.json", where)
        if outreach.problem():
            raise InputError(
                f"{where} has an outreach.json os1 cannot read ({outreach.problem()})", _FIX
            )
    chosen = None
    if "settings.json" in members:
        chosen = _model(SettingsFile, members["settings.json"], "settings.json", where)
        check_settings(chosen)
    calendar = members.get("calendar.ics")
    if calendar is not None:
        try:
            bounded_calendar(calendar)
        except InputError as exc:
            problem = f"{where} has a calendar.ics os1 cannot keep ({exc.problem})"
            raise InputError(problem, _FIX) from exc
    rendered = {n.split("/", 1)[1]: d for n, d in members.items() if n.startswith("rendered/")}
    return Parts(memory, letters, outreach, chosen, calendar, rendered)


def _model(model: type[_M], data: bytes, name: str, where: str) -> _M:
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        raise InputError(
            f"{where} has a {name} os1 cannot read ({first_problem(exc, 'the top level')})", _FIX
        ) from exc
