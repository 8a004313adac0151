"""Ink on paper: a page as placed words and lines, painted once as PDF and once as PNG.

Layout happens elsewhere (the pen); this module only paints, so the PDF and the PNG of
the same sheet always show the same words in the same places.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from os1.letters.hand_styles import Rgb

# A fixed date keeps the PDF bytes the same for the same letter and seed.
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Word:
    """One word at its baseline's left end (points from the top left), turned `angle` degrees
    counterclockwise about that point."""

    text: str
    font: Path
    size: float
    x: float
    y: float
    angle: float
    ink: Rgb


@dataclass(frozen=True, slots=True)
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    color: Rgb
    width: float = 0.5


@dataclass(frozen=True, slots=True)
class Sheet:
    width: float
    height: float
    paper: Rgb
    words: tuple[Word, ...]
    lines: tuple[Line, ...] = ()


@lru_cache(maxsize=64)
def face(font: Path, size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font), size=size)


def width(text: str, font: Path, size: float) -> float:
    """The advance of `text` in points, measured at 100 pt so small sizes stay exact."""
    return face(font, 100).getlength(text) * size / 100


def to_pdf(sheets: Sequence[Sheet], title: str) -> bytes:
    pdf = FPDF(unit="pt", format=(sheets[0].width, sheets[0].height))
    pdf.set_creation_date(_EPOCH)
    pdf.set_title(title)
    pdf.set_auto_page_break(False)
    families: dict[Path, str] = {}
    for sheet in sheets:
        pdf.add_page(format=(sheet.width, sheet.height))
        pdf.set_fill_color(*sheet.paper)
        pdf.rect(0, 0, sheet.width, sheet.height, style="F")
        for line in sheet.lines:
            pdf.set_draw_color(*line.color)
            pdf.set_line_width(line.width)
            pdf.line(line.x0, line.y0, line.x1, line.y1)
        for word in sheet.words:
            if word.font not in families:
                families[word.font] = f"hand{len(families)}"
                pdf.add_font(families[word.font], "", fname=str(word.font))
            pdf.set_font(families[word.font], size=word.size)
            pdf.set_text_color(*word.ink)
            with pdf.rotation(word.angle, x=word.x, y=word.y):
                pdf.text(word.x, word.y, word.text)
    return bytes(pdf.output())


def to_png(sheet: Sheet, dpi: int = 100) -> bytes:
    scale = dpi / 72
    image = Image.new("RGB", (round(sheet.width * scale), round(sheet.height * scale)), sheet.paper)
    draw = ImageDraw.Draw(image)
    for line in sheet.lines:
        xy = [(line.x0 * scale, line.y0 * scale), (line.x1 * scale, line.y1 * scale)]
        draw.line(xy, fill=line.color, width=max(1, round(line.width * scale)))
    for word in sheet.words:
        _stamp(image, word, scale)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _stamp(image: Image.Image, word: Word, scale: float) -> None:
    """Draws the word on its own transparent tile, turns the tile about the baseline's left
    end and lays it on the page: Pillow cannot draw turned text directly."""
    font = face(word.font, word.size * scale)
    pad = round(word.size * scale)
    length = round(font.getlength(word.text))
    tile = Image.new("RGBA", (length + 2 * pad, 3 * pad), (*word.ink, 0))
    ImageDraw.Draw(tile).text(
        (pad, 2 * pad), word.text, font=font, fill=(*word.ink, 255), anchor="ls"
    )
    tile = tile.rotate(word.angle, resample=Image.Resampling.BICUBIC, center=(pad, 2 * pad))
    image.paste(tile, (round(word.x * scale) - pad, round(word.y * scale) - 2 * pad), tile)
