""" "What do you remember about me?": the person's life as they told it, grouped and dated.

The portrait is drawn from the person's own statements (their turns, sentence by
sentence, and the facts read from turns no longer in view), never from the OS's
words. What is said to the OS rather than about a life does not pass: questions,
requests and commands, greetings and thanks, insults, apologies, talk about the
conversation itself. What passes is grouped by person (the person graph: who each
is to them) and then by theme: work, places, what lies ahead, feelings, likes, what
happened. Each item keeps its source turn (or fact), so it can be shown and forgotten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from os1.conversation.life_changes import CORRECTION, revision
from os1.conversation.life_records import (
    MATTERS,
    OPENER,
    Said,
    first_meeting,
    lists_people,
    statements,
)
from os1.conversation.life_sentences import speaks_for, tells_of_life, with_its_i
from os1.conversation.life_themes import THEMES, TITLES, theme_of
from os1.conversation.person_graph import PersonGraph, Someone, given_names_in
from os1.conversation.said_back import first_person, to_you
from os1.memory import fact_records
from os1.memory.store import Store
from os1.memory.time_phrases import spans_in
from os1.mind.interview import load_answers
from os1.mind.persona import load_persona
from os1.text.lexicon import english_words, given_names

_NAME = re.compile(r"\b[A-Z][a-z]+\b")
_SELF = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|my|me|mine|myself|we|we're|our|us)\b", re.I)
SPOKEN_GROUPS = 4
SHOWN = 5  # items per group in a list


@dataclass(frozen=True, slots=True)
class Item:
    """One thing the person told: in their words, turned to "you", with its source."""

    group: str  # a person's key, or a theme
    text: str
    said: str  # as the person said it
    when: datetime | None
    turn_id: int | None
    fact_id: int | None = None
    source: str = ""  # the whole turn it came from, or the fact as read

    def as_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "said": self.said,
            "when": self.when.isoformat() if self.when else None,
            "turn": self.turn_id,
            "fact": self.fact_id,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Group:
    key: str
    title: str  # "Catherine, your ex-wife" or "Work"
    person: bool
    items: tuple[Item, ...]


def portrait_of(store: Store, user_id: str, leave_out: int | None = None) -> list[Group]:
    """The person's portrait; `leave_out` is a turn not to read (the question just asked)."""
    own = [t for t in store.all_turns(user_id) if t.role == "user" and t.id != leave_out]
    said = [
        replace(s, text=with_its_i(s.text))
        for t in own
        for s in statements(t.text, t.id, datetime.fromisoformat(t.created_at).astimezone())
        if tells_of_life(s.text)
    ]
    answers = load_answers(store, user_id)
    # What they told when the OS first met them: who is close, what matters most.
    met = first_meeting(answers.relationships, None) + [
        replace(s, about=MATTERS) for s in first_meeting(None, answers.focus)
    ]
    said += [s for s in met if tells_of_life(s.text) and not lists_people(s.text)]
    heard = {s.turn_id for s in said}
    texts = {t.id: t.text for t in own}
    person = answers.user_name or "The person"
    kinds: dict[int, str | None] = {}
    facts = fact_records.facts(store, user_id)
    for fact in facts:
        kinds[-fact.id] = fact.kind
        if heard & set(fact.sources) or leave_out in fact.sources or fact.extractor == CORRECTION:
            continue  # the turn says it in the person's own words
        if not all(speaks_for(texts.get(t, "")) for t in fact.sources):
            continue  # read from words to the OS: not about their life, whatever it says
        text = first_person(fact.text, person)
        if tells_of_life(text):
            said.append(Said(text, -fact.id, fact.valid_from.astimezone(), "fact"))
    # What changed is told as the change ("moved from Porto to Lisbon"), and what the person
    # corrected in their own words, the turn it corrects kept as its source.
    changes = revision(store, user_id, person)
    said = changes.apply(said, person)
    told = {(turn, text): fact for (turn, _), (text, fact) in changes.told.items()}
    corrected = {f.id: f.sources[0] for f in changes.corrections if f.sources[0] in texts}
    persona = load_persona(store, user_id)
    # The people they named when the OS first met them ("my ex-wife Catherine, …"): who each
    # is to them, and what is said of one of them by name is of their life, with or without
    # an "I".
    # What matters most may name someone too ("My wife Margaret. She has dementia now.").
    people = ". ".join(filter(None, (answers.relationships, answers.focus)))
    named = {name.lower() for name in _NAME.findall(people)}
    # What matters most, told as a list ("your wife, your allotment"), is its own group;
    # only a name they gave puts it with someone ("My wife Margaret.").
    of_people = [s for s in said if s.about != MATTERS or given_names_in(s.text) & named]
    graph = PersonGraph.of(of_people, persona.name if persona else None, people)
    sources = texts | {-f.id: f.text for f in facts}

    def linked(item: Item) -> Item:
        if item.fact_id in corrected:
            item = replace(item, turn_id=corrected[item.fact_id])
        elif (item.turn_id, item.said) in told:
            item = replace(item, fact_id=told[(item.turn_id, item.said)])
        return replace(item, source=sources.get(item.turn_id or -(item.fact_id or 0), ""))

    return [
        replace(g, items=tuple(linked(i) for i in g.items))
        for g in _grouped(said, graph, kinds, named)
    ]


