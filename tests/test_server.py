"""`os1 serve` for real: accounts, security, the panels' API and the OpenAI-compatible API,
against the server running in its own process, driven by httpx, websockets and the
official openai client."""

from __future__ import annotations

import asyncio
import io
import json
import sqlite3
import wave
from collections.abc import Iterator
from pathlib import Path

import httpx2 as httpx
import numpy as np
import openai
import pytest
import websockets

from os1.voice.audio import RATE, resample, write_wav
from tests.os1_servers import os1_serve

PASSWORD = "a long enough password"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("server")


@pytest.fixture(scope="module")
def server(home: Path) -> Iterator[str]:
    script = home / "replies.txt"
    # Each reply worded unlike the last few: the guard takes a near-repeat for a loop.
    said = ["I am glad you told me.", "That means a lot.", "How did it go?", "I hear you."]
    script.write_text("\n".join(f"Reply {n}: {said[n % 4]} Go on." for n in range(400)))
    with os1_serve(
        home / "server.log",
        OS1_HOME=str(home / "data"),
        OS1_BRAIN="scripted",
        OS1_BRAIN_SCRIPT=str(script),
    ) as url:
        yield url


def _sign_up(base: str, name: str, interview: bool = True) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30)
    answer = client.post("/api/signup", json={"username": name, "password": PASSWORD})
    assert answer.status_code == 201, answer.text
    client.headers["x-csrf-token"] = answer.json()["csrf"]
    if interview:
        woke = client.post("/api/interview", json={"user_name": name.title(), "focus": "music"})
        assert woke.status_code == 200, woke.text
    return client


def _key(client: httpx.Client) -> str:
    made = client.post("/api/keys", json={"name": "tests"})
    assert made.status_code == 201, made.text
    return made.json()["key"]


def test_health_is_open_and_every_other_route_needs_a_caller(server):
    assert httpx.get(f"{server}/health").json()["ok"] is True
    schema = httpx.get(f"{server}/openapi.json").json()
    refused = []
    for path, operations in schema["paths"].items():
        if path in {"/health", "/api/signup", "/api/signin"}:
            continue
        if path.startswith("/peer/"):
            # Another OS's routes: signed by that OS, not a person (test_peers.py).
            continue
        for method in operations:
            concrete = path.replace("{turn_id}", "1").replace("{fact_id}", "1")
            concrete = concrete.replace("{reminder_id}", "1").replace("{key_id}", "1")
            concrete = concrete.replace("{name}", "x")
            answer = httpx.request(method.upper(), f"{server}{concrete}")
            refused.append((method, path, answer.status_code))
    assert len(refused) > 15
    assert {status for _, _, status in refused} == {401}, refused


def test_sign_up_checks_names_and_passwords_and_never_reuses_a_name(server):
    client = httpx.Client(base_url=server)
    short = client.post("/api/signup", json={"username": "pat", "password": "short"})
    assert short.status_code == 400
    assert "at least 10 characters" in short.json()["error"]["message"]
    bad = client.post("/api/signup", json={"username": "a b", "password": PASSWORD})
    assert bad.status_code == 400 and "user name" in bad.json()["error"]["message"]
    assert client.post("/api/signup", json={"username": "pat", "password": PASSWORD}).is_success
    again = client.post("/api/signup", json={"username": "PAT", "password": PASSWORD})
    assert again.status_code == 400 and "taken" in again.json()["error"]["message"]


def test_the_session_cookie_is_private_and_answers_carry_security_headers(server):
    answer = httpx.post(
        f"{server}/api/signup", json={"username": "cookie-check", "password": PASSWORD}
    )
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    headers = answer.headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["cache-control"] == "no-store"


def test_wrong_passwords_are_refused_alike_and_then_throttled(server):
    _sign_up(server, "quentin", interview=False)
    client = httpx.Client(base_url=server)
    wrong = client.post("/api/signin", json={"username": "quentin", "password": "not it at all"})
    nobody = client.post("/api/signin", json={"username": "nobody-here", "password": PASSWORD})
    assert wrong.status_code == nobody.status_code == 401
    assert wrong.json()["error"]["message"] == nobody.json()["error"]["message"]
    for _ in range(4):
        client.post("/api/signin", json={"username": "quentin", "password": "not it at all"})
    throttled = client.post("/api/signin", json={"username": "quentin", "password": PASSWORD})
    assert throttled.status_code == 429
    assert int(throttled.headers["retry-after"]) > 0
    assert "wait" in throttled.json()["error"]["fix"]


