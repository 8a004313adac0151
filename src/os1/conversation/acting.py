"""act: when the person asks for something, a skill does it; risky ones ask first.

The request is read by the skills' intent grammar, or, for words the grammar
does not know and only when a capable brain is configured, by that brain
choosing among the skills' schemas (skills/tool_choice.py); the skill
validates its arguments and runs. A skill that sends, deletes, moves or
spends first says exactly what it will do, and runs only on a whole yes to
that question in the next message (conversation/consent.py), on exactly what
the question showed (its arguments are pinned to it: skills/skill.py). A no
cancels; an answer that is neither ("yes... actually no", "sure? which one?",
"later") gets the question again, a few times at most, and a new request
instead of an answer leaves the first undone. A request that cannot be
carried out as said ("remind me on the 31st of February") gets its reason
back as the answer, never a guess.
A skill that must know one more thing ("write a letter to Catherine": for
what?) asks, and the next message is its answer, unless it is a request of
its own, a no, a question of its own, a goodbye, or news of someone the question
did not name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from os1.conversation.consent import (
    GIVEN_UP,
    MOST_ASKS,
    Consent,
    ask_again,
    engages,
    is_no,
    read,
)
from os1.conversation.farewell import only_goodbye
from os1.conversation.guard import sentences_of
from os1.conversation.listening import dismisses
from os1.conversation.thanked import thanked
from os1.conversation.turn import Turn
from os1.errors import InputError
from os1.skills.intents import Call, understand
from os1.skills.skill import HELP_WITH_IT, Catalogue, MustKnow, NotMine, Skill
from os1.skills.tool_choice import BrainToolChooser
from os1.text.lexicon import given_names

NOT_SET_UP = (
    "I can't reach your mail: it is not set up. Set OS1_MAIL_IMAP, OS1_MAIL_SMTP, "
    "OS1_MAIL_USER, OS1_MAIL_PASSWORD and OS1_MAIL_ADDRESS (see the README)."
)


# How many times a question is put before an answer that is never clear leaves it undone:
# a yes said much later, to something else, must not carry it out.
NOT_DONE = "All right, I won't."
# No answer to a skill's question: a question of their own, something asked of the OS, a
# goodbye. "Tell me something that made you curious today." after "Who is the letter for?"
# was taken for whom, and "Goodnight, you." for what it was for.
_MOVES_ON = re.compile(
    r"\?\W*$|^\W*(?:tell me|goodnight|good night|night night|bye|see you|i'?m off)\b"
    # A plan of their own: "Maybe I'll wait till the weekend." was written into a letter.
    r"|^\W*(?:maybe|perhaps|i think|i guess) (?:i'?ll|i will|i might)\b"
    # Put off: "Thanks. I'll sleep on it." (asked again whom the letter was for).
    r"|^\W*(?:(?:thanks|thank you|ok(?:ay)?)[.!,]*\s+)?i'?ll (?:sleep on it|think (?:about it|it"
    r" over)|leave it)\b"
    # News turned to: "Actually our band got booked for a festival in July!" after "Who is the
    # letter for?" (asked again, with "Just their name is enough.").
    r"|^\W*(?:actually|anyway|by the way|oh,? and|guess what)\b[,!\s]+(?:\S+\s+){4,}\S",
    re.IGNORECASE,
)
# Or news of someone the question did not name: "Jess got engaged today!" after "What is the
# letter to Tomas for?" was taken for the occasion and written into the letter.
_NEWS_OF = re.compile(
    r"^\W*(?P<name>[A-Z][a-z]+)(?:'s)? (?:just |finally |has |had )?(?:[a-z]+ed|got|is|was"
    r"|has|had|came|went|won|lost|made|told|said|rang|called|sent|left|broke|fell|gave)\b"
)

# Words said after a request that leave it the request ("Not to send yet, just to write.").
_ASIDE_WORDS = 10
_NEWS_BESIDE = re.compile(r"\b(?:i|i'm|i've|my|me|we|our|he|she|they|his|her|their)\b", re.I)
# Or asking for help with it: "I want to write her a card. Can you help?"
_HELP_ASKED = re.compile(
    r"^\W*(?:(?:can|could|would|will) you help(?: me)?(?: with (?:it|that|this))?|any ideas"
    r"|help me)(?:,? please)?\W*$",
    re.IGNORECASE,
)


# Praise said beside thanks: "Thanks. That's better than I'd have done."
_PRAISE_BESIDE = re.compile(
    r"^\W*(?:that'?s|this is|it'?s|you'?re) (?:so |really |much |way )?(?:better|great|lovely"
    r"|perfect|good|brilliant|kind|helpful|amazing)\b[^?]*$",
    re.IGNORECASE,
)


def _only_thanks(text: str) -> bool:
    """Whether `text` is thanks, perhaps with praise beside it, and nothing more."""
    first, *rest = sentences_of(text) or [""]
    return thanked(first) is not None and all(_PRAISE_BESIDE.match(s) for s in rest)


@dataclass(frozen=True, slots=True)
class Waiting:
    """A skill, its arguments pinned to what the question showed, and the question."""

    skill: Skill[Any]
    arguments: BaseModel
    question: str
    asked: int = 1


def _news_of_another(text: str, question: str) -> bool:
    """Whether `text` opens with news of someone named whom `question` did not name."""
    news = _NEWS_OF.match(text)
    if news is None or news["name"] in question:
        return False
    return news["name"].upper() in given_names()


def spoken(error: InputError) -> str:
    """An error as the OS says it: the problem, then what to do."""
    return f"{error.problem}. {error.fix[:1].upper()}{error.fix[1:]}."


@dataclass(slots=True)
class Acting:
    catalogue: Catalogue
    clock: Callable[[], datetime]
    chooser: BrainToolChooser | None = None
    # A skill and its arguments waiting for the person's yes.
    pending: Waiting | None = None
    # A skill that asked a question, and the question with what makes its arguments from
    # the answer.
    asked: tuple[Skill[Any], MustKnow] | None = None

    async def answer(self, turn: Turn) -> str | None:
        """The OS's reply if these words ask it to do something; None to talk as usual."""
        text = turn.text
        if self.pending is not None:
            waiting, self.pending = self.pending, None
            consent = read(text, waiting.question)
            if consent is Consent.YES:
                return await self._run(waiting.skill, waiting.arguments)
            if consent is Consent.NO:
                return NOT_DONE
            if self._a_request(text):
                instead = await self._requested(text)
                left = "I've left the earlier request undone."
                return left if instead is None else f"{left} {instead}"
            if not engages(text, waiting.question):
                return None  # they moved on: the request is left undone, and they are talked with
            if waiting.asked >= MOST_ASKS:
                return GIVEN_UP
            self.pending = replace(waiting, asked=waiting.asked + 1)
            return ask_again(waiting.question)
        if self.asked is not None:
            (skill, must), self.asked = self.asked, None
            then, question = must.then, must.question
            if is_no(text) and not must.no_answers:
                return NOT_DONE
            # "Night, love you.", and "Actually no. Forget it." (taken for what a letter to a
            # critic was for).
            if _only_thanks(text):
                # "Thanks. That's better than I'd have done." was written into a note to Carol as
                # what to put in it: thanks answer nothing, and the question stands.
                self.asked = (skill, must)
                return question
            moves_on = _MOVES_ON.search(text) or only_goodbye(text) or dismisses(text)
            elsewhere = self._a_request(text) or moves_on or _news_of_another(text, question)
            if HELP_WITH_IT.match(text) or not elsewhere:
                try:
                    arguments = then(text)
                except MustKnow as again:  # the answer was no answer: asked once more
                    if again.question == question:
                        # Asked the same twice and still no answer: they moved on ("I got a
                        # first on my dissertation too…" was met with "Who is the letter for?").
                        return await self._requested(text)
                    self.asked = (skill, again)
                    return again.question
                except InputError as exc:
                    return spoken(exc)
                return await self._run(skill, arguments)
        return await self._requested(text)

    async def _requested(self, text: str) -> str | None:
        """The reply to these words as a new request; None if they are not one."""
        try:
            call = self._understood(text)
            if call is None and self.chooser is not None:
                call = await self.chooser.choose(text)
            if call is None:
                return None
            found = self.catalogue.get(call.skill)
            if found is None:  # only mail is optional: it needs an account
                return NOT_SET_UP
            skill = found
            arguments = skill.parse(call.arguments)
            # Asking pins `arguments` to what the question shows: these same ones run on yes.
            question = await skill.question(arguments)
            if question is not None:
                self.pending = Waiting(skill, arguments, question)
                return f"{question} (yes / no)"
        except InputError as exc:
            return spoken(exc)
        try:
            return await self._run(skill, arguments)
        except NotMine:
            return None

    def _understood(self, text: str) -> Call | None:
        """The request in these words, whole or said first (`_first_asked`); InputError where
        a request cannot be done as said."""
        try:
            return understand(text, self.clock()) or self._first_asked(text)
        except InputError:
            # "Remind me at seven. No rush.": the whole's time is "seven. No rush"; the
            # request said first is done, whatever follows it.
            if (first := self._first_asked(text, news_too=True)) is not None:
                return first
            raise

    def _first_asked(self, text: str, news_too: bool = False) -> Call | None:
        """A request said first, with a short aside after it that asks nothing: "I want to
        write him a letter. Not to send yet, just to write." """
        said = sentences_of(text)
        aside = " ".join(said[1:])
        # News beside it is the conversation's ("Remind me at six. My mum has cancer.").
        if len(said) < 2 or len(aside.split()) > _ASIDE_WORDS:
            return None
        if _HELP_ASKED.match(aside):
            return understand(said[0], self.clock())
        if "?" in aside or (_NEWS_BESIDE.search(aside) and not news_too):
            return None
        return understand(said[0], self.clock())

    def _a_request(self, text: str) -> bool:
        try:
            return self._understood(text) is not None
        except InputError:  # a request, if one that cannot be done as said
            return True

    async def _run(self, skill: Skill[Any], arguments: BaseModel) -> str:
        try:
            return await skill.do(arguments)
        except MustKnow as asked:
            self.asked = (skill, asked)
            return asked.question
        except InputError as exc:
            return spoken(exc)
