"""What training/train_events.py and training/train_acts.py share: a corpus of
sentences written by hand, each labelled with a kind, fitted as a multinomial
logistic regression over the sentence encoder's vectors (mind/sentence_kinds.py).

The corpus may hold no mood probe nor anything within cosine NEAR_A_PROBE of one;
a fifth is set aside by each sentence's hash (stable as the corpus grows); the L2
weight is chosen by 5-fold cross-validation on the four fifths, by log-loss rather
than accuracy, since the reaction takes the probability as its confidence; the
shipped weights are those fitted on the four fifths, so the accuracy printed for
the fifth set aside is theirs. Full-batch gradient descent from zeros and seeded
folds: the same corpus gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

from os1.brain.sentence_encoder import SentenceEncoder
from os1.checksums import sha256_of
from os1.mind.sentence_kinds import KindWeights

PROBES = Path(__file__).parents[1] / "benchmarks" / "data" / "mood_probes.jsonl"
# The mood probes test the readings on sentences they never saw: none of them, nor anything
# this close to one (all-MiniLM-L6-v2 cosine), may be trained on.
NEAR_A_PROBE = 0.8
SEED = 19
L2_CHOICES = (1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2)
STEPS = 3000
RATE = 2.0

Rows = list[tuple[str, str]]


def read_corpus(path: Path, kinds: tuple[str, ...]) -> Rows:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, text = line.partition("\t")
        if kind not in kinds or not text.strip():
            raise SystemExit(f"{path}:{number}: expected one of {kinds}, a tab, a sentence")
        rows.append((kind, text.strip()))
    return rows


def too_near_a_probe(
    rows: Rows, encoder: SentenceEncoder, path: Path = PROBES
) -> list[dict[str, object]]:
    """The corpus sentences that are a mood probe or within NEAR_A_PROBE of one (every
    message of a probe, its set-up included)."""
    probes = [
        message
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
        for message in json.loads(line)["messages"]
    ]
    texts = [text for _, text in rows]
    similarity = encoder.embed(texts) @ encoder.embed(probes).T
    return [
        {"said": text, "probe": probes[int(row.argmax())], "cosine": round(float(row.max()), 3)}
        for text, row in zip(texts, similarity, strict=True)
        if row.max() >= NEAR_A_PROBE or text in probes
    ]


def split(rows: Rows, kinds: tuple[str, ...]) -> tuple[Rows, Rows]:
    """Four fifths to train on, a fifth set aside, each sentence by its own hash: a
    sentence added to the corpus never moves another between the parts, so the figure
    for the fifth set aside stays comparable from one corpus to the next."""
    train, held = [], []
    for kind in kinds:
        for row in rows:
            if row[0] == kind:
                set_aside = hashlib.sha256(row[1].encode("utf-8")).digest()[0] % 5 == 0
                (held if set_aside else train).append(row)
    return train, held


def fit(
    vectors: np.ndarray, labels: np.ndarray, l2: float, weights_type: type[KindWeights]
) -> KindWeights:
    """Softmax regression by full-batch gradient descent on the mean cross-entropy."""
    kinds = len(weights_type.FAMILY.kinds)
    x = vectors.astype(np.float64)
    target = np.eye(kinds)[labels]
    # Each kind weighs the same, however many sentences it has.
    counts = np.bincount(labels, minlength=kinds).astype(np.float64)
    row_weight = (len(labels) / (kinds * counts))[labels][:, None]
    weights = np.zeros((x.shape[1], kinds))
    bias = np.zeros(kinds)
    for _ in range(STEPS):
        probs = weights_type(weights, bias).probabilities(x)
        error = (probs - target) * row_weight / len(labels)
        weights -= RATE * (x.T @ error + l2 * weights)
        bias -= RATE * error.sum(axis=0)
    return weights_type(weights, bias)


def accuracy(model: KindWeights, vectors: np.ndarray, labels: np.ndarray) -> float:
    return float((model.probabilities(vectors).argmax(axis=1) == labels).mean())


def log_loss(model: KindWeights, vectors: np.ndarray, labels: np.ndarray) -> float:
    probs = model.probabilities(vectors)[np.arange(len(labels)), labels]
    return float(-np.log(np.maximum(probs, 1e-12)).mean())


def folds(count: int) -> np.ndarray:
    chosen = np.arange(count) % 5
    np.random.default_rng(SEED).shuffle(chosen)
    return chosen


def out_of_fold(
    vectors: np.ndarray, labels: np.ndarray, l2: float, weights_type: type[KindWeights]
) -> np.ndarray:
    """Each training sentence's probabilities from the model fitted on the other folds."""
    fold = folds(len(labels))
    probs = np.zeros((len(labels), len(weights_type.FAMILY.kinds)))
    for k in range(5):
        model = fit(vectors[fold != k], labels[fold != k], l2, weights_type)
        probs[fold == k] = model.probabilities(vectors[fold == k])
    return probs


def chosen_l2(
    vectors: np.ndarray, labels: np.ndarray, weights_type: type[KindWeights]
) -> tuple[float, dict[str, float]]:
    """The L2 weight with the lowest cross-validated log-loss, and each one's."""
    fold = folds(len(labels))
    scores = {}
    for l2 in L2_CHOICES:
        losses = [
            log_loss(
                fit(vectors[fold != k], labels[fold != k], l2, weights_type),
                vectors[fold == k],
                labels[fold == k],
            )
            for k in range(5)
        ]
        scores[str(l2)] = round(float(np.mean(losses)), 4)
    best = min(L2_CHOICES, key=lambda l2: scores[str(l2)])
    return best, scores


Figures = Callable[[np.ndarray, np.ndarray, float], dict[str, float]]


def train(corpus: Path, weights_type: type[KindWeights], out: Path, sure: Figures) -> None:
    """Fit, write out and print the report; sure(vectors, labels, l2) adds the figures the
    reaction's thresholds rest on, out of fold on the training part."""
    kinds = weights_type.FAMILY.kinds
    rows = read_corpus(corpus, kinds)
    encoder = SentenceEncoder()
    if near := too_near_a_probe(rows, encoder):
        raise SystemExit(
            f"{len(near)} corpus sentences are mood probes or near paraphrases of one; rewrite"
            f" or remove them from {corpus}:\n" + "\n".join(json.dumps(n) for n in near)
        )
    training, held = split(rows, kinds)
    x_train = encoder.embed([text for _, text in training])
    x_held = encoder.embed([text for _, text in held])
    y_train = np.array([kinds.index(kind) for kind, _ in training])
    y_held = np.array([kinds.index(kind) for kind, _ in held])
    l2, scores = chosen_l2(x_train, y_train, weights_type)
    model = fit(x_train, y_train, l2, weights_type)
    predicted = model.probabilities(x_held).argmax(axis=1)
    misread = [
        {"said": text, "kind": kind, "read": kinds[p]}
        for (kind, text), p in zip(held, predicted, strict=True)
        if kinds[p] != kind
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    print(json.dumps({"misread": misread}, indent=1))
    report = {
        "train": len(training),
        "held_out": len(held),
        "per_kind_held_out": Counter(kind for kind, _ in held),
        "cv_log_loss_by_l2": scores,
        "l2": l2,
        "out_of_fold_right_when_sure": sure(x_train, y_train, l2),
        "train_accuracy": round(accuracy(model, x_train, y_train), 4),
        "held_out_accuracy": round(accuracy(model, x_held, y_held), 4),
        "held_out_log_loss": round(log_loss(model, x_held, y_held), 4),
        "sha256": sha256_of(out),
    }
    print(json.dumps(report))
