"""Plan → write → check → repair: letters that hold even when the model is tiny.

The model writes only the body, one paragraph per planned topic, from a
short prompt that names whose voice it is. Each paragraph is cut into
sentences and only sentences that pass the checks are kept (first person,
nothing invented, no names signed, no placeholders, nothing said twice).
A paragraph that still misses its topic is written again with another seed;
after two failures a plain sentence is built from the dossier note itself.
The whole letter is then fitted to the word range and checked once more.

A warmer letter ("make it warmer") is warmer in its body, not only in its
salutation and closing: each paragraph opens from a fonder lead, the model
is asked for tender sentences and drawn with other seeds, and a tender line
of os1's own (one that claims nothing) ends the body.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

from os1.brain.types import Brain, Message, Request, complete
from os1.letters.brief import Brief
from os1.letters.checks import (
    check_letter,
    consistent_with_earlier,
    no_invented_claims,
    no_placeholders,
    required_details,
    said_again,
    sentences,
    word_count,
)
from os1.letters.own_lines import FILLERS, PLAIN_FILLERS, TENDER, WARM_FILLERS
from os1.letters.perspective import speaks_of_them, to_recipient
from os1.letters.plan import Plan, Topic, about_a_matter, plan_letter
from os1.letters.refusals import refuse_if_harmful
from os1.letters.studio import Parts
from os1.memory.words import content_words
from os1.text.proofreading import apply, proofread

Source = Literal["model", "model-retry", "dossier"]
# Told before each paragraph is drafted: its number and how many are planned.
Progress = Callable[[int, int], Awaitable[None]]

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me|we|our|us)\b")
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|his|her|hers|they|them)\b", re.IGNORECASE)
_NOT_BODY = re.compile(
    r"\b(?:dear|sincerely|regards|yours|best wishes|assistant|AI|letter|paragraph|sentence)\b"
    r"|\bhere (?:are|is)\b|^(?:love|with love)\b|\b(?:about|of|with|to|for|and)[.!]$",
    re.IGNORECASE,
)
_OPENERS = {
    "how_met": "I still think about",
    "memory": "I remember",
    "inside_joke": "I still laugh about",
    "admires": "I admire",
    "now": "I know",
    "fact": "I know",
    "nickname": "I love",
}
# Fonder leads for a warmer letter: the same note, held closer.
_WARM_OPENERS = {
    "how_met": "I will always treasure",
    "memory": "I will never forget",
    "inside_joke": "I still smile about",
    "admires": "I love the way",
    "now": "My heart is with you as",
    "fact": "I love that",
    "nickname": "I love",
}
_STAGE_DIRECTIONS = re.compile(r"[()]|\.\.|\u2026|:")
# A wish or a feeling of the writer's, to the one written to.
_SAID_TO_THEM = re.compile(r"^I(?: just| really)? (?:want|hope|wish|need|love|am|'m|feel)\b")
_YOU = re.compile(r"\b(?:you|your|you're|you've|you'll|yours)\b", re.IGNORECASE)
_CLAUSE_LEADS = {
    "how_met": "I still think about how",
    "memory": "I remember when",
    "inside_joke": "I still laugh when I think of how",
    "admires": "I admire how",
    "now": "I know that",
    "fact": "I know that",
    "nickname": "",
}
_WARM_CLAUSE_LEADS = {
    "how_met": "I will always treasure how",
    "memory": "I will never forget how",
    "inside_joke": "I still smile when I think of how",
    "admires": "I love the way",
    "now": "My heart is with you, knowing that",
    "fact": "I love that",
    "nickname": "",
}
# A note said as a clause of its own, which a lead joins ("I know that it's our
# anniversary next Friday", not "I know It's our anniversary next Friday").
_CLAUSE_START = re.compile(
    r"^(?:I|we|you|my|our|your|it|there|this|that|he|she|they|his|her|their)\b", re.IGNORECASE
)
# An occasion said as a sentence of its own: a subject first, or a sentence break within.
_SAID_AS_A_SENTENCE = re.compile(
    r"^(?:i|i'm|i've|we|we're|you|he|she|they|it|there)\b|[.!?;]\s+\S", re.IGNORECASE
)
_PHRASE_WORDS = 8


@dataclass(frozen=True, slots=True)
class Draft:
    parts: Parts
    # Where each paragraph came from, in order: the model, its second try, or the dossier.
    sources: tuple[Source, ...]
    problems: dict[str, list[str]]


def _key(sentence: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", sentence.lower()))


def _tidy(sentence: str) -> str:
    sentence = sentence.strip().strip("\"'*#-\u2013\u2014 ").strip()
    return sentence[:1].upper() + sentence[1:]


def _good_sentence(sentence: str, plan: Plan, brief: Brief, said: set[str]) -> bool:
    own = {brief.client.name.lower(), (brief.client.nickname or "").lower()}
    own |= {brief.client.name.split()[0].lower()}
    words = re.findall(r"[A-Za-z']+", sentence)
    return (
        sentence.endswith((".", "!"))
        and 5 <= len(words) <= plan.voice.sentence_words
        and _key(sentence) not in said
        and not said_again(sentence, said)
        and not _THIRD_PERSON.search(sentence)
        and not _NOT_BODY.search(sentence)
        and not any(w.lower() in own for w in words)
        and not speaks_of_them(sentence, brief.recipient.name, brief.recipient.nickname)
        and not no_placeholders(sentence, brief)
        and not no_invented_claims(sentence, brief)
        # As the middle of a letter: the checks read a salutation first and a closing last.
        and not consistent_with_earlier(f"{plan.salutation}\n{sentence}\n{plan.closing}", brief)
        and not _STAGE_DIRECTIONS.search(sentence)
        and not _echoes(words)
    )


def _echoes(words: list[str]) -> bool:
    """A sentence that says the same four words twice, as the small model likes to."""
    grams = [" ".join(words[i : i + 4]).lower() for i in range(len(words) - 3)]
    return len(grams) != len(set(grams))


def _repair(raw: str, topic: Topic, plan: Plan, brief: Brief, said: set[str]) -> str | None:
    """The raw paragraph's good sentences (at most three), or None if they miss the topic."""
    kept: list[str] = []
    for sentence in sentences(raw.replace("\n", " ")):
        sentence = _tidy(sentence)
        if _good_sentence(sentence, plan, brief, said | {_key(s) for s in kept}):
            kept.append(sentence)
        if len(kept) == 3:
            break
    text = " ".join(kept)
    # A letter speaks to someone: a paragraph with no "you" has drifted away from them.
    if not kept or not _FIRST_PERSON.search(text) or not _YOU.search(text):
        return None
    # The paragraph is about its note, not about whatever the model drifted to: two of its
    # words at least ("a tender sentence" drifts to love in general, keeping one word).
    noted = set(content_words(topic.text))
    if len(set(content_words(text)) & noted) < min(2, len(noted)):
        return None
    if topic.requires and required_details(text, brief.with_(mentions=topic.requires)):
        return None
    return text


