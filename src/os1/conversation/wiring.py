"""The one place that turns settings into working parts."""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from os1.brain.types import Brain
from os1.config import Settings
from os1.errors import ConfigError
from os1.memory.consolidation import Consolidator
from os1.memory.episodes import EpisodicMemory
from os1.memory.facts import KnownFacts
from os1.memory.store import Store
from os1.mind.inner_life import InnerLife
from os1.mind.persona import Persona
from os1.skills.calendar import Calendar
from os1.skills.mail import Mailbox, Outbox
from os1.skills.reminders import Reminders
from os1.skills.skill import Catalogue, Skill
from os1.skills.triage import Ranked

if TYPE_CHECKING:  # the loop imports the parts this module makes
    from os1.brain.sentence_encoder import SentenceEncoder
    from os1.conversation.company import Company
    from os1.conversation.initiative import Initiative
    from os1.conversation.loop import Conversation
    from os1.mind.appraisal import LearnedAppraiser
    from os1.voice.wake_word import WakeWord


@dataclass(frozen=True, slots=True)
class SharedModels:
    """Models a server loads once for everyone; None: each conversation loads its own."""

    encoder: SentenceEncoder | None = None
    appraiser: LearnedAppraiser | None = None


def load_shared_models(settings: Settings) -> SharedModels:
    """The encoder and the appraiser the settings call for, loaded now (a server's start)."""
    encoder = appraiser = None
    if settings.memory_tokens > 0:
        from os1.brain.sentence_encoder import SentenceEncoder

        encoder = SentenceEncoder()
        encoder.load()
    if settings.feelings:
        from os1.mind.appraisal import LearnedAppraiser

        appraiser = LearnedAppraiser()
        appraiser.load()
    return SharedModels(encoder, appraiser)


def open_store(settings: Settings, sync_every_commit: bool = True) -> Store:
    if settings.database_url is not None:
        store = Store.connect(settings.database_url.get_secret_value(), sync_every_commit)
    else:
        store = Store.open(settings.database, sync_every_commit=sync_every_commit)
    store.ensure_user(settings.user)
    return store


def describe_brain(settings: Settings) -> dict[str, Any]:
    """What `make_brain` would load, without loading it."""
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


def make_brain(settings: Settings) -> Brain:
    if settings.brain == "llamacpp":
        from os1.brain.decoding import GENERIC
        from os1.brain.llamacpp import LlamaCppBrain
        from os1.brain.packaged import SMOLLM2_135M

        # The packaged model's checksum is checked at install (`make install`);
        # the GGUF header is checked on every load.
        path = settings.model.expanduser() if settings.model else SMOLLM2_135M.path
        return LlamaCppBrain(
            path,
            settings.threads,
            settings.context_tokens,
            settings.seed,
            prompt_threads=settings.prompt_threads,
            # A GGUF of the person's own gets common settings; the packaged model its own.
            decoding=SMOLLM2_135M.decoding if settings.model is None else GENERIC,
        )
    if settings.brain == "openai":
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
    if settings.brain_script is None:
        raise ConfigError(
            "The scripted brain needs a script",
            "set OS1_BRAIN_SCRIPT to a text file with one reply per line",
        )
    from os1.brain.scripted import ScriptedBrain

    return ScriptedBrain.from_file(settings.brain_script)


def make_conversation(
    settings: Settings,
    store: Store,
    brain: Brain,
    persona: Persona,
    quiet: bool,
    shared: SharedModels | None = None,
    company: Company | None = None,
) -> tuple[Conversation, Reminders]:
    """Every part a conversation with this person uses, as the settings say; with `quiet`,
    there will be quiet moments to consolidate facts in. A server passes the models
    every person's conversation `shared`, loaded once."""
    from os1.conversation.loop import Conversation, Limits
    from os1.mind.interview import load_answers

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
    memory = make_memory(settings, store, preload=True, encoder=shared.encoder)
    facts, consolidator = make_facts(settings, store, memory, answers.user_name, quiet)
    # Only a brain behind a server is trusted to pick tools or suggest style.
    capable = brain if settings.brain == "openai" else None
    skills, reminders = make_skills(settings, store, capable_brain=capable, letters_brain=brain)
    conversation = Conversation(
        brain,
        store,
        settings.user,
        persona,
        answers,
        limits,
        inner_life=make_inner_life(settings, store, preload=True, appraiser=shared.appraiser),
        memory=memory,
        facts=facts,
        consolidator=consolidator,
        skills=skills,
        skills_brain=capable,
        company=company,
    )
    return conversation, reminders


