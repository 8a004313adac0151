"""A sentence they said, made whole to be said back as an answer.

Said in a run of messages, a sentence leans on the one before: "Then she told me she's
pregnant!", "Caught a massive pike today.", "Took me three hours to land it.". Said back
alone ("You told me then she told you…", "you took you three hours") it reads wrong: its
"Then" goes, its "she" is the one asked of, and its missing subject is put back.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lemminflect import getAllLemmas

from os1.conversation.life_records import Said
from os1.memory.relations import KIN_AS_NAMES

_CONNECTIVE = re.compile(r"^\W*(?:and then|then|and so|so|and|but|anyway),?\s+", re.IGNORECASE)
LEADING_PRONOUN = re.compile(r"^(?:she|he)\b", re.IGNORECASE)
# The capitalised word a sentence opens with: a verb without its "I" ("Caught a massive pike
# today."), or a name ("Max clung to my leg and cried.").
OPENING_WORD = re.compile(r"^\W*(?P<word>[A-Z][a-z]+)\b")


def made_whole(said: Said, named: list[str] | None = None) -> Said:
    """`said` as a sentence of its own; `named`: the one asked of, for its opening "she"."""
    return _with_subject(_plainly(said, named or []))


def _plainly(said: Said, named: list[str]) -> Said:
    """The sentence without the "Then" that tied it to the one before, and with the one
    asked of for its "she": "What did Grace tell me?" is answered "Grace told you she's
    pregnant", not "then she told you…"."""
    text = _CONNECTIVE.sub("", said.text)
    pronoun = LEADING_PRONOUN.match(text)
    if pronoun is not None and len(named) == 1:
        text = named[0] + text[pronoun.end() :]
    return replace(said, text=text[:1].upper() + text[1:]) if text != said.text else said


def _with_subject(said: Said) -> Said:
    """ "Caught a massive pike today." said with its "I", so it reads back as "you caught";
    "Mom called screaming." with its "my"."""
    opening = OPENING_WORD.match(said.text)
    if opening is None:
        return said
    word, rest = opening["word"], said.text[opening.end() :]
    if word in KIN_AS_NAMES:  # "Mom called screaming." is "your mom" to the OS
        return replace(said, text=f"My {word.lower()}{rest}")
    lemmas = getAllLemmas(word.lower())
    # A verb changed from its lemma, and no noun: "Caught", not "Duchess" nor "Walk".
    if word.lower() not in lemmas.get("VERB", (word.lower(),)) and "NOUN" not in lemmas:
        # "Took me three hours to land it." is what it took: "it took you three hours".
        subject = "It" if re.match(r"\s+me\b", rest) else "I"
        return replace(said, text=f"{subject} {word.lower()}{rest}")
    return said
