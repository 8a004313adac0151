"""Train os1's emotion classifier on GoEmotions, reproducibly.

    python -m training.train_appraisal --data ../shared/benchmarks/goemotions

Run it from the repository's root: it lives outside `src/`, so os1's package
does not carry it.

Reads `ekman/train.tsv` and `group/train.tsv` (the same comments, labelled in
two groupings), holds back a tenth of the training comments (chosen by a hash of
the comment id) to pick per-label thresholds, and never reads `dev.tsv`: the dev
split stays unseen so `benchmarks/appraisal.py` measures on data os1 was neither
trained nor tuned on. Writes the adapter, heads and thresholds to
src/os1/mind/emotion_adapter/ (about 1.5 MB). Two epochs take about 35 minutes
on two CPU cores.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from dataclasses import dataclass
from pathlib import Path

import torch
from peft import LoraConfig, get_peft_model
from safetensors.torch import save_file
from transformers import AutoModel, AutoTokenizer, get_linear_schedule_with_warmup

from os1.mind.emotion_model import (
    ADAPTER_DIR,
    EKMAN,
    GROUPS,
    MAX_TOKENS,
    TrainedHeads,
    build_network,
    encoder_dir,
    verify_encoder,
)


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    ekman: tuple[int, ...]
    group: tuple[int, ...]
    comment_id: str


def read_split(root: Path, split: str) -> list[Example]:
    def rows(taxonomy: str) -> dict[str, tuple[str, tuple[int, ...]]]:
        table = {}
        for line in (root / taxonomy / f"{split}.tsv").read_text(encoding="utf-8").splitlines():
            text, labels, comment_id = line.split("\t")
            table[comment_id] = (text, tuple(int(x) for x in labels.split(",")))
        return table

    ekman, group = rows("ekman"), rows("group")
    return [
        Example(text, labels, group[cid][1], cid)
        for cid, (text, labels) in ekman.items()
        if cid in group
    ]


def held_back(example: Example) -> bool:
    return hashlib.sha256(example.comment_id.encode()).digest()[0] < 26  # about a tenth


def targets(labels: tuple[int, ...], width: int) -> list[float]:
    row = [0.0] * width
    for label in labels:
        row[label] = 1.0
    return row


def batches(examples: list[Example], size: int, rng: random.Random) -> list[list[Example]]:
    """Shuffled batches of similar length, so little time goes to padding."""
    order = examples[:]
    rng.shuffle(order)
    chunks = [order[i : i + size * 50] for i in range(0, len(order), size * 50)]
    out = []
    for chunk in chunks:
        chunk.sort(key=lambda e: len(e.text))
        out += [chunk[i : i + size] for i in range(0, len(chunk), size)]
    rng.shuffle(out)
    return out


def best_thresholds(probs: torch.Tensor, gold: torch.Tensor) -> list[float]:
    chosen = []
    for label in range(probs.shape[1]):
        best, best_f1 = 0.5, -1.0
        for step in range(5, 96, 5):
            cut = step / 100
            predicted = probs[:, label] >= cut
            truth = gold[:, label] > 0.5
            tp = (predicted & truth).sum().item()
            f1 = 2 * tp / max(predicted.sum().item() + truth.sum().item(), 1)
            if f1 > best_f1:
                best, best_f1 = cut, f1
        chosen.append(best)
    return chosen


def macro_f1(probs: torch.Tensor, gold: torch.Tensor, cuts: list[float]) -> float:
    predicted = probs >= torch.tensor(cuts)
    # At least one label per utterance: the most likely one if none passes.
    empty = ~predicted.any(1)
    predicted[empty, probs[empty].argmax(1)] = True
    truth = gold > 0.5
    scores = []
    for label in range(probs.shape[1]):
        tp = (predicted[:, label] & truth[:, label]).sum().item()
        denominator = predicted[:, label].sum().item() + truth[:, label].sum().item()
        scores.append(2 * tp / denominator if denominator else 0.0)
    return sum(scores) / len(scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the goemotions folder")
    parser.add_argument("--out", type=Path, default=Path(str(ADAPTER_DIR)))
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--rank", type=int, default=8)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="train on the first N (a smoke run)")
    args = parser.parse_args()

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    examples = read_split(args.data, "train")
    train = [e for e in examples if not held_back(e)]
    valid = [e for e in examples if held_back(e)]
    if args.limit:
        train, valid = train[: args.limit], valid[: args.limit // 4]
    print(f"training on {len(train)} comments, choosing thresholds on {len(valid)}", flush=True)

    source = encoder_dir()
    verify_encoder(source)
    tokenizer = AutoTokenizer.from_pretrained(source)
    lora = LoraConfig(
        r=args.rank,
        lora_alpha=2 * args.rank,
        lora_dropout=0.1,
        target_modules=["query", "key", "value", "dense"],
    )
    encoder = get_peft_model(AutoModel.from_pretrained(source), lora)
    network = build_network(encoder)
    trainable = [p for p in network.parameters() if p.requires_grad]
    print(f"trainable parameters: {sum(p.numel() for p in trainable):,}", flush=True)

    plan = [batches(train, args.batch, rng) for _ in range(args.epochs)]
    steps = sum(len(epoch) for epoch in plan)
    optimizer = torch.optim.AdamW(trainable, lr=args.lr, weight_decay=0.01)
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.06 * steps), steps)
    loss_of = torch.nn.BCEWithLogitsLoss()

    def encode(batch: list[Example]) -> dict[str, torch.Tensor]:
        return tokenizer(
            [e.text for e in batch],
            padding=True,
            truncation=True,
            max_length=MAX_TOKENS,
            return_tensors="pt",
        )

    started = time.monotonic()
    done = 0
    for epoch, epoch_batches in enumerate(plan, 1):
        network.train()
        for batch in epoch_batches:
            inputs = encode(batch)
            ekman_logits, group_logits = network(inputs["input_ids"], inputs["attention_mask"])
            loss = loss_of(
                ekman_logits, torch.tensor([targets(e.ekman, len(EKMAN)) for e in batch])
            ) + loss_of(group_logits, torch.tensor([targets(e.group, len(GROUPS)) for e in batch]))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            done += 1
            if done % 100 == 0:
                elapsed = time.monotonic() - started
                print(
                    f"epoch {epoch} step {done}/{steps} loss {loss.item():.4f} "
                    f"{elapsed / done:.2f} s/step",
                    flush=True,
                )

    network.eval()
    probs: dict[str, list[torch.Tensor]] = {"ekman": [], "group": []}
    with torch.inference_mode():
        for i in range(0, len(valid), 64):
            inputs = encode(valid[i : i + 64])
            ekman_logits, group_logits = network(inputs["input_ids"], inputs["attention_mask"])
            probs["ekman"].append(torch.sigmoid(ekman_logits))
            probs["group"].append(torch.sigmoid(group_logits))
    gold = {
        "ekman": torch.tensor([targets(e.ekman, len(EKMAN)) for e in valid]),
        "group": torch.tensor([targets(e.group, len(GROUPS)) for e in valid]),
    }
    thresholds, held_back_f1 = {}, {}
    for taxonomy in ("ekman", "group"):
        joined = torch.cat(probs[taxonomy])
        thresholds[taxonomy] = best_thresholds(joined, gold[taxonomy])
        held_back_f1[taxonomy] = round(macro_f1(joined, gold[taxonomy], thresholds[taxonomy]), 4)
    print(f"macro-F1 on the held-back tenth of train: {held_back_f1}", flush=True)

    args.out.mkdir(parents=True, exist_ok=True)
    encoder.save_pretrained(args.out)
    heads = {
        f"{name}.{part}": getattr(getattr(network, name), part).detach().contiguous()
        for name in ("ekman", "group")
        for part in ("weight", "bias")
    }
    save_file(heads, args.out / "heads.safetensors")
    TrainedHeads(
        thresholds=thresholds,
        notes={
            "held_back_macro_f1": held_back_f1,
            "train_comments": len(train),
            "held_back_comments": len(valid),
            "epochs": args.epochs,
            "batch": args.batch,
            "lr": args.lr,
            "rank": args.rank,
            "seed": args.seed,
            "minutes": round((time.monotonic() - started) / 60, 1),
        },
    ).write(args.out)
    print(f"wrote {args.out}", flush=True)


if __name__ == "__main__":
    main()
