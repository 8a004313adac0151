"""The recipe in `os1.skills`, followed for a new skill: a die, seeded.

This module is the skill's one module (its arguments, skill, rules and command,
down to UNIT); `registered` is its one line in the registry. With nothing else
changed, the conversation's grammar, the person's catalogue, MCP's tool list and
the `os1` command all reach it.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import click
import pytest
from click.testing import CliRunner
from mcp import Client
from pydantic import BaseModel, Field

from os1.archive import owners
from os1.assembly.skills import skills_for
from os1.brain.scripted import ScriptedBrain
from os1.cli.app import cli
from os1.config import load_settings
from os1.conversation.answerers import answerers_for
from os1.conversation.loop import Conversation
from os1.mcp_server.confirmations import Confirmations
from os1.mcp_server.tools import Person, SkillTools
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.skills import registry
from os1.skills.commands import do
from os1.skills.grammar import rule
from os1.skills.intents import Call, understand
from os1.skills.registry import Listed
from os1.skills.skill import Skill
from os1.skills.unit import Parts, Unit

pytestmark = pytest.mark.store

NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)
SEED = 23


# ---- The skill's module: arguments, skill, rules, command, unit. ----


class RollArguments(BaseModel):
    sides: int = Field(6, ge=2, le=120, description="How many sides the die has.")


def _skills(parts: Parts) -> list[Skill[Any]]:
    dice = random.Random(SEED)

    def roll(args: RollArguments) -> str:
        return f"You rolled a {dice.randint(1, args.sides)}."

    # It changes nothing of the person's: an agent may roll as often as it likes.
    return [Skill("roll_die", "Roll a die", RollArguments, roll, reads_only=True)]


RULES = (
    rule(
        "roll_die",
        r"roll (?:a|the|me a) (?:(?P<sides>\d+)-sided )?(?:die|dice)",
        lambda m, _: {"sides": m["sides"] or 6},
    ),
)


@click.group()
def dice() -> None:
    """Dice: roll one, fairly."""


@dice.command("roll")
@click.option("--sides", default=6, show_default=True, help="How many sides the die has.")
def dice_roll(sides: int) -> None:
    """Roll a die with SIDES sides."""
    do("roll_die", {"sides": sides})


UNIT = Unit(_skills, RULES, (dice,))


# ---- Its one line in the registry. ----


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    line = Listed(__name__, {"dice": "Dice: roll one, fairly."})
    monkeypatch.setattr(registry, "UNITS", (*registry.UNITS, line))
    yield


# ---- Reached from everywhere, with no other change. ----


def first_roll(sides: int) -> str:
    return f"You rolled a {random.Random(SEED).randint(1, sides)}."


def test_the_grammar_reads_the_words_that_ask_for_it():
    assert understand("Please roll a 20-sided die.", NOW) == Call("roll_die", {"sides": "20"})
    assert understand("roll the dice", NOW) == Call("roll_die", {"sides": 6})
    # Every other unit's words still read as before.
    assert understand("take a note: buy oat milk", NOW) == Call(
        "take_note", {"text": "buy oat milk"}
    )


def test_said_in_a_conversation_the_skill_answers_and_the_brain_is_not_asked(store):
    skills = skills_for(load_settings(), store, clock=lambda: NOW).catalogue
    brain = ScriptedBrain(["Tell me more."] * 3)
    persona = Persona("Iris", "model", "It sounded right.")
    answerers = answerers_for(store, "local", persona, skills=skills, clock=lambda: NOW)
    conversation = Conversation(
        brain, store, "local", persona, Answers("Theo"), answerers=answerers, clock=lambda: NOW
    )

    def say(text: str) -> str:
        return asyncio.run(conversation.say(text).text())

    assert say("Could you roll a 20-sided die?") == first_roll(20)
    assert brain.received == []


def test_the_catalogue_and_mcp_list_it_with_its_schema(store):
    catalogue = skills_for(load_settings(), store, clock=lambda: NOW).catalogue
    schema = catalogue["roll_die"].schema()["function"]
    assert schema["parameters"]["properties"]["sides"]["maximum"] == 120
    person = Person(
        catalogue,
        Confirmations(store, "local", 60, "token"),
        Confirmations(store, "local", 60, "question"),
    )
    server = SkillTools(60, lambda _: person).server()

    async def listed_and_rolled() -> tuple[Any, Any]:
        async with Client(server) as client:
            tools = await client.list_tools()
            return tools, await client.call_tool("roll_die", {"sides": 12})

    tools, rolled = asyncio.run(listed_and_rolled())
    tool = {tool.name: tool for tool in tools.tools}["roll_die"]
    assert tool.description.startswith("Roll a die.")
    assert tool.input_schema["properties"]["sides"]["minimum"] == 2
    assert tool.annotations is not None and tool.annotations.read_only_hint
    assert rolled.content[0].text == first_roll(12)


def test_os1_has_its_command(os1_home):
    runner = CliRunner()
    listed = runner.invoke(cli, ["--help"])
    assert listed.exit_code == 0
    assert re.search(r"^\s+dice\s+Dice: roll one, fairly\.$", listed.output, re.M)
    rolled = runner.invoke(cli, ["dice", "roll", "--sides", "8"])
    assert rolled.exit_code == 0, rolled.output
    assert rolled.output.strip() == first_roll(8)


def test_os1_help_lists_the_skill_commands_without_importing_a_unit():
    listed = subprocess.run(
        [sys.executable, "-c", HELP_AND_WHAT_IT_IMPORTED], capture_output=True, text=True
    )
    assert listed.returncode == 0, listed.stderr
    assert re.search(r"^\s+cal\s+The calendar: what is on a day", listed.stdout, re.M)
    assert listed.stderr.split() == [], "os1 --help imported these units"


HELP_AND_WHAT_IT_IMPORTED = """
import sys
from click.testing import CliRunner
from os1.cli.app import cli
from os1.skills import registry
print(CliRunner().invoke(cli, ["--help"]).output)
print(*[u.module for u in registry.UNITS if u.module in sys.modules], file=sys.stderr)
"""


def test_a_skill_command_runs_without_importing_a_conversation(tmp_path):
    # `os1 note list` or a reminder an agent adds needs the person's skills, not the
    # conversation's rules and models (a second more to start, python -X importtime).
    env = {**os.environ, "OS1_HOME": str(tmp_path)}
    command = [sys.executable, "-c", NOTES_AND_WHAT_THEY_IMPORTED]
    ran = subprocess.run(command, capture_output=True, text=True, env=env)
    assert ran.returncode == 0, ran.stderr
    assert "Your notes: 1. buy milk" in ran.stdout
    assert ran.stderr.split() == [], "a skill command imported these conversation modules"


NOTES_AND_WHAT_THEY_IMPORTED = """
import sys
from click.testing import CliRunner
from os1.cli.app import cli
CliRunner().invoke(cli, ["note", "add", "buy milk"])
print(CliRunner().invoke(cli, ["note", "list"]).output)
print(*[m for m in sys.modules if m.startswith(("os1.conversation", "os1.assembly.conv"))],
      file=sys.stderr)
"""


def test_each_registry_line_says_what_its_command_says_of_itself():
    for line in registry.UNITS:
        commands = {command.name: command for command in line.unit().commands}
        assert set(commands) == set(line.commands), line.module
        for name, about in line.commands.items():
            own = commands[name].get_short_help_str(limit=1000)
            assert click.Command(name, help=about).get_short_help_str(limit=1000) == own


def test_the_archive_carries_the_tables_each_unit_says_it_keeps():
    # A unit with a table declares it (`archived`) in its own module; the archive's list of
    # owners collects it from the registry.
    declared = [unit.archived for unit in registry.units() if unit.archived is not None]
    assert [table for kept in declared for table in kept.tables] == [
        "notes",
        "reminders",
        "contacts",
    ]
    for kept in declared:
        carried = [owner for owner in owners.OWNERS if owner.tables == kept.tables]
        assert len(carried) == 1, kept.tables
        assert (carried[0].member, carried[0].dump, carried[0].load) == (
            kept.member,
            kept.dump,
            kept.load,
        )
    assert set(owners.PERSON_TABLES) >= {"notes", "reminders", "contacts"}
