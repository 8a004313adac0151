"""Not known by someone they love, told: read by a small grammar.

A parent or partner with dementia who no longer knows them is a loss while they live:
"Dad didn't know who I was today." read as no event, and the next message ("I just said
yes. I didn't know what else to do.") as good news, and the OS said "That's wonderful
news, Joe!". Told, the OS is sorry for them (heard_by_grammar.py).
"""

from __future__ import annotations

import re

_UNRECOGNISED = re.compile(
    r"\b(?:didn'?t|doesn'?t|don'?t|did not|does not|do not|no longer|can'?t|couldn'?t|won'?t)"
    r" (?:even |always |really )?(?:know|recogni[sz]e|remember) (?:who (?:i|she|he|they|we)"
    r" (?:am|is|are|was|were)|me|my name"
    r"|his own (?:son|daughter|wife|children|kids)|her own (?:son|daughter|husband|children"
    r"|kids))\b|\basked (?:me )?(?:if|whether) i was (?:the|a) (?:new )?(?:nurse|carer|doctor"
    r"|stranger|neighbour)\b|\b(?:thought|thinks) i was (?:his|her) (?:brother|sister|mother"
    r"|father|wife|husband|mum|dad)\b"
    # "Edna called me by her brother's name today." (fifty-two years married)
    r"|\bcalled me (?:by )?(?:his|her) (?:brother'?s|sister'?s|father'?s|mother'?s|dad'?s|mum'?s"
    r"|son'?s|first husband'?s|first wife'?s|late \w+'s) name\b",
    re.IGNORECASE,
)
# Of someone else, or asked: "Do you remember me?", "She didn't know me at school."
_NOT_TOLD = re.compile(r"\?|\b(?:at school|at first|back then|years ago)\b", re.IGNORECASE)


def unrecognised_told(text: str) -> bool:
    """Whether `text` tells of someone they love no longer knowing them."""
    return bool(_UNRECOGNISED.search(text)) and not _NOT_TOLD.search(text)
