"""How many letters os1 drafts that pass every check, with the embedded model.

Each brief in letters_briefs.json (a client, a recipient, dossier notes, an
occasion, details the letter must mention, a word range) is entered into a
real studio (a SQLite file in a temporary folder) and drafted through the
same desk the CLI uses. A brief whose client and recipient an earlier brief
already entered is a follow-up letter in the same correspondence: its notes
join their dossier, and it is drafted with the earlier letters in view and
checked against them too. The score is os1.letters.checks run on the finished
text: a brief passes when no check finds a problem. Also reported: how many
paragraphs the model wrote (first try or retry) and how many were built from
the dossier because the model's two tries failed.
Run: .venv/bin/python benchmarks/letters.py [--model GGUF] [--show N] [--voice-adapter PATH|none]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.packaged import SMOLLM2_135M, verify
from os1.brain.voice_adapter import choose
from os1.letters.checks import check_letter
from os1.letters.desk import Desk, Written
from os1.letters.studio import Studio
from os1.memory.store import Store

BRIEFS = Path(__file__).with_name("letters_briefs.json")


async def draft(desk: Desk, brief: dict[str, Any]) -> Written:
    studio = desk.studio
    name, to = brief["client"]["name"], brief["recipient"]["name"]
    if any(c.name == name for c in studio.clients()):
        client = studio.client(name)
        recipient = studio.recipient(client, to)
    else:
        client = studio.add_client(name, brief["client"].get("nickname"))
        recipient = studio.add_recipient(client, to, brief["recipient"].get("nickname"))
    for entry in brief["dossier"]:
        studio.note(client, entry["kind"], entry["text"], recipient)
    low, high = brief["words"]
    return await desk.write(
        client.name, recipient.name, brief["occasion"], tuple(brief["mentions"]), (low, high)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="A GGUF file (default: the packaged SmolLM2).")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=1, help="CPU threads for the model.")
    parser.add_argument("--show", type=int, default=0, help="Print this many letters in full.")
    parser.add_argument(
        "--voice-adapter",
        metavar="PATH|none",
        help="os1's voice adapter, as OS1_VOICE_ADAPTER (default: as shipped; the app's "
        "letters are written by the same brain as its replies).",
    )
    args = parser.parse_args()
    voice = choose(args.voice_adapter)
    print(f"voice adapter: {voice.described}")
    # One thread by default: on a shared two-core machine two lose to contention.
    brain = LlamaCppBrain(
        args.model or verify(SMOLLM2_135M),
        threads=args.threads,
        prompt_threads=args.threads,
        context_tokens=1024,
        voice=voice.adapter,
    )
    briefs = json.loads(BRIEFS.read_text())
    failures: list[dict[str, Any]] = []
    sources: Counter[str] = Counter()
    follow_ups = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "os1.db")
        store.ensure_user("bench")
        desk = Desk(Studio(store, "bench"), brain, args.seed)
        for number, brief in enumerate(briefs):
            written = asyncio.run(draft(desk, brief))
            brief_now = desk.brief_of(written.letter)
            problems = check_letter(written.letter.text, brief_now)
            follow_ups += bool(brief_now.earlier)
            sources.update(written.draft.sources)
            name = f"{brief['client']['name']} → {brief['recipient']['name']}"
            print(f"{number:2d} {'pass' if not problems else 'FAIL'} {name}: {problems or ''}")
            if number < args.show:
                print(written.letter.text, "\n")
            if problems:
                failures.append({"brief": number, "problems": problems})
        store.close()
    paragraphs = sum(sources.values())
    print(
        json.dumps(
            {
                "model": brain.model_name,
                "seconds_per_letter": round((time.perf_counter() - started) / len(briefs), 1),
                "paragraphs": paragraphs,
                "by_model_first_try": sources["model"],
                "by_model_retry": sources["model-retry"],
                "from_dossier": sources["dossier"],
                "pass_rate": round(1 - len(failures) / len(briefs), 3),
                "briefs": len(briefs),
                "follow_up_letters": follow_ups,
                "failures": failures,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