def test_cookie_requests_need_the_csrf_token_and_come_from_our_own_page(server):
    client = _sign_up(server, "rosa", interview=False)
    token = client.headers.pop("x-csrf-token")
    refused = client.post("/api/keys", json={"name": "x"})
    assert refused.status_code == 403 and "CSRF" in refused.json()["error"]["message"]
    assert client.post("/api/keys", json={"name": "x"}, headers={"x-csrf-token": token}).is_success
    elsewhere = httpx.post(
        f"{server}/api/signin",
        json={"username": "rosa", "password": PASSWORD},
        headers={"origin": "https://evil.example"},
    )
    assert elsewhere.status_code == 400

    async def open_from(origin: str) -> str:
        cookie = f"os1_session={client.cookies['os1_session']}"
        url = server.replace("http", "ws") + "/ws/chat"
        async with websockets.connect(
            url, additional_headers={"cookie": cookie, "origin": origin}
        ) as socket:
            try:
                return await socket.recv()
            except websockets.ConnectionClosed as closed:
                return f"closed {closed.rcvd.code if closed.rcvd else None}"

    # The OS has not woken yet, so our own page gets an error frame; another page is shut out.
    assert "woken" in asyncio.run(open_from(server))
    assert asyncio.run(open_from("https://evil.example")) == "closed 1008"


def test_first_boot_then_chat_over_the_websocket_streams_and_remembers(server):
    client = _sign_up(server, "sara")
    me = client.get("/api/me").json()
    assert me["username"] == "sara" and me["os"]["name"]
    name = me["os"]["name"]

    async def chat() -> list[dict]:
        cookie = f"os1_session={client.cookies['os1_session']}"
        url = server.replace("http", "ws") + "/ws/chat"
        frames = []
        async with websockets.connect(url, additional_headers={"cookie": cookie}) as socket:
            frames.append(json.loads(await socket.recv()))
            await socket.send(json.dumps({"type": "say", "text": "My sister Ruth plays cello."}))
            while frames[-1]["type"] != "reply":
                frames.append(json.loads(await socket.recv()))
        return frames

    frames = asyncio.run(chat())
    assert frames[0] == {"type": "ready", "name": name}
    pieces = [f["text"] for f in frames if f["type"] == "piece"]
    assert len(pieces) > 1
    assert "".join(pieces).strip() == frames[-1]["text"]
    assert frames[-1]["mood"]["label"]
    turns = client.get("/api/memories").json()["turns"]
    assert [t["text"] for t in turns][-2:] == ["My sister Ruth plays cello.", frames[-1]["text"]]
    state = client.get("/api/state").json()
    assert state["name"] == name and "affinity" in state["mood"]


def test_memories_can_be_searched_edited_forgotten_and_exported(server):
    client = _sign_up(server, "tom")
    key = _key(client)
    api = openai.OpenAI(base_url=f"{server}/v1", api_key=key)
    model = api.models.list().data[0].id
    api.chat.completions.create(
        model=model, messages=[{"role": "user", "content": "I grow tomatoes on my balcony."}]
    )
    api.chat.completions.create(
        model=model, messages=[{"role": "user", "content": "The train to Leeds was late."}]
    )
    found = client.get("/api/memories", params={"q": "vegetables I grow"}).json()["turns"]
    assert found[0]["text"] == "I grow tomatoes on my balcony."
    leeds = next(t for t in client.get("/api/memories").json()["turns"] if "Leeds" in t["text"])
    edited = client.patch(f"/api/memories/turns/{leeds['id']}", json={"text": "It was York."})
    assert edited.json()["text"] == "It was York."
    assert client.delete(f"/api/memories/turns/{leeds['id']}").status_code == 204
    assert client.delete(f"/api/memories/turns/{leeds['id']}").status_code == 404
    exported = client.get("/api/export")
    assert "attachment" in exported.headers["content-disposition"]
    document = exported.json()
    assert document["format"] == "os1-memory"
    texts = [t["text"] for t in document["turns"]]
    assert "I grow tomatoes on my balcony." in texts and "It was York." not in texts


def test_what_they_told_when_they_met_is_in_the_portrait_and_can_be_forgotten(server):
    client = _sign_up(server, "jonah", interview=False)
    told = {
        "user_name": "Jonah",
        "relationships": "My best friend Ilse is moving to Canada. My dad and I barely talk.",
        "focus": "Being a better nurse, and getting through my night shifts.",
    }
    assert client.post("/api/interview", json=told).status_code == 200

    def portrait() -> dict[str, list[dict]]:
        groups = client.get("/api/memories").json()["portrait"]
        return {g["title"]: g["items"] for g in groups}

    groups = portrait()
    matters = groups["What matters to you"]
    assert [i["text"] for i in matters] == [
        "Being a better nurse, and getting through your night shifts."
    ]
    assert matters[0]["turn"] is None and matters[0]["fact"] is None
    ilse = next(items for title, items in groups.items() if title.startswith("Ilse"))
    assert "Ilse is moving to Canada" in ilse[0]["text"]
    assert "barely talk" in json.dumps(groups)
    gone = {"said": "My dad and I barely talk."}
    assert client.post("/api/memories/first-meeting/forget", json=gone).status_code == 204
    assert client.post("/api/memories/first-meeting/forget", json=gone).status_code == 404
    assert "barely talk" not in json.dumps(portrait())
    assert "Ilse is moving to Canada" in json.dumps(portrait())


