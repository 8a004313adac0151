"""Letters rendered with the real Debian fonts into real PDFs, read back with pypdf."""

import io
import re
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PIL import Image, ImageChops

from os1.errors import ConfigError, InputError
from os1.letters.book import Book, Chapter, compile_book
from os1.letters.envelope import Envelope, render_envelope
from os1.letters.hand_styles import STYLES, Font, style
from os1.letters.handwriting import render
from os1.letters.studio import Parts

LETTER = Parts(
    salutation="Dear Roberto,",
    paragraphs=(
        "Fifty years ago tonight you stepped backwards off your uncle's boat into the harbour.",
        "I have been laughing with you ever since, through Lisbon and the winter of the roof.",
    ),
    closing="With all my love,",
    signature="Loretta",
    dateline="Porto, 14 June 2025",
)
LONG = replace(
    LETTER, paragraphs=tuple(f"Paragraph {n}: " + "we walked home. " * 40 for n in range(6))
)


def pdf_pages(pdf: bytes) -> list[str]:
    """Each page's words, whitespace made single."""
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return [" ".join(page.extract_text().split()) for page in pages]


def image(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


def in_order(text: str, parts: list[str]) -> bool:
    at = 0
    for part in parts:
        at = text.find(part, at)
        if at < 0:
            return False
    return True


@pytest.mark.parametrize("name", sorted(STYLES))
def test_every_style_writes_the_letter_in_order(name):
    rendered = render(LETTER, style(name), seed=1)
    text = " ".join(pdf_pages(rendered.pdf))
    assert in_order(
        text,
        [
            "Porto, 14 June 2025",
            "Dear Roberto,",
            "Fifty years ago",
            "into the harbour.",
            "I have been laughing",
            "With all my love,",
            "Loretta",
        ],
    ), text


def test_the_png_is_the_first_page_at_the_asked_resolution_with_ink_on_it():
    rendered = render(LETTER, style("dancing"), seed=1, dpi=100)
    page = image(rendered.png)
    assert page.size == (583, 827)  # A5 at 100 dpi
    ink = page.convert("L").point(lambda v: 255 if v < 100 else 0).histogram()[255]
    assert ink > 2000


def test_the_same_seed_gives_the_same_letter_and_another_seed_another_take():
    dancing = style("dancing")
    first, again, other = (render(LETTER, dancing, seed=s) for s in (5, 5, 6))
    assert first.pdf == again.pdf
    assert first.png == again.png
    assert ImageChops.difference(image(first.png), image(other.png)).getbbox() is not None
    assert pdf_pages(first.pdf) == pdf_pages(other.pdf)  # the same words either way


def test_a_long_letter_flows_onto_more_pages_and_signs_at_the_end():
    rendered = render(LONG, style("femke"), seed=2)
    pages = pdf_pages(rendered.pdf)
    assert rendered.pages == len(pages) > 1
    assert "Loretta" in pages[-1]
    assert "Paragraph 5:" in " ".join(pages)


def test_a_missing_font_names_the_package_to_install(tmp_path):
    gone = Font(tmp_path / "Kristi.ttf", "fonts-kristi")
    with pytest.raises(ConfigError, match="apt-get install fonts-kristi"):
        render(LETTER, replace(style("dancing"), signature=gone), seed=1)


def test_a_client_brings_their_own_style_and_unknown_names_are_refused():
    own = replace(style("dkg"), name="loretta", ink=(90, 20, 40), rule=None)
    assert render(LETTER, own, seed=3).pdf != render(LETTER, style("dkg"), seed=3).pdf
    with pytest.raises(InputError, match="dancing, dkg, femke, kristi"):
        style("comic")


@pytest.mark.parametrize(
    "letter",
    [
        replace(LETTER, paragraphs=()),
        replace(LETTER, paragraphs=("  ",)),
        replace(LETTER, signature=""),
    ],
)
def test_a_letter_without_a_body_or_signature_is_refused(letter):
    with pytest.raises(InputError):
        render(letter, style("dancing"), seed=1)


def test_the_envelope_carries_the_address_in_the_hand(tmp_path: Path):
    envelope = Envelope("Roberto Alves", ("Rua das Flores 12", "4050-262 Porto"))
    rendered = render_envelope(envelope, style("kristi"), seed=4)
    assert rendered.pages == 1
    assert in_order(pdf_pages(rendered.pdf)[0], ["Roberto Alves", "Rua das Flores 12", "Porto"])
    pdf, png = rendered.save(tmp_path / "envelope")
    assert (
        pdf.read_bytes()[:5] == b"%PDF-"
        and image(png.read_bytes()).width > image(png.read_bytes()).height
    )
    with pytest.raises(InputError):
        render_envelope(Envelope("Roberto", ()), style("kristi"), seed=4)


def test_the_book_has_a_cover_contents_and_each_letter_on_the_page_the_contents_says():
    chapters = (
        Chapter("Fifty years", LETTER),
        Chapter("The long one", LONG),
        Chapter("To Grandma", replace(LETTER, salutation="Dear Grandma,")),
    )
    book = Book(
        "Letters Home", chapters, "Written with os1", "Loretta Alves", "Set in DejaVu Serif."
    )
    pages = pdf_pages(compile_book(book))
    assert pages[0] == "Letters Home Written with os1 Loretta Alves"
    assert "Contents" in pages[1]
    contents = pages[1].split("Contents", 1)[1]
    listed = {t: int(n) for t, n in re.findall(r"([A-Z][\w ]+?) \.+ ?(\d+)", contents)}
    assert listed == {"Fifty years": 3, "The long one": 4, "To Grandma": len(pages) - 1}
    for title, number in listed.items():
        assert pages[number - 1].startswith(title), pages[number - 1][:80]
    assert listed["To Grandma"] - listed["The long one"] > 1  # the long letter runs on
    assert in_order(pages[2], ["Dear Roberto,", "Fifty years ago", "With all my love,", "Loretta"])
    assert pages[-1] == "Set in DejaVu Serif."
    assert str(listed["The long one"] + 1) in pages[listed["The long one"]]  # a page number


def test_a_book_needs_letters():
    with pytest.raises(InputError):
        compile_book(Book("Empty", ()))
