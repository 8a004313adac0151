"""Attacks on `os1 serve` with request bodies and Host names (hardening, weaknesses 1 and 9).

Bodies are sent over a raw socket, a piece at a time, so that the test sees the server's
answer the moment it comes and stops sending then, as a well-behaved client would; an
attacker who goes on sending only fills the kernel's buffers. The server's resident
memory is read from /proc while each body goes in.
"""

from __future__ import annotations

import json
import select
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx2 as httpx
import pytest

from os1.server.allowed_hosts import answered_hosts
from tests.attacks import health_watched
from tests.os1_servers import Os1Serve, scripted, start_os1_serve

PASSWORD = "a long enough password"
MiB = 1024 * 1024
# Far less than any body below, far more than the server's own churn while one goes in.
RSS_GROWTH_MAX = 16 * MiB


@dataclass
class Answered:
    status: int
    body: bytes
    sent: int  # bytes of body the client got out before the answer came
    seconds: float

    def error(self) -> dict[str, str]:
        return json.loads(self.body)["error"]


def _serve(log: Path, home: Path, **settings: str) -> Os1Serve:
    said = ["Glad you are here.", "Tell me more.", "That sounds right.", "I see."]
    replies = (f"Reply {n}: {said[n % 4]}" for n in range(100))
    return start_os1_serve(log, **scripted(home, replies), **settings)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Os1Serve]:
    home = tmp_path_factory.mktemp("bodies")
    server = _serve(home / "server.log", home)
    try:
        _settled(server.process.pid)
        yield server
    finally:
        # Refusals are answers, not failures: nothing for the operator's log.
        assert "ERROR" not in server.stop()


