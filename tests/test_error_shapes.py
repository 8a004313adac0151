"""Every error os1 serve answers is in the OpenAI API's shape, with a `code`, and the official
`openai` client reads it as it reads OpenAI's own: the right exception class, `.code` and
`.param` set, and no retry where a retry cannot help. Against a real `os1 serve`."""

from __future__ import annotations

from collections.abc import Iterator

import httpx2 as httpx
import openai
import pytest

from tests.conftest import free_port
from tests.os1_servers import os1_serve, scripted

PASSWORD = "a long enough password"
REPLIES = ["The first and only reply."]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("error_shapes")
    with os1_serve(home / "server.log", **scripted(home, REPLIES)) as url:
        yield url


@pytest.fixture(scope="module")
def key(server: str) -> str:
    return _signed_up_key(server, "errol")


def _signed_up_key(server: str, name: str) -> str:
    client = httpx.Client(base_url=server, timeout=30)
    made = client.post("/api/signup", json={"username": name, "password": PASSWORD})
    assert made.status_code == 201, made.text
    client.headers["x-csrf-token"] = made.json()["csrf"]
    woke = client.post("/api/interview", json={"user_name": name.title(), "focus": "maps"})
    assert woke.status_code == 200, woke.text
    answer = client.post("/api/keys", json={"name": "tests"})
    assert answer.status_code == 201, answer.text
    return answer.json()["key"]


