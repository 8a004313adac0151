"""MCP over Streamable HTTP at `/mcp` on a real `os1 serve`, with the MCP SDK's own client
and a person's API key: each person reaches only their own skills and data."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx2 as httpx
import pytest
from mcp import Client
from mcp.client.session import ClientRequestContext
from mcp.client.streamable_http import streamable_http_client
from mcp_types import CallToolResult, ElicitRequestParams, ElicitResult

from tests.os1_servers import os1_serve, scripted

PASSWORD = "a long enough password"
LEGACY = "2025-11-25"
INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": LEGACY,
        "capabilities": {},
        "clientInfo": {"name": "test", "version": "1"},
    },
}
ACCEPT = {"accept": "application/json, text/event-stream"}


@dataclass
class Served:
    url: str
    anna: str  # API keys
    bert: str


def _key(url: str, name: str) -> str:
    client = httpx.Client(base_url=url, timeout=60)
    signed = client.post("/api/signup", json={"username": name, "password": PASSWORD})
    assert signed.status_code == 201, signed.text
    client.headers["x-csrf-token"] = signed.json()["csrf"]
    made = client.post("/api/keys", json={"name": f"{name}'s agent"})
    assert made.is_success, made.text
    return made.json()["key"]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("mcp-http")
    with os1_serve(root / "server.log", **scripted(root, ["I hear you."])) as url:
        yield Served(url, _key(url, "anna"), _key(url, "bert"))


def over_http(
    url: str,
    key: str,
    use: Callable[[Client], Awaitable[Any]],
    mode: str = "legacy",
    answer: Callable[[ClientRequestContext, ElicitRequestParams], Awaitable[ElicitResult]]
    | None = None,
) -> Any:
    """Run `use` with the SDK's client connected to `/mcp` with `key`."""
    extra: dict[str, Any] = {"elicitation_callback": answer} if answer else {}

    async def connected() -> Any:
        async with httpx.AsyncClient(headers={"authorization": f"Bearer {key}"}) as http:
            transport = streamable_http_client(f"{url}/mcp", http_client=http)
            async with Client(transport, mode=mode, read_timeout_seconds=60, **extra) as client:
                return await use(client)

    return asyncio.run(connected())


def text(result: CallToolResult) -> str:
    return " ".join(getattr(block, "text", "") for block in result.content)


def test_without_a_key_mcp_answers_401(served: Served) -> None:
    for headers in ({}, {"authorization": "Bearer os1-not-a-key"}):
        answer = httpx.post(f"{served.url}/mcp", json=INITIALIZE, headers={**ACCEPT, **headers})
        assert answer.status_code == 401, answer.text
        assert answer.headers["www-authenticate"] == "Bearer"
        assert answer.json()["error"]["type"] == "authentication_error"
        assert answer.json()["error"]["code"] == "invalid_api_key"
    # The browser's cookie is not a key: a page elsewhere could ride on it.
    page = httpx.Client(base_url=served.url, timeout=60)
    signed = page.post("/api/signup", json={"username": "cora", "password": PASSWORD})
    assert signed.status_code == 201
    answer = page.post("/mcp", json=INITIALIZE, headers={**ACCEPT, "x-csrf-token": "x"})
    assert answer.status_code == 401


@pytest.mark.parametrize("mode", ["legacy", "auto"])
def test_the_tools_with_their_hints_and_a_read(served: Served, mode: str) -> None:
    async def use(client: Client) -> tuple[Any, CallToolResult]:
        return await client.list_tools(), await client.call_tool("list_reminders", {})

    listed, read = over_http(served.url, served.anna, use, mode)
    tools = {tool.name: tool for tool in listed.tools}
    assert {"take_note", "find_notes", "cancel_reminder", "proofread", "confirm"} <= set(tools)
    assert "proofread_last" not in tools
    for name in ("find_notes", "list_reminders", "calendar_day", "today", "find_contact"):
        hints = tools[name].annotations
        assert hints is not None and hints.read_only_hint is True, name
    cancel = tools["cancel_reminder"].annotations
    assert cancel is not None and cancel.destructive_hint is True and not cancel.read_only_hint
    assert not read.is_error and text(read) == "You have no reminders."


