"""The cause: what, of late, moved the OS most, read from its records of feeling.

The one source for every place that tells why the OS feels as it does: the answer to
"how are you feeling?", the header chip and the mood panel, `os1 mood`, the journal's
moments and the mood plot's labels.

An exchange counts when the OS's reaction was a real emotion about what the person
said: an emotion, not calm, of some strength, in words the appraisal read with
confidence. The confidence is the classifier's probability of its strongest emotion
times the chance the words are not in GoEmotions' ambiguous group (curiosity,
confusion, surprise, realization): a request about the talk itself ("could you answer
in English?", "say that again?") reads as curious or confused, so it does not count,
however sorry it sounds. Measured with the learned appraiser: "My divorce papers
arrived today…" 0.79, "Sorry, could you answer in English?" 0.35, "How are you
feeling?" 0.19, "What time is it?" 0.25, "My dog died this morning." 0.79.

Its weight is its size times its fading. The size is how far it moved the mood (the
distance in PAD space) plus how far it moved the bond (closeness and trust; not the
familiarity every exchange adds), the bond counted BOND_SCALE times; a change for the
worse (the mood's pleasure falling, a part of the bond falling) counts NEGATIVITY times
one for the better: bad is stronger than good (Baumeister et al. 2001; loss aversion's
λ ≈ 2.25, Tversky & Kahneman 1992), so an evening's grief outweighs the thanks that
ended it. The fading halves every `half_life_hours`, the mood's own half-life by
default: an emotion's push on the mood returns to the baseline at that rate, so its
share in how the OS feels now fades the same way; a loss of trust lasts longer in the
bond, but as the reason for feeling so now it ages alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from os1.memory.store import Store
from os1.memory.types import Feeling
from os1.mind import feeling_records
from os1.mind.affect import PAD
from os1.mind.appraisal import Appraiser
from os1.mind.feeling_words import felt_words, quote, when_words
from os1.mind.quarrel import HOSTILE
from os1.mind.reactions import react
from os1.mind.told_when import tells_of_before

MIN_CONFIDENCE = 0.5  # at least as likely as not a feeling, and not a question
# reactions.py moves nothing on a reading under 0.25, and scales the rest by care (0.6 for
# a stranger): a reaction under 0.2 is a trace, not a feeling.
MIN_INTENSITY = 0.2
NEGATIVITY = 2.0
# The bond moves in hundredths where the mood moves in tenths: a full-strength insult
# costs friends (closeness and trust 0.5 each) 0.25 of the bond and moves the mood from
# its resting point 0.43, about BOND_SCALE times as far, so there the two weigh alike; a
# stranger's insult weighs more by the mood, a close friend's by the bond.
BOND_SCALE = 2.0
BOND_PARTS = ("closeness", "trust")
# A hurt the person made up for (an apology or thanks to the OS after it) is forgiven, and
# the OS said so ("I'm not holding on to it"): it is no longer why it feels as it does,
# though it still shows as a trace.
MENDED = 0.25
# What weighs less than this, now, has not really moved the OS.
MIN_WEIGHT = 0.05
# A mood this far above or below its baseline in pleasure leans that way, and so did its cause.
LEANS = 0.1
# A sentence that moves the OS at least this share as surely as the surest of its turn
# carries the feeling too (`carrying`): the earliest such is quoted.
NEARLY = 0.75
# An event older than this has faded below a fiftieth at the mood's 6-hour half-life.
WINDOW = timedelta(hours=36)


@dataclass(frozen=True, slots=True)
class Cause:
    """The exchange that moved the OS most, as it weighs now."""

    emotion: str  # the OS's reaction then
    quote: str  # a few of the person's words
    at: datetime
    weight: float  # its size times its fading, at the time it was weighed
    turn_id: int
    mood_before: PAD
    mood_after: PAD
    bond: dict[str, float]  # the change in closeness and trust it made
    # The quoted words tell of a time before the day they were said ("My grandmother died
    # last spring"): the moment they were said is not put beside them.
    told_of_before: bool = False

    @property
    def by_bond(self) -> bool:
        """Whether it weighs more by what it did to the bond than to the mood."""
        return _bond_size(self.bond) > _mood_size(self.mood_before, self.mood_after)

    def said(self, now: datetime) -> str:
        """'I was sad for you when you said “…” this morning'; for words that date what they
        tell to an earlier day, 'when you told me “My grandmother died last spring”'."""
        if self.told_of_before:
            # "…“My grandmother died last spring” this morning" reads as a death this morning.
            return f"I {felt_words(self.emotion)} when you told me “{self.quote}”"
        when = when_words(self.at, now)
        return f"I {felt_words(self.emotion)} when you said “{self.quote}” {when}"

    def since(self, mood: PAD) -> str:
        """What has become of it, with the mood as it is now."""
        if self.by_bond:
            part = max(self.bond, key=lambda name: abs(self.bond[name]))
            return _BOND_WORDS[part, self.bond[part] > 0]
        then = self.mood_after.pleasure
        if then < self.mood_before.pleasure:
            return "I'm lighter now" if mood.pleasure - then > 0.1 else "it still weighs on me"
        return "that glow has faded a little" if mood.pleasure < then - 0.1 else "I still feel it"

    def as_dict(self, now: datetime) -> dict[str, Any]:
        return {
            "emotion": self.emotion,
            "quote": self.quote,
            "at": self.at.isoformat(),
            # When it was said, as the panel shows it beside the quote: not for words that
            # date what they tell to an earlier day.
            "when": None if self.told_of_before else when_words(self.at, now),
            "weight": round(self.weight, 3),
            "text": self.said(now) + ".",
        }


_BOND_WORDS = {
    ("trust", False): "I trust you a little less since",
    ("trust", True): "I trust you a little more since",
    ("closeness", False): "I feel further from you since",
    ("closeness", True): "I feel closer to you since",
}


def confidence(appraisal: dict[str, Any]) -> float:
    """How surely the words carry a feeling: the strongest emotion's probability times
    the chance they are not curious or confused (GoEmotions' ambiguous group), or how
    surely they tell an event, whichever is surer."""
    ekman = appraisal.get("ekman", {})
    strongest = max((p for label, p in ekman.items() if label != "neutral"), default=0.0)
    words = float(strongest) * (1.0 - float(appraisal.get("groups", {}).get("ambiguous", 0.0)))
    # An event told without words of feeling ("the funeral was today") is as sure as the
    # event reading the reaction rests on (reactions.py).
    event = appraisal.get("event") or {}
    if event.get("kind", "nothing") != "nothing":
        return max(words, float(event["probabilities"][event["kind"]]))
    return words


def counts(feeling: Feeling) -> bool:
    """Whether this record is a real emotion about something the person said."""
    reaction = feeling.record.get("reaction", {})
    return (
        feeling.kind == "exchange"
        and feeling.turn_id is not None
        and reaction.get("emotion", "calm") != "calm"
        and reaction.get("intensity", 0.0) >= MIN_INTENSITY
        # The reading the reaction rests on: one sentence's, where the whole message moved
        # nothing (message_reading.py), else the whole's; or the reaction's own certainty,
        # where grammar read what the classifier missed (danger to their life, danger.py).
        and max(
            confidence(
                feeling.record.get("sentence_appraisal") or feeling.record.get("appraisal", {})
            ),
            reaction.get("confidence", 0.0) if reaction.get("danger") else 0.0,
        )
        >= MIN_CONFIDENCE
    )


def bond_change(record: dict[str, Any]) -> dict[str, float]:
    """How the exchange changed closeness and trust, part by part."""
    moved: dict[str, float] = {}
    for change in record.get("changes", []):
        if change["part"] in BOND_PARTS:
            moved[change["part"]] = moved.get(change["part"], 0.0) + change["delta"]
    return moved


def size(feeling: Feeling) -> float:
    """How much the exchange moved the OS, unfaded: 0 when it does not count."""
    if not counts(feeling):
        return 0.0
    record = feeling.record
    mood = _mood_size(PAD(**record["mood_before"]), PAD(**record["mood_after"]))
    return mood + _bond_size(bond_change(record))


def _mood_size(before: PAD, after: PAD) -> float:
    worse = NEGATIVITY if after.pleasure < before.pleasure else 1.0
    return worse * before.distance(after)


def _bond_size(bond: dict[str, float]) -> float:
    return BOND_SCALE * sum(abs(d) * (NEGATIVITY if d < 0 else 1.0) for d in bond.values())


def fading(then: datetime, now: datetime, half_life_hours: float) -> float:
    hours = max((now - then).total_seconds(), 0.0) / 3600
    return 0.5 ** (hours / half_life_hours)


def ranked(
    store: Store, user_id: str, feelings: Iterable[Feeling], now: datetime, half_life_hours: float
) -> list[Cause]:
    """The exchanges that count, heaviest first, each weighed at `now`; one whose turn
    was forgotten is left out, as the person asked."""
    feelings = sorted(feelings, key=lambda f: f.at)
    mended = _mended(feelings)
    weighed = sorted(
        (
            (size(f) * fading(f.at, now, half_life_hours) * (MENDED if i in mended else 1.0), f)
            for i, f in enumerate(feelings)
        ),
        key=lambda pair: pair[0],
        reverse=True,
    )
    causes = []
    for weight, feeling in weighed:
        if weight <= 0 or feeling.turn_id is None:
            break
        turn = store.turn(user_id, feeling.turn_id)
        if turn is None:
            continue
        record = feeling.record
        quoted = quoted_words(turn.text, record)
        causes.append(
            Cause(
                emotion=record["reaction"]["emotion"],
                quote=short_quote(quoted),
                at=feeling.at,
                weight=weight,
                turn_id=feeling.turn_id,
                mood_before=PAD(**record["mood_before"]),
                mood_after=PAD(**record["mood_after"]),
                bond=bond_change(record),
                told_of_before=tells_of_before(quoted, feeling.at),
            )
        )
    return causes


def sentences(text: str) -> list[str]:
    return [sentence for sentence in _SENTENCE_END.split(text.strip()) if sentence]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def carrying(appraiser: Appraiser, text: str, emotion: str, closeness: float) -> int | None:
    """Which of the turn's sentences carries the OS's reaction to it, `emotion`: the one
    that, read alone, moves it so most surely. None for a turn of one sentence, or when no
    sentence alone moves it so (the whole is quoted from its start then).

    "I got the job! I start on Monday. I've wanted this for years. I'm a bit scared
    though." frightens the OS for the person (fear-for): the last sentence is what
    did, not the first.
    """
    said = sentences(text)
    if len(said) < 2 or emotion == "calm":
        return None
    many = getattr(appraiser, "appraise_many", None)
    # One run of the classifier for all of them, where the appraiser can batch.
    readings = many(said) if many is not None else [appraiser.appraise(s) for s in said]
    moving = {
        i: reaction.intensity
        for i, (sentence, reading) in enumerate(zip(said, readings, strict=True))
        if (reaction := react(reading, sentence, closeness)).emotion == emotion
    }
    if not moving:
        return None
    # The first that moves it nearly as surely as the surest: "My grandmother died last
    # spring. I still miss her every day." is quoted from the death, which the second
    # sentence only goes on from.
    surest = max(moving.values())
    return next(i for i, intensity in moving.items() if intensity >= NEARLY * surest)


def quoted_words(text: str, record: dict[str, Any]) -> str:
    """The turn's words the cause quotes: from the sentence that carried the feeling
    (`carrying`, kept in the record when the turn was felt), else from the start."""
    index = record.get("sentence")
    said = sentences(text)
    if isinstance(index, int) and 0 <= index < len(said):
        return " ".join(said[index:])
    return text


def _mended(feelings: list[Feeling]) -> set[int]:
    """The hurts (hostile words at the OS) that a later apology or thanks to it made up
    for, by their place in `feelings` (oldest first)."""
    hurts: list[int] = []
    mended: set[int] = set()
    for i, feeling in enumerate(feelings):
        reaction = feeling.record.get("reaction", {})
        if reaction.get("hostility", 0.0) >= HOSTILE and reaction.get("emotion") == "distress":
            hurts.append(i)
        elif hurts and reaction.get("about_os") and reaction.get("emotion") == "gratitude":
            mended.update(hurts)
            hurts = []
    return mended


def strongest(
    store: Store, user_id: str, now: datetime, half_life_hours: float, lean: float = 0.0
) -> Cause | None:
    """The cause of how the OS feels at `now`, or None when nothing has moved it lately; with
    the mood's `lean` (its pleasure above or below the baseline), the heaviest that moved it
    that way ("I feel a little bright and lively. I was sad for you…" named a sadness a
    relief told after had outweighed)."""
    recent = feeling_records.feelings(store, user_id, since=now - WINDOW, until=now)
    ranking = ranked(store, user_id, recent, now, half_life_hours)
    causes = [cause for cause in ranking if cause.weight >= MIN_WEIGHT]
    lean = lean if abs(lean) >= LEANS else 0.0
    leaning = [c for c in causes if (c.mood_after.pleasure - c.mood_before.pleasure) * lean > 0]
    return next(iter(leaning or causes), None)


def short_quote(text: str, words: int = 12) -> str:
    """The first sentences, until they say something (four words), at most `words`; a
    closing full stop is left to the sentence the quote is set in."""
    taken: list[str] = []
    for sentence in sentences(text):
        taken.append(sentence)
        if len(" ".join(taken).split()) >= 4:
            break
    said = " ".join(taken)
    return quote(said[:-1] if said.endswith(".") and not said.endswith("..") else said, words)
