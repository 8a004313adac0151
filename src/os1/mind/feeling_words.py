"""How the OS puts its feelings into words: a mood, a moment, something said."""

from __future__ import annotations

from datetime import datetime, timedelta

from os1.mind.affect import PAD, mood_label


def describe_mood(point: PAD) -> str:
    """A human word for a mood, for speech: ALMA's octant names read oddly aloud."""
    label = mood_label(point)
    words = {
        "exuberant": "bright and lively",
        "relaxed": "calm and content",
        "dependent": "warm but unsure",
        "docile": "quiet and soft",
        "bored": "low and flat",
        "disdainful": "cool and distant",
        "anxious": "worried",
        "hostile": "upset",
        "neutral": "steady",
    }
    octant = label.split()[-1]
    degree = (
        ""
        if label == "neutral"
        else {"slightly": "a little ", "fully": "very "}.get(label.split()[0], "")
    )
    return degree + words[octant]


# What the OS felt, for "I … when you said": the reactions of reactions.py and ALMA's
# other OCC emotions. One table, so the reply, the panel and the journal say it alike.
_FELT = {
    "sorry-for": "was sad for you",
    "distress": "was hurt",
    "happy-for": "was so glad for you",
    "gratitude": "felt warm",
    "surprise": "was surprised",
    "joy": "was happy",
    "relief": "was relieved",
    "hope": "felt hopeful",
    "fear-for": "was frightened for you",
    "pride": "was proud of you",
    "admiration": "admired you",
    "reproach": "was dismayed",
    "fear": "was frightened",
    "anger": "was angry",
    "disliking": "didn't like it",
}


def felt_words(emotion: str) -> str:
    """'was sad for you'; an emotion named after this table was written reads as 'was moved'."""
    return _FELT.get(emotion, "was moved")


def when_words(then: datetime, now: datetime) -> str:
    """'this morning', 'yesterday evening', in the machine's local time."""
    then, now = then.astimezone(), now.astimezone()
    hours = (now - then).total_seconds() / 3600
    if hours < 1:
        return "a little while ago"
    part = (
        "morning"
        if then.hour < 12
        else "afternoon"
        if then.hour < 18
        else "evening"
        if then.hour < 23
        else "night"
    )
    if then.date() == now.date():
        return f"this {part}" if part != "night" else "tonight"
    if then.date() == (now - timedelta(days=1)).date():
        return f"yesterday {part}" if part != "night" else "last night"
    return f"on {then.strftime('%A')} {part}"


def quote(text: str, words: int = 10) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")
