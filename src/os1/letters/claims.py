"""What in a letter is a claim about the world, which the dossier or the brief must back.

Names and places (capitalised words), numbers in digits or in words, dates
(months, weekdays, holidays), members of a family ("our grandchildren",
"your sister"), and quotations. A small model invents all of these in
passing; a letter that thanks Roberto for a trip to Paris he never took,
or greets children he does not have, is worse than a plain one.
"""

from __future__ import annotations

import re

from os1.memory.words import content_words
from os1.text.lexicon import english_frequency, given_names

WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")
QUOTED = re.compile(r"[\"\u201c]([^\"\u201d]{2,}?)[\"\u201d]")

MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})  # fmt: skip
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
HOLIDAYS = frozenset({
    "christmas", "easter", "thanksgiving", "hanukkah", "diwali", "eid", "halloween", "passover",
    "ramadan",
})  # fmt: skip
# "March on" and "May you" start sentences without meaning a month.
_NOT_ALWAYS_DATES = frozenset({"march", "may"})
KIN = frozenset(
    content_words(
        "mother father mum mom dad mama papa sister brother son daughter wife husband "
        "grandmother grandfather grandma grandpa granny nana grandson granddaughter "
        "grandchild grandchildren grandkids aunt uncle cousin niece nephew children kids "
        "twins stepson stepdaughter fiance fiancee"
    )
)
_UNITS = {
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "hundred": 100,
    "thousand": 1000, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "hundredth": 100,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
# After a ten ("twenty-one", "forty-second"), one and two are numbers too.
_AFTER_TENS = {
    **{k: v for k, v in _UNITS.items() if v < 10},
    "one": 1, "two": 2, "first": 1, "second": 2,
}  # fmt: skip
_NUMBER_WORDS = re.compile(
    rf"\b(?:({'|'.join(_TENS)})(?:[- ]({'|'.join(_AFTER_TENS)}))?|({'|'.join(_UNITS)}))\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"(\d+)")
# Below this many lowercase sightings in the dictionary's corpus, a word that
# opens a sentence is taken for a name ("Paris", "Lisbon"); a first name is
# taken for one unless it is a common word too ("Will", "Hope").
_RARE_IN_LOWERCASE = 1500
_COMMON_WORD = 30000
_ADVERB = re.compile(r"(?:ly|wards?)$")


def numbers(text: str) -> list[tuple[str, int]]:
    """Each number in `text` as written and as a value: "1974", "50th", "fifty", "forty-two"."""
    found = [(m.group(), int(m.group(1))) for m in _DIGITS.finditer(text)]
    for match in _NUMBER_WORDS.finditer(text):
        tens, unit, alone = match.groups()
        if alone:
            found.append((match.group(), _UNITS[alone.lower()]))
        else:
            value = _TENS[tens.lower()] + (_AFTER_TENS[unit.lower()] if unit else 0)
            found.append((match.group(), value))
    return found


def words_of(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def is_date(word: str, first_in_sentence: bool) -> bool:
    """A month, weekday or holiday, written as one (capitalised)."""
    bare = word.lower()
    if not word[:1].isupper() or (first_in_sentence and bare in _NOT_ALWAYS_DATES):
        return False
    return bare in MONTHS or bare in WEEKDAYS or bare in HOLIDAYS


def names_someone(word: str, first_in_sentence: bool) -> bool:
    """A capitalised word that names a person or place rather than starting a sentence."""
    if not word[:1].isupper():
        return False
    if not first_in_sentence:
        return True
    bare = re.sub(r"['\u2019]s$", "", word.lower())
    if _ADVERB.search(bare):
        return False
    seen = english_frequency().get(bare, 0)
    if seen < _RARE_IN_LOWERCASE:
        return True
    return bare.upper() in given_names() and seen < _COMMON_WORD


def quotations(text: str) -> list[str]:
    return [q.strip() for q in QUOTED.findall(text) if WORD.search(q)]


def quoted_in(quote: str, sources: list[str]) -> bool:
    """Whether `quote`'s words appear together, in order, in one of `sources`."""
    wanted = f" {' '.join(words_of(quote))} "
    return any(wanted in f" {' '.join(words_of(source))} " for source in sources)
