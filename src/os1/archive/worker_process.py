"""A server's archive work, in a process of its own: restoring one, and writing one.

Reading an archive is heavy (inflating, hashing, pydantic over hundreds of
thousands of rows) and so is writing one (every row to JSON, then deflated);
both mostly hold the GIL, so a thread would still stall the server's event
loop; a child process does not. The child opens its own connection to the
store and answers with one line of JSON. A restore reads the archive within
its budgets and writes it in one transaction: killed for taking too long, it
commits nothing, as the database takes back what it had not committed. An
export only reads, and writes the archive to a file the server then sends.

`python -m os1.archive.worker_process` reads its request (pickled, from the
server that started it) on stdin.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import pickle
import resource
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from os1.archive.container import Budgets
from os1.archive.relationship import (
    AlreadyHere,
    export_archive,
    read_archive,
    restore_archive,
    write_archive,
)
from os1.config import Settings
from os1.errors import InputError, Os1Error, StoreError
from os1.memory.store import Store

log = logging.getLogger("os1.archive")
# Longer than any archive within the budgets takes to restore or write (a few seconds
# for the largest).
WORK_S = 300.0
# Address space for the child: the budgets keep a restore under a few GiB; past this a
# file is something else, and the child stops instead of the machine swapping.
MEMORY_LIMIT = 8 * 1024**3
_SOURCE = str(Path(__file__).resolve().parents[2])


@dataclass(frozen=True, slots=True)
class RestoreRequest:
    settings: Settings
    user_id: str
    upload: Path
    # Where its files are staged; on the person's file system, removed by the caller.
    folder: Path
    replace: bool
    budgets: Budgets


@dataclass(frozen=True, slots=True)
class ExportRequest:
    settings: Settings
    user_id: str
    # The archive to write; the caller sends it and removes it.
    out: Path


async def restore_apart(request: RestoreRequest) -> dict[str, Any]:
    """The restore done in a child process: what `Restored` says, as a dict; the child's
    Os1Error raised again here (an AlreadyHere as `AlreadyHereApart`)."""
    late = InputError(
        f"The archive took longer than {WORK_S:.0f} s to restore",
        "restore it with `os1 import` on a computer of your own; nothing was imported",
    )
    stopped = StoreError(
        "The archive could not be restored (its process stopped)",
        "try again; if it repeats, the server's log says why; nothing was imported",
    )
    return (await _apart(request, late, stopped))["restored"]


async def export_apart(request: ExportRequest) -> dict[str, int]:
    """The archive written to `request.out` by a child process; how many of each thing it
    holds."""
    late = InputError(
        f"Your archive took longer than {WORK_S:.0f} s to write",
        "try again later, or ask the server's operator for `os1 export --all`",
    )
    stopped = StoreError(
        "Your archive could not be written (its process stopped)",
        "try again; if it repeats, the server's log says why",
    )
    return (await _apart(request, late, stopped))["exported"]


async def _apart(
    request: RestoreRequest | ExportRequest, late: Os1Error, stopped: Os1Error
) -> dict[str, Any]:
    env = os.environ | {
        "PYTHONPATH": os.pathsep.join(filter(None, [_SOURCE, os.environ.get("PYTHONPATH")]))
    }
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "os1.archive.worker_process",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
    )
    try:
        out, err = await asyncio.wait_for(child.communicate(pickle.dumps(request)), WORK_S)
    except TimeoutError:
        raise late from None
    finally:
        # Also when the person goes away mid-way: nothing is left running for them.
        if child.returncode is None:
            child.kill()
            await child.wait()
    try:
        answer = json.loads(out.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        log.warning("The archive's process ended without an answer:\n%s", err.decode()[-4000:])
        raise stopped from None
    if "error" in answer:
        problem = answer["error"]
        if problem["kind"] == "already_here":
            raise AlreadyHereApart(problem["held"])
        kind = StoreError if problem["kind"] == "store" else InputError
        raise kind(problem["problem"], problem["fix"])
    return answer


class AlreadyHereApart(InputError):
    """The child's AlreadyHere: what the OS holds, for the caller to word."""

    def __init__(self, held: str) -> None:
        super().__init__(f"This OS already knows someone ({held})", "")
        self.held = held


def _store(settings: Settings) -> Store:
    if settings.database_url is not None:
        return Store.connect(settings.database_url.get_secret_value())
    return Store.open(settings.database)


def _restore(request: RestoreRequest) -> dict[str, Any]:
    settings = request.settings
    try:
        checked = read_archive(request.upload, "The archive", request.budgets)
        store = _store(settings)
        try:
            restored = restore_archive(
                settings,
                store,
                request.user_id,
                checked,
                "The archive",
                as_me=True,
                replace=request.replace,
                with_settings=False,
                staging_in=request.folder,
            )
        finally:
            store.close()
    except AlreadyHere as exc:
        return {"error": {"kind": "already_here", "held": exc.held}}
    except MemoryError:
        return _error("input", "The archive needs more memory to read than any os1 archive does")
    except Os1Error as exc:
        return _failed(exc)
    return {"restored": asdict(restored)}


def _export(request: ExportRequest) -> dict[str, Any]:
    try:
        store = _store(request.settings)
        try:
            data, counts = export_archive(
                request.settings, store, request.user_id, with_settings=False
            )
        finally:
            store.close()
        write_archive(request.out, data)
    except Os1Error as exc:
        return _failed(exc)
    return {"exported": counts}


def _failed(exc: Os1Error) -> dict[str, Any]:
    kind = "store" if isinstance(exc, StoreError) else "input"
    return {"error": {"kind": kind, "problem": exc.problem, "fix": exc.fix}}


def _error(kind: str, problem: str) -> dict[str, Any]:
    fix = "use a file written by `os1 export --all`; nothing was imported"
    return {"error": {"kind": kind, "problem": problem, "fix": fix}}


def main() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(hard, MEMORY_LIMIT)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    # The server's conversations come first when the cores are busy.
    os.nice(10)
    request = pickle.load(sys.stdin.buffer)
    done = _export(request) if isinstance(request, ExportRequest) else _restore(request)
    sys.stdout.write(json.dumps(done) + "\n")


if __name__ == "__main__":
    # Run from the module by its name, not as __main__: the request was pickled with the
    # module's own classes, and `main` must compare against those.
    from os1.archive.worker_process import main as main_of_module

    main_of_module()
