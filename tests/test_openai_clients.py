"""OpenAI's chat completions as the clients people already use see them: the official
`openai` client and the `llm` CLI against a real `os1 serve` with the scripted brain.

Each test starts its own server with its own script, so that each reply is known: the
first line of every script is the OS's name (the interview asks the brain for it), and
the lines after it are the replies, in order. A line ending in `<brain fails>` writes
its words and then fails, as a model server that goes away mid-reply does. One test runs
the embedded model instead, to see a JSON reply held to its schema by the grammar.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import httpx2 as httpx
import openai
import pytest
from pydantic import BaseModel

from os1.brain.scripted import ScriptedBrain
from tests.os1_servers import os1_serve, scripted

PASSWORD = "a long enough password"
NAMING = "Name: Clara\\nWhy: It is short and clear, like a bright morning."
LONG = "The lighthouse keeper walked the stairs every night and counted each of them twice."
count_tokens = ScriptedBrain([]).count_tokens


@dataclass
class Os1:
    url: str
    key: str
    model: str
    web: httpx.Client
    api: openai.OpenAI

    def said(self) -> list[str]:
        """What the OS's memory holds as said, oldest first."""
        turns = self.web.get("/api/memories").json()["turns"]
        return [t["text"] for t in turns]


@contextmanager
def _os1(tmp_path: Path, *replies: str) -> Iterator[Os1]:
    with os1_serve(tmp_path / "server.log", **scripted(tmp_path, [NAMING, *replies])) as url:
        web = httpx.Client(base_url=url, timeout=30)
        made = web.post("/api/signup", json={"username": "ada", "password": PASSWORD})
        assert made.status_code == 201, made.text
        web.headers["x-csrf-token"] = made.json()["csrf"]
        woke = web.post("/api/interview", json={"user_name": "Ada", "focus": "music"})
        assert woke.status_code == 200, woke.text
        assert woke.json()["name"] == "Clara"  # the script's first line, and only that
        key = web.post("/api/keys", json={"name": "tests"}).json()["key"]
        # No retries: a test must see the first answer, as a person's client shows it.
        api = openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=60)
        yield Os1(url, key, "Clara", web, api)
        web.close()


def _ask(os1: Os1, text: str, **options: object) -> list[openai.types.chat.ChatCompletionChunk]:
    stream = os1.api.chat.completions.create(
        model=os1.model, messages=[{"role": "user", "content": text}], stream=True, **options
    )
    return list(stream)


