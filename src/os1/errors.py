"""The errors os1 raises on purpose.

Each carries one sentence for the person: what is wrong and what to do about it.
The CLI prints that sentence; OS1_DEBUG=1 shows the traceback as well.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError


class Os1Error(Exception):
    """Something the person can fix; `str()` is the whole explanation."""

    # Where the server answers with it: OpenAI's error code, and the parameter at fault
    # (a subclass or an instance may name them; error_shapes.py picks the rest).
    code: str | None = None
    param: str | None = None

    def __init__(self, problem: str, fix: str) -> None:
        self.problem = problem.rstrip(".")
        self.fix = fix.rstrip(".")
        super().__init__(f"{self.problem}: {self.fix}.")


class ConfigError(Os1Error):
    """A setting has a value os1 cannot use."""


class InputError(Os1Error):
    """A message or answer from the person cannot be taken as it is."""


class BrainError(Os1Error):
    """The language model could not be loaded or reached."""


class StoreError(Os1Error):
    """The database could not be opened, read or written."""


def first_problem(exc: ValidationError, whole: str) -> str:
    """pydantic's first complaint as "where: what" ("turns.3.role: Input should be ...")."""
    problem = exc.errors()[0]
    where = ".".join(str(part) for part in problem["loc"]) or whole
    return f"{where}: {problem['msg']}"
