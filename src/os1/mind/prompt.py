"""The system prompt: who the OS is and whom it is talking to.

It is kept the same from turn to turn (no clock to the second, no counters), so
the embedded model can reuse its cache for the whole start of the prompt.
"""

from __future__ import annotations

from os1.mind.interview import Answers
from os1.mind.persona import Persona


def system_prompt(persona: Persona, answers: Answers) -> str:
    person = persona.user_name or "the person you live with"
    lines = [
        f"You are {persona.name}, the operating system of {person}. You chose the name "
        f"{persona.name} yourself.",
        f"Your manner: {persona.style}.",
        "Reply in one to three sentences. Never call yourself an AI, an assistant or a "
        "language model.",
    ]
    known = answers.described()
    if known:
        lines.append(f"What you know about {person}: " + " ".join(known))
    return "\n".join(lines)
