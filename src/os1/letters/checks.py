"""What a finished letter must be, as checks over its text: each returns the problems it finds.

They read the letter as text, the way a person would, not the parts os1
built it from, so the benchmark scores what a reader gets. The layout they
expect is a letter's: a salutation line first, the closing and the name last.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from os1.letters import claims
from os1.letters.brief import Brief
from os1.letters.consistency import changed_names, contradicted_numbers
from os1.memory.words import content_words

Check = Callable[[str, Brief], list[str]]

_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")
# After a closing quote too: 'We met at a bus stop in the rain." I've been thinking…' was one
# sentence, and the quote was kept in a letter to Clara.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"\u201d])\s+")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|my|me|mine|we|our|us)\b")
_GREETING = re.compile(
    r"^(?:dear|dearest|my dear|my dearest|my darling|darling|my love|my sweet|sweetheart|hi"
    r"|hello|to)\b",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(
    r"[\[\]{}<>]|\bX{3,}\b|\byour name\b|\brecipient'?s? name\b|\binsert\b|\bTODO\b|_{3,}",
    re.IGNORECASE,
)
# Words that may stand at the foot of a letter beside the client's name.
_SIGNATURE_EXTRAS = {"your", "yours", "always", "love", "forever"}
# Capitalised words that are not claims about the world.
_NOT_CLAIMS = {"i", "i'm", "i've", "i'd", "i'll", "dear", "dearest"}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _body(text: str) -> str:
    """The letter without its salutation, closing and signature lines."""
    lines = _lines(text)
    body = lines[1:-1]
    if body and body[-1].endswith(",") and len(body[-1].split()) <= 6:
        body = body[:-1]
    return "\n".join(body)


def sentences(text: str) -> list[str]:
    return [s.strip() for line in _lines(text) for s in _SENTENCE_END.split(line) if s.strip()]


def _names(*names: str | None) -> set[str]:
    return {w.lower() for name in names if name for w in _WORD.findall(name)}


def _bare(word: str) -> str:
    word = re.sub(r"['\u2019]s$", "", word.lower())
    return re.sub(r"^(\d+)(?:st|nd|rd|th|s)$", r"\1", word)


def required_details(text: str, brief: Brief) -> list[str]:
    """Each detail the brief asks for is there, by its content words (stems), not verbatim."""
    present = set(content_words(text))
    problems = []
    for mention in brief.mentions:
        wanted = set(content_words(mention))
        missing = wanted - present
        # A third may be said otherwise ("the boat" for "the sailing boat").
        if not wanted or len(missing) * 3 > len(wanted):
            problems.append(f"does not mention {mention!r}")
    return problems


def first_person(text: str, brief: Brief) -> list[str]:
    """The client speaks as I, never of themself by name."""
    body = _body(text)
    problems = []
    if not _FIRST_PERSON.search(body):
        problems.append("the body is not in the first person (no I, my, we)")
    own = _names(brief.client.name, brief.client.nickname) - _names(
        brief.recipient.name, brief.recipient.nickname
    )
    said = {w.lower() for w in _WORD.findall(body)}
    for name in sorted(own & said):
        problems.append(f"the body speaks of the client ({name.title()}) in the third person")
    return problems


def addressed(text: str, brief: Brief) -> list[str]:
    """The first line greets the recipient by name or nickname."""
    lines = _lines(text)
    first = lines[0] if lines else ""
    names = _names(brief.recipient.name, brief.recipient.nickname)
    if not _GREETING.match(first) or not names & _names(first):
        return [f"does not open by greeting {brief.recipient.name} ({first!r})"]
    return []


def signed(text: str, brief: Brief) -> list[str]:
    """The last line is the client's name or nickname, and no one else's."""
    lines = _lines(text)
    last = lines[-1] if lines else ""
    words = _names(last)
    own = _names(brief.client.name, brief.client.nickname)
    if not words & own or words - own - _SIGNATURE_EXTRAS:
        return [f"is not signed {brief.client.nickname or brief.client.name} ({last!r})"]
    return []


def no_placeholders(text: str, brief: Brief) -> list[str]:
    """No [Your Name], <...>, {...}, XXX: nothing left for someone to fill in."""
    return [f"has a placeholder or bracket: {m.group()!r}" for m in _PLACEHOLDER.finditer(text)]


def _known_sources(brief: Brief) -> list[str]:
    """Everything a letter may draw its claims from: the brief, the dossier, earlier letters."""
    sources = [brief.occasion, *brief.mentions, *(entry.text for entry in brief.dossier)]
    sources += [brief.client.name, brief.client.nickname or ""]
    sources += [brief.recipient.name, brief.recipient.nickname or ""]
    return sources + [letter.text for letter in brief.earlier]


def no_invented_claims(text: str, brief: Brief) -> list[str]:
    """Every name, place, number, date, relative and quotation comes from what os1 was told."""
    sources = _known_sources(brief)
    known = {_bare(w) for source in sources for w in _WORD.findall(source)}
    known_numbers = {value for source in sources for _, value in claims.numbers(source)}
    known_stems = {stem for source in sources for stem in content_words(source)}
    found: list[str] = []
    for sentence in sentences(text):
        found += [w for w, value in claims.numbers(sentence) if value not in known_numbers]
        found += [s for s in content_words(sentence) if s in claims.KIN and s not in known_stems]
        for index, match in enumerate(_WORD.finditer(sentence)):
            word, first = match.group(), index == 0
            bare = _bare(word)
            if bare in known or bare in _NOT_CLAIMS or any(c.isdigit() for c in word):
                continue
            if claims.is_date(word, first) or claims.names_someone(word, first):
                found.append(word)
    problems = [
        f"says {word!r}, which is in neither the dossier nor the brief"
        for word in dict.fromkeys(found)
    ]
    problems += [
        f"quotes {quote!r}, which no note, brief or earlier letter says"
        for quote in claims.quotations(text)
        if not claims.quoted_in(quote, sources)
    ]
    return problems


def consistent_with_earlier(text: str, brief: Brief) -> list[str]:
    """Nothing the client's earlier letters to this recipient said is said otherwise."""
    lines = _lines(text)
    said = sentences(_body(text))
    problems: list[str] = []
    for letter in brief.earlier:
        problems += contradicted_numbers(said, letter)
        problems += changed_names(lines[0] if lines else "", said, brief.recipient, letter)
    return list(dict.fromkeys(problems))


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def within_length(text: str, brief: Brief) -> list[str]:
    least, most = brief.words
    count = word_count(text)
    if not least <= count <= most:
        return [f"has {count} words, not {least}-{most}"]
    return []


