"""How many of the facts os1 consolidates are true to the turns they cite.

Each LoCoMo conversation is lived twice, once as each of its two people: their
own turns are the person's, the other's are the OS's, each stored with its
session's date in a real SQLite store. Consolidation then reads the person's
turns with a brain (the embedded SmolLM2-135M by default) and keeps or rejects
each candidate fact with os1's support check.

The judge is not that check. LoCoMo's annotators wrote "observations" for each
session: facts about each speaker, each citing the turn it came from. A
candidate is judged supported when an observation citing the same turn says
the same thing: all-MiniLM-L6-v2 cosine of at least --judge (0.6). Turns with
no observation cannot be judged and are counted apart. The judge is strict: a
true fact the annotators did not write down counts against os1, so its figure
is a lower bound. --show N prints N kept facts with their turns, to be read by
a person; --dump FILE writes every candidate with its turn, the observations
citing that turn and the judge's cosine (JSON), to read every miss.

Figures: for all candidates and for the kept ones, the share judged supported;
how many facts per turn read; seconds per turn; the kept facts by kind; the
person's sentences by dialogue act (only statements are read). The last line is
JSON. --conversations N reads only the first N conversations, and --rules reads
with the consolidation's rule path alone (the statements as said, no brain; a
second a turn), both for development.
Run: .venv/bin/python benchmarks/fact_quality.py --data ../shared/benchmarks/locomo
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from locomo_facts import RuleExtractor, live
from os1.brain.sentence_encoder import SentenceEncoder
from os1.brain.types import Brain
from os1.memory import fact_records
from os1.memory.consolidation import BrainExtractor, Candidate, Consolidator
from os1.memory.dialogue_acts import act, sentences
from os1.memory.store import Store
from os1.memory.support import SupportCheck


def make_brain(url: str | None, model: str | None) -> Brain:
    if url and model:
        from os1.brain.openai_compatible import OpenAICompatibleBrain

        return OpenAICompatibleBrain(url, model, None, 120.0)
    from os1.brain.llamacpp import LlamaCppBrain
    from os1.brain.packaged import SMOLLM2_135M, verify

    return LlamaCppBrain(verify(SMOLLM2_135M), threads=2, context_tokens=1024)


def observations(conversation: dict[str, Any], person: str) -> dict[str, list[str]]:
    """LoCoMo's annotated facts about `person`, by the dia_id they cite."""
    out: dict[str, list[str]] = {}
    for key, value in conversation.items():
        if key.endswith("_observation") and isinstance(value, dict):
            for text, cited in value.get(person, []):
                for dia_id in re.split(r"[;,\s]+", str(cited)):
                    if dia_id.strip("() "):
                        out.setdefault(dia_id.strip("() "), []).append(text)
    return out


