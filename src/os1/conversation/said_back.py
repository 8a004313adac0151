"""The person's words said back: a fact in their own voice again ("I live in Lisbon"), and
their sentence as the OS says it to them ("you live in Lisbon")."""

from __future__ import annotations

import re

_FIRST = {"is": "am", "was": "was", "has": "have", "does": "do"}


def first_person(fact: str, person: str) -> str:
    """A fact ("Theo's sister Ruth lives in Lisbon") in the person's own voice again."""
    for name in dict.fromkeys([person, person.split()[0], "The person", "the person"]):
        who = re.escape(name)
        fact = re.sub(rf"\b{who}'s\b", "my", fact)
        fact = re.sub(rf"\b{who} (is|was|has|does)\b", lambda m: "I " + _FIRST[m[1]], fact)
        fact = re.sub(rf"\b{who} ([a-z]+s)\b", lambda m: "I " + _base_verb(m[1]), fact)
        fact = re.sub(rf"^{who}\b", "I", fact)
        fact = re.sub(rf"\b{who}\b", "me", fact)
    return fact


def _base_verb(verb: str) -> str:
    """ "lives" → "live", "teaches" → "teach", "studies" → "study"."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb if verb.endswith("ss") else verb[:-1]


_SWAPS = {
    "i am": "you are", "i was": "you were", "i'm": "you're", "i've": "you've", "i'll": "you'll",
    "i'd": "you'd", "i": "you", "me": "you", "my": "your", "mine": "yours",
    "myself": "yourself", "we're": "you're", "we've": "you've", "we'll": "you'll",
    "we'd": "you'd", "we": "you", "us": "you", "our": "your", "ours": "yours",
    "ourselves": "yourselves", "you are": "I am", "you were": "I was", "you're": "I'm",
    "you've": "I've", "you'll": "I'll", "you'd": "I'd", "your": "my", "yours": "mine",
    "yourself": "myself", "i wasn't": "you weren't", "you weren't": "I wasn't",
}  # fmt: skip
_PERSONAL = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, [*_SWAPS, "you"]), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# "you" here is the one doing something ("I"), elsewhere the one done to ("me").
_SUBJECT_PLACE = re.compile(r"(?:^|[,;:]|\b(?:and|but|that|because|if|when|so|as))\s*$", re.I)


def to_you(text: str) -> str:
    """The person's words as the OS says them back: "I" and "my" are "you" and "your",
    and the "you" they said to the OS is "I" or "me"."""

    def swap(match: re.Match[str]) -> str:
        said = match.group()
        if said == "US":  # the country
            return said
        if said.lower() == "you":
            return "I" if _SUBJECT_PLACE.search(text[: match.start()]) else "me"
        return _SWAPS[said.lower()]

    def swap_in_place(match: re.Match[str]) -> str:
        said = swap(match)
        # A sentence's first word keeps its capital: "…a lemon cake. You couldn't eat it."
        opens = re.search(r"(?:^|[.!?]\s+)$", text[: match.start()]) and match.start() > 0
        return said[0].upper() + said[1:] if opens else said

    return _AGREED.sub(_agree, _PERSONAL.sub(swap_in_place, text))


# "I" with a word between it and its verb: "I'm happy for her, I really am." was said back
# "…you really am." in the portrait.
_AGREED = re.compile(
    r"\b([Yy]ou(?: (?:\w+ly|just|still|never|always|also|even|sometimes|so))+) (am|was|wasn'?t)\b"
)
_AGREEING = {"am": "are", "was": "were", "wasn't": "weren't", "wasnt": "weren't"}


def _agree(match: re.Match[str]) -> str:
    return f"{match[1]} {_AGREEING[match[2]]}"
