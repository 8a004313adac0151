"""Joy in slang, told: read by a small grammar (heard_by_grammar.py).

"I'm buzzing", "over the moon", "chuffed": words the classifiers learned as agitation or
not at all.
"""

from __future__ import annotations

import re

# Joy told in slang the classifiers read as agitation: "I'm buzzing, I can't sleep." read as
# anger (reproach 0.43), and the OS answered "That must hurt so much."
_ELATED = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|still|so|absolutely) (?:so |still |absolutely |just )?"
    r"(?:buzzing|buzzin'?|over the moon|on cloud nine|on top of the world|chuffed|stoked"
    r"|made up|walking on air)\b|\bcan'?t stop (?:smiling|grinning)\b",
    re.IGNORECASE,
)
_NOT_ELATED = re.compile(r"\b(?:not|never|isn'?t|wasn'?t|aren'?t|no longer)\b|\?", re.I)


# "I've never been prouder." (a teaching award; "That must hurt so much. I'm so sorry."):
# a "never" that is the joy.
_NEVER_SO = re.compile(
    r"\b(?:i'?ve|i have) never been (?:prouder|happier|(?:so|this|more) (?:proud|happy"
    r"|excited))\b",
    re.IGNORECASE,
)


def elation_told(text: str) -> bool:
    """Whether `text` tells of their joy in slang ("buzzing", "over the moon"), not denied."""
    told = bool(_ELATED.search(text)) and not _NOT_ELATED.search(text)
    return told or (bool(_NEVER_SO.search(text)) and "?" not in text)
