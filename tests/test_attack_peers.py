"""Attacks on `os1 serve` through its peers (hardening, weaknesses 6 and 9).

"Add a peer" makes the server fetch an address: a person must not be able to point it
at the server's own loopback services (or a cloud's metadata address) and read what
they answer. A local service stands in for them here, answering at a path holding
/peer/ with words that must never reach the person. One `os1 serve` keeps the default
(private addresses refused); another is the home-network setup that allows them, where
what is refused is a card naming another address and a redirect. Then envelopes: one
replayed after its sender was removed and added back, and a 20 MB body to an inbox.
"""

from __future__ import annotations

import json
import select
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import httpx2 as httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from os1.peers.envelope import new_conversation, seal
from os1.peers.identity import Identity, card
from tests.attacks import health_watched
from tests.os1_servers import Os1Serve, scripted, start_os1_serve

PASSWORD = "a long enough password"
SECRET = "INTERNAL-ONLY-7f3a"  # in everything the local service says
MiB = 1024 * 1024


@dataclass
class Local:
    """A service on loopback that is not an OS: what it was asked, and what it answers."""

    url: str
    answers: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)


@pytest.fixture
def local() -> Iterator[Local]:
    served = Local("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.asked.append(self.path)
            secret = json.dumps({"error": {"message": f"{SECRET} admin panel",
                                           "fix": f"{SECRET} token=abc"}}).encode()  # fmt: skip
            status, headers, body = served.answers.get(self.path, (404, {}, secret))
            self.send_response(status)
            for name, value in (headers or {"content-type": "application/json"}).items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    served.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()


def _serve(root: Path, name: str, **settings: str) -> Os1Serve:
    home = root / name
    home.mkdir()
    replies = (f"Thought {n}: clouds are slow rivers." for n in range(200))
    return start_os1_serve(root / f"{name}.log", **scripted(home, replies), **settings)


@dataclass
class Person:
    name: str
    client: httpx.Client
    address: str

    @property
    def os_id(self) -> str:
        return self.address.rsplit("/", 1)[1]


def _person(server: Os1Serve, name: str) -> Person:
    client = httpx.Client(base_url=server.url, timeout=30)
    signed = client.post("/api/signup", json={"username": name, "password": PASSWORD})
    assert signed.status_code == 201, signed.text
    client.headers["x-csrf-token"] = signed.json()["csrf"]
    client.post("/api/interview", json={"user_name": name.title()}).raise_for_status()
    me = client.get("/api/peers/me")
    assert me.status_code == 200, me.text
    return Person(name, client, me.json()["address"])


@pytest.fixture(scope="module")
def closed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Person]:
    """A server as it comes: private addresses refused."""
    server = _serve(tmp_path_factory.mktemp("closed"), "closed")
    try:
        yield _person(server, "cass")
    finally:
        server.stop()


@dataclass
class Home:
    server: Os1Serve
    ana: Person
    ben: Person


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Home]:
    """A home-network server, whose operator allows private addresses."""
    server = _serve(tmp_path_factory.mktemp("home"), "home", OS1_PEER_PRIVATE_ADDRESSES="1")
    try:
        yield Home(server, _person(server, "ana"), _person(server, "ben"))
    finally:
        server.stop()


def _add(person: Person, url: str, name: str = "them") -> httpx.Response:
    return person.client.post("/api/peers", json={"url": url, "name": name})


def _os_id() -> str:
    return Identity("x", Ed25519PrivateKey.generate()).os_id


