"""The plan of a letter, decided by os1 rather than the model.

Which dossier entries become paragraphs (what the brief requires first, then
what suits the occasion), how the letter opens and closes, and whose name is
signed. The small model forgets whose letter it writes and signs anyone's
name, so it is given none of this to decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.errors import InputError
from os1.letters.brief import Brief
from os1.letters.checks import addressed
from os1.letters.perspective import to_recipient
from os1.letters.voice import Voice, learn_voice
from os1.memory.words import content_words

# Roughly the words one paragraph of two or three short sentences takes.
PARAGRAPH_WORDS = 32
# Salutation, closing and signature.
FRAME_WORDS = 8

_KIND_ORDER = {
    "anniversary": ("how_met", "memory", "inside_joke", "admires", "now", "fact", "nickname"),
    "thank": ("admires", "memory", "now", "inside_joke", "how_met", "fact", "nickname"),
    "birthday": ("memory", "admires", "inside_joke", "fact", "now", "how_met", "nickname"),
    "sorry": ("memory", "admires", "now", "how_met", "inside_joke", "fact", "nickname"),
    "": ("memory", "admires", "how_met", "now", "inside_joke", "fact", "nickname"),
}
_OCCASION_WORDS = {
    "anniversary": {"anniversari", "wed", "marri", "marriag", "valentin", "love"},
    "thank": {"thank", "grate", "gratitud", "gift"},
    "birthday": {"birthday", "graduat", "retir", "congratul"},
    "sorry": {"sorri", "apolog", "forgiv", "condol", "loss", "funer", "miss"},
}


@dataclass(frozen=True, slots=True)
class Topic:
    """What one paragraph is about: a dossier note already in the client's voice."""

    kind: str
    text: str
    # The brief's details this paragraph must carry.
    requires: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Plan:
    salutation: str
    topics: tuple[Topic, ...]
    spare: tuple[Topic, ...]
    closing: str
    signature: str
    voice: Voice


# What a letter about a matter is for, not a feeling: "a message to Gary about the money"
# was written as a love letter ("You mean more to me than I can say… With love,").
_MATTER = re.compile(
    r"\b(?:money|debt|loan|lent|owes?|rent|reference|complaint|resignation|refund|invoice|bill"
    r"|deposit|notice|job|application|dispute|repairs?|contract|payment|fees?|noise|parking)\b",
    re.IGNORECASE,
)


def about_a_matter(occasion: str) -> bool:
    """Whether a letter for `occasion` settles a matter rather than says a feeling: it is
    framed plainly ("Dear Gary," … "With warm regards,"), with no fond filler."""
    return bool(_MATTER.search(occasion))


def _occasion_kind(occasion: str) -> str:
    stems = set(content_words(occasion))
    for kind, words in _OCCASION_WORDS.items():
        if stems & words:
            return kind
    return ""


def _overlap(a: str, b: str) -> int:
    return len(set(content_words(a)) & set(content_words(b)))


def covers(text: str, mention: str) -> bool:
    wanted = set(content_words(mention))
    return bool(wanted) and wanted <= set(content_words(text))


def plan_letter(brief: Brief) -> Plan:
    client, recipient = brief.client, brief.recipient
    entries = [e for e in brief.dossier if e.kind != "voice"]
    if not entries and not brief.mentions:
        raise InputError(
            f"{client.name}'s dossier has nothing about {recipient.name} to write from",
            f"add a memory first: `os1 letters note {client.name!r} --to {recipient.name!r} "
            'memory "..."`, or pass --mention',
        )
    voiced = {e.id: to_recipient(e.text, client, recipient) for e in entries}
    used: set[int] = set()
    topics: list[Topic] = []
    for mention in brief.mentions:
        covering = [i for i, t in enumerate(topics) if covers(t.text, mention)]
        if covering:
            # Already in a planned paragraph ("mention Lisbon" of the Lisbon night).
            t = topics[covering[0]]
            topics[covering[0]] = Topic(t.kind, t.text, (*t.requires, mention))
            continue
        best = max(entries, key=lambda e: _overlap(e.text, mention), default=None)
        if (
            best is not None
            and best.id not in used
            and _overlap(best.text, mention) * 2 >= max(1, len(set(content_words(mention))))
        ):
            used.add(best.id)
            topics.append(Topic(best.kind, voiced[best.id], (mention,)))
        else:
            topics.append(Topic("memory", to_recipient(mention, client, recipient), (mention,)))
    order = _KIND_ORDER[_occasion_kind(brief.occasion)]
    rest = sorted(
        (e for e in entries if e.id not in used),
        key=lambda e: (order.index(e.kind), -_overlap(e.text, brief.occasion), e.id),
    )
    wanted = max(1, round((sum(brief.words) / 2 - FRAME_WORDS) / PARAGRAPH_WORDS))
    extra = [Topic(e.kind, voiced[e.id]) for e in rest]
    room = max(0, wanted - len(topics))
    topics += extra[:room]
    voice = learn_voice(brief)
    salutation, closing = _frame(brief, voice)
    signature = client.name if brief.tone == "formal" else client.nickname or client.name
    return Plan(salutation, tuple(topics), tuple(extra[room:]), closing, signature, voice)


def _frame(brief: Brief, voice: Voice) -> tuple[str, str]:
    """Salutation and closing: the tone an edit asked for, else the client's habit, else plain."""
    recipient = brief.recipient
    name = recipient.nickname or recipient.name
    if brief.tone == "formal":
        return f"Dear {recipient.name},", "With warm regards,"
    if brief.tone == "informal":
        return f"Hi {name},", "Love,"
    if brief.warmth > 0:
        return f"My dearest {name},", "With all my love,"
    salutation, closing = f"Dear {name},", "With love,"
    if voice.salutation is not None:
        habit = voice.salutation.strip().rstrip(",")
        if addressed(habit, brief):
            habit = f"{habit} {name}"
        # A habit that does not greet the recipient by name is not one a letter can keep.
        if not addressed(habit, brief):
            salutation = f"{habit},"
    if voice.closing is not None and len(voice.closing.split()) <= 6:
        closing = voice.closing
    return salutation, closing
