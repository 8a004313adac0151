"""Train os1's reading of acts toward the OS (mind/act_appraisal.py), reproducibly.

    python -m training.train_acts

Run it from the repository's root. Reads training/data/acts.tsv (sentences written
for os1, each labelled with what the person did to the OS by saying it), and every
event told in training/data/events.tsv as "nothing" (an event of their life, told,
is no act toward the OS: this is what keeps news, grief and fear said with a "you
know" from reading as thanks or insult); refuses any that is a mood probe or within
cosine 0.8 of one, and fits the softmax regression as training/kind_regression.py
says (seeded: the same corpora give the same bytes). Writes
src/os1/mind/act_model/acts.npz and prints its sha256, which goes in
act_appraisal.ACTS_SHA256.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np

from os1.mind import event_appraisal
from os1.mind.act_appraisal import KINDS, MODEL_PATH, TOWARD_THE_OS, ActWeights
from training import kind_regression, train_events

CORPUS = Path(__file__).parent / "data" / "acts.tsv"


def corpus_text() -> str:
    """acts.tsv, then each event told in events.tsv as no act toward the OS."""
    told = [
        f"nothing\t{text}"
        for kind, text in train_events.read_corpus()
        if kind != event_appraisal.NOTHING
    ]
    return CORPUS.read_text(encoding="utf-8").rstrip("\n") + "\n" + "\n".join(told) + "\n"


def right_when_sure(vectors: np.ndarray, labels: np.ndarray, l2: float) -> dict[str, float]:
    """Out of fold on the training part: how often an act toward the OS read this surely is
    right (reactions.py's ACT_SURE), and how often a sentence of no such act is read as one
    this surely (what a wrong reading would do to news told)."""
    probs = kind_regression.out_of_fold(vectors, labels, l2, ActWeights)
    read, sure = probs.argmax(axis=1), probs.max(axis=1)
    act = np.isin(read, [KINDS.index(k) for k in TOWARD_THE_OS])
    no_act = ~np.isin(labels, [KINDS.index(k) for k in TOWARD_THE_OS])
    figures = {"all": round(float((read == labels).mean()), 3)}
    for bar in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        picked = act & (sure >= bar)
        figures[f"act>={bar}"] = round(float((read[picked] == labels[picked]).mean()), 3)
        figures[f"act>={bar} of no act"] = round(float((picked & no_act).sum() / no_act.sum()), 4)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(str(MODEL_PATH)))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "acts.tsv"
        corpus.write_text(corpus_text(), encoding="utf-8")
        kind_regression.train(corpus, ActWeights, args.out, right_when_sure)


if __name__ == "__main__":
    main()
