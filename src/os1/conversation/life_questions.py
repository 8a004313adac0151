""" "Where does Ruth live?": questions about the person's own life, answered from what they said.

The embedded model invents names and places when asked about someone it was
told of; here the answer is only ever the person's own sentences (their turns,
this session's and earlier ones, their interview answers, the facts read from
their words), turned to "you". With nothing that answers, the OS says so and
asks, never guessing. The OS's own replies are never read: the model's words
may be wrong.

Recognising the question (`life_asked`) is a small grammar, not the model: a question form,
and a subject in the person's life: "my <someone or something>", "I" with a
verb of where they live or what they do, or a name the person has used for
someone. A tag may end it ("…, do you remember?") and remarks follow it ("I told
you last time."); a message that also asks something else is the brain's. Questions
about the OS, general knowledge, advice, requests and the skills' chores (calendar,
mail, reminders, notes, contacts) are left alone.

Which sentences answer, and how they are said back (`life_answers`): asked what
someone does for work when no job was said, what they were said to do ("Ruth
plays the cello in the city orchestra") is the honest answer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from os1.conversation.answer_kinds import answer_kind
from os1.conversation.death_told import tells_death
from os1.conversation.happenings import asks_a_deed, asks_what_happened, happened
from os1.conversation.life_answers import SHOWN, answering, not_told, told
from os1.conversation.life_asked import Asked, question_core, read_question
from os1.conversation.life_changes import revision
from os1.conversation.life_records import (
    COMMAND,
    PRONOUN_NAMED,
    RELATION,
    SAME,
    Said,
    aliases,
    first_meeting,
    lists_people,
    named,
    people,
    statements,
)
from os1.conversation.person_graph import PersonGraph
from os1.conversation.said_back import first_person
from os1.memory import fact_records
from os1.memory.store import Store
from os1.memory.types import LongTermMemory
from os1.mind.interview import load_answers
from os1.mind.persona import load_persona

RECENT = 200  # turns read back, as recollection does


class LifeQuestions:
    def __init__(self, store: Store, user_id: str, memory: LongTermMemory | None = None) -> None:
        self.store = store
        self.user_id = user_id
        self.memory = memory

    def answer(self, text: str, turn_id: int) -> str | None:
        """The answer from the records if `text` asks about the person's life; else None."""
        core, yes_no, told_asked = question_core(text)
        if core is None:
            # Their records are read only for a question that may be of what happened.
            if not asks_what_happened(text, None):
                return None
            return self._happened(text, turn_id, self._said(text, turn_id))
        said = self._said(core, turn_id)
        # "What did Ruth say?": what she said, not who she is; "How old was my dad?": the
        # sentence that says an age.
        deed = asks_a_deed(text) or answer_kind(text) is not None
        if deed and (found := self._happened(text, turn_id, said)) is not None:
            return found
        persona = load_persona(self.store, self.user_id)
        known = people(said, persona.name if persona else None)
        asked = read_question(core, yes_no, known, told_asked)
        if asked is None:
            return self._happened(text, turn_id, said)
        user_name = load_answers(self.store, self.user_id).user_name
        if asked.owner == "self" and asked.attribute == "name" and user_name:
            return f"{'Yes. ' if yes_no else ''}You told me to call you {user_name}."
        found = answering(asked, said)
        who = ""
        if asked.owner == "name" and asked.attribute == "identity":
            # "Who is Paul?" from the person graph: what was said of him by name, as "my
            # friend" or as "he", the sentence that says who he is first, newest next.
            someone = PersonGraph.of(said, persona.name if persona else None).find(asked.name or "")
            if someone is not None and someone.said:
                newest = {s: index for index, s in enumerate(said)}
                told_of = [
                    s
                    for s in someone.said
                    if s.source != "interview" or _tells_of(s.text, someone.name)
                ]
                if not told_of and someone.relation:
                    return f"{someone.name} is your {someone.relation}."
                # Named only in the first meeting's list, with no relation read ("…our twins,
                # Alfie and Maisie"): what the records found says it (this once failed with
                # nothing to say).
                if told_of:
                    found = sorted(told_of, key=lambda s: (not named(s.text), newest.get(s, 0)))
                    found = _with_whose(found[:SHOWN], said)
                    introduced = f"{someone.relation} {someone.name}" in found[0].text
                    if (
                        someone.relation
                        and not introduced  # "my nan Doris" says who she is already
                        and not any(n == asked.name for _, n in named(found[0].text))
                    ):
                        who = f"{someone.name} is your {someone.relation}. "
        if not found:
            # "she" for Ruth, if the person said she is their sister.
            relations = sorted(aliases(said).get(asked.name or "", set()))
            untold = not_told(asked, relations[0] if len(relations) == 1 else None)
            # "How long did I work at the bank?" is no question of what they do for work.
            return self._happened(text, turn_id, said) or untold
        if (name := _name_of(asked, found[0])) is not None:
            # "Do you remember my girlfriend's name?" was answered with the whole list of
            # who they are close to, said at the first meeting: the name is the answer.
            return ("Yes. " if asked.yes_no else "") + _in_their_tense(name, said)
        today = self._today(turn_id)
        names = known | {user_name or ""}
        if len(found) > 1 and found[1].about and found[1].turn_id == found[0].turn_id:
            # Its "she" follows the sentence just said back, which names her.
            found[1] = replace(found[1], about=None)
        parts = [told(s, today, names, first=index == 0) for index, s in enumerate(found)]
        return ("Yes. " if asked.yes_no else "") + who + " ".join(parts)

    def _happened(self, text: str, turn_id: int, said: list[Said]) -> str | None:
        """ "What did I catch today?": what they said happened (happenings.py), or None."""
        persona = load_persona(self.store, self.user_id)
        names = people(said, persona.name if persona else None)
        found = happened(text, said, names)
        if not found:
            return None
        names |= {load_answers(self.store, self.user_id).user_name or ""}
        today = self._today(turn_id)
        return " ".join(told(s, today, names, first=i == 0) for i, s in enumerate(found))

    def _today(self, turn_id: int) -> date | None:
        question = self.store.turn(self.user_id, turn_id)
        return _local(question.created_at).date() if question else None

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
        said += first_meeting(answers.relationships, answers.focus)
        person = answers.user_name or "The person"
        heard = {t.id for t in own}
        for fact in reversed(fact_records.facts(self.store, self.user_id)):
            # A fact read from a turn in view says nothing the turn does not.
            if not heard & set(fact.sources):
                said += statements(first_person(fact.text, person), -fact.id, None, "fact")
        # What changed is told as the change, and what they corrected in their own words.
        said = revision(self.store, self.user_id, person).apply(said, person)
        # An earlier question asked without "?" ("tell me about Ruth") tells nothing.
        # Nor does a request: "Draft an email to Nadia…" is not of Nadia.
        return [s for s in said if question_core(s.text).text is None and not COMMAND.match(s.text)]


