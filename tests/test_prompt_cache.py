"""The system prompt's reading, kept on disk for the next process (brain/prompt_cache.py),
with the real SmolLM2 model from its package."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import llama_cpp
import pytest
from llama_cpp import Llama

from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.packaged import SMOLLM2_135M
from os1.brain.prompt_cache import PromptCache, model_identity
from os1.brain.types import Message, Request, Usage, complete

SYSTEM = (
    "You are Wren, the operating system of Theodore. You chose the name Wren yourself.\n"
    "Your manner: warm, curious and brief.\n"
    "Reply in one to three sentences. Never call yourself an AI, an assistant or a "
    "language model.\nWhat you know about Theodore: he writes, and he is close to his "
    "sister Ruth."
)
TURN = [Message("system", SYSTEM), Message("user", "Hello! What should I cook tonight?")]
# Greedy: the same state must give the same words.
GREEDY = Request(max_tokens=16, temperature=0.0, seed=1)

# The second process: the same brain and turn, with the folder the first one kept.
SECOND = """
import asyncio, json, sys
from collections.abc import Callable
from pathlib import Path
from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.packaged import SMOLLM2_135M
from os1.brain.types import Message, Request, Usage, complete
cache, turn = Path(sys.argv[1]), [Message(**m) for m in json.loads(sys.argv[2])]
brain = LlamaCppBrain(SMOLLM2_135M.path, prompt_threads=1, prompt_cache=cache,
                      model_sha256=SMOLLM2_135M.sha256)
usage = Usage()
reply = asyncio.run(complete(brain, turn, Request(max_tokens=16, temperature=0.0, seed=1), usage))
print(json.dumps([reply, usage.reused_tokens, usage.prompt_tokens]))
"""


def _brain(cache: Path | None) -> LlamaCppBrain:
    return LlamaCppBrain(
        SMOLLM2_135M.path, prompt_threads=1, prompt_cache=cache, model_sha256=SMOLLM2_135M.sha256
    )


def _system_tokens(brain: LlamaCppBrain) -> int:
    """The system prompt's tokens as they start a turn: alone, the template ends it with
    the reply opener ("<|im_start|>assistant\\n"), in a turn with the person's."""
    alone = brain._llm.tokenize(brain.prompt(TURN[:1]).encode(), special=True)
    whole = brain._llm.tokenize(brain.prompt(TURN).encode(), special=True)
    return next(i for i, (a, b) in enumerate(zip(alone, whole, strict=False)) if a != b)


@pytest.fixture(scope="module")
def fresh_reply() -> str:
    """The reply with the whole prompt read in this process, nothing kept."""
    return asyncio.run(complete(_brain(None), TURN, GREEDY))


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The file a first process keeps for TURN's system prompt."""
    cache = tmp_path_factory.mktemp("kept")
    asyncio.run(complete(_brain(cache), TURN, GREEDY))
    [path] = cache.glob("*.kv")
    return path


