"""os1's server for tests: as a person starts it (`os1 serve` in its own process), or inside
the test process, on a real port, for tests that also need to see into it (the prompts its
brain was given) or to turn its clock faster."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from tests.conftest import free_port

SRC = Path(__file__).resolve().parents[1] / "src"
# The server loads the encoder and the appraiser before it listens: seconds on 2 cores.
START_S = 90


@dataclass
class Os1Serve:
    """One `os1 serve` process, with its settings as OS1_* variables and its output in `log`."""

    url: str
    env: dict[str, str]
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> str:
        """Stops it; its output, which must hold no traceback (nothing unexpected happened)."""
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        output = self.log.read_text(errors="replace")
        assert "Traceback" not in output, output
        return output


def scripted(folder: Path, replies: Iterable[str]) -> dict[str, str]:
    """The settings of a lean `os1 serve`, for tests about something other than the model:
    the scripted brain saying `replies`, its home `folder`/data, and feelings, memory and
    initiative off (the models would only make each request slower)."""
    script = folder / "replies.txt"
    script.write_text("\n".join(replies), encoding="utf-8")
    return {
        "OS1_HOME": str(folder / "data"),
        "OS1_BRAIN": "scripted",
        "OS1_BRAIN_SCRIPT": str(script),
        "OS1_FEELINGS": "0",
        "OS1_MEMORY_TOKENS": "0",
        "OS1_INITIATIVE": "0",
    }


def start_os1_serve(log: Path, **settings: str) -> Os1Serve:
    """`os1 serve` from this checkout's source, with only the given OS1_* settings."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("OS1_")}
    env |= settings
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "os1", "serve", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    served = Os1Serve(f"http://127.0.0.1:{port}", env, process, log)
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"{served.url}/health", timeout=1) as answer:
                if answer.status == 200:
                    return served
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"os1 serve did not start:\n{log.read_text(errors='replace')}")


@contextmanager
def os1_serve(log: Path, **settings: str) -> Iterator[str]:
    """`start_os1_serve` for the length of a block; yields its base URL."""
    served = start_os1_serve(log, **settings)
    try:
        yield served.url
    finally:
        served.stop()


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """The app under uvicorn in a thread, until the block ends; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("os1's server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)
