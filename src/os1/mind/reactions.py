"""The OS's reaction to an utterance: what the person's emotion means for the OS.

It follows the OCC model (Ortony, Clore and Collins 1988). What the person feels
comes from the learned classifier (appraisal.py); grammar only says whom or what
it is about. Their fortunes, as the OS would feel them for someone it likes:

- their good news: happy-for; something they did and are glad of: admiration
  (OCC's approval of another's praiseworthy act; the OS is proud *of* them);
- their fear: fear-for (OCC's fear at a prospect that is bad for someone liked:
  alarmed and caring, arousal up, not pity);
- their grief or sadness: sorry-for (OCC's pity: quiet, arousal down);
- anger or disgust at what someone did, them included: reproach (OCC's
  disapproval of another's blameworthy act).

Aimed at the OS itself: kindness or thanks, gratitude; praise for something the
OS did, pride (OCC's approval of one's own act); hostility, distress; an apology,
gratitude again (the person's act of making amends is good for the OS).

The model's probability for its reading is the confidence: the intensity is
scaled by it, and nothing moves when it is under CONFIDENT.

Two readings. The classifier reads how a feeling is *said* (it learned from
Reddit comments); OCC's appraisal is of *events*: the consequences of an event
for someone the OS cares for, and the acts of agents. A person often tells only
what happened ("Mum's funeral was this afternoon", "my results came back clear"),
which the classifier reads as neutral or confused. So the appraisal may carry an
event reading too (event_appraisal.py: sorry-for, fear-for, happy-for,
admiration, reproach, or nothing much), and they combine (event_weighing.py):

- the words decide when they say a feeling clearly (more likely than not, not
  mostly neutral, not confusion) and the event reading is no surer, nor of the
  other sign past EVENT_OVER_WORDS (the cruel's laughter reads as joy);
- an event the reading is sure of (EVENT_SURE) decides the kind, with its own
  probability as the confidence, where the words are unsure, or where they name
  another kind of the same sign less surely: the words' confidence in a kind is
  their label's probability, not how sure they are that it is glad or upset ("my
  daughter is missing" read as upset 0.59 but sadness, where the event is a
  danger: fear-for);
- "nothing much" silences only unsure words, and only when it is surer still
  (NOTHING_SURE): it is the absence of an event, not evidence of a feeling;
- the sorrow the classifier reads in a "sorry" (GoEmotions files remorse under
  sadness) is politeness when the event is nothing much ("Sorry, what?");
- amends, and clear words about the OS itself (thanks, praise, insult) keep the
  grammar's reading: they are acts toward the OS, not events told;
- the act reading (act_appraisal.py, acts_read.py), where it is sure, decides the reaction
  to an act toward the OS over the words: thanks and amends, gratitude; praise, pride;
  an insult, distress, with its probability as the hostility (not of someone else);
- between a loss and a danger, a sure event reading of a danger alarms, whatever
  sadness the words carry; an event reading unsure of its kind but sure of its sign
  (SIGN_SURE) moves the OS as the likeliest kind of that sign, where words are unclear;
- an event of their own told flatly is still a disclosure, as sure as its reading,
  and so is one of someone in their life, told without an "I";
- danger to a life (danger.py) frightens the OS for them, a fear that ended (relief.py)
  gladdens it, and loneliness (loneliness.py) saddens it, whatever the readings made of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from os1.mind.acts_read import BY_ACT, act_toward_it, jibe_possible
from os1.mind.affect import OS_EMOTIONS, PAD, clamp
from os1.mind.amends import makes_amends, shows_affection
from os1.mind.appraisal import Appraisal
from os1.mind.danger import danger_told
from os1.mind.event_appraisal import NOTHING
from os1.mind.event_weighing import (
    EVENT_OVER_WORDS,
    EVENT_SURE,
    event_felt,
    with_event,
)
from os1.mind.grammar_cues import (
    FIRST_PERSON,
    FORMULAS,
    SECOND_PERSON,
    THANKING,
    THANKS,
    THEIR_ACT,
    YOUR_ACT,
    asks_for,
    asks_of_themselves,
    of_others,
    runs_themselves_down,
    unquoted,
)
from os1.mind.heard_by_grammar import heard_by_grammar
from os1.mind.jibes import exculpates, teases

# A reading less likely than this moves nothing. Measured on GoEmotions' dev split
# (the larger of glad and upset): 93% of the comments labelled with an emotion reach
# 0.25, and 52% of those labelled neutral (median 0.27; Reddit's "neutral" often
# leans). 0.35 would keep 90% and 42%: a higher bar drops real feelings about as
# fast as it drops leanings, and what passes weakly moves the mood only weakly.
CONFIDENT = 0.25
# The words say a feeling clearly when it is more likely than not, and neutral is not.
CLEAR = 0.5

# Anger this sure at the OS is hostility, whatever glad words come with it.
HOSTILE_AT_OS = 0.5


@dataclass(frozen=True, slots=True)
class Reaction:
    """The OS's own emotion in response, and what the utterance says about the bond."""

    emotion: str  # a key of OS_EMOTIONS, or "calm"
    intensity: float
    warmth: float  # 0..1: kindness, praise, gratitude, shared joy
    hostility: float  # 0..1: anger or contempt aimed at the OS
    disclosure: float  # 0..1: the person telling something that matters to them
    about_os: bool
    confidence: float = 1.0  # the model's probability for the reading it rests on
    danger: bool = False  # danger to a life, read by grammar (danger.py), not by a model

    @property
    def pad(self) -> PAD:
        return OS_EMOTIONS.get(self.emotion, PAD())


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the classifier says, as the OS's reaction needs it."""

    positive: float  # the probability it is glad
    negative: float  # the probability it is upset
    worst: str  # the likeliest of anger, disgust, fear and sadness
    hostile: float  # the probability of anger or disgust

    @classmethod
    def of(cls, appraisal: Appraisal) -> _Reading:
        p, groups = appraisal.ekman, appraisal.groups
        upsets = {label: p[label] for label in ("anger", "disgust", "fear", "sadness")}
        worst = max(upsets, key=lambda label: upsets[label])
        # The sentiment head sees "upset" where Ekman's labels split it (a sentence of
        # sad news and anger at once); either is evidence, the likelier one counts.
        return cls(
            positive=max(p["joy"], groups["positive"]),
            negative=max(groups["negative"], upsets[worst]),
            worst=worst,
            hostile=max(p["anger"], p["disgust"]),
        )


