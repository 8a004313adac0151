"""Letters asked for in conversation: "write a letter from Loretta to Roberto for their
anniversary, mention the boat", then "make it warmer". The studio (os1.letters)
does the work; these are its two spoken doors."""

from __future__ import annotations

from pydantic import BaseModel, Field

from os1.errors import InputError
from os1.letters.desk import Desk, Written
from os1.skills.skill import Skill


class LetterRequest(BaseModel):
    sender: str = Field(min_length=1, description="The client the letter is from.")
    to: str = Field(min_length=1, description="Who it is for.")
    occasion: str = Field(min_length=1, description="What it is for.")
    mention: str = Field("", description="A detail it must mention.")


class LetterChange(BaseModel):
    how: str = Field(min_length=1, description="warmer, shorter, less formal, mention X...")


def letter_skills(desk: Desk) -> list[Skill]:
    async def write(args: LetterRequest) -> str:
        mentions = (args.mention,) if args.mention else ()
        return _said(await desk.write(args.sender, args.to, args.occasion, mentions))

    async def change(args: LetterChange) -> str:
        written = desk.studio.letters()
        if not written:
            raise InputError("There is no letter to change yet", "ask me to write one first")
        return _said(await desk.edit(written[-1].id, args.how))

    return [
        Skill("write_letter", "Write a letter for a client", LetterRequest, write),
        Skill("change_letter", "Change the last letter", LetterChange, change),
    ]


def _said(written: Written) -> str:
    letter = written.letter
    again = f", revising letter {letter.revises}" if letter.revises else ""
    return f"Letter {letter.id}{again}:\n\n{letter.text}"
