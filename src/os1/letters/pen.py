"""A pen that writes like a hand: each line drifts off its rule and tilts a little, each
word is a touch larger or smaller, turned, and set after a gap of its own.

The irregularity comes from one seeded random generator, so a letter written twice with
the same seed is the same letter, and another seed is another take of it.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from pathlib import Path

from os1.letters.hand_styles import HandStyle
from os1.letters.ink import Line, Sheet, Word, width


@dataclass(slots=True)
class _Stroke:
    """The current line's own drift, drawn once when the pen starts it."""

    offset: float
    slope: float
    left: float


class Pen:
    def __init__(self, style: HandStyle, seed: int) -> None:
        self._style = style
        self._rng = random.Random(seed)
        self._hand = style.hand.require()
        self._signature = style.signature.require()
        self._sheets: list[Sheet] = []
        self._words: list[Word] = []
        self._row = 0
        self._stroke = self._new_stroke()

    @property
    def pitch(self) -> float:
        return self._style.size * self._style.line_height

    @property
    def rows(self) -> int:
        """How many lines fit on a page."""
        _, top, _, bottom = self._style.margins
        return max(1, int((self._style.page[1] - top - bottom) / self.pitch))

    def new_line(self, count: int = 1) -> None:
        for _ in range(count):
            self._row += 1
            if self._row >= self.rows:
                self._turn_page()
        self._stroke = self._new_stroke()

    def keep(self, count: int) -> None:
        """Starts a fresh page unless `count` more lines fit on this one."""
        if self._row + count > self.rows and self._row > 0:
            self._turn_page()

    def paragraph(self, text: str, indent: float = 2.0) -> None:
        """Writes `text` from the start of the current line, wrapping at the right margin,
        with the first line indented by `indent` ems; ends on a fresh line."""
        x = self._left + indent * self._style.size
        for word in text.split():
            size = self._jittered(self._style.size)
            for piece in self._pieces(word, size):
                advance = width(piece, self._hand, size)
                if x + advance > self._right and x > self._left:
                    self.new_line()
                    x = self._left
                self._put(piece, self._hand, size, x)
                x += advance + self._space(size)
        self.new_line()

    def line(self, text: str, at: float = 0.0, *, right: bool = False) -> None:
        """Writes one short line starting `at` (a fraction of the writing width) or ending
        at the right margin, then moves to the next line."""
        size = self._style.size
        x = self._left + at * (self._right - self._left)
        if right:
            x = self._right - width(text, self._hand, size) * 1.05
        for word in text.split():
            size = self._jittered(self._style.size)
            self._put(word, self._hand, size, x)
            x += width(word, self._hand, size) + self._space(size)
        self.new_line()

    def sign(self, name: str, at: float) -> None:
        """The signature: one flourish in the signature hand, larger, rising a little."""
        size = self._style.size * self._style.signature_scale
        x = self._left + at * (self._right - self._left)
        self.new_line()  # the signature's loops need the room of two lines
        angle = 4.0 * self._style.unsteadiness + self._rng.gauss(0, 1.0)
        self._words.append(
            Word(name, self._signature, size, x, self._baseline(x), angle, self._ink())
        )
        self.new_line()

    def finish(self) -> list[Sheet]:
        if self._words or not self._sheets:
            self._close_sheet()
        return self._sheets

    @property
    def _left(self) -> float:
        return self._style.margins[0] + self._stroke.left

    @property
    def _right(self) -> float:
        return self._style.page[0] - self._style.margins[2]

    def _put(self, text: str, font: Path, size: float, x: float) -> None:
        angle = self._stroke.slope + self._rng.gauss(0, 0.8) * self._style.unsteadiness
        y = self._baseline(x) + self._rng.gauss(0, 0.5) * self._style.unsteadiness
        self._words.append(Word(text, font, size, x, y, angle, self._ink()))

    def _baseline(self, x: float) -> float:
        rule = self._style.margins[1] + (self._row + 1) * self.pitch
        rise = math.tan(math.radians(self._stroke.slope)) * (x - self._style.margins[0])
        return rule + self._stroke.offset - rise

    def _new_stroke(self) -> _Stroke:
        u = self._style.unsteadiness
        return _Stroke(
            offset=self._rng.gauss(-0.5, 0.9) * u,
            slope=self._rng.gauss(0.2, 0.45) * u,
            left=self._rng.gauss(0, 1.6) * u,
        )

    def _jittered(self, size: float) -> float:
        return size * (1 + self._rng.uniform(-0.045, 0.045) * self._style.unsteadiness)

    def _space(self, size: float) -> float:
        stretch = 1 + self._rng.uniform(-0.15, 0.4) * self._style.unsteadiness
        return width(" ", self._hand, size) * 1.15 * stretch

    def _ink(self) -> tuple[int, int, int]:
        # the pen presses harder or lighter: the ink darkens or fades a little
        shade = self._rng.uniform(-14, 10) * self._style.unsteadiness
        r, g, b = self._style.ink
        return (_channel(r + shade), _channel(g + shade), _channel(b + shade))

    def _pieces(self, word: str, size: float) -> list[str]:
        """A word longer than a line (a web address) is cut where the line ends."""
        pieces = [""]
        for char in word:
            if pieces[-1] and width(pieces[-1] + char, self._hand, size) > self._right - self._left:
                pieces.append("")
            pieces[-1] += char
        return pieces

    def _turn_page(self) -> None:
        self._close_sheet()
        self._row = 0
        number = str(len(self._sheets) + 1)
        x = self._style.page[0] / 2
        y = self._style.margins[1] * 0.6
        self._words.append(Word(number, self._hand, self._style.size * 0.8, x, y, 0.0, self._ink()))

    def _close_sheet(self) -> None:
        width_, height = self._style.page
        rules: list[Line] = []
        if self._style.rule is not None:
            left, top, right, _ = self._style.margins
            for row in range(self.rows):
                y = top + (row + 1) * self.pitch + 0.8
                rules.append(Line(left * 0.5, y, width_ - right * 0.5, y, self._style.rule, 0.4))
        self._sheets.append(
            Sheet(width_, height, self._style.paper, tuple(self._words), tuple(rules))
        )
        self._words = []


def _channel(value: float) -> int:
    return max(0, min(255, round(value)))
