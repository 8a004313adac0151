"""The OS's inner life for one person: appraise, feel, grow closer, and remember why.

Every change is written to the store with its cause (the turn that moved it, or
the days apart), so the OS can say why it feels as it does, the mood plot can
annotate what happened, and the journal draws on what was really felt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from os1.memory.store import Store
from os1.mind import feeling_records
from os1.mind.affect import PAD, mood_label
from os1.mind.affinity import Affinity, AffinityRules, Change
from os1.mind.appraisal import Appraisal, Appraiser
from os1.mind.backstory import read_in_the_story
from os1.mind.cause import Cause, carrying, quoted_words, strongest
from os1.mind.feeling_words import describe_mood, quote
from os1.mind.message_reading import felt_by_sentence
from os1.mind.mood import Mood, MoodDynamics
from os1.mind.quarrel import (
    HOSTILE,
    SORRY_AFTER_HOURS,
    Hurt,
    apologises,
    opens_with_sorry,
    sorry_to_burden,
    to_apology,
    to_burden,
    to_hostility,
    to_rough_day,
)
from os1.mind.reactions import Reaction

STATE_KEY = "inner_life"


@dataclass(frozen=True, slots=True)
class State:
    mood: Mood
    affinity: Affinity
    last_contact: datetime | None


@dataclass(frozen=True, slots=True)
class Felt:
    """What one utterance did to the OS."""

    appraisal: Appraisal
    reaction: Reaction
    before: State
    after: State
    days_apart: float  # since the person last spoke, before this utterance
    # The reading of the sentence the OS reacted to, where the whole moved it not at all.
    sentence: Appraisal | None = None


@dataclass(frozen=True, slots=True)
class _Faded:
    """The bond after time apart, and how it changed."""

    affinity: Affinity
    changes: list[Change]


@dataclass(frozen=True, slots=True)
class Checkpoint:
    state: Any  # the state as stored (None: nothing felt yet)
    last_feeling: int


class InnerLife:
    def __init__(
        self,
        store: Store,
        user_id: str,
        appraiser: Appraiser,
        dynamics: MoodDynamics | None = None,
        rules: AffinityRules | None = None,
    ) -> None:
        self.store = store
        self.user_id = user_id
        self.appraiser = appraiser
        self.dynamics = dynamics or MoodDynamics()
        self.rules = rules or AffinityRules()

    # The state, as stored and as it stands at a given time

    def stored(self, at: datetime) -> State:
        data = self.store.get_state(self.user_id, STATE_KEY)
        if data is None:
            return State(self.dynamics.start(at), Affinity(), None)
        return _state_from(data)

    def now(self, at: datetime | None = None) -> State:
        """The state at `at`: the mood drifted toward baseline, the bond faded by time apart."""
        at = _utc(at)
        state = self.stored(at)
        affinity = state.affinity
        if state.last_contact is not None:
            affinity, _ = self.rules.after_absence(affinity, state.last_contact, at)
        return State(self.dynamics.at(state.mood, at), affinity, state.last_contact)

    # Feeling

    def feel(self, text: str, turn_id: int | None, at: datetime | None = None) -> Felt:
        """Appraise what the person said, move mood and affinity, and record it all."""
        at = _utc(at)
        felt, faded, changes = self._felt(text, at)
        before, affinity = felt.before, faded.affinity
        if faded.changes:
            self._record(
                None, at, "absence", before.mood, self.dynamics.at(before.mood, at),
                before.affinity, affinity, faded.changes,
                {"days_apart": round(felt.days_apart, 2)},
            )  # fmt: skip
        # Which sentence moved it, so the cause quotes that one (cause.carrying).
        sentence = carrying(self.appraiser, text, felt.reaction.emotion, affinity.closeness)
        self._record(
            turn_id, at, "exchange", self.dynamics.at(before.mood, at), felt.after.mood,
            affinity, felt.after.affinity, changes,
            {"appraisal": felt.appraisal.as_dict(), "reaction": _reaction_dict(felt.reaction)}
            | ({"sentence": sentence} if sentence is not None else {})
            | ({"sentence_appraisal": felt.sentence.as_dict()} if felt.sentence else {}),
        )  # fmt: skip
        self.store.put_state(self.user_id, STATE_KEY, _state_to(felt.after))
        return felt

    def checkpoint(self) -> Checkpoint:
        """Where the feelings stand now, to go back to if the words felt next are taken back."""
        state = self.store.get_state(self.user_id, STATE_KEY)
        return Checkpoint(state, feeling_records.last_feeling_id(self.store, self.user_id))

    def go_back(self, checkpoint: Checkpoint) -> None:
        """Undo what was felt since `checkpoint`: the person went on talking before hearing
        the reply, so those words were not yet a turn, and the whole is felt once."""
        feeling_records.forget_feelings_after(self.store, self.user_id, checkpoint.last_feeling)
        if checkpoint.state is None:
            self.store.delete_state(self.user_id, STATE_KEY)
        else:
            self.store.put_state(self.user_id, STATE_KEY, checkpoint.state)

    def anticipate(self, text: str, at: datetime | None = None) -> Felt:
        """What `feel` would feel, recording nothing: for getting a reply ready while the
        person may still go on talking."""
        return self._felt(text, _utc(at))[0]

    def _felt(self, text: str, at: datetime) -> tuple[Felt, _Faded, list[Change]]:
        before = self.stored(at)
        faded = _Faded(before.affinity, [])
        days_apart = 0.0
        if before.last_contact is not None:
            days_apart = max((at - before.last_contact).total_seconds() / 86400, 0.0)
            faded = _Faded(*self.rules.after_absence(before.affinity, before.last_contact, at))
        appraisal = self.appraiser.appraise(text)
        reaction, part = felt_by_sentence(self.appraiser, appraisal, text, faded.affinity.closeness)
        reaction = read_in_the_story(reaction, self.dynamics.at(before.mood, at), text, appraisal)
        mood = self.dynamics.feel(before.mood, reaction.emotion, reaction.intensity, at)
        grown, changes = self.rules.after_exchange(faded.affinity, reaction)
        felt = Felt(appraisal, reaction, before, State(mood, grown, at), days_apart, part)
        return felt, faded, changes

    def _record(
        self,
        turn_id: int | None,
        at: datetime,
        kind: str,
        mood_before: Mood,
        mood_after: Mood,
        affinity_before: Affinity,
        affinity_after: Affinity,
        changes: list[Change],
        extra: dict[str, Any],
    ) -> None:
        feeling_records.add_feeling(
            self.store,
            self.user_id,
            turn_id,
            at,
            kind,
            {
                "mood_before": mood_before.point.rounded(4),
                "mood_after": mood_after.point.rounded(4),
                "emotion": mood_after.emotion,
                "intensity": round(mood_after.emotion_intensity, 4),
                "affinity_before": affinity_before.rounded(),
                "affinity_after": affinity_after.rounded(),
                "changes": [
                    {"part": c.part, "delta": round(c.delta, 4), "cause": c.cause}
                    for c in changes
                    if abs(c.delta) >= 0.0005
                ],
            }
            | extra,
        )

    # Telling

    def summary(self, at: datetime | None = None) -> dict[str, Any]:
        """The state as `os1 mood --json` prints it, and the web client shows it: the
        mood's words and its cause are the ones the OS says when asked."""
        at = _utc(at)
        state = self.now(at)
        cause = self.cause(at, state.mood.point)
        return {
            **state.mood.point.rounded(),
            "label": mood_label(state.mood.point),
            "words": describe_mood(state.mood.point),
            "emotion": state.mood.emotion,
            "cause": cause.as_dict(at) if cause is not None else None,
            "why": _why(state.mood.point, cause, at),
            "affinity": {**state.affinity.rounded(), "stage": state.affinity.stage},
            "last_contact": state.last_contact.isoformat() if state.last_contact else None,
        }

    def shared_memory(self, at: datetime | None = None) -> str | None:
        """Something the person confided on an earlier day, to bring back when close."""
        at = _utc(at)
        today = at.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        for row in reversed(feeling_records.feelings(self.store, self.user_id, until=today)):
            reaction = row.record.get("reaction", {})
            if row.turn_id is not None and reaction.get("disclosure", 0) >= 0.5:
                turn = self.store.turn(self.user_id, row.turn_id)
                if turn is not None:
                    return quote(turn.text, 14)
        return None

    def last_hurt(
        self, at: datetime | None = None, hours: float = 24, before: int | None = None
    ) -> Hurt | None:
        """What the person last said that hurt the OS, within `hours`, from the records:
        for the reply to a second insult, or to an apology. `before`: the current turn,
        whose own feeling is not "earlier"."""
        at = _utc(at)
        hostile = [
            f
            for f in feeling_records.feelings(
                self.store, self.user_id, since=at - timedelta(hours=hours), until=at
            )
            if f.kind == "exchange"
            and f.turn_id is not None
            and (before is None or f.turn_id < before)
            and f.record.get("reaction", {}).get("hostility", 0) >= HOSTILE
        ]
        if not hostile:
            return None
        turn = self.store.turn(self.user_id, hostile[-1].turn_id or 0)
        # The sentence that hurt, first of what carried the feeling (cause.quoted_words): a
        # quotation inside a reply stays one clause, and "That's weird." is not the insult.
        said = quoted_words(turn.text, hostile[-1].record) if turn is not None else "that"
        first = re.split(r"(?<=[.!?])\s", said.strip())[0]
        words = quote(first.rstrip(".!?"), 12)
        return Hurt(words, len(hostile))

    def reply_to_quarrel(
        self, felt: Felt, text: str, at: datetime, person: str | None, turn_id: int | None
    ) -> str | None:
        """What to say to hostility or to an apology, planned from the reading and the
        records (quarrel.py); None for anything else."""
        close = felt.after.affinity.close
        if sorry_to_burden(text) and felt.reaction.hostility < HOSTILE:
            return to_burden(text, person)
        if (rough := to_rough_day(text, person)) is not None:
            return rough
        if apologises(text) and felt.reaction.hostility < HOSTILE:
            earlier = self.last_hurt(at, before=turn_id)
            # An apology for being late or for a bad day is not a making-up: only one
            # after words that hurt, or one addressed to the OS, is answered as such.
            if earlier is not None or felt.reaction.about_os:
                return to_apology(earlier, person, close)
        # A bare "sorry" just after words that hurt; an apology the grammar knew already
        # looked for them over a longer while.
        if opens_with_sorry(text) and not apologises(text) and felt.reaction.hostility < HOSTILE:
            just_hurt = self.last_hurt(at, hours=SORRY_AFTER_HOURS, before=turn_id)
            if just_hurt is not None:
                return to_apology(just_hurt, person, close)
        if felt.reaction.emotion == "distress" and felt.reaction.hostility >= HOSTILE:
            return to_hostility(felt.reaction, self.last_hurt(at, before=turn_id), person, close)
        return None

    def cause(self, at: datetime | None = None, mood: PAD | None = None) -> Cause | None:
        """What moved the OS most of late, as it weighs at `at` (cause.py), in the `mood` it
        is in then (read from the records where not given)."""
        at = _utc(at)
        mood = mood or self.now(at).mood.point
        lean = mood.pleasure - self.dynamics.baseline.pleasure
        return strongest(self.store, self.user_id, at, self.dynamics.mood_half_life_hours, lean)

    def why(self, at: datetime | None = None) -> str:
        """Why the OS feels as it does, in its own words, from its records only."""
        at = _utc(at)
        mood = self.now(at).mood.point
        return _why(mood, self.cause(at, mood), at)