@pytest.mark.parametrize("mode", ["legacy", "auto"])
def test_a_confirmation_round_trip_across_two_sessions(served: Served, mode: str) -> None:
    what = f"water the ferns ({mode})"

    async def ask(client: Client) -> tuple[CallToolResult, CallToolResult]:
        added = await client.call_tool("remind", {"what": what, "when": "tomorrow at 6pm"})
        listed = await client.call_tool("list_reminders", {})
        number = re.search(rf"(\d+)\. {re.escape(what)}", text(listed))
        assert number is not None, text(listed)
        return added, await client.call_tool("cancel_reminder", {"id": int(number.group(1))})

    added, asked = over_http(served.url, served.anna, ask, mode)
    assert not added.is_error, text(added)
    assert not asked.is_error, text(asked)
    token = asked.structured_content["token"]

    async def confirm(client: Client) -> CallToolResult:
        return await client.call_tool("confirm", {"token": token, "answer": "yes"})

    async def listed(client: Client) -> CallToolResult:
        return await client.call_tool("list_reminders", {})

    # Another person cannot answer the question put to anna.
    stranger = over_http(served.url, served.bert, confirm, mode)
    assert stranger.is_error and "unknown" in text(stranger)
    assert what in text(over_http(served.url, served.anna, listed, mode))
    done = over_http(served.url, served.anna, confirm, mode)
    assert not done.is_error, text(done)
    assert text(done).startswith("Cancelled: water the ferns")
    assert what not in text(over_http(served.url, served.anna, listed, mode))
    again = over_http(served.url, served.anna, confirm, mode)
    assert again.is_error and "already used" in text(again)


def test_each_person_sees_only_their_own_notes_and_sessions(served: Served) -> None:
    secret = "anna's locker code is 4471"

    async def note(client: Client) -> CallToolResult:
        return await client.call_tool("take_note", {"text": secret})

    async def find(client: Client) -> CallToolResult:
        return await client.call_tool("find_notes", {"about": "locker"})

    assert not over_http(served.url, served.anna, note).is_error
    assert "4471" in text(over_http(served.url, served.anna, find))
    assert "4471" not in text(over_http(served.url, served.bert, find))
    # An MCP session anna opened does not answer bert's key.
    opened = httpx.post(
        f"{served.url}/mcp",
        json=INITIALIZE,
        headers={**ACCEPT, "authorization": f"Bearer {served.anna}"},
    )
    assert opened.is_success, opened.text
    session = opened.headers["mcp-session-id"]
    call = {
        "jsonrpc": "2.0",
        "id": 2,
        "method": "tools/call",
        "params": {"name": "find_notes", "arguments": {"about": "locker"}},
    }
    taken = httpx.post(
        f"{served.url}/mcp",
        json=call,
        headers={
            **ACCEPT,
            "authorization": f"Bearer {served.bert}",
            "mcp-session-id": session,
            "mcp-protocol-version": LEGACY,
        },
    )
    assert taken.status_code == 404 and "4471" not in taken.text


@pytest.mark.parametrize("mode", ["legacy", "auto"])
def test_a_client_that_can_ask_puts_the_question_to_its_person(served: Served, mode: str) -> None:
    text_of_note = f"the spare key is under the blue pot ({mode})"
    asked: list[str] = []

    async def person(_: ClientRequestContext, params: ElicitRequestParams) -> ElicitResult:
        asked.append(params.message)
        return ElicitResult(action="accept", content={"yes": True})

    async def use(client: Client) -> tuple[CallToolResult, CallToolResult]:
        await client.call_tool("take_note", {"text": text_of_note})
        found = await client.call_tool("find_notes", {"about": "blue pot"})
        number = re.search(rf"(\d+)\. [^.]*{re.escape(text_of_note[:20])}", text(found))
        assert number is not None, text(found)
        deleted = await client.call_tool("delete_note", {"id": int(number.group(1))})
        return deleted, await client.call_tool("find_notes", {"about": "blue pot"})

    deleted, after = over_http(served.url, served.bert, use, mode, answer=person)
    assert len(asked) == 1 and text_of_note in asked[0]
    assert not deleted.is_error, text(deleted)
    assert text_of_note not in text(after)
