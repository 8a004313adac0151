"""A given name in a reading's grammar is a capitalised word, not any word.

Under re.IGNORECASE, `[A-Z][a-z]+` matches every word: "Do you think teachers know?" was
answered as if of a mother who no longer knew her daughter ("A hand held, a voice that's
always there"), because "teachers" filled the name's place. The mind's grammars, and the
OS's answers about other people's hearts, match a name case-sensitively, and name roles
("my manager") on their own.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import os1.mind

_NAME = re.compile(r"(?<!\(\?-i:)(?<!\(\?-i:\\b)\[A-Z\]\[a-z\]\+")


def _patterns(module_name: str) -> list[tuple[str, re.Pattern[str]]]:
    module = importlib.import_module(module_name)
    return [
        (f"{module_name}.{name}", value)
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str)
    ]


def test_no_reading_grammar_takes_any_word_for_a_name() -> None:
    modules = [m.name for m in pkgutil.walk_packages(os1.mind.__path__, "os1.mind.")]
    modules.append("os1.conversation.their_hearts")
    case_blind = [
        name
        for module in modules
        for name, pattern in _patterns(module)
        if pattern.flags & re.IGNORECASE and _NAME.search(pattern.pattern)
    ]
    assert case_blind == []
