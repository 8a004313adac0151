"""What a told event means for the person, as OCC appraises events.

The emotion classifier (appraisal.py) learned how feelings are *said*; a person
often tells only what happened ("Mum's funeral was this afternoon"). OCC
(Ortony, Clore and Collins 1988) appraises the event itself: its consequences
for someone the OS cares for, and the acts of agents. This reads an utterance as
one of the kinds the OS reacts with:

- sorry-for: a loss or grief, a misfortune that has happened to them or theirs;
- fear-for: a danger or threat to them or someone of theirs, still unfolding;
- happy-for: good news, relief, a recovery;
- admiration: something they (or theirs) achieved;
- reproach: cruelty or wrongdoing by someone, them included;
- nothing: small talk, plans, neutral facts, questions, requests, repairs.

It is a multinomial logistic regression over the sentence encoder's vectors
(sentence_kinds.py), trained on sentences written for it
(training/train_events.py, training/data/events.tsv).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from os1.mind.sentence_kinds import Family, KindReader, KindReading, KindWeights

KINDS = ("sorry-for", "fear-for", "happy-for", "admiration", "reproach", "nothing")
NOTHING = "nothing"
MODEL_PATH = files("os1.mind") / "event_model" / "events.npz"
# The weights os1 was tested with (training/train_events.py prints a new one).
EVENTS_SHA256 = "16eae67bfc2ab76aedacb60e68d49c8e1a9f951e5e2f36f075fdc5357e20f2a3"
EVENTS = Family(
    name="event model",
    kinds=KINDS,
    path=Path(str(MODEL_PATH)),
    sha256=EVENTS_SHA256,
    checksum="event_appraisal.EVENTS_SHA256",
    trainer="training.train_events",
)

# The probability of each kind of event, as told in one utterance.
EventReading = KindReading


class EventWeights(KindWeights):
    __slots__ = ()
    FAMILY = EVENTS


class EventReader(KindReader):
    """Reads what a told event means; shares the sentence encoder it is given."""

    WEIGHTS = EventWeights
