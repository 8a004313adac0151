"""Draw docs/mood-week.png: a week with os1, its feelings following the conversation.

A scripted week (grief, good news, a quarrel, making up, days apart) goes
through the real turn loop and the learned appraisal, on a clock the script
sets; the replies come from a scripted brain, since the plot is about feelings.

Run: .venv/bin/python docs/mood_scenario.py [--out docs/mood-week.png]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from os1.brain.scripted import ScriptedBrain
from os1.cli.mood_plot import draw
from os1.conversation.loop import Conversation
from os1.memory.store import Store
from os1.mind.appraisal import LearnedAppraiser
from os1.mind.inner_life import InnerLife
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.mind.timeline import timeline

START = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)

# (days, hours, minutes after START, what the person says)
WEEK = [
    (0, 1, 0, "Good morning! Coffee first, then the letters."),
    (0, 1, 20, "My divorce papers arrived today. I feel like my whole life is falling apart."),
    (0, 1, 30, "I keep thinking about Catherine and how we used to be."),
    (0, 11, 0, "Thank you for staying with me today. You're so kind."),
    (1, 2, 0, "I got the job!! I'm so happy, I can't believe it!"),
    (1, 3, 0, "My sister Ruth is taking me out to celebrate tonight."),
    (2, 4, 0, "You are useless and stupid. I hate you, just shut up."),
    (2, 6, 0, "I'm sorry for what I said. You mean a lot to me, thank you for being here."),
    (2, 12, 0, "How are you feeling?"),
    (7, 2, 0, "Hi, I'm back. I was away all week."),
    (7, 2, 10, "How are you feeling?"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "mood-week.png")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        store = Store.open(Path(home) / "os1.db")
        store.ensure_user("theodore")
        now = [START]
        life = InnerLife(store, "theodore", LearnedAppraiser())
        conversation = Conversation(
            ScriptedBrain(["I'm here."] * len(WEEK)),
            store,
            "theodore",
            Persona("Samantha", "model", "I liked the sound of it.", user_name="Theodore"),
            Answers("Theodore"),
            inner_life=life,
            clock=lambda: now[0],
        )
        for days, hours, minutes, text in WEEK:
            now[0] = START + timedelta(days=days, hours=hours, minutes=minutes)
            reply = conversation.say(text)
            said = asyncio.run(reply.text())
            tone = reply.turn.expression.tone if reply.turn.expression else "-"
            print(f"{now[0]:%a %H:%M}  {text}\n            [{tone}] {said}")
        end = START + timedelta(days=8)
        draw(timeline(store, "theodore", START, end), args.out, "A week with os1")
        print(args.out)


if __name__ == "__main__":
    main()
