"""How well, and how fast, os1 appraises emotion: macro-F1 on a GoEmotions-format file.

Every utterance goes through os1's own appraisal, one at a time as in a
conversation turn (one CPU thread), and is timed. The score is the GoEmotions
one: F1 per label over multi-label predictions (at least one label each),
averaged over labels.

Anchors (GoEmotions test split): BERT-base fine-tuned, macro-F1 0.62-0.64 for
ekman and 0.70 for group. On the dev split, TF-IDF + logistic regression gets
0.55 / 0.62. os1 is trained on train.tsv only and never reads dev.tsv.

The last line printed is one JSON object.
Run: .venv/bin/python benchmarks/appraisal.py \\
         --data ../shared/benchmarks/goemotions/ekman/dev.tsv --taxonomy ekman
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from os1.mind.appraisal import LearnedAppraiser
from os1.mind.emotion_model import TAXONOMIES

ANCHORS = {"ekman": 0.63, "group": 0.70}  # BERT-base, GoEmotions test split


def read(path: Path, labels: tuple[str, ...]) -> list[tuple[str, set[str]]]:
    names_file = path.parent / "labels.txt"
    if names_file.exists():
        names = tuple(names_file.read_text().split())
        if names != labels:
            sys.exit(f"{names_file} lists {names}, not this taxonomy's {labels}: check --taxonomy")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split("\t")
        if len(parts) < 2:
            sys.exit(f"{path}:{number}: expected text<TAB>label ids, got {line[:60]!r}")
        rows.append((parts[0], {labels[int(i)] for i in parts[1].split(",")}))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="a GoEmotions-format .tsv")
    parser.add_argument("--taxonomy", choices=sorted(TAXONOMIES), required=True)
    parser.add_argument("--limit", type=int, default=0, help="only the first N utterances")
    parser.add_argument("--adapter", type=Path, help="another trained adapter folder")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads (default 2)")
    args = parser.parse_args()

    labels = TAXONOMIES[args.taxonomy]
    rows = read(args.data, labels)
    if args.limit:
        rows = rows[: args.limit]
    appraiser = LearnedAppraiser(args.adapter, threads=args.threads)
    started = time.perf_counter()
    appraiser.load()
    load_s = time.perf_counter() - started
    appraiser.appraise("warm-up")

    timings, predictions = [], []
    for text, _ in rows:
        started = time.perf_counter()
        appraisal = appraiser.appraise(text)
        timings.append((time.perf_counter() - started) * 1000)
        predictions.append(
            set(appraisal.labels if args.taxonomy == "ekman" else appraisal.sentiment)
        )

    per_label = {}
    for label in labels:
        tp = sum(1 for (_, gold), got in zip(rows, predictions, strict=True) if label in gold & got)
        predicted = sum(1 for got in predictions if label in got)
        actual = sum(1 for _, gold in rows if label in gold)
        per_label[label] = round(2 * tp / (predicted + actual), 4) if predicted + actual else 0.0
    macro = sum(per_label.values()) / len(per_label)
    timings.sort()
    for label, f1 in per_label.items():
        print(f"{label:>10}  F1 {f1:.3f}")
    print(
        f"macro-F1 {macro:.4f} (anchor {ANCHORS[args.taxonomy]}, ratio "
        f"{macro / ANCHORS[args.taxonomy]:.3f}); {statistics.mean(timings):.2f} ms an utterance"
    )
    print(
        json.dumps(
            {
                "data": str(args.data),
                "taxonomy": args.taxonomy,
                "utterances": len(rows),
                "macro_f1": round(macro, 4),
                "per_label_f1": per_label,
                "anchor_macro_f1": ANCHORS[args.taxonomy],
                "ms_per_utterance": round(statistics.mean(timings), 2),
                "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 2),
                "load_s": round(load_s, 2),
                # The classifier runs in float32 on ONNX Runtime; the int8 option went with
                # torch (float32 is already within 10 ms an utterance on one thread).
                "int8": False,
                "threads": args.threads,
            }
        )
    )


if __name__ == "__main__":
    main()
