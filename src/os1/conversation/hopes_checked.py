""" "Probably nobody even noticed, right?", "It'll be fine, right?", "Close enough, right?": a
hope said with a tag, asked of the OS to agree with (self_doubt.py asks these with the other
doubts).

The embedded model said "I'm not sure I have a good answer to that yet. What do you
think?" to each: the very thing a person checking a hope does not want handed back. A
friend agrees where it can honestly, says why, and does not promise what it cannot see.
Whether someone else will be okay is their_hearts.py's.
"""

from __future__ import annotations

import re

_LEAD = r"^\W*(?:(?:but|and|so|i mean|probably|surely|hopefully|honestly),?\s+)*"
_TAG = (
    r"(?:,?\s+(?:right|yeah|yes|no|eh|surely|hopefully|though|do you think|don'?t you think"
    r"|isn'?t it|won'?t it|won'?t we|wouldn'?t they|didn'?t they))?\?\W*$"
)

HOPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        # "Probably nobody even noticed, right?" (3am, a stupid remark in front of a boss).
        re.compile(
            rf"{_LEAD}(?:nobody|no one|no-one)\s+(?:even\s+|really\s+|actually\s+)?(?:noticed"
            r"|notices|will notice|would notice|would have noticed|cares|will care|remembers"
            rf"|will remember|heard|saw)(?:\s+(?:it|that|anyway))?{_TAG}"
            r"|^\W*(?:(?:but|so),?\s+)?do you think (?:anyone|anybody|people|everyone|they)"
            r" (?:even |actually |really )?(?:noticed|will notice|cares|remembers|heard|saw)"
            r"(?: it| that)?\?\W*$",
            re.IGNORECASE,
        ),
        "I doubt anyone did{name}. People are far more caught up in their own moment than in "
        "anyone else's, and what feels huge to you usually passed them by. If someone did "
        "notice, it won't stay with them the way it's staying with you.",
    ),
    (
        # "It'll be fine, right?", "Everything will be okay, won't it?"
        re.compile(
            rf"{_LEAD}(?:it'?ll|it will|it'?s going to|everything'?ll|everything will"
            r"|everything'?s going to|things will|things'?ll|it all will|we'?ll|we will"
            rf"|we'?re going to)\s+(?:all\s+)?be\s+(?:fine|okay|ok|alright|all right|good){_TAG}",
            re.IGNORECASE,
        ),
        "I think so{name}. And if it's bumpy on the way, that doesn't mean it won't be. What's "
        "the part you're least sure of?",
    ),
    (
        # "Close enough, right?" (a p-value, quizzed the night before a statistics exam).
        re.compile(
            rf"{_LEAD}(?:(?:that'?s|that is|it'?s|is that)\s+)?(?:close|near)\s+enough{_TAG}",
            re.IGNORECASE,
        ),
        "Close enough to build on{name}. Say it once more in your own words and it'll stick.",
    ),
)
