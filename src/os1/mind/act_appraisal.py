"""What the person did to the OS by saying something: OCC's acts of an agent.

The emotion classifier (appraisal.py) learned from Reddit how feelings are
said, not at whom: "You're a joke" reads as joy, "I owe you one for catching
that" as upset, "I shouldn't have spoken to you like that" as anger. OCC
appraises the act of the person toward the OS: praiseworthy (thanks, praise,
making amends) or blameworthy (an insult). This reads an utterance as one of:

- thanks: gratitude for something the OS did or is ("I owe you one");
- praise: approval of the OS itself or of what it did ("good call");
- insult: contempt, mockery or scorn aimed at the OS, however politely worded;
- amends: an apology for what they said or did to the OS;
- request: asking the OS to do or say something;
- nothing: no act toward the OS (news of their life, small talk, a question,
  sorrow or apology to someone else).

A softmax regression over the sentence encoder's vectors (sentence_kinds.py),
trained on sentences written for it (training/train_acts.py,
training/data/acts.tsv); it reads the vector the event reading reads, so it
costs a millisecond a turn.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from os1.mind.sentence_kinds import Family, KindReader, KindReading, KindWeights

KINDS = ("thanks", "praise", "insult", "amends", "request", "nothing")
# The acts that change how the OS feels toward the person; a request or nothing does not.
TOWARD_THE_OS = ("thanks", "praise", "insult", "amends")
MODEL_PATH = files("os1.mind") / "act_model" / "acts.npz"
# The weights os1 was tested with (training/train_acts.py prints a new one).
ACTS_SHA256 = "bff97e09eeeafcff04e67be7ae61638324b93497d6e3e040674901071208cd7b"
ACTS = Family(
    name="act model",
    kinds=KINDS,
    path=Path(str(MODEL_PATH)),
    sha256=ACTS_SHA256,
    checksum="act_appraisal.ACTS_SHA256",
    trainer="training.train_acts",
)

# The probability of each kind of act toward the OS, in one utterance.
ActReading = KindReading


class ActWeights(KindWeights):
    __slots__ = ()
    FAMILY = ACTS


class ActReader(KindReader):
    """Reads what the person did to the OS; shares the sentence encoder it is given."""

    WEIGHTS = ActWeights
