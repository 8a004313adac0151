"""Reply text as it streams from the brain, cut where a voice can start speaking.

The first phrase goes early, at the first comma after two words ("Oh, Theo,"), so the
person hears the OS start while the brain is still writing; after that, whole
sentences, which sound more natural than fragments.
"""

from __future__ import annotations

import re

FIRST_PHRASE_WORDS = 2
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*\s")
_PAUSE = re.compile(r"[,;:]\s")


class Phrases:
    def __init__(self) -> None:
        self._text = ""
        self._first = True

    def add(self, piece: str) -> list[str]:
        """The phrases `piece` completes, in order."""
        self._text += piece
        found: list[str] = []
        while True:
            cut = self._cut()
            if cut is None:
                return found
            phrase, self._text = self._text[:cut].strip(), self._text[cut:]
            self._first = False
            if phrase:
                found.append(phrase)

    def rest(self) -> list[str]:
        """What is left once the reply is complete."""
        phrase, self._text = self._text.strip(), ""
        return [phrase] if phrase else []

    def _cut(self) -> int | None:
        sentence = _SENTENCE_END.search(self._text)
        if self._first:
            for pause in _PAUSE.finditer(self._text):
                if sentence is not None and pause.start() > sentence.start():
                    break
                if len(self._text[: pause.start()].split()) >= FIRST_PHRASE_WORDS:
                    return pause.end()
        return sentence.end() if sentence is not None else None
