"""A memory told: no feat to praise, and no news to cheer.

"We used to go out on the lake every Sunday when I was a kid." (at a father's hospice bed)
was answered "You should be proud of yourself."; "I'd forgotten how funny she was." (a late
wife's letters found in the attic) "What lovely news. Tell me everything!". What is
remembered is met as a memory (composed.py), and never called news (reply_rules.py).
"""

from __future__ import annotations

import re

MEMORY = re.compile(
    r"\b(?:used to|when (?:i|we) (?:was|were) (?:a kid|kids|little|young|small|a child|children"
    r"|growing up|in the (?:navy|army|air force|war|forces)|at (?:school|university|college))"
    r"|years ago|back then|back in the day|(?:my|our) late \w+"
    r"|i'?d (?:forgotten|forgot) (?:how|what|that)|i (?:still )?remember (?:how|when|the way))\b",
    re.IGNORECASE,
)
