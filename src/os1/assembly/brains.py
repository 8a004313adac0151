"""Language models, by the kind the settings name: a registry, not a chain of branches.

A new kind of brain is one `Kind` (how to make it, how to describe it, whether it is
trusted with more than replies) and one line in `BRAINS`; nothing outside this module
asks which kind OS1_BRAIN names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from os1.brain.decoding import GENERIC
from os1.brain.packaged import SMOLLM2_135M
from os1.brain.scripted import ScriptedBrain
from os1.brain.types import Brain
from os1.brain.voice_adapter import Choice, choose
from os1.config import Settings
from os1.errors import ConfigError

# The two real backends are imported inside their factories: only the one OS1_BRAIN names
# is ever made, and each costs more than a whole `os1 note list` would otherwise (llama.cpp
# with numpy 0.9 s, the HTTP client 0.4 s; python -X importtime, 2 cores).


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of brain OS1_BRAIN may name."""

    make: Callable[[Settings], Brain]
    describe: Callable[[Settings], dict[str, Any]]
    # Trusted to pick tools and suggest style: a model behind a server is, the embedded
    # 135M model is not (it would pick wrongly and suggest nonsense), a script is not.
    capable: bool = False
    # A brain for work beside the conversation, of `context_tokens`; None: another `make`.
    second: Callable[[Settings, int], Brain] | None = None


def _model_path(settings: Settings) -> Path:
    # The packaged model's checksum is checked at install (`make install`);
    # the GGUF header is checked on every load.
    return settings.model.expanduser() if settings.model else SMOLLM2_135M.path


def prompt_states(settings: Settings) -> Path:
    """Where the embedded brain keeps its readings of system prompts (brain/prompt_cache.py).

    A kept reading is made from what the OS knows of the person, so it goes with them:
    `os1 setup --reset` empties the folder."""
    return settings.home / "cache" / "prompts"


def _embedded(settings: Settings) -> Brain:
    from os1.brain.llamacpp import LlamaCppBrain

    return LlamaCppBrain(
        _model_path(settings),
        settings.threads,
        settings.context_tokens,
        settings.seed,
        prompt_threads=settings.prompt_threads,
        # A GGUF of the person's own gets common settings; the packaged model its own.
        decoding=SMOLLM2_135M.decoding if settings.model is None else GENERIC,
        # The system prompt's reading, kept for the next process (brain/prompt_cache.py).
        prompt_cache=prompt_states(settings),
        model_sha256=SMOLLM2_135M.sha256 if settings.model is None else None,
        voice=voice_choice(settings).adapter,
    )


def voice_choice(settings: Settings) -> Choice:
    """os1's voice adapter (brain/voice_adapter.py). The shipped one was trained over the
    packaged model: another OS1_MODEL gets one only when OS1_VOICE_ADAPTER names it."""
    if settings.model is not None and settings.voice_adapter is None:
        return Choice(None, "none (OS1_MODEL is set; OS1_VOICE_ADAPTER names one for it)")
    return choose(settings.voice_adapter)


def _embedded_beside(settings: Settings, context_tokens: int) -> Brain:
    from os1.brain.llamacpp import LlamaCppBrain

    # A second llama.cpp context over the same memory-mapped weights, so that work
    # does not evict the conversation's cached prompt.
    return LlamaCppBrain(_model_path(settings), settings.threads, context_tokens, settings.seed)


def _describe_embedded(settings: Settings) -> dict[str, Any]:
    voice = voice_choice(settings).described
    if settings.model is not None:
        return {
            "kind": "llamacpp",
            "model": str(settings.model),
            "voice adapter": voice,
            "threads": settings.threads,
        }
    try:
        path: str = str(SMOLLM2_135M.path)
    except Exception as exc:  # not installed: status should still answer
        path = f"missing ({exc})"
    return {
        "kind": "llamacpp",
        "model": SMOLLM2_135M.name,
        "path": path,
        "licence": SMOLLM2_135M.licence,
        "voice adapter": voice,
        "threads": settings.threads,
    }


def _served(settings: Settings) -> Brain:
    if not settings.brain_url or not settings.brain_model:
        raise ConfigError(
            "The openai brain needs a server address and a model name",
            "set OS1_BRAIN_URL (e.g. http://127.0.0.1:11434/v1) and OS1_BRAIN_MODEL",
        )
    from os1.brain.openai_compatible import OpenAICompatibleBrain

    key = settings.brain_key.get_secret_value() if settings.brain_key else None
    return OpenAICompatibleBrain(
        settings.brain_url, settings.brain_model, key, settings.brain_timeout
    )


def _describe_served(settings: Settings) -> dict[str, Any]:
    return {"kind": "openai", "url": settings.brain_url, "model": settings.brain_model}


def _scripted(settings: Settings) -> Brain:
    if settings.brain_script is None:
        raise ConfigError(
            "The scripted brain needs a script",
            "set OS1_BRAIN_SCRIPT to a text file with one reply per line",
        )
    return ScriptedBrain.from_file(settings.brain_script)


def _describe_scripted(settings: Settings) -> dict[str, Any]:
    return {"kind": "scripted", "script": str(settings.brain_script)}


# OS1_BRAIN names one of these.
BRAINS: dict[str, Kind] = {
    "llamacpp": Kind(_embedded, _describe_embedded, second=_embedded_beside),
    "openai": Kind(_served, _describe_served, capable=True),
    "scripted": Kind(_scripted, _describe_scripted),
}


def brain_for(settings: Settings) -> Brain:
    """The brain OS1_BRAIN names, not yet loaded."""
    return BRAINS[settings.brain].make(settings)


def trusted_with_tools(settings: Settings) -> bool:
    """Whether the brain OS1_BRAIN names is trusted to pick tools and suggest style."""
    return BRAINS[settings.brain].capable


def second_brain_for(settings: Settings, context_tokens: int = 1024) -> Brain:
    """A brain for work beside the conversation (reading facts in a quiet moment).

    For the embedded model, a second context over the same weights; any other kind
    is simply another client of the same model.
    """
    kind = BRAINS[settings.brain]
    if kind.second is None:
        return kind.make(settings)
    return kind.second(settings, context_tokens)


def describe_brain(settings: Settings) -> dict[str, Any]:
    """What `brain_for` would load, without loading it."""
    return BRAINS[settings.brain].describe(settings)
