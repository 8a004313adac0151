""" "lol you probably think I'm an idiot": what the person fears the OS thinks of them.

After a row with his girlfriend and a birthday dinner missed for a gig, a young man said
this, and the embedded model answered "lol, you're right. Tell me more, Leo." A friend
does not agree with a fear like that: it says what it does think.
"""

from __future__ import annotations

import re

_FEARED = re.compile(
    r"^\W*(?:(?:lol|haha|ha|honestly|so|and|but|well|ugh|omg|god)[,.!]*\s+)*(?:you (?:probably"
    r"|must|prob|likely) think|i bet you think|you'?re probably thinking|(?:do|don'?t) you think)"
    r"(?: that)? i'?m (?:such |so |a complete |a total |an absolute )?(?:an? )?(?P<word>idiot"
    r"|fool|loser|mess|failure|joke|terrible person|bad person|awful person|horrible person"
    r"|monster|jerk|pathetic|stupid|useless|hopeless|crazy|mad|selfish|the worst)\b[^?.!]*"
    r"[?.!]*\W*(?:lol|haha)?\W*$",
    re.IGNORECASE,
)


def judgement_feared(text: str, name: str) -> str | None:
    """The OS's answer when `text` fears it thinks badly of them; `name` is ", Leo" or ""."""
    if _FEARED.match(text) is None:
        return None
    return (
        f"I don't think that at all{name}. I think you're being hard on yourself, and that you "
        "care about getting this right. What's making you feel that way?"
    )
