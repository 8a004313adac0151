""" "Where does Ruth live?": questions about the person's own life, answered from what they said.

The embedded model invents names and places when asked about someone it was
told of; here the answer is only ever the person's own sentences (their turns,
this session's and earlier ones, their interview answers, the facts read from
their words), turned to "you". With nothing that answers, the OS says so and
asks, never guessing. The OS's own replies are never read: the model's words
may be wrong.

Recognising the question is a small grammar, not the model: a question form,
and a subject in the person's life: "my <someone or something>", "I" with a
verb of where they live or what they do, or a name the person has used for
someone. A tag may end it ("…, do you remember?") and remarks follow it ("I told
you last time."); a message that also asks something else is the brain's. Questions
about the OS, general knowledge, advice, requests and the skills' chores (calendar,
mail, reminders, notes, contacts) are left alone.

Asked what someone does for work when no job was said, what they were said to do
("Ruth plays the cello in the city orchestra") is the honest answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Literal

from os1.conversation.life_records import (
    DOES,
    DOES_SELF,
    HE,
    MENTION,
    MODIFIER,
    MODIFIERS,
    PETS,
    PRONOUN_NAMED,
    RELATION,
    SAME,
    SHE,
    Said,
    aliases,
    british,
    capitalised,
    first_person,
    mentioned,
    named,
    owned,
    people,
    sentences,
    statements,
    to_you,
)
from os1.memory.store import Store
from os1.memory.types import LongTermMemory
from os1.memory.words import content_words
from os1.mind.interview import load_answers
from os1.mind.persona import load_persona

Attribute = Literal["name", "place", "work", "birthday", "age", "time", "identity", "about"]
Owner = Literal["self", "relation", "name"]

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
    r"(?:(?:do|can|did|would)\s+you\s+(?:still\s+)?(?:remember|recall)|(?:you\s+)?remember|"
    r"recall|right|again|if\s+you\s+(?:remember|recall)|(?:like|as)\s+I\s+(?:told|said\s+to)\s+you|"
    r"I\s+(?:told|mentioned\s+it\s+to)\s+you(?:\s+(?:before|earlier|already|last\s+time|"
    r"yesterday|the\s+other\s+day))?)"
)
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
    r"\bhow to\b|\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b",
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
_SUBJECT_AFTER = frozenset({"is", "was", "does", "did", "has", "had", "about"})
# "where do I live?", or "what I do for a living" after "do you remember".
_SELF_ASKED = re.compile(
    rf"\b(?:do|did|am|was|have|had)\s+i\b|^{_WH}(?:\s+old)?\s+i\b", re.IGNORECASE
)
_VERB_AFTER = frozenset({
    "is", "was", "does", "did", "do", "lives", "lived", "works", "worked", "grew", "teaches",
    "studies", "moved"
})  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")
_QUESTION_WORDS = frozenset(
    content_words(
        "what where when who whose which how whats wheres whos hows tell remind remember say "
        "said told like"
    )
)
_NOUNS: dict[str, Attribute] = {
    "name": "name", "names": "name", "birthday": "birthday", "age": "age", "job": "work",
    "work": "work", "career": "work", "occupation": "work", "profession": "work",
}  # fmt: skip

# Where someone lives, or a capitalised place they are in ("a doctor in Madrid").
_PLACE = re.compile(
    r"(?i:\b(?:live[sd]?|living|moved?|moving|based|from|grew up|settled|home)\b)|"
    r"\b(?i:in|near) (?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)[A-Z][a-z]+"
)
_WORK = re.compile(
    r"\b(?:work(?:s|ed|ing)?|job|career|profession|employed|retired|office|business|"
    r"teach(?:es)?|stud(?:y|ies|ying)|(?:is|was|am|are|'s|'m|'re) (?:a|an) [a-z]+|"
    r"as (?:a|an) [a-z]+)\b",
    re.IGNORECASE,
)
_BIRTHDAY = re.compile(r"\b(?:birthday|bday|born|birth)\b", re.IGNORECASE)
_AGE = re.compile(r"\b(?:\d+|years? old|aged?|turn(?:s|ed|ing)? [a-z0-9-]+)\b", re.IGNORECASE)
_WHEN = re.compile(
    r"\b(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th)|(?i:ago|yesterday|(?:last|next|this) (?:week|month|"
    r"year|spring|summer|autumn|fall|winter)|january|february|march|april|june|july|august|"
    r"september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|May)\b"
)
_ABOUT = {"place": _PLACE, "work": _WORK, "birthday": _BIRTHDAY, "age": _AGE, "time": _WHEN}
# The person speaking of themselves, by what is asked.
_SELF = {
    "place": re.compile(
        r"\b(?:I|[Ww]e)(?:'m|'ve| am| have| had| was| were| just| recently| still| now| "
        r"originally)*\s+(?:live[sd]?|living|moved?|grew up|from|based|settled)\b"
    ),
    "work": re.compile(
        r"\b(?:I(?:'m| am| was)(?: now| still)? (?:a|an) [a-z]+|I(?: still| now)? (?:work|"
        r"teach|worked|study)|I'm (?:working|studying|retired)|[Mm]y (?:job|work|career))\b"
    ),
    "birthday": re.compile(r"\b(?:[Mm]y (?:birthday|bday)|I was born)\b"),
    "age": re.compile(r"\b(?:I(?:'m| am)(?: now| only| just)? \d+|I(?: just)? turned \d+)\b"),
    "name": re.compile(r"\b(?:[Mm]y name is|[Cc]all me|I'm called|I am called)\s+[A-Z]"),
}
_PRONOUN_START = re.compile(r"^(?P<p>she|he|they|it|her|his|their)\b", re.IGNORECASE)
_TOLD_YOU = re.compile(r"^(?:(?:like|as)\s+)?I (?:told|said to) you,?\s+(?:that\s+)?", re.I)
_OPENER = re.compile(
    r"^(?:(?:honestly|well|so|oh|anyway|um|uh|yeah|yes|actually|okay|ok|and|but|also|btw|"
    r"by the way|you know)\b,?\s+)+",
    re.IGNORECASE,
)
RECENT = 200  # turns read back, as recollection does
SHOWN = 2  # sentences said back, at most
MAX_WORDS = 30


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


class LifeQuestions:
    def __init__(self, store: Store, user_id: str, memory: LongTermMemory | None = None) -> None:
        self.store = store
        self.user_id = user_id
        self.memory = memory

    def answer(self, text: str, turn_id: int) -> str | None:
        """The answer from the records if `text` asks about the person's life; else None."""
        core, yes_no = question_core(text)
        if core is None:
            return None
        said = self._said(core, turn_id)
        persona = load_persona(self.store, self.user_id)
        known = people(said, persona.name if persona else None)
        asked = read_question(core, yes_no, known)
        if asked is None:
            return None
        user_name = load_answers(self.store, self.user_id).user_name
        if asked.owner == "self" and asked.attribute == "name" and user_name:
            return f"{'Yes. ' if yes_no else ''}You told me to call you {user_name}."
        found = answering(asked, said)
        if not found:
            # "she" for Ruth, if the person said she is their sister.
            relations = sorted(aliases(said).get(asked.name or "", set()))
            return not_told(asked, relations[0] if len(relations) == 1 else None)
        question = self.store.turn(self.user_id, turn_id)
        today = _local(question.created_at).date() if question else None
        names = known | {user_name or ""}
        if len(found) > 1 and found[1].about and found[1].turn_id == found[0].turn_id:
            # Its "she" follows the sentence just said back, which names her.
            found[1] = replace(found[1], about=None)
        parts = [_told(s, today, names, first=index == 0) for index, s in enumerate(found)]
        return ("Yes. " if asked.yes_no else "") + " ".join(parts)

    def _said(self, core: str, turn_id: int) -> list[Said]:
        """The person's statements: their turns, newest first, then the interview and facts."""
        turns = {t.id: t for t in self.store.recent_turns(self.user_id, RECENT)}
        if self.memory is not None:
            turns.update((t.id, t) for t, _ in self.memory.search(core, k=8))
        own = sorted(
            (t for t in turns.values() if t.role == "user" and t.id != turn_id),
            key=lambda t: -t.id,
        )
        said = [s for t in own for s in statements(t.text, t.id, _local(t.created_at))]
        answers = load_answers(self.store, self.user_id)
        for answer in (answers.relationships, answers.focus):
            said += statements(answer or "", 0, None, "interview")
        person = answers.user_name or "The person"
        heard = {t.id for t in own}
        for fact in reversed(self.store.facts(self.user_id)):
            # A fact read from a turn in view says nothing the turn does not.
            if not heard & set(fact.sources):
                said += statements(first_person(fact.text, person), -fact.id, None, "fact")
        # An earlier question asked without "?" ("tell me about Ruth") tells nothing.
        return [s for s in said if question_core(s.text)[0] is None]


