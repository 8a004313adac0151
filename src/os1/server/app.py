"""The server: one process, one private OS for each person who signs up.

`os1 serve` runs `create_app` under uvicorn. Everything touching the store
runs on the event loop's thread (SQLite's connection belongs to the thread
that opened it, which is why the store opens in the lifespan); slow work
(argon2, the models) goes to worker threads.

Every error answers in one JSON shape, the OpenAI API's, with os1's fix added:
{"error": {"message": ..., "type": ..., "param": ..., "code": ..., "fix": ...}} (see
error_shapes.py for the codes, and for which failures a client should retry).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from os1 import __version__
from os1.assembly.brains import brain_for
from os1.assembly.minds import SharedModels, shared_models_for
from os1.assembly.stores import store_for
from os1.assembly.voice import Voices, speech_for
from os1.brain.types import Brain
from os1.config import Settings
from os1.errors import Os1Error
from os1.server import (
    archive_api,
    chat_socket,
    memory_routes,
    openai_api,
    openai_audio,
    outreach,
    peer_routes,
    voice_socket,
    web_api,
)
from os1.server.accounts import Accounts
from os1.server.allowed_hosts import AllowedHosts, answered_hosts
from os1.server.body_limits import BodyLimits
from os1.server.error_shapes import answer_for, error_answer, refusal_answer, validation_answer
from os1.server.fact_reading import FactReading
from os1.server.hosting import Hosting
from os1.server.mcp_route import serve_mcp
from os1.server.outreach import ClockStore, Listeners, Outreaching
from os1.server.personal_os import PersonalOSes
from os1.server.request_ids import RequestIds
from os1.server.security import SecurityHeaders

log = logging.getLogger("os1.server")
WEB = Path(str(files("os1.server") / "web"))


def create_app(
    settings: Settings,
    brain: Brain | None = None,
    shared: SharedModels | None = None,
    voices: Voices | None = None,
    outreach_tick_s: float = outreach.TICK_S,
    listening_on: str = "127.0.0.1",
    reader: Brain | None = None,
) -> FastAPI:
    """The app; `brain`, `shared` and `voices` are made from the settings unless given, and
    `reader`, the brain people's words are read for facts with (fact_reading.py). Every
    `outreach_tick_s` it looks for what the OSes have to say first. Which Host names it
    answers depends on the address it is `listening_on` (serve's default unless told)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Every commit is on the one event loop, for everyone: waiting for the disk at each
        # (1.6 ms on average and 8 ms at p99 on a busy shared disk, two or three a turn)
        # stalled every conversation on the server. Without it a commit still survives the
        # server crashing; a power cut may undo the last moments (see Store.open).
        store = store_for(settings, sync_every_commit=False)
        thinking = brain or brain_for(settings)
        models = shared or shared_models_for(settings)
        speech = voices or speech_for(settings)
        # Loaded in the background: a first spoken word should not wait for them.
        threading.Thread(target=_load_voices, args=(speech,), daemon=True).start()
        oses = PersonalOSes(settings, store, thinking, models)
        listeners = Listeners()
        oses.talking_now = listeners.count
        clock_store = ClockStore(partial(store_for, settings, sync_every_commit=False))
        outreaching = Outreaching(oses, listeners, clock_store)
        facts = oses.reading = FactReading(settings, store, oses.settings_for, reader)
        reading = asyncio.get_running_loop().create_task(facts.run())
        app.state.hosting = Hosting(
            settings, store, thinking, models, Accounts(store), oses, speech, listeners, outreaching
        )
        clock = asyncio.get_running_loop().create_task(outreaching.run(outreach_tick_s))
        try:
            yield
        finally:
            await outreach.stop(clock)
            clock_store.close()
            await facts.stop(reading)
            oses.close()
            store.close()

    app = FastAPI(
        title="os1",
        version=__version__,
        summary="An operating system you talk to: one private OS for each person.",
        lifespan=lifespan,
    )
    # The last added runs first: a name not ours is refused before its body is counted,
    # and every refusal still carries the security headers.
    app.add_middleware(BodyLimits)
    app.add_middleware(AllowedHosts, names=answered_hosts(settings.allowed_hosts, listening_on))
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RequestIds)
    app.include_router(web_api.router)
    app.include_router(memory_routes.router)
    app.include_router(archive_api.router)
    app.include_router(openai_api.router)
    app.include_router(openai_audio.router)
    app.include_router(chat_socket.router)
    app.include_router(voice_socket.router)
    app.include_router(peer_routes.router)
    serve_mcp(app)  # a person's agent, by their API key
    app.mount("/static", StaticFiles(directory=WEB), name="static")

    @app.get("/health")
    async def health() -> dict[str, Any]:
        """Whether the server is up; open without signing in, like the peer routes (which
        are signed by another OS instead)."""
        return {"ok": True, "version": __version__}

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(WEB / "index.html")

    @app.exception_handler(Os1Error)
    async def explained(request: Request, exc: Os1Error) -> JSONResponse:
        return answer_for(exc)

    # Starlette's own (unknown routes, wrong methods) as well as FastAPI's, its subclass.
    @app.exception_handler(HTTPException)
    async def refused(request: Request, exc: HTTPException) -> JSONResponse:
        return refusal_answer(request.method, request.url.path, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return validation_answer(request.url.path, exc)

    @app.exception_handler(Exception)
    async def failed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("Unexpected failure on %s %s", request.method, request.url.path)
        return error_answer(
            500,
            "os1 failed unexpectedly; nothing you sent was lost",
            "try again; if it repeats, the server's log says why",
            "server_error",
            "internal_error",
        )

    return app


def _load_voices(voices: Voices) -> None:
    try:
        voices.transcriber.load()
        voices.speaker.load()
    except Exception:  # it fails again, with its explanation, on first use
        log.warning("The speech models did not load", exc_info=True)
