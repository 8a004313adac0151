"""The `os1` command as a person uses it, in real processes, with the real model."""

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx2 as httpx
import pytest

from os1.config import load_settings
from tests.conftest import free_port, run_os1

INTERVIEW = "Theodore\nprivate, mostly\nmy writing\nclose to my sister Ruth\n"


def _status() -> dict:
    result = run_os1("status", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_first_boot_then_chat_then_restart_keeps_the_name_and_history(os1_home):
    messages = "Hello! I had a long day.\nI wrote a letter for a client.\nGood night.\n"
    first = run_os1("chat", input=INTERVIEW + messages)
    assert first.returncode == 0, first.stderr
    # The interview, then the OS names itself and says why.
    assert "What should I call you?" in first.stdout
    assert "Nice to meet you, Theodore." in first.stdout
    introduction = re.search(r"I'd like to be called ([A-Z][a-z'-]+)\. (.+)", first.stdout)
    assert introduction, first.stdout
    name = introduction.group(1)
    assert name not in {"Theodore", "Ruth"}

    status = _status()
    assert status["name"] == name
    assert status["chosen_by"] in {"model", "model-stock-reason", "model-constrained", "interview"}
    assert status["user_name"] == "Theodore"
    assert status["counts"] == {"turns": 6, "sessions": 1}

    # A new process: same OS, same name, history intact and carried forward.
    again = run_os1("chat", "--once", "Do you remember what I wrote today?")
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip()
    assert _status()["name"] == name
    db = sqlite3.connect(os1_home / "os1.db")
    turns = db.execute("SELECT role, text FROM turns ORDER BY id").fetchall()
    assert [t for r, t in turns if r == "user"] == [
        "Hello! I had a long day.",
        "I wrote a letter for a client.",
        "Good night.",
        "Do you remember what I wrote today?",
    ]
    assert len(turns) == 8
    last_reply = db.execute("SELECT meta FROM turns ORDER BY id DESC").fetchone()[0]
    recalled = json.loads(last_reply)["recalled"]
    # The prompt after the restart held the newest turns of the first session, in order,
    # then the new message.
    user_ids = [row[0] for row in db.execute("SELECT id FROM turns ORDER BY id")]
    assert recalled == user_ids[-1 - len(recalled) : -1]
    assert len(recalled) >= 3


def test_setup_can_be_rerun_keeping_conversations(os1_home):
    assert run_os1("chat", input=INTERVIEW + "Hi\n").returncode == 0
    rerun = run_os1("setup", input="Theo\n\n\n\n")
    assert rerun.returncode == 0, rerun.stderr
    assert "Nice to meet you, Theo." in rerun.stdout
    status = _status()
    assert status["user_name"] == "Theo"
    assert status["counts"]["turns"] == 2


def test_setup_reset_needs_confirmation_from_a_script(os1_home):
    assert run_os1("chat", input=INTERVIEW + "Hi\n").returncode == 0
    refused = run_os1("setup", "--reset", input=INTERVIEW)
    assert refused.returncode == 1
    assert "add --yes" in refused.stderr
    assert _status()["counts"]["turns"] == 2
    # The embedded brain kept its reading of a system prompt made from what it knew.
    kept = os1_home / "cache" / "prompts"
    states = list(kept.glob("*.kv"))
    assert states
    # The same interview gives the same first prompt, read and kept again after the
    # reset: a copy under another name tells whether the folder was emptied.
    copy = kept / "earlier.kv"
    copy.write_bytes(states[0].read_bytes())
    reset = run_os1("setup", "--reset", "--yes", input=INTERVIEW)
    assert reset.returncode == 0, reset.stderr
    assert _status()["counts"] == {"turns": 0, "sessions": 0}
    assert not copy.exists()


def _one_clear_sentence(stderr: str) -> None:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.startswith("os1: ")]
    assert lines, stderr


@pytest.fixture
def named_os(os1_home, tmp_path):
    """An OS already set up, answering from a script: these tests are about the CLI."""
    script = tmp_path / "replies.txt"
    script.write_text("Name: Wren\\nWhy: It is a small bird with a big song.\n" + "Okay.\n" * 20)
    env = {"OS1_BRAIN": "scripted", "OS1_BRAIN_SCRIPT": str(script)}
    assert run_os1("setup", input=INTERVIEW, env=env).returncode == 0
    return env


def test_setup_ends_by_saying_what_to_do_next(named_os):
    again = run_os1("setup", input=INTERVIEW, env=named_os)
    assert again.returncode == 0, again.stderr
    last = again.stdout.strip().splitlines()[-1]
    assert last.startswith("Next: ") and "`os1 chat`" in last and "`os1 serve`" in last, last


def test_status_says_when_the_reason_for_the_name_is_the_stock_one(os1_home, tmp_path):
    script = tmp_path / "replies.txt"
    script.write_text("Name: Wren\\nWhy: They are a great team player.\n")
    env = {"OS1_BRAIN": "scripted", "OS1_BRAIN_SCRIPT": str(script)}
    assert run_os1("setup", input=INTERVIEW, env=env).returncode == 0
    assert _status()["chosen_by"] == "model-stock-reason"
    shown = run_os1("status").stdout
    assert "Wren (chosen by the model; its reason was unusable" in shown
    assert "stock reason" in shown
    # And one whose reason was its own says that instead.
    script.write_text("Name: Wren\\nWhy: It is a small bird with a big song.\n")
    assert run_os1("setup", input=INTERVIEW, env=env).returncode == 0
    assert "Wren (chosen by the model, in its own words)" in run_os1("status").stdout