def test_a_second_process_loads_the_kept_start_and_writes_the_same_words(
    tmp_path: Path, fresh_reply: str
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    cache = home / "cache" / "prompts"
    first_brain, first = _brain(cache), Usage()
    assert asyncio.run(complete(first_brain, TURN, GREEDY, first)) == fresh_reply
    assert first.reused_tokens == 0  # nothing was kept yet: it read the whole prompt
    [path] = cache.glob("*.kv")
    # Readable by its owner alone, as the rest of the home (tests/test_attack_files.py).
    assert all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in (cache.parent, cache, path))
    # About 23 KB a token for SmolLM2-135M, and nothing of the turn after the system prompt.
    system = _system_tokens(first_brain)
    assert 20_000 * system < path.stat().st_size < 26_000 * system

    turn = json.dumps([{"role": m.role, "content": m.content} for m in TURN])
    done = subprocess.run(
        [sys.executable, "-c", SECOND, str(cache), turn],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    reply, reused, prompt_tokens = json.loads(done.stdout.splitlines()[-1])
    assert reply == fresh_reply
    # The second process read only the person's words and the opener.
    assert reused == system
    assert prompt_tokens - reused < 20
    assert list(cache.glob("*.kv")) == [path]


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _one_byte_changed(data: bytes) -> bytes:
    damaged = bytearray(data)
    damaged[-1000] ^= 0xFF
    return bytes(damaged)


def _not_a_state(data: bytes) -> bytes:
    return b"os1 was here\n" * 40


@pytest.mark.parametrize("damage", [_truncated, _one_byte_changed, _not_a_state])
def test_a_damaged_kept_state_is_ignored_and_kept_again(
    tmp_path: Path,
    damage: Callable[[bytes], bytes],
    kept: Path,
    fresh_reply: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The name depends on the model and the words, not on the folder.
    path = tmp_path / kept.name
    path.write_bytes(damage(kept.read_bytes()))
    usage = Usage()
    with caplog.at_level(logging.WARNING, logger="os1.brain"):
        reply = asyncio.run(complete(_brain(tmp_path), TURN, GREEDY, usage))
    assert reply == fresh_reply
    assert usage.reused_tokens == 0
    [warning] = caplog.records
    assert str(path) in warning.getMessage() and "read again" in warning.getMessage()
    # Read again and kept again, whole: the next process loads it.
    assert path.read_bytes() == kept.read_bytes()


def test_a_state_kept_for_other_words_is_not_loaded(tmp_path: Path, kept: Path) -> None:
    llm = Llama(model_path=str(SMOLLM2_135M.path), n_ctx=4096, n_threads=1, verbose=False)
    prompts = PromptCache(tmp_path, model_identity(SMOLLM2_135M.path, SMOLLM2_135M.sha256), 4096)
    other = llm.tokenize(b"Something else entirely.")
    # A whole, checked file, but for another prompt start, under that start's name.
    prompts.path_for(other).write_bytes(kept.read_bytes())
    assert not prompts.load(llm.ctx, other)
    assert not prompts.path_for(other).exists()


def test_the_folder_keeps_the_most_recent_states_within_its_bound(tmp_path: Path) -> None:
    llm = Llama(model_path=str(SMOLLM2_135M.path), n_ctx=512, n_threads=1, verbose=False)
    starts = [llm.tokenize(f"System prompt number {n} of four.".encode()) for n in range(4)]
    llm.eval(starts[0])
    one = PromptCache(tmp_path / "probe", "test-model", 512).save(llm.ctx, starts[0])
    assert one is not None
    # Room for two states and a half.
    prompts = PromptCache(
        tmp_path / "kept", "test-model", 512, max_bytes=one.stat().st_size * 5 // 2
    )
    for start in starts:
        llm.n_tokens = 0
        llm.eval(start)
        assert prompts.save(llm.ctx, start) is not None
    assert sorted(p.name for p in prompts.directory.glob("*.kv")) == sorted(
        prompts.path_for(s).name for s in starts[2:]
    )
    assert not list(prompts.directory.glob("*.part"))
    # What was kept loads into another context and holds the same words.
    other = Llama(model_path=str(SMOLLM2_135M.path), n_ctx=512, n_threads=1, verbose=False)
    assert prompts.load(other.ctx, starts[3])
    assert not prompts.load(other.ctx, starts[0])  # trimmed away: simply not there


def test_prompts_are_read_on_every_core_only_while_the_machine_has_them_to_spare(
    monkeypatch: pytest.MonkeyPatch, fresh_reply: str
) -> None:
    """On a busy machine llama.cpp's threads wait for each other (31 tokens: 6.45 s on
    two threads, 0.58 s on one, load 13 on two cores); the words stay the same."""
    cores = os.cpu_count() or 1
    brain = LlamaCppBrain(SMOLLM2_135M.path)
    reading = lambda: llama_cpp.llama_n_threads_batch(brain._llm.ctx)  # noqa: E731
    monkeypatch.setattr(os, "getloadavg", lambda: (cores + 3.0, cores + 3.0, cores))
    assert asyncio.run(complete(brain, TURN, GREEDY)) == fresh_reply
    assert reading() == 1
    monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.2, 0.2))
    asyncio.run(brain.prefill([*TURN, Message("assistant", fresh_reply)]))
    assert reading() == cores
    # Set by the person, it is kept whatever the load.
    monkeypatch.setattr(os, "getloadavg", lambda: (cores + 3.0, cores + 3.0, cores))
    chosen = LlamaCppBrain(SMOLLM2_135M.path, prompt_threads=2)
    asyncio.run(complete(chosen, TURN, GREEDY))
    assert llama_cpp.llama_n_threads_batch(chosen._llm.ctx) == 2