def react(appraisal: Appraisal, text: str, closeness: float) -> Reaction:
    """The OCC step: how the person's emotion lands on the OS, given how close they are."""
    own_words = unquoted(text)
    about_os = bool(
        SECOND_PERSON.search(FORMULAS.sub(" ", own_words)) or THANKING.search(own_words)
    )
    about_self = bool(FIRST_PERSON.search(text))
    reading = _Reading.of(appraisal)
    # How much their words move the OS grows with the bond (OCC: an emotion about another's
    # fortune or act grows with liking): a close friend's news moves it more than a stranger's.
    care = 0.6 + 0.4 * closeness
    act, acted = act_toward_it(appraisal, text)
    # What it thinks of them, asked ("Do you think I'm boring?") or feared ("You probably think
    # I'm an idiot."), is about them, not it; so is what someone else thinks.
    about_os = (about_os or act is not None) and not (
        asks_of_themselves(text) or runs_themselves_down(text) or teases(text) or of_others(text)
    )
    # Amends, and love told to the OS ("I think I'm falling for you" reads sadness 0.58), are
    # acts toward it that words and events misread as sorrow: gratitude (_chosen).
    # Telling it it is not to blame ("It's not you.") reads as anger, and is the opposite.
    amends = act == "amends" or (
        act is None
        and (
            (
                (makes_amends(own_words, about_os) or shows_affection(own_words))
                and reading.hostile < 0.5
            )
            or exculpates(own_words)
        )
    )
    emotion, confidence = _chosen(reading, text, about_os, amends)
    clear = _words_clear(appraisal, confidence)
    if act is not None:
        # Read surely, the act is what was said, as clearly as clear words: the event
        # reading, which knows the person's world and not their acts, leaves it be.
        emotion, confidence, clear = BY_ACT[act], acted, True
    # Glad words at the OS that the act reading also takes for an insult: no thanks, and no
    # event either (words at the OS tell nothing of their world).
    jibe = (
        act is None
        and emotion in ("gratitude", "pride")
        and not amends
        and jibe_possible(appraisal)
    )
    if jibe:
        emotion = "calm"
    # What a request names (a happy memory, a sad song) is no event told either.
    if appraisal.event is not None and not amends and not asks_for(text) and not jibe:
        emotion, confidence = with_event(
            (emotion, confidence),
            clear,
            _named(appraisal, reading, emotion),
            appraisal.event,
            text,
        )
    danger = danger_told(text) is not None
    if danger:
        # Danger to their life, or someone's, as the grammar reads it (danger.py): the OS is
        # frightened for them, as sure as its surest readings, whatever the words read as.
        emotion, confidence = "fear-for", max(confidence, EVENT_OVER_WORDS)
    else:
        # Relief, loneliness, a day kept for the dead, a row, joy in slang, "fine" hedged:
        # what small grammars hear that the readings miss (heard_by_grammar.py).
        emotion, confidence = heard_by_grammar(emotion, confidence, text)
    moved = emotion != "calm" and confidence >= CONFIDENT
    if not moved:
        emotion, care = "calm", 0.0
    warmth = reading.positive if about_os else reading.positive * 0.5
    # Anger in an apology is at oneself or another ("I was angry at my boss"); an act read
    # surely says how warm or hostile it was, whatever words it used ("you're a joke").
    hostility = reading.hostile if about_os and not amends else 0.0
    if act is not None:
        insult = act == "insult"
        warmth, hostility = (0.0, max(hostility, acted)) if insult else (max(warmth, acted), 0.0)
    return Reaction(
        emotion=emotion,
        intensity=clamp(confidence * care, 0.0, 1.0),
        warmth=clamp(warmth if moved else 0.0, 0.0, 1.0),
        hostility=clamp(hostility, 0.0, 1.0),
        disclosure=clamp(_disclosed(appraisal, about_self, about_os), 0.0, 1.0),
        about_os=about_os,
        confidence=round(confidence, 3),
        danger=danger,
    )


