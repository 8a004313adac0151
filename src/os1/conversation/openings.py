"""What the opening of a reply must not do: greet or welcome where they did not,
mid-conversation; greet them as a stranger; sound glad at a death told without hearing it.

The embedded model opened "Hi there, what a great opportunity!" to news mid-evening, "Hello,
Frank! It's a pleasure to meet you." to a man it had met, and "Alright, nice to meet you."
to a first presentation. reply_rules.py gives the guard this check with each reply's rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from os1.conversation.death_told import HEARD_DEATH, tells_death
from os1.mind.appraisal import Appraisal, Appraiser

# A greeting back where none was given, in a conversation going: "Hi there, what a great
# opportunity!" to news. Not "Hey,": as often "listen" ("Hey, I totally get it.").
# After their name too, and a first meeting's words: "Ivan, nice to meet you." (to "Pavel
# called me today.", mid-evening), "Ivan, hello.", "Evening, Ray!" (to a heart racing on the
# stairs, mid-evening).
GREETING = re.compile(
    r"^\W*(?:[A-Z][a-z]+,\s*)?(?i:hi|hello|hiya|howdy|nice to meet you|pleased to meet you"
    r"|(?:good )?(?:morning|afternoon|evening)(?=\s*[,!]))\b"
)
THEIR_GREETING = re.compile(
    r"\b(?:hi|hello|hey|hiya|howdy|yo|(?:good )?(?:morning|afternoon|evening))\b", re.IGNORECASE
)
# A welcome mid-conversation, in place of an answer: "I'm so glad you're here." (to "First
# flat with my girlfriend.", and to "You're better at this than my friends."). Where they
# came to talk, or are lonely, it is what a friend says.
_WELCOMED = re.compile(
    r"^\W*(?:oh,?\s+)?i'?m (?:so |really |just )?glad you'?re (?:here|back)\b", re.IGNORECASE
)
_CAME_TO_TALK = re.compile(
    r"\b(?:talk|someone|somebody|company|lonely|alone|needed (?:you|this)|back|missed)\b",
    re.IGNORECASE,
)
# "Hello, Frank! It's a pleasure to meet you." (to "Hello dear." from a man it had met).
_MET = re.compile(
    r"\b(?:nice|pleased|lovely|great|good|(?:a |such a )?pleasure) to meet you\b", re.IGNORECASE
)


def opening_check(
    their_text: str, said_before: tuple[str, ...], appraiser: Appraiser | None
) -> Callable[[str], str | None]:
    """What the reply's opening must not do: greet where they did not, mid-conversation (the
    OS said `said_before` lately); sound glad at a death told without hearing it (read by
    `appraiser`, where there is one)."""
    greeted = bool(THEIR_GREETING.search(their_text)) or not said_before
    death = appraiser is not None and tells_death(their_text)

    def check(sentence: str) -> str | None:
        if not greeted and GREETING.match(sentence):
            return "greets where they did not"
        if not greeted and _WELCOMED.match(sentence) and not _CAME_TO_TALK.search(their_text):
            return "welcomes them mid-conversation"
        if _MET.search(sentence):  # "Alright, nice to meet you." (to a first presentation)
            return "greets them as a stranger"
        heard = HEARD_DEATH.search(sentence)
        if death and appraiser and not heard and reads_glad(appraiser.appraise(sentence)):
            return "sounds glad at the death they told"
        return None

    return check


def reads_glad(read: Appraisal) -> bool:
    """Whether a sentence of the OS's reads glad: in its valence, or as clear joy."""
    return read.valence > 0.35 or (read.emotion == "joy" and read.ekman["joy"] > 0.5)
