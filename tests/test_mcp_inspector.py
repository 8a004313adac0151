"""os1's MCP servers as the MCP Inspector's CLI sees them: a client nobody here wrote, run
the way people run it (a new process for every call), with `--strict` checking that
every tool's schema travels to other clients. Over stdio (`os1 mcp`) and over
Streamable HTTP at `/mcp` on a real `os1 serve`, with a person's API key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest

from tests.os1_servers import os1_serve, scripted

INSPECTOR = Path(__file__).parent / "mcp_inspector" / "node_modules" / ".bin" / "mcp-inspector"
# The Inspector's exit status when the tool answered with isError.
TOOL_ERROR = 5
PASSWORD = "a long enough password"


def _inspect(
    *options: str, target: list[str], env: dict[str, str] | None = None, status: int = 0
) -> Any:
    """One Inspector CLI call (its own process, as people run it); its JSON answer."""
    assert INSPECTOR.exists(), "the MCP Inspector is not installed: `make test` installs it"
    done = subprocess.run(
        [str(INSPECTOR), "--cli", *options, "--", *target],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == status, f"exit {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return json.loads(done.stdout)


def _said(answer: dict[str, Any]) -> str:
    return " ".join(part["text"] for part in answer["content"] if part["type"] == "text")


@pytest.fixture
def os1_mcp(tmp_path: Path) -> tuple[list[str], dict[str, str]]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OS1_")}
    env |= scripted(tmp_path, ["I hear you."])
    return [sys.executable, "-m", "os1", "mcp"], env


def test_the_tools_pass_the_inspector_s_strict_schema_check(os1_mcp):
    target, env = os1_mcp
    listed = _inspect("--method", "tools/list", "--strict", target=target, env=env)
    tools = {tool["name"]: tool for tool in listed["tools"]}
    assert {"take_note", "delete_note", "confirm", "proofread"} <= tools.keys()
    assert tools["find_notes"]["annotations"]["readOnlyHint"] is True
    assert tools["delete_note"]["annotations"]["destructiveHint"] is True


def test_a_yes_confirms_across_two_inspector_processes(os1_mcp):
    target, env = os1_mcp
    call = ("--method", "tools/call", "--tool-name")
    noted = _inspect(*call, "take_note", "--tool-arg", "text=buy oat milk", target=target, env=env)
    assert "note 1" in _said(noted)
    asked = _inspect(*call, "delete_note", "--tool-arg", "id=1", target=target, env=env)
    token = asked["structuredContent"]["token"]
    assert "buy oat milk" in asked["structuredContent"]["question"]
    # Another process, as the Inspector starts one per call: the token is the store's.
    yes = ("--tool-arg", f"token={token}", "--tool-arg", "answer=yes")
    assert _said(_inspect(*call, "confirm", *yes, target=target, env=env)) == "Note 1 is deleted."
    again = _inspect(*call, "confirm", *yes, target=target, env=env, status=TOOL_ERROR)
    assert again["isError"] is True and "already used" in _said(again)  # single use
    found = _inspect(*call, "find_notes", target=target, env=env)
    assert "oat milk" not in _said(found)


def test_the_inspector_reaches_a_person_s_tools_over_http_with_their_key(tmp_path):
    with os1_serve(tmp_path / "server.log", **scripted(tmp_path, ["I hear you."])) as url:
        web = httpx.Client(base_url=url, timeout=60)
        signed = web.post("/api/signup", json={"username": "ines", "password": PASSWORD})
        web.headers["x-csrf-token"] = signed.json()["csrf"]
        key = web.post("/api/keys", json={"name": "inspector"}).json()["key"]
        bearer = ("--header", f"Authorization: Bearer {key}")
        listed = _inspect("--method", "tools/list", "--strict", *bearer, target=[f"{url}/mcp"])
        assert "take_note" in {tool["name"] for tool in listed["tools"]}
        call = ("--method", "tools/call", "--tool-name")
        mcp = [f"{url}/mcp"]
        noted = _inspect(*call, "take_note", "--tool-arg", "text=call Ruth", *bearer, target=mcp)
        assert "call Ruth" in _said(noted)
        assert "call Ruth" in _said(_inspect(*call, "find_notes", *bearer, target=mcp))
        refused = subprocess.run(
            [str(INSPECTOR), "--cli", "--method", "tools/list", "--", *mcp],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert refused.returncode != 0  # no key, no tools
