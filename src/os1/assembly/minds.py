"""What remembers and feels: long-term memory, known facts and the inner life."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass

from os1.assembly.brains import second_brain_for
from os1.brain.sentence_encoder import SentenceEncoder
from os1.brain.types import Brain
from os1.config import Settings
from os1.memory.consolidation import BrainExtractor, Consolidator
from os1.memory.episodes import EpisodicMemory
from os1.memory.facts import KnownFacts
from os1.memory.store import Store
from os1.memory.support import SupportCheck
from os1.mind.appraisal import LearnedAppraiser
from os1.mind.event_appraisal import EventReader
from os1.mind.inner_life import InnerLife


@dataclass(frozen=True, slots=True)
class SharedModels:
    """Models a server loads once for everyone; None: each conversation loads its own."""

    encoder: SentenceEncoder | None = None
    appraiser: LearnedAppraiser | None = None


def shared_models_for(settings: Settings, wait: bool = True) -> SharedModels:
    """The encoder and the appraiser the settings call for, loaded now (a server's start).

    Without `wait` they load in the background: a terminal starts them before it
    wakes the brain, so the three loads overlap (ONNX Runtime and llama.cpp do much
    of theirs outside the interpreter's lock) instead of the first reply waiting.
    """
    encoder = SentenceEncoder() if settings.memory_tokens > 0 else None
    # The event reading shares the memory's encoder (a few ms an utterance, no new load).
    appraiser = LearnedAppraiser(events=EventReader(encoder)) if settings.feelings else None
    for model in (encoder, appraiser):
        if model is not None and wait:
            model.load()
        elif model is not None:
            _in_background(model.load)
    return SharedModels(encoder, appraiser)


def inner_life_for(
    settings: Settings,
    store: Store,
    preload: bool = False,
    appraiser: LearnedAppraiser | None = None,
    encoder: SentenceEncoder | None = None,
) -> InnerLife | None:
    """The mind's feelings for this person, or None when OS1_FEELINGS is off.

    With `preload`, the classifier loads in the background (a few tenths of a
    second) while the person types, so the first reply does not wait for it.
    Its event reading shares `encoder` (long-term memory's) where there is one.
    """
    if not settings.feelings:
        return None
    if appraiser is not None:
        return InnerLife(store, settings.user, appraiser)
    appraiser = LearnedAppraiser(events=EventReader(encoder))
    if preload:
        _in_background(appraiser.load)
    return InnerLife(store, settings.user, appraiser)


def memory_for(
    settings: Settings,
    store: Store,
    preload: bool = False,
    encoder: SentenceEncoder | None = None,
) -> EpisodicMemory | None:
    """Long-term memory over this person's turns, or None when OS1_MEMORY_TOKENS is 0."""
    if settings.memory_tokens <= 0:
        return None
    if encoder is not None:
        return EpisodicMemory(store, settings.user, encoder)
    encoder = SentenceEncoder()
    if preload:
        _in_background(encoder.load)
    return EpisodicMemory(store, settings.user, encoder)


@dataclass(frozen=True, slots=True)
class Facts:
    """Facts to recall, and the consolidator that writes them (None: no quiet moments)."""

    known: KnownFacts
    consolidator: Consolidator | None


def facts_for(
    settings: Settings,
    store: Store,
    memory: EpisodicMemory | None,
    person: str | None,
    consolidate: bool = True,
    reader: Brain | None = None,
) -> Facts | None:
    """The person's facts, or None when OS1_FACTS is off (or there is no long-term memory).

    Without `consolidate` no second brain is loaded. They share long-term
    memory's encoder; consolidation gets a brain of its own (`second_brain_for`),
    or `reader`, one a server shares among everyone it reads for.
    """
    if not settings.facts or memory is None:
        return None
    known = KnownFacts(store, settings.user, memory.encoder)
    if not consolidate:
        return Facts(known, None)
    consolidator = Consolidator(
        store,
        settings.user,
        person or "The person",
        BrainExtractor(reader or second_brain_for(settings)),
        SupportCheck(memory.encoder),
    )
    return Facts(known, consolidator)


def _in_background(load: Callable[[], None]) -> None:
    # Not a daemon: exiting while ONNX Runtime builds its session aborts the process
    # ("terminate called without an active exception"); a load takes a few tenths of
    # a second, so exit waits for it.
    threading.Thread(target=_quietly, args=(load,)).start()


def _quietly(load: Callable[[], None]) -> None:
    # A failure here comes back, with its one-sentence error, on first use.
    with contextlib.suppress(Exception):
        load()
