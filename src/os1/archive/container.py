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
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from os1 import __version__
from os1.errors import InputError, first_problem

FORMAT = "os1-archive"
VERSION = 1
MANIFEST = "manifest.json"
# Every name a member may have; rendered letters are files of one folder.
_MEMBER = re.compile(
    r"^(memory|letters|outreach|settings)\.json$|^calendar\.ics$"
    r"|^rendered/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$"
)
# However much a life holds, more than this unpacked is not an os1 archive.
MAX_UNPACKED = 2 * 1024**3
_FIX = "use a file written by `os1 export --all`; nothing was imported"


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
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
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


def unpack(data: bytes, where: str) -> Contents:
    """The archive in `data` (read from `where`), checked whole; an InputError if anything
    about it is wrong."""
    if data.startswith(b"PK\x03\x04"):
        return _version_1(data, where)
    if data.lstrip()[:1] == b"{":
        return _version_0(data, where)
    raise InputError(f"{where} is not an os1 archive (neither a zip nor a memory export)", _FIX)


def _version_0(data: bytes, where: str) -> Contents:
    """A plain `os1 memory export` file: the memories alone."""
    from os1.memory.export import MemoryFile

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


def _version_1(data: bytes, where: str) -> Contents:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            manifest = _manifest(archive, where)
            members = _members(archive, manifest, where)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise InputError(
            f"{where} is damaged: it is cut short or corrupted ({exc})",
            "export it again from the os1 it came from; nothing was imported",
        ) from exc
    return Contents(manifest.version, manifest.user, members, manifest)


def _manifest(archive: zipfile.ZipFile, where: str) -> Manifest:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise InputError(
            f"{where} is a zip file, but not an os1 archive (no manifest)", _FIX
        ) from None
    raw = _read(archive, info, where)
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


def _members(archive: zipfile.ZipFile, manifest: Manifest, where: str) -> dict[str, bytes]:
    infos = [info for info in archive.infolist() if info.filename != MANIFEST]
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
    if sum(info.file_size for info in infos) > MAX_UNPACKED:
        raise InputError(f"{where} would unpack to more than 2 GiB", _FIX)
    members = {}
    for info in infos:
        data = _read(archive, info, where)
        expected = manifest.members[info.filename]
        if len(data) != expected.bytes or hashlib.sha256(data).hexdigest() != expected.sha256:
            raise InputError(
                f"{where} is damaged: {info.filename} does not match its checksum in the manifest",
                "export it again from the os1 it came from; nothing was imported",
            )
        members[info.filename] = data
    return members


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> bytes:
    if info.file_size > MAX_UNPACKED:
        raise InputError(f"{where} would unpack to more than 2 GiB", _FIX)
    # zipfile stops at the declared size and checks the CRC, so a lying header fails here.
    return archive.read(info)