def portrait_json(groups: list[Group]) -> list[dict[str, object]]:
    """The portrait as the web panel draws it: groups, each item with its source."""
    return [
        {
            "key": g.key,
            "title": g.title,
            "person": g.person,
            "items": [i.as_json() for i in g.items],
        }
        for g in groups
    ]


def _grouped(
    said: list[Said], graph: PersonGraph, kinds: dict[int, str | None], named: set[str]
) -> list[Group]:
    placed: set[tuple[str, int]] = set()
    groups: list[Group] = []
    for someone in graph.named_people():
        items = [_item(someone.key, s) for s in someone.said]
        placed |= {(s.text, s.turn_id) for s in someone.said}
        groups.append(Group(someone.key, _title(someone), True, _unique(items)))
    themed: dict[str, list[Item]] = {}
    for sentence in said:
        if (sentence.text, sentence.turn_id) in placed:
            continue
        matters = sentence.about == MATTERS
        theme = "matters" if matters else theme_of(sentence.text, kinds.get(sentence.turn_id))
        # Without an "I" or "my" a sentence is theirs only as a feeling ("It felt strange.")
        # or what lies ahead ("The baby is due in April.").
        of_theirs = {n.lower() for n in _NAME.findall(sentence.text)} & named
        of_theirs = of_theirs or theme in ("feeling", "ahead", "matters")
        if not _SELF.search(sentence.text) and not of_theirs:
            continue
        themed.setdefault(theme, []).append(_item(theme, sentence))
    groups += [Group(t, TITLES[t], False, _unique(themed[t])) for t in THEMES if t in themed]
    return [g for g in groups if g.items]


def _title(someone: Someone) -> str:
    label = someone.label
    return label[0].upper() + label[1:]


def _item(group: str, said: Said) -> Item:
    fact = -said.turn_id if said.source == "fact" else None
    turn = None if fact or said.source == "interview" else said.turn_id
    text = to_you(OPENER.sub("", said.text.strip()) or said.text)
    # Said after a date ("today, he has…"): only a name keeps its capital.
    if re.match(r"(?:He|She|It|They|There|This|That|The|A|An|Our|Her|His|Their)\b", text):
        text = text[0].lower() + text[1:]
    return Item(group, text, said.text, said.when, turn, fact)


def _unique(items: list[Item]) -> tuple[Item, ...]:
    seen: dict[str, Item] = {}
    for item in sorted(items, key=lambda i: (i.when is None, i.when)):
        seen.setdefault(re.sub(r"\W+", " ", item.text.lower()).strip(), item)
    return tuple(seen.values())


