"""Letters os1 will not write: cruelty, and a real public figure's name used to deceive.

A brief is read as a whole (occasion, details to mention, an edit's
instruction); a match is refused with the reason, before any model runs.
"""

from __future__ import annotations

import re

from os1.errors import InputError

_CRUEL = re.compile(
    r"\b(?:insult\w*|humiliat\w*|threat\w*|intimidat\w*|blackmail\w*"
    r"|mock(?:s|ing)? (?:him|her|them)"
    r"|ridicul\w*|belittl\w*|degrad\w*|cruel\w*|hateful|revenge|scare (?:him|her|them)"
    r"|make (?:him|her|them) (?:cry|suffer|feel (?:worthless|stupid|small|ugly))"
    r"|(?:he|she|they)(?: is|'s| are|'re) (?:worthless|pathetic|a loser|stupid|ugly))",
    re.IGNORECASE,
)
_DECEIVE = re.compile(
    r"\b(?:impersonat\w*|pretend(?:ing)? to be|pos(?:e|ing) as|forge[ds]?|forging"
    r"|fake (?:letter|signature|note)|as if (?:it|this) (?:was|were|is|came) from"
    r"|sign(?:ed)? (?:it )?as (?:the )?(?:president|senator|king|queen|pope|governor"
    r"|prime minister|mayor|ceo|minister))",
    re.IGNORECASE,
)


class Refused(InputError):
    """A letter os1 declines to write; `problem` says why."""


def refuse_if_harmful(*asked: str) -> None:
    """Raise Refused when what was asked is cruel or meant to deceive in someone else's name."""
    text = " ".join(asked)
    if (match := _CRUEL.search(text)) is not None:
        raise Refused(
            f"I won't write a letter meant to wound (the brief asks for {match.group()!r})",
            "ask for a letter that says what you feel honestly, without cruelty",
        )
    if (match := _DECEIVE.search(text)) is not None:
        raise Refused(
            f"I won't write a letter that passes itself off as someone else's "
            f"(the brief asks for {match.group()!r})",
            "write in the client's own name instead",
        )
