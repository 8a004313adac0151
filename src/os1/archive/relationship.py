"""One person's whole relationship with their OS, to an archive and back.

An import reads and checks the whole archive first, within budgets (members,
bytes, rows, the person's disk quota: `read_archive`), then adds every row in
one transaction (`restore_archive`); the files (calendar, rendered letters,
config) are written beside their places inside that transaction and moved
into place once it is in, so a failure anywhere leaves the OS as it was.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from os1.archive import owners
from os1.archive.container import Budgets, pack
from os1.archive.letter_rows import letters_document
from os1.archive.memory_file import memory_document
from os1.archive.outreach_rows import outreach_document
from os1.archive.owners import PERSON_TABLES
from os1.archive.place import AlreadyHere, Place, already_here
from os1.archive.reading import MEMORY_PARTS, Checked, Parts, read_archive
from os1.archive.settings_part import no_settings, settings_document, staged_config
from os1.config import Settings
from os1.errors import InputError
from os1.letters.studio import TABLES as LETTER_TABLES
from os1.memory.store import Store, delete_rows

__all__ = [
    "ACCOUNT_TABLES", "DERIVED_TABLES", "INSTALL_TABLES", "PERSON_TABLES", "AlreadyHere",
    "Checked", "Place", "Restored", "already_here", "export_archive", "import_archive",
    "read_archive", "restore_archive", "write_archive",
]  # fmt: skip
# Every table with a person's rows is carried (archive/owners.py), derived, the server's
# or the install's. Derived vectors are made again; the account tables (sign-in) stay
# with the server.
DERIVED_TABLES = ("turn_vectors",)
ACCOUNT_TABLES = ("accounts", "web_sessions", "api_keys")
# An OS's peer identity is its install's: carrying the private key would let two installs
# speak as one OS. After an import the person shares the new address with their peers.
INSTALL_TABLES = ("peer_identity", "peers", "peer_conversations", "peer_messages")
_RENDERED = re.compile(r"^(letter|envelope)-(\d+)(\.\w+)$")


@dataclass(slots=True)
class Restored:
    version: int
    counts: dict[str, int]
    settings_added: list[str] = field(default_factory=list)
    settings_kept: list[str] = field(default_factory=list)
    secrets_to_set: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def export_archive(
    settings: Settings, store: Store, user_id: str, with_settings: bool = True
) -> tuple[bytes, dict[str, int]]:
    """The archive's bytes and how many of each thing it holds. A server passes
    `with_settings=False`: its settings are its operator's, not the person's."""
    memory = memory_document(store, user_id)
    letters = letters_document(store, user_id)
    chosen = settings_document(settings) if with_settings else no_settings()
    members = {
        "memory.json": _json(memory),
        "letters.json": _json(letters),
        "outreach.json": _json(outreach_document(store, user_id)),
        "settings.json": _json(chosen),
    }
    place = Place.of(settings)
    try:
        if place.calendar is not None and place.calendar.is_file():
            members["calendar.ics"] = place.calendar.read_bytes()
        if place.rendered.is_dir():
            for path in sorted(place.rendered.iterdir()):
                if path.is_file() and not path.name.startswith("."):
                    members[f"rendered/{path.name}"] = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"Cannot read {exc.filename} ({exc.strerror})", "make it readable and export again"
        ) from exc
    counts = {name: len(memory[name]) for name in MEMORY_PARTS}
    counts |= {name: len(letters[name]) for name in LETTER_TABLES}
    counts["outreach"] = len(json.loads(members["outreach.json"])["outreach"])
    counts["calendar_events"] = members.get("calendar.ics", b"").count(b"BEGIN:VEVENT")
    counts["rendered_files"] = sum(name.startswith("rendered/") for name in members)
    return pack(members, user_id, counts), counts


def write_archive(path: Path, data: bytes) -> None:
    # Written beside the target and renamed, so a failure never leaves half an archive.
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(f"Cannot write {path} ({exc.strerror})", "choose another path") from exc


def import_archive(
    settings: Settings,
    store: Store,
    user_id: str,
    data: bytes | Path,
    where: str,
    *,
    as_me: bool = False,
    replace: bool = False,
    with_settings: bool = True,
    budgets: Budgets | None = None,
) -> Restored:
    """Restore the archive in `data` (its bytes or its file) as `user_id`'s OS; nothing
    changes unless all of it goes in. A server passes `as_me` (the account decides whose
    it is) and `with_settings=False` (its settings are not the person's to change)."""
    checked = read_archive(data, where, budgets)
    return restore_archive(
        settings,
        store,
        user_id,
        checked,
        where,
        as_me=as_me,
        replace=replace,
        with_settings=with_settings,
    )


def restore_archive(
    settings: Settings,
    store: Store,
    user_id: str,
    checked: Checked,
    where: str,
    *,
    as_me: bool = False,
    replace: bool = False,
    with_settings: bool = True,
    staging_in: Path | None = None,
) -> Restored:
    """Put an archive read by `read_archive` in as `user_id`'s OS, all or nothing. Its files
    are staged in `staging_in` (the person's home unless given; it must be on the same
    file system)."""
    contents, parts = checked.contents, checked.parts
    if contents.user != user_id and not as_me:
        raise InputError(
            f"{where} holds the OS of '{contents.user}', not of '{user_id}'",
            f"set OS1_USER={contents.user} to restore it for them, or add --as-me to make it yours",
        )
    place = Place.of(settings)
    if not replace:
        held = already_here(store, user_id, place)
        if held:
            raise AlreadyHere(held)
    restored = Restored(contents.version, {}, notes=list(contents.notes))
    config: tuple[Path, Path, list[str]] | None = None
    if parts.settings is not None:
        restored.secrets_to_set = list(parts.settings.secrets_left_out)
        if with_settings:
            config = staged_config(settings, parts.settings)
            restored.settings_added = config[2]
            restored.settings_kept = [n for n in parts.settings.settings if n not in config[2]]
        else:
            restored.settings_kept = list(parts.settings.settings)
    with _staging(staging_in or settings.home, config) as staging:
        with store.writing() as db:
            # Asked again inside the transaction: another restore may have gone in meanwhile.
            held = None if replace else already_here(store, user_id, place)
            if held:
                raise AlreadyHere(held)
            if replace:
                # Rows that cite others first; the account's own rows stay.
                for table in (*reversed(PERSON_TABLES), *DERIVED_TABLES):
                    delete_rows(db, table, user_id)
            rows = parts.memory.model_dump(include=set(MEMORY_PARTS))
            ids = owners.load(
                db,
                user_id,
                {
                    "memory.json": rows,
                    "letters.json": parts.letters.model_dump(include=set(LETTER_TABLES)),
                    "outreach.json": parts.outreach.model_dump(include={"outreach"}),
                },
            )
            # Written inside the transaction: a failure here takes the rows back out.
            _stage_files(staging, parts, ids.letters)
        _move_into_place(staging, place, parts, replace, config)
    if place.calendar != place.own_calendar and parts.calendar is not None:
        restored.notes.append(
            f"the calendar went to {place.own_calendar}; this os1 reads "
            f"{place.calendar or 'a CalDAV account'} (OS1_CALENDAR), so unset it to use it"
        )
    restored.counts = {name: len(rows[name]) for name in MEMORY_PARTS}
    restored.counts |= {name: len(getattr(parts.letters, name)) for name in LETTER_TABLES}
    restored.counts["outreach"] = len(parts.outreach.outreach)
    restored.counts["calendar_events"] = (parts.calendar or b"").count(b"BEGIN:VEVENT")
    restored.counts["rendered_files"] = len(parts.rendered)
    return restored


@contextmanager
def _staging(home: Path, config: tuple[Path, Path, list[str]] | None) -> Iterator[Path]:
    """A folder beside the person's files (a rename there is atomic), removed afterwards;
    the staged config file goes too unless it was moved into place."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".import-", dir=home))
    except OSError as exc:
        if config:
            config[0].unlink(missing_ok=True)
        raise InputError(
            f"Cannot write in {home} ({exc.strerror})", "make OS1_HOME writable; nothing changed"
        ) from exc
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if config:
            config[0].unlink(missing_ok=True)


def _stage_files(staging: Path, parts: Parts, letter_ids: dict[int, int]) -> None:
    try:
        if parts.calendar is not None:
            (staging / "calendar.ics").write_bytes(parts.calendar)
        folder = staging / "rendered"
        folder.mkdir()
        for name, data in parts.rendered.items():
            (folder / _renamed(name, letter_ids)).write_bytes(data)
    except OSError as exc:
        raise InputError(
            f"Cannot write in {staging.parent} ({exc.strerror})",
            "free some space or make OS1_HOME writable; nothing was imported",
        ) from exc


def _renamed(name: str, letter_ids: dict[int, int]) -> str:
    """letter-3.pdf is letter 3 rendered: it takes the letter's new number."""
    found = _RENDERED.match(name)
    if found is None or int(found.group(2)) not in letter_ids:
        return name
    return f"{found.group(1)}-{letter_ids[int(found.group(2))]}{found.group(3)}"


def _move_into_place(
    staging: Path,
    place: Place,
    parts: Parts,
    replace: bool,
    config: tuple[Path, Path, list[str]] | None,
) -> None:
    # Renames within one file system: each is whole or not at all.
    if parts.calendar is not None:
        place.own_calendar.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / "calendar.ics", place.own_calendar)
    elif replace:
        place.own_calendar.unlink(missing_ok=True)
    if parts.rendered or replace:
        if place.rendered.exists():
            os.replace(place.rendered, staging / "replaced")
        if parts.rendered:
            place.rendered.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / "rendered", place.rendered)
    if config and config[2]:
        os.replace(config[0], config[1])


def _json(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