def _opener(kind: str, warmth: int) -> str:
    if warmth > 0:
        return _WARM_OPENERS.get(kind, "I will never forget")
    return _OPENERS.get(kind, "I remember")


def from_dossier(topic: Topic, warmth: int = 0) -> str:
    """A plain first-person sentence built from the note itself: what the model could not write."""
    text = topic.text.strip().rstrip(".!")
    if not _CLAUSE_START.match(text):
        return f"{_opener(topic.kind, warmth)} {text}."
    if _SAID_TO_THEM.match(text) and _YOU.search(text):
        # Already said to them: "I want you to know I'm proud of you." (it was "I remember when
        # I want you to know…").
        return f"{text}."
    if not text.startswith("I "):
        text = text[0].lower() + text[1:]
    if warmth > 0:
        lead = _WARM_CLAUSE_LEADS.get(topic.kind, "I will never forget how")
    else:
        lead = _CLAUSE_LEADS.get(topic.kind, "I remember when")
    return f"{lead} {text}." if lead else f"{text[0].upper()}{text[1:]}."


def _messages(plan: Plan, brief: Brief, topic: Topic) -> list[Message]:
    me = brief.client.name.split()[0]
    you = brief.recipient.nickname or brief.recipient.name.split()[0]
    system = (
        f"You are {me}. You write a letter to {you}. Write as {me}: say I and my. Call {you} you."
    )
    if plan.voice.notes:
        system += f" You speak like this: {plan.voice.notes}"
    if plan.voice.sentence_words < 20:
        system += " You write short sentences."
    tone = {"formal": "kind", "informal": "relaxed", "warm": "warm"}[brief.tone]
    opener = _opener(topic.kind, brief.warmth)
    feeling = ""
    if brief.warmth > 0:
        tone = "tender, heartfelt" if brief.tone != "formal" else "warm, heartfelt"
        feeling = " Say what it means to you."
    user = (
        f"Write two {tone} sentences to {you} about this: {topic.text}.{feeling}"
        f' Start with "{opener}".'
    )
    return [Message("system", system), Message("user", user)]


