"""Train os1's event appraisal (mind/event_appraisal.py), reproducibly.

    python -m training.train_events

Run it from the repository's root. Reads training/data/events.tsv (sentences
written for os1, each labelled with the OCC kind of the event it tells), refuses
any that is a mood probe or within cosine 0.8 of one, and fits the softmax
regression as training/kind_regression.py says (seeded: the same corpus gives
the same bytes). Writes src/os1/mind/event_model/events.npz and prints its
sha256, which goes in event_appraisal.EVENTS_SHA256. Takes a few seconds on one
CPU core.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from os1.brain.sentence_encoder import SentenceEncoder
from os1.mind.event_appraisal import KINDS, MODEL_PATH, EventWeights
from training import kind_regression
from training.kind_regression import PROBES, Rows, accuracy, log_loss

CORPUS = Path(__file__).parent / "data" / "events.tsv"
__all__ = ["accuracy", "fit", "log_loss", "read_corpus", "split", "too_near_a_probe"]


def read_corpus(path: Path = CORPUS) -> Rows:
    return kind_regression.read_corpus(path, KINDS)


def too_near_a_probe(
    rows: Rows, encoder: SentenceEncoder, path: Path = PROBES
) -> list[dict[str, object]]:
    return kind_regression.too_near_a_probe(rows, encoder, path)


def split(rows: Rows) -> tuple[Rows, Rows]:
    return kind_regression.split(rows, KINDS)


def fit(vectors: np.ndarray, labels: np.ndarray, l2: float) -> EventWeights:
    model = kind_regression.fit(vectors, labels, l2, EventWeights)
    assert isinstance(model, EventWeights)
    return model


def right_when_sure(vectors: np.ndarray, labels: np.ndarray, l2: float) -> dict[str, float]:
    """Out of fold on the training part: how often a reading this sure is right, for
    events and for "nothing much" apart (reactions.py's EVENT_SURE and NOTHING_SURE),
    and how often an event read this surely good or bad is of that sign."""
    probs = kind_regression.out_of_fold(vectors, labels, l2, EventWeights)
    read, sure, nothing = probs.argmax(axis=1), probs.max(axis=1), KINDS.index("nothing")
    figures = {"all": round(float((read == labels).mean()), 3)}
    # Whether the event is good or bad for them: the sum of the kinds of each sign,
    # against nothing much.
    sign = np.array([{"happy-for": 1, "admiration": 1, "nothing": 0}.get(k, -1) for k in KINDS])
    glad, bad = probs[:, sign == 1].sum(axis=1), probs[:, sign == -1].sum(axis=1)
    signed = np.where(probs[:, nothing] >= np.maximum(glad, bad), 0, np.where(glad > bad, 1, -1))
    sign_sure = np.maximum(np.maximum(glad, bad), probs[:, nothing])
    for bar in (0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9):
        for name, chosen in (("event", read != nothing), ("nothing", read == nothing)):
            picked = chosen & (sure >= bar)
            figures[f"{name}>={bar}"] = round(float((read[picked] == labels[picked]).mean()), 3)
        picked = (signed != 0) & (sign_sure >= bar)
        right = signed[picked] == sign[labels[picked]]
        figures[f"sign>={bar}"] = round(float(right.mean()), 3)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(str(MODEL_PATH)))
    args = parser.parse_args()
    kind_regression.train(CORPUS, EventWeights, args.out, right_when_sure)


if __name__ == "__main__":
    main()
