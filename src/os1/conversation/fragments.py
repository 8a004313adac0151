"""A reply that opens with a fragment of their words: no verb, nothing said.

The embedded model often answers a statement with a piece of it: "The island of the sea."
(to "Harry and I sailed round the island today."), "Ben and I, champagne." (to "Ben and I
drank cheap champagne in the office."), "Lucy's recital." (to "Dana's new boyfriend was at
Lucy's recital."). A person hears an echo, not an answer. What a friend says
without a verb is a feeling or a formula ("What lovely news.", "Oh no.", "Goodnight, Sam."),
which open with the words below, or an exclamation ("A whole year!").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from os1.memory.words import content_words
from os1.text.clauses import verb_after
from os1.text.numbers import CARDINAL, ROUND

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# Verbless, and still an answer: an exclamation, a feeling, a greeting, a yes or a no.
_FORMULA = re.compile(
    r"^\W*(?:what|how|oh|ah|aw+|wow|whoa|ooh|congrat\w*|well done|good|great|lovely|brilliant"
    r"|amazing|wonderful|of course|sure|yes|yeah|no|nope|thank\w*|hello|hi|hey|good ?night|night"
    r"|bye|sorry|me too|same|ha\w*|okay|ok|right|fair|true|always|never|absolutely|definitely"
    r"|exactly|indeed|maybe|perhaps|not|so|such|poor|bless|hugs?|welcome|cheers|happy|ouch"
    r"|please|gosh|goodness|wait|hmm+|mm+|uh|um|yay|hooray|huh|really|honestly|too|me (?:neither"
    r"|either)|neither|nor)\b",
    re.IGNORECASE,
)
_QUANTITY = re.compile(rf"^\W*(?:{CARDINAL}|{ROUND})\b", re.IGNORECASE)
_CALLED = re.compile(r"^\W*(?-i:[A-Z][a-z]+),\s+")
# Words that make a clause without being read as verbs.
_VERBAL = frozenset({
    "i'm", "you're", "it's", "that's", "he's", "she's", "we're", "they're", "there's", "i've",
    "you've", "i'd", "you'd", "i'll", "you'll", "let's", "can't", "won't", "don't", "isn't",
})  # fmt: skip


def is_fragment(sentence: str, their_words: Iterable[str]) -> bool:
    """Whether `sentence` is a piece of `their_words` (what the person said) without a verb
    that is no exclamation, greeting or formula ("The island of the sea.")."""
    called = _CALLED.sub("", sentence)  # "Theodore, hello there."
    words = _WORD.findall(sentence)
    # Exclaimed, a piece of their news is a feeling: "A whole year!", "Tulips!"; and a number
    # said back is weight given it: "Forty years." (a wife of forty years, died that morning).
    if not words or sentence.rstrip().endswith("!") or _QUANTITY.match(called):
        return False
    if _FORMULA.match(sentence) or _FORMULA.match(called):
        return False
    their_words = tuple(their_words)
    if any(said.rstrip().endswith("?") for said in their_words):
        return False  # an answer needs no verb: "A short one." to "Short?"
    theirs = {word for said in their_words for word in content_words(said)}
    lowered = [w.lower() for w in words]
    verbs = (
        w in _VERBAL or verb_after(b, w) for b, w in zip(["", *lowered], lowered, strict=False)
    )
    return not any(verbs) and bool(theirs & set(content_words(called)))
