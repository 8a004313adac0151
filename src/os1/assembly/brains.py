"""Language models, by the kind the settings name: a registry, not a chain of branches."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from os1.brain.types import Brain
from os1.config import Settings
from os1.errors import ConfigError


def _model_path(settings: Settings) -> Path:
    from os1.brain.packaged import SMOLLM2_135M

    # The packaged model's checksum is checked at install (`make install`);
    # the GGUF header is checked on every load.
    return settings.model.expanduser() if settings.model else SMOLLM2_135M.path


def _embedded(settings: Settings) -> Brain:
    from os1.brain.decoding import GENERIC
    from os1.brain.llamacpp import LlamaCppBrain
    from os1.brain.packaged import SMOLLM2_135M

    return LlamaCppBrain(
        _model_path(settings),
        settings.threads,
        settings.context_tokens,
        settings.seed,
        prompt_threads=settings.prompt_threads,
        # A GGUF of the person's own gets common settings; the packaged model its own.
        decoding=SMOLLM2_135M.decoding if settings.model is None else GENERIC,
    )


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


def _scripted(settings: Settings) -> Brain:
    if settings.brain_script is None:
        raise ConfigError(
            "The scripted brain needs a script",
            "set OS1_BRAIN_SCRIPT to a text file with one reply per line",
        )
    from os1.brain.scripted import ScriptedBrain

    return ScriptedBrain.from_file(settings.brain_script)


# OS1_BRAIN names one of these. A new kind of brain is one factory and one line here.
BRAINS: dict[str, Callable[[Settings], Brain]] = {
    "llamacpp": _embedded,
    "openai": _served,
    "scripted": _scripted,
}


def brain_for(settings: Settings) -> Brain:
    """The brain OS1_BRAIN names, not yet loaded."""
    return BRAINS[settings.brain](settings)


def second_brain_for(settings: Settings, context_tokens: int = 1024) -> Brain:
    """A brain for work beside the conversation (reading facts in a quiet moment).

    For the embedded model, a second llama.cpp context over the same
    memory-mapped weights, so that work does not evict the conversation's
    cached prompt; any other kind is simply another client of the same model.
    """
    if settings.brain != "llamacpp":
        return brain_for(settings)
    from os1.brain.llamacpp import LlamaCppBrain

    return LlamaCppBrain(_model_path(settings), settings.threads, context_tokens, settings.seed)


def describe_brain(settings: Settings) -> dict[str, Any]:
    """What `brain_for` would load, without loading it."""
    if settings.brain == "llamacpp":
        if settings.model is not None:
            return {"kind": "llamacpp", "model": str(settings.model), "threads": settings.threads}
        from os1.brain.packaged import SMOLLM2_135M

        try:
            path: str = str(SMOLLM2_135M.path)
        except Exception as exc:  # not installed: status should still answer
            path = f"missing ({exc})"
        return {
            "kind": "llamacpp",
            "model": SMOLLM2_135M.name,
            "path": path,
            "licence": SMOLLM2_135M.licence,
            "threads": settings.threads,
        }
    if settings.brain == "openai":
        return {"kind": "openai", "url": settings.brain_url, "model": settings.brain_model}
    return {"kind": "scripted", "script": str(settings.brain_script)}