def question_core(text: str) -> tuple[str | None, bool]:
    """The question with its opening ("do you remember what I told you") and its tag ("…, do
    you remember?") taken off, and whether it asks yes or no; None if it is no question the
    records could answer. Remarks may follow it ("I told you last time."); another question
    may not: a message that asks something else too is the brain's."""
    found: tuple[str | None, bool] = (None, False)
    for index, sentence in enumerate(sentences(text)):
        # A question without "?" (a voice transcript) only when it opens the message.
        core, yes_no = _question(sentence) if index == 0 or "?" in sentence else (None, False)
        if core is not None and found[0] is None:
            found = (core, yes_no)
        elif core is None and sentence.endswith("?") and not _TAG_ALONE.fullmatch(sentence):
            return None, False
    return found


def _question(text: str) -> tuple[str | None, bool]:
    core = " ".join(text.split()).rstrip(" ?.!")
    marked = text.rstrip().endswith("?")
    yes_no = recalls = asks = False
    if tag := _TAG_END.search(core):
        core = core[: tag.start()]
        yes_no = recalls = bool(re.search(r"\b(?:remember|recall)\b", tag.group(), re.I))
    while (opening := _OPENING.match(core)) and opening.end() > 0:
        yes_no = yes_no or bool(opening["yes_no"])
        recalls = recalls or bool(opening["yes_no"] or opening["recall"])
        asks = asks or bool(opening["ask"])
        core = core[opening.end() :]
    if not core or _NOT_RECORDS.search(core):
        return None, False
    if asks and not recalls and not re.match(rf"{_WH}\b|about\b", core, re.IGNORECASE):
        return None, False  # "remind me to call mum", "tell me a joke"
    if recalls or asks or _ASKS_UNMARKED.match(core) or (marked and _ASKS.match(core)):
        return core, yes_no
    return None, False


