"""Train os1's event appraisal (mind/event_appraisal.py), reproducibly.

    python -m training.train_events

Run it from the repository's root. Reads training/data/events.tsv (sentences
written for os1, each labelled with the OCC kind of the event it tells), refuses
any that is a mood probe or within cosine 0.8 of one, sets a fifth aside (by each
sentence's hash, stable as the corpus grows), embeds the rest with the sentence
encoder and fits a multinomial logistic regression in numpy (full-batch gradient
descent from zeros: deterministic). The L2 weight is chosen by 5-fold
cross-validation on the four fifths, by log-loss rather than accuracy, since the
reaction takes the probability as its confidence; the shipped weights are those fitted on the
four fifths, so the accuracy printed for the fifth set aside is theirs. Writes
src/os1/mind/event_model/events.npz and prints its sha256, which goes in
event_appraisal.EVENTS_SHA256. Takes a few seconds on one CPU core.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

import numpy as np

from os1.brain.sentence_encoder import SentenceEncoder
from os1.checksums import sha256_of
from os1.mind.event_appraisal import KINDS, MODEL_PATH, EventWeights

CORPUS = Path(__file__).parent / "data" / "events.tsv"
PROBES = Path(__file__).parents[1] / "benchmarks" / "data" / "mood_probes.jsonl"
# The mood probes test the reading on sentences it never saw: none of them, nor anything
# this close to one (all-MiniLM-L6-v2 cosine), may be trained on.
NEAR_A_PROBE = 0.8
SEED = 19
L2_CHOICES = (1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2)
STEPS = 3000
RATE = 2.0


def read_corpus(path: Path = CORPUS) -> list[tuple[str, str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, text = line.partition("\t")
        if kind not in KINDS or not text.strip():
            raise SystemExit(f"{path}:{number}: expected one of {KINDS}, a tab, a sentence")
        rows.append((kind, text.strip()))
    return rows


def too_near_a_probe(
    rows: list[tuple[str, str]], encoder: SentenceEncoder, path: Path = PROBES
) -> list[dict[str, object]]:
    """The corpus sentences that are a mood probe or within NEAR_A_PROBE of one."""
    probes = [
        json.loads(line)["messages"][-1]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts = [text for _, text in rows]
    similarity = encoder.embed(texts) @ encoder.embed(probes).T
    return [
        {"said": text, "probe": probes[int(row.argmax())], "cosine": round(float(row.max()), 3)}
        for text, row in zip(texts, similarity, strict=True)
        if row.max() >= NEAR_A_PROBE or text in probes
    ]


def split(rows: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Four fifths to train on, a fifth set aside, each sentence by its own hash: a
    sentence added to the corpus never moves another between the parts, so the figure
    for the fifth set aside stays comparable from one corpus to the next (a seeded
    shuffle of each kind drew a new fifth whenever a kind grew by one)."""
    train, held = [], []
    for kind in KINDS:
        for row in rows:
            if row[0] == kind:
                set_aside = hashlib.sha256(row[1].encode("utf-8")).digest()[0] % 5 == 0
                (held if set_aside else train).append(row)
    return train, held


def fit(vectors: np.ndarray, labels: np.ndarray, l2: float) -> EventWeights:
    """Softmax regression by full-batch gradient descent on the mean cross-entropy."""
    x = vectors.astype(np.float64)
    target = np.eye(len(KINDS))[labels]
    # Each kind weighs the same, however many sentences it has.
    counts = np.bincount(labels, minlength=len(KINDS)).astype(np.float64)
    row_weight = (len(labels) / (len(KINDS) * counts))[labels][:, None]
    weights = np.zeros((x.shape[1], len(KINDS)))
    bias = np.zeros(len(KINDS))
    for _ in range(STEPS):
        probs = EventWeights(weights, bias).probabilities(x)
        error = (probs - target) * row_weight / len(labels)
        weights -= RATE * (x.T @ error + l2 * weights)
        bias -= RATE * error.sum(axis=0)
    return EventWeights(weights, bias)


def accuracy(model: EventWeights, vectors: np.ndarray, labels: np.ndarray) -> float:
    return float((model.probabilities(vectors).argmax(axis=1) == labels).mean())


def log_loss(model: EventWeights, vectors: np.ndarray, labels: np.ndarray) -> float:
    probs = model.probabilities(vectors)[np.arange(len(labels)), labels]
    return float(-np.log(np.maximum(probs, 1e-12)).mean())


