"""Words said again: a run within one sentence ("so so so so"), a sentence said again or
nearly, across a reply or across an evening. The guard asks these of each sentence."""

from __future__ import annotations

import re

from os1.text.numbers import CARDINAL

WORD = re.compile(r"[a-z0-9']+")


def normalised(sentence: str) -> str:
    return " ".join(WORD.findall(sentence.lower()))


def runs(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def loops(words: list[str]) -> bool:
    """A run of words said over and over within a sentence ("so so so so", "I'm so
    sorry, I'm so sorry")."""
    for n in (1, 2, 3, 4):
        counts: dict[tuple[str, ...], int] = {}
        for i in range(len(words) - n + 1):
            gram = tuple(words[i : i + n])
            counts[gram] = counts.get(gram, 0) + 1
            # A single word may recur ("I ... I ... I"), a pair now and then; three words
            # in a row said twice in one sentence are an echo.
            limit = {1: 4, 2: 3}.get(n, 2)
            if counts[gram] >= limit and (n > 1 or len(gram[0]) > 3):
                return True
    return False


def alike(words: list[str], other: str) -> bool:
    """Whether two sentences share nearly all their words (Jaccard 0.7), or one is cut short."""
    said = WORD.findall(other.lower())
    cut_short = f" {' '.join(words)} " in f" {' '.join(said)} "
    return cut_short or len(set(words) & set(said)) >= 0.7 * len(set(words) | set(said))


# A closing clause this long said at the end of an earlier reply's sentence is a tic: "…,
# that's just how it is." after a red card, a lost match and a brother's view of it.
TAIL_WORDS = 4


def same_tail(sentence: str, said: list[str]) -> bool:
    """Whether the clause closing `sentence` (after its last comma, TAIL_WORDS words or
    more) closed a sentence in `said` too."""
    if "," not in sentence:
        return False
    tail = normalised(sentence.rsplit(",", 1)[1])
    if len(tail.split()) < TAIL_WORDS:
        return False
    return any("," in s and normalised(s.rsplit(",", 1)[1]) == tail for s in said)


def nearly_said(words: list[str], theirs: str) -> bool:
    """Whether `words`, a short sentence, are all of `theirs` but a word or so, in whatever
    tense: "Twenty years, I forgot." to "Twenty years and I forgot.", "The water is freezing."
    to "The water was freezing."."""
    said = WORD.findall(theirs.lower())
    mine, their = _stems(words), _stems(said)
    return len(words) <= 7 and mine <= their and len(mine) >= len(their) - 1


def echoes_a_few(words: list[str], theirs: str) -> bool:
    """Whether `words`, two to four and one of them more than a little word, are all words
    of `theirs`: "He's sixteen." to "He's sixteen.", "He hugged me." to "He cried and hugged
    me." (a son come out), each with "Tell me more" after it. A number alone may be given
    weight ("Twenty-four.")."""
    said = WORD.findall(theirs.lower())
    weighty = [w for w in words if len(w) > 3 and not _A_NUMBER.fullmatch(w)]
    short = 2 <= len(words) <= 4 and bool(weighty)
    return short and _stems(words) <= _stems(said)


_A_NUMBER = re.compile(CARDINAL, re.IGNORECASE)
_BE = frozenset({"is", "was", "are", "were", "am", "be", "been", "'s"})


def _stems(words: list[str]) -> set[str]:
    """Each word without its tense or number ("liked", "likes" → "lik"), "it's" as "it" and
    "be"."""
    stems = set()
    for word in words:
        head, _, tail = word.partition("'")
        for part in (head, f"'{tail}" if tail else ""):
            if not part:
                continue
            if part in _BE:
                stems.add("be")
                continue
            for suffix in ("ed", "es", "s"):
                if (
                    part.endswith(suffix)
                    and len(part) > len(suffix) + 2
                    and not part.endswith("ss")
                ):
                    part = part[: -len(suffix)]
                    break
            stems.add(part.removesuffix("e") if len(part) > 3 else part)
    return stems


# Their first person, whoever says it: "we're" and "i'm" are one speaker's.
_ONE_SPEAKER = {
    "we": "i",
    "we're": "i'm",
    "we've": "i've",
    "we'll": "i'll",
    "our": "my",
    "us": "me",
}
_OWN = 4  # words in a row that make their sentence its own


# An intention the OS takes up as its own: "I'm going to fly over for the birth." to "He wants
# me to fly over for the birth."
_INTENDS = (("i'm", "going", "to"), ("i", "am", "going", "to"), ("i'll",), ("i", "will"))


def as_its_own(words: list[str], theirs: str) -> bool:
    """Whether `words` open as `theirs` does, said as if the OS's own: "I'm calling her
    Isla." to "We're calling her Isla if it's a girl."; or say it means to do what they
    told of doing: "I'm going to fly over for the birth." """
    said = [_ONE_SPEAKER.get(w, w) for w in WORD.findall(theirs.lower())]
    mine = [_ONE_SPEAKER.get(w, w) for w in words]
    first = ("i", "i'm", "i've", "i'll", "my")
    if len(mine) >= _OWN and mine[0] in first and mine[:_OWN] == said[:_OWN]:
        return True
    for opening in _INTENDS:
        if tuple(mine[: len(opening)]) == opening:
            deed = " ".join(mine[len(opening) :])
            return len(mine) - len(opening) >= _OWN and f" {deed} " in f" {' '.join(said)} "
    return False