def read_question(core: str, yes_no: bool, known: set[str]) -> Asked | None:
    """What `core` asks and about whom; None if it is not about the person's life."""
    words = [m.group() for m in _WORD.finditer(core)]
    lower = [w.lower() for w in words]
    if _CHORES & {w.removesuffix("'s") for w in lower}:
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
                    noun = lower[index + 1]
                    asked = replace(asked, thing=noun)
                break
        else:
            if not _SELF_ASKED.search(core):
                return None
    attribute = _attribute(core.lower(), wh, noun, asked.owner)
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
    if re.search(r"\b(?:live|lives|living|from|moved|based|grow up|grew up)\b", core) or (
        owner != "self" and wh.startswith("where") and noun is None
    ):
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


def answering(asked: Asked, said: list[Said]) -> list[Said]:
    """Up to SHOWN sentences that answer, newest first; for "who", an introduction first."""
    found = _scan(asked, said, lambda text, carried: _answers(asked, text, carried))
    if not found and asked.attribute == "work":
        # No job said, but what they do is: "Ruth plays the cello in the city orchestra".
        does = DOES_SELF if asked.owner == "self" else DOES
        found = _scan(asked, said, lambda text, _: bool(does.search(text)))
    if asked.attribute == "identity":
        found.sort(key=lambda s: not named(s.text))
    elif asked.attribute == "time":
        found.sort(key=lambda s: not set(content_words(s.text)) & set(asked.topic))
    return found[:SHOWN]


