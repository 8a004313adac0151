"""act: when the person asks for something, a skill does it; risky ones ask first.

The request is read by the skills' intent grammar, or, for words the grammar
does not know and only when a capable brain is configured, by that brain
choosing among the skills' schemas (skills/tool_choice.py); the skill
validates its arguments and runs. A skill that sends, deletes, moves or spends first says
exactly what it will do, and runs only on a yes to that question, in the
next message. A request that cannot be carried out as said ("remind me on
the 31st of February") gets its reason back as the answer, never a guess.
A skill that must know one more thing ("write a letter to Catherine": for
what?) asks, and the next message is its answer, unless it is a request of
its own or a no.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from os1.conversation.consent import is_no, is_yes
from os1.errors import InputError
from os1.skills.intents import understand
from os1.skills.skill import Catalogue, MustKnow, NotMine, Skill
from os1.skills.tool_choice import BrainToolChooser

NOT_SET_UP = (
    "I can't reach your mail: it is not set up. Set OS1_MAIL_IMAP, OS1_MAIL_SMTP, "
    "OS1_MAIL_USER, OS1_MAIL_PASSWORD and OS1_MAIL_ADDRESS (see the README)."
)


def spoken(error: InputError) -> str:
    """An error as the OS says it: the problem, then what to do."""
    return f"{error.problem}. {error.fix[:1].upper()}{error.fix[1:]}."


@dataclass(slots=True)
class Acting:
    catalogue: Catalogue
    clock: Callable[[], datetime]
    chooser: BrainToolChooser | None = None
    # A skill and its arguments waiting for the person's yes.
    pending: tuple[Skill[Any], BaseModel] | None = None
    # A skill that asked a question, and what makes its arguments from the answer.
    asked: tuple[Skill[Any], Callable[[str], BaseModel]] | None = None

    async def answer(self, text: str) -> str | None:
        """The OS's reply if these words ask it to do something; None to talk as usual."""
        if self.pending is not None:
            (skill, arguments), self.pending = self.pending, None
            if is_yes(text):
                return await self._run(skill, arguments)
            if is_no(text):
                return "All right, I won't."
        if self.asked is not None:
            (skill, then), self.asked = self.asked, None
            if is_no(text):
                return "All right, I won't."
            if not self._a_request(text):
                try:
                    arguments = then(text)
                except InputError as exc:
                    return spoken(exc)
                return await self._run(skill, arguments)
        try:
            call = understand(text, self.clock())
            if call is None and self.chooser is not None:
                call = await self.chooser.choose(text)
            if call is None:
                return None
            found = self.catalogue.get(call.skill)
            if found is None:  # only mail is optional: it needs an account
                return NOT_SET_UP
            skill = found
            arguments = skill.parse(call.arguments)
            question = await skill.question(arguments)
            if question is not None:
                self.pending = (skill, arguments)
                return f"{question} (yes / no)"
        except InputError as exc:
            return spoken(exc)
        try:
            return await self._run(skill, arguments)
        except NotMine:
            return None

    def _a_request(self, text: str) -> bool:
        try:
            return understand(text, self.clock()) is not None
        except InputError:  # a request, if one that cannot be done as said
            return True

    async def _run(self, skill: Skill[Any], arguments: BaseModel) -> str:
        try:
            return await skill.do(arguments)
        except MustKnow as asked:
            self.asked = (skill, asked.then)
            return asked.question
        except InputError as exc:
            return spoken(exc)
