"""The client's way of writing, learned from their "voice" notes and their earlier letters.

A correspondence keeps its habits: the salutation and closing the client
used last time, the phrases they like, how long their sentences run. A
note says it outright (`closes with "All my love"`, `short sentences`,
`always says "you are my lighthouse."`); earlier letters show it. What a
note says outright wins over what the letters show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.letters.brief import Brief

# The longest sentence os1 keeps from the model when nothing says otherwise.
USUAL_SENTENCE_WORDS = 32
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201d]+)[\"\u201d]")
_CLOSES = re.compile(
    r"\b(?:closes|ends|signs off|signs|finishes)(?: (?:her|his|their|the|a) letters?)?"
    r"(?: with)?\s*[\"\u201c]([^\"\u201d]+)[\"\u201d]",
    re.IGNORECASE,
)
_OPENS = re.compile(
    r"\b(?:opens|begins|starts|greets (?:him|her|them|\w+))(?: (?:her|his|their|the|a) letters?)?"
    r"(?: with)?\s*[\"\u201c]([^\"\u201d]+)[\"\u201d]",
    re.IGNORECASE,
)
_SHORT = re.compile(r"\b(?:short|brief|clipped|terse) sentences\b|\bfew words\b", re.IGNORECASE)
_LONG = re.compile(r"\b(?:long|flowing|winding) sentences\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9']+")


@dataclass(frozen=True, slots=True)
class Voice:
    # A salutation without the name ("My darling") or a whole one ("My dearest Bear,").
    salutation: str | None = None
    closing: str | None = None
    # Phrases the client likes; a whole sentence among them may end the letter's body.
    phrases: tuple[str, ...] = ()
    sentence_words: int = USUAL_SENTENCE_WORDS
    # The voice notes as written, for the model's prompt.
    notes: str = ""


def _with_comma(text: str) -> str:
    text = text.strip().rstrip(",.!")
    return f"{text},"


def _sentence_words(texts: list[str]) -> int | None:
    """A ceiling on sentence length from the client's letters: their average and half again."""
    lengths = [
        len(_WORD.findall(sentence))
        for text in texts
        for sentence in re.split(r"(?<=[.!?])\s+", text)
        if _WORD.findall(sentence)
    ]
    if len(lengths) < 3:
        return None
    average = sum(lengths) / len(lengths)
    return max(10, min(USUAL_SENTENCE_WORDS, round(average * 1.5)))


def learn_voice(brief: Brief) -> Voice:
    notes = [entry.text for entry in brief.dossier if entry.kind == "voice"]
    said = " ".join(notes)
    salutation = closing = None
    phrases: list[str] = []
    for note in notes:
        opens, closes = _OPENS.search(note), _CLOSES.search(note)
        salutation = opens.group(1).strip() if opens else salutation
        closing = _with_comma(closes.group(1)) if closes else closing
        framing = {m.group(1) for m in (opens, closes) if m}
        phrases += [q.strip() for q in _QUOTED.findall(note) if q not in framing]
    sentence_words = _sentence_words([p for e in brief.earlier for p in e.parts.paragraphs])
    if _SHORT.search(said):
        sentence_words = min(sentence_words or USUAL_SENTENCE_WORDS, 14)
    elif _LONG.search(said):
        sentence_words = USUAL_SENTENCE_WORDS
    if brief.earlier:
        last = brief.earlier[-1].parts
        salutation = salutation or last.salutation
        closing = closing or last.closing
    return Voice(salutation, closing, tuple(phrases), sentence_words or USUAL_SENTENCE_WORDS, said)
