"""The signed-in person's whole relationship as one archive: download it, restore one.

The archive is the one `os1 export --all` writes (docs/archive-format.md), so
a life moves between a laptop and a server either way. A server's settings
are its operator's: none go out, and an archive's are not applied here. An
upload always becomes the signed-in person's OS, whoever it was exported as.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from os1.archive.relationship import AlreadyHere, export_archive, import_archive
from os1.errors import InputError
from os1.server.web_api import Hosted, Signed

router = APIRouter(prefix="/api")
# More than any one life's words and letters; a request is not a way to fill the disk.
MAX_UPLOAD = 512 * 1024**2


@router.get("/archive")
async def download(who: Signed, host: Hosted) -> Response:
    """Everything of this person's OS, as one archive."""
    user_id = who.account.user_id
    settings = host.oses.settings_for(user_id)
    data, _ = export_archive(settings, host.store, user_id, with_settings=False)
    return Response(
        data,
        media_type="application/zip",
        headers={"content-disposition": 'attachment; filename="os1-archive.zip"'},
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
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_UPLOAD:
            raise InputError("The archive is larger than 512 MiB", "nothing was imported")
    user_id = who.account.user_id
    settings = host.oses.settings_for(user_id)
    try:
        restored = import_archive(
            settings,
            host.store,
            user_id,
            bytes(data),
            "The archive",
            as_me=True,
            replace=replace,
            with_settings=False,
        )
    except AlreadyHere as exc:
        raise AlreadyHere(
            exc.held, "send it again with ?replace=true to put it in its place"
        ) from None
    # A conversation held open still has the old life in view.
    host.oses.forget(user_id)
    persona = host.oses.persona(user_id)
    return {
        "version": restored.version,
        "restored": restored.counts,
        "os": persona.name if persona else None,
        "user_name": persona.user_name if persona else None,
        "settings_not_applied": restored.settings_kept,
        "notes": restored.notes,
    }