def make_initiative(
    settings: Settings, store: Store, reminders: Reminders, persona: Persona
) -> Initiative:
    """What lets this person's OS speak first: their reminders, calendar and name."""
    from os1.conversation.initiative import Initiative

    return Initiative(
        store,
        settings.user,
        reminders,
        make_calendar(settings),
        name=lambda: persona.user_name,
        own_initiative=settings.initiative,
    )


def make_inner_life(
    settings: Settings,
    store: Store,
    preload: bool = False,
    appraiser: LearnedAppraiser | None = None,
) -> InnerLife | None:
    """The mind's feelings for this person, or None when OS1_FEELINGS is off.

    With `preload`, the classifier loads in the background (about 2 s) while the
    person types, so the first reply does not wait for it.
    """
    if not settings.feelings:
        return None
    if appraiser is not None:
        return InnerLife(store, settings.user, appraiser)
    from os1.mind.appraisal import LearnedAppraiser

    appraiser = LearnedAppraiser()
    if preload:
        threading.Thread(target=_quietly, args=(appraiser.load,), daemon=True).start()
    return InnerLife(store, settings.user, appraiser)


def make_memory(
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
    from os1.brain.sentence_encoder import SentenceEncoder

    encoder = SentenceEncoder()
    if preload:
        # Not a daemon: exiting while ONNX Runtime builds its session aborts the
        # process ("terminate called without an active exception"); the load
        # takes a third of a second, so exit waits for it.
        threading.Thread(target=_quietly, args=(encoder.load,)).start()
    return EpisodicMemory(store, settings.user, encoder)


def make_facts(
    settings: Settings,
    store: Store,
    memory: EpisodicMemory | None,
    person: str | None,
    consolidate: bool = True,
) -> tuple[KnownFacts | None, Consolidator | None]:
    """Facts to recall, and the consolidator that writes them; None when OS1_FACTS is off.

    Without `consolidate` (a one-off message has no quiet moments) no second
    brain is loaded.

    They share long-term memory's encoder. Consolidation gets a brain of its
    own: for the embedded model, a second llama.cpp context over the same
    (memory-mapped) weights, so reading facts in a quiet moment does not evict
    the conversation's cached prompt.
    """
    if not settings.facts or memory is None:
        return None, None
    known = KnownFacts(store, settings.user, memory.encoder)
    if not consolidate:
        return known, None
    from os1.memory.consolidation import BrainExtractor
    from os1.memory.support import SupportCheck

    if settings.brain == "llamacpp":
        from os1.brain.llamacpp import LlamaCppBrain
        from os1.brain.packaged import SMOLLM2_135M

        path = settings.model.expanduser() if settings.model else SMOLLM2_135M.path
        brain = LlamaCppBrain(path, settings.threads, 1024, settings.seed)
    else:
        brain = make_brain(settings)
    consolidator = Consolidator(
        store,
        settings.user,
        person or "The person",
        BrainExtractor(brain),
        SupportCheck(memory.encoder),
    )
    return known, consolidator


def make_skills(
    settings: Settings,
    store: Store,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    capable_brain: Brain | None = None,
    letters_brain: Brain | None = None,
) -> tuple[Catalogue, Reminders]:
    """This person's skills, and their reminders (whatever runs os1 announces those when due).

    `capable_brain` (one behind a server, never the embedded 135M model) adds
    a suggestion of style to proofreading; `letters_brain` (any, the embedded
    one too: the studio checks every sentence) writes letters.
    """
    from os1.skills.calendar_skills import calendar_skills
    from os1.skills.contacts import Contacts, contact_skills
    from os1.skills.notes import Notes, note_skills
    from os1.skills.proofreading import proofreading_skills
    from os1.skills.reminders import reminder_skills
    from os1.skills.today import today_skills

    reminders = Reminders(store, settings.user)
    contacts = Contacts(store, settings.user)
    calendar = make_calendar(settings)
    account = make_mail(settings)
    mail: list[Skill[Any]] = []
    unread: Callable[[], Awaitable[list[Ranked]]] | None = None
    if account is not None:
        from os1.skills.mail_skills import mail_skills, new_mail

        mailbox, outbox, me = account
        mail = mail_skills(mailbox, outbox, me, contacts, store, settings.user, clock)
        unread = partial(new_mail, mailbox, me, contacts, clock)
    catalogue = Catalogue(
        [
            *note_skills(Notes(store, settings.user)),
            *reminder_skills(reminders, clock),
            *contact_skills(contacts),
            *proofreading_skills(partial(last_written, store, settings.user), capable_brain),
            *calendar_skills(calendar, clock),
            *mail,
            *today_skills(calendar, reminders, unread, clock),
            *_letters(settings, store, letters_brain),
        ]
    )
    return catalogue, reminders


def _letters(settings: Settings, store: Store, brain: Brain | None) -> list[Skill[Any]]:
    if brain is None:
        return []
    from os1.letters.desk import Desk
    from os1.letters.studio import Studio
    from os1.mind.interview import load_answers
    from os1.skills.letter_skills import letter_skills

    desk = Desk(Studio(store, settings.user), brain, settings.seed)
    # Each person's rendered letters apart, as a server keeps one home for everyone.
    folder = settings.home / "letters" / own_name(settings.user)
    # "A letter from me" is from the person, by the name they gave at setup.
    return letter_skills(desk, folder, lambda: load_answers(store, settings.user).user_name)


def last_written(store: Store, user_id: str) -> str | None:
    """The person's last message before the one being answered, if it is writing (a few
    sentences, not a word or two): what "the letter I just wrote" points at until
    letters have a home of their own."""
    said = [t for t in store.recent_turns(user_id, 12) if t.role == "user"]
    for turn in reversed(said[:-1]):
        if len(turn.text.split()) >= 8:
            return turn.text
    return None


def _host_port(value: str, setting: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise ConfigError(
            f"{setting}={value} is not host:port", f"set {setting} like mail.example.org:993"
        )
    return host, int(port)


def make_mail(settings: Settings) -> tuple[Mailbox, Outbox, str] | None:
    """The mail account (IMAP, SMTP, own address), when OS1_MAIL_IMAP is set; else None."""
    if not settings.mail_imap:
        return None
    from os1.skills.mail import Mailbox, Outbox

    missing = [
        name
        for name, value in [
            ("OS1_MAIL_SMTP", settings.mail_smtp),
            ("OS1_MAIL_USER", settings.mail_user),
            ("OS1_MAIL_PASSWORD", settings.mail_password),
            ("OS1_MAIL_ADDRESS", settings.mail_address),
        ]
        if not value
    ]
    if missing:
        raise ConfigError(
            f"Mail is half set up: {', '.join(missing)} missing", "set them, or unset OS1_MAIL_IMAP"
        )
    assert settings.mail_smtp and settings.mail_user and settings.mail_password
    assert settings.mail_address
    password = settings.mail_password.get_secret_value()
    imap_host, imap_port = _host_port(settings.mail_imap, "OS1_MAIL_IMAP")
    smtp_host, smtp_port = _host_port(settings.mail_smtp, "OS1_MAIL_SMTP")
    return (
        Mailbox(imap_host, imap_port, settings.mail_user, password, settings.mail_security),
        Outbox(smtp_host, smtp_port, settings.mail_user, password, settings.mail_security),
        settings.mail_address.lower(),
    )


def make_calendar(settings: Settings) -> Calendar:
    """The person's calendar: a CalDAV account, an .ics file, or os1's own file."""
    from os1.skills.calendar import CalDavCalendar, IcsFile

    where = settings.calendar
    if where and where.startswith(("http://", "https://")):
        password = settings.calendar_password
        return CalDavCalendar(
            where,
            settings.calendar_user,
            password.get_secret_value() if password else None,
            settings.calendar_name,
        )
    if where:
        return IcsFile(Path(where).expanduser())
    return IcsFile(settings.home / "calendars" / f"{own_name(settings.user)}.ics")


def own_name(user: str) -> str:
    """A person's id made safe as a file name, with its hash so that two ids never share one."""
    name = re.sub(r"[^A-Za-z0-9_-]", "_", user)[:40]
    digest = hashlib.sha256(user.encode()).hexdigest()[:10]
    return f"{name}-{digest}"


def _quietly(load: Callable[[], None]) -> None:
    # A failure here comes back, with its one-sentence error, on first use.
    with contextlib.suppress(Exception):
        load()


def make_wake_word(settings: Settings) -> WakeWord | None:
    """The wake word detector the settings ask for, or None to listen all the time."""
    if settings.wake_word is None:
        return None
    from os1.voice.wake_word import WakeWord

    return WakeWord(settings.wake_word)