async def run(args: argparse.Namespace) -> dict[str, Any]:
    encoder = SentenceEncoder(threads=2)
    check = SupportCheck(encoder)
    extractor: Any = (
        RuleExtractor()
        if args.rules
        else BrainExtractor(make_brain(args.brain_url, args.brain_model))
    )
    judged: list[tuple[Candidate, str, bool, float]] = []  # candidate, its turn, supported, cos
    dumped: list[dict[str, Any]] = []  # every candidate with its turn and references, for --dump
    unjudged = {"all": 0, "kept": 0}
    turns_read, seconds = 0, 0.0
    kinds: dict[str, int] = {}
    acts: dict[str, int] = {}
    for path in sorted(args.data.glob("*.json"))[: args.conversations]:
        conversation = json.loads(path.read_text(encoding="utf-8"))
        for person in (conversation["speaker_a"], conversation["speaker_b"]):
            with tempfile.TemporaryDirectory() as folder:
                store = Store.open(Path(folder) / "os1.db")
                dia = live(store, conversation, person, args.sessions)
                texts = {t.id: t.text for t in store.all_turns(person)}
                gold = observations(conversation, person)
                consolidator = Consolidator(store, person, person, extractor, check)
                started = time.perf_counter()
                report = await consolidator.run(limit=100_000)
                seconds += time.perf_counter() - started
                turns_read += report.turns
                for fact in fact_records.facts(store, person, include_superseded=True):
                    kinds[fact.kind] = kinds.get(fact.kind, 0) + 1
                for turn in store.all_turns(person):
                    for sentence in sentences(turn.text) if turn.role == "user" else []:
                        acts[act(sentence)] = acts.get(act(sentence), 0) + 1
                store.close()
            for candidate in report.candidates:
                reference = gold.get(dia[candidate.turn_id], [])
                kept = candidate.outcome != "unsupported"
                row = {
                    "fact": candidate.text,
                    "outcome": candidate.outcome,
                    "turn": texts[candidate.turn_id],
                }
                dumped.append({**row, "dia_id": dia[candidate.turn_id], "observations": reference})
                if not reference:
                    unjudged["all"] += 1
                    unjudged["kept"] += kept
                    continue
                vectors = encoder.embed([candidate.text, *reference])
                best = float(np.max(vectors[1:] @ vectors[0]))
                judged.append((candidate, texts[candidate.turn_id], best >= args.judge, best))
                dumped[-1]["judge_cos"] = round(best, 3)
            print(f"{path.name}: read {turns_read} turns so far", file=sys.stderr)
            if args.dump:  # as it goes: a long run can be read before it ends
                args.dump.write_text(json.dumps(dumped, indent=1, ensure_ascii=False), "utf-8")

    def share(rows: list[tuple[Candidate, str, bool, float]]) -> float | None:
        return round(100 * sum(r[2] for r in rows) / len(rows), 1) if rows else None

    kept = [r for r in judged if r[0].outcome != "unsupported"]
    if args.show:
        every_kept = [r for r in judged if r[0].outcome != "unsupported"]
        for candidate, said, supported, best in random.Random(7).sample(
            every_kept, min(args.show, len(every_kept))
        ):
            verdict = "supported" if supported else "not supported"
            print(f"\n[{verdict} {best:.2f}] {candidate.text}\n    turn: {said}", file=sys.stderr)
    kept_count = sum(1 for r in judged if r[0].outcome != "unsupported") + unjudged["kept"]
    return {
        "brain": extractor.name,
        "sessions_per_conversation": args.sessions,
        "turns_read": turns_read,
        "candidates": len(judged) + unjudged["all"],
        "kept": kept_count,
        "judged_candidates": len(judged),
        "judged_kept": len(kept),
        "supported_all_pct": share(judged),
        "supported_kept_pct": share(kept),
        "facts_per_turn": round(kept_count / max(turns_read, 1), 3),
        "s_per_turn": round(seconds / max(turns_read, 1), 3),
        "kinds": dict(sorted(kinds.items())),
        "sentences_by_act": dict(sorted(acts.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder of LoCoMo JSON files")
    parser.add_argument("--sessions", type=int, default=5, help="first N sessions of each")
    parser.add_argument("--conversations", type=int, help="only the first N conversations")
    parser.add_argument("--judge", type=float, default=0.6, help="cosine to an observation")
    parser.add_argument("--show", type=int, default=0, help="print N kept facts to read")
    parser.add_argument("--dump", type=Path, help="write every candidate, turn and verdict here")
    parser.add_argument(
        "--rules", action="store_true", help="the statements as said alone, no brain (quick)"
    )
    parser.add_argument("--brain-url", help="an OpenAI-compatible server instead of SmolLM2")
    parser.add_argument("--brain-model", help="the model name on that server")
    args = parser.parse_args()
    if not any(args.data.glob("*.json")):
        sys.exit(f"No LoCoMo JSON files in {args.data}: point --data at the folder that has them")
    print(json.dumps(asyncio.run(run(args))))


if __name__ == "__main__":
    main()
