"""The proofreading engine: spelling from a real checker and a few rules of grammar.

Spelling is the lexicon's `pyspellchecker`; British spellings it does not know
("colour", "realise") are left alone. The grammar rules are the mistakes a
spelling checker cannot see: a doubled word, "a" before a vowel sound, a
lowercase "i", a sentence that starts in lowercase, words run together ("alot"),
"could of" and "for been". Each finding is a
Suggestion with its place in the text; nothing changes until the person takes
it (the skill in `os1.skills.proofreading` asks; a letter's draft takes them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.text.lexicon import spell_checker


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
# Words run together that a dictionary "corrects" to another word ("alot" → "lot").
_RUN_TOGETHER = {
    "alot": "a lot", "aswell": "as well", "infact": "in fact", "incase": "in case",
    "eachother": "each other", "atleast": "at least", "everytime": "every time",
    "alittle": "a little", "noone": "no one", "inspite": "in spite",
}  # fmt: skip
_RUN_TOGETHER_WORD = re.compile(rf"\b(?:{'|'.join(_RUN_TOGETHER)})\b", re.IGNORECASE)
# Mistakes of sound a spelling checker cannot see: "could of" for "could have", "for been
# there" for "for being there".
_OF_FOR_HAVE = re.compile(r"\b(?:could|would|should|must|might) (of)\b", re.IGNORECASE)
_BEEN_FOR_BEING = re.compile(r"\b(?:for|of|about|without|by|from) (been)\b", re.IGNORECASE)


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


def _spelling(text: str) -> list[Suggestion]:
    found: list[Suggestion] = []
    skipped = [m.span() for m in _NOT_PROSE.finditer(text)]
    checker = spell_checker()
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
    return found


def _grammar(text: str) -> list[Suggestion]:
    found: list[Suggestion] = []
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
    for match in _RUN_TOGETHER_WORD.finditer(text):
        fixed = _same_case(match.group(), _RUN_TOGETHER[match.group().lower()])
        found.append(Suggestion(match.start(), match.end(), match.group(), fixed, "two words"))
    for pattern, wanted in ((_OF_FOR_HAVE, "have"), (_BEEN_FOR_BEING, "being")):
        for match in pattern.finditer(text):
            found.append(
                Suggestion(match.start(1), match.end(1), match.group(1), wanted, f"“{wanted}”")
            )
    for match in _SENTENCE_START.finditer(text):
        letter = match.group(1)
        found.append(
            Suggestion(match.start(1), match.end(1), letter, letter.upper(), "sentence start")
        )
    return found


def proofread(text: str) -> list[Suggestion]:
    """What to change in `text`, in order; overlapping findings keep the grammar's (a word
    run together is "a lot", not the dictionary's "lot"), then the first."""
    found = _grammar(text) + _spelling(text)
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
