"""What the OS goes on to say after a reply the model left at a word or two ("That's
wonderful." to news of a letter that made a friend cry; path "completed"): a second sentence
from the feeling read and what they talked about, a question back where one fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from os1.conversation.composed import AHEAD, DANGER, OPENS_WITH_HELLO, QUESTION, topic_of
from os1.conversation.farewell import FAREWELL
from os1.conversation.language import ENGLISH
from os1.mind.relief import relief_told

# What they should do, asked: a bare yes or no is no answer to it.
_ASKS_ADVICE = re.compile(
    r"\b(?:should i|i should|what would you do|how do i"
    r"|is it (?:silly|wrong|okay|ok|normal|bad))\b",
    re.IGNORECASE,
)

_BARE_ANSWER = re.compile(
    r"(?:(?:no|yes|yeah|yep|nope|maybe|perhaps|probably|of course|not really)[,.!]?\s*)+",
    re.IGNORECASE,
)

_WORDS = re.compile(r"[a-z']+")


def follow_ups(
    text: str,
    emotion: str,
    said: str,
    person: str | None = None,
    language: str = ENGLISH,
    said_before: Sequence[str] = (),
) -> list[str]:
    """Second sentences for a reply the model left at a word or two: what the OS would go
    on to say, a question back where one fits, best first; none where a short reply is the
    whole of it, nor one of `said_before` (the OS's recent replies) where another will do."""
    if language != ENGLISH or FAREWELL.search(text):
        return []  # a goodbye is whole ("Sleep well, Theo.")
    if QUESTION.search(text.strip()):
        # An answer to their question is whole; a bare yes or no to what they should do is
        # not ("No, no." to "Do you think I should call him?").
        return (
            ["What does your gut tell you?"]
            if _ASKS_ADVICE.search(text) and (_BARE_ANSWER.fullmatch(said.strip()))
            else []
        )
    # Their name once in a reply: not again if the model's sentence said it.
    named = person and person.lower() not in said.lower()
    name, topic = f", {person}" if named else "", topic_of(text)
    if OPENS_WITH_HELLO.search(text) and not topic:
        choices = [f"How are you today{name}?", "How has your day been?", "What's on your mind?"]
    else:
        choices = {
            "sorry-for": [
                f"I'm here with you{name}.",
                "Do you want to tell me about it?",
                "Take your time; I'm listening.",
            ],
            "distress": ["I'm still here, though. What's going on?"],
            # Whether they are safe only where a danger is told: a fear of what is coming
            # (a scan, an interview) is not one, and the mind reads loneliness as fear too.
            "fear-for": (
                ["Are you safe right now?"]
                if DANGER.search(text) and not AHEAD.search(text)
                else ["What's worrying you most?"]
                if AHEAD.search(text)
                else [f"What's on your mind{name}?", "How are you feeling now?"]
            ),
            "reproach": ["How are you holding up?"],
            "happy-for": (
                ["How are you feeling now?"]
                if relief_told(text)
                else [
                    f"Tell me more about {topic}!" if topic else "Tell me everything!",
                    "How does it feel?",
                    f"I'm so glad for you{name}.",
                ]
            ),
            "admiration": ["How does it feel?", "You should be proud."],
            "gratitude": [f"I'm glad I'm here for you{name}."],
            "pride": ["I'm glad it helped."],
        }.get(emotion, [f"Tell me more about {topic}." if topic else f"Tell me more{name}."])
    words = set(_WORDS.findall(said.lower()))
    # Not what was just said, again in more words: "I'm here." and "I'm here with you."
    fresh = [c for c in choices if not words <= set(_WORDS.findall(c.lower()))]
    # Nor what was said lately: "Tell me everything!" three times over a driving test passed.
    lately = " ".join(said_before).lower()
    return [c for c in fresh if c.lower() not in lately] or fresh
