"""What small grammars hear in a person's words that the classifiers misread.

The emotion and event readings learn from sentences; some things people say turn on a word
or two the readings do not weigh: a fear that ended ("It's not cancer."), joy in slang
("I'm buzzing"), tears of joy, a year sober, loneliness told as what is missing, a day
kept for someone who died, a death told softly, someone missing, a row with someone close,
a parent who no longer knows them, a grave illness found, a wrong done them, someone close
in trouble, not coping, praise they do not believe, a setback, results still awaited, a
blunder of their own, "fine" taken back as it is said, and running themselves down ("I
can't do anything right."). Each is a grammar of its own module; this is where the reaction
(reactions.py) asks them, after the readings and the event, and before it weighs how much
it is moved.
"""

from __future__ import annotations

from os1.mind.awaiting import awaiting_told
from os1.mind.blunders import blunder_told, hurt_them_told
from os1.mind.death_euphemisms import death_nearly, death_softened
from os1.mind.diagnosis import diagnosis_told
from os1.mind.doubted_praise import praise_doubted
from os1.mind.elation import elation_told
from os1.mind.event_weighing import EVENT_OVER_WORDS, EVENT_SURE, TOWARD_THE_OS
from os1.mind.grammar_cues import (
    asks_of_themselves,
    confides,
    hedges_fine,
    laughs_at_themselves,
    runs_themselves_down,
)
from os1.mind.grievance import grievance_told
from os1.mind.happy_tears import happy_tears_told
from os1.mind.in_trouble import in_trouble_told
from os1.mind.jibes import advised, concedes
from os1.mind.loneliness import loneliness_told
from os1.mind.milestones import first_told, milestone_told
from os1.mind.missing import missing_told
from os1.mind.own_affairs import swears_off
from os1.mind.relief import relief_told, relief_undone
from os1.mind.remarks import (
    dislikes,
    faults_its_advice,
    leave_to_be_frank,
    of_people_at_large,
    only_assents,
    thanks_reported,
)
from os1.mind.remembrance import remembrance_told
from os1.mind.rift import rift_mending, rift_told
from os1.mind.setback import setback_laughed_off, setback_told
from os1.mind.struggle import struggle_told
from os1.mind.told_when import long_ago_said
from os1.mind.unrecognised import unrecognised_told