def test_the_openai_client_chats_streams_lists_the_model_and_is_refused_a_wrong_one(server):
    client = _sign_up(server, "uma")
    name = client.get("/api/me").json()["os"]["name"]
    api = openai.OpenAI(base_url=f"{server}/v1", api_key=_key(client))
    assert [m.id for m in api.models.list()] == [name]
    answer = api.chat.completions.create(
        model=name, messages=[{"role": "user", "content": "Hello there"}]
    )
    assert answer.choices[0].message.content.startswith("Reply ")
    assert answer.usage.completion_tokens > 0
    stream = api.chat.completions.create(
        model=name, messages=[{"role": "user", "content": "And again"}], stream=True
    )
    pieces = [chunk.choices[0].delta.content or "" for chunk in stream]
    assert len(pieces) > 2 and "".join(pieces).startswith("Reply ")
    with pytest.raises(openai.NotFoundError, match="your OS is called"):
        api.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(openai.BadRequestError, match="no user message"):
        api.chat.completions.create(model=name, messages=[{"role": "system", "content": "x"}])


def test_a_revoked_key_is_refused(server):
    client = _sign_up(server, "vera")
    key = _key(client)
    api = openai.OpenAI(base_url=f"{server}/v1", api_key=key)
    assert api.models.list().data
    listed = client.get("/api/keys").json()
    assert listed[0]["prefix"] == key[:12] and "key" not in listed[0]
    assert client.delete(f"/api/keys/{listed[0]['id']}").status_code == 204
    with pytest.raises(openai.AuthenticationError):
        api.models.list()


def test_speech_and_transcription_in_the_openai_shapes(server, speaker, tmp_path):
    client = _sign_up(server, "walt")
    api = openai.OpenAI(base_url=f"{server}/v1", api_key=_key(client), timeout=120)
    spoken = api.audio.speech.create(
        model="tts-1", voice="alloy", input="The garden needs water today.", response_format="wav"
    )
    with wave.open(io.BytesIO(spoken.content)) as wav:
        assert wav.getframerate() == 24_000 and wav.getnchannels() == 1
        seconds = wav.getnframes() / wav.getframerate()
    assert 1.0 < seconds < 5.0

    recording = tmp_path / "question.wav"
    samples = speaker.speak("Please remind me to call my mother tomorrow.")
    write_wav(recording, resample(samples, 24_000, RATE), RATE)
    with recording.open("rb") as f:
        heard = api.audio.transcriptions.create(model="whisper-1", file=f)
    words = heard.text.lower()
    assert "remind" in words and "mother" in words

    with pytest.raises(openai.BadRequestError, match="not audio"):
        api.audio.transcriptions.create(model="whisper-1", file=("x.wav", b"not a sound"))
    silence = io.BytesIO()
    write_wav(tmp_path / "quiet.wav", np.zeros(RATE, dtype=np.float32), RATE)
    silence.write((tmp_path / "quiet.wav").read_bytes())
    assert (
        api.audio.transcriptions.create(
            model="whisper-1", file=("quiet.wav", silence.getvalue())
        ).text
        == ""
    )


def test_deleting_the_account_deletes_everything_of_that_person(server, home):
    client = _sign_up(server, "xena")
    with sqlite3.connect(home / "data" / "os1.db") as db:
        user_id = db.execute("SELECT user_id FROM accounts WHERE username = 'xena'").fetchone()[0]
    api = openai.OpenAI(base_url=f"{server}/v1", api_key=_key(client))
    model = api.models.list().data[0].id
    api.chat.completions.create(model=model, messages=[{"role": "user", "content": "Hi"}])
    wrong = client.request("DELETE", "/api/account", json={"password": "not my password"})
    assert wrong.status_code == 401 and "nothing was deleted" in wrong.json()["error"]["fix"]
    gone = client.request("DELETE", "/api/account", json={"password": PASSWORD})
    assert gone.status_code == 200 and gone.json()["deleted"]["turns"] == 2
    assert client.get("/api/me").status_code == 401
    with pytest.raises(openai.AuthenticationError):
        api.models.list()
    with sqlite3.connect(home / "data" / "os1.db") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        left = {}
        for table in tables:
            columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
            if "user_id" in columns:
                left[table] = db.execute(
                    f"SELECT count(*) FROM {table} WHERE user_id = ?", (user_id,)
                ).fetchone()[0]
        assert db.execute("SELECT count(*) FROM users WHERE id = ?", (user_id,)).fetchone()[0] == 0
    assert set(left.values()) == {0}, left
    assert {"turns", "accounts", "api_keys", "web_sessions"} <= set(left)
