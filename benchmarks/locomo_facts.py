"""The facts os1 consolidates from LoCoMo conversations, cached for locomo_recall.py.

Each conversation is lived as each of its two people (their turns are the
person's, the other's the OS's), every session, in a real SQLite store, and read
by os1's own Consolidator (memory/consolidation.py) with one of two extractors:

- `brain`: the embedded SmolLM2-135M restates each statement, as os1 does
  after a conversation (about 1-2.5 s a turn here);
- `rules`: the consolidation's rule path alone: each statement as said, its
  people named in full and put in the third person, the brain not asked
  (about 0.1 s a turn, the support check's vectors).

Either way the support check, the kinds and the merging are os1's. The facts,
each citing the LoCoMo dia_ids of its turns, go to
benchmarks/data/locomo_facts/<conversation>-<its sha256>.<extractor>.json
with the sha256 of the consolidation's code. locomo_recall.py
uses a file only for the conversation it was made from, and says when the code
has changed since (then rebuild: run this again; --force redoes finished files).

Run (from the repository):
.venv/bin/python benchmarks/locomo_facts.py --data ../shared/benchmarks/locomo --extractor brain
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import re
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from os1.brain.sentence_encoder import SentenceEncoder
from os1.memory import fact_records
from os1.memory.consolidation import BrainExtractor, Consolidator
from os1.memory.dialogue_acts import statements
from os1.memory.store import Store
from os1.memory.support import SupportCheck
from os1.memory.types import StoredTurn

CACHE = Path(__file__).parent / "data" / "locomo_facts"
_SESSION = re.compile(r"^session_(\d+)$")
# The modules whose change can change the facts read from a turn.
_CODE = (
    "candidates",
    "consolidation",
    "dialogue_acts",
    "fact_kinds",
    "fact_records",
    "subjects",
    "support",
    "time_phrases",
    "words",
)


class RuleExtractor:
    """The rule path: each statement as said (consolidation puts it in the third person)."""

    name = "rules"

    async def extract(self, turn: StoredTurn, person: str) -> list[str]:
        return statements(turn.text)


def code_hash() -> str:
    import os1.memory

    folder = Path(os1.memory.__file__).parent
    digest = hashlib.sha256()
    for name in _CODE:
        digest.update((folder / f"{name}.py").read_bytes())
    return digest.hexdigest()[:16]


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def cache_path(conversation: Path, extractor: str, folder: Path = CACHE) -> Path:
    """Named by the conversation's contents: another file of the same name has its own."""
    return folder / f"{conversation.stem}-{file_hash(conversation)[:8]}.{extractor}.json"


def done(path: Path, extractor: str, folder: Path = CACHE) -> bool:
    """Whether both people of the conversation at `path` are cached."""
    target = cache_path(path, extractor, folder)
    if not target.exists():
        return False
    conversation = json.loads(path.read_text(encoding="utf-8"))
    conversation = conversation.get("conversation", conversation)
    people = json.loads(target.read_text(encoding="utf-8")).get("people", {})
    return {conversation["speaker_a"], conversation["speaker_b"]} <= people.keys()


def live(
    store: Store, conversation: dict[str, Any], person: str, sessions: int | None = None
) -> dict[int, str]:
    """Store the conversation as `person` lived it (its first `sessions`, or all); each
    stored turn id's LoCoMo dia_id. benchmarks/fact_quality.py lives it the same way."""
    numbers = sorted(
        int(m.group(1))
        for key in conversation
        if (m := _SESSION.match(key)) and isinstance(conversation[key], list)
    )[:sessions]
    store.ensure_user(person)
    dia: dict[int, str] = {}
    for number in numbers:
        when = datetime.strptime(
            conversation[f"session_{number}_date_time"], "%I:%M %p on %d %B, %Y"
        ).replace(tzinfo=UTC)
        session = store.start_session(person)
        for i, said in enumerate(conversation[f"session_{number}"]):
            role = "user" if said["speaker"] == person else "assistant"
            turn_id = store.add_turn(
                person, session, role, said["text"], at=when + timedelta(seconds=30 * i)
            )
            dia[turn_id] = said["dia_id"]
    return dia


async def consolidate(
    conversation: dict[str, Any], person: str, extractor: Any, check: SupportCheck
) -> tuple[list[dict[str, Any]], int]:
    """The person's facts, each citing dia_ids, and how many of their turns were read."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "os1.db", sync_every_commit=False)
        try:
            dia = live(store, conversation, person)
            consolidator = Consolidator(store, person, person, extractor, check)
            report = await consolidator.run(limit=100_000)
            found = fact_records.facts(store, person, include_superseded=True)
        finally:
            store.close()
    facts = [
        {
            "text": fact.text,
            "about": fact.about,
            "kind": fact.kind,
            "sources": [dia[s] for s in fact.sources if s in dia],
            "valid_from": fact.valid_from.isoformat(),
            "superseded": fact.superseded_by is not None,
        }
        for fact in found
    ]
    return facts, report.turns


def make_extractor(name: str, threads: int) -> Any:
    if name == "rules":
        return RuleExtractor()
    from os1.brain.llamacpp import LlamaCppBrain
    from os1.brain.packaged import SMOLLM2_135M, verify

    brain = LlamaCppBrain(verify(SMOLLM2_135M), threads=threads, context_tokens=1024)
    return BrainExtractor(brain)


async def build(
    paths: list[Path], extractor_name: str, force: bool, threads: int, folder: Path = CACHE
) -> None:
    paths = [p for p in paths if force or not done(p, extractor_name, folder)]
    if not paths:
        return
    encoder = SentenceEncoder(threads=threads)
    check = SupportCheck(encoder)
    extractor = make_extractor(extractor_name, threads)
    code = code_hash()
    for path in paths:
        target = cache_path(path, extractor_name, folder)
        sha = file_hash(path)
        old = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
        if force:
            old = {}
        people: dict[str, list[dict[str, Any]]] = old.get("people", {})
        conversation = json.loads(path.read_text(encoding="utf-8"))
        conversation = conversation.get("conversation", conversation)
        for person in (conversation["speaker_a"], conversation["speaker_b"]):
            if person in people:
                continue
            started = time.perf_counter()
            facts, turns = await consolidate(conversation, person, extractor, check)
            people[person] = facts
            seconds = time.perf_counter() - started
            print(
                f"{path.name} {person}: {len(facts)} facts from {turns} turns in {seconds:.0f} s"
                f" ({seconds / max(turns, 1):.2f} s a turn)",
                file=sys.stderr,
                flush=True,
            )
            record = {
                "conversation": path.name,
                "conversation_sha256": sha,
                "code_sha256": code,
                "extractor": extractor.name,
                "people": people,
            }
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="a folder of LoCoMo .json files")
    parser.add_argument("--extractor", choices=["brain", "rules"], default="brain")
    parser.add_argument("--only", nargs="*", help="only these conversation files (e.g. 26.json)")
    parser.add_argument("--force", action="store_true", help="redo conversations already cached")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads for the models")
    args = parser.parse_args()
    paths = sorted(args.data.glob("*.json"))
    if args.only:
        paths = [p for p in paths if p.name in args.only]
    if not paths:
        sys.exit(f"no .json files in {args.data}: point --data at a LoCoMo folder")
    asyncio.run(build(paths, args.extractor, args.force, args.threads))


if __name__ == "__main__":
    main()
