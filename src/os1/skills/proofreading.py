"""The proofreading skill: the engine finds, the brain may add style, the person decides.

Spelling and grammar come from the engine in `os1.text.proofreading`. With a
capable brain (one behind a server), one more suggestion, of style, comes from
it, for a sentence it must quote exactly. Nothing changes until the person
takes it: the skill shows the changes and asks.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import click
from pydantic import BaseModel, Field

from os1.brain.types import Brain, Message, Request, complete
from os1.errors import BrainError, InputError
from os1.memory.store import Store
from os1.skills.grammar import nothing, rule, words
from os1.skills.skill import Skill
from os1.skills.unit import Parts, Unit
from os1.text.proofreading import Suggestion, apply, describe, proofread


class ProofreadArguments(BaseModel):
    text: str = Field(min_length=1, max_length=50_000, description="The text to proofread.")


class NoArguments(BaseModel):
    pass


STYLE_SCHEMA = {
    "type": "object",
    "properties": {
        "original": {"type": "string", "maxLength": 400},
        "better": {"type": "string", "maxLength": 400},
    },
    "required": ["original", "better"],
    "additionalProperties": False,
}


async def style_suggestion(brain: Brain, text: str) -> Suggestion | None:
    """One sentence a capable brain would say better, or None.

    The brain must copy the sentence exactly: a rewording of words that are not
    in the text is not a suggestion, and is dropped.
    """
    messages = [
        Message(
            "system",
            "You are a careful editor. Copy, exactly, the one sentence of the text that would "
            "read better said differently, as 'original', and give your rewording as 'better'. "
            "If every sentence is fine, give the same sentence as both.",
        ),
        Message("user", text),
    ]
    request = Request(max_tokens=240, temperature=0.0, seed=1, schema=STYLE_SCHEMA)
    try:
        answer = json.loads(await complete(brain, messages, request))
    except (BrainError, json.JSONDecodeError):
        return None
    original = str(answer.get("original", "")).strip()
    better = str(answer.get("better", "")).strip()
    start = text.find(original) if original else -1
    if start < 0 or not better or better == original:
        return None
    return Suggestion(start, start + len(original), original, better, "style, from the brain")


class Proofreader:
    """Spelling and grammar first; then, with a capable brain, one suggestion of style."""

    def __init__(self, stylist: Brain | None = None) -> None:
        self.stylist = stylist

    async def review(self, text: str) -> tuple[list[str], str]:
        """What to change, in words, and the text with every change taken."""
        suggestions = proofread(text)
        lines = [describe(text, s) for s in suggestions]
        fixed = apply(text, suggestions)
        if self.stylist is not None:
            style = await style_suggestion(self.stylist, fixed)
            if style is not None:
                lines.append(describe(fixed, style, context=0))
                fixed = apply(fixed, [style])
        return lines, fixed

    async def summary(self, text: str) -> str | None:
        lines, _ = await self.review(text)
        if not lines:
            return None
        if len(lines) == 1:
            return f"1 suggestion: {lines[0]}. Take it?"
        return f"{len(lines)} suggestions: {'; '.join(lines)}. Take them?"

    async def corrected(self, text: str) -> str:
        lines, fixed = await self.review(text)
        return "Here it is, corrected: " + fixed if lines else "I found nothing to change."


def proofreading_skills(
    last_written: Callable[[], str | None], stylist: Brain | None = None
) -> list[Skill[Any]]:
    """`last_written` is what the person wrote last ("the letter I just wrote")."""
    reader = Proofreader(stylist)

    def latest() -> str:
        text = last_written()
        if text is None:
            raise InputError(
                "I don't see anything you wrote to proofread",
                "send the text first, or say “proofread:” followed by it",
            )
        return text

    return [
        Skill(
            "proofread",
            "Proofread a text",
            ProofreadArguments,
            lambda args: reader.corrected(args.text),
            lambda args: reader.summary(args.text),
            reads_only=True,
            gives_back="the corrected text",
        ),
        Skill(
            "proofread_last",
            "Proofread what I just wrote",
            NoArguments,
            lambda _: reader.corrected(latest()),
            lambda _: reader.summary(latest()),
            # What the person wrote last is in their conversation, which an agent over MCP
            # is not part of: there this could only ever fail. `proofread` takes the text.
            conversation_only=True,
        ),
    ]


RULES = (
    rule(
        "proofread_last",
        r"(?:proofread|proof-read|check the spelling of|check)"
        r" (?:the (?:letter|email|text|note|message) i (?:just )?wrote|what i (?:just )?wrote"
        r"|my (?:last )?(?:letter|message))",
        nothing,
    ),
    rule(
        "proofread",
        r"(?:proofread|proof-read|check the spelling of|check my spelling(?: in)?)"
        r"(?: this| that)?(?: for me)?(?:,? please)?\s*:\s*(?P<text>.+)",
        words("text"),
    ),
)


@click.command("proofread")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--all", "take_all", is_flag=True, help="Take every suggestion without asking.")
@click.option("--diff", "show_diff", is_flag=True, help="Only show the changes as a diff.")
def proofread_command(path: Path, take_all: bool, show_diff: bool) -> None:
    """Proofread the text in PATH (- for standard input): take or leave each suggestion.

    The file is changed only at the end, with what you took; its old text is
    kept beside it as PATH~.
    """
    text = _read_text(path)
    suggestions = proofread(text)
    if not suggestions:
        click.echo("Nothing to change.", err=True)
        return
    if show_diff:
        fixed = apply(text, suggestions)
        lines = difflib.unified_diff(
            text.splitlines(keepends=True), fixed.splitlines(keepends=True), str(path), "proofread"
        )
        click.echo("".join(lines), nl=False)
        return
    taken = []
    for suggestion in suggestions:
        line = describe(text, suggestion)
        if take_all or str(path) == "-" or click.confirm(line, default=True):
            taken.append(suggestion)
    fixed = apply(text, taken)
    if str(path) == "-":
        click.echo(fixed, nl=False)
        return
    if not taken:
        click.echo("Nothing was changed.", err=True)
        return
    backup = path.with_name(path.name + "~")
    backup.write_text(text, encoding="utf-8")
    partial_file = path.with_name(path.name + ".partial")
    partial_file.write_text(fixed, encoding="utf-8")
    partial_file.replace(path)
    click.echo(f"Took {len(taken)} of {len(suggestions)}; the old text is in {backup}.", err=True)


def _read_text(path: Path) -> str:
    try:
        if str(path) == "-":
            return click.get_binary_stream("stdin").read().decode("utf-8")
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise InputError(f"Cannot read {path} ({reason})", "give a UTF-8 text file") from exc


def last_written(store: Store, user_id: str) -> str | None:
    """The person's last message before the one being answered, if it is writing (a few
    sentences, not a word or two): what "the letter I just wrote" points at until
    letters have a home of their own."""
    said = [t for t in store.recent_turns(user_id, 12) if t.role == "user"]
    for turn in reversed(said[:-1]):
        if len(turn.text.split()) >= 8:
            return turn.text
    return None


def _skills(parts: Parts) -> list[Skill[Any]]:
    return proofreading_skills(partial(last_written, parts.store, parts.user), parts.capable_brain)


UNIT = Unit(_skills, RULES, (proofread_command,))
