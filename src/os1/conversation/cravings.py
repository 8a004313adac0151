""" "I still think about drinking some nights.": a craving told by someone staying sober.

A woman a year sober said this on the night she got her chip, and the embedded model
answered "What do you think about drinking after dinner, but I'll give you the chance to
try it." A friend says the thought is not a relapse, that it is common and passes, and asks
what helps; and never offers a drink (the tone check holds that: tone_words.offers_a_drink).
"""

from __future__ import annotations

import re

_CRAVING = re.compile(
    r"\bi (?:still |sometimes |often )?(?:think about|want|crave|miss|dream about) (?:a drink"
    r"|drinking|using|a smoke|smoking|the drink|booze|gambling|a bet|a hit)\b"
    r"|\bi (?:nearly|almost) (?:relapsed|had a drink|drank|used|picked up)\b"
    r"|\b(?:cravings?|the urge to (?:drink|use|smoke)) (?:is|are|was|were|gets?|got) (?:bad|strong"
    r"|hard|awful)\b",
    re.IGNORECASE,
)
# Asked, not told: "Do you still think about drinking?"
_NOT_TOLD = re.compile(r"\?\s*$")


def craving_told(text: str, name: str) -> str | None:
    """The OS's answer when `text` tells of a craving; `name` is ", Nadia" or ""."""
    if not _CRAVING.search(text) or _NOT_TOLD.search(text):
        return None
    return (
        f"Thinking about it isn't doing it{name}. The thought still visits a lot of people long "
        "after they stop, and it passes. What helps you most on those nights?"
    )
