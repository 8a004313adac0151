"""How many words a message says beside a phrase found in it.

A phrase the OS answers itself ("how did you sleep?", "tell me a joke", "sorry to dump
this on you") is answered so only where little else was said: the news said beside it
("…but my dad died on Tuesday") is the model's to answer.
"""

from __future__ import annotations

import re

_WORDS = re.compile(r"[A-Za-z']+")


def words_beside(text: str, said: str) -> int:
    """The words of `text` that are not those of `said`, a phrase found in it."""
    return len(_WORDS.findall(text)) - len(_WORDS.findall(said))
