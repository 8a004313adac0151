"""Handwriting styles: which Debian font a letter is written in, in what ink, on what paper.

A style is plain data. The named ones use one font each; a client gets a style of their
own with `dataclasses.replace(style("dancing"), name="loretta", ink=(70, 20, 40))`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from os1.errors import ConfigError, InputError

Rgb = tuple[int, int, int]

# A5 in points: a letter, not a form.
A5 = (419.53, 595.28)


@dataclass(frozen=True, slots=True)
class Font:
    """A font file and the Debian package that ships it (empty for one the client brings)."""

    path: Path
    package: str = ""

    def require(self) -> Path:
        if self.path.is_file():
            return self.path
        if self.package:
            raise ConfigError(
                f"The font {self.path} is missing",
                f"install it with `sudo apt-get install {self.package}` (or `make install`)",
            )
        raise ConfigError(f"The font {self.path} is missing", "put the file there or pick a style")


_OTF = Path("/usr/share/fonts/opentype")
_TTF = Path("/usr/share/fonts/truetype")
DANCING_SCRIPT = Font(_OTF / "dancingscript/DancingScript-Regular.otf", "fonts-dancingscript")
DANCING_SCRIPT_BOLD = Font(_OTF / "dancingscript/DancingScript-Bold.otf", "fonts-dancingscript")
DKG = Font(_TTF / "fifthhorseman/dkg.ttf", "fonts-dkg-handwriting")
FEMKE_KLAVER = Font(_TTF / "femkeklaver/femkeklaver.ttf", "fonts-femkeklaver")
KRISTI = Font(_TTF / "kristi/Kristi.ttf", "fonts-kristi")


@dataclass(frozen=True, slots=True)
class HandStyle:
    """How a letter looks; `unsteadiness` scales every irregularity (0 writes like a printer)."""

    name: str
    hand: Font
    signature: Font
    size: float = 15.0
    signature_scale: float = 2.2
    line_height: float = 1.6
    ink: Rgb = (27, 38, 89)
    paper: Rgb = (251, 246, 233)
    rule: Rgb | None = (205, 214, 228)
    unsteadiness: float = 1.0
    page: tuple[float, float] = A5
    # left, top, right, bottom, in points
    margins: tuple[float, float, float, float] = (46.0, 54.0, 38.0, 48.0)


STYLES: dict[str, HandStyle] = {
    "dancing": HandStyle("dancing", DANCING_SCRIPT, KRISTI, size=15.5),
    "dkg": HandStyle("dkg", DKG, DANCING_SCRIPT_BOLD, size=15.0, ink=(20, 20, 24)),
    "femke": HandStyle("femke", FEMKE_KLAVER, KRISTI, size=14.0, ink=(35, 60, 120)),
    "kristi": HandStyle(
        "kristi", KRISTI, DANCING_SCRIPT_BOLD, size=21.0, signature_scale=1.4, rule=None
    ),
}


def style(name: str) -> HandStyle:
    try:
        return STYLES[name]
    except KeyError:
        known = ", ".join(sorted(STYLES))
        raise InputError(
            f"There is no handwriting style {name!r}", f"pick one of {known}"
        ) from None
