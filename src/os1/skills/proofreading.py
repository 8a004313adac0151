"""The proofreading skill: the engine finds, the brain may add style, the person decides.

Spelling and grammar come from the engine in `os1.text.proofreading`. With a
capable brain (one behind a server), one more suggestion, of style, comes from
it, for a sentence it must quote exactly. Nothing changes until the person
takes it: the skill shows the changes and asks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field

from os1.brain.types import Brain, Message, Request, complete
from os1.errors import BrainError, InputError
from os1.skills.skill import Skill
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
        ),
        Skill(
            "proofread_last",
            "Proofread what I just wrote",
            NoArguments,
            lambda _: reader.corrected(latest()),
            lambda _: reader.summary(latest()),
        ),
    ]
