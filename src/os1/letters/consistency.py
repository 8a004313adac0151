"""Whether a letter agrees with the client's earlier letters to the same person.

Two kinds of contradiction can be checked by reading: a number said
differently about the same thing ("we met in Naples in 1974", now "in
1976"), and a pet name changed ("I call you Bear", now "I call you Teddy";
"Dear Bear" before, "Dear Teddy" now). Counts that grow with the years
("our 49th anniversary", "50 years") are left alone: only sentences that
share two words about the event itself are compared.
"""

from __future__ import annotations

import re

from os1.letters.claims import numbers, words_of
from os1.letters.studio import Letter, Recipient
from os1.memory.words import content_words

# Words about time itself, and what every letter says: two sentences that share only
# these are not about the same event.
_GENERIC = frozenset(
    content_words(
        "year years anniversary birthday letter time times day days month week old age "
        "happy love loved dear heart wish hope miss think thank remember together life always "
        "still ever since first last"
    )
)
_GREETING_WORDS = frozenset(
    ["dear", "dearest", "my", "darling", "hi", "hello", "to", "love", "sweetheart", "sweet"]
)
_CALLED = re.compile(
    r"\b(?:I|we) (?:still |always |used to |have always )?call(?:ed)? you (?P<name>[A-Z][\w']+)"
    r"|\byour (?:nickname|pet name)(?:,| is| was| has been)? (?P<also>[A-Z][\w']+)"
)


def _context(sentence: str) -> set[str]:
    """What a sentence is about once its numbers are taken out."""
    sentence = re.sub(r"\d+(?:st|nd|rd|th|s)?\b", " ", sentence)
    for written, _ in numbers(sentence):
        sentence = sentence.replace(written, " ")
    return set(content_words(sentence)) - _GENERIC


def _numbers_said(sentences: list[str]) -> list[tuple[str, set[int], set[str]]]:
    said = []
    for sentence in sentences:
        found = numbers(sentence)
        if found:
            said.append((sentence, {value for _, value in found}, _context(sentence)))
    return said


def contradicted_numbers(sentences: list[str], earlier: Letter) -> list[str]:
    """Numbers in `sentences` that an earlier letter gave otherwise about the same thing."""
    before = _numbers_said(list(earlier.parts.paragraphs))
    problems = []
    for sentence, values, context in _numbers_said(sentences):
        for old_sentence, old_values, old_context in before:
            shared = context & old_context
            if len(shared) >= 2 and not values & old_values:
                new = ", ".join(text for text, _ in numbers(sentence))
                old = ", ".join(text for text, _ in numbers(old_sentence))
                problems.append(
                    f"says {new} where letter {earlier.id} said {old} ({old_sentence!r})"
                )
    return problems


def _called(text: str) -> set[str]:
    return {m.group("name") or m.group("also") for m in _CALLED.finditer(text)}


def _greeted(salutation: str, recipient: Recipient) -> set[str]:
    """The pet names a salutation greets with: not the recipient's own name, not "Dear"."""
    own = set(words_of(recipient.name))
    return {w for w in words_of(salutation) if w not in own and w not in _GREETING_WORDS}


def changed_names(
    salutation: str, sentences: list[str], recipient: Recipient, earlier: Letter
) -> list[str]:
    """A pet name for the recipient that differs from the one an earlier letter used."""
    problems = []
    before, now = _called(" ".join(earlier.parts.paragraphs)), _called(" ".join(sentences))
    if before and now - before:
        problems.append(
            f"calls {recipient.name} {', '.join(sorted(now - before))} where letter "
            f"{earlier.id} called them {', '.join(sorted(before))}"
        )
    greeted_before = _greeted(earlier.parts.salutation, recipient)
    greeted_now = _greeted(salutation, recipient)
    if greeted_before and greeted_now and not greeted_now & greeted_before:
        problems.append(
            f"greets {recipient.name} as {' '.join(sorted(greeted_now)).title()} where letter "
            f"{earlier.id} greeted them as {' '.join(sorted(greeted_before)).title()}"
        )
    return problems
