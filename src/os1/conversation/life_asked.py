"""Reading a question about the person's own life: what it asks, and of whom.

A small grammar, not the model: a question form ("where", "what", "do you
remember…"), and a subject in the person's life: "my <someone or something>",
"I" with a verb of where they live or what they do, or a name the person has
used for someone. A tag may end it ("…, do you remember?") and remarks follow
it; a message that also asks something else is the brain's, and so are
questions about the OS, advice, and the skills' chores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal, NamedTuple

from os1.conversation.life_records import MODIFIERS, PETS, RELATION, sentences
from os1.memory.words import content_words

Attribute = Literal["name", "place", "work", "birthday", "age", "time", "identity", "about"]
# "topic": something they spoke of that is no one's ("what I said about coriander").
Owner = Literal["self", "relation", "name", "topic"]

_WH = r"(?:what|what's|whats|where|where's|wheres|when|when's|who|who's|whos|whose|which|how|how's)"
# What may open a question about the records, taken off before it is read.
_OPENING = re.compile(
    r"^(?:(?P<filler>so|and|but|hey|ok|okay|well|um|uh|oh|hmm|also|wait|sorry)"
    r"|(?P<yes_no>(?:do|did|can|could|would|will)\s+you\s+(?:still\s+|even\s+)?"
    r"(?:remember|recall|know)(?:\s+of)?|(?:did|have|had)\s+i\s+(?:ever\s+|already\s+)?"
    r"(?:tell|told|mention(?:ed)?|say|said)(?:\s+to)?(?:\s+you)?)"
    r"|(?P<ask>(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:remind|tell)\s+me)"
    r"|(?P<recall>(?:what|that)\s+(?:did\s+|have\s+|had\s+)?i\s+(?:ever\s+)?"
    r"(?:tell|told|say|said|mention(?:ed)?)(?:\s+to)?(?:\s+you)?"
    r"|what\s+(?:do|did)\s+you\s+(?:remember|recall|know)(?=\s+about\b)))\b[\s,:]*",
    re.IGNORECASE,
)
# Said after the question, asking nothing more: "…, do you remember?", "I told you last time".
_TAG_WORDS = (
    # "Who is my husband again? Do you know?" (moving abroad with him; "Oh no, I'm so sorry.").
    r"(?:(?:do|can|did|would)\s+you\s+(?:still\s+)?(?:remember|recall|know)|(?:you\s+)?remember|"
    r"recall|right|again|if\s+you\s+(?:remember|recall)|(?:like|as)\s+I\s+(?:told|said\s+to)\s+you|"
    r"I\s+(?:told|mentioned\s+it\s+to)\s+you(?:\s+(?:before|earlier|already|last\s+time|"
    r"yesterday|the\s+other\s+day))?)"
)
# An opening that asks what they told, not what the OS knows ("what do you know about…").
_MEMORY_ASKED = re.compile(r"\b(?:remember|recall|tell|told|say|said|mention(?:ed)?)\b", re.I)
_TAG_END = re.compile(rf"(?:,\s*|\s+){_TAG_WORDS}$", re.IGNORECASE)
_TAG_ALONE = re.compile(rf"(?:(?:and|so|or)\s+)?{_TAG_WORDS}[?.!\s]*", re.IGNORECASE)
_ASKS = re.compile(rf"^{_WH}\b", re.IGNORECASE)
_ASKS_UNMARKED = re.compile(
    rf"^(?:{_WH}\s+(?:is|are|was|were|does|do|did|has|had)\b|(?:what|where|who|when|how)'?s\b)",
    re.IGNORECASE,
)
# Advice, opinions and how-tos are the brain's; so is anything about the OS itself.
_NOT_RECORDS = re.compile(
    r"\b(?:should|could|can|would|might|shall|must|ought)\s+i\b|\bhow\s+(?:do|does|can|would)\b|"
    r"\bhow to\b|\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b"
    # A worry supposed, not a record asked: "What if I freeze when they ask about my weaknesses?"
    r"|^what if\b",
    re.IGNORECASE,
)
# The skills' chores, and anything about the person's schedule.
_CHORES = frozenset({
    "calendar", "schedule", "agenda", "diary", "meeting", "meetings", "appointment",
    "appointments", "event", "events", "reminder", "reminders", "note", "notes", "list",
    "lists", "todo", "to-do", "task", "tasks", "mail", "mails", "email", "emails", "e-mail",
    "inbox", "message", "messages", "text", "texts", "contact", "contacts", "number",
    "numbers", "phone", "address", "alarm", "alarms", "timer", "timers", "letter",
    "letters", "draft", "drafts", "deadline", "deadlines", "flight", "flights", "booking",
    "bookings", "reservation", "reservations", "call", "calls", "plans", "today",
    "tomorrow", "tonight", "weekend", "next", "password", "passwords", "files", "documents"
})  # fmt: skip
# "What's happening with Nadia?" asks of Nadia as "How is Nadia?" does.
_SUBJECT_AFTER = frozenset({"is", "was", "does", "did", "has", "had", "about", "with"})
# Days a question about someone may name without asking the calendar: "What's happening
# with Nadia next week?"
_WHEN_OF_SOMEONE = frozenset({"next", "today", "tomorrow", "tonight", "weekend"})
# "where do I live?", or "what I do for a living" after "do you remember".
_SELF_ASKED = re.compile(
    rf"\b(?:do|did|am|are|was|were|have|had)\s+(?:i|we)\b|^{_WH}(?:\s+old)?\s+(?:i|we)\b",
    re.IGNORECASE,
)
# Where they live, asked by their home or a move: "where are we buying a house?"
_HOME_ASKED = re.compile(
    r"\b(?:live|lives|living|from|move|moved|moving|based|grow up|grew up|relocat\w+)\b|"
    r"^where\b.*\b(?:house|home|flat|apartment|cottage)\b"
)
_VERB_AFTER = frozenset({
    "is", "was", "does", "did", "do", "lives", "lived", "works", "worked", "grew", "teaches",
    "studies", "moved"
})  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
_QUESTION_WORDS = frozenset(
    content_words(
        "what where when who whose which how whats wheres whos hows tell remind remember say "
        "said told like happening going new latest"
    )
)
_NOUNS: dict[str, Attribute] = {
    "name": "name", "names": "name", "birthday": "birthday", "age": "age", "job": "work",
    "work": "work", "career": "work", "occupation": "work", "profession": "work",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Asked:
    attribute: Attribute
    owner: Owner
    relation: str | None = None  # as grouped: "mother", "ex-wife"
    said_as: str | None = None  # as asked: "mom"
    name: str | None = None  # "Ruth"
    thing: str | None = None  # what of the owner's is asked, not a person: "favourite food"
    topic: tuple[str, ...] = ()  # stems an answer to "about" shares
    yes_no: bool = False  # "do you remember…?", "did I tell you…?"
    ahead: bool = False  # "when is…?", not "when was…?"


class Core(NamedTuple):
    """A question as the records read it, its opening and tag taken off."""

    text: str | None  # None: no question the records could answer
    yes_no: bool = False
    told: bool = False  # it asks what they said ("do you remember what I said about…")


def question_core(text: str) -> Core:
    """The question with its opening ("do you remember what I told you") and its tag ("…, do
    you remember?") taken off, whether it asks yes or no, and whether it asks what they told.
    Remarks may follow it ("I told you last time."); another question may not: a message
    that asks something else too is the brain's."""
    found = Core(None)
    for index, sentence in enumerate(sentences(text)):
        # A question without "?" (a voice transcript) only when it opens the message.
        core = _question(sentence) if index == 0 or "?" in sentence else Core(None)
        if core.text is not None and found.text is None:
            found = core
        elif core.text is None and sentence.endswith("?") and not _TAG_ALONE.fullmatch(sentence):
            return Core(None)
    return found


def _question(text: str) -> Core:
    core = " ".join(text.split()).rstrip(" ?.!")
    marked = text.rstrip().endswith("?")
    yes_no = recalls = asks = told = False
    if tag := _TAG_END.search(core):
        core = core[: tag.start()]
        yes_no = recalls = told = bool(re.search(r"\b(?:remember|recall)\b", tag.group(), re.I))
    while (opening := _OPENING.match(core)) and opening.end() > 0:
        yes_no = yes_no or bool(opening["yes_no"])
        recalled = bool(opening["yes_no"] or opening["recall"])
        recalls = recalls or recalled
        told = told or (recalled and bool(_MEMORY_ASKED.search(opening.group())))
        asks = asks or bool(opening["ask"])
        core = core[opening.end() :]
    if not core or _NOT_RECORDS.search(core):
        return Core(None)
    if asks and not recalls and not re.match(rf"{_WH}\b|about\b", core, re.IGNORECASE):
        return Core(None)  # "remind me to call mum", "tell me a joke"
    if recalls or asks or _ASKS_UNMARKED.match(core) or (marked and _ASKS.match(core)):
        return Core(core, yes_no, told)
    return Core(None)


_THE_PET = re.compile(rf"\b[Tt]he (?=(?:{'|'.join(sorted(PETS))})(?:'s|s)?\b)")


def read_question(core: str, yes_no: bool, known: set[str], told: bool = False) -> Asked | None:
    """What `core` asks and about whom; None if it is not about the person's life. `told`:
    it asks what they said, so "about coriander" asks of their words about a thing."""
    # "the dog" in a home is theirs: "What's the dog called?" (a greyhound adopted that day).
    words = [m.group() for m in _WORD.finditer(_THE_PET.sub("my ", core))]
    lower = [w.lower() for w in words]
    chores = _CHORES & {w.removesuffix("'s") for w in lower}
    if any(w.removesuffix("'s") in known for w in words):
        chores -= _WHEN_OF_SOMEONE
    if chores:
        return None
    wh = lower[0] if lower and re.fullmatch(_WH, lower[0]) else ""
    asked = Asked("identity", "self", yes_no=yes_no)
    noun: str | None = None  # what of the owner's is asked: "name", "birthday"
    if "my" in lower:
        at = lower.index("my") + 1
        while at < len(lower) - 1 and lower[at] in MODIFIERS:
            at += 1
        if at == len(lower):
            return None
        head = lower[at].removesuffix("'s")
        # "my dogs name", typed without the apostrophe, is still the dog's name.
        if head not in RELATION and head.endswith("s") and head[:-1] in RELATION:
            head = head[:-1]
            possessive = at + 1 < len(lower)
        else:
            possessive = lower[at].endswith("'s")
        if head in RELATION:
            asked = replace(asked, owner="relation", relation=RELATION[head], said_as=head)
            after = lower[at + 1 :]
            while possessive and after and after[0] in MODIFIERS and len(after) > 1:
                after = after[1:]
            if possessive and after:
                noun = after[0]
                start = lower.index(after[0], at + 1)
                thing = " ".join(lower[at + 1 : start + 1])
                asked = replace(asked, thing=thing)
        elif content_words(head) or head in _NOUNS:
            noun = head
            asked = replace(asked, thing=" ".join(lower[lower.index("my") + 1 : at + 1]))
        else:
            return None
    else:
        for index, word in enumerate(words):
            bare = word.removesuffix("'s")
            name = bare if bare in known else bare.title() if core.islower() else None
            before = lower[index - 1] if index else ""
            after = lower[index + 1] if index + 1 < len(lower) else ""
            # "what Ruth does", as "do you remember what Ruth does for work?" asks it.
            embedded = bool(re.fullmatch(_WH, before)) and after in _VERB_AFTER
            subject = before in _SUBJECT_AFTER or before.endswith("'s") or word != bare or embedded
            if name in known and subject:
                asked = replace(asked, owner="name", name=name)
                if word != bare and index + 1 < len(lower):
                    # "Tom's new job" asks of his job, not of "new".
                    at = index + 1
                    while at < len(lower) - 1 and lower[at] in MODIFIERS:
                        at += 1
                    noun = lower[at]
                    asked = replace(asked, thing=noun)
                break
        else:
            topic = [w for w in content_words(core) if w not in _QUESTION_WORDS]
            if told and lower[:1] == ["about"] and topic:
                thing = " ".join(words[1:])
                return Asked("about", "topic", thing=thing, topic=tuple(topic), yes_no=yes_no)
            if not _SELF_ASKED.search(core):
                return None
    attribute = _attribute(core.lower(), wh, noun, asked.owner)
    if attribute is None and asked.owner == "self" and wh.startswith("when"):
        # "When did we argue?", "When did I sign the papers?": when what they did happened,
        # as they told it.
        done = tuple(w for w in content_words(core) if w not in _QUESTION_WORDS)
        return Asked("time", "topic", topic=done, yes_no=yes_no) if done else None
    if attribute is None:
        return None
    owner_words = set(content_words(f"{asked.said_as or ''} {asked.name or ''}"))
    topic = tuple(w for w in content_words(core) if w not in _QUESTION_WORDS | owner_words)
    if attribute == "about" and not topic:
        attribute = "identity"
    if asked.owner == "self" and attribute == "identity":
        return None
    ahead = bool(re.search(r"\b(?:is|are|will)\b|\w's\b", core, re.IGNORECASE))
    return replace(asked, attribute=attribute, topic=topic, ahead=ahead)


def _attribute(core: str, wh: str, noun: str | None, owner: Owner) -> Attribute | None:
    if noun in _NOUNS:
        return _NOUNS[noun]
    if noun is None and re.search(r"\b(?:called|named|name)\b", core):
        return "name"
    if noun is None and re.search(r"\b(?:birthday|born)\b", core):
        return "birthday"
    if noun is None and "how old" in core:
        return "age"
    if noun is None and re.search(r"\b(?:work|works|working|job|career|for a living)\b", core):
        return "work"
    if owner != "self" and re.search(r"^what\s+(?:(?:does|did|do)\b.*\bdo|.*\bdoes)$", core):
        return "work"
    if _HOME_ASKED.search(core) or (owner != "self" and wh.startswith("where") and noun is None):
        return "place"
    if owner == "self":
        # Of their own things only what they named ("my keys"): "what did I do?" is not asked
        # of the records.
        return None if noun is None else "time" if wh.startswith("when") else "about"
    if wh.startswith("when"):
        return "time"
    if wh.startswith("who") and owner == "relation" and noun is None:
        return "name"
    if noun is None and (wh.startswith("who") or re.search(r"\b(?:like|doing)$", core)):
        return "identity"
    return "about"
