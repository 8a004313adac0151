"""A milestone of recovery, told: read by a small grammar.

"Today is one year sober." read as no event, and the OS answered "I'm listening. Tell me
more." A year sober, a month clean, a chip or a coin at a meeting are the person's own
hard-won feat: the OS admires it (OCC's admiration; heard_by_grammar.py).
"""

from __future__ import annotations

import re

_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)"
_MILESTONE = re.compile(
    rf"\b{_NUMBER} (?:full )?(?:day|week|month|year)s? (?:sober|clean|dry|smoke-free|smoke free"
    r"|off (?:the )?(?:drink|booze|cigarettes|drugs|gambling))\b"
    rf"|\b(?:sober|clean|dry) (?:for|since) {_NUMBER}? ?(?:whole )?(?:day|week|month|year)s?\b"
    r"|\b(?:got|gave me|received) (?:my |a |the )?(?:\w+[- ])?(?:year|month|day)? ?(?:chip|coin)\b",
    re.IGNORECASE,
)
_NOT_TOLD = re.compile(r"\?|\b(?:not|never|nearly|almost|would have been|relapsed)\b", re.I)


def milestone_told(text: str) -> bool:
    """Whether `text` tells of a milestone of their recovery, not one missed or asked."""
    return bool(_MILESTONE.search(text)) and not _NOT_TOLD.search(text)
