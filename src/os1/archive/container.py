"""The archive as a file: a zip of named members and a manifest that vouches for each.

Reading checks everything a damaged or foreign file could get wrong (not a
zip, cut short, a member changed, missing or added, a name that would escape
a folder, a version this os1 does not know) before anyone looks inside. A
plain `os1 memory export` JSON file reads as an archive of version 0.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from os1 import __version__
from os1.archive.memory_file import MemoryFile
from os1.errors import InputError, first_problem
from os1.stamps import stamp

FORMAT = "os1-archive"
VERSION = 1
MANIFEST = "manifest.json"
# Every name a member may have; rendered letters are files of one folder.
_MEMBER = re.compile(
    r"^(memory|letters|outreach|settings)\.json$|^calendar\.ics$"
    r"|^rendered/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$"
)
MiB = 1024**2
_FIX = "use a file written by `os1 export --all`; nothing was imported"
# The zip's central directory, per member: 46 bytes and a name of at most 109 os1 gives,
# with room for the extra fields other zip writers add.
_DIRECTORY_ENTRY = 512
_END = struct.Struct("<4s4H2LH")


@dataclass(frozen=True, slots=True)
class Budgets:
    """How much one restore may take, each well above what a life holds (docs/archive-format.md).
    A file over any of them is refused before anything is imported."""

    # Files in the zip: four parts, a calendar and the rendered letters (two files a letter).
    members: int = 10_000
    # Unpacked, counted as it inflates: the zip's own word for a size is not believed.
    member_bytes: int = 256 * MiB
    total_bytes: int = 1024 * MiB
    # Turns, facts, letters, feelings, ...: every row the restore would write.
    rows: int = 300_000
    # The person's own files it would write (calendar, rendered letters); None: no quota.
    files_bytes: int | None = None


class Member(BaseModel):
    model_config = ConfigDict(extra="forbid")

    bytes: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["os1-archive"]
    version: int
    os1_version: str
    exported_at: str
    user: str
    members: dict[str, Member]
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class Contents:
    """An archive read and checked: its version, the manifest (none in version 0), members."""

    version: int
    user: str
    members: dict[str, bytes]
    manifest: Manifest | None = None
    notes: list[str] = field(default_factory=list)


def pack(members: dict[str, bytes], user: str, counts: dict[str, int]) -> bytes:
    """The archive's bytes: the members, and a manifest with each one's size and SHA-256."""
    for name in members:
        assert _MEMBER.match(name), name
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "os1_version": __version__,
        "exported_at": stamp(precision="seconds"),
        "user": user,
        "members": {
            name: {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in members.items()
        },
        "counts": counts,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        # The manifest first, so that a reader of the first bytes learns what this is.
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False))
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def unpack(source: bytes | Path, where: str, budgets: Budgets | None = None) -> Contents:
    """The archive in `source` (its bytes, or the file holding them, read from `where`),
    checked whole within `budgets`; an InputError if anything about it is wrong."""
    budgets = budgets or Budgets()
    try:
        with _opened(source) as file:
            head = file.read(4096)
            file.seek(0)
            if head.startswith(b"PK\x03\x04"):
                return _version_1(file, where, budgets)
            if head.lstrip()[:1] == b"{":
                return _version_0(_whole(file, where, budgets), where)
    except OSError as exc:
        raise InputError(f"Cannot read {where} ({exc.strerror})", "check the path") from exc
    raise InputError(f"{where} is not an os1 archive (neither a zip nor a memory export)", _FIX)


def _opened(source: bytes | Path) -> BinaryIO:
    return io.BytesIO(source) if isinstance(source, bytes) else source.open("rb")


def _whole(file: BinaryIO, where: str, budgets: Budgets) -> bytes:
    data = file.read(budgets.member_bytes + 1)
    if len(data) > budgets.member_bytes:
        raise InputError(
            f"{where} is larger than the {budgets.member_bytes // MiB} MiB a memory export may be",
            _FIX,
        )
    return data


def _version_0(data: bytes, where: str) -> Contents:
    """A plain `os1 memory export` file: the memories alone."""
    try:
        memory = MemoryFile.model_validate_json(data)
    except ValidationError as exc:
        raise InputError(
            f"{where} is not an os1 archive or memory export "
            f"({first_problem(exc, 'the top level')})",
            _FIX,
        ) from exc
    note = "an os1 memory export (archive version 0): memories only, no letters or settings"
    return Contents(0, memory.user, {"memory.json": data}, notes=[note])


def _version_1(file: BinaryIO, where: str, budgets: Budgets) -> Contents:
    try:
        _directory_fits(file, where, budgets)
        with zipfile.ZipFile(file) as archive:
            manifest = _manifest(archive, where, budgets)
            members = _members(archive, manifest, where, budgets)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, zlib.error) as exc:
        raise InputError(
            f"{where} is damaged: it is cut short or corrupted ({exc})",
            "export it again from the os1 it came from; nothing was imported",
        ) from exc
    return Contents(manifest.version, manifest.user, members, manifest)


def _directory_fits(file: BinaryIO, where: str, budgets: Budgets) -> None:
    """Refuses a zip whose table of contents lists more members than a restore takes, before
    zipfile reads it: a few megabytes of it would be millions of entries in memory."""
    size = file.seek(0, io.SEEK_END)
    # The end record (22 bytes) is last, after a comment of at most 64 KiB.
    file.seek(max(0, size - _END.size - 0xFFFF))
    tail = file.read()
    file.seek(0)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _END.size:
        return  # not a whole zip: zipfile says it is damaged
    entries, directory = _END.unpack_from(tail, at)[4:6]
    # A zip64 record (0xFFFF entries) is only needed beyond 65,535 members.
    if entries > budgets.members + 1 or directory > (budgets.members + 1) * _DIRECTORY_ENTRY:
        raise _too_many(where, budgets)


def _too_many(where: str, budgets: Budgets, found: int | None = None) -> InputError:
    count = f"{found:,} files" if found is not None else f"more than {budgets.members:,} files"
    return InputError(
        f"{where} holds {count}; an os1 archive holds at most {budgets.members:,}", _FIX
    )


def _manifest(archive: zipfile.ZipFile, where: str, budgets: Budgets) -> Manifest:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise InputError(
            f"{where} is a zip file, but not an os1 archive (no manifest)", _FIX
        ) from None
    raw = _read(archive, info, budgets.member_bytes, _member_too_large(where, info, budgets))
    try:
        found = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{where} has a manifest that is not JSON", _FIX) from exc
    if isinstance(found, dict) and found.get("format") == FORMAT:
        version = found.get("version")
        if isinstance(version, int) and version > VERSION:
            raise InputError(
                f"{where} is an archive of version {version}, written by a newer os1 "
                f"({found.get('os1_version', '?')}); this os1 ({__version__}) reads "
                f"versions 0 to {VERSION}",
                "upgrade os1, then import it; nothing was imported",
            )
    try:
        manifest = Manifest.model_validate(found)
    except ValidationError as exc:
        raise InputError(
            f"{where} has a manifest os1 does not understand ({first_problem(exc, 'manifest')})",
            _FIX,
        ) from exc
    if manifest.version != VERSION:
        raise InputError(
            f"{where} claims archive version {manifest.version}, which never was", _FIX
        )
    return manifest


def _members(
    archive: zipfile.ZipFile, manifest: Manifest, where: str, budgets: Budgets
) -> dict[str, bytes]:
    infos = [info for info in archive.infolist() if info.filename != MANIFEST]
    if len(infos) > budgets.members:
        raise _too_many(where, budgets, len(infos))
    names = [info.filename for info in infos]
    for name in [*names, *manifest.members]:
        if not _MEMBER.match(name):
            raise InputError(f"{where} holds a member os1 does not write: {name!r}", _FIX)
    if len(set(names)) != len(names):
        raise InputError(f"{where} holds a member twice", _FIX)
    unlisted = sorted(set(names) - set(manifest.members))
    missing = sorted(set(manifest.members) - set(names))
    if unlisted or missing:
        what = f"{unlisted[0]} is not in its manifest" if unlisted else f"{missing[0]} is missing"
        raise InputError(f"{where} is not whole: {what}", "export it again; nothing was imported")
    members = {}
    unpacked = files = 0
    for info in infos:
        # The tightest budget this member could break: its own, the total's, the quota's.
        limits = [
            (budgets.member_bytes, _member_too_large(where, info, budgets)),
            (budgets.total_bytes - unpacked, _too_large(where, budgets)),
        ]
        if budgets.files_bytes is not None and not info.filename.endswith(".json"):
            limits.append((budgets.files_bytes - files, over_quota(where, budgets.files_bytes)))
        limit, too_big = min(limits, key=lambda pair: pair[0])
        if min(info.file_size, manifest.members[info.filename].bytes) > limit:
            raise too_big
        data = _read(archive, info, limit, too_big)
        unpacked += len(data)
        files += 0 if info.filename.endswith(".json") else len(data)
        expected = manifest.members[info.filename]
        if len(data) != expected.bytes or hashlib.sha256(data).hexdigest() != expected.sha256:
            raise InputError(
                f"{where} is damaged: {info.filename} does not match its checksum in the manifest",
                "export it again from the os1 it came from; nothing was imported",
            )
        members[info.filename] = data
    return members


def over_quota(where: str, quota: int, files: int | None = None) -> InputError:
    """Refusing files (calendar, rendered letters) beyond the person's disk quota."""
    size = f"{files / MiB:,.1f} MiB of files" if files is not None else "files"
    return InputError(
        f"{where} holds {size} (calendar, rendered letters), more than the "
        f"{quota / MiB:,.0f} MiB each person has here",
        "ask the server's operator to raise account_quota_mb, or restore it on a computer "
        "of your own; nothing was imported",
    )


def _too_large(where: str, budgets: Budgets) -> InputError:
    return InputError(
        f"{where} would unpack to more than {budgets.total_bytes // MiB:,} MiB, more than "
        "one restore takes",
        _FIX,
    )


def _member_too_large(where: str, info: zipfile.ZipInfo, budgets: Budgets) -> InputError:
    return InputError(
        f"{where}: {info.filename} would unpack to more than {budgets.member_bytes // MiB:,} "
        "MiB, more than any part of an os1 archive holds",
        _FIX,
    )


def _read(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, too_big: InputError
) -> bytes:
    """The member's bytes, counted as they inflate and refused past `limit`: its header's
    size is only a claim (zipfile also stops there and checks the CRC, so a lie fails)."""
    if info.file_size > limit:
        raise too_big
    parts = []
    unpacked = 0
    with archive.open(info) as member:
        while chunk := member.read(MiB):
            unpacked += len(chunk)
            if unpacked > limit:
                raise too_big
            parts.append(chunk)
    return b"".join(parts)
