"""Emotions are short, moods are slow, personality is the baseline (ALMA's three layers).

An emotion is the OS's reaction to one utterance: a point in PAD space with an
intensity that fades in minutes. The mood is a point that each emotion moves in
proportion to the emotion's intensity, as ALMA does: it pulls a mood from
another octant toward itself, and pushes a mood already in its octant further
out. The mood drifts back to the personality's baseline with a half-life of
hours. Everything is a function of the inputs and the clock, so the same
conversation at the same times always gives the same feelings, and time passes
between sessions too.
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
        if _same_octant(now.point, center):
            # ALMA's push: a mood that already leans this way is deepened by it.
            point = PAD(
                now.point.pleasure + share * center.pleasure,
                now.point.arousal + share * center.arousal,
                now.point.dominance + share * center.dominance,
            ).bounded()
        else:
            # ALMA's pull: otherwise the emotion draws the mood toward itself.
            point = now.point.toward(center, share)
        return Mood(point, emotion, intensity, now.at)


def _same_octant(a: PAD, b: PAD) -> bool:
    return all((x >= 0) == (y >= 0) for x, y in zip(a.as_tuple(), b.as_tuple(), strict=True))
