"""A book of letters, typeset for print: a cover, a contents page, each letter from a fresh
page in a serif book face with running headers and page numbers, and a colophon.

Page numbers count every page from the cover, as a PDF reader shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.outline import OutlineSection

from os1.errors import InputError
from os1.letters.hand_styles import A5, Font
from os1.letters.studio import Parts

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
SERIF = Font(_DEJAVU / "DejaVuSerif.ttf", "fonts-dejavu-core")
SERIF_BOLD = Font(_DEJAVU / "DejaVuSerif-Bold.ttf", "fonts-dejavu-core")
SERIF_ITALIC = Font(_DEJAVU / "DejaVuSerif-Italic.ttf", "fonts-dejavu-extra")
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_BODY = 10.0  # points
_INK = (30, 30, 30)
_GREY = (110, 110, 110)
_ENTRIES_PER_PAGE = 22


@dataclass(frozen=True, slots=True)
class Chapter:
    title: str
    letter: Parts


@dataclass(frozen=True, slots=True)
class Book:
    title: str
    chapters: tuple[Chapter, ...]
    subtitle: str = ""
    author: str = ""
    colophon: str = ""


class _Pages(FPDF):
    """fpdf2 draws headers and footers through these two overridable methods."""

    running: str = ""
    book_title: str = ""
    opening = False  # a letter's first page carries its title, not a running header

    def header(self) -> None:
        if not self.running or self.opening:
            self.opening = False
            return
        self.set_font("serif", "I", 7.5)
        self.set_text_color(*_GREY)
        self.set_y(26)
        left = self.book_title if self.page_no() % 2 == 0 else self.running
        self.cell(0, 10, left, align="C")
        self.set_y(self.t_margin)

    def footer(self) -> None:
        if not self.running:
            return
        self.set_font("serif", "", 8)
        self.set_text_color(*_GREY)
        self.set_y(-36)
        self.cell(0, 10, str(self.page_no()), align="C")


def compile_book(book: Book) -> bytes:
    """The whole book as PDF bytes."""
    if not book.title.strip():
        raise InputError("The book has no title", "give it one")
    if not book.chapters:
        raise InputError("The book has no letters", "choose at least one letter")
    pdf = _Pages(unit="pt", format=A5)
    pdf.book_title = book.title
    pdf.set_creation_date(_EPOCH)
    pdf.set_title(book.title)
    pdf.set_author(book.author)
    pdf.set_margins(58, 62, 58)
    pdf.set_auto_page_break(True, margin=64)
    pdf.add_font("serif", "", str(SERIF.require()))
    pdf.add_font("serif", "B", str(SERIF_BOLD.require()))
    pdf.add_font("serif", "I", str(SERIF_ITALIC.require()))
    _cover(pdf, book)
    pdf.add_page()
    pages = 1 + (len(book.chapters) - 1) // _ENTRIES_PER_PAGE
    # the placeholder turns to a fresh page itself: the first letter begins there
    _open(pdf, book.chapters[0])
    pdf.insert_toc_placeholder(_contents, pages=pages)
    for index, chapter in enumerate(book.chapters):
        if index:
            _open(pdf, chapter)
            pdf.add_page()
        _chapter(pdf, chapter)
    if book.colophon.strip():
        pdf.running = ""
        pdf.add_page()
        pdf.set_y(pdf.h * 0.6)
        _say(pdf, book.colophon, style="I", size=8.5, align="C")
    return bytes(pdf.output())


def _cover(pdf: _Pages, book: Book) -> None:
    pdf.add_page()
    pdf.set_y(pdf.h * 0.3)
    _say(pdf, book.title, style="B", size=24, align="C")
    if book.subtitle:
        pdf.ln(10)
        _say(pdf, book.subtitle, style="I", size=12, align="C")
    if book.author:
        pdf.set_y(pdf.h * 0.72)
        _say(pdf, book.author, size=11, align="C")


def _contents(pdf: FPDF, outline: list[OutlineSection]) -> None:
    pdf.set_y(pdf.t_margin + 20)
    _say(pdf, "Contents", style="B", size=14, align="L")
    pdf.ln(14)
    pdf.set_font("serif", "", _BODY)
    for section in outline:
        # a title, a dotted leader, and the page the letter starts on
        number = str(section.page_number)
        room = pdf.epw - pdf.get_string_width(number) - 6
        title = section.name
        while pdf.get_string_width(title) > room - 12 and len(title) > 1:
            title = title[:-2] + "…"
        dots = "." * int((room - pdf.get_string_width(title)) / pdf.get_string_width("."))
        pdf.cell(room, _BODY * 1.9, f"{title} {dots}"[: len(title) + 1 + len(dots)])
        pdf.cell(0, _BODY * 1.9, number, align="R", new_x="LMARGIN", new_y="NEXT")


def _open(pdf: _Pages, chapter: Chapter) -> None:
    pdf.running = chapter.title
    pdf.opening = True


def _chapter(pdf: _Pages, chapter: Chapter) -> None:
    letter = chapter.letter
    pdf.start_section(chapter.title)
    pdf.ln(18)
    _say(pdf, chapter.title, style="I", size=15, align="C")
    pdf.ln(22)
    if letter.dateline:
        _say(pdf, letter.dateline, style="I", size=_BODY - 1, align="R")
        pdf.ln(8)
    _say(pdf, letter.salutation, size=_BODY, align="L")
    pdf.ln(4)
    pdf.set_font("serif", "", _BODY)
    pdf.set_text_color(*_INK)
    with pdf.text_columns(text_align="J", line_height=1.45) as columns:
        for index, paragraph in enumerate(p for p in letter.paragraphs if p.strip()):
            with columns.paragraph(first_line_indent=0 if index == 0 else 14) as words:
                words.write(" ".join(paragraph.split()))
    pdf.ln(12)
    _say(pdf, letter.closing, size=_BODY, align="R")
    pdf.ln(4)
    _say(pdf, letter.signature, style="I", size=_BODY + 1, align="R")


def _say(pdf: FPDF, text: str, *, size: float, align: str, style: str = "") -> None:
    pdf.set_font("serif", style, size)
    pdf.set_text_color(*_INK)
    pdf.multi_cell(0, size * 1.4, text, align=align, new_x="LMARGIN", new_y="NEXT")
