"""The writing desk: a request in names and words → a drafted, checked, stored letter.

What the CLI and the conversation call. An edit drafts the letter again
from its changed brief and stores it as a new letter revising the old one.
Each letter is written with the client's earlier letters to the same person
in view, and the details its brief asked for that the dossier did not know
yet become dossier entries, so the next letter knows them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from os1.brain.types import Brain
from os1.errors import InputError
from os1.letters.brief import Brief, Tone
from os1.letters.checks import word_count
from os1.letters.drafting import Draft, Progress, draft_letter
from os1.letters.edits import revise_brief
from os1.letters.plan import about_a_matter, covers
from os1.letters.refusals import refuse_if_harmful
from os1.letters.studio import Entry, Letter, Studio


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
        progress: Progress | None = None,
    ) -> Written:
        occasion = " ".join(occasion.split())
        if not occasion:
            raise InputError("The letter has no occasion", "say what it is for: --occasion TEXT")
        refuse_if_harmful(occasion, *mentions)
        who = self.studio.client(client)
        to = self.studio.recipient(who, recipient)
        mentions = tuple(m.strip() for m in mentions if m.strip())
        earlier = tuple(self.studio.correspondence(who, to))
        dossier = tuple(self.studio.dossier(who, to))
        tone: Tone = "formal" if about_a_matter(occasion) else "warm"
        brief = Brief(who, to, dossier, occasion, mentions, words, tone, earlier=earlier)
        draft = await draft_letter(self.brain, brief, self.seed, progress)
        letter = self.studio.save_letter(who, to, occasion, brief.to_record(), draft.parts)
        self._learn(brief, letter)
        return Written(letter, draft)

    def _learn(self, brief: Brief, letter: Letter) -> list[Entry]:
        """The brief's details the dossier did not have, kept as memories from this letter."""
        learned = []
        known = [entry.text for entry in self.studio.dossier(brief.client, brief.recipient)]
        for mention in brief.mentions:
            if not any(covers(text, mention) for text in known):
                learned.append(
                    self.studio.note(
                        brief.client, "memory", mention, brief.recipient, f"letter {letter.id}"
                    )
                )
                known.append(mention)
        return learned

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
            tuple(self.studio.correspondence(who, to, besides=letter, before=letter.id)),
        )

    async def edit(
        self, letter_id: int, instruction: str, progress: Progress | None = None
    ) -> Written:
        refuse_if_harmful(instruction)
        old = self.studio.letter(letter_id)
        brief = revise_brief(self.brief_of(old), instruction, word_count(old.text))
        who, to = brief.client, brief.recipient
        brief = brief.with_(earlier=tuple(self.studio.correspondence(who, to, besides=old)))
        draft = await draft_letter(self.brain, brief, self.seed, progress)
        letter = self.studio.save_letter(
            who, to, old.occasion, brief.to_record(), draft.parts, revises=old.id
        )
        self._learn(brief, letter)
        return Written(letter, draft)