def _folds(count: int) -> np.ndarray:
    folds = np.arange(count) % 5
    np.random.default_rng(SEED).shuffle(folds)
    return folds


def right_when_sure(vectors: np.ndarray, labels: np.ndarray, l2: float) -> dict[str, float]:
    """Out of fold on the training part: how often a reading this sure is right, for
    events and for "nothing much" apart (reactions.py's EVENT_SURE and NOTHING_SURE),
    and how often an event read this surely good or bad is of that sign."""
    folds = _folds(len(labels))
    probs = np.zeros((len(labels), len(KINDS)))
    for k in range(5):
        probs[folds == k] = fit(vectors[folds != k], labels[folds != k], l2).probabilities(
            vectors[folds == k]
        )
    read, sure, nothing = probs.argmax(axis=1), probs.max(axis=1), KINDS.index("nothing")
    figures = {"all": round(float((read == labels).mean()), 3)}
    # Whether the event is good or bad for them, as reactions.py reads it first: the sum
    # of the kinds of each sign, against nothing much.
    sign = np.array([{"happy-for": 1, "admiration": 1, "nothing": 0}.get(k, -1) for k in KINDS])
    glad, bad = probs[:, sign == 1].sum(axis=1), probs[:, sign == -1].sum(axis=1)
    signed = np.where(probs[:, nothing] >= np.maximum(glad, bad), 0, np.where(glad > bad, 1, -1))
    sign_sure = np.maximum(np.maximum(glad, bad), probs[:, nothing])
    for bar in (0.5, 0.6, 0.7, 0.8, 0.9):
        for name, chosen in (("event", read != nothing), ("nothing", read == nothing)):
            picked = chosen & (sure >= bar)
            figures[f"{name}>={bar}"] = round(float((read[picked] == labels[picked]).mean()), 3)
        picked = (signed != 0) & (sign_sure >= bar)
        right = signed[picked] == sign[labels[picked]]
        figures[f"sign>={bar}"] = round(float(right.mean()), 3)
    return figures


def chosen_l2(vectors: np.ndarray, labels: np.ndarray) -> tuple[float, dict[str, float]]:
    """The L2 weight with the lowest cross-validated log-loss, and each one's."""
    folds = _folds(len(labels))
    scores = {}
    for l2 in L2_CHOICES:
        losses = [
            log_loss(
                fit(vectors[folds != k], labels[folds != k], l2),
                vectors[folds == k],
                labels[folds == k],
            )
            for k in range(5)
        ]
        scores[str(l2)] = round(float(np.mean(losses)), 4)
    best = min(L2_CHOICES, key=lambda l2: scores[str(l2)])
    return best, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(str(MODEL_PATH)))
    args = parser.parse_args()
    rows = read_corpus()
    encoder = SentenceEncoder()
    if near := too_near_a_probe(rows, encoder):
        raise SystemExit(
            f"{len(near)} corpus sentences are mood probes or near paraphrases of one; rewrite"
            f" or remove them from {CORPUS}:\n" + "\n".join(json.dumps(n) for n in near)
        )
    train, held = split(rows)
    x_train = encoder.embed([text for _, text in train])
    x_held = encoder.embed([text for _, text in held])
    y_train = np.array([KINDS.index(kind) for kind, _ in train])
    y_held = np.array([KINDS.index(kind) for kind, _ in held])
    l2, scores = chosen_l2(x_train, y_train)
    model = fit(x_train, y_train, l2)
    predicted = model.probabilities(x_held).argmax(axis=1)
    misread = [
        {"said": text, "kind": kind, "read": KINDS[p]}
        for (kind, text), p in zip(held, predicted, strict=True)
        if KINDS[p] != kind
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(json.dumps({"misread": misread}, indent=1))
    report = {
        "train": len(train),
        "held_out": len(held),
        "per_kind_held_out": Counter(kind for kind, _ in held),
        "cv_log_loss_by_l2": scores,
        "l2": l2,
        "out_of_fold_right_when_sure": right_when_sure(x_train, y_train, l2),
        "train_accuracy": round(accuracy(model, x_train, y_train), 4),
        "held_out_accuracy": round(accuracy(model, x_held, y_held), 4),
        "held_out_log_loss": round(log_loss(model, x_held, y_held), 4),
        "sha256": sha256_of(args.out),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
