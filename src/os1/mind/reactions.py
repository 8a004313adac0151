"""The OS's reaction to an utterance: what the person's emotion means for the OS.

It follows the OCC model's "fortunes of others": a loss for someone the OS likes
is sad for the OS too, their good news makes it glad, and warmth or hostility
aimed at the OS itself moves it most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.mind.affect import OS_EMOTIONS, PAD, clamp
from os1.mind.appraisal import Appraisal

# Whom an utterance is about: addressed to the OS, or about the speaker. These are
# grammar (pronouns), not feelings; the feelings come from the learned model.
_SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself|you're|youre|u)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(i|i'm|im|i've|i'd|my|me|mine|myself|we|our|us)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reaction:
    """The OS's own emotion in response, and what the utterance says about the bond."""

    emotion: str  # a key of OS_EMOTIONS, or "calm"
    intensity: float
    warmth: float  # 0..1: kindness, praise, gratitude, shared joy
    hostility: float  # 0..1: anger or contempt aimed at the OS
    disclosure: float  # 0..1: the person telling something that matters to them
    about_os: bool

    @property
    def pad(self) -> PAD:
        return OS_EMOTIONS.get(self.emotion, PAD())


def react(appraisal: Appraisal, text: str, closeness: float) -> Reaction:
    """The OCC step: how the person's emotion lands on the OS, given how close they are."""
    about_os = bool(_SECOND_PERSON.search(text))
    about_self = bool(_FIRST_PERSON.search(text))
    p = appraisal.ekman
    positive = max(p["joy"], appraisal.groups["positive"])
    hostile = max(p["anger"], p["disgust"])
    negative = max(p["sadness"], p["fear"])
    # Caring grows with the bond (OCC: desirability for the other times liking).
    care = 0.6 + 0.4 * closeness
    warmth = positive if about_os else positive * 0.5
    hostility = hostile if about_os else 0.0
    disclosure = appraisal.intensity if about_self else 0.0

    if about_os and hostile >= max(positive, negative, 0.3):
        emotion, intensity = "distress", hostile
    elif about_os and positive >= max(hostile, negative, 0.3):
        emotion, intensity = "gratitude", positive
    elif negative >= max(positive, hostile, 0.3):
        emotion, intensity = "sorry-for", negative * care
    elif hostile >= max(positive, 0.3):
        # Anger at someone else: the OS is troubled on the person's behalf.
        emotion, intensity = "sorry-for", hostile * care * 0.6
    elif positive >= 0.3:
        emotion, intensity = "happy-for", positive * care
    elif p["surprise"] >= 0.3:
        emotion, intensity = "surprise", p["surprise"] * 0.6
    else:
        emotion, intensity = "calm", 0.0
    return Reaction(
        emotion=emotion,
        intensity=clamp(intensity, 0.0, 1.0),
        warmth=clamp(warmth, 0.0, 1.0),
        hostility=clamp(hostility, 0.0, 1.0),
        disclosure=clamp(disclosure, 0.0, 1.0),
        about_os=about_os,
    )
