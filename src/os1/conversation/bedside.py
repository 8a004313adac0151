"""At a bedside near the end: "Does he know I'm here?", "Does she know it's me?"
(their_hearts.py asks these first).

Asked by a son whose father was in a hospice, days left, the embedded model said "No, I'm
not. He's a robot and he doesn't have feelings like you do." Nobody can know for sure;
hospice nurses say hearing is often among the last senses to go, and a study of hospice
patients who no longer responded found their brains still answering sounds (Blundon et al.,
"Electrophysiological evidence of preserved hearing at the end of life", Scientific Reports,
2020). So a friend says that, and to keep talking.
"""

from __future__ import annotations

import re

from os1.memory.relations import pronouns_of

_KNOWS_THEY_ARE_THERE = re.compile(
    # Not "Can she hear me?": as often a phone, or a baby monitor.
    r"^\W*(?:(?:but|and|so|do you think),?\s+)*(?:does|do|will) (?P<who>he|she|they"
    r"|(?:my |our )?(?:dad|mum|mom|mother|father|gran|granny|grandad|grandpa|grandma|nan"
    r"|husband|wife|partner|son|daughter|brother|sister))"
    r" (?:even |still )?(?:know (?:i'?m|i am|we'?re|we are) (?:here|there|with (?:him|her|them))"
    r"|know (?:it'?s|it is) me)\W*$",
    re.IGNORECASE,
)


def at_the_bedside(text: str, name: str) -> str | None:
    """The OS's answer to whether someone dying knows they are there (`text`, stripped);
    `name` is ", Paul" or ""; None where that is not asked."""
    asked = _KNOWS_THEY_ARE_THERE.match(text)
    if asked is None:
        return None
    him, his = pronouns_of(asked["who"].lower())
    return (
        f"Nobody can be sure{name}, but hearing is often one of the last things to go, and "
        f"nurses say people seem to know who's with them. Keep talking to {him}, and hold "
        f"{his} hand if you can."
    )
