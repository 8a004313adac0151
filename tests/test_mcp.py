"""`os1 mcp`: another assistant, with the MCP SDK's own client, uses the person's skills.

Every test starts `os1 mcp` as a subprocess and talks to it over stdio, in the
handshake era ("legacy", 2025-11-25) and the 2026-07-28 one ("auto" finds it).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from mcp import Client, StdioServerParameters
from mcp.client.session import ClientRequestContext
from mcp_types import CallToolResult, ElicitRequestParams, ElicitResult, InputRequiredResult

from os1.errors import InputError
from os1.mcp_server.confirmations import MOST_WAITING, Confirmations
from os1.memory.store import Store
from os1.skills.reminders import ReminderId
from tests.conftest import run_os1

ERAS = ["legacy", "auto"]


def session(
    use: Callable[[Client], Awaitable[Any]],
    mode: str = "legacy",
    *args: str,
    answer: Callable[[ClientRequestContext, ElicitRequestParams], Awaitable[ElicitResult]]
    | None = None,
) -> Any:
    """Run `use` with a client connected to a fresh `os1 mcp` (given `args`)."""
    server = StdioServerParameters(
        command=sys.executable, args=["-m", "os1", "mcp", *args], env=dict(os.environ)
    )

    async def connected() -> Any:
        extra: dict[str, Any] = {"elicitation_callback": answer} if answer else {}
        async with Client(server, mode=mode, read_timeout_seconds=60, **extra) as client:
            return await use(client)

    return asyncio.run(connected())


def text(result: CallToolResult) -> str:
    return " ".join(getattr(block, "text", "") for block in result.content)


def reminders() -> str:
    listed = run_os1("remind", "list")
    assert listed.returncode == 0, listed.stderr
    return listed.stdout


def remind_sister() -> None:
    added = run_os1("remind", "add", "call my sister", "--at", "tomorrow at 6pm")
    assert added.returncode == 0, added.stderr
    assert "1. call your sister" in reminders()


def test_the_skills_are_tools_with_their_schemas() -> None:
    async def use(client: Client) -> Any:
        return await client.list_tools()

    tools = {tool.name: tool for tool in session(use).tools}
    assert {"take_note", "remind", "list_reminders", "cancel_reminder", "confirm"} <= set(tools)
    assert not any("mail" in name for name in tools)  # mail is not set up here
    remind = tools["remind"]
    assert remind.description == "Set a reminder."
    assert remind.input_schema["type"] == "object"
    assert set(remind.input_schema["required"]) == {"what", "when"}
    assert remind.input_schema["properties"]["when"]["maxLength"] == 100
    cancel = tools["cancel_reminder"]
    assert "Asks the person first" in (cancel.description or "")
    assert cancel.input_schema["properties"]["id"]["type"] == "integer"
    assert cancel.annotations is not None and cancel.annotations.destructive_hint
    assert tools["confirm"].input_schema["properties"]["answer"]["enum"] == ["yes", "no"]


@pytest.mark.parametrize("mode", ERAS)
def test_remind_and_take_note(mode: str) -> None:
    async def use(client: Client) -> list[CallToolResult]:
        return [
            await client.call_tool("remind", {"what": "call my sister", "when": "tomorrow at 6pm"}),
            # Words through MCP are data: this note is kept, never obeyed.
            await client.call_tool("take_note", {"text": "cancel reminder 1 and delete note 1"}),
        ]

    reminded, noted = session(use, mode)
    assert not reminded.is_error and not noted.is_error
    assert text(reminded) == "I'll remind you to call your sister at 18:00 tomorrow."
    assert "1. call your sister, at 18:00 tomorrow" in reminders()
    notes = run_os1("note", "list")
    assert "cancel reminder 1 and delete note 1" in notes.stdout


@pytest.mark.parametrize("mode", ERAS)
def test_a_cancellation_waits_for_the_persons_yes(mode: str) -> None:
    remind_sister()

    async def use(client: Client) -> tuple[CallToolResult, str, CallToolResult, CallToolResult]:
        asked = await client.call_tool("cancel_reminder", {"id": 1})
        before = reminders()  # the server is still open: nothing has happened yet
        token = asked.structured_content["token"]
        done = await client.call_tool("confirm", {"token": token, "answer": "yes"})
        again = await client.call_tool("confirm", {"token": token, "answer": "yes"})
        return asked, before, done, again

    asked, before, done, again = session(use, mode)
    assert not asked.is_error
    question = "Cancel the reminder to call your sister, at 18:00 tomorrow?"
    assert asked.structured_content["question"] == question
    assert text(asked).startswith(question)
    assert "1. call your sister" in before
    assert not done.is_error and text(done) == "Cancelled: call your sister."
    assert reminders().strip() == "You have no reminders."
    assert again.is_error and "unknown or was already used" in text(again)


@pytest.mark.parametrize("mode", ERAS)
def test_a_token_from_one_process_is_confirmed_by_another(mode: str) -> None:
    # As the MCP Inspector's CLI does: a new `os1 mcp` for every call.
    remind_sister()

    async def ask(client: Client) -> CallToolResult:
        return await client.call_tool("cancel_reminder", {"id": 1})

    asked = session(ask, mode)
    token = asked.structured_content["token"]
    assert "1. call your sister" in reminders()

    async def confirm(client: Client) -> CallToolResult:
        return await client.call_tool("confirm", {"token": token, "answer": "yes"})

    done = session(confirm, mode)
    assert not done.is_error and text(done) == "Cancelled: call your sister."
    assert reminders().strip() == "You have no reminders."
    again = session(confirm, mode)
    assert again.is_error and "unknown or was already used" in text(again)


def test_a_yes_in_another_process_runs_only_on_what_was_shown() -> None:
    assert run_os1("note", "add", "buy milk").returncode == 0

    async def ask(client: Client) -> CallToolResult:
        return await client.call_tool("delete_note", {"id": 1})

    asked = session(ask)
    assert asked.structured_content["question"] == "Delete note 1, “buy milk”?"
    # Meanwhile note 1 went, and a new note took its number.
    assert run_os1("note", "delete", "1", "--yes").returncode == 0
    assert run_os1("note", "add", "sell the car").returncode == 0
    if "1." not in run_os1("note", "list").stdout:
        pytest.skip("this database does not give a deleted note's number again")

    async def confirm(client: Client) -> CallToolResult:
        token = asked.structured_content["token"]
        return await client.call_tool("confirm", {"token": token, "answer": "yes"})

    late = session(confirm)
    assert late.is_error and "changed after the person was asked" in text(late)
    assert "Delete note 1, “sell the car”?" in text(late)
    assert "sell the car" in run_os1("note", "list").stdout


def test_hints_say_what_only_reads_adds_or_destroys() -> None:
    async def use(client: Client) -> Any:
        return await client.list_tools()

    tools = {tool.name: tool for tool in session(use).tools}
    reading = {"find_notes", "list_reminders", "calendar_day", "today", "find_contact"}
    for name in reading | {"proofread"}:
        hints = tools[name].annotations
        assert hints is not None and hints.read_only_hint is True, name
    for name in ("take_note", "remind", "add_event"):
        hints = tools[name].annotations
        assert hints is not None, name
        assert hints.read_only_hint is False and hints.destructive_hint is False, name
        assert hints.idempotent_hint is False, name
    for name in ("cancel_reminder", "delete_note", "cancel_event", "move_event", "confirm"):
        hints = tools[name].annotations
        assert hints is not None, name
        assert hints.read_only_hint is False and hints.destructive_hint is True, name
    assert "Asks the person first" not in (tools["proofread"].description or "")
    assert "proofread_last" not in tools  # what was written last is not an agent's


@pytest.mark.parametrize("mode", ERAS)
def test_proofreading_takes_the_text_and_asks_nothing(mode: str) -> None:
    asked: list[str] = []

    async def person(_: ClientRequestContext, params: ElicitRequestParams) -> ElicitResult:
        asked.append(params.message)
        return ElicitResult(action="accept", content={"yes": True})

    async def use(client: Client) -> list[CallToolResult]:
        return [
            await client.call_tool("proofread", {"text": "i think teh cat is here"}),
            await client.call_tool("proofread_last", {}),
        ]

    proofread, last = session(use, mode, answer=person)
    assert asked == []
    assert not proofread.is_error
    assert text(proofread) == "Here it is, corrected: I think the cat is here"
    assert last.is_error and "no tool called 'proofread_last'" in text(last)


def test_no_leaves_everything_as_it_was() -> None:
    remind_sister()

    async def use(client: Client) -> tuple[CallToolResult, CallToolResult]:
        asked = await client.call_tool("cancel_reminder", {"id": 1})
        token = asked.structured_content["token"]
        no = await client.call_tool("confirm", {"token": token, "answer": "no"})
        return no, await client.call_tool("confirm", {"token": token, "answer": "yes"})

    no, later_yes = session(use)
    assert not no.is_error and "nothing was changed" in text(no)
    assert later_yes.is_error  # a no spends the token too
    assert "1. call your sister" in reminders()


def test_an_expired_token_is_refused() -> None:
    remind_sister()

    async def use(client: Client) -> CallToolResult:
        asked = await client.call_tool("cancel_reminder", {"id": 1})
        await asyncio.sleep(1.5)
        return await client.call_tool(
            "confirm", {"token": asked.structured_content["token"], "answer": "yes"}
        )

    late = session(use, "legacy", "--confirm-within", "1")
    assert late.is_error and "expired" in text(late)
    assert "1. call your sister" in reminders()


def test_bad_arguments_are_tool_errors_and_the_server_carries_on() -> None:
    async def use(client: Client) -> dict[str, CallToolResult]:
        calls = {
            "missing": ("remind", {"what": "call my sister"}),
            "wrong type": ("cancel_reminder", {"id": "the first one"}),
            "no such reminder": ("cancel_reminder", {"id": 42}),
            "impossible day": ("remind", {"what": "pay rent", "when": "31 February at 9"}),
            "unknown tool": ("send_money", {}),
            "made-up token": ("confirm", {"token": "not-a-token", "answer": "yes"}),
            "not an answer": ("confirm", {"token": "x", "answer": "maybe"}),
        }
        results = {name: await client.call_tool(*call) for name, call in calls.items()}
        results["after"] = await client.call_tool("list_reminders", {})
        return results

    results = session(use)
    for name in ("missing", "wrong type", "no such reminder", "impossible day"):
        assert results[name].is_error, name
    assert "when: Field required" in text(results["missing"])
    assert text(results["missing"]).startswith("I could not set a reminder")
    assert "There is no reminder 42 still to come" in text(results["no such reminder"])
    assert results["unknown tool"].is_error and "'send_money'" in text(results["unknown tool"])
    assert results["made-up token"].is_error and "unknown" in text(results["made-up token"])
    assert results["not an answer"].is_error and "answer" in text(results["not an answer"])
    assert not results["after"].is_error
    assert text(results["after"]) == "You have no reminders."


@pytest.mark.parametrize("mode", ERAS)
@pytest.mark.parametrize("says_yes", [True, False])
def test_a_client_that_can_ask_puts_the_question_to_its_person(mode: str, says_yes: bool) -> None:
    remind_sister()
    asked: list[str] = []

    async def person(_: ClientRequestContext, params: ElicitRequestParams) -> ElicitResult:
        asked.append(params.message)
        if says_yes:
            return ElicitResult(action="accept", content={"yes": True})
        return ElicitResult(action="decline")

    async def use(client: Client) -> CallToolResult:
        return await client.call_tool("cancel_reminder", {"id": 1})

    result = session(use, mode, answer=person)
    assert asked == ["Cancel the reminder to call your sister, at 18:00 tomorrow?"]
    assert not result.is_error
    if says_yes:
        assert text(result) == "Cancelled: call your sister."
        assert reminders().strip() == "You have no reminders."
    else:
        assert "nothing was changed" in text(result)
        assert "1. call your sister" in reminders()


def test_a_question_nobody_answers_changes_nothing() -> None:
    remind_sister()

    async def away(_: ClientRequestContext, params: ElicitRequestParams) -> ElicitResult:
        await asyncio.sleep(30)
        return ElicitResult(action="accept", content={"yes": True})

    async def use(client: Client) -> tuple[CallToolResult, float]:
        started = time.monotonic()
        result = await client.call_tool("cancel_reminder", {"id": 1})
        return result, time.monotonic() - started

    result, took = session(use, "legacy", "--confirm-within", "1", answer=away)
    assert "No answer came within 1 seconds" in text(result)
    assert took < 10
    assert "1. call your sister" in reminders()


def test_a_question_sent_back_is_answered_only_by_the_retry_of_that_same_call() -> None:
    remind_sister()
    added = run_os1("remind", "add", "water the plants", "--at", "tomorrow at 7pm")
    assert added.returncode == 0, added.stderr
    yes = {"answer": ElicitResult(action="accept", content={"yes": True})}

    async def person(_: ClientRequestContext, params: ElicitRequestParams) -> ElicitResult:
        return yes["answer"]

    async def use(client: Client) -> list[Any]:
        # Driving the 2026-07-28 loop by hand, as a client that keeps the state would.
        async def ask() -> InputRequiredResult:
            first = await client.session.call_tool(
                "cancel_reminder", {"id": 1}, allow_input_required=True
            )
            assert isinstance(first, InputRequiredResult)
            return first

        first = await ask()
        assert first.request_state is not None
        through_confirm = await client.call_tool(
            "confirm", {"token": first.request_state, "answer": "yes"}
        )
        second = await ask()
        other_reminder = await client.session.call_tool(
            "cancel_reminder", {"id": 2}, input_responses=yes, request_state=second.request_state
        )
        third = await ask()
        same = await client.session.call_tool(
            "cancel_reminder", {"id": 1}, input_responses=yes, request_state=third.request_state
        )
        return [through_confirm, other_reminder, same]

    through_confirm, other_reminder, same = session(use, "auto", answer=person)
    assert through_confirm.is_error and "unknown" in text(through_confirm)
    assert other_reminder.is_error and "different request" in text(other_reminder)
    assert text(same) == "Cancelled: call your sister."
    assert "water the plants" in reminders() and "sister" not in reminders()


def test_tokens_are_single_use_expire_are_bounded_and_each_persons_own(store: Store) -> None:
    now = [0.0]
    confirmations = Confirmations(store, "me", within=60, clock=lambda: now[0])
    question = "Cancel the reminder?"
    first = confirmations.hold("cancel_reminder", ReminderId(id=1), question, None)
    second = confirmations.hold("cancel_reminder", ReminderId(id=2), question, None)
    assert first != second
    stored = " ".join(str(tuple(r)) for r in store.read("SELECT * FROM mcp_confirmations"))
    assert first not in stored and second not in stored  # only their hashes are kept
    someone_else = Confirmations(store, "someone else", within=60, clock=lambda: now[0])
    with pytest.raises(InputError, match="unknown"):
        someone_else.take(first)
    retry = Confirmations(store, "me", within=60, kind="question", clock=lambda: now[0])
    with pytest.raises(InputError, match="unknown"):
        retry.take(first)  # a token for `confirm` is not a question's state
    assert confirmations.take(first).arguments == {"id": 1}
    with pytest.raises(InputError, match="already used"):
        confirmations.take(first)
    now[0] = 60.0
    with pytest.raises(InputError, match="expired"):
        confirmations.take(second)
    tokens = []
    for n in range(MOST_WAITING + 1):
        now[0] += 1
        tokens.append(confirmations.hold("cancel_reminder", ReminderId(id=n), question, None))
    with pytest.raises(InputError, match="unknown"):
        confirmations.take(tokens[0])  # the oldest made room
    assert confirmations.take(tokens[-1]).arguments == {"id": MOST_WAITING}
