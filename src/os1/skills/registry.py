"""Every skill unit os1 has, one line each, in the order the catalogue lists their skills
(the order an agent's tool list and a capable brain's choice show them).

A line names the module that holds a unit (its `UNIT`), and the `os1` commands the unit
adds, each with the line `os1 --help` shows for it. The modules are imported when first
wanted (a person's skills, the grammar, one of the commands run), not for `os1 --help`:
loading every skill (pydantic, the store, the mail and calendar libraries) took 0.7 s,
measured with python -X importtime, against 0.15 s for the help without them. A test
holds each line's help to its command's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # For the annotations only: a unit's module loads pydantic, which `os1 --help` does not.
    import click

    from os1.skills.unit import Unit


@dataclass(frozen=True, slots=True)
class Listed:
    """Where a unit is, and the commands it adds: their names, and what `os1 --help` says."""

    module: str
    commands: dict[str, str] = field(default_factory=dict)

    def unit(self) -> Unit:
        found: Unit = import_module(self.module).UNIT
        return found


UNITS: tuple[Listed, ...] = (
    Listed("os1.skills.notes", {"note": "Notes: write things down, find them again."}),
    Listed(
        "os1.skills.reminders",
        {"remind": "Reminders: they are announced in `os1 chat` when due, or at its next start."},
    ),
    Listed("os1.skills.contacts", {"contacts": "Contacts: the people you reach, by name."}),
    Listed(
        "os1.skills.proofreading",
        {
            "proofread": "Proofread the text in PATH (- for standard input): take or leave each "
            "suggestion."
        },
    ),
    Listed(
        "os1.skills.calendar_skills",
        {"cal": "The calendar: what is on a day; `add`, `move`, `cancel` events."},
    ),
    Listed(
        "os1.skills.mail_skills",
        {"mail": "Your mail (OS1_MAIL_IMAP and the rest): the new messages, most important first."},
    ),
    Listed("os1.skills.today"),
    Listed("os1.skills.arithmetic"),
    Listed("os1.skills.letter_skills"),
)


def units() -> list[Unit]:
    """Every unit, in the registry's order (importing the modules not yet imported)."""
    return [listed.unit() for listed in UNITS]


def commands() -> dict[str, str]:
    """Every unit's commands, by name, with what `os1 --help` says of each."""
    return {name: about for listed in UNITS for name, about in listed.commands.items()}


def command(name: str) -> click.Command | None:
    """The command `name` of the unit that lists it, its module imported now."""
    for listed in UNITS:
        if name in listed.commands:
            return next((c for c in listed.unit().commands if c.name == name), None)
    return None
