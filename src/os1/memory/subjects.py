"""Who a sentence is about, said in full before it is read for facts.

"My ex-wife Catherine sent over the papers", then later "my ex-wife called" or "she
signed them": read alone, the later sentences give facts about nobody in
particular. Once the person has named someone for a relation ("my ex-wife
Catherine", "Paul is my best friend"), "my ex-wife" becomes "my ex-wife Catherine";
and "she" or "he" opening a sentence becomes the last person named whose
relation says "she" or "he", when only one such person was named lately.

The grammar of names and relations is relations.py's, shared with the life
questions; a relation named for two people ("my friend Paul", "my friend Maya")
resolves to neither.
"""

from __future__ import annotations

import re
from collections import deque

from os1.memory.relations import HE, MENTION, RELATION, SHE, naming

# Capitalised words that are not names of people.
_NOT_NAME_WORDS = (
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday christmas easter i the a an "
    "and but so he she it they we you my our his her their this that"
)
NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
_PRONOUN = re.compile(r"^(?P<lead>(?:(?:and|but|so|then|now)\s+)?)(?P<pronoun>[Ss]he|[Hh]e)\b")
# How many of the person's recent sentences a "she" may reach back over.
RECENT = 8


def named(sentence: str) -> list[tuple[str, str]]:
    """The people `sentence` names with their relation: "my mum Ruth" → ("mother", "Ruth")."""
    found = naming(sentence)
    return [
        (RELATION[m["rel"].lower()], m["name"]) for m in found if m["name"].lower() not in NOT_NAMES
    ]


class People:
    """The people one person has named, read sentence by sentence in the order said."""

    def __init__(self) -> None:
        self.names: dict[str, set[str]] = {}  # relation → the names given it
        self.relations: dict[str, str] = {}  # name → its relation
        self._recent: deque[list[str]] = deque(maxlen=RECENT)  # names, sentence by sentence

    def learn(self, sentence: str) -> None:
        """Note the people `sentence` names, and that they were spoken of lately."""
        for relation, name in named(sentence):
            self.names.setdefault(relation, set()).add(name)
            self.relations[name] = relation
        said = re.findall(r"\b[A-Z][a-z]+\b", sentence)
        self._recent.append([name for name in said if name in self.relations])

    def resolve(self, sentence: str) -> str:
        """`sentence` with a named relation given its name and an opening "she" or "he"
        its person, where that is unambiguous; then learned from."""
        out = self._named_relations(sentence)
        pronoun = _PRONOUN.match(out)
        if pronoun:
            she = pronoun["pronoun"].lower() == "she"
            who = self._last(SHE if she else HE, HE if she else SHE)
            if who:
                out = f"{pronoun['lead']}{who}{out[pronoun.end() :]}"
                out = out[0].upper() + out[1:]
        self.learn(out)
        return out

    def _named_relations(self, sentence: str) -> str:
        pieces: list[str] = []
        last = 0
        for match in MENTION.finditer(sentence):
            after = sentence[match.end() :]
            relation = RELATION[match["rel"].lower()]
            names = self.names.get(relation, set())
            if match.group(0).endswith(("s", "'s")) and not match["rel"].endswith("s"):
                continue  # "my sister's", "my sisters": not the one named
            if len(names) != 1 or re.match(r"\s*,?\s*(?:(?:called|named)\s+)?[A-Z][a-z]+\b", after):
                continue
            (name,) = names
            pieces += [sentence[last : match.end()], f" {name}"]
            last = match.end()
        return "".join(pieces) + sentence[last:]

    def _last(self, same: frozenset[str], other: frozenset[str]) -> str | None:
        """The one person lately named that the pronoun can be: the last sentence's first,
        then the recent ones'; a relation that says the pronoun before one that does not
        say (a friend), and none that says the other."""
        for window in (list(self._recent)[-1:], list(self._recent)):
            named_lately = {name for names in window for name in names}
            for fits in (same, None):
                found = {
                    name
                    for name in named_lately
                    if (self.relations[name] in fits if fits else self.relations[name] not in other)
                }
                if len(found) == 1:
                    return found.pop()
                if found:
                    return None
        return None


