"""Reading lines from a person or a script, strictly as UTF-8."""

from __future__ import annotations

import sys
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
