"""Content words, stemmed: what lexical search and the fact check compare.

Function words match everywhere, so they are dropped; Snowball's English
stemmer makes "paintings" meet "painted".
"""

from __future__ import annotations

import re

import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOPWORDS = frozenset(STOPWORDS_EN_PLUS)
_STEMMER = Stemmer.Stemmer("english")


def content_words(text: str) -> list[str]:
    """The stems of `text`'s words that are not function words, in order."""
    return _STEMMER.stemWords([w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS])


def topic_words(text: str) -> list[str]:
    """`text`'s words that can be a topic (not function words, four letters or more),
    as written: for saying back, where stems would read oddly ("garden", not "gardn")."""
    return [w for w in _WORD.findall(text.lower()) if len(w) >= 4 and w not in _STOPWORDS]
