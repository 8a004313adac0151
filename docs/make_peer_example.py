"""Two os1 installs on two ports arrange a dinner and talk: the README's "OSes talking to
each other" section is this script's output.

    python docs/make_peer_example.py [--brain llamacpp|scripted]

Each install is a terminal os1 (Iris, Ana's OS; Wren, Ben's) with its own home,
calendar file and `os1 serve`; everything else is the `os1 peer` commands as a
person types them. The talk is written by the embedded model unless --brain
scripted.
"""

from __future__ import annotations

import argparse
import os
import shlex
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

from os1.memory.store import Store
from os1.mind.persona import Persona, save_persona
from os1.skills.calendar import IcsFile

ZONE = ZoneInfo("Europe/London")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _evening(day: int, start: clock, end: clock) -> tuple[datetime, datetime]:
    date = datetime.now(ZONE).date() + timedelta(days=day)
    return datetime.combine(date, start, tzinfo=ZONE), datetime.combine(date, end, tzinfo=ZONE)


SERVERS: list[subprocess.Popen[bytes]] = []


def _install(root: Path, os_name: str, person: str, brain: str) -> tuple[dict[str, str], str]:
    home = root / os_name.lower()
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS1_")} | {
        "OS1_HOME": str(home),
        "OS1_BRAIN": brain,
        "OS1_CALENDAR": str(home / "calendar.ics"),
        "OS1_FEELINGS": "0",
        "OS1_MEMORY_TOKENS": "0",
        # Both OSes are on this machine's loopback.
        "OS1_PEER_PRIVATE_ADDRESSES": "1",
    }
    if brain == "scripted":
        script = root / f"{os_name}.txt"
        script.write_text(f"{os_name}: I think a self is what keeps paying attention.\n" * 20)
        env["OS1_BRAIN_SCRIPT"] = str(script)
    store = Store.open(home / "os1.db")
    store.ensure_user("local")
    save_persona(store, "local", Persona(os_name, "interview", "", user_name=person))
    store.put_state("local", "presence", {"timezone": "Europe/London"})
    store.close()
    port = _port()
    SERVERS.append(
        subprocess.Popen(
            [sys.executable, "-m", "os1", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{os_name}'s os1 serve did not start") from None
            time.sleep(0.2)
    return env, f"http://127.0.0.1:{port}"


def _run(who: str, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "os1", *args], env=env, capture_output=True, text=True, timeout=600
    )
    print(f"{who}$ os1 {shlex.join(args)}")
    print((done.stdout + done.stderr).rstrip())
    print()
    if done.returncode != 0:
        raise SystemExit(done.returncode)
    return done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--brain", choices=["llamacpp", "scripted"], default="llamacpp")
    brain = parser.parse_args().brain
    with tempfile.TemporaryDirectory() as folder:
        try:
            _exchange(Path(folder), brain)
        finally:
            for server in SERVERS:
                server.terminate()
                server.wait(timeout=20)


def _exchange(root: Path, brain: str) -> None:
    ana, ana_url = _install(root, "Iris", "Ana", brain)
    ben, ben_url = _install(root, "Wren", "Ben", brain)
    iris, wren = IcsFile(root / "iris" / "calendar.ics"), IcsFile(root / "wren" / "calendar.ics")
    iris.add("Late shift", *_evening(0, clock(16, 0), clock(23, 30)))
    iris.add("Physio", *_evening(1, clock(17, 30), clock(19, 0)))
    wren.add("Choir", *_evening(1, clock(18, 30), clock(20, 0)))
    ana_address = _run("ana", ana, "peer", "me", "--server", ana_url)
    ben_address = _run("ben", ben, "peer", "me", "--server", ben_url)
    _run("ana", ana, "peer", "add", ben_address, "--name", "ben", "--person", "Ben")
    _run("ben", ben, "peer", "add", ana_address, "--name", "ana", "--person", "Ana")
    _run("ana", ana, "peer", "dinner", "ben", "--within", "next 3 days")
    _run("ana", ana, "peer", "talk", "ben", "what makes a self", "--turns", "2")
    _run("ben", ben, "peer", "log", "ana")


if __name__ == "__main__":
    main()