async def _paragraph(
    brain: Brain, plan: Plan, brief: Brief, topic: Topic, said: set[str], seed: int
) -> tuple[str, Source]:
    # Each "warmer" draws afresh, so the body is rewritten, not only reframed.
    seed += 7919 * brief.warmth
    for attempt, source in enumerate(("model", "model-retry")):
        request = Request(max_tokens=90, temperature=0.6, seed=seed + 101 * attempt, stop=("\n\n",))
        raw = await complete(brain, _messages(plan, brief, topic), request)
        repaired = _repair(raw, topic, plan, brief, said)
        if repaired is not None:
            return repaired, source  # type: ignore[return-value]
    return from_dossier(topic, brief.warmth), "dossier"


def _proofread(paragraph: str) -> str:
    """The model's slips of grammar fixed; spelling is left alone, since names are not words."""
    found = [s for s in proofread(paragraph) if s.reason != "spelling"]
    return apply(paragraph, found)


def _parts(plan: Plan, paragraphs: list[str]) -> Parts:
    return Parts(plan.salutation, tuple(paragraphs), plan.closing, plan.signature)


def _trim(
    plan: Plan, paragraphs: list[str], topics: list[Topic], sources: list[Source], brief: Brief
) -> None:
    """Shorten to the brief's most words: last sentences first, then whole optional paragraphs."""
    while word_count(_parts(plan, paragraphs).text) > brief.words[1]:
        longest = sorted(range(len(paragraphs)), key=lambda i: -word_count(paragraphs[i]))
        for i in longest:
            split = sentences(paragraphs[i])
            shorter = " ".join(split[:-1])
            needs = brief.with_(mentions=topics[i].requires)
            if len(split) > 1 and not required_details(shorter, needs):
                paragraphs[i] = shorter
                break
        else:
            optional = [i for i, t in enumerate(topics) if not t.requires]
            if not optional or len(paragraphs) == 1:
                return
            del paragraphs[optional[-1]], topics[optional[-1]], sources[optional[-1]]


async def draft_letter(
    brain: Brain, brief: Brief, seed: int = 1, progress: Progress | None = None
) -> Draft:
    """A checked letter for `brief`; raises Refused for what should not be written."""
    refuse_if_harmful(brief.occasion, *brief.mentions)
    plan = plan_letter(brief)
    said: set[str] = set()
    paragraphs: list[str] = []
    topics: list[Topic] = []
    sources: list[Source] = []

    async def add(topic: Topic) -> None:
        if progress is not None:
            await progress(len(paragraphs) + 1, max(len(plan.topics), len(paragraphs) + 1))
        text, source = await _paragraph(brain, plan, brief, topic, said, seed + len(paragraphs))
        text = _proofread(text)
        said.update(_key(s) for s in sentences(text))
        paragraphs.append(text)
        topics.append(topic)
        sources.append(source)

    for topic in plan.topics:
        await add(topic)
    spare = list(plan.spare)
    while word_count(_parts(plan, paragraphs).text) < brief.words[0] and spare:
        await add(spare.pop(0))
    if word_count(_parts(plan, paragraphs).text) < brief.words[0] and _a_phrase(brief.occasion):
        # The occasion, said plainly, opens the letter; one said as a sentence ("I just want
        # him to know I miss him") would read "This letter is for I just want…".
        occasion = to_recipient(brief.occasion, brief.client, brief.recipient)
        # A purpose reads without "for": "This letter is to say sorry for tonight."
        opening = f"This letter is {'' if occasion.startswith('to ') else 'for '}{occasion}."
        paragraphs[0] = f"{opening} {paragraphs[0]}"
    if brief.warmth > 0:
        tender = TENDER[min(brief.warmth, len(TENDER)) - 1]
        if _key(tender) not in said:
            paragraphs[-1] += f" {tender}"
            said.add(_key(tender))
    # A sentence the client always says ends the body, as it would in their own hand.
    for phrase in plan.voice.phrases:
        if phrase.endswith((".", "!", "?")) and _key(phrase) not in said:
            paragraphs[-1] += f" {_tidy(phrase)}"
            said.add(_key(phrase))
            break
    fond = WARM_FILLERS if brief.warmth else FILLERS
    plain = about_a_matter(brief.occasion) and not brief.warmth
    fillers = [f for f in (PLAIN_FILLERS if plain else fond) if _key(f) not in said]
    while word_count(_parts(plan, paragraphs).text) < brief.words[0] and fillers:
        paragraphs[-1] += " " + fillers.pop(0)
    _trim(plan, paragraphs, topics, sources, brief)
    parts = _parts(plan, paragraphs)
    return Draft(parts, tuple(sources), check_letter(parts.text, brief))


def _a_phrase(occasion: str) -> bool:
    """Whether `occasion` reads after "This letter is for": "her birthday", "saying sorry"."""
    said = occasion.strip()
    return len(said.split()) <= _PHRASE_WORDS and not _SAID_AS_A_SENTENCE.search(said)
