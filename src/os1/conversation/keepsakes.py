""" "I keep his coat on the hook by the door. Is that strange?": what of someone gone is kept,
and whether that is strange, asked.

A widow asked this on what would have been her fortieth anniversary, and the OS answered
"Oh, that's great news." Keeping a coat where it hung, a voicemail, a mug, is one of the
ways people go on holding someone (Klass, Silverman and Nickman, "Continuing Bonds", 1996):
a friend says it is not strange, and that there is no hurry.
"""

from __future__ import annotations

import re

_KEPT = re.compile(
    r"\bi (?:still )?(?:keep|have kept|kept|sleep with|wear|listen to|haven'?t (?:moved|washed"
    r"|touched|changed|deleted)|can'?t (?:move|wash|throw away|give away|delete|touch))"
    r" (?P<whose>his|her|their|(?:my|our) \w+'s|[A-Z][a-z]+'s) (?P<thing>coat|jacket|jumper"
    r"|cardigan|scarf|hat|slippers|shoes|boots|toothbrush|glasses|pillow|clothes|dressing gown"
    r"|voicemails?|messages|number|chair|mug|cup|room|things|side of the bed|watch|ring)\b",
    re.IGNORECASE,
)
_IS_IT_STRANGE = re.compile(
    r"\b(?:is (?:that|it|this)|am i) (?:strange|weird|odd|silly|morbid|crazy|mad|wrong|normal"
    r"|okay|ok|bad|unhealthy|pathetic)\?\W*$",
    re.IGNORECASE,
)


def keepsake_asked(text: str, name: str) -> str | None:
    """The OS's answer when `text` tells what of someone gone is kept and asks if that is
    strange; `name` is ", Helen" or ""; None when that is not asked."""
    kept = _KEPT.search(text)
    if kept is None or not _IS_IT_STRANGE.search(text):
        return None
    whose = kept["whose"]
    owner = {"his": "him", "her": "her", "their": "them"}.get(whose.lower())
    whose = whose.lower() if owner else re.sub(r"^(?i:my|our) ", "your ", whose)
    who = owner or whose.removesuffix("'s")
    return (
        f"Not strange at all{name}. Keeping {whose} {kept['thing'].lower()} close keeps a "
        f"little of {who} near, and lots of people do. There's no hurry to change it."
    )