def _content(chunks: list[openai.types.chat.ChatCompletionChunk]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def test_a_brain_failure_mid_stream_is_an_error_event_the_client_raises(tmp_path: Path) -> None:
    with _os1(
        tmp_path,
        "It was a dark <brain fails>",
        "It was dark outside. Then the <brain fails>",
        "Still here.",
    ) as os1:
        got: list[openai.types.chat.ChatCompletionChunk] = []
        stream = os1.api.chat.completions.create(
            model=os1.model, messages=[{"role": "user", "content": "Tell me"}], stream=True
        )
        with pytest.raises(openai.APIError) as raised:
            got.extend(stream)
        # The response had begun (its first chunk came), and the client still hears why.
        assert got and got[0].choices[0].delta.role == "assistant"
        assert not isinstance(raised.value, openai.APIConnectionError)
        assert "scripted brain failed mid-reply" in raised.value.message
        assert raised.value.body["type"] == "server_error"
        assert raised.value.body["code"] == "brain_unavailable"
        assert raised.value.body["fix"]

        # Raw, the stream ends with the error event and closes cleanly (no [DONE]: the
        # reply did not complete).
        with httpx.stream(
            "POST",
            f"{os1.url}/v1/chat/completions",
            headers={"Authorization": f"Bearer {os1.key}"},
            json={"model": os1.model, "messages": [{"role": "user", "content": "Go on"}]}
            | {"stream": True},
            timeout=30,
        ) as answer:
            events = [line for line in answer.iter_lines() if line.startswith("data: ")]
        assert answer.status_code == 200
        # A failure after a whole sentence ends the reply at that sentence, kept as said.
        assert json.loads(events[-2][6:])["choices"][0]["finish_reason"] == "stop"
        assert events[-1] == "data: [DONE]"
        text = "".join(
            json.loads(e[6:])["choices"][0]["delta"].get("content") or "" for e in events[:-1]
        )
        assert text == "It was dark outside."

        assert _content(_ask(os1, "What do you make of the sea at night?")) == "Still here."
        assert os1.said()[-2:] == ["What do you make of the sea at night?", "Still here."]


def test_usage_comes_in_a_last_chunk_when_asked_for(tmp_path: Path) -> None:
    with _os1(tmp_path, "I hear you.", "Me too, always.") as os1:
        chunks = _ask(os1, "Hello there", stream_options={"include_usage": True})
        *replies, last = chunks
        assert last.choices == [] and last.usage is not None
        assert all(c.choices and c.usage is None for c in replies)
        assert replies[-1].choices[0].finish_reason == "stop"
        assert last.usage.prompt_tokens > 0
        assert last.usage.completion_tokens == 3  # the scripted brain's three pieces
        assert last.usage.total_tokens == last.usage.prompt_tokens + 3

        plain = _ask(os1, "And you?")
        assert all(c.choices and c.usage is None for c in plain)
        assert _content(plain) == "Me too, always."


def test_max_tokens_cuts_the_reply_and_says_length(tmp_path: Path) -> None:
    with _os1(tmp_path, LONG, LONG, "A short one.") as os1:
        answer = os1.api.chat.completions.create(
            model=os1.model, messages=[{"role": "user", "content": "A story?"}], max_tokens=4
        )
        cut = answer.choices[0].message.content
        assert answer.choices[0].finish_reason == "length"
        assert cut == "The lighthouse"  # whole words, within 4 tokens
        assert count_tokens(cut) <= 4 and answer.usage.completion_tokens == count_tokens(cut)
        # What the person was given is what the OS remembers saying.
        assert os1.said()[-1] == cut

        chunks = _ask(os1, "Another?", max_completion_tokens=9)
        streamed = _content(chunks)
        assert LONG.startswith(streamed) and 0 < count_tokens(streamed) <= 9
        assert [c.choices[0].finish_reason for c in chunks][-1] == "length"

        whole = os1.api.chat.completions.create(
            model=os1.model, messages=[{"role": "user", "content": "Short?"}], max_tokens=50
        )
        assert whole.choices[0].finish_reason == "stop"
        assert whole.choices[0].message.content == "A short one."


def test_replies_the_os_gives_itself_count_their_tokens(tmp_path: Path) -> None:
    # No reply in the script: the brain would fail if it were asked.
    with _os1(tmp_path) as os1:
        question = "What's your name?"
        answer = os1.api.chat.completions.create(
            model=os1.model, messages=[{"role": "user", "content": question}]
        )
        text = answer.choices[0].message.content
        assert "Clara" in text
        assert answer.usage.prompt_tokens == count_tokens(question)
        assert answer.usage.completion_tokens == count_tokens(text) > 0
        assert answer.usage.total_tokens == answer.usage.prompt_tokens + count_tokens(text)

        *_, last = _ask(
            os1, "how many people do you talk to?", stream_options={"include_usage": True}
        )
        assert last.usage is not None and last.usage.completion_tokens > 0


REFUSED = [
    ({"n": 2}, "n", "unsupported_value"),
    (
        {"tools": [{"type": "function", "function": {"name": "f", "parameters": {}}}]},
        "tools",
        "unsupported_parameter",
    ),
    ({"tool_choice": "required"}, "tool_choice", "unsupported_parameter"),
    ({"response_format": {"type": "xml"}}, "response_format", "unsupported_value"),
]


def test_what_os1_cannot_honour_is_refused_plainly(tmp_path: Path) -> None:
    with _os1(tmp_path, "Fine, and glad you asked.") as os1:
        for options, param, code in REFUSED:
            for stream in (False, True):
                with pytest.raises(openai.BadRequestError) as refused:
                    os1.api.chat.completions.create(
                        model=os1.model,
                        messages=[{"role": "user", "content": "Hi"}],
                        stream=stream,
                        **options,
                    )
                body = refused.value.body
                assert refused.value.status_code == 400, options
                assert (body["param"], body["code"]) == (param, code)
                assert body["type"] == "invalid_request_error" and body["fix"]
        # Nothing was said, and what os1 does support still answers.
        answer = os1.api.chat.completions.create(
            model=os1.model,
            messages=[{"role": "user", "content": "Hi"}],
            n=1,
            response_format={"type": "text"},
        )
        assert answer.choices[0].message.content == "Fine, and glad you asked."


def test_the_model_keeps_its_created_time_and_every_answer_has_a_request_id(
    tmp_path: Path,
) -> None:
    started = time.time()
    with _os1(tmp_path, "Fine, and glad you asked.") as os1:
        first = os1.api.models.with_raw_response.list()
        time.sleep(1.1)
        again = os1.api.models.with_raw_response.list()
        created = first.parse().data[0].created
        assert created == again.parse().data[0].created == os1.api.models.retrieve("Clara").created
        assert started - 5 <= created <= time.time()

        ids = {first.headers["x-request-id"], again.headers["x-request-id"]}
        assert len(ids) == 2 and all(i.startswith("req_") for i in ids)
        chat = os1.api.chat.completions.with_raw_response.create(
            model=os1.model, messages=[{"role": "user", "content": "Hi"}], stream=True
        )
        assert chat.headers["x-request-id"].startswith("req_")
        chat.parse().close()
        missing = httpx.get(f"{os1.url}/v1/nowhere")
        assert missing.status_code == 404 and missing.headers["x-request-id"].startswith("req_")
        # A proxy's own id is kept; one that is not plain is replaced.
        kept = httpx.get(f"{os1.url}/health", headers={"x-request-id": "proxy-42"})
        assert kept.headers["x-request-id"] == "proxy-42"
        odd = httpx.get(f"{os1.url}/health", headers={"x-request-id": "a b\tc"})
        assert odd.headers["x-request-id"].startswith("req_")


class Pet(BaseModel):
    name: str
    kind: Literal["cat", "dog"]


def test_a_json_reply_comes_from_the_brain_and_is_not_a_turn(tmp_path: Path) -> None:
    with _os1(
        tmp_path,
        '{"name": "Tom", "kind": "cat"}',
        '{"name": "Rex"}',
        "Hello, good to hear from you.",
    ) as os1:
        before = os1.said()
        # The openai client's own structured outputs: it sends the model's JSON Schema.
        parsed = os1.api.chat.completions.parse(
            model=os1.model,
            messages=[
                {"role": "system", "content": "Extract the pet."},
                {"role": "user", "content": "My cat Tom sleeps all day."},
            ],
            response_format=Pet,
        )
        assert parsed.choices[0].message.parsed == Pet(name="Tom", kind="cat")
        assert parsed.choices[0].finish_reason == "stop"
        assert parsed.usage.prompt_tokens > 0 and parsed.usage.completion_tokens == 4

        chunks = _ask(
            os1,
            "A dog's name?",
            response_format={"type": "json_object"},
            stream_options={"include_usage": True},
        )
        assert json.loads(_content(chunks)) == {"name": "Rex"}
        assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 2
        # Data asked for is not something said: the conversation goes on without it.
        assert os1.said() == before
        assert _content(_ask(os1, "Hi")) == "Hello, good to hear from you."


def test_the_embedded_model_holds_a_json_reply_to_the_schema(tmp_path: Path) -> None:
    settings = scripted(tmp_path, []) | {"OS1_BRAIN": "llamacpp"}
    with os1_serve(tmp_path / "server.log", **settings) as url:
        web = httpx.Client(base_url=url, timeout=120)
        made = web.post("/api/signup", json={"username": "ada", "password": PASSWORD})
        web.headers["x-csrf-token"] = made.json()["csrf"]
        woke = web.post("/api/interview", json={"user_name": "Ada", "focus": "music"})
        key = web.post("/api/keys", json={"name": "tests"}).json()["key"]
        api = openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=120)
        parsed = api.chat.completions.parse(
            model=woke.json()["name"],
            messages=[{"role": "user", "content": "My dog Rex barks at the post."}],
            response_format=Pet,
            seed=1,
        )
        pet = parsed.choices[0].message.parsed
        assert isinstance(pet, Pet) and pet.kind in {"cat", "dog"} and pet.name
        # Cut at max_tokens by the model itself: the client is told, and parse() says so.
        with pytest.raises(openai.LengthFinishReasonError):
            api.chat.completions.parse(
                model=woke.json()["name"],
                messages=[{"role": "user", "content": "My dog Rex barks at the post."}],
                response_format=Pet,
                max_tokens=3,
            )
        web.close()


