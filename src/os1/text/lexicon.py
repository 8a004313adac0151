"""The word lists os1 reads text with, each loaded once and shared by every reader.

- The English dictionary and its word frequencies: `pyspellchecker` (MIT), whose
  frequency list ships inside the package, so it works offline. Proofreading,
  the claims a letter makes, the reply guard and the language check all read
  this one copy (about 160,000 words).
- The US census first names: the `names` package (MIT), its two tables of
  female and male first names, upper-case as the census writes them. Naming,
  the reply guard, the life records and a letter's claims all read this one set.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from spellchecker import SpellChecker


@cache
def spell_checker() -> SpellChecker:
    """The English spell checker (about 0.15 s to build, so built on first use)."""
    return SpellChecker(language="en")


@cache
def english_frequency() -> dict[str, int]:
    """How often each English word is seen in the dictionary's corpus, lower-case.

    The checker's own table, not a copy: read-only for every caller.
    """
    return spell_checker().word_frequency.dictionary


@cache
def english_words() -> frozenset[str]:
    return frozenset(english_frequency())


@cache
def given_names() -> frozenset[str]:
    """US census first names, upper-case ("MARY", "JAMES")."""
    found: set[str] = set()
    for table in ("dist.female.first", "dist.male.first"):
        text = (files("names") / table).read_text(encoding="ascii")
        found.update(line.split()[0] for line in text.splitlines() if line.strip())
    return frozenset(found)
