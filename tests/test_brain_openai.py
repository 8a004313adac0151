"""The OpenAI-compatible brain against a real server: llama.cpp's own, on loopback."""

import asyncio
import json
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest

from os1.brain.openai_compatible import OpenAICompatibleBrain
from os1.brain.packaged import SMOLLM2_135M
from os1.brain.types import Message, Request, Usage, complete
from os1.errors import BrainError
from tests.conftest import free_port


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log_path = tmp_path_factory.mktemp("server") / "server.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "llama_cpp.server",
            "--model", str(SMOLLM2_135M.path), "--model_alias", "smollm2",
            "--host", "127.0.0.1", "--port", str(port), "--n_threads", "1", "--n_ctx", "2048",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/models", timeout=1) as answer:
                    assert json.load(answer)["data"][0]["id"] == "smollm2"
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(log_path.read_text()[-2000:]) from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def test_it_streams_from_a_real_server(server_url):
    brain = OpenAICompatibleBrain(server_url, "smollm2")
    messages = [Message("system", "You are Iris."), Message("user", "Say hello.")]

    async def collect() -> list[str]:
        usage = Usage()
        pieces = [p async for p in brain.stream(messages, Request(max_tokens=16, seed=1), usage)]
        assert usage.completion_tokens >= len(pieces)
        return pieces

    pieces = asyncio.run(collect())
    assert len(pieces) > 1
    assert "".join(pieces).strip()


def test_it_says_when_a_reply_stopped_at_its_token_budget(server_url):
    brain = OpenAICompatibleBrain(server_url, "smollm2")
    messages = [Message("user", "Tell me about the sea.")]
    cut, ended = Usage(), Usage()

    async def both() -> None:  # one event loop: the client keeps its connections on it
        await complete(brain, messages, Request(max_tokens=3, seed=1), cut)
        await complete(brain, messages, Request(max_tokens=200, seed=1, stop=(".",)), ended)

    asyncio.run(both())
    assert cut.cut_off and not ended.cut_off


def test_a_schema_reaches_the_server(server_url):
    brain = OpenAICompatibleBrain(server_url, "smollm2")
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string", "enum": ["Iris", "Wren"]}},
        "required": ["name"],
    }
    text = asyncio.run(
        complete(brain, [Message("user", "Pick a name.")], Request(max_tokens=20, schema=schema))
    )
    assert json.loads(text)["name"] in {"Iris", "Wren"}


def test_an_unreachable_server_says_what_to_do():
    brain = OpenAICompatibleBrain(f"http://127.0.0.1:{free_port()}/v1", "m", timeout=2)
    with pytest.raises(BrainError, match=r"Cannot reach the brain.*OS1_BRAIN_URL"):
        asyncio.run(complete(brain, [Message("user", "hi")], Request(max_tokens=4)))


def test_a_server_brain_answers_the_tool_questions_within_their_schemas(server_url, store):
    """SmolLM2 behind the server is a weak chooser (it says "none" to these), but the
    questions must reach it and come back inside their schemas: one schema with a
    branch per skill killed this server, so the chooser asks two small ones."""
    from datetime import UTC, datetime

    from os1.assembly.skills import skills_for
    from os1.config import load_settings
    from os1.skills.tool_choice import BrainToolChooser, arguments_schema

    now = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)
    skills = skills_for(load_settings(), store, clock=lambda: now).catalogue
    chooser = BrainToolChooser(OpenAICompatibleBrain(server_url, "smollm2"), skills)
    said = "Please jot down that the plumber comes at noon"

    async def ask() -> tuple[object, object]:
        choice = await chooser._ask(chooser.messages(said), chooser._schema)
        note = skills["take_note"]
        schema = arguments_schema(note.arguments.model_json_schema())
        arguments = await chooser._ask(chooser.messages(said), schema)
        return choice, arguments

    choice, arguments = asyncio.run(ask())
    assert isinstance(choice, dict) and choice["skill"] in {s.name for s in skills} | {"none"}
    assert isinstance(arguments, dict) and isinstance(arguments.get("text"), str)
    assert asyncio.run(chooser.choose("I had a lovely walk today.")) is None  # not asked at all


def test_a_server_brain_answers_the_style_question_within_its_schema(server_url):
    from os1.skills.proofreading import STYLE_SCHEMA

    brain = OpenAICompatibleBrain(server_url, "smollm2")
    request = Request(max_tokens=240, temperature=0.0, seed=1, schema=STYLE_SCHEMA)
    messages = [
        Message("system", "Improve one sentence."),
        Message("user", "I go there yesterday."),
    ]
    answer = json.loads(asyncio.run(complete(brain, messages, request)))
    assert set(answer) == {"original", "better"}