def _llm(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI", "LLM_"))}
    env["LLM_USER_PATH"] = str(home)
    return subprocess.run(
        [str(Path(sys.executable).parent / "llm"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_llm_logs_a_streamed_prompt_with_its_tokens_and_shows_a_brain_failure(
    tmp_path: Path,
) -> None:
    with _os1(tmp_path, "I hear you, and I am listening.", "Once upon a <brain fails>") as os1:
        home = tmp_path / "llm"
        home.mkdir()
        # llm's documented way to add an OpenAI-compatible model.
        (home / "extra-openai-models.yaml").write_text(
            f"- model_id: os1\n  model_name: {os1.model}\n  api_base: {os1.url}/v1\n"
            "  api_key_name: os1\n",
            encoding="utf-8",
        )
        said = _llm(home, "-m", "os1", "--key", os1.key, "Hello there")
        assert said.returncode == 0, said.stderr
        assert said.stdout.strip() == "I hear you, and I am listening."
        logged = json.loads(_llm(home, "logs", "--json", "-n", "1").stdout)[0]
        assert logged["response"] == "I hear you, and I am listening."
        assert logged["input_tokens"] > 0 and logged["output_tokens"] == 7  # a piece a word

        failed = _llm(home, "-m", "os1", "--key", os1.key, "A story?")
        assert failed.returncode != 0
        assert "scripted brain failed mid-reply" in failed.stdout + failed.stderr
        assert "Connection error" not in failed.stdout + failed.stderr
