"""Worries about other people, asked of the OS: "What if it's awkward?", "What if he doesn't
like us?", "Will I make friends there?", "How do adults even make friends?" (worries.py asks
these with the rest of the worries about what may happen).

The embedded model said it had no good answer, or was sorry. A friend asked says what
usually happens between people: awkwardness passes, liking grows from being there, and
friends come from turning up.
"""

from __future__ import annotations

import re

MEETING_PEOPLE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        # "What if it's awkward?" (driving four hours to a best friend unseen for three years;
        # "I'm not sure I have a good answer to that yet.").
        re.compile(
            r"^\W*(?:(?:but|and|so),?\s+)?what if (?:it'?s|it is|it gets|it'?ll be|things are"
            r"|we'?re|we are) (?:really |so |just |a bit |all |kind of )?(?:awkward|weird|strange"
            r"|different|not the same)(?: (?:between us|now|at first|this time))?\W*$"
            r"|^\W*(?:(?:but|and|so),?\s+)?what if we (?:have|'ve got) nothing (?:to (?:talk"
            r" about|say)|in common)(?: (?:any ?more|now))?\W*$"
            r"|^\W*(?:(?:but|and|so),?\s+)?what if we'?ve (?:changed|grown apart)\W*$",
            re.IGNORECASE,
        ),
        "Then it's awkward for ten minutes{name}, and then it usually isn't. The other person "
        "is most likely as nervous as you, and glad when someone laughs about it first. What "
        "are you most looking forward to?",
    ),
    (
        # "What if he doesn't like us?" (matched with a boy of three after four years' wait;
        # "I'm not sure I have a good answer to that yet.").
        re.compile(
            r"^\W*(?:(?:but|and|so),?\s+)?what if (?:he|she|they) (?:doesn'?t|don'?t|won'?t"
            r"|never) (?:like|love|want|take to|bond with|settle with) us\W*$"
            # "What if she doesn't want to stay?" (a girl of seven to foster, moved four times).
            r"|^\W*(?:(?:but|and|so),?\s+)?what if (?:he|she|they) (?:doesn'?t|don'?t|won'?t)"
            r" (?:want to stay|settle(?: in)?|feel at home)(?: (?:here|with us))?\W*$",
            re.IGNORECASE,
        ),
        "Then you give it time{name}. Liking grows from being there, day after day, and nobody "
        "has to feel it on the first day for it to come. What are you most looking forward to?",
    ),
    (
        # "Will I make friends there?" (moving to Copenhagen for a husband's job; the model:
        # "I've met a few people in the past, but they were all from different countries…").
        re.compile(
            r"^\W*(?:(?:but|so|and),?\s+)?(?:do you think |do you reckon )?(?:i'?ll|i will"
            r"|will i) (?:ever )?(?:make|find|have) (?:any |new |some )?friends(?: (?:there"
            r"|here|again|at \w+))?\W*$",
            re.IGNORECASE,
        ),
        "I think you will{name}. It takes a little while, and it usually starts with one "
        "person and a habit: a club, a class, the same café each week. What would you love "
        "to find there?",
    ),
    (
        # "How do adults even make friends?" (a Saturday night alone, everyone from uni moved
        # away; "Oh no, I'm so sorry.").
        re.compile(
            r"^\W*(?:(?:but|so|and),?\s+)?how (?:do|does|can) (?:adults|grown-?ups|people|you"
            r"|anyone|one|i) (?:even |actually |ever )?(?:make|find|meet) (?:new |any )?friends"
            r"(?: (?:as an adult|at my age|in a new (?:city|town)|in (?:a|this) (?:city|town)"
            r"|anymore|these days))?\W*$",
            re.IGNORECASE,
        ),
        "Slowly, and mostly by turning up{name}: the same class, club or café each week, until "
        "faces become people. It usually starts with one person and a habit. What did you love "
        "doing before?",
    ),
)