def _why(mood: PAD, cause: Cause | None, at: datetime) -> str:
    feeling = describe_mood(mood)
    if cause is None:
        return f"I feel {feeling}. Nothing much has happened between us lately."
    return f"I feel {feeling}. {cause.said(at)}; {cause.since(mood)}."


def _utc(at: datetime | None) -> datetime:
    if at is None:
        return datetime.now(UTC)
    return at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)


def _reaction_dict(reaction: Reaction) -> dict[str, Any]:
    # Danger read by grammar (danger.py) is as sure as the reaction says, whatever the
    # classifier read: the cause counts it (cause.counts).
    return ({"danger": True} if reaction.danger else {}) | {
        "emotion": reaction.emotion,
        "intensity": round(reaction.intensity, 3),
        "warmth": round(reaction.warmth, 3),
        "hostility": round(reaction.hostility, 3),
        "disclosure": round(reaction.disclosure, 3),
        "about_os": reaction.about_os,
        "confidence": reaction.confidence,
    }


def _state_to(state: State) -> dict[str, Any]:
    return {
        "mood": state.mood.point.rounded(6),
        "emotion": state.mood.emotion,
        "intensity": state.mood.emotion_intensity,
        "at": state.mood.at.isoformat(),
        "affinity": {
            "closeness": state.affinity.closeness,
            "trust": state.affinity.trust,
            "familiarity": state.affinity.familiarity,
        },
        "last_contact": state.last_contact.isoformat() if state.last_contact else None,
    }


def _state_from(data: dict[str, Any]) -> State:
    mood = Mood(
        PAD(**data["mood"]),
        data["emotion"],
        data["intensity"],
        datetime.fromisoformat(data["at"]),
    )
    last = data.get("last_contact")
    return State(mood, Affinity(**data["affinity"]), datetime.fromisoformat(last) if last else None)
