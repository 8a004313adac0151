"""Whether words make a clause: a verb among them, not only nouns.

"My friends and my exams", answered to "What matters most to you right now?", has a
subject's "my" and no verb; said back as a sentence it became "When we met, you also said
your friends and your exams." A word that may be a noun or a verb is a noun after "my",
"the" or "and" ("my kids", "my school"), and a verb after its subject ("My son loves
football.").
"""

from __future__ import annotations

import re
from functools import cache

from lemminflect import getAllLemmas

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_CONTRACTED = re.compile(r"'(?:s|re|m|ve|ll|d)$|n't$")
_BEFORE_A_NOUN = frozenset({
    "my", "our", "your", "his", "her", "their", "the", "a", "an", "and", "or", "of", "some",
})  # fmt: skip


@cache
def _parts(word: str) -> frozenset[str]:
    return frozenset(getAllLemmas(word))


def has_verb(text: str) -> bool:
    """Whether `text` has a word that is a verb where it stands."""
    words = [w.lower() for w in _WORD.findall(text)]
    pairs = zip(["", *words], words, strict=False)
    return any(_CONTRACTED.search(word) or verb_after(before, word) for before, word in pairs)


def verb_after(before: str, word: str) -> bool:
    """Whether `word` (lower case), said after `before`, is a verb: "head" is not in "the
    head chef", "loves" is in "my son loves football"."""
    parts = _parts(word)
    return bool(parts & {"VERB", "AUX"}) and ("NOUN" not in parts or before not in _BEFORE_A_NOUN)


_PRESENT_BE = frozenset({"am", "are", "is", "be"})


def in_the_past(question: str) -> bool:
    """Whether the first verb in `question` is in the past: "came", "caught" ("How many
    people came?", a band's biggest show), not "called" of a name ("What's my dog called?")."""
    for word in (w.lower() for w in _WORD.findall(question)):
        lemmas = getAllLemmas(word).get("VERB", ())
        named = word in ("called", "named")
        if lemmas and word not in {*lemmas, *_PRESENT_BE} and not word.endswith("s") and not named:
            return not word.endswith("ing")
    return False
