"""Proofreading: spelling from a real checker, a few rules of grammar, and the person decides.

Spelling is `pyspellchecker` (its English word frequencies ship inside the
package, so it works offline); British spellings it does not know ("colour",
"realise") are left alone. The grammar rules are the mistakes a spelling
checker cannot see: a doubled word, "a" before a vowel sound, a lowercase
"i", a sentence that starts in lowercase. With a capable brain (one behind a
server), one more suggestion, of style, comes from it, for a sentence it
must quote exactly. Each finding is a Suggestion with its place in the text;
nothing changes until the person takes it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, Field

from os1.brain.types import Brain, Message, Request, complete
from os1.errors import BrainError, InputError
from os1.skills.skill import Skill


@dataclass(frozen=True, slots=True)
class Suggestion:
    start: int
    end: int
    original: str
    replacement: str
    reason: str


_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
# Words that are not for a dictionary to judge: addresses, links, handles, codes.
_NOT_PROSE = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|[@#]\w+|\w*\d\w*")
_BRITISH = [("our", "or"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"), ("yse", "yze")]
_BRITISH += [("tre", "ter"), ("ence", "ense"), ("ogue", "og"), ("lled", "led"), ("lling", "ling")]
_VOWEL_SOUND = re.compile(
    r"^(?:[aio](?!ne\b|nce\b)|e(?!u)|u(?!ni|se|su|ro|ti|ku)|hour|honou?r|honest|heir)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"\b([Aa]n?)\s+([A-Za-z]+)")
_DOUBLED = re.compile(r"\b([A-Za-z]+)\s+(\1)\b", re.IGNORECASE)
_LONE_I = re.compile(r"(?<![\w'])i(?=\b(?:'m|'ve|'d|'ll)?(?![\w-]))")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)([a-z])")


@cache
def _checker() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language="en")


def _british(word: str, correction: str) -> bool:
    lowered = word.lower()
    return (
        any(
            lowered.endswith(uk) and correction.lower() == lowered[: -len(uk)] + us
            for uk, us in _BRITISH
        )
        or lowered.replace("our", "or") == correction.lower()
    )


def _same_case(word: str, correction: str) -> str:
    if word.isupper() and len(word) > 1:
        return correction.upper()
    if word[0].isupper():
        return correction[0].upper() + correction[1:]
    return correction


def proofread(text: str) -> list[Suggestion]:
    """What to change in `text`, in order; overlapping findings keep the first."""
    found: list[Suggestion] = []
    skipped = [m.span() for m in _NOT_PROSE.finditer(text)]
    checker = _checker()
    words = [
        m
        for m in _WORD.finditer(text)
        if not any(a <= m.start() < b for a, b in skipped) and len(m.group()) > 1
    ]
    unknown = checker.unknown([m.group().lower() for m in words])
    for match in words:
        word = match.group()
        # A capitalised word mid-sentence is a name the dictionary may not know.
        mid_sentence = match.start() > 0 and not re.search(r"[.!?]\s*$", text[: match.start()])
        if word.lower() not in unknown or (word[0].isupper() and mid_sentence):
            continue
        correction = checker.correction(word.lower())
        if correction and correction != word.lower() and not _british(word, correction):
            fixed = _same_case(word, correction)
            if not mid_sentence:  # the start of a sentence: the fix starts it properly too
                fixed = fixed[0].upper() + fixed[1:]
            found.append(Suggestion(match.start(), match.end(), word, fixed, "spelling"))
    for match in _DOUBLED.finditer(text):
        found.append(
            Suggestion(match.start(), match.end(), match.group(), match.group(1), "doubled word")
        )
    for match in _ARTICLE.finditer(text):
        article, following = match.group(1), match.group(2)
        wanted = "an" if _VOWEL_SOUND.match(following) else "a"
        if article.lower() != wanted:
            fixed = wanted.capitalize() if article[0].isupper() else wanted
            found.append(
                Suggestion(match.start(1), match.end(1), article, fixed, f"“{fixed} {following}”")
            )
    for match in _LONE_I.finditer(text):
        found.append(Suggestion(match.start(), match.end(), "i", "I", "“I” is a capital"))
    for match in _SENTENCE_START.finditer(text):
        letter = match.group(1)
        found.append(
            Suggestion(match.start(1), match.end(1), letter, letter.upper(), "sentence start")
        )
    kept: list[Suggestion] = []
    for suggestion in sorted(found, key=lambda s: (s.start, -s.end)):
        if not kept or suggestion.start >= kept[-1].end:
            kept.append(suggestion)
    return kept


def apply(text: str, suggestions: list[Suggestion]) -> str:
    """`text` with the given suggestions taken (they must not overlap)."""
    for suggestion in sorted(suggestions, key=lambda s: s.start, reverse=True):
        text = text[: suggestion.start] + suggestion.replacement + text[suggestion.end :]
    return text


def describe(text: str, suggestion: Suggestion, context: int = 20) -> str:
    """One line: the change in its place, and why."""
    before = text[max(0, suggestion.start - context) : suggestion.start].lstrip()
    after = text[suggestion.end : suggestion.end + context].rstrip()
    return (
        f"…{before}[{suggestion.original} → {suggestion.replacement}]{after}… ({suggestion.reason})"
    )


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
