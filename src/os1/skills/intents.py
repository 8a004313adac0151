"""What the person asks the OS to do, read by a grammar rather than by the language model.

The embedded 135M model picks the wrong tool and invents arguments (measured
in the brain issue), so the core commands are understood here: a few
patterns per skill, with the entities (times, names, note text) cut out of
the words and handed to the skill's own parser. What no pattern matches is
conversation, and goes to the brain.

Each unit keeps its own rules (`os1.skills.grammar`); this walks them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from os1.skills import registry
from os1.skills.grammar import Rule


@dataclass(frozen=True, slots=True)
class Call:
    skill: str
    arguments: dict[str, Any]


def rules() -> list[Rule]:
    """Every unit's rules in the order they are tried: by precedence, then in the
    registry's order, then in each unit's own."""
    listed = [rule for unit in registry.units() for rule in unit.rules]
    return sorted(listed, key=lambda rule: rule.precedence)


def understand(text: str, now: datetime) -> Call | None:
    """The skill these words ask for, with its arguments in words; None for conversation.

    Raises InputError when the words are clearly a request but cannot be
    carried out as said (a reminder with no time, or an impossible date).
    """
    for rule in rules():
        match = rule.pattern.match(text)
        if match:
            return Call(rule.skill, rule.read(match, now))
    return None
