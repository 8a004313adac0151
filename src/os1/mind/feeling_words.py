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
        "dependent": "warm but a little unsure",
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
