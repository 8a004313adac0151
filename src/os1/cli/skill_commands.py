"""The skills' own commands (`os1 note`, `os1 remind`, `os1 cal`…), from the registry.

Each skill unit keeps its commands (see `os1.skills`); `os1` lists them from
the registry's lines and imports a unit only when its command runs, so that
`os1 --help` and the other commands do not load every skill. A command
reaches the person's skills through `os1.skills.commands`, assembled here
(`os1.assembly.people.person`) the first time one is needed.
"""

from __future__ import annotations

from typing import Any

import click

from os1.skills import registry
from os1.skills.commands import PERSON, Person


class WithSkillCommands(click.Group):
    """A group with the skill units' commands besides its own."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *registry.commands()})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        own = super().get_command(ctx, cmd_name)
        if own is not None:
            return own
        about = registry.commands().get(cmd_name)
        # Listed as the registry says it; the unit itself is imported when it runs.
        return None if about is None else click.Command(cmd_name, help=about)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name, command, rest = super().resolve_command(ctx, args)
        if name is not None and name not in self.commands:
            command = registry.command(name) or command
        return name, command, rest

    def invoke(self, ctx: click.Context) -> Any:
        ctx.meta[PERSON] = _person
        return super().invoke(ctx)


def _person() -> Person:
    # Assembled as every other command assembles the person (assembly.people.person).
    # Here, not at the top: the assembly (the store, the calendar, the letter desk, the
    # conversation) takes 0.5 s or more to import (python -X importtime, 2026-12-04)
    # against 0.13 s for all of `os1 --help`, which, like the other commands, does not
    # need it.
    from os1.assembly.people import person
    from os1.assembly.stores import store_for
    from os1.config import load_settings

    settings = load_settings()
    return person(settings, settings.user).skills(store_for(settings))
