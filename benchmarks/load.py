"""8,316 conversations at once on one `os1 serve` process (issue 7's scale).

One real `os1 serve` runs on loopback with the scripted brain (it answers at
once, from a file), feelings off and no long-term memory, so the figures
measure os1 — the accounts, the WebSocket, a conversation per person, the
SQLite store — and not the models. Accounts (a cheap argon2 hash: sign-up's
cost is not what is measured), their API keys and each OS's first boot are
written into the server's SQLite file before it starts.

The client: `--workers` processes of asyncio and `websockets` open the
sessions on `/ws/chat` at a steady rate, each with its person's API key, and
hold them. When every one is open, each session says `--messages` things,
waiting for each reply and then thinking a while (uniform from half to one and
a half times the mean, from a seeded RNG) so the server gets about
`--turn-rate` messages a second in all; the sessions stay open until every
worker is done, then close.

What a turn's figure is: client wall time from sending "say" to receiving the
"reply" frame after all of its "piece" frames. It contains loopback, the
server's whole turn (decoding the frame, storing the person's words, the
skills' grammar, recall, the scripted reply streamed a word a frame, storing
the reply), any time the turn waited behind others on the server's one event
loop, and any time the reply waited on the client's own loop. That last part
is not os1's, so each worker measures its loop's lag (a 10 ms sleep timed
over and over), and `--probes` tasks in the otherwise idle parent process
hold sessions of their own and send a message every `--probe-interval`
seconds all through (each session saying `--messages` things, like the
crowd's): their figure is the turn without a busy client.

Memory per session: growth of the server's resident memory (VmRSS, from
/proc) from before the first connection to the end, with every session still
open, divided by the sessions held.

Target: all 8,316 held, p99 <= 50 ms, nothing lost. The last line printed is
one JSON object.
Run: .venv/bin/python benchmarks/load.py [--sessions 8316 --messages 3 --workers 2]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import multiprocessing
import os
import random
import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import websockets
from argon2 import PasswordHasher
from websockets.asyncio.client import ClientConnection

from os1.assembly.stores import store_for
from os1.config import Settings
from os1.conversation.drafting import DRAWS
from os1.mind.persona import Persona, save_persona
from os1.server.accounts import Accounts

SESSIONS = 8316
TARGET_P99_MS = 50.0
TURN_TIMEOUT_S = 60.0
SRC = Path(__file__).resolve().parents[1] / "src"
SAID = [
    "I walked by the lake this morning and thought about the boat.",
    "Work was long today, but Amy made me laugh at lunch.",
    "Do you think I should call my sister tonight?",
    "I finally finished the letter to my father.",
    "The rain has not stopped since Tuesday.",
    "I found the old desk in the attic, the one with the drawer that sticks.",
    "Tell me something you noticed today.",
    "I am thinking of learning the piano again.",
]
REPLIES = [
    "That sounds lovely. Tell me more about the boat and what you saw there.",
    "I'm glad she made you laugh. What did she say?",
    "I think she would like that. What would you tell her first?",
    "That must feel good. How long had it been waiting?",
    "Rain like that makes everything slow down. Do you mind it?",
    "A drawer that sticks keeps its secrets. What did you find inside?",
]


def raise_file_limit() -> int:
    """Soft limit on open files up to the hard one (each session is a socket); the new limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        soft = hard
    return soft