def heard_by_grammar(emotion: str, confidence: float, text: str) -> tuple[str, float]:
    """The OS's emotion at `text`, and the probability it rests on, where a grammar hears
    what the readings (`emotion`, `confidence`) missed; else as they are."""
    if emotion == "gratitude" and thanks_reported(text):
        # Thanks someone else gave them ("Then he hugged me and said thanks mum.", a son moved
        # into his first flat; the model: "Thank you, that means a lot to me."): their news.
        return "happy-for", confidence
    tears_of_joy = emotion == "sorry-for" and happy_tears_told(text)
    glad_already = emotion in ("happy-for", "admiration") and confidence >= EVENT_OVER_WORDS
    if (
        emotion not in TOWARD_THE_OS
        and not glad_already
        and (relief_told(text) or elation_told(text) or tears_of_joy or first_told(text))
    ):
        # A fear that ended (OCC's relief), which the readings take for the fear, joy in
        # slang, taken for agitation ("I'm buzzing, I can't sleep."), tears of joy, or a
        # child's first tooth out, taken for a loss.
        return "happy-for", max(confidence, EVENT_OVER_WORDS)
    if rift_mending(text) and emotion in ("sorry-for", "reproach", "distress", "calm"):
        # An apology they were given, or an old friend back in touch, read as a sorrow: a rift
        # mending is their good news.
        return "happy-for", max(confidence, EVENT_OVER_WORDS)
    if relief_undone(text) and emotion in ("happy-for", "admiration", "calm"):
        # A fear ended and a new one at once ("Nothing's broken, thank god, but he's so frail
        # now."): the new fear is the news.
        return "fear-for", max(confidence, EVENT_OVER_WORDS)
    waiting = awaiting_told(text) or missing_told(text)
    if waiting and emotion in ("happy-for", "admiration", "calm"):
        # Results still to come, read as good news ("The biopsy results come tomorrow."), or
        # someone missing ("My cat didn't come home last night."): a fear for them while
        # they wait.
        return "fear-for", max(confidence, EVENT_OVER_WORDS)
    if milestone_told(text) and emotion not in TOWARD_THE_OS:
        # A year sober: their own hard-won feat, which the readings take for nothing.
        return "admiration", max(confidence, EVENT_OVER_WORDS)
    if (remembrance_told(text) or death_softened(text)) and emotion not in TOWARD_THE_OS:
        # Someone gone, however sure the fear read in it ("She passed before she could see
        # it." fear 0.51), or however softly told ("We had to put Biscuit down."): nothing
        # is left to fear for, and nothing to be glad of.
        return "sorry-for", max(confidence, EVENT_OVER_WORDS)
    if death_nearly(text) and long_ago_said(text) and emotion in ("happy-for", "admiration"):
        # A near miss long ago is the story behind now, no news either way: "When I was a kid I
        # nearly drowned, so I never learned." (the night of a first length swum at forty-two).
        return "calm", confidence
    if hurt_them_told(text) and emotion in ("happy-for", "admiration", "calm"):
        # "She laughed but I think it hurt her a bit." (read as glad for its laugh).
        return "sorry-for", max(confidence, EVENT_OVER_WORDS)
    if blunder_told(text) and emotion not in ("sorry-for", "fear-for"):
        # An awkward moment of their own ("I froze and said thank you.", read as joy 0.98;
        # "THANK YOU. Who says that?", taken for thanks, then for reproach): no news, no
        # thanks, and nobody's wrong.
        return "calm", confidence
    if rift_told(text) and emotion == "fear-for":
        # Apart after a row, however sure the fear read in it ("She's sleeping in the spare
        # room." 0.75): nobody is in danger, and it is sad.
        return "sorry-for", confidence
    lost = (
        death_nearly(text)
        or loneliness_told(text)
        or rift_told(text)
        or unrecognised_told(text)
        or diagnosis_told(text)
        or struggle_told(text)
        or praise_doubted(text)
        or setback_told(text)
        or grievance_told(text)
        or in_trouble_told(text)
    )
    if lost and emotion not in TOWARD_THE_OS and (emotion != "fear-for" or confidence < EVENT_SURE):
        # Read as anything but, as a fear only unsurely, or as sorrow too unsurely to move
        # it ("Frank would have been eighty today.", "The house is so quiet without his
        # nails on the floor.", "Mum was diagnosed with dementia in the summer." 0.2).
        return "sorry-for", max(confidence, EVENT_OVER_WORDS)
    if emotion in ("reproach", "distress") and (confides(text) or swears_off(text)):
        # How they talk, or that they talk to it, wondered at, or a thing sworn off ("I'm never
        # doing that again.", a first marathon): nobody's wrong to reproach.
        return "calm", confidence
    if faults_its_advice(text):
        # "You gave me bad advice yesterday." (read as amends, and thanked): it stings, and
        # nobody else is to be sorry for.
        return "distress", confidence
    if emotion in ("happy-for", "admiration") and only_assents(text):
        # "lol ok": an answer, no news.
        return "calm", confidence
    if emotion in ("reproach", "distress") and of_people_at_large(text):
        # Not understood by people at large ("People don't understand that."): alone in it.
        return "sorry-for", confidence
    if emotion in ("reproach", "distress") and (dislikes(text) or leave_to_be_frank(text)):
        # A dislike told ("I hate boats."), or leave to be frank: nobody's wrong, and nothing
        # to be sorry for.
        return "calm", confidence
    if emotion in ("reproach", "distress") and runs_themselves_down(text):
        # Down on themselves, not on the OS or anyone: the OS is sorry for them.
        return "sorry-for", confidence
    if emotion in ("happy-for", "admiration") and (
        laughs_at_themselves(text) or setback_laughed_off(text)
    ):
        # Laughed off ("lol you probably think I'm an idiot", read as joy 0.93 for its "lol";
        # "Her team still lost six-one haha."): no good news, and nothing to be sorry for in a
        # laugh.
        return "calm", confidence
    if emotion in ("happy-for", "admiration") and (concedes(text) or advised(text)):
        # Giving way to advice is no news: "Zara says I should just be honest. She's probably
        # right." (read as happy-for 0.46; "What lovely news.").
        return "calm", confidence
    # Fine, and at once not quite: no news. "Am I stupid?" asked: nobody's wrong to reproach.
    if (emotion in ("happy-for", "admiration") and hedges_fine(text)) or (
        emotion == "reproach" and asks_of_themselves(text)
    ):
        return "calm", confidence
    return emotion, confidence