def _scan(asked: Asked, said: list[Said], answers: Callable[[str, bool], bool]) -> list[Said]:
    """The sentences about whom `asked` asks that `answers` takes, newest first."""
    people_named = aliases(said)
    found: list[Said] = []
    seen: set[str] = set()
    previous: Said | None = None
    for sentence in said:
        carried = (
            previous is not None
            and previous.turn_id == sentence.turn_id
            and _mentions(asked, previous.text, people_named)
            and _carries(asked, previous.text, sentence.text)
        )
        about_it = carried or _mentions(asked, sentence.text, people_named)
        if about_it and answers(sentence.text, carried) and sentence.text.lower() not in seen:
            seen.add(sentence.text.lower())
            about = _who(asked, previous.text) if carried and previous else None
            found.append(replace(sentence, about=about))
        previous = sentence
    return found


def _mentions(asked: Asked, text: str, people_named: dict[str, set[str]]) -> bool:
    if asked.owner == "self":
        head = re.escape(british((asked.thing or "\0").split()[-1]))
        own = re.search(rf"\b[Mm]y\s+(?:{MODIFIER}\s+)*{head}s?\b", british(text))
        says = asked.attribute in _SELF and _SELF[asked.attribute].search(text)
        does = asked.attribute == "work" and DOES_SELF.search(text)  # "I run a bakery"
        return bool(own or says or does)
    if asked.relation is not None:
        group: set[str] = set(SAME[asked.relation])
        names = set().union(*(people_named.get(r, set()) for r in group))
        # "Mum said…": kin words stand as names too.
        names |= {word.title() for word in group if len(word) > 2}
    else:
        relations = people_named.get(asked.name or "", set())
        # "my sister" is Ruth only if Ruth is the only sister named.
        group = {r for r in relations if people_named.get(r) == {asked.name}}
        names = {asked.name or ""}
    if group & set(mentioned(text)):
        return True
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names if n)


def _answers(asked: Asked, text: str, carried: bool) -> bool:
    if asked.attribute == "name":
        if asked.owner == "self":
            return bool(_SELF["name"].search(text))
        if carried and PRONOUN_NAMED.match(text):
            return True  # "We got a puppy. Her name is Luna."
        group = SAME.get(asked.relation or "", frozenset())
        return any(RELATION[said_as] in group for said_as, _ in named(text))
    if asked.attribute == "about":
        return bool(set(content_words(british(text))) & {british(w) for w in asked.topic})
    if asked.attribute == "identity":
        return True
    return bool(_ABOUT[asked.attribute].search(text))


def _carries(asked: Asked, before: str, text: str) -> bool:
    """Whether the "she" or "he" opening `text` can only be the one `before` speaks of."""
    pronoun = _PRONOUN_START.match(text)
    if pronoun is None or MENTION.search(text) or asked.owner == "self":
        return False
    word = pronoun["p"].lower()
    relations = {RELATION[r] for r, name in named(before) if name == asked.name}
    relation = asked.relation or min(relations, default="")
    if (word in ("she", "her") and relation in HE) or (word in ("he", "his") and relation in SHE):
        return False
    if word == "it" and relation not in PETS:
        return False
    others = capitalised(before) - {name for _, name in named(before)}
    return len(mentioned(before)) + len(others) == 1


def _who(asked: Asked, before: str) -> str:
    """Whom `before` speaks of, as the person put it: "my sister Ruth", "my sister", "Ruth"."""
    for said_as, name in named(before):
        return f"my {said_as} {name}"
    mention = MENTION.search(before)
    if mention:
        return f"my {mention['rel'].lower()}"
    pet = owned(before)  # "we got a puppy"
    return f"my {pet}" if pet else asked.name or "them"