def provision(home: Path, count: int) -> list[str]:
    """`count` people, each with an API key and an OS past its first boot; their keys."""
    store = store_for(Settings(home=home))
    # Cheap parameters: a real sign-up's argon2 takes tens of milliseconds, which would
    # be minutes here and is not what this benchmark measures.
    accounts = Accounts(store, PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    keys: list[str] = []

    async def sign_up_all() -> None:
        for i in range(count):
            account = await accounts.sign_up(f"person{i:05d}", "a long enough password")
            _, secret = accounts.create_key(account, "load benchmark")
            persona = Persona(
                name="Samantha",
                chosen_by="interview",
                reason="It came to me while you were talking.",
                user_name=f"Person {i}",
            )
            save_persona(store, account.user_id, persona)
            keys.append(secret)

    try:
        asyncio.run(sign_up_all())
    finally:
        store.close()
    return keys


def write_script(path: Path, replies: int) -> None:
    """The scripted brain's replies, one a line: it takes one per draft and fails when none
    is left, so there must be one for every draft of every message sent."""
    path.write_text("\n".join(REPLIES[i % len(REPLIES)] for i in range(replies)) + "\n")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(home: Path, script: Path, port: int) -> Iterator[subprocess.Popen[bytes]]:
    """`os1 serve` in its own process, from this checkout's source, until the block ends."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("OS1_")}
    env |= {
        "OS1_HOME": str(home),
        "OS1_BRAIN": "scripted",
        "OS1_BRAIN_SCRIPT": str(script),
        "OS1_FEELINGS": "0",
        "OS1_MEMORY_TOKENS": "0",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")])),
    }
    log = (home / "server.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "os1", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        "os1 serve did not start:\n" + (home / "server.log").read_text()[-3000:]
                    ) from None
                time.sleep(0.1)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def proc_status(pid: int, field_name: str) -> int:
    """A kB figure from /proc/PID/status (VmRSS, VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1])
    raise KeyError(field_name)


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def open_files(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


# The client


@dataclass(slots=True)
class Tally:
    """What one client process saw."""

    connected: int = 0
    connect_ms: list[float] = field(default_factory=list)
    sent: int = 0
    answered: int = 0
    turn_ms: list[float] = field(default_factory=list)
    # (wall time sent, ms to the reply) of every turn, for --raw
    turns: list[tuple[float, float]] = field(default_factory=list)
    first_piece_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lag_ms: list[float] = field(default_factory=list)
    held_at_end: int = 0
    first_say: float = float("inf")
    last_reply: float = 0.0

    def merge(self, other: Tally) -> None:
        self.connected += other.connected
        self.connect_ms += other.connect_ms
        self.sent += other.sent
        self.answered += other.answered
        self.turn_ms += other.turn_ms
        self.turns += other.turns
        self.first_piece_ms += other.first_piece_ms
        self.errors += other.errors
        self.lag_ms += other.lag_ms
        self.held_at_end += other.held_at_end
        self.first_say = min(self.first_say, other.first_say)
        self.last_reply = max(self.last_reply, other.last_reply)


async def open_session(url: str, key: str, tally: Tally) -> ClientConnection | None:
    """A chat socket past its "ready" frame, or None (the failure is in the tally)."""
    started = time.perf_counter()
    try:
        chat = await websockets.connect(
            url,
            additional_headers={"Authorization": f"Bearer {key}"},
            ping_interval=None,  # as the server: nothing but the conversation on the wire
            open_timeout=TURN_TIMEOUT_S,
            close_timeout=5,
        )
        ready = json.loads(await asyncio.wait_for(chat.recv(), TURN_TIMEOUT_S))
    except (OSError, TimeoutError, websockets.WebSocketException) as exc:
        tally.errors.append(f"connect: {type(exc).__name__}: {exc}")
        return None
    if ready.get("type") != "ready":
        tally.errors.append(f"connect: {ready}")
        await chat.close()
        return None
    tally.connected += 1
    tally.connect_ms.append((time.perf_counter() - started) * 1000)
    return chat


async def turn(chat: ClientConnection, text: str, tally: Tally) -> None:
    """Say one thing and read the reply to its end."""
    started, sent_at = time.perf_counter(), time.time()
    first_piece: float | None = None
    await chat.send(json.dumps({"type": "say", "text": text}))
    tally.sent += 1
    tally.first_say = min(tally.first_say, time.time())
    while True:
        frame = await chat.recv()
        assert isinstance(frame, str)
        # Pieces are only counted, not decoded: the client's time is not what is measured.
        if frame.startswith('{"type": "piece"'):
            first_piece = first_piece or time.perf_counter()
            continue
        ended = time.perf_counter()
        kind = json.loads(frame).get("type")
        if kind != "reply":
            tally.errors.append(f"turn: {frame[:200]}")
            return
        tally.answered += 1
        tally.turn_ms.append((ended - started) * 1000)
        tally.turns.append((sent_at, (ended - started) * 1000))
        if first_piece is not None:
            tally.first_piece_ms.append((first_piece - started) * 1000)
        tally.last_reply = max(tally.last_reply, time.time())
        return


async def converse(
    chat: ClientConnection, rng: random.Random, messages: int, gap_s: float, tally: Tally
) -> None:
    """One person's side: `messages` things said, with think time around each."""
    await asyncio.sleep(rng.uniform(0, gap_s))
    for n in range(messages):
        try:
            await asyncio.wait_for(turn(chat, rng.choice(SAID), tally), TURN_TIMEOUT_S)
        except (TimeoutError, websockets.WebSocketException) as exc:
            tally.errors.append(f"turn: {type(exc).__name__}: {exc}")
            return
        if n + 1 < messages:
            await asyncio.sleep(rng.uniform(0.5, 1.5) * gap_s)


async def watch_lag(tally: Tally, stop: asyncio.Event) -> None:
    """How late this loop wakes from a 10 ms sleep: time a reply may wait on the client."""
    while not stop.is_set():
        started = time.perf_counter()
        await asyncio.sleep(0.01)
        tally.lag_ms.append((time.perf_counter() - started - 0.01) * 1000)


@dataclass(frozen=True, slots=True)
class Plan:
    url: str
    sessions: int
    messages: int
    connect_rate: float
    turn_rate: float
    seed: int


async def client(plan: Plan, keys: list[tuple[int, str]], parent: Connection) -> Tally:
    """One client process's sessions, in step with the parent: open, talk, hold, close."""
    loop = asyncio.get_running_loop()
    tally = Tally()
    start_at = await loop.run_in_executor(None, parent.recv)

    async def opened(index: int, key: str) -> ClientConnection | None:
        # Session i opens at i / rate across all processes: a steady stream, not a burst.
        await asyncio.sleep(max(0.0, start_at + index / plan.connect_rate - time.time()))
        return await open_session(plan.url, key, tally)

    chats = await asyncio.gather(*(opened(index, key) for index, key in keys))
    parent.send(("open", tally.connected))
    talk_at = await loop.run_in_executor(None, parent.recv)
    await asyncio.sleep(max(0.0, talk_at - time.time()))
    stop = asyncio.Event()
    lag = asyncio.create_task(watch_lag(tally, stop))
    # Each session says something about every `gap` seconds: together, `turn_rate` a second.
    gap = plan.sessions / plan.turn_rate
    await asyncio.gather(
        *(
            converse(chat, random.Random(plan.seed * 1_000_003 + index), plan.messages, gap, tally)
            for (index, _), chat in zip(keys, chats, strict=True)
            if chat is not None
        )
    )
    stop.set()
    await lag
    tally.held_at_end = sum(
        1 for chat in chats if chat is not None and chat.state is websockets.State.OPEN
    )
    parent.send(("talked", tally.held_at_end))
    await loop.run_in_executor(None, parent.recv)
    await asyncio.gather(*(chat.close() for chat in chats if chat is not None))
    return tally


def client_process(plan: Plan, keys: list[tuple[int, str]], parent: Connection) -> None:
    raise_file_limit()
    parent.send(("tally", asyncio.run(client(plan, keys, parent))))


async def probe(
    plan: Plan,
    keys: list[str],
    interval_s: float,
    tally: Tally,
    talk: asyncio.Event,
    stop: asyncio.Event,
) -> None:
    """Sessions on a quiet client, a message every `interval_s` from `talk` until `stop`.

    Each session says `plan.messages` things, as the crowd's do, then the next takes
    over: a turn's cost grows with the person's history (recall reads it), so one
    session saying everything would measure a longer history, not a quieter client.
    """
    chats = [chat for key in keys if (chat := await open_session(plan.url, key, tally))]
    rng = random.Random(plan.seed + len(keys))
    await talk.wait()
    await asyncio.sleep(rng.uniform(0, interval_s))
    for said in range(len(chats) * plan.messages):
        if stop.is_set():
            break
        try:
            await asyncio.wait_for(
                turn(chats[said // plan.messages], rng.choice(SAID), tally), TURN_TIMEOUT_S
            )
        except (TimeoutError, websockets.WebSocketException) as exc:
            tally.errors.append(f"probe: {type(exc).__name__}: {exc}")
            break
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), interval_s)
    await stop.wait()  # held, like the crowd's, until everyone is done
    tally.held_at_end += sum(chat.state is websockets.State.OPEN for chat in chats)
    await asyncio.gather(*(chat.close() for chat in chats))


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))], 1)


