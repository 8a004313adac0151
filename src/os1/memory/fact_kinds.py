"""What kind of thing a fact is (types.FACT_KINDS), read from its sentence.

A rule over the fact's grammar, in the person's own voice again ("Theo's sister
Amy" read as "my sister Amy"), and the people words of relations.py, first
match wins:

- plan: it is dated ahead of when it was said ("on Saturday we're having dinner",
  said on a Thursday), or it looks ahead by a word for the future ("will", "going
  to", "hoping to", "next"), not by a present progressive alone ("I'm doing
  kickboxing");
- event: it is dated, and it happened (a past verb);
- relation: it names someone with who they are to the person ("my sister Amy",
  "Paul is my best friend");
- work: the person's job, work, colleagues, or what they do for a living;
- place: where the person lives, moved to, grew up or comes from;
- feeling: how the person feels ("I feel", "I'm so sad");
- preference: what they love, like, enjoy, hate or prefer;
- event, again: something the person did, undated ("I ran a charity race"), dated
  when it was said;
- person: something about someone else in their life ("Amy is a nurse");
- other: the rest.
"""

from __future__ import annotations

import re
from datetime import datetime

from os1.memory.relations import MENTION, SURFACE
from os1.memory.subjects import named
from os1.memory.time_phrases import Span, looks_ahead
from os1.memory.types import FactKind

_WORK = re.compile(
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:work|worked|working|works)\b|\bfor\s+a\s+living\b|"
    r"\bmy\s+(?:\w+\s+)?(?:job|work|career|boss|manager|office|company|colleagues?|"
    r"co-?workers?|shift|clients?|business|profession)\b|"
    r"\bI\s+(?:\w+\s+)?(?:got\s+(?:a\s+)?job|got\s+hired|was\s+hired|got\s+promoted|was\s+"
    r"promoted|got\s+fired|was\s+fired|was\s+laid\s+off|retired|quit\s+my)\b|"
    r"\bI(?:'m|\s+am|\s+was)\s+(?:a|an)\s+(?:\w+\s+)?\w+(?:er|or|ist|ian|ant|ent|nurse|chef)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:live|lives|lived|living|moved|move|moves|moving|grew\s+up|was\s+born|"
    r"were\s+born|come|comes|came|am\s+from|'m\s+from|are\s+from|'re\s+from)\b"
    r"(?:\s+\w+)?\s+(?:in|to|near|at|from|back)\b|\bmy\s+(?:home\s*town|home|house|flat|"
    r"apartment|neighbou?rhood|city|town|village|country)\b|"
    r"\b(?:I|we)\s+(?:am|'m|are|'re|was|were)\s+(?:originally\s+)?from\b",
    re.IGNORECASE,
)
_FEELINGS = (
    "sad happy angry anxious worried scared lonely excited nervous upset stressed depressed "
    "glad proud tired exhausted heartbroken devastated relieved hurt afraid frustrated "
    "overwhelmed grateful thankful miserable furious hopeful jealous ashamed guilty "
    "embarrassed disappointed content calm down low numb lost thrilled swamped passionate "
    "inspired motivated blessed lucky bored confident determined eager ecstatic homesick "
    "insecure optimistic overjoyed pleased stuck terrified touched"
)
_FEELING = re.compile(
    r"\bI\s+(?:\w+\s+)?(?:feel|feels|felt|feeling)\b|\bmad[ea]s?\s+I\s+feel\b|"
    r"\bI(?:'m|\s+am|\s+was|'ve\s+been|\s+have\s+been)\s+(?:so\s+|really\s+|very\s+|quite\s+|"
    rf"pretty\s+|a\s+bit\s+|a\s+little\s+|kind\s+of\s+|kinda\s+)?(?:{'|'.join(_FEELINGS.split())})\b",
    re.IGNORECASE,
)
_PREFERENCE = re.compile(
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:love|loves|loved|like|likes|liked|enjoy|enjoys|enjoyed|hate|"
    r"hates|hated|prefer|prefers|adore|dislike|can't\s+stand|am\s+into|'m\s+into|am\s+a\s+fan|"
    r"'m\s+a\s+fan)\b|\bmy\s+favou?rite\b",
    re.IGNORECASE,
)
_HAS_KIN = re.compile(
    rf"\b(?:I|we)\s+(?:have|had|'ve\s+got)\s+(?:a|an|one|two|three|four|five|\d+)\s+"
    rf"(?:\w+\s+)?(?:{SURFACE})s?\b",
    re.IGNORECASE,
)
# What says a plan without a date: not a present progressive alone ("I'm doing
# kickboxing" is now), but "will", "going to", "hoping to", "off to", "next".
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|going\s+to|gonna|plan(?:s|ning)?|hop(?:e|es|ing)\s+to|intend|"
    r"about\s+to|off\s+to|can't\s+wait|looking\s+forward|next|tomorrow|upcoming|"
    r"thinking\s+(?:of|about)\s+\w+ing)\b",
    re.IGNORECASE,
)
# The person did something: "I rehearsed with…", "I just talked to…", "I ran a race".
_DID = re.compile(
    r"^(?:\w+\s+){0,3}?I\s+(?:(?:just|finally|recently|already|even|also)\s+)?"
    r"(?!(?:was|were|had|did|used|felt)\b)(?:\w+ed|went|got|met|saw|made|took|came|gave|left|"
    r"bought|found|lost|sent|ran|won|wrote|drove|flew|began|became|built|sold|paid|"
    r"has\s+been\s+to|have\s+been\s+to)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|did|had|went|got|met|saw|sent|made|took|came|gave|left|bought|found|lost|"
    r"told|said|signed|\w+ed)\b",
    re.IGNORECASE,
)

_RULES: tuple[tuple[FactKind, re.Pattern[str]], ...] = (
    ("work", _WORK),
    ("place", _PLACE),
    ("feeling", _FEELING),
    ("preference", _PREFERENCE),
)


def own_voice(fact: str, person: str) -> str:
    """The fact with the person as "I" and "my" again, as the rules read it."""
    for name in dict.fromkeys([person, person.split()[0]] if person.strip() else []):
        who = re.escape(name)
        fact = re.sub(rf"\b{who}'s\b", "my", fact)
        fact = re.sub(rf"\b{who} is\b", "I am", fact)
        fact = re.sub(rf"\b{who} has\b", "I have", fact)
        fact = re.sub(rf"\b{who}\b", "I", fact)
    return fact


def kind_of(
    fact: str, person: str, said_at: datetime, spans: list[Span], about: str | None = None
) -> FactKind:
    """The kind of `fact` (see the module's docstring); `spans` are the times it names,
    resolved against `said_at`, and `about` whom it is about."""
    mine = own_voice(fact, person)
    if any(span.start > said_at for span in spans) or (looks_ahead(mine) and _FUTURE.search(mine)):
        return "plan"
    if spans and _PAST.search(mine):
        return "event"
    if named(mine):
        return "relation"
    for kind, rule in _RULES:
        if rule.search(mine):
            return kind
    if MENTION.search(mine) or _HAS_KIN.search(mine):
        return "relation"  # "my kids are grown", "I have two daughters"
    if _DID.search(mine):
        return "event"  # a happening of theirs, dated when it was said
    if about and about != person:
        return "person"
    return "other"
