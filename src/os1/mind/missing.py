"""Someone, or a pet, missing: read by a small grammar (heard_by_grammar.py).

"My cat Pickles didn't come home last night." read as good news (happy-for 0.50: a cat, a
home, a night), and the OS answered as if nothing had happened. Nobody knows yet where they
are: the OS is frightened for them, as it is while results are awaited (awaiting.py).
"""

from __future__ import annotations

import re

_MISSING = re.compile(
    r"\b(?:didn'?t|did not|hasn'?t|has not|haven'?t|have not|never) (?:come|came) (?:home|back)"
    r"(?! (?:from|after|until|till|yet,? (?:but|thank)))\b"
    r"|\b(?:is|are|has been|have been|'s|'s been|went|gone|has gone|have gone) missing\b"
    r"|\b(?:ran|run|has run|slipped|got|has got|bolted) (?:off|away|out)(?: again)? (?:on|in|at"
    r"|from|during|last|this|yesterday|two|three|four|five)\b"
    r"|\b(?:nobody|no one|no-one) (?:has )?seen (?:him|her|them) since\b"
    r"|\b(?:still )?(?:no|hasn'?t been any) (?:sign|word|news) of (?:him|her|them)\b",
    re.IGNORECASE,
)
# Found, asked, or hoped: "She came home this morning!", "What if he doesn't come home?".
_NOT_MISSING = re.compile(
    r"\?|\b(?:found|turned up|came back|is back|'s back|home safe|safe and sound|if|unless)\b",
    re.IGNORECASE,
)


def missing_told(text: str) -> bool:
    """Whether `text` tells that someone, or a pet, is missing, and not yet found."""
    return bool(_MISSING.search(text)) and not _NOT_MISSING.search(text)
