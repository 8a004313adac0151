"""The event reading weighed against the words' (reactions.py): which reading decides.

The words' reading (the GoEmotions classifier) says how a feeling is said; the event
reading (event_appraisal.py) what happened in the person's world. Each threshold
here rests on out-of-fold figures on the event corpus (training/train_events.py
prints them).
"""

from __future__ import annotations

import re

from os1.mind.affect import OS_EMOTIONS
from os1.mind.event_appraisal import NOTHING, EventReading
from os1.mind.grammar_cues import WEARY

# An event reading decides when it is more likely than all other kinds together:
# out of fold on the event corpus's training part, 78% of the event readings that
# sure are right, against 74% of all readings (training/train_events.py prints these).
EVENT_SURE = 0.5
# An event reading unsure of its kind, where the words are unclear, still moves the OS
# when it is this sure the event is good or bad: out of fold, 89% of the sentences read
# this surely of a sign are of it (81% at 0.5).
SIGN_SURE = 0.7
# An event reading this sure overturns even clear words of the other sign: out of fold on
# the event corpus, where the two disagreed, the event was right 10 times in 11 (10 in 14 at
# 0.8). The words were wrong on cruelty told with laughter, and on a death at ninety-eight.
EVENT_OVER_WORDS = 0.9
_GLAD = ("happy-for", "admiration")
_BAD = ("sorry-for", "fear-for", "reproach")
# "Nothing much" overrules the words only when surer: at 0.8 every out-of-fold
# "nothing" reading was right (93% at 0.7), and a wrong one silences a real event.
NOTHING_SURE = 0.8
# The OS's emotions at the person's act toward it, which an event reading never changes.
TOWARD_THE_OS = ("gratitude", "pride", "distress")
_LOSS_OR_DANGER = ("sorry-for", "fear-for")
_SORRY = re.compile(r"\b(?:sorry|pardon|apologi[sz]e)\b", re.IGNORECASE)


def event_felt(event: EventReading) -> tuple[str, float]:
    """The event as the OS feels it, and how sure: the likeliest kind, its probability. Not
    the sign (that only past SIGN_SURE): "Hi, Lena. I couldn't sleep. Can you tell me
    something kind?" read fear-for 0.49, bad 0.61, and a sign that unsure alarmed the OS."""
    return event.kind, event.probability


def with_event(
    words: tuple[str, float], clear: bool, named: float, event: EventReading, text: str
) -> tuple[str, float]:
    """The kind and its confidence, the event reading weighed against the words'."""
    emotion = words[0]
    kind, sure = event_felt(event)
    if kind == NOTHING:
        if sure < EVENT_SURE:
            return words
        if emotion == "sorry-for" and _SORRY.search(text):
            return "calm", sure  # "Sorry, what?": manners, not grief
        # No event in their world is no word on an act toward the OS ("you're a star").
        if not clear and sure >= NOTHING_SURE and emotion not in TOWARD_THE_OS:
            return "calm", sure
        # Anger where nobody did anything is a dislike ("I hate Mondays."), not reproach.
        return ("calm", sure) if emotion == "reproach" and sure >= NOTHING_SURE else words
    # What was said to the OS itself (an insult, thanks, praise) is out of the event
    # reading's reach, which knows the person's world: it keeps the words' reading unless
    # what it tells is a loss or a danger ("thanks for listening; my dad died").
    toward_os = emotion in TOWARD_THE_OS and (clear or kind not in _LOSS_OR_DANGER)
    if toward_os:
        return words
    if sure < EVENT_SURE:
        return words if clear else _signed(event, words)
    if not clear:  # but a long day is no feat, whatever the event reading makes of it
        return words if kind in _GLAD and WEARY.search(text) else (kind, sure)
    # A danger still unfolding alarms, whatever sadness the words carry: GoEmotions files
    # the distress of someone searching or waiting under sadness as often as fear ("my
    # husband collapsed and the ambulance still isn't here", sadness 0.64); only the event
    # reading tells what has happened from what is still happening, and calming the OS at
    # an emergency is the worse mistake.
    if emotion == "sorry-for" and kind == "fear-for":
        return kind, sure
    # Words that say the feeling clearly say how the event felt to them: not turned the
    # other way ("my letter made him cry, in a good way" is no loss). Which feeling of that
    # sign, though, is the kind the surer reading names: the event's probability against
    # the words' for their label (fear-for 0.86 for a lump awaiting a scan, where the words
    # were sure it was bad, 0.91, but read sadness 0.47, fear 0.13).
    alike = (OS_EMOTIONS[emotion].pleasure >= 0) == (OS_EMOTIONS[kind].pleasure >= 0)
    if emotion != kind and event.probabilities[kind] > named and alike:
        return kind, sure
    # Unless the event is read surer still ("a man kicked a pigeon and laughed": joy).
    if not alike and sure >= EVENT_OVER_WORDS:
        return kind, sure
    return words


def _signed(event: EventReading, words: tuple[str, float]) -> tuple[str, float]:
    """An event reading unsure which kind it is but sure it is good or bad for them
    (SIGN_SURE): the likeliest kind of that sign, as sure as that kind. Stones thrown at
    ducks read fear-for 0.50 and reproach 0.48: bad 0.98, whichever bad it is."""
    for kinds in (_GLAD, _BAD):
        if sum(event.probabilities[k] for k in kinds) >= SIGN_SURE:
            kind = max(kinds, key=lambda k: event.probabilities[k])
            return kind, event.probabilities[kind]
    return words
