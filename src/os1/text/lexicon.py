"""The word lists os1 reads text with, each loaded once and shared by every reader.

- The English dictionary and its word frequencies: `pyspellchecker` (MIT), whose
  frequency list ships inside the package, so it works offline. Proofreading,
  the claims a letter makes, the reply guard and the language check all read
  this one copy (about 160,000 words).
- The US census first names: the `names` package (MIT), its two tables of
  female and male first names, upper-case as the census writes them. Naming,
  the reply guard, the life records and a letter's claims all read this one set.
  With the frequencies, they also say which word of a reply is a name the model wrote
  lower-case (`names_capitalised`).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
from functools import cache
from importlib.resources import files

from spellchecker import SpellChecker
from spellchecker import __version__ as _spellchecker_version


@cache
def spell_checker() -> SpellChecker:
    """The English spell checker (about 0.15 s to build, so built on first use)."""
    return SpellChecker(language="en")


@cache
def english_frequency() -> dict[str, int]:
    """How often each English word is seen in the dictionary's corpus, lower-case.

    Read-only for every caller. The checker's own table once the checker is built;
    before that, a copy kept on disk as marshal data: the reply guard reads the first
    sentence of every reply with it, and building the checker for it held the first
    byte of `os1 chat --once` back by about 0.3 s (the copy loads in about 0.05 s).
    """
    if spell_checker.cache_info().currsize:
        return spell_checker().word_frequency.dictionary
    from os1.brain.onnx_graphs import derived_path  # here: it imports numpy

    kept = derived_path(f"english-{_spellchecker_version}-py{sys.version_info[0]}"
                        f"{sys.version_info[1]}-m{marshal.version}.marshal")  # fmt: skip
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        table = marshal.loads(kept.read_bytes())
        if isinstance(table, dict) and table:
            return table
    table = spell_checker().word_frequency.dictionary
    with contextlib.suppress(OSError):  # only time is lost: it is built again next time
        kept.parent.mkdir(parents=True, exist_ok=True)
        temporary = kept.with_name(f"{kept.name}.{os.getpid()}.part")
        temporary.write_bytes(marshal.dumps(dict(table)))
        os.replace(temporary, kept)
    return table


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


# A word the person wrote capitalised and that is this rare as a plain word is a name.
_RARE_AS_A_WORD = 5000
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")


def rare_as_a_word(word: str) -> bool:
    """Whether `word` is rare enough as a plain word that, capitalised, it is a name."""
    return english_frequency().get(word.lower(), 0) < _RARE_AS_A_WORD


def names_capitalised(sentence: str, names: frozenset[str]) -> str:
    """`sentence` with the names the person used (`names`, lower-case) capitalised where
    the model wrote them lower-case ("I'm so glad you enjoyed it, dora!"); a name that is
    also a common word ("Rose", "Will") is left as written."""

    def cased(word: re.Match[str]) -> str:
        said = word.group()
        # A name, by the census or by no dictionary having it ("Kwame"); not "you're".
        named = said.upper() in given_names() or said not in english_words()
        if said in names and named and rare_as_a_word(said):
            return said[0].upper() + said[1:]
        return said

    return _LOWER_WORD.sub(cased, sentence)