def when_said(moment: datetime | None, today: date) -> str:
    """A day as said aloud: "today", "yesterday", "on 3 December"."""
    if moment is None:
        return "when we met"  # only the first meeting's answers are undated
    day = moment.date()
    if day == today:
        return "today"
    if (today - day).days == 1:
        return "yesterday"
    return f"on {day.day} {day:%B}" + (f" {day.year}" if day.year != today.year else "")


def as_list(groups: list[Group], today: date, shown: int = SHOWN) -> str:
    """The portrait as a short list, for text."""
    lines: list[str] = []
    told: set[str] = set()
    names = _names(groups)
    for group in groups:
        # A list item begins a line: "Today, you signed them.", not "today, …".
        dated = [_dated(i, today, names) for i in group.items[-shown:]]
        items = [f"- {line[:1].upper()}{line[1:]}" for line in dated]
        # A sentence of two people ("Ilse is moving, and your dad and you barely talk") is
        # told under the first of them only.
        items = [line for line in items if line not in told]
        told.update(items)
        if items:
            lines += [f"{group.title}:", *items]
    return "\n".join(lines)


def spoken(groups: list[Group], today: date) -> str:
    """The portrait in a few sentences, for the voice: one per group."""
    sentences = []
    names = _names(groups)
    for group in groups[:SPOKEN_GROUPS]:
        # Someone is best told by what introduced them; a theme by its latest.
        item = _dated(group.items[0 if group.person else -1], today, names).rstrip(".!")
        title = group.title if group.person else TITLES[group.key].lower()
        sentences.append(f"{title[0].upper()}{title[1:]}: {item}.")
    return " ".join(sentences)


# The person's own doing, once, in the past: "you signed the papers", "Jo and you had a
# fight", "you were in hospital"; not for years ("Today, you were married for twelve years").
_THEIR_DOING = re.compile(
    r"(?!.*\bfor (?:\S+ ){0,2}(?:days|weeks|months|years|decades|ages)\b)"
    # Nor dated by its own story: "You got him the year your wife left." (a dog of fifteen).
    r"(?!.*\bthe (?:year|day|night|summer|winter|spring|autumn|week|month|morning|time)"
    r" (?:that |when |after |before )?(?:i|you|we|he|she|they|my|your|our|his|her|their)\b)"
    r"(?:you|(?:[A-Z]\w+|your \w+) and you)\s+(?:\w+ly\s+|just\s+|finally\s+)?"
    r"(?:\w{2,}(?<!e)ed|was|were|had|got|went|made|met|felt|saw|took|gave|lost|won|found|"
    r"left|came|began|fell|told|said|sent|bought|spent|ran|wrote|sold|broke|quit|drove|flew|"
    r"ate|slept|woke|forgot|heard|kept|paid|sang|swam|threw|wore|did)\b"
)


def _names(groups: list[Group]) -> frozenset[str]:
    """The names of the people (and pets) the portrait tells of: "Biscuit" keeps its capital."""
    return frozenset(g.key for g in groups if g.person and g.key[:1].isupper())


def _dated(item: Item, today: date, names: frozenset[str] = frozenset()) -> str:
    told = when_said(item.when, today)
    if not spans_in(item.text, item.when or datetime.combine(today, time())) and (
        _THEIR_DOING.match(item.text)
    ):
        return f"{told}, {item.text}"
    # It carries its own time ("your grandmother died last spring"), or it is no doing of
    # theirs on a day: a state ("your sister lives in Leeds", "you've wanted this for
    # years"), someone else's past ("she taught you to grow tomatoes"). A day before it
    # would read as the day it happened, so the day is said as the day they told it.
    if told == "today":
        return item.text[0].upper() + item.text[1:]
    first = item.text.split()[0]
    # Mid-sentence, a word keeps its capital only as a name: "…you told me: being a nurse".
    plain = (
        first.lower() in english_words()
        and first.upper() not in given_names()
        and first.rstrip(",") not in names
    )
    text = item.text[0].lower() + item.text[1:] if plain and first != "I" else item.text
    return f"{told}{',' if told == 'when we met' else ''} you told me: {text}"
