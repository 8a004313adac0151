"""A skill run from the command line: `os1 note add`, `os1 cal move`, a unit's own commands.

Each command runs the same skill the conversation does, so the checks and the
confirmations are the same; `--yes` answers a confirmation in advance. Whoever
runs the commands (`os1`, in `os1.cli`) says whose skills they reach: it puts a
maker of the `Person` in the click context's meta, under PERSON, and the first
command that needs the person makes them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import click

from os1.errors import InputError

if TYPE_CHECKING:
    # For the annotations only: `os1` imports PERSON for every command, and these load
    # pydantic (0.3 s of `os1 --help`, measured with python -X importtime).
    from os1.skills.skill import Catalogue
    from os1.skills.unit import Parts

PERSON = "os1.skills.person"
_MADE = "os1.skills.person.made"


class Person(Protocol):
    """The person a command acts for: their parts and the skills made from them."""

    @property
    def parts(self) -> Parts: ...

    @property
    def catalogue(self) -> Catalogue: ...


def person() -> Person:
    """The person this command line acts for, made once per command."""
    meta = click.get_current_context().meta
    if _MADE not in meta:
        make: Callable[[], Person] | None = meta.get(PERSON)
        if make is None:
            raise RuntimeError(f"no one to act for: put a maker of the Person in meta[{PERSON!r}]")
        meta[_MADE] = make()
    made: Person = meta[_MADE]
    return made


def do(name: str, arguments: dict[str, Any], yes: bool = False) -> None:
    """Run skill `name`, asking first on the terminal when it asks first (unless `yes`)."""
    try:
        skill = person().catalogue[name]
    except KeyError:
        raise InputError(
            "Mail is not set up",
            "set OS1_MAIL_IMAP, OS1_MAIL_SMTP, OS1_MAIL_USER, "
            "OS1_MAIL_PASSWORD and OS1_MAIL_ADDRESS (see the README)",
        ) from None
    parsed = skill.parse(arguments)
    question = None if yes else asyncio.run(skill.question(parsed))
    if question is not None and not click.confirm(question):
        click.echo("Nothing was changed.", err=True)
        return
    click.echo(asyncio.run(skill.do(parsed)))
