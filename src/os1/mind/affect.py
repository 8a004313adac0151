"""Points in pleasure-arousal-dominance space, and where emotions and moods sit in it.

The coordinates of emotions are those of ALMA (Gebhard, "ALMA - A Layered Model
of Affect", AAMAS 2005, table 1, which maps OCC emotions into PAD space). The
personality baseline uses Mehrabian's (1996) mapping from the Big Five, as ALMA
does, scaled toward the origin (Personality.baseline says why). Mood names are
ALMA's eight octants, with its three intensities.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


def clamp(value: float, low: float = -1.0, high: float = 1.0) -> float:
    return max(low, min(high, value))


@dataclass(frozen=True, slots=True)
class PAD:
    pleasure: float = 0.0
    arousal: float = 0.0
    dominance: float = 0.0

    def __post_init__(self) -> None:
        for part in (self.pleasure, self.arousal, self.dominance):
            if not math.isfinite(part):
                raise ValueError("a PAD coordinate must be a finite number")

    def bounded(self) -> PAD:
        return PAD(clamp(self.pleasure), clamp(self.arousal), clamp(self.dominance))

    def toward(self, target: PAD, share: float) -> PAD:
        """The point `share` of the way from here to `target` (0: here, 1: there)."""
        share = clamp(share, 0.0, 1.0)
        return PAD(
            self.pleasure + share * (target.pleasure - self.pleasure),
            self.arousal + share * (target.arousal - self.arousal),
            self.dominance + share * (target.dominance - self.dominance),
        ).bounded()

    def distance(self, other: PAD) -> float:
        return math.dist(self.as_tuple(), other.as_tuple())

    def as_tuple(self) -> tuple[float, float, float]:
        return (self.pleasure, self.arousal, self.dominance)

    def rounded(self, digits: int = 3) -> dict[str, float]:
        return {
            "pleasure": round(self.pleasure, digits),
            "arousal": round(self.arousal, digits),
            "dominance": round(self.dominance, digits),
        }


# ALMA's OCC emotions, by the names os1's appraisal gives the OS's own reactions.
OS_EMOTIONS: dict[str, PAD] = {
    "joy": PAD(0.40, 0.20, 0.10),
    "happy-for": PAD(0.40, 0.20, 0.20),
    "admiration": PAD(0.50, 0.30, -0.20),  # at something the person did well
    "pride": PAD(0.40, 0.30, 0.30),  # at praise for something the OS did
    "gratitude": PAD(0.40, 0.20, -0.30),
    "sorry-for": PAD(-0.40, -0.20, -0.50),  # ALMA's "pity"
    # OCC's fear at a prospect bad for someone the OS likes: ALMA's fear, alarmed
    # (arousal up) where pity is quiet.
    "fear-for": PAD(-0.64, 0.60, -0.43),
    "distress": PAD(-0.40, -0.20, -0.50),
    "fear": PAD(-0.64, 0.60, -0.43),
    "anger": PAD(-0.51, 0.59, 0.25),
    "reproach": PAD(-0.30, -0.10, 0.40),
    "disliking": PAD(-0.40, 0.20, 0.10),
    "relief": PAD(0.20, -0.30, 0.40),
    "hope": PAD(0.20, 0.20, -0.10),
    # ALMA has no surprise; os1 places it as pleasant, aroused and a little unsure.
    "surprise": PAD(0.20, 0.60, -0.10),
}

# Where the person's own Ekman emotions sit, for the utterance's valence and arousal.
EKMAN_PAD: dict[str, PAD] = {
    "anger": OS_EMOTIONS["anger"],
    "disgust": OS_EMOTIONS["disliking"],
    "fear": OS_EMOTIONS["fear"],
    "joy": OS_EMOTIONS["joy"],
    "sadness": OS_EMOTIONS["distress"],
    "surprise": OS_EMOTIONS["surprise"],
    "neutral": PAD(),
}


# How far toward Mehrabian's temperament point a personality rests (Personality.baseline).
RESTING_SCALE = 0.4


@dataclass(frozen=True, slots=True)
class Personality:
    """Big Five traits in [-1, 1]; emotional stability is the inverse of neuroticism."""

    openness: float = 0.8
    conscientiousness: float = 0.4
    extraversion: float = 0.6
    agreeableness: float = 0.7
    # Steady rather than anxious: at 0.5 the default rested a shade aroused.
    stability: float = 0.6

    def baseline(self) -> PAD:
        """The mood this personality returns to when nothing happens.

        Mehrabian's (1996) regression of the PAD temperament scales on the Big Five,
        as ALMA uses it for the default mood, scaled toward the origin by
        RESTING_SCALE. Mehrabian's weights map trait scores to temperament scores,
        where an agreeable extravert is a long way out; ALMA reads the same numbers
        as a mood, and unscaled they put the default OS at pleasure 0.63,
        "moderately exuberant" before anything has happened, with little room left
        for good news. The scale keeps the direction, so every trait still moves the
        baseline the way Mehrabian found, and sets the default at pleasure 0.26,
        arousal -0.005, dominance 0.16: "slightly relaxed", mild contentment.
        """
        o, c, e, a, s = (
            self.openness,
            self.conscientiousness,
            self.extraversion,
            self.agreeableness,
            self.stability,
        )
        return PAD(
            RESTING_SCALE * (0.21 * e + 0.59 * a + 0.19 * s),
            RESTING_SCALE * (0.15 * o + 0.30 * a - 0.57 * s),
            RESTING_SCALE * (0.25 * o + 0.17 * c + 0.60 * e - 0.32 * a),
        ).bounded()


_OCTANTS = {
    (True, True, True): "exuberant",
    (False, False, False): "bored",
    (True, True, False): "dependent",
    (False, False, True): "disdainful",
    (True, False, True): "relaxed",
    (False, True, False): "anxious",
    (True, False, False): "docile",
    (False, True, True): "hostile",
}


# A mood reads as aroused only past this. The resting mood lies a hair from zero arousal,
# and a breath of it (0.008, after an evening of a best friend leaving) turned "calm and
# content" into "bright and lively" beside "it still weighs on me".
AROUSED = 0.05


def mood_label(mood: PAD) -> str:
    """ALMA's name for a mood: intensity and octant, e.g. 'slightly relaxed'."""
    strength = math.dist(mood.as_tuple(), (0.0, 0.0, 0.0))
    if strength < 0.1:
        return "neutral"
    octant = _OCTANTS[(mood.pleasure >= 0, mood.arousal >= AROUSED, mood.dominance >= 0)]
    # ALMA splits the distance from the origin (at most √3) into thirds.
    if strength < math.sqrt(3) / 3:
        return f"slightly {octant}"
    if strength < 2 * math.sqrt(3) / 3:
        return f"moderately {octant}"
    return f"fully {octant}"