def _told(said: Said, today: date | None, names: set[str], first: bool) -> str:
    """One sentence of the answer: where it comes from, and the person's words as "you"."""
    clause = _said_back(said.text, names)
    if said.about:
        clause = f"about {_said_back(said.about, names)}: {clause}"
    if said.source == "fact":
        return f"From what you've told me, {clause}." if first else f"You also told me {clause}."
    if said.source == "interview":
        return f"When we met, you {'told me' if first else 'also said'} {clause}."
    day = said.when.date() if said.when else None
    if day is None or day == today:
        return f"You told me {clause}." if first else f"You also said {clause}."
    on = f"{day:%-d %B}" if today is None or today.year == day.year else f"{day:%-d %B %Y}"
    return f"On {on} you {'told me' if first else 'also said'} {clause}."


def _said_back(text: str, names: set[str]) -> str:
    # The answer already says "you told me"; "honestly," was for then.
    text = _TOLD_YOU.sub("", _OPENER.sub("", text))
    words = to_you(text).rstrip(" .!…;,:").split()
    if len(words) > MAX_WORDS:
        words = [*words[:MAX_WORDS], "…"]
    # Mid-sentence now: only a name or "I" keeps its capital.
    if words and words[0].strip(",;:") not in names and not re.match(r"I\b|I'", words[0]):
        words[0] = words[0].lower()
    return " ".join(words)


def not_told(asked: Asked, relation: str | None = None) -> str:
    """Nothing in the records answers: say so, and ask, naming nobody new."""
    relation = asked.relation or relation
    pronoun = (
        "you" if asked.owner == "self" else "she" if relation in SHE else "he" if relation in HE
        else "it" if relation in PETS else "they"
    )  # fmt: skip
    subject = {"self": "you", "relation": f"your {asked.said_as}"}.get(asked.owner, asked.name)
    whose = "your" if subject == "you" else f"{subject}'s"
    third = subject != "you"  # "where your sister lives", not "live"
    asks_plural = pronoun in ("you", "they")
    does = "do" if asks_plural else "does"
    is_ = "are" if asks_plural else "is"
    object_ = {"she": "her", "he": "him", "they": "them", "it": "it", "you": "you"}[pronoun]
    match asked.attribute:
        case "name" if asked.owner == "self":
            told, ask = "your name", "What should I call you?"
        case "name":
            told, ask = f"{whose} name", "What is it?"
        case "place" if {"grow", "grew"} & set(asked.topic):
            told = f"where {subject} grew up"
            ask = f"Where did {pronoun} grow up?"
        case "place":
            told = f"where {subject} {'lives' if third else 'live'}"
            ask = f"Where {does} {pronoun} live?"
        case "work":
            told = f"what {subject} {'does' if third else 'do'} for work"
            ask = f"What {does} {pronoun} do?"
        case "birthday":
            told, ask = f"when {whose} birthday is", "When is it?"
        case "age":
            told = f"how old {subject} {'is' if third else 'are'}"
            ask = f"How old {is_} {pronoun}?"
        case "time" if asked.thing:
            told, ask = f"when {whose} {asked.thing} is", "When is it?"
        case "time":
            told, ask = f"that about {subject}", "When is it?" if asked.ahead else "When was it?"
        case "about" if asked.thing:
            told, ask = f"about {whose} {asked.thing}", "I'd love to hear about it."
        case "about":
            told, ask = f"that about {subject}", f"I'd love to hear more about {object_}."
        case _:
            told, ask = f"about {subject}", f"I'd love to hear about {object_}."
    opening = "I don't think you've told me" if asked.yes_no else "You haven't told me"
    return f"{opening} {told} yet. {ask}"


def _local(created_at: str) -> datetime:
    return datetime.fromisoformat(created_at).astimezone()