class Sent:
    """Counts the requests a client sends, retries included."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, request: httpx.Request) -> None:
        self.count += 1


def _api(server: str, key: str, sent: Sent | None = None) -> openai.OpenAI:
    hooks = {"request": [sent]} if sent else {}
    return openai.OpenAI(
        base_url=f"{server}/v1",
        api_key=key,
        max_retries=2,
        http_client=openai.DefaultHttpxClient(event_hooks=hooks),
    )


def _shape(body: object) -> dict[str, object]:
    assert isinstance(body, dict) and set(body) == {"error"}, body
    error = body["error"]
    assert set(error) == {"message", "type", "param", "code", "fix"}, error
    assert error["message"] and error["fix"] and error["code"], error
    return error


def test_an_unknown_route_is_openais_404_with_code_unknown_url(server, key):
    with pytest.raises(openai.NotFoundError) as raised:
        _api(server, key).get("/no/such/route", cast_to=object)
    assert raised.value.code == "unknown_url"
    assert raised.value.type == "invalid_request_error"
    assert "GET /v1/no/such/route" in raised.value.message
    for path in ("/v1/nothing", "/api/nothing", "/static/nothing.js"):
        answer = httpx.get(f"{server}{path}")
        assert answer.status_code == 404
        assert _shape(answer.json())["code"] == "unknown_url"


def test_a_wrong_method_is_a_405_that_names_the_right_one(server, key):
    with pytest.raises(openai.APIStatusError) as raised:
        _api(server, key).delete("/models", cast_to=object)
    assert raised.value.status_code == 405
    assert raised.value.code == "method_not_allowed"
    assert raised.value.response.headers["allow"] == "GET"
    error = _shape(raised.value.response.json())
    assert error["fix"] == "use GET"


def test_a_wrong_key_is_openais_401_invalid_api_key(server):
    sent = Sent()
    with pytest.raises(openai.AuthenticationError) as raised:
        _api(server, "os1-not-a-key", sent).models.list()
    assert raised.value.code == "invalid_api_key"
    assert raised.value.type == "authentication_error"
    assert sent.count == 1
    _shape(raised.value.response.json())


def test_a_model_not_here_is_model_not_found_on_param_model(server, key):
    sent = Sent()
    with pytest.raises(openai.NotFoundError) as raised:
        _api(server, key, sent).chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "Hello"}]
        )
    assert raised.value.code == "model_not_found"
    assert raised.value.param == "model"
    assert sent.count == 1
    with pytest.raises(openai.NotFoundError) as raised:
        _api(server, key).models.retrieve("gpt-4o")
    assert raised.value.code == "model_not_found"


def test_a_body_over_the_limit_is_a_413_request_too_large(server, key):
    sent = Sent()
    huge = "words " * (1024 * 1024)  # 6 MiB, over chat's 4 MiB
    with pytest.raises(openai.APIStatusError) as raised:
        _api(server, key, sent).chat.completions.create(
            model="os1", messages=[{"role": "user", "content": huge}]
        )
    assert raised.value.status_code == 413
    assert raised.value.code == "request_too_large"
    assert sent.count == 1
    _shape(raised.value.response.json())


def test_an_invalid_parameter_is_a_400_naming_it_and_never_retried(server, key):
    sent = Sent()
    with pytest.raises(openai.BadRequestError) as raised:
        _api(server, key, sent).chat.completions.create(model="os1", messages=[])
    assert raised.value.type == "invalid_request_error"
    assert raised.value.param == "messages"
    assert raised.value.code == "invalid_value"
    with pytest.raises(openai.BadRequestError) as raised:
        _api(server, key, sent).audio.speech.create(
            model="tts-1",
            voice="alloy",
            input="Hello",
            response_format="mp4",  # type: ignore[arg-type]
        )
    assert (raised.value.param, raised.value.code) == ("response_format", "unsupported_value")
    assert sent.count == 2
    # Outside OpenAI's routes, FastAPI's own status for a body that is not what was asked.
    answer = httpx.post(f"{server}/api/signup", json={"username": "no password"})
    assert answer.status_code == 422
    assert _shape(answer.json())["param"] == "password"


def test_a_host_not_ours_is_refused_in_the_same_shape(server):
    answer = httpx.get(f"{server}/health", headers={"host": "rebound.example"})
    assert answer.status_code == 400
    assert _shape(answer.json())["code"] == "host_not_allowed"


def test_a_brain_that_cannot_answer_is_a_503_server_error_not_retried(server, key):
    """The scripted brain soon has no reply left (waking the OS may take one): no retry
    mends that, so the client is told not to retry (it would retry any 503 twice)."""
    for _ in range(len(REPLIES) + 1):
        sent = Sent()
        try:
            _api(server, key, sent).chat.completions.create(
                model="os1", messages=[{"role": "user", "content": "Hi"}]
            )
        except openai.InternalServerError as exc:
            raised = exc
            break
    else:
        pytest.fail("the scripted brain kept answering")
    assert raised.status_code == 503
    assert raised.type == "server_error"
    assert raised.code == "brain_unavailable"
    assert raised.response.headers["x-should-retry"] == "false"
    assert sent.count == 1
    _shape(raised.response.json())


def test_every_error_shape_names_its_fields_even_on_paths_no_route_knows(server):
    answer = httpx.request("PATCH", f"{server}/health")
    assert answer.status_code == 405
    assert _shape(answer.json())["code"] == "method_not_allowed"


def test_a_brain_that_cannot_be_reached_is_a_503_the_client_retries(tmp_path):
    """A remote brain that does not answer may answer a moment later: the 503 leaves the
    retry to the client (the openai client tries twice more)."""
    home = tmp_path / "unreachable"
    home.mkdir()
    nobody = free_port()  # nothing listens there
    settings = scripted(home, []) | {
        "OS1_BRAIN": "openai",
        "OS1_BRAIN_URL": f"http://127.0.0.1:{nobody}/v1",
        "OS1_BRAIN_MODEL": "somebody",
    }
    with os1_serve(home / "server.log", **settings) as url:
        api_key = _signed_up_key(url, "unreachable")
        sent = Sent()
        with pytest.raises(openai.InternalServerError) as raised:
            _api(url, api_key, sent).chat.completions.create(
                model="os1", messages=[{"role": "user", "content": "Hello?"}]
            )
    assert raised.value.code == "brain_unavailable"
    assert "Cannot reach the brain" in raised.value.message
    assert "x-should-retry" not in raised.value.response.headers
    assert sent.count == 3
