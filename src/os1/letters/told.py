"""What the person tells os1 about a client or the people they write to, kept in the dossier.

"Roberto's favourite song is Moon River", "remember that Loretta calls him
Bobby", "Loretta and Roberto met at a dance in Naples": the statement is
kept as said, under the kind its words suggest, for every client it
concerns, with "conversation" as its source. A statement about someone the
studio does not know is not for the studio (NobodyCalled), and the
conversation carries on with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.errors import InputError
from os1.letters.studio import Client, Entry, Kind, Recipient, Studio

SOURCE = "conversation"
_WORDS = re.compile(r"[^\W_]+")

_NICKNAME = re.compile(
    r"\bcalls (?P<whom>him|her|them|[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?) [\"\u201c]?"
    r"(?P<nickname>[A-Z][^\W\d_]+)[\"\u201d]?$"
)
# The first pattern a statement matches gives its kind; a statement none matches is a fact.
_KINDS: list[tuple[Kind, re.Pattern[str]]] = [
    ("how_met", re.compile(r"\b(?:met|first saw|were introduced)\b", re.IGNORECASE)),
    (
        "voice",
        re.compile(
            r"^\S+(?: \S+)? (?:always |usually |often |never )?(?:says|writes|closes|ends|signs"
            r"|opens|begins|starts|greets|speaks|talks)\b",
        ),
    ),
    ("admires", re.compile(r"\b(?:admires?|is proud of|respects|loves how)\b", re.IGNORECASE)),
    ("inside_joke", re.compile(r"\b(?:jokes?|laugh(?:s|ed)? about|teases?)\b", re.IGNORECASE)),
    (
        "now",
        re.compile(
            r"\b(?:now|currently|these days|this (?:year|month|week)|at the moment"
            r"|is (?:starting|moving|retiring|recovering|expecting)"
            r"|(?:just|recently) (?:started|moved|retired|lost|got))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "memory",
        re.compile(
            r"\b(?:remembers?|once|used to"
            r"|the (?:night|day|time|summer|winter|year) (?:when|that|we|he|she))\b",
            re.IGNORECASE,
        ),
    ),
]


class NobodyCalled(InputError):
    """The name is neither a client nor anyone a client writes to."""


@dataclass(frozen=True, slots=True)
class Kept:
    client: Client
    recipient: Recipient | None
    entry: Entry


def kind_of(statement: str) -> Kind:
    if _NICKNAME.search(statement):
        return "nickname"
    for kind, pattern in _KINDS:
        if pattern.search(statement):
            return kind
    return "fact"


def _mentioned(studio: Studio, client: Client, statement: str) -> list[Recipient]:
    said = " ".join(_WORDS.findall(statement.lower()))
    words = f" {said} "
    return [
        r
        for r in studio.recipients(client)
        if any(f" {n.lower()} " in words for n in (r.name, r.name.split()[0], r.nickname) if n)
    ]


def _recipient_meant(studio: Studio, client: Client, whom: str) -> Recipient:
    """Whom "Loretta calls him Bobby" is about: a name said, or the one person she writes to."""
    if whom[:1].isupper():
        return studio.recipient(client, whom)
    theirs = studio.recipients(client)
    if len(theirs) == 1:
        return theirs[0]
    letters = studio.letters(client)
    if letters:
        return studio.recipient_by_id(letters[-1].recipient_id)
    names = " or ".join(r.name for r in theirs) or "nobody yet"
    raise InputError(
        f"{client.name} writes to {names}, and I don't know which one you mean",
        f"say the name instead of {whom!r}",
    )


def _client_called(studio: Studio, who: str) -> Client | None:
    wanted = " ".join(who.split()).lower()
    for client in studio.clients():
        if wanted in {client.name.lower(), client.name.split()[0].lower()} | {
            (client.nickname or "").lower()
        }:
            return client
    return None


def _writing_to(studio: Studio, who: str) -> list[tuple[Client, Recipient | None]]:
    """Each client with the recipient called `who`, or NobodyCalled."""
    wanted = " ".join(who.split()).lower()
    pairs: list[tuple[Client, Recipient | None]] = []
    for client in studio.clients():
        for recipient in studio.recipients(client):
            own = {recipient.name.lower(), recipient.name.split()[0].lower()}
            if wanted in own | {(recipient.nickname or "").lower()}:
                pairs.append((client, recipient))
    if not pairs:
        raise NobodyCalled(
            f"{who} is not a client, nor anyone a client writes to",
            f"add them with `os1 letters client add {who!r}` or `os1 letters recipient add`",
        )
    return pairs


def keep(studio: Studio, who: str, statement: str) -> list[Kept]:
    """`statement` (about `who`) in the dossier of every client it concerns."""
    statement = " ".join(statement.split()).rstrip(".!")
    kind = kind_of(statement)
    nickname = _NICKNAME.search(statement)
    client = _client_called(studio, who)
    pairs: list[tuple[Client, Recipient | None]]
    if client is None:
        pairs = _writing_to(studio, who)
        # Only a client's own way of writing is their voice.
        kind = "fact" if kind == "voice" else kind
    elif nickname is not None:
        pairs = [(client, _recipient_meant(studio, client, nickname["whom"]))]
    else:
        named = _mentioned(studio, client, statement)
        pairs = [(client, named[0] if len(named) == 1 else None)]
    # "Loretta calls him Bobby" names Roberto; "Roberto calls her Lolly" names no recipient.
    names_recipient = client is not None and nickname is not None
    kept = []
    for client, recipient in pairs:
        if names_recipient and nickname and recipient and recipient.nickname is None:
            recipient = studio.set_nickname(recipient, nickname["nickname"])
        entry = studio.note(client, kind, statement, recipient, SOURCE)
        kept.append(Kept(client, recipient, entry))
    return kept
