"""Dossier notes as said to the recipient: "the night he fell" → "the night you fell"; and
a sentence that speaks of the recipient as someone else, not to them.

Entries are written about the couple from outside; a letter speaks from the
client (I) to the recipient (you). The small model follows a note already
in that voice far better than it turns one around itself.
"""

from __future__ import annotations

import re

from os1.letters.studio import Client, Recipient

_AGREEMENT = [
    (r"\byou was\b", "you were"),
    (r"\byou is\b", "you are"),
    (r"\byou has\b", "you have"),
    (r"\byou does\b", "you do"),
    (r"\bI is\b", "I am"),
    (r"\bI has\b", "I have"),
    (r"\bI does\b", "I do"),
    (r"\bI calls\b", "I call"),
]
# A present-tense verb after the new subject loses its -s ("you loves" → "you love").
_THIRD_PERSON_VERB = re.compile(
    r"\b((?:you|I|we)(?: (?:never|always|still|often|really|sometimes|just|also))?)"
    r" (\w+?)(ies|ches|shes|sses|xes|s)\b"
)
_NOT_VERBS = {"alway", "perhap", "ha", "wa", "i", "thi", "ye"}


def _names(*names: str | None) -> str:
    words = sorted({n for n in names if n}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def _drop_s(match: re.Match[str]) -> str:
    subject, stem, ending = match.groups()
    if stem.lower() in _NOT_VERBS or len(stem) < 2 or match.group().endswith("ss"):
        return match.group()
    replacement = {"ies": "y", "ches": "ch", "shes": "sh", "sses": "ss", "xes": "x", "s": ""}
    return f"{subject} {stem}{replacement[ending]}"


def to_recipient(text: str, client: Client, recipient: Recipient) -> str:
    """`text` as the client would say it to the recipient."""
    # The nickname stays: "she calls him Bear" keeps its Bear.
    them = _names(recipient.name, recipient.name.split()[0])
    me = _names(client.name, client.nickname, client.name.split()[0])
    text = re.sub(rf"\b(?:{them})['\u2019]s\b", "your", text)
    text = re.sub(rf"\b(?:{them})\b", "you", text)
    text = re.sub(rf"^(?:{me})['\u2019]s\b", "My", text)
    text = re.sub(rf"\b(?:{me})['\u2019]s\b", "my", text)
    text = re.sub(rf"^(?:{me})\b", "I", text)
    text = re.sub(rf"(?<=\band )(?:{me})\b", "I", text)
    text = re.sub(rf"\b(?:{me})\b", "me", text)
    text = _pronouns(text)
    text = re.sub(r"^(?:I and you|you and I|you and me|me and you)\b", "we", text, flags=re.I)
    for wrong, right in _AGREEMENT:
        text = re.sub(wrong, right, text)
    return _THIRD_PERSON_VERB.sub(_drop_s, text)


_HE = re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)
# "her" as the one told, not whose: "tell her how proud I am" was "tell your how proud I am".
_OBJECT_HER = (
    r"(?=\s+(?:a|an|the|to|and|in|at|on|for|with|when|so|up|how|what|that|why|where|if|about"
    r"|everything|something|anything|again|back|too|more|i|we|it|this|these|those)\b|[.,;!?]|$)"
)


def _pronouns(text: str) -> str:
    """he/she and their forms become you; with both in one note, the first named is the client."""
    he, she = _HE.search(text), _SHE.search(text)
    client_is_he = he is not None and she is not None and he.start() < she.start()
    client_is_she = he is not None and she is not None and not client_is_he
    if not client_is_he:
        text = re.sub(r"\b(?:he)\b", "you", text)
        text = re.sub(r"\bHe\b", "You", text)
        text = re.sub(r"\bhim\b", "you", text)
        text = re.sub(r"\bhis\b", "your", text)
    else:
        text = re.sub(r"\b(?:he|He)\b", "I", text)
        text = re.sub(r"\bhim\b", "me", text)
        text = re.sub(r"\bhis\b", "my", text)
    if not client_is_she:
        text = re.sub(r"\b(?:she)\b", "you", text)
        text = re.sub(r"\bShe\b", "You", text)
        text = re.sub(r"\bher" + _OBJECT_HER, "you", text)
        text = re.sub(r"\bher\b", "your", text)
    else:
        text = re.sub(r"\b(?:she|She)\b", "I", text)
        text = re.sub(r"\bher" + _OBJECT_HER, "me", text)
        text = re.sub(r"\bher\b", "my", text)
    return text


def speaks_of_them(sentence: str, *names: str | None) -> bool:
    """Whether `sentence` names the one the letter is to as someone else, not to them: "I'm
    so excited to tell you about my journey with Clara." (a letter to Clara); "Clara, you
    are…" and "…than I can say, Clara." speak to her."""
    for name in {w for n in names if n for w in re.findall(r"[A-Z][a-z']+", n)}:
        for found in re.finditer(rf"\b{re.escape(name)}\b", sentence):
            before, after = sentence[: found.start()].rstrip(), sentence[found.end() :]
            if not (before == "" and after.startswith(",")) and not before.endswith(","):
                return True
    return False
