"""The envelope a handwritten letter goes in: the recipient in the client's hand, a stamp box."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from os1.errors import InputError
from os1.letters.hand_styles import HandStyle
from os1.letters.handwriting import RenderedLetter, rendered
from os1.letters.ink import Line
from os1.letters.pen import Pen

# DL (110 x 220 mm), landscape, in points
DL = (623.6, 311.8)
_STAMP = (54.0, 64.0)


@dataclass(frozen=True, slots=True)
class Envelope:
    name: str
    address: tuple[str, ...]
    sender: tuple[str, ...] = ()


def render_envelope(
    envelope: Envelope, style: HandStyle, seed: int, *, dpi: int = 100
) -> RenderedLetter:
    if not envelope.name.strip() or not any(line.strip() for line in envelope.address):
        raise InputError("The envelope needs a name and an address", "give both")
    width = DL[0]
    paper = replace(style, page=DL, rule=None, margins=(34.0, 20.0, 30.0, 10.0))
    pen = Pen(paper, seed)
    for line in envelope.sender:
        pen.line(line)
    pen.new_line(max(0, round(0.5 * pen.rows) - len(envelope.sender)))
    for line in (envelope.name, *envelope.address):
        pen.line(line, at=0.38)
    [sheet] = pen.finish()
    sheet = replace(sheet, lines=sheet.lines + _stamp_box(width, style))
    return rendered([sheet], f"To {envelope.name}", dpi)


def _stamp_box(width: float, style: HandStyle) -> tuple[Line, ...]:
    """Two nested frames where the stamp goes, drawn in faded ink."""
    faded = tuple(round(c + (255 - c) * 0.55) for c in style.ink)
    color = (faded[0], faded[1], faded[2])
    frames: list[Line] = []
    for inset in (0.0, 4.0):
        w, h = _STAMP[0] - 2 * inset, _STAMP[1] - 2 * inset
        x, y = width - 30.0 - _STAMP[0] + inset, 24.0 + inset
        corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]
        frames += [Line(*a, *b, color, 0.7) for a, b in pairwise(corners)]
    return tuple(frames)
