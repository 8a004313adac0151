"""The people in a person's life, as they spoke of them: who each is to them, the names
and words used for them, and every sentence that mentions them.

Built from the person's own statements (their turns and the facts read from them,
as `life_records.Said`), never from the OS's words. "My ex-wife Catherine" makes
Catherine the ex-wife; a later "my ex-wife" or "Catherine" or a "she" opening the
sentence the person says next is her again. A relation never named ("my boss") is
someone too, known by that word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from os1.conversation.life_records import (
    HE,
    MODIFIERS,
    RELATION,
    SHE,
    Said,
    capitalised,
    is_name,
    mentioned,
    named,
    owned,
)
from os1.memory.relations import KIN_AS_NAME
from os1.text.lexicon import english_frequency, given_names

# A census name opening a sentence is a person's ("Margaret, and my grandson Leo."), unless
# the word is this common ("Hope", "Will", "May") or a month's.
_COMMON_AS_A_WORD = 10000
_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
}  # fmt: skip
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]+)\b")
_PRONOUN = re.compile(r"^(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im)\b")
_SHE_WORD = re.compile(r"^(?:[Ss]he|[Hh]er)\b")
_TITLED = re.compile(r"\b[Mm]y\s+(?P<word>[a-z]{2,}(?:-[a-z]+)?)\s+(?P<name>[A-Z][a-z]+)\b")
# Words before a name that say how the person feels about them, not who they are.
_NOT_TITLES = MODIFIERS | {
    "poor", "sweet", "lovely", "darling", "beautiful", "beloved", "dearest", "wonderful",
    "amazing", "lord", "god", "friend's", "only", "first", "other", "whole", "late",
}  # fmt: skip


@dataclass(slots=True)
class Someone:
    """One person (or pet) in the person's life."""

    key: str  # the name, or the relation's group when never named
    name: str | None = None
    relation: str | None = None  # as the person said it: "ex-wife", "mum"
    aliases: set[str] = field(default_factory=set)  # "my sister", "Amy"
    said: list[Said] = field(default_factory=list)

    @property
    def label(self) -> str:
        """ "Catherine, your ex-wife", "Catherine", "your boss"."""
        if self.name and self.relation:
            return f"{self.name}, your {self.relation}"
        return self.name or f"your {self.relation}"

    def tell(self, said: Said) -> None:
        if all(s.text != said.text or s.turn_id != said.turn_id for s in self.said):
            self.said.append(said)


