"""A person's conversation, and what lets their OS speak first."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from os1.assembly.brains import trusted_with_tools
from os1.assembly.calendars import calendar_for
from os1.assembly.minds import SharedModels, facts_for, inner_life_for, memory_for
from os1.assembly.skills import skills_for
from os1.brain.types import Brain
from os1.config import Settings
from os1.conversation.answerers import answerers_for
from os1.conversation.company import Company
from os1.conversation.gathering import Mind
from os1.conversation.loop import Conversation, Limits
from os1.memory.store import Store
from os1.mind.interview import load_answers
from os1.mind.persona import Persona
from os1.skills.reminders import Reminders
from os1.text.lexicon import english_words, given_names

if TYPE_CHECKING:
    # Imported where it is made: a chat given one message never speaks first.
    from os1.conversation.initiative import Initiative


@dataclass(frozen=True, slots=True)
class Talk:
    """A conversation, and the reminders whatever runs it announces when due."""

    conversation: Conversation
    reminders: Reminders


def conversation_for(
    settings: Settings,
    store: Store,
    brain: Brain,
    persona: Persona,
    quiet: bool,
    shared: SharedModels | None = None,
    company: Company | None = None,
) -> Talk:
    """Every part a conversation with this person uses, as the settings say; with `quiet`,
    there will be quiet moments to consolidate facts in. A server passes the models
    every person's conversation `shared`, loaded once."""
    limits = Limits(
        max_message_chars=settings.max_message_chars,
        history_tokens=settings.history_tokens,
        memory_tokens=settings.memory_tokens,
        reply_tokens=settings.reply_tokens,
        temperature=settings.temperature,
        seed=settings.seed,
    )
    answers = load_answers(store, settings.user)
    shared = shared or SharedModels()
    memory = memory_for(settings, store, preload=True, encoder=shared.encoder)
    facts = facts_for(settings, store, memory, answers.user_name, quiet)
    # Only a brain behind a server is trusted to pick tools or suggest style.
    capable = brain if trusted_with_tools(settings) else None
    skills = skills_for(settings, store, capable_brain=capable, letters_brain=brain)
    mind = Mind(
        inner_life=inner_life_for(
            settings,
            store,
            preload=True,
            appraiser=shared.appraiser,
            encoder=memory.encoder if memory else None,
        ),
        memory=memory,
        facts=facts.known if facts else None,
        consolidator=facts.consolidator if facts else None,
    )
    answerers = answerers_for(
        store,
        settings.user,
        persona,
        memory,
        skills=skills.catalogue,
        skills_brain=capable,
        company=company,
    )
    conversation = Conversation(
        brain, store, settings.user, persona, answers, limits, mind=mind, answerers=answerers
    )
    # The conversation starts here: a session opens and the journal catches up.
    conversation.start()
    _word_lists_meanwhile()
    return Talk(conversation, skills.reminders)


def _word_lists_meanwhile() -> None:
    """Read the word lists the reply guard checks every first sentence with (about 0.17 s
    of CPU), in the background, while the first turn is felt and the brain reads and
    writes: llama.cpp runs outside the interpreter's lock, so they cost the first byte
    nothing, where read by the guard they held it back by their whole time."""
    if english_words.cache_info().currsize and given_names.cache_info().currsize:
        return
    # A daemon: only lists in memory, nothing to leave half-written if os1 exits first.
    threading.Thread(target=_word_lists, name="os1-word-lists", daemon=True).start()


def _word_lists() -> None:
    english_words()
    given_names()


def initiative_for(
    settings: Settings, store: Store, reminders: Reminders, persona: Persona
) -> Initiative:
    """What lets this person's OS speak first: their reminders, calendar and name."""
    from os1.conversation.initiative import Initiative

    return Initiative(
        store,
        settings.user,
        reminders,
        calendar_for(settings),
        name=lambda: persona.user_name,
        own_initiative=settings.initiative,
    )
