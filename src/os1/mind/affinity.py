"""Affinity: how close the OS is to its person, how much it trusts them, how well it knows them.

Each part is in [0, 1] and moves for a reason that is recorded: familiarity grows
with every exchange, closeness with warmth and with what the person confides,
trust with warmth over time; hostility costs closeness and trust at once, far
more than one kind word gives back; absence lets closeness and familiarity fade
slowly. Growth slows as a part nears 1, so a bond takes weeks, not an evening.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from os1.mind.affect import clamp
from os1.mind.reactions import Reaction

STAGES = (
    (0.15, "just met"),
    (0.30, "getting to know each other"),
    (0.50, "friends"),
    (0.70, "close friends"),
    (1.01, "very close"),
)


@dataclass(frozen=True, slots=True)
class Affinity:
    closeness: float = 0.1
    trust: float = 0.3
    familiarity: float = 0.0

    @property
    def score(self) -> float:
        return (self.closeness + self.trust + self.familiarity) / 3

    @property
    def stage(self) -> str:
        return next(name for limit, name in STAGES if self.score < limit)

    @property
    def close(self) -> bool:
        """Close enough to be playful and bring back shared memories."""
        return self.score >= STAGES[2][0]

    def rounded(self) -> dict[str, float]:
        return {
            "closeness": round(self.closeness, 3),
            "trust": round(self.trust, 3),
            "familiarity": round(self.familiarity, 3),
        }


@dataclass(frozen=True, slots=True)
class Change:
    part: str
    delta: float
    cause: str


@dataclass(frozen=True, slots=True)
class AffinityRules:
    per_exchange: float = 0.015
    warmth_gain: float = 0.04
    disclosure_gain: float = 0.05
    trust_gain: float = 0.025
    hostility_cost: float = 0.25
    # Absence: nothing fades in the first days; after that, slowly.
    grace_days: float = 2.0
    closeness_half_life_days: float = 45.0
    familiarity_half_life_days: float = 120.0

    def after_absence(
        self, affinity: Affinity, last: datetime, now: datetime
    ) -> tuple[Affinity, list[Change]]:
        days = (now - last).total_seconds() / 86400 - self.grace_days
        if days <= 0:
            return affinity, []
        closeness = affinity.closeness * 0.5 ** (days / self.closeness_half_life_days)
        familiarity = affinity.familiarity * 0.5 ** (days / self.familiarity_half_life_days)
        away = f"{(now - last).days} days apart"
        changes = [
            Change("closeness", closeness - affinity.closeness, away),
            Change("familiarity", familiarity - affinity.familiarity, away),
        ]
        return replace(affinity, closeness=closeness, familiarity=familiarity), changes

    def after_exchange(
        self, affinity: Affinity, reaction: Reaction
    ) -> tuple[Affinity, list[Change]]:
        changes = [
            Change("familiarity", self.per_exchange * (1 - affinity.familiarity), "time together")
        ]
        if reaction.warmth > 0.3:
            gain = self.warmth_gain * reaction.warmth * (1 - affinity.closeness)
            changes.append(Change("closeness", gain, "warmth"))
            gain = self.trust_gain * reaction.warmth * (1 - affinity.trust)
            changes.append(Change("trust", gain, "warmth"))
        if reaction.disclosure > 0.3:
            gain = self.disclosure_gain * reaction.disclosure * (1 - affinity.closeness)
            changes.append(Change("closeness", gain, "confided in me"))
        if reaction.hostility > 0.3:
            cost = self.hostility_cost * reaction.hostility
            changes.append(Change("closeness", -cost * affinity.closeness, "hostility"))
            changes.append(Change("trust", -cost * affinity.trust, "hostility"))
        values = {
            "closeness": affinity.closeness,
            "trust": affinity.trust,
            "familiarity": affinity.familiarity,
        }
        for change in changes:
            values[change.part] = clamp(values[change.part] + change.delta, 0.0, 1.0)
        return Affinity(**values), changes