def start_clients(
    plan: Plan, keys: list[str], workers: int
) -> tuple[list[Connection], list[multiprocessing.process.BaseProcess]]:
    """The client processes, each with its share of `keys` (and their global indexes).

    Forked before the parent's event loop starts: a child forked from a running loop
    would find it still marked running (Python 3.11) and could not start its own.
    """
    context = multiprocessing.get_context("fork")
    shares: list[list[tuple[int, str]]] = [[] for _ in range(workers)]
    for index, key in enumerate(keys):
        shares[index % workers].append((index, key))
    pipes, processes = [], []
    for share in shares:
        ours, theirs = context.Pipe()
        process = context.Process(target=client_process, args=(plan, share, theirs), daemon=True)
        process.start()
        theirs.close()  # so a client that dies is an EOFError here, not a wait forever
        pipes.append(ours)
        processes.append(process)
    return pipes, processes


async def drive(
    plan: Plan,
    pipes: list[Connection],
    probe_keys: list[list[str]],
    probe_interval_s: float,
    pid: int,
    raw: Path | None = None,
) -> dict[str, Any]:
    """The parent: steers the client processes, runs the probes, watches the server."""
    loop = asyncio.get_running_loop()

    async def from_all(expected: str) -> list[Any]:
        answers = []
        for pipe in pipes:
            kind, value = await loop.run_in_executor(None, pipe.recv)
            assert kind == expected, (kind, expected)
            answers.append(value)
        return answers

    figures: dict[str, Any] = {}
    probing = Tally()
    talk, stop = asyncio.Event(), asyncio.Event()
    probe_tasks = [
        asyncio.create_task(probe(plan, keys, probe_interval_s, probing, talk, stop))
        for keys in probe_keys
    ]
    rss_before = proc_status(pid, "VmRSS")
    cpu_before = cpu_seconds(pid)
    opening = time.time() + 0.5
    for pipe in pipes:
        pipe.send(opening)
    held = sum(await from_all("open"))
    opened_s = time.time() - opening
    cpu_opened = cpu_seconds(pid)
    figures["rss_mb_idle_sessions"] = round(proc_status(pid, "VmRSS") / 1024, 1)
    figures["server_fds_held"] = open_files(pid)
    talk_at = time.time() + 0.5
    for pipe in pipes:
        pipe.send(talk_at)
    talk.set()
    held_at_end = sum(await from_all("talked"))
    # Measured before the probes close their sessions: every session is still held.
    rss_after = proc_status(pid, "VmRSS")
    cpu_talked = cpu_seconds(pid)
    figures["server_fds_end"] = open_files(pid)
    stop.set()
    await asyncio.gather(*probe_tasks)
    for pipe in pipes:
        pipe.send("close")
    crowd = Tally()
    for tally in await from_all("tally"):
        crowd.merge(tally)

    everyone = Tally()
    everyone.merge(crowd)
    everyone.merge(probing)
    if raw is not None:
        with raw.open("w") as out:
            for who, tally in (("crowd", crowd), ("probe", probing)):
                for sent_at, ms in tally.turns:
                    out.write(json.dumps({"who": who, "sent_at": sent_at, "ms": round(ms, 2)}))
                    out.write("\n")
    sessions = held_at_end + probing.held_at_end
    lost = everyone.sent - everyone.answered
    p99 = percentile(everyone.turn_ms, 99)
    talk_s = max(1e-9, everyone.last_reply - everyone.first_say)
    return {
        "sessions": sessions,
        "sent": everyone.sent,
        "answered": everyone.answered,
        "lost": lost,
        "p50_ms": percentile(everyone.turn_ms, 50),
        "p99_ms": p99,
        "max_ms": percentile(everyone.turn_ms, 100),
        "rss_mb_per_session": round((rss_after - rss_before) / 1024 / max(1, sessions), 3),
        "target_sessions": plan.sessions,
        "target_p99_ms": TARGET_P99_MS,
        "ratio_to_target_sessions": round(sessions / plan.sessions, 3),
        "ratio_to_target_p99": round(p99 / TARGET_P99_MS, 2) if p99 is not None else None,
        "errors": len(everyone.errors),
        "first_errors": everyone.errors[:5],
        "held_when_all_open": held + probing.connected,
        "messages_per_session": plan.messages,
        "first_piece_p50_ms": percentile(everyone.first_piece_ms, 50),
        "first_piece_p99_ms": percentile(everyone.first_piece_ms, 99),
        "probe_turns": len(probing.turn_ms),
        "probe_p50_ms": percentile(probing.turn_ms, 50),
        "probe_p99_ms": percentile(probing.turn_ms, 99),
        "client_workers": len(pipes),
        "client_lag_p50_ms": percentile(crowd.lag_ms, 50),
        "client_lag_p99_ms": percentile(crowd.lag_ms, 99),
        "connect_p50_ms": percentile(everyone.connect_ms, 50),
        "connect_p99_ms": percentile(everyone.connect_ms, 99),
        "open_s": round(opened_s, 1),
        "connect_rate_per_s": round(held / max(1e-9, opened_s), 1),
        "talk_s": round(talk_s, 1),
        "turn_rate_per_s": round(everyone.answered / talk_s, 1),
        "server_cpu_ms_per_connect": round((cpu_opened - cpu_before) * 1000 / max(1, held), 2),
        "server_cpu_ms_per_turn": round(
            (cpu_talked - cpu_opened) * 1000 / max(1, everyone.answered), 2
        ),
        "rss_mb_before": round(rss_before / 1024, 1),
        "rss_mb_end": round(rss_after / 1024, 1),
        "rss_mb_peak": round(proc_status(pid, "VmHWM") / 1024, 1),
        **figures,
    }