def _chosen(reading: _Reading, text: str, about_os: bool, amends: bool) -> tuple[str, float]:
    """The OS's emotion and the probability it rests on; `amends`: amends or love told."""
    if amends:
        # Remorse and longing read as sadness to the model; how much they carry is how
        # strongly they read as feeling anything at all.
        return "gratitude", max(reading.positive, reading.negative)
    if about_os and reading.hostile >= HOSTILE_AT_OS and not THANKING.search(text):
        # Bad is stronger than good: "You always just agree with me. It's annoying." read
        # joy 0.93 (the agreeing) and anger 0.61, and was taken for thanks.
        return "distress", reading.hostile
    if reading.negative > reading.positive:
        if reading.worst in ("anger", "disgust"):
            if about_os:
                return "distress", reading.negative
            return "reproach", reading.negative
        if reading.worst == "fear":
            return "fear-for", reading.negative
        return "sorry-for", reading.negative
    # The model's surprise is mostly curiosity and confusion (GoEmotions' Ekman
    # grouping): a question is not an event, so surprise alone moves nothing.
    if asks_for(text) and not THANKS.search(text):
        return "calm", 0.0  # the gladness a request names is what it asks for
    if about_os:
        praised = YOUR_ACT.search(text) and not THANKS.search(text)
        return ("pride" if praised else "gratitude"), reading.positive
    if THEIR_ACT.search(text):
        return "admiration", reading.positive
    return "happy-for", reading.positive


def _disclosed(appraisal: Appraisal, about_self: bool, about_os: bool) -> float:
    """How much they confided: what they told of themselves, or an event of their world
    told of someone else ("Catherine sent over the divorce papers this morning." has no
    "I" in it, and is the evening's news), as sure as its reading."""
    if about_self:
        return _told(appraisal)
    if about_os or appraisal.event is None:
        return 0.0
    kind, sure = event_felt(appraisal.event)
    return sure if kind != NOTHING and sure >= EVENT_SURE else 0.0


def _told(appraisal: Appraisal) -> float:
    """How much what they told matters: how emotional the words are, or how surely they
    tell an event of consequence ("the funeral was today" is said flatly, and confided)."""
    if appraisal.event is None:
        return appraisal.intensity
    kind, sure = event_felt(appraisal.event)
    if kind == NOTHING or sure < EVENT_SURE:
        return appraisal.intensity
    return max(appraisal.intensity, sure)


def _words_clear(appraisal: Appraisal, confidence: float) -> bool:
    """Whether the words say a feeling clearly: likely, not mostly neutral, not confusion
    (GoEmotions' surprise is mostly curiosity and confusion)."""
    return (
        confidence >= CLEAR
        and appraisal.ekman["neutral"] < CLEAR
        and appraisal.emotion not in ("neutral", "surprise")
    )


def _named(appraisal: Appraisal, reading: _Reading, emotion: str) -> float:
    """How sure the words are of the *kind* they chose, not only that it is glad or upset:
    the probability of the Ekman label that names it. "My daughter is missing" reads upset
    0.59 but as sadness, not fear: sure it is bad, unsure which bad it is."""
    if emotion in OS_EMOTIONS and OS_EMOTIONS[emotion].pleasure < 0:
        return appraisal.ekman[reading.worst]
    return appraisal.ekman["joy"]