@pytest.mark.parametrize(
    ("message", "problem"),
    [("", "empty"), ("   ", "empty"), ("x" * 100_000, "100,000 characters")],
)
def test_bad_messages_get_one_sentence_and_nothing_is_stored(named_os, message, problem):
    result = run_os1("chat", "--once", message, env=named_os)
    assert result.returncode == 1
    _one_clear_sentence(result.stderr)
    assert problem in result.stderr
    assert _status()["counts"]["turns"] == 0


def test_invalid_utf8_on_stdin_is_reported_and_the_rest_is_answered(named_os):
    result = run_os1("chat", input=b"first\n\xff\xfe broken\nthird\n", env=named_os)
    assert result.returncode == 0, result.stderr
    assert "Line 2 of the input is not valid UTF-8" in result.stderr
    assert _texts() == ["first", "third"]


def test_invalid_utf8_in_an_argument_is_refused(named_os):
    result = run_os1("chat", "--once", b"caf\xe9", env=named_os)
    assert result.returncode == 1
    _one_clear_sentence(result.stderr)
    assert "not valid UTF-8" in result.stderr
    assert _texts() == []


def _texts() -> list[str]:
    """What the person said, as stored."""
    db = sqlite3.connect(load_settings().database)
    return [row[0] for row in db.execute("SELECT text FROM turns WHERE role = 'user' ORDER BY id")]


def test_a_missing_model_file(named_os, tmp_path):
    result = run_os1("chat", "--once", "hi", env={"OS1_MODEL": str(tmp_path / "no.gguf")})
    assert result.returncode == 1
    _one_clear_sentence(result.stderr)
    assert "does not exist" in result.stderr


def test_a_corrupt_model_file(named_os, tmp_path):
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + b"\x00" * 4096)
    result = run_os1("chat", "--once", "hi", env={"OS1_MODEL": str(bad)})
    assert result.returncode == 1
    _one_clear_sentence(result.stderr)
    assert "could not be loaded" in result.stderr


def test_an_unreachable_brain_keeps_the_message(named_os):
    env = {"OS1_BRAIN": "openai", "OS1_BRAIN_URL": "http://127.0.0.1:9/v1", "OS1_BRAIN_MODEL": "m"}
    result = run_os1("chat", "--once", "I keep thinking about the sea.", env=env)
    assert result.returncode == 1
    _one_clear_sentence(result.stderr)
    assert "Cannot reach the brain at http://127.0.0.1:9/v1" in result.stderr
    assert _texts() == ["I keep thinking about the sea."]


def test_a_bad_setting_names_itself():
    result = run_os1("status", env={"OS1_THREADS": "zero"})
    assert result.returncode == 1
    _one_clear_sentence(result.stderr)
    assert "OS1_THREADS" in result.stderr


def test_a_database_that_is_not_one_is_left_alone(os1_home):
    os1_home.mkdir(parents=True)
    (os1_home / "os1.db").write_text("my notes, not a database\n" * 50)
    result = run_os1("status")
    assert result.returncode == 1
    _one_clear_sentence(result.stderr)
    assert "move it aside" in result.stderr
    assert (os1_home / "os1.db").read_text().startswith("my notes")


def test_chat_once_before_setup_says_what_to_do():
    result = run_os1("chat", "--once", "hi")
    assert result.returncode == 1
    assert "run `os1 setup` first" in result.stderr


@pytest.mark.parametrize(
    "command", [[], ["chat"], ["setup"], ["status"], ["mood"], ["mood", "plot"], ["journal"]]
)
def test_help_everywhere(command):
    result = run_os1(*command, "--help")
    assert result.returncode == 0
    assert "Usage: " in result.stdout


def test_the_readme_usage_matches_help():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    blocks = "\n".join(re.findall(r"```sh\n(.*?)```", readme, re.S))
    used = re.findall(r"^os1 ([a-z]+)((?: --[a-z-]+)*)", blocks, re.M)
    assert len(used) >= 4, "the README shows no os1 commands"
    listed = run_os1("--help").stdout
    for command, options in used:
        assert re.search(rf"^\s+{command}\s", listed, re.M), f"README uses `os1 {command}`"
        own_help = run_os1(command, "--help").stdout
        for option in options.split():
            assert option in own_help, f"README uses `os1 {command} {option}`"


def test_serve_prints_its_address_only_when_it_answers(os1_home, tmp_path):
    """A real `os1 serve` loading the encoder and the appraiser (seconds): the address
    it prints is answered at once, and what it is doing meanwhile was said first."""
    script = tmp_path / "replies.txt"
    script.write_text("Okay.\n")
    port = free_port()
    env = {**os.environ, "OS1_BRAIN": "scripted", "OS1_BRAIN_SCRIPT": str(script)}
    process = subprocess.Popen(
        [sys.executable, "-m", "os1", "serve", "--port", str(port)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    said: list[str] = []
    try:
        assert process.stderr is not None
        for line in process.stderr:
            said.append(line.rstrip("\n"))
            if line.startswith("os1 is serving at"):
                # Asked the moment the line appears, once, with no retry.
                answer = httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)
                assert answer.status_code == 200 and answer.json()["ok"] is True
                break
        else:
            raise AssertionError(f"os1 serve never said where it is: {said}")
    finally:
        process.terminate()
        process.wait(20)
    assert said[0] == "os1 is loading the models…", said
    assert said[-1] == f"os1 is serving at http://127.0.0.1:{port}/", said
