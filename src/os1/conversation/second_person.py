"""Words about the person, turned to be said to them: "They live in Leeds", "Walter loves
Joan's roses" → "you live in Leeds", "you love Joan's roses".

Facts name the person in the third person (memory/candidates.py); said back to them as they
are, "I remember that Walter made her lemon cake" speaks of them as someone else.
"""

from __future__ import annotations

import re

_FOR_YOU = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't"}
_NOT_VERBS = frozenset({"always", "sometimes", "usually", "often", "also", "just", "still"})


def _you(verb: str | None) -> str:
    """ "you" and the verb after the person's name, agreeing: "has" → "have", "loves" →
    "love", "misses" → "miss"; a word that is no verb of theirs is left as it was."""
    if verb is None or verb in _NOT_VERBS:
        return "you" if verb is None else f"you {verb}"
    if verb in _FOR_YOU:
        return f"you {_FOR_YOU[verb]}"
    if re.search(r"(?:ss|sh|ch|x|z|o)es$", verb):
        return f"you {verb[:-2]}"
    if verb.endswith("ies") and len(verb) > 4:
        return f"you {verb[:-3]}y"
    if verb.endswith("s") and not verb.endswith(("ss", "us", "is")):
        return f"you {verb[:-1]}"
    return f"you {verb}"


def second_person(fact: str, person: str | None = None) -> str:
    """`fact` as the OS says it to them; `person`: the name it calls them by, if any."""
    if person:
        name = re.escape(person)
        fact = re.sub(rf"\b{name}(?:'s|\u2019s)\b", "your", fact)
        # As the subject (opening the fact or a clause) the verb after it agrees with "you".
        subject = r"(?:^|(?<=, )|(?<=\band )|(?<=\bbut )|(?<=\bso )|(?<=\bthat ))"
        fact = re.sub(rf"{subject}{name}\b(?: ([\w']+))?", lambda m: _you(m[1]), fact)
        fact = re.sub(rf"\b{name}\b", "you", fact)
    swaps = {"they": "you", "their": "your", "them": "you", "theirs": "yours", "they're": "you're"}
    words = fact.split(" ")
    turned = [swaps.get(w.lower(), w) for w in words]
    sentence = " ".join(turned)
    return (
        sentence[:1].lower() + sentence[1:] if turned and turned[0] in swaps.values() else sentence
    )
