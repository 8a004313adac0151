"""What reading facts after each turn costs the reply the person waits for.

An evening from benchmarks/data/portrait_evenings.json (its first dozen turns: small
talk, things told, a question, a command, an insult) is sent to two fresh os1s with
the embedded model (each its own llama.cpp context, as two processes would have), as
a person types it: before each message a typing pause of 2-6 s (seeded):

- without: nothing runs between turns (os1 before issue 18, in a chat shorter than
  15 s of silence);
- with: as `os1 chat` does now (cli/meanwhile.py), the person's turns are read for
  facts as soon as a reply has ended, and the reading is cancelled when the next
  message comes.

The two take each turn in turn, each after the same pause, each first every other
turn (the reading of `with` runs through its own pause, never during a turn of
`without`): the pair is measured seconds apart, so a machine that others load slows
both alike. A turn's
first-byte latency runs from the moment the message is sent (before the reading is
cancelled, which the person waits on too) to the reply's first piece.

The last line printed is one JSON object with the figures.
Run: .venv/bin/python benchmarks/fact_reading.py [--rounds 2] [--turns 12] [--evening ID]
     [--warm-up ID]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import numpy as np

from os1.assembly.brains import brain_for
from os1.assembly.conversations import conversation_for
from os1.assembly.minds import SharedModels, shared_models_for
from os1.assembly.stores import store_for
from os1.brain.types import Brain
from os1.config import load_settings
from os1.conversation.loop import Conversation
from os1.memory import fact_records
from os1.memory.store import Store
from os1.mind.interview import Answers, save_answers
from os1.mind.persona import Persona, save_persona

EVENINGS = Path(__file__).with_name("data") / "portrait_evenings.json"
TYPING_S = (2.0, 6.0)
WAYS = ("without", "with")


def _met(folder: str, user: str, brain: Brain, shared: SharedModels, reading: bool) -> Any:
    settings = load_settings(home=Path(folder))
    store = store_for(settings)
    save_answers(store, settings.user, Answers(user_name=user))
    persona = Persona("Iris", "model", "I liked it.", user_name=user)
    save_persona(store, settings.user, persona)
    talk = conversation_for(settings, store, brain, persona, reading, shared).conversation
    return store, talk


async def _first_byte(
    talk: Conversation, text: str, reading: asyncio.Task[int] | None, stopping: list[float]
) -> float:
    sent = time.perf_counter()
    if reading is not None:  # the message came: the reading stops
        reading.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reading
        stopping.append(time.perf_counter() - sent)
    reply = talk.say(text)
    took = 0.0
    async for _ in reply:
        took = time.perf_counter() - sent
        break
    await reply.text()
    return took


async def evening(
    turns: list[str], user: str, brains: dict[str, Brain], shared: SharedModels, seed: int
) -> dict[str, Any]:
    """One evening lived both ways, turn by turn; each turn's first byte each way, and
    what `with` read meanwhile."""
    pauses = random.Random(seed)
    first_bytes: dict[str, list[float]] = {way: [] for way in WAYS}
    stopping: list[float] = []  # how long the reading took to stop, of each first byte
    with ExitStack() as stack:
        met: dict[str, tuple[Store, Conversation]] = {}
        for way in WAYS:
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="os1-facts-"))
            met[way] = _met(folder, user, brains[way], shared, way == "with")
            stack.callback(met[way][0].close)
        for number, text in enumerate(turns):
            pause = pauses.uniform(*TYPING_S)
            # Each goes first every other turn: whatever the second finds warmed up by
            # the first (the same words embedded, read, felt) is shared out evenly.
            for way in WAYS if number % 2 == 0 else WAYS[::-1]:
                talk, reading = met[way][1], None
                if way == "with" and number:  # its last reply has ended: read as they type
                    reading = asyncio.create_task(talk.quiet_moment())
                await asyncio.sleep(pause)
                first_bytes[way].append(await _first_byte(talk, text, reading, stopping))
        store, talk = met["with"]
        read = len(turns) - fact_records.count_unconsolidated(store, talk.user_id)
        facts = len(fact_records.facts(store, talk.user_id))
        for _, conversation in met.values():
            conversation.close()
    return {"first_bytes": first_bytes, "stopping": stopping, "read": read, "facts": facts}


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "p50": round(float(np.percentile(values, 50)), 3),
        "p95": round(float(np.percentile(values, 95)), 3),
        "mean": round(float(np.mean(values)), 3),
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=2, help="evenings, each lived both ways")
    parser.add_argument("--turns", type=int, default=12, help="the evening's first N turns")
    parser.add_argument("--evening", default="martin-divorce", help="an id in the data")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--warm-up",
        default="priya-nurse",
        help="an evening lived first, not counted ('' for none): what a process loads on "
        "first use would otherwise fall on whichever way met it first",
    )
    args = parser.parse_args()
    evenings = {e["id"]: e for e in json.loads(EVENINGS.read_text("utf-8"))}
    raw = evenings[args.evening]
    turns = [turn[1] for turn in raw["turns"][: args.turns]]
    settings = load_settings()
    brains = {way: brain_for(settings) for way in WAYS}
    shared = shared_models_for(settings)
    if args.warm_up:
        warm = evenings[args.warm_up]
        await evening([t[1] for t in warm["turns"][:4]], warm["user"], brains, shared, 0)
    seen: dict[str, list[float]] = {way: [] for way in WAYS}
    read: list[int] = []
    facts: list[int] = []
    stopping: list[float] = []
    for round_ in range(args.rounds):
        lived = await evening(turns, raw["user"], brains, shared, args.seed + round_)
        for way in WAYS:
            seen[way] += lived["first_bytes"][way]
            print(way, round_, [round(s, 2) for s in lived["first_bytes"][way]], file=sys.stderr)
        read.append(lived["read"])
        stopping += lived["stopping"]
        facts.append(lived["facts"])
    without, with_ = _spread(seen["without"]), _spread(seen["with"])
    paired = [b - a for a, b in zip(seen["without"], seen["with"], strict=True)]
    figures = {
        "evening": args.evening,
        "turns": len(turns),
        "rounds": args.rounds,
        "warm_up": args.warm_up,
        "typing_pause_s": list(TYPING_S),
        "first_byte_s": {"without": without, "with": with_},
        "cost_s": {key: round(with_[key] - without[key], 3) for key in ("p50", "p95")},
        "paired_cost_s": _spread(paired),
        # Of `with`'s first bytes: the reading's stopping (the event loop's thread
        # finishing what it was doing, e.g. an encoder batch); the model's thread may
        # still finish the prompt it was reading, beside the reply.
        "stopping_s": _spread(stopping),
        "turns_read_during_evening": read,
        "facts_kept": facts,
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    asyncio.run(main())
