"""Reading lines from a person or a script, strictly as UTF-8."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from collections.abc import Awaitable, Callable, Sequence
from typing import TextIO

from os1.errors import InputError


class Terminal:
    """A person at a terminal, or a script piping lines in."""

    def __init__(self, stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.interactive = self.stdin.isatty()
        self._line_number = 0

    def read_line(self, prompt: str = "") -> str | None:
        """The next line without its newline; None at the end of input."""
        self._line_number += 1
        if self.interactive:
            try:
                return input(prompt)
            except EOFError:
                return None
            except UnicodeDecodeError as exc:
                raise InputError(
                    "That line was not valid UTF-8 text", "check the terminal's encoding"
                ) from exc
        if prompt:
            self.write(prompt)
        raw = self.stdin.buffer.readline()
        if not raw:
            return None
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"Line {self._line_number} of the input is not valid UTF-8 "
                f"(byte {raw[exc.start]:#04x} at column {exc.start + 1})",
                "convert it first, e.g. `iconv -f latin1 -t utf-8`",
            ) from exc
        if prompt:
            self.write(line if line.endswith("\n") else line + "\n")
        return line.rstrip("\r\n")

    def write(self, text: str) -> None:
        self.stdout.write(text)
        self.stdout.flush()

    def say(self, text: str) -> None:
        self.write(text + "\n")


async def read_line_meanwhile(
    term: Terminal, prompt: str, meanwhile: Sequence[Callable[[], Awaitable[object]]]
) -> str | None:
    """The next line; until it comes, each of `meanwhile` runs (cancelled when it does).

    The line is read on a daemon thread, so that Ctrl-C (which cancels this
    coroutine) does not leave os1 waiting on it at exit.
    """
    loop = asyncio.get_running_loop()
    line: asyncio.Future[str | None] = loop.create_future()

    def settle(result: str | None, error: BaseException | None) -> None:
        if line.done():
            return
        if error is not None:
            line.set_exception(error)
        else:
            line.set_result(result)

    def read() -> None:
        try:
            result = term.read_line(prompt)
        except Exception as exc:
            loop.call_soon_threadsafe(settle, None, exc)
        else:
            loop.call_soon_threadsafe(settle, result, None)

    threading.Thread(target=read, name="os1-read-line", daemon=True).start()
    works = [asyncio.create_task(work()) for work in meanwhile]
    try:
        return await line
    finally:
        for work in works:
            work.cancel()
        for work in works:
            with contextlib.suppress(asyncio.CancelledError):
                await work
