"""Whether an evening's talk comes back as a portrait the person would recognise.

Each evening in benchmarks/data/portrait_evenings.json (written by hand: different
people, names, relations, jobs and places) is lived through a fresh os1 with the
embedded model, as a new user meets it: its own home folder, the persona the
interview would leave, one session of 15-30 turns in which the person tells 6-12
things about their life among small talk, questions, commands, an insult and an
apology. Each turn is marked by what it is: `tell` (with the words that must come
back), `talk`, `ask`, `command`, `insult`, `apology`, `thanks`. At the end of the
evening the consolidator reads facts, as a quiet moment would. The next day, in a
new session, the person asks "What do you remember about me?" and five direct
questions, each scored by words its answer must hold.

Scored by checks written here, not os1's own:
- disclosed_recalled: the share of `tell` turns whose words are all in the portrait;
- non_facts_in_portrait: portrait items that come from a turn that is not `tell` or
  `talk` (a question, a command, an insult, an apology, thanks), or from no turn of the
  person's at all;
- questions_right: the share of questions whose answer holds all its words.

The last line printed is one JSON object with the figures.
Run: .venv/bin/python benchmarks/portrait.py [--limit N] [--only ID] [--show]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from os1.assembly.brains import brain_for
from os1.assembly.conversations import conversation_for
from os1.assembly.minds import SharedModels, shared_models_for
from os1.assembly.stores import store_for
from os1.brain.types import Brain
from os1.config import Settings, load_settings
from os1.conversation.loop import Conversation
from os1.conversation.portrait import portrait_of
from os1.memory import fact_records
from os1.mind.interview import Answers, save_answers
from os1.mind.persona import Persona, save_persona

EVENINGS = Path(__file__).with_name("data") / "portrait_evenings.json"
ABOUT_THEIR_LIFE = ("tell", "talk")
KINDS = ("tell", "talk", "ask", "command", "insult", "apology", "thanks")


@dataclass(slots=True)
class Evening:
    id: str
    user: str
    os_name: str
    turns: list[tuple[str, str, list[str]]]  # kind, text, words a `tell` must bring back
    questions: list[tuple[str, list[str]]]


@dataclass(slots=True)
class Lived:
    evening: Evening
    portrait: str = ""
    recalled: list[bool] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    non_facts: list[str] = field(default_factory=list)
    answers: list[tuple[str, str, bool]] = field(default_factory=list)
    seconds: float = 0.0


def load_evenings(path: Path = EVENINGS) -> list[Evening]:
    evenings = []
    for raw in json.loads(path.read_text(encoding="utf-8")):
        turns = [(t[0], t[1], t[2] if len(t) > 2 else []) for t in raw["turns"]]
        unknown = {kind for kind, _, _ in turns} - set(KINDS)
        if unknown or any(kind == "tell" and not words for kind, _, words in turns):
            raise SystemExit(f"{raw['id']}: kinds {sorted(unknown)} or a tell without words")
        questions = [(q[0], q[1]) for q in raw["questions"]]
        evenings.append(Evening(raw["id"], raw["user"], raw["os_name"], turns, questions))
    return evenings


def _settings(home: Path, overrides: dict[str, Any]) -> Settings:
    return load_settings(home=home, **overrides)


async def _say(conversation: Conversation, text: str) -> str:
    return (await conversation.say(text).text()).strip()


def _holds(text: str, words: list[str]) -> bool:
    folded = text.lower().replace("\u2019", "'")
    return all(word.lower() in folded for word in words)


async def live(evening: Evening, brain: Brain, shared: SharedModels, overrides: dict) -> Lived:
    lived = Lived(evening)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="os1-portrait-") as folder:
        settings = _settings(Path(folder), overrides)
        store = store_for(settings)
        try:
            save_answers(store, settings.user, Answers(user_name=evening.user))
            persona = Persona(evening.os_name, "model", "I liked it.", user_name=evening.user)
            save_persona(store, settings.user, persona)
            talk = conversation_for(settings, store, brain, persona, True, shared).conversation
            # The evening was yesterday; the questions are asked today.
            talk.clock = lambda: datetime.now(UTC) - timedelta(days=1)
            for _, text, _ in evening.turns:
                await _say(talk, text)
            talk.close()
            await talk.quiet_moment()  # the consolidator reads the evening, as in a pause
            kinds = {text.replace("\u2019", "'"): kind for kind, text, _ in evening.turns}
            by_id = {t.id: t.text for t in store.all_turns(settings.user) if t.role == "user"}
            next_day = conversation_for(settings, store, brain, persona, False, shared)
            asking = next_day.conversation
            lived.portrait = await _say(asking, "What do you remember about me?")
            for kind, text, words in evening.turns:
                if kind == "tell":
                    lived.recalled.append(_holds(lived.portrait, words))
                    if not lived.recalled[-1]:
                        lived.missed.append(text)
            for group in portrait_of(store, settings.user):
                for item in group.items:
                    sources = [item.turn_id] if item.turn_id else _cited(store, settings.user, item)
                    said = [by_id.get(s, "") for s in sources]
                    if not any(kinds.get(t) in ABOUT_THEIR_LIFE for t in said):
                        lived.non_facts.append(f"{item.text}  ← {said}")
            for question, words in evening.questions:
                answer = await _say(asking, question)
                lived.answers.append((question, answer, _holds(answer, words)))
            asking.close()
        finally:
            store.close()
    lived.seconds = time.perf_counter() - started
    return lived


def _cited(store: Any, user: str, item: Any) -> list[int]:
    """The turns a fact in the portrait was read from."""
    found = [f for f in fact_records.facts(store, user) if f.id == item.fact_id]
    return list(found[0].sources) if found else []


def summary(lived: list[Lived]) -> dict[str, Any]:
    recalled = [r for one in lived for r in one.recalled]
    right = [ok for one in lived for _, _, ok in one.answers]
    return {
        "disclosed_recalled": round(sum(recalled) / len(recalled), 3) if recalled else None,
        "non_facts_in_portrait": sum(len(one.non_facts) for one in lived),
        "questions_right": round(sum(right) / len(right), 3) if right else None,
        "evenings": len(lived),
    }


def report(one: Lived, show: bool) -> str:
    lines = [
        f"{one.evening.id}: recalled {sum(one.recalled)}/{len(one.recalled)}, non-facts"
        f" {len(one.non_facts)}, right {sum(ok for *_, ok in one.answers)}/{len(one.answers)}"
        f" ({one.seconds:.0f} s)"
    ]
    lines += [f"  missed: {text}" for text in one.missed]
    lines += [f"  non-fact: {text}" for text in one.non_facts]
    lines += [f"  wrong: {q} → {a}" for q, a, ok in one.answers if not ok]
    if show:
        lines += ["  portrait: " + one.portrait.replace("\n", "\n    ")]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="Live at most this many evenings.")
    parser.add_argument("--only", action="append", default=[], metavar="ID")
    parser.add_argument("--show", action="store_true", help="Print each portrait in full.")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads for the model.")
    args = parser.parse_args()
    # The person's own OS1_* settings would make these figures theirs, not os1's as installed.
    for key in [k for k in os.environ if k.startswith("OS1_")]:
        del os.environ[key]
    os.environ["OS1_CONFIG"] = str(Path(tempfile.gettempdir()) / "os1-benchmark-no-config.toml")
    evenings = [e for e in load_evenings() if not args.only or e.id in args.only]
    evenings = evenings[: args.limit] if args.limit else evenings
    overrides: dict[str, Any] = {"threads": args.threads}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="os1-portrait-") as folder:
        settings = _settings(Path(folder), overrides)
        brain = brain_for(settings)
        shared = shared_models_for(settings)
    print(f"loaded in {time.perf_counter() - started:.1f} s; {len(evenings)} evenings", flush=True)

    async def run() -> list[Lived]:
        lived = []
        for evening in evenings:
            lived.append(await live(evening, brain, shared, overrides))
            print(report(lived[-1], args.show), flush=True)
        return lived

    lived = asyncio.run(run())
    print(f"{time.perf_counter() - started:.0f} s in all", file=sys.stderr)
    print(json.dumps(summary(lived)))


if __name__ == "__main__":
    main()
