"""The signed-in person's whole relationship as one archive: download it, restore one.

The archive is the one `os1 export --all` writes (docs/archive-format.md), so
a life moves between a laptop and a server either way. A server's settings
are its operator's: none go out, and an archive's are not applied here. An
upload always becomes the signed-in person's OS, whoever it was exported as.

A restore never runs on the event loop: the upload is written to a file in
OS1_HOME as it arrives, and a process of its own (archive/worker_process.py)
reads it within budgets and writes it in one transaction. A download is written
by such a process too, to a file that is sent and then removed. Whether anyone may
restore on this server is the operator's setting `archive_uploads`.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any, BinaryIO

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from os1.archive.container import Budgets, MiB
from os1.archive.relationship import AlreadyHere
from os1.archive.worker_process import (
    AlreadyHereApart,
    ExportRequest,
    RestoreRequest,
    export_apart,
    restore_apart,
)
from os1.errors import InputError
from os1.server.web_api import Hosted, Signed

router = APIRouter(prefix="/api")
# More than any one life's words and letters; a request is not a way to fill the disk.
MAX_UPLOAD = 512 * MiB
# Restores at once on this server: each holds an upload on disk and a process.
AT_ONCE = 2
# However slowly an upload arrives, it does not hold a restore's place longer than this.
UPLOAD_S = 600.0
_WRITE_EVERY = 4 * MiB
# The people whose restore is running now (everything here runs on the one event loop).
_restoring: set[str] = set()


@router.get("/archive")
async def download(who: Signed, host: Hosted) -> FileResponse:
    """Everything of this person's OS, as one archive."""
    user_id = who.account.user_id
    settings = host.oses.settings_for(user_id)
    folder = await asyncio.to_thread(_folder, settings.home, ".export-")
    try:
        archive = folder / "os1-archive.zip"
        await export_apart(ExportRequest(settings, user_id, archive))
    except BaseException:
        await asyncio.to_thread(shutil.rmtree, folder, True)
        raise
    return FileResponse(
        archive,
        media_type="application/zip",
        filename="os1-archive.zip",
        background=BackgroundTask(shutil.rmtree, folder, True),
    )


@router.post("/archive")
async def restore(
    request: Request,
    who: Signed,
    host: Hosted,
    replace: Annotated[bool, Query(description="Delete what this OS holds first.")] = False,
) -> dict[str, Any]:
    """Restore an archive (the request body) as this person's OS; refused if the OS already
    holds someone's life, unless `replace=true`."""
    if host.settings.archive_uploads == "nobody":
        raise HTTPException(
            403,
            {
                "message": "This server does not take archive uploads (archive_uploads = nobody)",
                "fix": "ask the server's operator to restore it with `os1 import`",
            },
        )
    user_id = who.account.user_id
    if user_id in _restoring:
        raise HTTPException(
            409,
            {
                "message": "A restore of your archive is running already",
                "fix": "wait for it to finish, then look at what it restored",
            },
        )
    if len(_restoring) >= AT_ONCE:
        raise HTTPException(
            503,
            {
                "message": "The server is restoring other people's archives just now",
                "fix": "try again in a minute; nothing was imported",
            },
            headers={"Retry-After": "60"},
        )
    settings = host.oses.settings_for(user_id)
    _restoring.add(user_id)
    try:
        folder = await asyncio.to_thread(_folder, settings.home, ".restore-")
        try:
            upload = await _spooled(request, folder)
            budgets = Budgets(files_bytes=settings.account_quota_mb * MiB)
            ask = RestoreRequest(settings, user_id, upload, folder, replace, budgets)
            restored = await restore_apart(ask)
        finally:
            await asyncio.to_thread(shutil.rmtree, folder, True)
    except AlreadyHereApart as exc:
        raise AlreadyHere(
            exc.held, "send it again with ?replace=true to put it in its place"
        ) from None
    finally:
        _restoring.discard(user_id)
    # A conversation held open still has the old life in view.
    host.oses.forget(user_id)
    persona = host.oses.persona(user_id)
    return {
        "version": restored["version"],
        "restored": restored["counts"],
        "os": persona.name if persona else None,
        "user_name": persona.user_name if persona else None,
        "settings_not_applied": restored["settings_kept"],
        "notes": restored["notes"],
    }


def _folder(home: Path, prefix: str) -> Path:
    """A private folder in OS1_HOME for one restore or download (a restore's files are
    renamed into place from there, so it must be on the same file system)."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=prefix, dir=home))
    except OSError as exc:
        raise InputError(
            f"The server cannot write in its home ({exc.strerror})",
            "tell the server's operator; nothing was changed",
        ) from exc


async def _spooled(request: Request, folder: Path) -> Path:
    """The request body, written to a file in `folder` as it arrives, counted."""
    path = folder / "upload"
    try:
        async with asyncio.timeout(UPLOAD_S):
            with path.open("wb") as out:
                await _copy(request, out)
    except TimeoutError:
        raise InputError(
            f"The archive did not arrive within {UPLOAD_S / 60:.0f} minutes",
            "send it again over a faster connection; nothing was imported",
        ) from None
    except OSError as exc:
        raise InputError(
            f"The server cannot keep the archive ({exc.strerror})",
            "tell the server's operator; nothing was imported",
        ) from exc
    return path


async def _copy(request: Request, out: BinaryIO) -> None:
    received = 0
    pending: list[bytes] = []
    waiting = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > MAX_UPLOAD:
            raise InputError(
                f"The archive is larger than {MAX_UPLOAD // MiB} MiB", "nothing was imported"
            )
        pending.append(chunk)
        waiting += len(chunk)
        if waiting >= _WRITE_EVERY:
            await asyncio.to_thread(out.writelines, pending)
            pending, waiting = [], 0
    await asyncio.to_thread(out.writelines, pending)