def _with_whose(found: list[Said], said: list[Said]) -> list[Said]:
    """ "Her name is Rosie." said back with the sentence before it in its turn, which says
    whose name it is ("Claire had a baby girl on Monday!"): alone it told nothing."""
    if not found or not PRONOUN_NAMED.match(found[0].text) or found[0] not in said:
        return found
    at = said.index(found[0])
    before = said[at - 1] if at > 0 else None
    if before is None or before.turn_id != found[0].turn_id:
        return found
    return [before, found[0]]


def _name_of(asked: Asked, said: Said) -> str | None:
    """ "Your girlfriend is Lily.", when `asked` is a relation's name and `said` is a list of
    who people are that names them, or a first meeting's answer (said back whole, a sentence
    that tells more is kept)."""
    listed = lists_people(said.text) or said.source == "interview"
    if asked.attribute != "name" or asked.relation is None or not listed:
        return None
    group = SAME.get(asked.relation, frozenset())
    found = [(said_as, n) for said_as, n in named(said.text) if RELATION[said_as] in group]
    if not found:
        return None
    said_as, name = found[0]
    # "our twins, Alfie and Maisie": more than one (it was "Your twins is Alfie.").
    more = re.search(rf"\b{name}(?:,? and|,) ([A-Z][a-z]+)\b", said.text)
    if said_as.endswith("s") and more is not None:
        return f"Your {said_as} are {name} and {more[1]}."
    return f"Your {said_as} is {name}."


def _in_their_tense(answer: str, said: list[Said]) -> str:
    """ "Your wife was Margaret.", where they told of her death ("my wife Margaret who died in
    March"; it was "Your wife is Margaret.")."""
    last = re.search(r"\b([A-Z][a-z]+)\.$", answer)
    gone = last is not None and any(last[1] in s.text and tells_death(s.text) for s in said)
    return re.sub(r"^Your (\S+) is\b", r"Your \1 was", answer) if gone else answer


def _tells_of(answer: str, name: str) -> bool:
    """Whether a first-meeting answer tells something of `name`: it names them, and is
    more than a list of who people are ("my writing, and my friends" is not about Paul;
    "I'm closest to my grandmother Ada" is about Ada)."""
    return name in [n for _, n in named(answer)] and not lists_people(answer)


def _local(created_at: str) -> datetime:
    return datetime.fromisoformat(created_at).astimezone()