# A sentence whose subject is "it", "they", "their…" or "that" stands for what the one
# before it said: "I chose them 'cause they help with adoption. Their inclusivity really
# spoke to me." Read alone, "Their inclusivity really spoke to Caroline" is about nothing.
_CONTINUES = re.compile(
    r"^(?:it|it's|they|they're|they've|they'll|their|these|those|that's|"
    r"(?:this|that)\s+(?:is|was|has|had|made|makes|gave|gives))\b",
    re.IGNORECASE,
)


# Of those, a subject that is only a pronoun: "This necklace is special to me" names its
# subject; "It really motivated me for sure." and "They deserve better." do not.
_ONLY_PRONOUN = re.compile(
    r"^(?:it|it's|they|they're|they've|they'll|their|these|those|that's)\b", re.IGNORECASE
)


# An object pronoun: "it", "'em", "him", or "her" with no noun after it. ("Them" is left:
# "I'm lucky to have them, I've known these friends for years" names them after.)
_OBJECT_PRONOUN = re.compile(
    r"(?<![,;])\s(?P<pronoun>it|'em|him|her(?=\s*(?:[.!?,;]|$|\s(?:and|but|to|at|in|on|"
    r"for|with|about|again|today|yesterday|so|too|back|up|out|off|a|the|some)\b)))\b"
    r"(?!\s*(?:'s|is|was|will|'ll|has|had|would|could|can|might|must|seems?|looks?)\b)",
    re.IGNORECASE,
)
# Words before an object pronoun that make a clause of their own with it as the subject.
_JOINS_WORDS = (
    "and but so because cause 'cause that when if as while since though although or then "
    "until unless where"
)
_JOINS = frozenset(_JOINS_WORDS.split())
# Something the pronoun may stand for: a noun after a determiner, a name, a number.
_ANTECEDENT = re.compile(
    r"\b(?i:a|an|the|my|our|his|her|their|your|this|that|these|those|some|one|every|each|"
    r"any|both|its)\s+[A-Za-z]|\b(?!I\b)[A-Z][a-z]+|\d"
)


# Words in a sentence short enough for its object pronoun to be most of what it says.
SHORT = 8


def leans_outside(sentence: str) -> bool:
    """Whether `sentence` has an object pronoun with nothing in the sentence before it
    to stand for: "I took it at the beach last month.", "I'm gonna make it happen!",
    "I sat with her and we talked." Alone, such a fact is about nothing the memory could
    name ("Maria took it at the beach"); "I bought a bike and love it" is not one. Only a
    short sentence: in a longer one the rest carries what the fact is about ("A friend
    made it for my 18th birthday ten years ago.")."""
    if len(sentence.split()) > SHORT:
        return False
    for match in _OBJECT_PRONOUN.finditer(sentence):
        head = sentence[: match.start()]
        before = re.findall(r"[A-Za-z']+", head)
        if not before or before[-1].lower() in _JOINS:
            continue  # "…and it was lovely": "it" is a subject
        # In one clause the subject is not what its object stands for: "My sister gave
        # it to me."; after "and" or a comma it may be: "Paris was lovely and I loved it."
        one_clause = not ({w.lower() for w in before} & _JOINS or "," in head)
        return not any(m.start() > 0 or not one_clause for m in _ANTECEDENT.finditer(head))
    return False


def continued(said: list[str]) -> list[str]:
    """`said` with each sentence that goes on from the one before joined to it ("…, and
    their inclusivity…"); one joined at most, so that a fact stays one thought. A sentence
    that goes on from one already joined, with only a pronoun for its subject, is left out:
    alone it is about nothing the memory could name; so is one whose object pronoun
    stands for something outside it (`leans_outside`), and what goes on from it."""
    out: list[str] = []
    joined = False
    for sentence in said:
        if leans_outside(sentence):
            joined = True
        elif out and not joined and _CONTINUES.match(sentence):
            out[-1] = f"{out[-1].rstrip('.!;, ')}, and {sentence[0].lower()}{sentence[1:]}"
            joined = True
        elif not (joined and _ONLY_PRONOUN.match(sentence)):
            out.append(sentence)
            joined = False
    return out
