"""Letters rendered as if written by hand: a PDF of every page and a PNG of the first.

rendered = render(letter, style("dancing"), seed=7)
rendered.save(Path("roberto"))  # roberto.pdf, roberto.png
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from os1.errors import InputError
from os1.letters.hand_styles import HandStyle
from os1.letters.ink import Sheet, to_pdf, to_png
from os1.letters.pen import Pen
from os1.letters.studio import Parts


@dataclass(frozen=True, slots=True)
class RenderedLetter:
    pdf: bytes
    png: bytes  # the first page
    pages: int

    def save(self, stem: Path) -> tuple[Path, Path]:
        """Writes `stem`.pdf and `stem`.png and returns their paths."""
        pdf, png = stem.with_suffix(".pdf"), stem.with_suffix(".png")
        pdf.write_bytes(self.pdf)
        png.write_bytes(self.png)
        return pdf, png


def render(letter: Parts, style: HandStyle, seed: int, *, dpi: int = 100) -> RenderedLetter:
    _check(letter)
    pen = Pen(style, seed)
    if letter.dateline.strip():
        pen.line(letter.dateline, right=True)
        pen.new_line()
    pen.line(letter.salutation)
    for paragraph in letter.paragraphs:
        if paragraph.strip():
            pen.paragraph(paragraph)
    pen.keep(4)
    pen.new_line()
    pen.line(letter.closing, at=0.4)
    pen.sign(letter.signature, at=0.45)
    return rendered(pen.finish(), letter.salutation, dpi)


def rendered(sheets: list[Sheet], title: str, dpi: int) -> RenderedLetter:
    return RenderedLetter(to_pdf(sheets, title), to_png(sheets[0], dpi), len(sheets))


def _check(letter: Parts) -> None:
    if not any(paragraph.strip() for paragraph in letter.paragraphs):
        raise InputError("The letter has no body", "write at least one paragraph")
    for name in ("salutation", "closing", "signature"):
        if not getattr(letter, name).strip():
            raise InputError(f"The letter has no {name}", f"give it a {name}")
