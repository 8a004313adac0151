"""How long one memory search takes over 10,000 and 100,000 turns of one person.

A real SQLite file holds the person's turns among other people's (five others
with 2,000 turns each). Turns are drawn, with a fixed seed, from 2,000 distinct
sentences (embedded once, for real, and their vectors stored with each turn),
so setting up 100,000 turns takes a minute rather than an hour of embedding.
The first search builds the in-memory index from the store (reported apart);
then 100 searches are timed, each including the embedding of the question, as
in a conversation turn; then searches right after a new turn was stored (the
lexical indexes are rebuilt whole then). One CPU thread.

Anchor: mem0 reports a search p95 of 0.200 s. Target: p95 <= 10 ms at 10k.
The last line printed is one JSON object.
Run: .venv/bin/python benchmarks/memory_latency.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from os1.archive import owners
from os1.brain.sentence_encoder import SentenceEncoder
from os1.memory.episodes import VECTOR_MODEL, EpisodicMemory
from os1.memory.store import Store

PEOPLE = ["Ruth", "Paul", "Amy", "Charles", "Catherine", "Loretta", "Roberto", "Theodore"]
PLACES = ["Lisbon", "the lake", "the office", "the market", "Boston", "the station", "home"]
THINGS = [
    "a letter",
    "the piano",
    "coriander",
    "a new job",
    "the support group",
    "a birthday cake",
    "the old desk",
    "a long walk",
    "the divorce papers",
    "a video game",
]
VERBS = ["talked about", "wrote", "forgot", "found", "loved", "worried about", "bought"]
QUESTIONS = [
    "Where does Ruth live now?",
    "When did I go to the support group?",
    "What did Paul say about the piano?",
    "Which food do I hate?",
    "What happened at the station?",
]


def sentences(count: int, rng: random.Random) -> list[str]:
    made: set[str] = set()
    while len(made) < count:
        made.add(
            f"{rng.choice(PEOPLE)} and I {rng.choice(VERBS)} {rng.choice(THINGS)} "
            f"at {rng.choice(PLACES)} on day {rng.randint(1, 400)}."
        )
    return sorted(made)


def fill(store: Store, user: str, turns: int, pool: list[str], rng: random.Random) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    sessions = [
        {"id": s, "started_at": (start + timedelta(days=s)).isoformat(), "ended_at": None}
        for s in range(turns // 20 + 1)
    ]
    rows = [
        {
            "id": i,
            "session_id": i // 20,
            "role": "user" if i % 2 == 0 else "assistant",
            "text": rng.choice(pool),
            "created_at": (start + timedelta(days=i // 20, minutes=i % 20)).isoformat(),
            "tokens": 20,
            "meta": {},
        }
        for i in range(turns)
    ]
    empty: list[dict[str, object]] = []
    tables = {"sessions": sessions, "turns": rows, "state": empty, "feelings": empty}
    with store.writing() as db:
        owners.load(db, user, {"memory.json": tables | {"journal": empty}})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()

    rng = random.Random(7)
    encoder = SentenceEncoder(threads=1)
    pool = sentences(2000, rng)
    started = time.perf_counter()
    pool_vectors = dict(zip(pool, encoder.embed(pool), strict=True))
    print(f"embedded {len(pool)} distinct sentences in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    for _ in range(20):
        encoder.embed([rng.choice(QUESTIONS)])
    embed_ms = (time.perf_counter() - started) / 20 * 1000

    figures: dict[str, float] = {"embed_question_ms": round(embed_ms, 2)}
    with tempfile.TemporaryDirectory() as home:
        store = Store.open(Path(home) / "os1.db")
        for other in range(5):
            fill(store, f"other-{other}", 2000, pool, rng)
        for size in args.sizes:
            user = f"person-{size}"
            fill(store, user, size, pool, rng)
            # Vectors as the memory would have stored them, without embedding again.
            rows = [(t.id, pool_vectors[t.text].tobytes()) for t in store.all_turns(user)]
            store.put_vectors(user, VECTOR_MODEL, rows)
            memory = EpisodicMemory(store, user, encoder)
            started = time.perf_counter()
            memory.search("warm-up", 5)
            build_s = time.perf_counter() - started
            timings = []
            for n in range(args.queries):
                query = QUESTIONS[n % len(QUESTIONS)]
                started = time.perf_counter()
                hits = memory.search(query, 10)
                timings.append((time.perf_counter() - started) * 1000)
                assert all(t.user_id == user for t, _ in hits)
            timings.sort()
            label = f"{size // 1000}k"
            # As in a conversation: a new turn is stored, then searched with.
            after_new = []
            for n in range(5):
                text = rng.choice(pool)
                turn_id = store.add_turn(user, None, "user", text)
                store.put_vectors(user, VECTOR_MODEL, [(turn_id, pool_vectors[text].tobytes())])
                started = time.perf_counter()
                memory.search(QUESTIONS[n % len(QUESTIONS)], 10)
                after_new.append((time.perf_counter() - started) * 1000)
            figures[f"after_new_turn_ms_{label}"] = round(statistics.median(after_new), 1)
            figures[f"p50_ms_{label}"] = round(statistics.median(timings), 2)
            figures[f"p95_ms_{label}"] = round(timings[int(0.95 * (len(timings) - 1))], 2)
            figures[f"first_search_s_{label}"] = round(build_s, 2)
            print(
                f"{size:>7} turns: p50 {figures[f'p50_ms_{label}']} ms, p95 "
                f"{figures[f'p95_ms_{label}']} ms (anchor 200 ms, target 10 ms at 10k); "
                f"first search {build_s:.2f} s; after a new turn "
                f"{figures[f'after_new_turn_ms_{label}']} ms"
            )
        store.close()
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
