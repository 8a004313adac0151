"""What changed in the person's life, told as the change: "your daughter Ruth moved from Porto
to Lisbon in March", not both sentences, nor the old one alone.

Consolidation marks a newer fact as superseding an older one about the same someone ("Ruth
lives in Lisbon" after "Ruth lives in Porto"). A correction made in the memories panel is
recorded the same way, with the turn kept: the sentence as it was said becomes a fact
(`AS_SAID`), superseded at once by the person's new words (`CORRECTION`), both citing the turn.

The portrait and the answers read the person's sentences; a `Revision` says which of them
are no longer so (the old fact's, in its turns), which one now tells the change (the new
fact's, in its turns), and what a fact read from words not in view now says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from os1.conversation.life_records import Said, sentences
from os1.conversation.said_back import first_person, to_you
from os1.errors import InputError
from os1.memory import fact_records
from os1.memory.candidates import third_person
from os1.memory.store import Store
from os1.memory.types import Fact, FactKind
from os1.memory.words import content_words
from os1.mind.interview import load_answers

CORRECTION = "correction"  # a fact the person wrote over an item of the portrait
AS_SAID = "as said"  # the sentence a correction replaced, kept as a fact it supersedes
# "in Porto", "to New York": where someone is.
_WHERE = re.compile(
    r"\b(?:in|to|near)\s+(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)(?P<where>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)"
)
# Whom a sentence about where they live is about, and that it is about where they live.
_LIVES = re.compile(
    r"^(?P<who>.+?)\s+(?:(?:now|still|has|have|had|just|recently|finally|actually)\s+)*"
    r"(?:live[sd]?|living|moved?|moving|relocated|(?:is|are|am|'s|'m|'re)\s+(?:now\s+)?"
    r"(?:living|based|settled))\b"
)
# Words whose loss changes nothing: a date said, or how the sentence was joined.
_NO_CHANGE = set(
    content_words(
        "though although anyway also too yet still just really actually today yesterday "
        "tomorrow morning evening night week month year january february march april may "
        "june july august september october november december monday tuesday wednesday "
        "thursday friday saturday sunday"
    )
) | {str(n) for n in range(2100)}
_OPENING = re.compile(r"^(?:(?:so|well|and|but|actually|anyway|oh|now),?\s+)+", re.I)


@dataclass(slots=True)
class Revision:
    """How the person's sentences read once the changes are told."""

    dropped: set[tuple[int, str]] = field(default_factory=set)  # (turn, sentence) no longer so
    # A sentence of the new fact's → the change, and the fact (what an edit corrects).
    told: dict[tuple[int, str], tuple[str, int]] = field(default_factory=dict)
    facts: dict[int, str] = field(default_factory=dict)  # a current fact → the change
    corrections: list[Fact] = field(default_factory=list)  # current, in the person's words

    def apply(self, said: list[Said], person: str) -> list[Said]:
        """`said` with what is no longer so left out, the change told in the new one's
        place, and the corrections added (each once)."""
        out: list[Said] = []
        for sentence in said:
            key = (sentence.turn_id, sentence.text)
            if key in self.dropped:
                continue
            if key in self.told:
                sentence = replace(sentence, text=self.told[key][0])
            elif sentence.source == "fact" and -sentence.turn_id in self.facts:
                sentence = replace(sentence, text=self.facts[-sentence.turn_id])
            out.append(sentence)
        present = {s.turn_id for s in out}
        out += [
            Said(first_person(f.text, person), -f.id, f.valid_from.astimezone(), "fact")
            for f in self.corrections
            if -f.id not in present
        ]
        return out


