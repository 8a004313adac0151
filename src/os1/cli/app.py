"""The `os1` command: chat, talk, setup, status, and a group per noun (memory, mood,
journal, notes, reminders, letters, peers, export, import…), each in its own module.

Heavy parts (llama.cpp, the store) are imported inside commands so that
`os1 --help` answers at once (about 0.1 s; each heavy part costs 0.1 to 1.6 s), and
each command's module is imported only when that command runs (or `os1 --help`
lists it): with all of them (the MCP server's anyio, the archive's, the peers'),
this module and chat's took 25 ms of CPU beyond click, asyncio and pydantic, against
8 ms with chat's alone (time.thread_time, 2026-12-05).
"""

from __future__ import annotations

import json
import os
import sys
from importlib import import_module
from typing import Any

import click

from os1 import __version__
from os1.cli.skill_commands import WithSkillCommands
from os1.errors import Os1Error

# Each command, by the name it is run by: the module that holds it, and its name there.
COMMANDS: dict[str, tuple[str, str]] = {
    "chat": ("os1.cli.talk_commands", "chat"),
    "talk": ("os1.cli.talk_commands", "talk"),
    "setup": ("os1.cli.setup_command", "setup"),
    "memory": ("os1.cli.memory_commands", "memory"),
    "mood": ("os1.cli.mind_commands", "mood"),
    "journal": ("os1.cli.mind_commands", "journal"),
    "letters": ("os1.cli.letter_commands", "letters"),
    "serve": ("os1.cli.serve_command", "serve"),
    "presence": ("os1.cli.presence_commands", "presence"),
    "mcp": ("os1.cli.mcp_command", "mcp"),
    "export": ("os1.cli.archive_commands", "export"),
    "import": ("os1.cli.archive_commands", "import_"),
    "peer": ("os1.cli.peer_commands", "peer"),
}


class Commands(WithSkillCommands):
    """The skill units' commands, `status`, and the commands of `COMMANDS`, each imported
    when it is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS and cmd_name not in self.commands:
            module, name = COMMANDS[cmd_name]
            command: click.Command = getattr(import_module(module), name)
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="os1")
def cli() -> None:
    """os1: an operating system you talk to.

    Settings come from OS1_* environment variables or $OS1_HOME/config.toml;
    `os1 status` shows those in effect. OS1_DEBUG=1 shows tracebacks.
    """


# How each naming path reads in `os1 status`: whose the name is, and whose the reason.
HOW_NAMED = {
    "model": "chosen by the model, in its own words",
    "model-stock-reason": "chosen by the model; its reason was unusable, so the words are "
    "os1's stock reason",
    "model-constrained": "chosen by the model from names os1 knows a story for",
    "interview": "chosen by os1 from the interview answers, not by the model",
}


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object, for scripts.")
def status(as_json: bool) -> None:
    """Show the OS's name and how it was chosen, the model, data location, counts, settings."""
    from os1.assembly.brains import describe_brain
    from os1.assembly.stores import store_for
    from os1.config import load_settings, setting_sources
    from os1.mind.persona import load_persona

    settings = load_settings()
    store = store_for(settings)
    persona = load_persona(store, settings.user)
    sources = setting_sources(settings)
    values = settings.model_dump(mode="json")
    report: dict[str, Any] = {
        "name": persona.name if persona else None,
        "chosen_by": persona.chosen_by if persona else None,
        "reason": persona.reason if persona else None,
        "naming_notes": persona.naming_notes if persona else [],
        "user": settings.user,
        "user_name": persona.user_name if persona else None,
        "brain": describe_brain(settings),
        "data": settings.describe_database(),
        "counts": store.counts(settings.user),
        "settings": {
            key: {"value": "(set)" if key == "brain_key" and value else value, "from": sources[key]}
            for key, value in values.items()
        },
    }
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    if persona:
        click.echo(
            f"Name      {persona.name} ({HOW_NAMED.get(persona.chosen_by, persona.chosen_by)})"
        )
        click.echo(f"          “{persona.introduction}”")
    else:
        click.echo("Name      (not set up yet: run `os1 chat` or `os1 setup`)")
    brain = report["brain"]
    click.echo(f"Brain     {' · '.join(f'{k}: {v}' for k, v in brain.items())}")
    click.echo(f"Data      {report['data']}")
    counts = report["counts"]
    click.echo(f"Stored    {counts['turns']} turns in {counts['sessions']} sessions")
    click.echo("Settings")
    for key, entry in report["settings"].items():
        click.echo(f"  {key:<18} {entry['value']!s:<40} ({entry['from']})")


cli.add_command(status)


def main() -> None:
    # Everything os1 writes (the database, exports, calendars, letters, config) is one
    # person's private life: no other user of the machine may read it.
    os.umask(0o077)
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except Os1Error as exc:
        if os.environ.get("OS1_DEBUG"):
            raise
        click.echo(f"os1: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