@dataclass(slots=True)
class PersonGraph:
    people: dict[str, Someone] = field(default_factory=dict)

    @classmethod
    def of(cls, said: list[Said], os_name: str | None = None, met: str = "") -> PersonGraph:
        """The graph of the statements in `said`, read oldest first; `met` is what the person
        said of the people close to them when the OS first met them ("My ex-wife Catherine,
        my friend Paul"): who each is, though none of it is something they told of them."""
        graph = cls()
        ordered = sorted(said, key=lambda s: (s.when is None, s.when, abs(s.turn_id)))
        for index, text in enumerate([met, *(s.text for s in ordered)]):
            for said_as, name in _first_named(text):
                # "Work, my mum" answers what matters most: work is no one's name.
                common = index == 0 and _common_word(name)
                if name != os_name and not common:
                    graph._named(name, said_as)
            # Someone named with a word not among the relations ("my cofounder Nadia", "my
            # nan Doris"): that word is who they are; with none, they are known by name.
            titled = {m["name"]: m["word"] for m in _TITLED.finditer(text)}
            # What matters most, told when they met, opens with a value as often as with a
            # name: "Faith and my family" is no one called Faith.
            opening = _opening_names(text) - (_VALUES if index == 0 else set())
            for name in (capitalised(text) | opening) - {os_name or ""}:
                if name.upper() in given_names():
                    someone = graph.people.setdefault(
                        name, Someone(name, name=name, aliases={name})
                    )
                    word = titled.get(name, "")
                    if someone.relation is None and word and word not in _NOT_TITLES:
                        someone.relation = word
                        someone.aliases.add(f"my {word}")
        last: list[Someone] = []
        for sentence in ordered:
            found = graph._in(sentence.text, os_name)
            if not found and last:
                # "She is a cellist." just after "My daughter Ruth lives in Lisbon."
                found = graph._carried(sentence.text, last)
            for someone in found:
                someone.tell(sentence)
            last = found
        return graph

    def find(self, word: str) -> Someone | None:
        """Whom `word` ("Paul", "my sister", "sister") means, if the person spoke of them."""
        bare = re.sub(r"^(?:my|our)\s+", "", word.strip(), flags=re.IGNORECASE)
        for someone in self.people.values():
            names = {someone.name or "", *someone.aliases}
            if bare.lower() in {n.lower() for n in names if n}:
                return someone
        group = RELATION.get(bare.lower())
        matches = [s for s in self.people.values() if group and _group(s.relation) == group]
        return matches[0] if len(matches) == 1 else None

    def named_people(self) -> list[Someone]:
        """Everyone spoken of, most spoken of first, then in the order they were named."""
        return sorted(self.people.values(), key=lambda s: -len(s.said))

    def _named(self, name: str, said_as: str) -> None:
        someone = self.people.setdefault(name, Someone(name, name=name))
        someone.relation = someone.relation or said_as
        someone.aliases |= {name, f"my {said_as}"}
        # "my ex-wife" said before she was named is her too.
        unnamed = self.people.pop(RELATION[said_as], None)
        if unnamed is not None and unnamed.name is None:
            for sentence in unnamed.said:
                someone.tell(sentence)

    def _in(self, text: str, os_name: str | None) -> list[Someone]:
        """Who `text` speaks of: their names, and "my <relation>" resolved to a name."""
        found: dict[str, Someone] = {}
        # Words quoted are someone's call, not who is spoken of: "…then shouted "Mum, look!""
        # (a boy on his bike, told by his mother) is not of her mum.
        text = _QUOTED.sub(" ", text)
        # Someone introduced with who they are is them after "from" or "to" too ("an email
        # from Pawel"), where an unknown name there would be a place.
        introduced = {
            w for w in _CAPITALISED.findall(text) if w in self.people and self.people[w].relation
        }
        for name in capitalised(text) | _first_word_name(text) | introduced:
            if name in self.people:
                found[name] = self.people[name]
        for group in mentioned(KIN_AS_NAME.sub(lambda kin: f"my {kin[1].lower()}", text)):
            named_ones = [s for s in self.people.values() if _group(s.relation) == group]
            if len(named_ones) == 1:
                found[named_ones[0].key] = named_ones[0]
            elif not named_ones:
                said_as = _said_as(text, group) or group
                someone = self.people.setdefault(group, Someone(group, relation=said_as))
                someone.aliases.add(f"my {said_as}")
                found[group] = someone
        pet = owned(text)
        if (
            pet
            and RELATION[pet] not in found
            and not any(_group(s.relation) == RELATION[pet] for s in found.values())
        ):
            someone = self.people.setdefault(RELATION[pet], Someone(RELATION[pet], relation=pet))
            found[someone.key] = someone
        found.pop(os_name or "", None)
        return list(found.values())

    def _carried(self, text: str, before: list[Someone]) -> list[Someone]:
        """A "she" or "he" opening `text` is the one person the sentence before spoke of."""
        if not _PRONOUN.match(text) or len(before) != 1:
            return []
        relation = _group(before[0].relation)
        if relation in (HE if _SHE_WORD.match(text) else SHE):
            return []
        return before


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
# And in single quotes, opened after a space: "He said 'Daddy, look, big bus.'" (a son's first
# sentence, made a "daddy" of the portrait), not the apostrophe of "don't" or "Sam's".
_QUOTED = re.compile(
    r"\"[^\"]*\"?|\u201c[^\u201d]*\u201d?|(?:^|(?<=\s))['\u2018][^'\u2019]{2,}?(?:['\u2019](?!\w)|$)"
)
_VALUES = frozenset({"Faith", "Hope", "Grace", "Joy", "Charity", "Patience", "Peace", "Honesty"})


def _common_word(word: str) -> bool:
    frequent = english_frequency().get(word.lower(), 0) >= _COMMON_AS_A_WORD
    return frequent and word.upper() not in given_names()


def given_names_in(text: str) -> set[str]:
    """The census names in `text`, lower-case, wherever they stand, but for values
    ("Faith")."""
    words = set(re.findall(r"\b[A-Z][a-z]+\b", text)) - _VALUES
    return {w.lower() for w in words if w.upper() in given_names() and is_name(w)}


def _first_named(text: str) -> list[tuple[str, str]]:
    """The people `text` names, each by the first word for them: in "my ex-wife Catherine,
    my friend Paul" Catherine is not also the friend ("Catherine, my friend")."""
    found: dict[str, str] = {}
    for said_as, name in named(text):
        found.setdefault(name, said_as)
    return [(said_as, name) for name, said_as in found.items()]


def _group(relation: str | None) -> str | None:
    return RELATION.get(relation or "")


def _said_as(text: str, group: str) -> str | None:
    for word in re.findall(r"[a-z-]+", text.lower()):
        if RELATION.get(word) == group:
            return word
    return None


def _first_word_name(text: str) -> set[str]:
    first = re.match(r"([A-Z][a-z]+)\b", text)
    return {first[1]} if first else set()


def _opening_names(text: str) -> set[str]:
    """The census names opening the sentences of `text`, but for common words and months."""
    return {
        word
        for word in _SENTENCE_OPENING.findall(text)
        if word.upper() in given_names()
        and word not in _MONTHS
        and english_frequency().get(word.lower(), 0) < _COMMON_AS_A_WORD
    }
