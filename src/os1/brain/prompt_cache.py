"""Readings of prompt starts, kept on disk for the next process (which: kept_starts.py).

A process that starts to answer one message (`os1 chat --once`) used to spend
most of its first second reading the system prompt: 164 tokens, 0.57 s on two
cores, the same tokens every time. After one process has read them, llama.cpp's
state for them (the keys and values of one sequence, about 23 KB a token for
SmolLM2-135M) is written here, and the next process loads it in a few
milliseconds instead. The same holds for the history a conversation goes on from.

A file is named by a hash of everything its state depends on: the model (its
checksum, or for a person's own GGUF its path, size and modification time,
which change when it is replaced; hashing gigabytes would cost more than
reading the prompt), llama.cpp's version, the context size and the exact
tokens. It holds that whole hash again (not the words: the system prompt holds
what the OS knows of the person) and a checksum of the state, so a file that
is truncated, damaged or meant for something else is never loaded: it is named
in one log line, removed, and written again after the next reading.
Files are written whole under another name and renamed, so a reader never
sees half of one; the folder keeps the most recently used states, up to
`max_bytes` in all.

A state is made from the person's words, so when any of them is forgotten or
corrected the folder is emptied (`forget_all`; the store calls it, wired in
assembly/stores.py): the files are named by hashes, not by whose words they
read, and only time is lost. A process still holding a reading made before that
moment does not keep it (`forgotten_since`).
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import logging
import os
import tempfile
import time
from array import array
from collections.abc import Sequence
from pathlib import Path

import llama_cpp

log = logging.getLogger("os1.brain")

_MAGIC = b"os1-kv1\n"
_DIGEST = 32  # sha256: of what the state is for, then of the state
_SEQUENCE = 0  # the one sequence a Llama context reads into
# A file being written that is older than this was left by a process that stopped.
_ABANDONED_S = 600
# Touched when the folder is emptied for a forgetting: a reading made before it is not kept.
_FORGOTTEN = "forgotten"


def model_identity(path: Path, sha256: str | None = None) -> str:
    """What a kept state's model is known by: its checksum where one is known (the
    packaged model's is checked at install), else its place, size and modification time."""
    if sha256:
        return f"sha256:{sha256}"
    stat = path.stat()
    return f"file:{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"


class PromptCache:
    """Kept llama.cpp states for prompt starts, one file each, in `directory`."""

    def __init__(
        self, directory: Path, model: str, context_tokens: int, max_bytes: int = 64 << 20
    ) -> None:
        self.directory = directory
        self.max_bytes = max_bytes
        self._identity = f"{model}|llama-cpp-python {llama_cpp.__version__}|n_ctx {context_tokens}"

    def path_for(self, tokens: Sequence[int]) -> Path:
        return self.directory / f"{self._key(tokens).hex()[:32]}.kv"

    def _key(self, tokens: Sequence[int]) -> bytes:
        digest = hashlib.sha256(self._identity.encode())
        digest.update(array("i", tokens).tobytes())
        return digest.digest()

    def load(self, ctx: llama_cpp.llama_context_p, tokens: Sequence[int]) -> bool:
        """Put the kept state for exactly `tokens` into `ctx`'s sequence; False when
        there is none, or none that can be trusted (then the cache holds nothing)."""
        path = self.path_for(tokens)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return False
        except OSError as exc:
            log.warning("os1: the kept prompt state %s could not be read (%s)", path, exc)
            return False
        state = _state_in(data, self._key(tokens))
        if state is not None:
            buffer = (ctypes.c_uint8 * len(state)).from_buffer_copy(state)
            if llama_cpp.llama_state_seq_set_data(ctx, buffer, len(state), _SEQUENCE) == len(state):
                with contextlib.suppress(OSError):
                    os.utime(path)  # recently used: kept longest
                return True
        # llama.cpp may have taken part of it before refusing the rest.
        llama_cpp.llama_memory_seq_rm(llama_cpp.llama_get_memory(ctx), _SEQUENCE, -1, -1)
        log.warning(
            "os1: the kept prompt state %s was damaged or not for this model; "
            "it is removed and the prompt is read again",
            path,
        )
        with contextlib.suppress(OSError):
            path.unlink()
        return False

    def save(self, ctx: llama_cpp.llama_context_p, tokens: Sequence[int]) -> Path | None:
        """Keep `ctx`'s sequence, which must hold exactly `tokens`, for the next process."""
        size = llama_cpp.llama_state_seq_get_size(ctx, _SEQUENCE)
        if size > self.max_bytes:
            return None
        buffer = (ctypes.c_uint8 * size)()
        written = llama_cpp.llama_state_seq_get_data(ctx, buffer, size, _SEQUENCE)
        if not written:
            return None
        state = memoryview(buffer)[:written]
        path = self.path_for(tokens)
        temporary = None
        try:
            # Private, as the home is: the state is read from what the OS knows of the person.
            self.directory.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.directory.mkdir(mode=0o700, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.directory, suffix=".part")
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC)
                out.write(self._key(tokens))
                out.write(hashlib.sha256(state).digest())
                out.write(state)
            os.replace(temporary, path)
        except OSError as exc:
            # Only time is lost: the next process reads the prompt itself.
            log.warning("os1: the prompt state could not be kept in %s (%s)", self.directory, exc)
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            return None
        self._trim(keep=path)
        return path

    def forgotten_since(self, moment_ns: int) -> bool:
        """Whether something was forgotten after `moment_ns` (time.time_ns()): a reading
        made before then may hold it."""
        try:
            # The moment is written in the file: a file's modification time is coarser
            # than the clock (a reading made a millisecond before could seem after).
            return int((self.directory / _FORGOTTEN).read_text()) >= moment_ns
        except (OSError, ValueError):
            return False

    def _trim(self, keep: Path) -> None:
        """Remove the least recently used states until the folder is within its bound, and
        what a process stopped while writing left behind."""
        for part in self.directory.glob("*.part"):
            with contextlib.suppress(OSError):
                if time.time() - part.stat().st_mtime > _ABANDONED_S:
                    part.unlink()
        kept = []
        for path in self.directory.glob("*.kv"):
            with contextlib.suppress(OSError):
                stat = path.stat()
                kept.append((stat.st_mtime_ns, stat.st_size, path))
        total = sum(size for _, size, _ in kept)
        for _, size, path in sorted(kept, key=lambda entry: entry[0]):
            if total <= self.max_bytes:
                return
            if path != keep:
                with contextlib.suppress(OSError):
                    path.unlink()
                    total -= size


def forget_all(directory: Path) -> int:
    """Remove every kept state in `directory`, because words they were read from were
    forgotten; mark the moment for processes still holding a reading. How many went."""
    if not directory.is_dir():
        return 0
    gone = 0
    try:
        (directory / _FORGOTTEN).write_text(str(time.time_ns()))
        for path in [*directory.glob("*.kv"), *directory.glob("*.part")]:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                gone += 1
    except OSError as exc:
        log.warning(
            "os1: kept prompt states in %s could not be removed (%s); remove the folder "
            "yourself: they were read from words that are now forgotten",
            directory,
            exc,
        )
    return gone


def _state_in(data: bytes, key: bytes) -> bytes | None:
    """The state a kept file holds, if it is whole and was kept for `key`."""
    state_at = len(_MAGIC) + 2 * _DIGEST
    if len(data) <= state_at or not data.startswith(_MAGIC):
        return None
    if data[len(_MAGIC) : len(_MAGIC) + _DIGEST] != key:
        return None
    state = data[state_at:]
    if hashlib.sha256(state).digest() != data[state_at - _DIGEST : state_at]:
        return None
    return state
