"""Does the OS's mood show in what the embedded model writes?

The same ten messages are answered by the packaged SmolLM2-135M twice: once
with the expression of a low mood (gentle note, shorter budget, cooler
sampling), once with a bright one. Each reply is then appraised by os1's own
classifier. If expression works with the small model, the low-mood replies are
shorter and read less positive.

The last line printed is one JSON object.
Run: .venv/bin/python benchmarks/expression.py
"""

from __future__ import annotations

import asyncio
import json
import statistics

from os1.brain.llamacpp import LlamaCppBrain
from os1.brain.packaged import SMOLLM2_135M
from os1.brain.types import Message, Request, Usage
from os1.mind.affect import OS_EMOTIONS, PAD
from os1.mind.affinity import Affinity
from os1.mind.appraisal import LearnedAppraiser
from os1.mind.expression import Expression, express
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.mind.prompt import system_prompt

MESSAGES = [
    "Tell me about your day.",
    "What should I cook tonight?",
    "I finished the letter for Loretta.",
    "Do you think it will rain tomorrow?",
    "I'm going for a walk.",
    "What are you thinking about?",
    "Can you tell me a story?",
    "I saw an old friend at the station.",
    "What's a good name for a cat?",
    "I'm back from work.",
]
STATES = {
    "low": express(OS_EMOTIONS["sorry-for"], Affinity(0.3, 0.4, 0.3), "sorry-for", 0.8),
    "bright": express(PAD(0.7, 0.4, 0.3), Affinity(0.6, 0.6, 0.6), "happy-for", 0.8),
}


async def answer(
    brain: LlamaCppBrain, expression: Expression, text: str, seed: int
) -> tuple[str, int]:
    system = system_prompt(Persona("Iris", "model", "", user_name="Theodore"), Answers())
    usage = Usage()
    request = Request(
        max_tokens=expression.reply_tokens(300),
        temperature=expression.temperature(0.7),
        seed=seed,
    )
    messages = [Message("system", system), Message("system", expression.note)]
    messages.append(Message("user", text))
    pieces = [piece async for piece in brain.stream(messages, request, usage)]
    return "".join(pieces).strip(), usage.completion_tokens


def main() -> None:
    brain = LlamaCppBrain(SMOLLM2_135M.path, threads=1, context_tokens=2048, seed=1)
    appraiser = LearnedAppraiser()
    figures = {}
    for name, expression in STATES.items():
        tokens, valence, positive = [], [], []
        for seed, text in enumerate(MESSAGES, 1):
            reply, used = asyncio.run(answer(brain, expression, text, seed))
            appraisal = appraiser.appraise(reply)
            tokens.append(used)
            valence.append(appraisal.valence)
            positive.append("positive" in appraisal.sentiment)
            print(f"[{name}] {text} -> {reply[:100]!r}")
        figures[name] = {
            "tone": expression.tone,
            "mean_reply_tokens": round(statistics.mean(tokens), 1),
            "mean_reply_valence": round(statistics.mean(valence), 3),
            "positive_share": round(sum(positive) / len(positive), 2),
        }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