def test_adding_a_loopback_or_private_address_is_refused_and_nothing_is_fetched(closed, local):
    port = urlsplit(local.url).port
    os_id = _os_id()
    for host in (
        "127.0.0.1",
        "localhost",  # resolved first, then refused
        "127.1",
        "2130706433",  # 127.0.0.1 as one number
        "0x7f.0.0.1",
        "[::ffff:127.0.0.1]",
        "[::1]",
        "0.0.0.0",
        "10.0.0.1",
        "169.254.169.254",  # a cloud's metadata address
    ):
        url = f"http://{host}:{port}/peer/{os_id}"
        refused = _add(closed, url)
        assert refused.status_code == 400, (url, refused.text)
        assert SECRET not in refused.text
        error = refused.json()["error"]
        assert "private, local or reserved" in error["message"] or "not found" in error["message"]
        assert "OS1_PEER_PRIVATE_ADDRESSES" in error["fix"] or "not found" in error["message"]
    # The weakness as found: any URL holding /peer/ was fetched.
    for url in (f"{local.url}/admin?next=/peer/x", f"{local.url}/peer/x", f"{local.url}/peer/"):
        refused = _add(closed, url)
        assert refused.status_code == 400 and "not an OS's address" in refused.text, url
    assert local.asked == []
    assert closed.client.get("/api/peers").json() == []


def test_what_a_local_service_answers_never_reaches_the_person(home, local):
    # Even where the operator allows private addresses, a service that is not an OS is
    # told apart in os1's own words: none of its answer is shown.
    os_id = _os_id()
    path = f"/peer/{os_id}/card"
    for answer in (
        None,  # its 404, with a message and a fix of its own
        (200, {}, json.dumps({"name": SECRET, "config": SECRET}).encode()),
        (500, {"content-type": "text/plain"}, f"{SECRET} stack trace".encode()),
        (200, {"content-type": "text/html"}, f"<h1>{SECRET}</h1>".encode()),
    ):
        if answer is None:
            local.answers.pop(path, None)
        else:
            local.answers[path] = answer
        refused = _add(home.ana, f"{local.url}/peer/{os_id}")
        assert refused.status_code == 502, refused.text
        assert SECRET not in refused.text
        assert refused.json()["error"]["message"].endswith("did not answer as an OS")
    assert local.asked == [path] * 4
    assert home.ana.client.get("/api/peers").json() == []


def test_a_card_naming_another_address_is_refused(home, local):
    # A real key and id, served at the local service, whose card says envelopes go to
    # another place: to the OS's owner's other server, or somewhere internal.
    them = Identity("x", Ed25519PrivateKey.generate())
    address = f"{local.url}/peer/{them.os_id}"
    port = urlsplit(local.url).port
    for elsewhere in (
        f"http://127.0.0.1:{port + 1}/peer/{them.os_id}",
        f"http://localhost:{port}/peer/{them.os_id}",
        f"https://127.0.0.1:{port}/peer/{them.os_id}",
        f"http://127.0.0.1:{port}/admin/peer/{them.os_id}",
    ):
        shown = card(them, "Wren", elsewhere).model_dump()
        local.answers[f"/peer/{them.os_id}/card"] = (200, {}, json.dumps(shown).encode())
        refused = _add(home.ana, address)
        assert refused.status_code == 400, refused.text
        assert "gives another address" in refused.json()["error"]["message"]
    assert home.ana.client.get("/api/peers").json() == []
    # Its own address on the card: added, and kept as that address.
    local.answers[f"/peer/{them.os_id}/card"] = (
        200, {}, json.dumps(card(them, "Wren", address).model_dump()).encode(),
    )  # fmt: skip
    added = _add(home.ana, address, "wren")
    assert added.status_code == 201, added.text
    assert added.json()["url"] == address
    home.ana.client.delete("/api/peers/wren").raise_for_status()


def test_a_redirect_is_not_followed(home, local):
    # The address answers with a redirect to another path on loopback that holds a good
    # card. Followed, any address (a public one, under the default setting) could send
    # the server to a place it would never be let go to.
    them = Identity("x", Ed25519PrivateKey.generate())
    address = f"{local.url}/peer/{them.os_id}"
    inner = f"/inner/peer/{them.os_id}/card"
    local.answers[inner] = (200, {}, json.dumps(card(them, "Wren", address).model_dump()).encode())
    for status in (301, 302, 303, 307, 308):
        local.answers[f"/peer/{them.os_id}/card"] = (status, {"location": local.url + inner}, b"")
        refused = _add(home.ana, address)
        assert refused.status_code == 502, refused.text
        assert refused.json()["error"]["message"].endswith("did not answer as an OS")
    assert inner not in local.asked
    assert home.ana.client.get("/api/peers").json() == []