def no_repeats(text: str, brief: Brief) -> list[str]:
    seen: set[str] = set()
    problems = []
    for sentence in sentences(_body(text)):
        key = " ".join(_WORD.findall(sentence.lower()))
        if key in seen:
            problems.append(f"repeats the sentence {sentence!r}")
        seen.add(key)
    return problems


CHECKS: dict[str, Check] = {
    "required_details": required_details,
    "first_person": first_person,
    "addressed": addressed,
    "signed": signed,
    "no_placeholders": no_placeholders,
    "no_invented_claims": no_invented_claims,
    "consistent_with_earlier": consistent_with_earlier,
    "within_length": within_length,
    "no_repeats": no_repeats,
}


def check_letter(text: str, brief: Brief) -> dict[str, list[str]]:
    """The problems each check finds, by check name; only checks that found some."""
    found = {name: check(text, brief) for name, check in CHECKS.items()}
    return {name: problems for name, problems in found.items() if problems}


def said_again(sentence: str, said: set[str]) -> bool:
    """Whether every word that matters in `sentence` was in one already said (`said`): "Now,
    I'll tell you about how proud I am." after "Now, I'm going to tell you about how proud I
    am." (a letter to a daughter)."""
    mine = _words_that_matter(sentence)
    return len(mine) >= 2 and any(mine <= _words_that_matter(key) for key in said)


def _words_that_matter(sentence: str) -> set[str]:
    return {w for w in content_words(sentence) if "'" not in w}
