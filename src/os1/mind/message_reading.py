"""A message of several sentences, felt whole, or by the one sentence that tells its event.

The whole message is read first: read whole, "He cried when he read my letter. Happy
tears, he said." is glad (happy-for 0.64), where its first sentence alone reads as a
loss (sorry-for 0.70); the whole knows better. But a message the whole reading finds
nothing in may carry its event in one sentence that the rest drowns out: "Grandpa didn't
wake up this morning. The nurse rang an hour ago." reads happy-for 0.47 and sorry-for
0.46 whole, no sure kind nor sign, and its first sentence alone sorry-for 0.91. Then the
sentence that alone moves the OS most surely is what it reacts to. And a message read glad
or warm whole still grieves, or hurts, where one sentence alone surely does: bad is stronger
than good (Baumeister et al. 2001, Review of General Psychology).
"""

from __future__ import annotations

from dataclasses import replace

from os1.mind.acts_read import ACT_SURE
from os1.mind.appraisal import Appraisal, Appraiser
from os1.mind.cause import sentences
from os1.mind.event_weighing import EVENT_OVER_WORDS
from os1.mind.grammar_cues import hedges_fine
from os1.mind.quarrel import apologises, opens_with_sorry
from os1.mind.reactions import Reaction, react

FILLER_WORDS = 2
# The OS warmed by what was said to it: thanks, amends, praise.
_WARMED = ("gratitude", "pride")
# The OS glad for them: "I wish my mum could have seen it. She died last March." reads
# joy 0.66 whole ("I wish… could have seen it" alone 0.97), and the death alone sorry-for
# 0.997.
_GLAD = ("happy-for", "admiration")
_LOSS = ("sorry-for", "fear-for")
_SAD_WORDS = ("sadness", "fear")


def felt_by_sentence(
    appraiser: Appraiser, appraisal: Appraisal, text: str, closeness: float
) -> tuple[Reaction, Appraisal | None]:
    """The reaction to `text` (read as `appraisal`), and the reading of the sentence it
    rests on where that is one sentence's, not the whole's."""
    whole = react(appraisal, text, closeness)
    said = sentences(text)
    warm, glad = whole.emotion in _WARMED, whole.emotion in _GLAD
    if (whole.emotion != "calm" and not warm and not glad) or len(said) < 2:
        return whole, None
    many = getattr(appraiser, "appraise_many", None)
    # One run of the classifier for all of them, where the appraiser can batch; the quote
    # of the cause reads the same sentences again, from the appraiser's memory of them.
    readings = many(said) if many is not None else [appraiser.appraise(s) for s in said]
    # A word or two ("Fine.", "Anyway.") tells no event, whatever the classifier reads in it.
    parts = [
        (react(reading, sentence, closeness), reading)
        for reading, sentence in zip(readings, said, strict=True)
        if len(sentence.split()) > FILLER_WORDS
    ]
    if warm:
        if _apology_read_whole(appraisal, text):
            # "Okay. Sorry. I know you're trying.": the last sentence alone reads as a jibe
            # (insult 0.68), and the whole as the apology it is.
            return whole, None
        return _unless_insulted(whole, parts)
    if glad:
        return _unless_grieved(whole, parts)
    # "I'm fine with it. Mostly.": the hedge is its own sentence, and the first alone is glad.
    hedged = hedges_fine(text)
    # Nor is one sentence warm to the OS where the whole is about someone else: "I looked at
    # his phone when he was in the shower. I know I shouldn't have." (the last alone amends).
    moved = [
        (part, reading)
        for part, reading in parts
        if part.emotion != "calm"
        and not (hedged and part.emotion == "happy-for")
        and not (part.emotion in _WARMED and not whole.about_os)
    ]
    if not moved:
        return whole, None
    part, reading = max(moved, key=lambda moving: moving[0].intensity)
    reaction = replace(
        whole,
        emotion=part.emotion,
        intensity=part.intensity,
        confidence=part.confidence,
        disclosure=max(whole.disclosure, part.disclosure),
    )
    return reaction, reading


def _apology_read_whole(appraisal: Appraisal, text: str) -> bool:
    """Whether the whole is read as amends and says sorry in so many words."""
    act = appraisal.act
    said_sorry = apologises(text) or opens_with_sorry(text)
    return act is not None and act.kind == "amends" and said_sorry


def _unless_insulted(
    whole: Reaction, parts: list[tuple[Reaction, Appraisal]]
) -> tuple[Reaction, Appraisal | None]:
    """Warmth read in the whole, unless one sentence alone is surely an insult: bad is
    stronger than good ("Just shut up. I don't want your fake sympathy." read whole as
    amends 0.61; "Just shut up." alone as an insult 0.61)."""
    insults = [
        (part, reading)
        for part, reading in parts
        if reading.act is not None
        and reading.act.kind == "insult"
        and part.emotion == "distress"
        and reading.act.probability >= ACT_SURE
    ]
    if not insults:
        return whole, None
    part, reading = max(insults, key=lambda insulted: insulted[0].hostility)
    return replace(part, disclosure=whole.disclosure), reading


def _unless_grieved(
    whole: Reaction, parts: list[tuple[Reaction, Appraisal]]
) -> tuple[Reaction, Appraisal | None]:
    """Gladness read in the whole, unless one sentence alone surely tells a loss or a danger:
    its event read as sure as the reading that overturns clear words (EVENT_OVER_WORDS), and
    its words sad or afraid too. Both readings, since the whole knows better where one
    sentence's event alone is sure: "He cried when he read my letter." reads sorry-for 0.98
    and neutral words, beside "Happy tears, he said it was the best gift ever."."""
    losses = [
        (part, reading)
        for part, reading in parts
        if part.emotion in _LOSS
        and reading.emotion in _SAD_WORDS
        and reading.event is not None
        and reading.event.kind == part.emotion
        and reading.event.probability >= EVENT_OVER_WORDS
    ]
    if not losses:
        return whole, None
    part, reading = max(losses, key=lambda lost: lost[0].intensity)
    return replace(part, disclosure=max(whole.disclosure, part.disclosure)), reading
