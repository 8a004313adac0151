"""The writing desk: a request in names and words → a drafted, checked, stored letter.

What the CLI and the conversation call. An edit drafts the letter again
from its changed brief and stores it as a new letter revising the old one.
"""

from __future__ import annotations

from dataclasses import dataclass

from os1.brain.types import Brain
from os1.errors import InputError
from os1.letters.brief import Brief
from os1.letters.checks import word_count
from os1.letters.drafting import Draft, draft_letter
from os1.letters.edits import revise_brief
from os1.letters.refusals import refuse_if_harmful
from os1.letters.studio import Letter, Studio


@dataclass(frozen=True, slots=True)
class Written:
    letter: Letter
    draft: Draft


class Desk:
    def __init__(self, studio: Studio, brain: Brain, seed: int = 1) -> None:
        self.studio = studio
        self.brain = brain
        self.seed = seed

    async def write(
        self,
        client: str,
        recipient: str,
        occasion: str,
        mentions: tuple[str, ...] = (),
        words: tuple[int, int] = (80, 220),
    ) -> Written:
        occasion = " ".join(occasion.split())
        if not occasion:
            raise InputError("The letter has no occasion", "say what it is for: --occasion TEXT")
        refuse_if_harmful(occasion, *mentions)
        who = self.studio.client(client)
        to = self.studio.recipient(who, recipient)
        mentions = tuple(m.strip() for m in mentions if m.strip())
        brief = Brief(who, to, tuple(self.studio.dossier(who, to)), occasion, mentions, words)
        draft = await draft_letter(self.brain, brief, self.seed)
        letter = self.studio.save_letter(who, to, occasion, brief.to_record(), draft.parts)
        return Written(letter, draft)

    def brief_of(self, letter: Letter) -> Brief:
        """The brief `letter` was written from, with the dossier as it is now."""
        who = self.studio.client_by_id(letter.client_id)
        to = self.studio.recipient_by_id(letter.recipient_id)
        record = letter.brief
        low, high = record.get("words", (80, 220))
        return Brief(
            who,
            to,
            tuple(self.studio.dossier(who, to)),
            letter.occasion,
            tuple(record.get("mentions", ())),
            (int(low), int(high)),
            record.get("tone", "warm"),
            int(record.get("warmth", 0)),
        )

    async def edit(self, letter_id: int, instruction: str) -> Written:
        refuse_if_harmful(instruction)
        old = self.studio.letter(letter_id)
        brief = revise_brief(self.brief_of(old), instruction, word_count(old.text))
        draft = await draft_letter(self.brain, brief, self.seed)
        who, to = brief.client, brief.recipient
        letter = self.studio.save_letter(
            who, to, old.occasion, brief.to_record(), draft.parts, revises=old.id
        )
        return Written(letter, draft)
