"""Emotions are short, moods are slow, personality is the baseline (ALMA's three layers).

An emotion is the OS's reaction to one utterance: a point in PAD space with an
intensity that fades in minutes. The mood is a point that each emotion moves in
proportion to the emotion's intensity, after ALMA's push and pull, decided for
each dimension on its own: where the mood already leans the emotion's way, the
emotion pushes it further out; otherwise it pulls the mood toward itself.
(ALMA decides by octant, all three dimensions at once, so gratitude, pleasant
but not dominant, pulled a glad and confident mood down in pleasure.) So an
emotion never moves a dimension against its own sign. The mood drifts back to
the personality's baseline with a half-life of hours. Everything is a function
of the inputs and the clock, so the same conversation at the same times always
gives the same feelings, and time passes between sessions too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from os1.mind.affect import OS_EMOTIONS, PAD, Personality, clamp


@dataclass(frozen=True, slots=True)
class Mood:
    point: PAD
    emotion: str  # the latest reaction, or "calm"
    emotion_intensity: float
    at: datetime


@dataclass(frozen=True, slots=True)
class MoodDynamics:
    baseline: PAD = field(default_factory=lambda: Personality().baseline())
    mood_half_life_hours: float = 6.0
    emotion_half_life_minutes: float = 10.0
    # How far a full-strength emotion pulls the mood toward itself in one go.
    pull: float = 0.45

    def start(self, at: datetime) -> Mood:
        return Mood(self.baseline, "calm", 0.0, at)

    def at(self, mood: Mood, when: datetime) -> Mood:
        """The mood as it will have drifted by `when` with nothing else happening."""
        hours = max((when - mood.at).total_seconds(), 0.0) / 3600
        if hours == 0:
            return mood
        kept = 0.5 ** (hours / self.mood_half_life_hours)
        felt = mood.emotion_intensity * 0.5 ** (hours * 60 / self.emotion_half_life_minutes)
        emotion = mood.emotion if felt >= 0.05 else "calm"
        return Mood(
            self.baseline.toward(mood.point, kept),
            emotion,
            felt if emotion != "calm" else 0.0,
            max(when, mood.at),
        )

    def feel(self, mood: Mood, emotion: str, intensity: float, when: datetime) -> Mood:
        """The mood after the OS feels `emotion` at `when`."""
        now = self.at(mood, when)
        intensity = clamp(intensity, 0.0, 1.0)
        if emotion not in OS_EMOTIONS or intensity == 0:
            return now
        center = OS_EMOTIONS[emotion]
        share = self.pull * intensity
        moved = (
            _moved(mood_part, emotion_part, share)
            for mood_part, emotion_part in zip(now.point.as_tuple(), center.as_tuple(), strict=True)
        )
        return Mood(PAD(*moved).bounded(), emotion, intensity, now.at)


def _moved(mood: float, emotion: float, share: float) -> float:
    """One dimension of the mood after an emotion `share` strong."""
    if (mood >= 0) == (emotion >= 0):
        # ALMA's push: a mood that already leans this way is deepened by it.
        return mood + share * emotion
    # ALMA's pull: otherwise the emotion draws the mood toward itself.
    return mood + share * (emotion - mood)
