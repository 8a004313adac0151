"""Fuzzing the server: schemathesis against its own OpenAPI schema, and malformed WebSocket
frames and audio. Whatever arrives, the answer is a clear 4xx or an error frame: never a
5xx, never a crash (the server's output must hold no traceback)."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

import httpx2 as httpx
import numpy as np
import pytest
import requests
import schemathesis
import websockets
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from tests.os1_servers import start_os1_serve

PASSWORD = "a long enough password"


@dataclass
class Fuzzed:
    url: str
    key: str
    cookie: str
    csrf: str


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzed]:
    home = tmp_path_factory.mktemp("fuzz")
    script = home / "replies.txt"
    script.write_text("\n".join(f"Reply {n}." for n in range(5000)))
    # Feelings and memory off: the fuzzer is after os1's handling of requests, and the
    # models would only make each of its hundreds of requests slower.
    served = start_os1_serve(
        home / "server.log",
        OS1_HOME=str(home / "data"),
        OS1_BRAIN="scripted",
        OS1_BRAIN_SCRIPT=str(script),
        OS1_FEELINGS="0",
        OS1_MEMORY_TOKENS="0",
    )
    url = served.url
    client = httpx.Client(base_url=url)
    signed = client.post("/api/signup", json={"username": "fuzzy", "password": PASSWORD})
    csrf = signed.json()["csrf"]
    client.headers["x-csrf-token"] = csrf
    client.post("/api/interview", json={"user_name": "Fuzzy"}).raise_for_status()
    key = client.post("/api/keys", json={"name": "fuzz"}).json()["key"]
    yield Fuzzed(url, key, f"os1_session={client.cookies['os1_session']}", csrf)
    served.stop()


# Left out: the routes that would end the fuzzer's own access (its key, its account),
# and sign-up, which would spend the run hashing passwords.
LEFT_OUT = {("DELETE", "/api/keys/{key_id}"), ("DELETE", "/api/account"), ("POST", "/api/signup")}


def test_no_request_the_schema_allows_or_forbids_gets_a_server_error(fuzzed):
    schema = schemathesis.openapi.from_url(f"{fuzzed.url}/openapi.json")
    operations = [
        operation
        for operation in (result.ok() for result in schema.get_all_operations())
        if (operation.method.upper(), operation.path) not in LEFT_OUT
    ]
    assert len(operations) >= 20
    headers = {"Authorization": f"Bearer {fuzzed.key}"}
    server_errors: list[str] = []
    calls = 0
    session = requests.Session()
    for operation in operations:
        # Valid requests, and requests that break the schema (wrong types, missing fields).
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(mode))
            @settings(
                max_examples=12,
                derandomize=True,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def call(case: schemathesis.Case) -> None:
                nonlocal calls
                # Sent with plain requests: schemathesis's own transport trips over the
                # urllib3-future this environment has in place of urllib3.
                response = session.request(
                    **case.as_transport_kwargs(base_url=fuzzed.url, headers=headers), timeout=120
                )
                calls += 1
                if response.status_code >= 500:
                    server_errors.append(f"{case.method} {case.formatted_path}: {response.text}")

            # A route with nothing to get wrong (no parameters, no body) has no negative cases.
            with contextlib.suppress(Unsatisfiable):
                call()
    # The figure docs/benchmarks.md records (pytest -s shows it).
    print(f"fuzz: {calls} requests over {len(operations)} routes, {len(server_errors)} 5xx")
    assert calls >= 300
    assert server_errors == []


async def _frames(url: str, cookie: str, path: str, sent: list[str | bytes]) -> list[object]:
    """What the server answers to each of `sent`, ending with how the socket closed."""
    answers: list[object] = []
    async with websockets.connect(
        url.replace("http", "ws") + path, additional_headers={"cookie": cookie}, max_size=None
    ) as socket:
        answers.append(json.loads(await socket.recv()))  # ready
        for frame in sent:
            await socket.send(frame)
            try:
                answer = await asyncio.wait_for(socket.recv(), 10)
                frame = json.loads(answer) if isinstance(answer, str) else answer
                # A chat reply streams: its pieces are read up to the whole reply.
                while isinstance(frame, dict) and frame.get("type") == "piece":
                    frame = json.loads(await asyncio.wait_for(socket.recv(), 10))
                answers.append(frame)
            except TimeoutError:
                answers.append(None)
            except websockets.ConnectionClosed as closed:
                answers.append(("closed", closed.rcvd.code if closed.rcvd else None))
                break
    return answers


def test_malformed_chat_frames_get_error_frames_and_a_too_big_one_closes(fuzzed):
    sent: list[str | bytes] = [
        b"\x00\x01binary",
        "not json",
        "[1, 2, 3]",
        json.dumps({"type": "say", "text": 123}),
        json.dumps({"type": "shout", "text": "hi"}),
        json.dumps({"type": "say", "text": "   "}),
        json.dumps({"type": "say", "text": "x\x00y"}),
        json.dumps({"type": "say", "text": "still listening?"}),
        json.dumps({"type": "say", "text": "x" * 70_000}),
    ]
    answers = asyncio.run(_frames(fuzzed.url, fuzzed.cookie, "/ws/chat", sent))
    assert answers[0]["type"] == "ready"
    for answer in answers[1:8]:
        assert answer["type"] == "error" and answer["message"] and answer["fix"], answers
    assert answers[8]["type"] == "reply"  # a good message after bad ones is answered
    assert answers[9] == ("closed", 1009)
    assert httpx.get(f"{fuzzed.url}/health").json()["ok"]


def test_malformed_voice_frames_and_noise_do_not_break_the_voice_socket(fuzzed):
    noise = np.random.default_rng(7).integers(-32768, 32767, 16_000, dtype=np.int16).tobytes()
    sent: list[str | bytes] = [
        b"\x01\x02\x03",  # an odd number of bytes is not 16-bit PCM
        "not json",
        json.dumps({"type": "dance"}),
        noise,
        b"\x00" * ((1 << 20) + 2),
    ]
    answers = asyncio.run(_frames(fuzzed.url, fuzzed.cookie, "/ws/voice", sent))
    assert answers[0]["type"] == "ready"
    for answer in answers[1:4]:
        assert answer["type"] == "error" and answer["fix"], answers
    assert answers[-1] == ("closed", 1009)
    assert httpx.get(f"{fuzzed.url}/health").json()["ok"]
