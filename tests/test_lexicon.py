"""The word lists os1 reads text with (os1/text/lexicon.py)."""

from __future__ import annotations

import subprocess
import sys

# Each in a fresh process: what a process has loaded before decides where a table comes from.
FROM_THE_COPY = """
from os1.text import lexicon
table = lexicon.english_frequency()
assert not lexicon.spell_checker.cache_info().currsize, "the checker was built"
print(dict(table) == dict(lexicon.spell_checker().word_frequency.dictionary), len(table))
"""


def test_the_word_table_read_before_the_checker_is_the_checkers_own() -> None:
    # The first reading anywhere builds the checker to write the copy; later ones read it.
    _run("from os1.text import lexicon; lexicon.english_frequency()")
    same, words = _run(FROM_THE_COPY).split()
    assert same == "True" and int(words) > 150_000


def test_a_checker_built_first_lends_its_own_table() -> None:
    lent = _run(
        "from os1.text import lexicon; c = lexicon.spell_checker(); "
        "print(lexicon.english_frequency() is c.word_frequency.dictionary)"
    )
    assert lent.strip() == "True"


def _run(script: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-400:]
    return done.stdout
