"""Renders the README's samples: docs/letter-sample.png and docs/book-page-sample.png.

    python docs/make_samples.py

Typed samples: the words of both letters below were typed by hand here, not written by
os1's model; os1 only draws them (the handwriting, the book's typesetting). The README's
captions say so.

The book page is the PDF's own page, drawn by pdftoppm (Debian's poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from os1.letters.book import Book, Chapter, compile_book
from os1.letters.hand_styles import style
from os1.letters.handwriting import render
from os1.letters.studio import Parts

DOCS = Path(__file__).parent
ANNIVERSARY = Parts(
    dateline="Porto, 14 June 2025",
    salutation="Dear Roberto,",
    paragraphs=(
        "Fifty years ago tonight you stood on the deck of your uncle's boat, trying to look"
        " brave, and then you stepped backwards into the harbour. I laughed so hard I could"
        " not throw you the rope.",
        "I have been laughing with you ever since. Through Lisbon, through the winter the"
        " roof came down, through the children and the grandchildren, you have been the"
        " steadiest thing in my life.",
        "Thank you for every ordinary morning. I would marry you again tomorrow, boat and all.",
    ),
    closing="With all my love,",
    signature="Loretta",
)
SON = Parts(
    salutation="Dear Sam,",
    paragraphs=(
        "You asked me once why I kept the old bicycle in the garage. It is the one I taught"
        " you to ride on, the summer you were six, in the car park behind the library.",
        "You fell eleven times. I counted. On the twelfth you did not fall, and you did not"
        " look back either, and I stood there holding nothing and feeling everything.",
    ),
    closing="Proudly,",
    signature="Dad",
)


def main() -> None:
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm is missing: sudo apt-get install poppler-utils")
    started = time.perf_counter()
    letter = render(ANNIVERSARY, style("dancing"), seed=14)
    (DOCS / "letter-sample.png").write_bytes(letter.png)
    print(f"letter: {letter.pages} page(s) in {time.perf_counter() - started:.2f} s")
    book = Book(
        "Letters Home",
        (Chapter("Fifty years", ANNIVERSARY), Chapter("The bicycle", SON)),
        subtitle="Written with os1",
        author="Loretta and Sam Alves",
    )
    started = time.perf_counter()
    pdf = compile_book(book)
    print(f"book: {time.perf_counter() - started:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.pdf"
        path.write_bytes(pdf)
        # page 3: the first letter, after the cover and the contents
        out = Path(folder) / "page"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "100",
                "-f",
                "3",
                "-l",
                "3",
                "-singlefile",
                str(path),
                str(out),
            ],
            check=True,
        )
        shutil.copy(out.with_suffix(".png"), DOCS / "book-page-sample.png")


if __name__ == "__main__":
    main()