def run(
    sessions: int = SESSIONS,
    messages: int = 3,
    workers: int = 2,
    connect_rate: float = 120.0,
    turn_rate: float = 150.0,
    probes: int = 8,
    probe_interval_s: float = 2.0,
    seed: int = 1,
    raw: Path | None = None,
) -> dict[str, Any]:
    """The whole benchmark, in a temporary home; its figures."""
    raise_file_limit()
    # The machine may be shared: its load says how much of the CPUs os1 and the client had.
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="os1-load-") as tmp:
        home = Path(tmp)
        started = time.monotonic()
        keys = provision(home, sessions)
        provision_s = time.monotonic() - started
        # Each probe needs a session for every `messages` things it says while the crowd talks.
        talk_s = messages * sessions / turn_rate * 1.3 + 10
        probe_sessions = min(
            sessions // 2, probes * math.ceil(talk_s / probe_interval_s / messages)
        )
        probe_keys = [keys[i:probe_sessions:probes] for i in range(probes)] if probes else []
        # Replies for every draft: the scripted brain fails when it has none left, and a
        # draft the guard turns away (a cheerful line to "the rain has not stopped") is
        # drawn again, up to three times.
        write_script(home / "replies.txt", sessions * messages * DRAWS)
        port = free_port()
        plan = Plan(
            f"ws://127.0.0.1:{port}/ws/chat",
            sessions,
            messages,
            connect_rate,
            turn_rate,
            seed,
        )
        with serving(home, home / "replies.txt", port) as server:
            pipes, processes = start_clients(plan, keys[probe_sessions:], workers)
            try:
                figures = asyncio.run(
                    drive(plan, pipes, probe_keys, probe_interval_s, server.pid, raw)
                )
            finally:
                for process in processes:
                    process.join(30)
                    if process.is_alive():
                        process.kill()
        figures["probe_sessions"] = probe_sessions
        figures["provision_s"] = round(provision_s, 1)
        figures["loadavg_1min_before"] = round(load_before, 2)
        figures["loadavg_1min_after"] = round(os.getloadavg()[0], 2)
        figures["cpus"] = os.cpu_count()
        figures["file_limit"] = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=SESSIONS)
    parser.add_argument("--messages", type=int, default=3, help="said by each session")
    parser.add_argument("--workers", type=int, default=2, help="client processes")
    parser.add_argument(
        "--connect-rate", type=float, default=120.0, help="sessions opened a second"
    )
    parser.add_argument("--turn-rate", type=float, default=150.0, help="messages a second, in all")
    parser.add_argument("--probes", type=int, default=8, help="sessions on the quiet client")
    parser.add_argument("--probe-interval", type=float, default=2.0, help="seconds between")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--raw", type=Path, help="write every turn's time here (JSON lines)")
    args = parser.parse_args()
    limit = raise_file_limit()
    needed = args.sessions // max(1, args.workers) + 100
    if limit < needed:
        sys.exit(
            f"The open-file limit is {limit}, and a client process needs about {needed}: "
            "raise the hard limit (ulimit -Hn) or use more --workers"
        )
    figures = run(
        args.sessions,
        args.messages,
        args.workers,
        args.connect_rate,
        args.turn_rate,
        args.probes,
        args.probe_interval,
        args.seed,
        args.raw,
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