def revision(store: Store, user_id: str, person: str) -> Revision:
    """The person's changes, read from their facts, superseded ones too."""
    every = fact_records.facts(store, user_id, include_superseded=True)
    by_id = {f.id: f for f in every}
    current = {f.id for f in every if f.superseded_by is None}
    revised = Revision(corrections=[f for f in every if f.id in current and _corrects(f)])
    turns: dict[int, list[str]] = {}
    for old in every:
        new = by_id.get(old.superseded_by or 0)
        if new is None:
            continue
        for turn_id in set(old.sources) | set(new.sources):
            if turn_id not in turns:
                turn = store.turn(user_id, turn_id)
                turns[turn_id] = sentences(turn.text) if turn else []
        if old.extractor == AS_SAID:
            revised.dropped |= {(t, old.text) for t in old.sources}
            continue
        before, after = _only(old.text, new.text), _only(new.text, old.text)
        if not before - _NO_CHANGE:
            # The newer fact says the older again and more ("Kwame scored his first goal,
            # he ran to Kofi screaming" after "Kwame scored his first goal though"), or
            # leaves only its date out: nothing was so that is no longer.
            continue
        gone = [
            (t, s) for t in old.sources for s in turns[t] if _has(s, before) and not _has(s, after)
        ]
        earlier = gone[0][1] if gone else None
        if new.id not in current or _corrects(new):
            revised.dropped |= set(gone)  # a later change tells what is so now
            continue
        said = next(((t, s) for t in new.sources for s in turns[t] if _has(s, after)), None)
        if said is not None:
            # Told in the new sentence's place, the old one said within it where it is not
            # a move: nothing the person said is lost if the two were not one fact.
            revised.dropped |= set(gone)
            when = store.turn(user_id, said[0])
            at = datetime.fromisoformat(when.created_at) if when else new.created_at
            revised.told[said] = (change(old, new, said[1], earlier, person, at), new.id)
        else:
            revised.facts[new.id] = change(old, new, None, earlier, person, new.created_at)
    return revised


def change(
    old: Fact, new: Fact, sentence: str | None, earlier: str | None, person: str, said_at: datetime
) -> str:
    """The change in the person's own voice: "My daughter Ruth moved from Porto to Lisbon
    in March." where they live; otherwise what is so now, and what was before (`sentence`
    and `earlier` as the person said them, else the facts)."""
    now = _OPENING.sub("", sentence or first_person(new.text, person)).rstrip(" .!")
    was = _OPENING.sub("", earlier or first_person(old.text, person)).rstrip(" .!")
    lives = _LIVES.match(now)
    there = _WHERE.search(now[lives.end() :] if lives else "")
    before = _WHERE.search(was)
    if lives and there and before and there["where"] != before["where"]:
        moved = f"moved from {before['where']} to {there['where']}"
        return f"{lives['who']} {moved}{_when(new, said_at)}."
    if not _only(old.text, new.text) or (there and before and there["where"] == before["where"]):
        return f"{now}."  # nothing said before that is no longer so
    return f"{now} (before: {was[0].lower()}{was[1:]})."


def _when(new: Fact, said_at: datetime) -> str:
    """When the move was, if the person said so ("in March"), not the day they told it."""
    moved, told = new.valid_from.astimezone().date(), said_at.astimezone().date()
    if moved == told:
        return ""
    year = f" {moved.year}" if moved.year != told.year else ""
    return f" in {moved:%B}{year}" if moved.day == 1 else f" on {moved.day} {moved:%B}{year}"


def _only(text: str, other: str) -> set[str]:
    return set(content_words(text)) - set(content_words(other))


def _has(sentence: str, words: set[str]) -> bool:
    return bool(words & set(content_words(sentence)))


def _corrects(fact: Fact) -> bool:
    return fact.extractor == CORRECTION


def correct(
    store: Store,
    user_id: str,
    text: str,
    *,
    turn_id: int | None = None,
    said: str | None = None,
    fact_id: int | None = None,
    kind: FactKind = "other",
) -> int | None:
    """Record the person's correction of an item of their portrait, the turn kept: the item's
    fact (or its sentence `said` in turn `turn_id`, kept as a fact) superseded by `text`,
    written as the portrait says it back ("your sister Amy lives in York"). The new fact's
    id; None when the item is gone (forgotten meanwhile)."""
    words = to_you(" ".join(text.split()))  # back in the person's own voice: "my sister…"
    if not words:
        raise InputError("A correction needs some words", "write what is so now, or use Forget")
    person = load_answers(store, user_id).user_name or "The person"
    if fact_id is not None:
        found = [f for f in fact_records.facts(store, user_id) if f.id == fact_id]
        if not found:
            return None
        old_id: int | None = fact_id
        sources, valid_from, kind = list(found[0].sources), found[0].valid_from, found[0].kind
    else:
        turn = store.turn(user_id, turn_id) if turn_id is not None else None
        if turn is None or turn.role != "user" or not said or said not in sentences(turn.text):
            return None
        sources, valid_from = [turn.id], datetime.fromisoformat(turn.created_at)
        old_id = fact_records.add_fact(
            store, user_id, said, person, sources, valid_from, 1.0, AS_SAID, kind=kind
        )
    new_text = third_person(_OPENING.sub("", words), person)
    new_id = fact_records.add_fact(
        store, user_id, new_text, person, sources, valid_from, 1.0, CORRECTION, kind=kind
    )
    if new_id is not None and old_id is not None:
        fact_records.supersede_fact(store, user_id, old_id, new_id)
    return new_id
