"""Yes or no, to a question the OS asked before doing something that cannot be undone."""

from __future__ import annotations

import re

_YES = re.compile(r"^\s*(?:yes|yeah|yep|sure|please do|do it|go ahead|ok(?:ay)?)\b", re.IGNORECASE)
_NO = re.compile(r"^\s*(?:no|nope|don't|do not|keep it|cancel|stop)\b", re.IGNORECASE)


def is_yes(text: str) -> bool:
    return bool(_YES.match(text))


def is_no(text: str) -> bool:
    return bool(_NO.match(text))