def _key(server: Os1Serve, person: Person) -> Identity:
    database = Path(server.env["OS1_HOME"]) / "os1.db"
    with sqlite3.connect(database) as db:
        raw = db.execute(
            "SELECT private_key FROM peer_identity WHERE os_id = ?", (person.os_id,)
        ).fetchone()[0]
    return Identity("x", Ed25519PrivateKey.from_private_bytes(bytes(raw)))


def test_an_envelope_is_refused_again_after_its_sender_is_removed_and_added_back(home):
    ana, ben = home.ana, home.ben
    for one, other in ((ana, ben), (ben, ana)):
        assert _add(one, other.address, other.name).status_code == 201
    envelope = seal(_key(home.server, ana), "Ana-OS", ben.os_id, new_conversation(), 1,
                    "talk", {"text": "Hello.", "topic": "clouds"})  # fmt: skip
    inbox = f"{ben.address}/inbox"
    assert httpx.post(inbox, json=envelope, timeout=30).status_code == 200
    assert httpx.post(inbox, json=envelope, timeout=30).status_code == 409
    # Ben removes Ana's OS (and with it their log), then adds it back.
    ben.client.delete("/api/peers/ana").raise_for_status()
    assert _add(ben, ana.address, "ana").status_code == 201
    replayed = httpx.post(inbox, json=envelope, timeout=30)
    assert replayed.status_code == 409, replayed.text
    assert "replay" in replayed.json()["error"]["message"]
    assert ben.client.get("/api/peers/ana/log").json() == []
    # A new envelope is heard as before.
    fresh = seal(_key(home.server, ana), "Ana-OS", ben.os_id, new_conversation(), 1,
                 "talk", {"text": "Hello again.", "topic": "rain"})  # fmt: skip
    assert httpx.post(inbox, json=fresh, timeout=30).status_code == 200


@dataclass
class Sent:
    status: int
    sent: int  # bytes of body out before the answer came
    seconds: float


def _stream(url: str, path: str, total: int, declared: bool) -> Sent:
    """A body of `total` bytes, 64 KiB at a time, until the server answers."""
    parts = urlsplit(url)
    length = f"content-length: {total}" if declared else "transfer-encoding: chunked"
    head = (f"POST {path} HTTP/1.1\r\nhost: {parts.netloc}\r\n"
            f"content-type: application/json\r\n{length}\r\n\r\n").encode()  # fmt: skip
    piece = b"[" + b"1," * (32 * 1024 - 1) + b"1"
    started = time.perf_counter()
    sent = 0
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(head)
        answer = b""
        while sent < total:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break
            chunk = piece if declared else b"%x\r\n%s\r\n" % (len(piece), piece)
            try:
                sock.sendall(chunk)
            except OSError:  # the server closed its side once it answered
                break
            sent += len(piece)
        if sent >= total and not declared:
            sock.sendall(b"0\r\n\r\n")  # the whole body out: its end
        sock.settimeout(30)
        while b"\r\n" not in answer:
            got = sock.recv(4096)
            if not got:
                break
            answer += got
    status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.1") else 0
    return Sent(status, sent, time.perf_counter() - started)


@pytest.mark.parametrize("declared", [False, True], ids=["chunked", "content-length"])
def test_a_20_mb_body_to_an_inbox_is_refused_after_64_kib(home, declared):
    path = f"/peer/{home.ben.os_id}/inbox"
    with health_watched(home.server.url) as watch:
        time.sleep(0.2)
        answered = _stream(home.server.url, path, 20 * MiB, declared)
        time.sleep(0.2)
    assert answered.status == 413, answered
    # The answer came long before the body was out: the server read no more than it
    # needed to know (what went out past that is the kernel's buffers).
    assert answered.sent < 8 * MiB, answered
    watch.assert_responsive()
