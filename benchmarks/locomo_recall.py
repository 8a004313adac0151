"""How much of what a question needs os1's retrieval finds: recall@k on LoCoMo.

Each conversation is lived through os1's memory as its two people would have:
every turn stored with its speaker and its session's date (an image turn with
its caption), one memory per conversation. Then every question that has
evidence is asked through os1's hybrid retrieval. Recall@k is the LoCoMo
paper's: the fraction of a question's evidence turns among the k retrieved,
averaged over questions; overall, by category (1 multi-hop, 2 temporal,
3 open-domain, 4 single-hop, 5 adversarial) and by conversation.

Anchors (the development set, ../shared/benchmarks/locomo/): the paper's best
retriever (DRAGON) recall@5 58.8 and @10 67.5; BM25 over turns 47.2 / 54.6.
Target: 75 / 85. One CPU thread; ms_per_query is the whole search, question
embedding included.

With facts (issue 18): the facts os1's consolidation reads from each
conversation (cached by benchmarks/locomo_facts.py; --facts rules, the default,
or brain) are searched with the turns, a fact leading to the turns it cites
(memory/fact_retrieval.py). A conversation with no cached facts is
consolidated first and cached (rules: about a minute a conversation; brain:
an hour or more on two shared cores). Every figure is given without facts and with them.

The last line printed is one JSON object.
Run: .venv/bin/python benchmarks/locomo_recall.py --data ../shared/benchmarks/locomo
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import sys
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from locomo_facts import CACHE, build, cache_path, code_hash, done
from os1.brain.sentence_encoder import SentenceEncoder
from os1.memory.fact_retrieval import CitingFact, FactRetrieval, FactSettings
from os1.memory.retrieval import Encoder, HybridRetrieval, Settings, Turn

CATEGORIES = {1: "multi-hop", 2: "temporal", 3: "open-domain", 4: "single-hop", 5: "adversarial"}
_SESSION = re.compile(r"^session_(\d+)$")


def turns_of(conversation: dict[str, Any]) -> tuple[list[Turn], dict[str, int]]:
    """The conversation's turns in order, and each LoCoMo dia_id's turn id."""
    sessions = sorted(
        (int(match.group(1)), key)
        for key in conversation
        if (match := _SESSION.match(key)) and isinstance(conversation[key], list)
    )
    turns: list[Turn] = []
    ids: dict[str, int] = {}
    for number, key in sessions:
        when = datetime.strptime(conversation[f"{key}_date_time"], "%I:%M %p on %d %B, %Y")
        for said in conversation[key]:
            text = said["text"]
            if said.get("blip_caption"):
                text = f"{text} [shares {said['blip_caption']}]"
            ids[said["dia_id"]] = len(turns)
            turns.append(Turn(len(turns), said["speaker"], text, when, number))
    return turns, ids


def evidence_of(question: dict[str, Any]) -> set[str]:
    # Ids come as "D1:3", sometimes "(D1:3)" or "D8:6; D9:17".
    return {
        part.strip("() ")
        for item in question.get("evidence", [])
        for part in re.split(r"[;,]", str(item))
        if part.strip("() ")
    }


def facts_of(path: Path, extractor: str, folder: Path, ids: dict[str, int]) -> list[CitingFact]:
    """The conversation's cached facts (both people's), citing turn ids; [] if none."""
    cached = cache_path(path, extractor, folder)
    if not cached.exists():
        return []
    record = json.loads(cached.read_text(encoding="utf-8"))
    if record.get("code_sha256") != code_hash():
        print(
            f"{cached}: the consolidation's code changed since; to rebuild, run "
            f"benchmarks/locomo_facts.py --data {path.parent} --extractor {extractor} --force",
            file=sys.stderr,
        )
    return [
        CitingFact(fact["text"], tuple(ids[d] for d in fact["sources"] if d in ids))
        for facts in record["people"].values()
        for fact in facts
    ]


def run(
    paths: list[Path],
    ks: list[int],
    encoder: Encoder,
    settings: Settings,
    facts: tuple[str, Path] | None = None,  # the extractor and the cache folder
    fact_settings: FactSettings | None = None,
) -> dict[str, Any]:
    found: dict[int, list[list[float]]] = defaultdict(list)  # category -> per k, per question
    # Per conversation too: a choice made while looking at one should hold on the others.
    conversations: dict[str, list[list[float]]] = defaultdict(list)
    timings: list[float] = []
    unknown = 0
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        conversation = data.get("conversation", data)
        turns, ids = turns_of(conversation)
        memory: HybridRetrieval | FactRetrieval = HybridRetrieval(encoder, settings)
        memory.add(turns)
        if facts is not None:
            memory = FactRetrieval(memory, encoder, fact_settings)
            memory.add_facts(facts_of(path, *facts, ids))
        for question in data.get("qa", conversation.get("qa", [])):
            evidence = evidence_of(question)
            if not evidence:
                continue
            unknown += len(evidence - ids.keys())
            wanted = {ids[e] for e in evidence if e in ids}
            started = time.perf_counter()
            hits = [turn for turn, _ in memory.search(question["question"], max(ks))]
            timings.append((time.perf_counter() - started) * 1000)
            row = [len(wanted & set(hits[:k])) / len(evidence) for k in ks]
            found[int(question["category"])].append(row)
            conversations[path.name].append(row)
    every = [row for rows in found.values() for row in rows]

    def recall(rows: list[list[float]]) -> dict[str, float]:
        return {
            f"recall@{k}": round(100 * statistics.mean(r[i] for r in rows), 1)
            for i, k in enumerate(ks)
        }

    return {
        **recall(every),
        "by_category": {
            f"{c} {CATEGORIES.get(c, '?')}": {"questions": len(found[c]), **recall(found[c])}
            for c in sorted(found)
        },
        "by_conversation": {
            name: {"questions": len(rows), **recall(rows)} for name, rows in conversations.items()
        },
        "questions": len(every),
        "unknown_evidence_ids": unknown,
        "ms_per_query": round(statistics.mean(timings), 2),
        "p95_ms": round(sorted(timings)[int(0.95 * (len(timings) - 1))], 2),
    }


def table(result: dict[str, Any], ks: list[int], title: str) -> None:
    cuts = [f"@{k}" for k in ks]
    print(f"{title:>16}  {'questions':>9}  " + "  ".join(f"{c:>5}" for c in cuts))
    rows = [("all", {"questions": result["questions"], **result}), *result["by_category"].items()]
    for name, row in rows:
        figures = "  ".join(f"{row[f'recall{c}']:5.1f}" for c in cuts)
        print(f"{name:>16}  {row['questions']:>9}  {figures}")
    for name, row in result["by_conversation"].items():
        figures = "  ".join(f"{row[f'recall{c}']:5.1f}" for c in cuts)
        print(f"{name:>16}  {row['questions']:>9}  {figures}")
    print(
        f"{result['ms_per_query']:.1f} ms a query (p95 {result['p95_ms']:.1f}); "
        f"{result['unknown_evidence_ids']} evidence ids not in the conversation (counted as missed)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="a folder of LoCoMo .json files")
    parser.add_argument("--k", type=int, nargs="+", default=[5, 10, 25, 50], help="cut-offs")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads for the encoder")
    parser.add_argument(
        "--facts",
        choices=["brain", "rules", "none"],
        default="rules",
        help="which consolidation's facts to search with the turns (benchmarks/locomo_facts.py)",
    )
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the facts are cached")
    args = parser.parse_args()

    paths = sorted(args.data.glob("*.json"))
    if not paths:
        sys.exit(f"no .json files in {args.data}: point --data at a LoCoMo folder")
    ks = sorted(args.k)
    if args.facts != "none":
        missing = [p for p in paths if not done(p, args.facts, args.cache)]
        if missing:
            print(f"consolidating {len(missing)} conversations first", file=sys.stderr)
            asyncio.run(build(missing, args.facts, False, 2, args.cache))
    encoder = SentenceEncoder(threads=args.threads)
    started = time.perf_counter()
    encoder.load()
    load_s = time.perf_counter() - started
    out: dict[str, Any] = {"data": str(args.data), "facts": args.facts}
    variants = [("without_facts", None)]
    if args.facts != "none":
        variants.append(("with_facts", (args.facts, args.cache)))
    for name, facts in variants:
        started = time.perf_counter()
        result = run(paths, ks, encoder, Settings(), facts)
        result["seconds"] = round(time.perf_counter() - started, 1)
        result["load_s"] = round(load_s, 2)
        table(result, ks, name.replace("_", " "))
        out[name] = result
    print(f"{len(paths)} conversations")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
