"""When a capable brain is configured, it may pick a skill for a request the grammar missed.

The brain answers in JSON constrained by a schema built from the skills'
own argument schemas (one branch per skill, and "none" for conversation),
so what comes back is always a skill that exists with arguments of the
right shape; the skill then validates them as it would any other caller's.
Only words that sound like a request are asked about, so small talk does
not pay for a second model call. The embedded 135M model is never asked:
it picks the wrong tool (measured in the brain issue).
"""

from __future__ import annotations

import json
import re
from typing import Any

from os1.brain.types import Brain, Message, Request, complete
from os1.errors import BrainError
from os1.skills.intents import Call
from os1.skills.skill import Catalogue

_REQUEST = re.compile(
    r"^\s*(?:please\b|(?:can|could|would|will) you\b|i (?:need|want) you to\b|"
    r"(?:send|email|e-mail|write|schedule|book|add|put|remind|move|cancel|delete|archive|"
    r"find|look up|read|check|show|list|tell me|note|text|reply|answer|forward|clean)\b)",
    re.IGNORECASE,
)


def sounds_like_a_request(text: str) -> bool:
    return bool(_REQUEST.match(text))


def choice_schema(catalogue: Catalogue) -> dict[str, Any]:
    """The first question's answer: the name of a skill, or "none"."""
    names = [skill.name for skill in catalogue]
    return {
        "type": "object",
        "properties": {"skill": {"type": "string", "enum": [*names, "none"]}},
        "required": ["skill"],
        # Without this a small model goes on adding keys until it runs out of tokens.
        "additionalProperties": False,
    }


def arguments_schema(schema: dict[str, Any], longest: int = 200) -> dict[str, Any]:
    """A skill's argument schema, bounded so that a small model's answer ends in time.

    Left to itself a model may add keys, or write one string until it runs out
    of tokens, and the JSON never closes.
    """
    properties = {}
    for name, field in schema.get("properties", {}).items():
        if field.get("type") == "string":
            field = {**field, "maxLength": min(field.get("maxLength", longest), longest)}
        properties[name] = field
    return {**schema, "properties": properties, "additionalProperties": False}


class BrainToolChooser:
    """Two constrained questions: which skill (an enum), then its arguments (its own schema).

    One schema with a branch per skill would say both at once, but llama.cpp's
    server (llama-cpp-python 0.3) dies on it; these two small ones work there,
    on vLLM and on Ollama alike.
    """

    def __init__(self, brain: Brain, catalogue: Catalogue, max_tokens: int = 160) -> None:
        self.brain = brain
        self.catalogue = catalogue
        self._schema = choice_schema(catalogue)
        self._max_tokens = max_tokens

    def messages(self, text: str) -> list[Message]:
        listed = "\n".join(f"- {s.name}: {s.description}" for s in self.catalogue)
        instructions = (
            "Pick the tool that does what the person asks, or 'none' if they are only "
            "talking. Answer in JSON. Tools:\n" + listed
        )
        return [Message("system", instructions), Message("user", text)]

    async def _ask(self, messages: list[Message], schema: dict[str, Any]) -> dict[str, Any] | None:
        request = Request(max_tokens=self._max_tokens, temperature=0.0, schema=schema)
        try:
            answer = json.loads(await complete(self.brain, messages, request))
        except (BrainError, json.JSONDecodeError):
            return None  # the reply path goes on as conversation
        return answer if isinstance(answer, dict) else None

    async def choose(self, text: str) -> Call | None:
        """The skill the brain picks for `text`, or None (conversation, or no usable answer)."""
        if not sounds_like_a_request(text):
            return None
        choice = await self._ask(self.messages(text), self._schema)
        skill = self.catalogue.get(str(choice.get("skill"))) if choice else None
        if skill is None:
            return None
        asked = [
            Message("system", f"Fill in the arguments of the tool {skill.name}: "
                    f"{skill.description}. Use only what the person said. Answer in JSON."),
            Message("user", text),
        ]  # fmt: skip
        arguments = await self._ask(asked, arguments_schema(skill.arguments.model_json_schema()))
        return Call(skill.name, arguments or {})
