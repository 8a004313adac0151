"""News awaited that may be bad, told: read by a small grammar.

"The biopsy results come tomorrow." read as good news (happy-for), and the OS said "Oh,
that's great news, you're really excited about it." Results, a verdict or a call still to
come, about health or a hearing, are a fear for them (OCC's fear-for): the OS is with them
in the waiting, not glad (heard_by_grammar.py).
"""

from __future__ import annotations

import re

_AWAITED = (
    r"(?:biopsy|scan|test|blood|the|my|his|her|their)?\s*(?:results?|biopsy|scan results"
    r"|verdict|diagnosis|decision|hearing|sentencing)"
)
_WAITING = re.compile(
    rf"\b{_AWAITED} (?:come|comes|are due|is due|will be (?:back|in|out)|should be back"
    r"|(?:is|are) (?:on )?(?:tomorrow|on \w+day|next week))"
    r"(?: (?:back|in|out))?(?: (?:tomorrow|on \w+day|next week|in (?:a|two|three|\d+) (?:days?"
    r"|weeks?)|on (?:the )?\d+\w*))?\b"
    r"|\b(?:waiting|still waiting) (?:for|on) (?:the |my |his |her |their )?(?:results?|biopsy"
    r"|scan results|call from the (?:hospital|doctor|clinic)|diagnosis|verdict)\b"
    # Whether something will last, in doubt: "I don't know if the restaurant can survive
    # that." (a rent up by a third; read as good news for its "survive": "That's so good to
    # hear. Tell me everything!").
    r"|\b(?:don'?t|do not|doesn'?t) know (?:if|whether) (?:we|i|it|they|he|she|the \w+|my \w+"
    r"|our \w+)(?: \w+)?(?:'ll| can| will| could| would| is going to| are going to)"
    r" (?:survive|make it|last|cope|keep going|get through|pull through|stay open|hold on)\b",
    re.IGNORECASE,
)
# Already come, or hoped: "The results came back clear." is relief.py's.
_NOT_AWAITED = re.compile(r"\b(?:came|come) back\b|\bhope\b|\?", re.IGNORECASE)


def awaiting_told(text: str) -> bool:
    """Whether `text` tells of news still to come that may be bad ("The biopsy results come
    tomorrow.")."""
    return bool(_WAITING.search(text)) and not _NOT_AWAITED.search(text)
