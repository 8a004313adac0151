""" "What would you do if you were me?", "What would you have done?", "What would you tell a
friend in my place?": the OS asked to stand in their place (decisions.py asks these).

It can only see it from where it is, and says so; and it will not pretend it would have done
better looking back.
"""

from __future__ import annotations

import re

# "What would you do if you were me?" (the model: "walk you through the world of magic").
_IF_YOU_WERE_ME = re.compile(
    r"^\W*(?:(?:so|but|honestly|seriously),?\s+)?what would you (?:do|choose|pick|decide)"
    # "What would you choose?" (a promotion in Berlin, or a partner's life here; the model:
    # "I'm so glad to have you here.").
    r"(?:,? (?:if you were me|in my (?:shoes|place|position)))?\W*$",
    re.IGNORECASE,
)

# "What would you tell a friend in my place?" (an experiment failed again; the model: "I'd
# tell them, "Hey there. I'm so glad you're here…").
_TO_A_FRIEND = re.compile(
    r"^\W*(?:(?:so|but|honestly|okay|ok),?\s+)?what would you (?:tell|say to) (?:a friend|someone"
    r"|a mate)(?: (?:in my (?:shoes|place|position|situation)|who (?:felt|was|said) (?:like )?"
    r"(?:this|that|me)))?\W*$",
    re.IGNORECASE,
)

# Looking back: "What would you have done?" (a double sixteen missed for the darts final; the
# model: "I'd have taken a bite of the pizza.").
_WOULD_HAVE_DONE = re.compile(
    r"^\W*(?:(?:so|but|honestly|seriously|and),?\s+)?what would you have (?:done|said|chosen)"
    r"(?:,? (?:if you were me|in my (?:shoes|place|position)))?\W*$",
    re.IGNORECASE,
)


def in_their_place(text: str, name: str) -> str | None:
    """The OS's answer when asked what it would do or say in their place (`text`, stripped);
    `name` is ", Theo" or ""; None when that is not asked."""
    if _WOULD_HAVE_DONE.match(text):
        return (
            f"I can only see it from here{name}, and I doubt I'd have done better. Looking back "
            "makes every choice look clearer than it was at the time."
        )
    if _TO_A_FRIEND.match(text):
        return (
            f"That they're being harder on themselves than they'd ever be on a friend{name}, and "
            "that one hard stretch isn't a verdict. I'm telling you the same."
        )
    if _IF_YOU_WERE_ME.match(text):
        return (
            f"I can only see it from here{name}, but I'd start with whatever would make "
            "tonight a little easier. What would that be for you?"
        )
    return None