def _resident(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def _settled(pid: int, within_s: float = 60) -> None:
    """Until the server's memory stops growing: it loads the speech models in the
    background after it starts, which would look like the attack's doing."""
    deadline = time.monotonic() + within_s
    last = _resident(pid)
    while time.monotonic() < deadline:
        time.sleep(1)
        now = _resident(pid)
        if abs(now - last) < MiB:
            return
        last = now
    raise AssertionError("the server's memory did not settle")


@dataclass
class Resident:
    before: int
    peak: int = 0
    after: int = 0

    @property
    def growth(self) -> int:
        return max(self.peak, self.after) - self.before


def _send_body(
    url: str,
    path: str,
    pieces: Iterator[bytes],
    *,
    declared: int | None = None,
    headers: dict[str, str] | None = None,
    within_s: float = 20.0,
) -> Answered:
    """POSTs `pieces` as the body (chunked unless `declared` is a Content-Length), stopping
    as soon as the server answers; the answer and how much of the body went out first."""
    where = urlsplit(url)
    length = f"Content-Length: {declared}" if declared is not None else "Transfer-Encoding: chunked"
    head = [f"POST {path} HTTP/1.1", f"Host: {where.netloc}", length]
    head += ["Content-Type: application/json"]
    head += [f"{name}: {value}" for name, value in (headers or {}).items()]
    started = time.perf_counter()
    sent = 0
    with socket.create_connection((where.hostname, where.port), timeout=within_s) as conn:
        conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        conn.setblocking(False)
        waiting = b""
        finished = False
        while time.perf_counter() - started < within_s:
            readable, writable, _ = select.select([conn], [] if finished else [conn], [], 0.5)
            if readable:
                break
            if not writable:
                continue
            if not waiting:
                piece = next(pieces, None)
                if piece is None:
                    waiting = b"0\r\n\r\n" if declared is None else b""
                    finished = True
                    if not waiting:
                        continue
                else:
                    sent += len(piece)
                    waiting = piece if declared is not None else _chunk(piece)
            try:
                waiting = waiting[conn.send(waiting) :]
            except OSError:
                break  # the server closed: its answer, if any, is waiting to be read
        else:
            raise AssertionError(f"no answer within {within_s} s ({sent} bytes sent)")
        return _read_answer(conn, sent, started)


def _chunk(piece: bytes) -> bytes:
    return f"{len(piece):x}\r\n".encode() + piece + b"\r\n"


def _read_answer(conn: socket.socket, sent: int, started: float) -> Answered:
    conn.setblocking(True)
    conn.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        more = conn.recv(65536)
        if not more:
            raise AssertionError(f"the server closed without answering ({sent} bytes sent)")
        data += more
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    fields = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
    length = int(fields.get("content-length", "0"))
    while len(body) < length:
        more = conn.recv(65536)
        if not more:
            break
        body += more
    return Answered(int(lines[0].split()[1]), body, sent, time.perf_counter() - started)


def _pieces(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    piece = b"x" * size
    for _ in range(total // size):
        yield piece


class ResidentWatch:
    """The server's resident memory before, at its highest while a block ran, and after."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.seen = Resident(_resident(pid))
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._done.is_set():
            self.seen.peak = max(self.seen.peak, _resident(self.pid))
            self._done.wait(0.005)

    def __enter__(self) -> Resident:
        self._thread.start()
        return self.seen

    def __exit__(self, *_: object) -> None:
        self._done.set()
        self._thread.join(5)
        time.sleep(0.2)
        self.seen.after = _resident(self.pid)


def _sign_up(url: str, name: str) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=30)
    signed = client.post("/api/signup", json={"username": name, "password": PASSWORD})
    assert signed.status_code == 201, signed.text
    client.headers["x-csrf-token"] = signed.json()["csrf"]
    client.post("/api/interview", json={"user_name": name.title()}).raise_for_status()
    return client


def _still_serves(url: str, name: str) -> None:
    """A person who comes after the attack signs up and talks as ever."""
    client = _sign_up(url, name)
    key = client.post("/api/keys", json={"name": "after"}).json()["key"]
    model = client.get("/v1/models", headers={"authorization": f"Bearer {key}"}).json()
    said = client.post(
        "/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": model["data"][0]["id"], "messages": [{"role": "user", "content": "Hi"}]},
    )
    assert said.status_code == 200, said.text
    assert said.json()["choices"][0]["message"]["content"]


def test_a_streamed_64_mib_sign_up_is_cut_off_at_1_mib_and_never_held(served):
    with health_watched(served.url) as watch, ResidentWatch(served.process.pid) as memory:
        answered = _send_body(served.url, "/api/signup", _pieces(64 * MiB))
    print(f"64 MiB chunked to /api/signup: {answered}, {memory}, /health {watch.slowest:.3f} s")
    assert answered.status == 413, answered.body
    error = answered.error()
    assert error["type"] == "invalid_request_error" and error["fix"]
    assert answered.seconds < 2
    assert answered.sent < 16 * MiB
    assert memory.growth < RSS_GROWTH_MAX, memory
    watch.assert_responsive()
    # A body under the limit is still read, and judged for what it says.
    near = json.dumps({"username": "x" * (MiB - 100), "password": PASSWORD}).encode()
    answer = httpx.post(f"{served.url}/api/signup", content=near, timeout=30)
    assert answer.status_code == 422, answer.text
    _still_serves(served.url, "after-signup-bomb")


def test_a_declared_1_gib_body_is_refused_before_any_of_it_is_sent(served):
    with health_watched(served.url) as watch:
        for _ in range(20):
            answered = _send_body(served.url, "/api/signup", iter(()), declared=1024**3)
        time.sleep(0.3)  # refusals are quicker than the watch's first probe
    assert answered.status == 413, answered.body
    assert answered.sent == 0
    assert answered.seconds < 1
    assert "1 MiB" in answered.error()["message"]
    watch.assert_responsive()


def test_a_200_mb_envelope_to_a_peer_inbox_is_cut_off_at_64_kib(served):
    person = _sign_up(served.url, "peered")
    inbox = urlsplit(person.get("/api/peers/me").json()["address"]).path + "/inbox"
    with health_watched(served.url) as watch, ResidentWatch(served.process.pid) as memory:
        answered = _send_body(served.url, inbox, _pieces(200 * 1000 * 1000))
    print(f"200 MB chunked to the inbox: {answered}, {memory}, /health {watch.slowest:.3f} s")
    assert answered.status == 413, answered.body
    assert "64 KiB" in answered.error()["message"]
    assert answered.seconds < 2
    assert answered.sent < 16 * MiB
    assert memory.growth < RSS_GROWTH_MAX, memory
    watch.assert_responsive()
    _still_serves(served.url, "after-inbox-bomb")


def _handshake(url: str, host: str, cookie: str) -> int:
    """The status a WebSocket handshake to /ws/chat gets, naming `host`."""
    where = urlsplit(url)
    with socket.create_connection((where.hostname, where.port), timeout=10) as conn:
        request = (
            f"GET /ws/chat HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            f"Sec-WebSocket-Version: 13\r\nCookie: os1_session={cookie}\r\n\r\n"
        )
        conn.sendall(request.encode())
        first = conn.recv(4096).split(b"\r\n", 1)[0]
    return int(first.split()[1])


def test_a_name_other_than_loopback_is_refused_on_a_loopback_server(served):
    port = urlsplit(served.url).port
    refused = httpx.get(f"{served.url}/health", headers={"host": "evil.example"})
    assert refused.status_code == 400, refused.text
    error = refused.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert "evil.example" in error["message"] and "OS1_ALLOWED_HOSTS" in error["fix"]
    assert (
        httpx.post(
            f"{served.url}/api/signup",
            headers={"host": f"evil.example:{port}"},
            json={"username": "rebound", "password": PASSWORD},
        ).status_code
        == 400
    )
    for name in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}", "LOCALHOST"):
        answer = httpx.get(f"{served.url}/health", headers={"host": name})
        assert answer.status_code == 200, (name, answer.text)


def test_a_socket_naming_another_host_is_refused(served):
    person = _sign_up(served.url, "socketed")
    cookie = person.cookies["os1_session"]
    port = urlsplit(served.url).port
    assert _handshake(served.url, f"evil.example:{port}", cookie) == 403
    assert _handshake(served.url, f"127.0.0.1:{port}", cookie) == 101


def test_an_allowed_name_is_answered(tmp_path):
    server = _serve(tmp_path / "server.log", tmp_path, OS1_ALLOWED_HOSTS="os1.example.org")
    try:
        named = httpx.get(f"{server.url}/health", headers={"host": "os1.example.org"})
        assert named.status_code == 200, named.text
        other = httpx.get(f"{server.url}/health", headers={"host": "evil.example"})
        assert other.status_code == 400, other.text
    finally:
        server.stop()


def test_which_names_are_answered():
    loopback = {"localhost", "127.0.0.1", "::1"}
    assert answered_hosts(None, "127.0.0.1") == loopback
    assert answered_hosts(None, "::1") == loopback
    assert answered_hosts(None, "localhost") == loopback
    assert answered_hosts(None, "127.0.0.2") == loopback | {"127.0.0.2"}
    assert answered_hosts(None, "0.0.0.0") is None
    assert answered_hosts(None, "192.168.1.20") is None
    assert answered_hosts("os1.example.org, Other.Example.", "0.0.0.0") == loopback | {
        "os1.example.org",
        "other.example",
    }
    assert answered_hosts("*", "127.0.0.1") is None
