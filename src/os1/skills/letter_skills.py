"""Letters asked for in conversation: "write a letter from Loretta to Roberto for their
anniversary, mention the boat", "make it warmer", "show me my letters to Roberto",
"make it handwritten in the kristi style", "Roberto's favourite song is Moon River".
The studio (os1.letters) does the work; these are its spoken doors.

"The letter" and "it" are the one last written, changed, shown or rendered here.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, Field

from os1.errors import InputError
from os1.letters.desk import Desk, Written
from os1.letters.studio import Letter, Studio
from os1.letters.told import NobodyCalled, keep
from os1.skills.skill import NotMine, Skill


class LetterRequest(BaseModel):
    sender: str = Field(min_length=1, description="The client the letter is from.")
    to: str = Field(min_length=1, description="Who it is for.")
    occasion: str = Field(min_length=1, description="What it is for.")
    mention: str = Field("", description="A detail it must mention.")


class LetterChange(BaseModel):
    how: str = Field(min_length=1, description="warmer, shorter, less formal, mention X...")


class LettersWanted(BaseModel):
    way: str = Field("", pattern="^(?:|to|from|for)$", description="to, from or for.")
    who: str = Field("", description="Whose letters: a client or a recipient.")


class LetterChosen(BaseModel):
    id: int | None = Field(None, ge=1, description="The letter's number; none: the letter.")


class LetterByHand(BaseModel):
    id: int | None = Field(None, ge=1, description="The letter's number; none: the letter.")
    style: str = Field("", description="dancing, dkg, femke or kristi.")


class Told(BaseModel):
    who: str = Field(min_length=1, description="The client or recipient it is about.")
    text: str = Field(min_length=1, description="What to remember, as said.")


class Whose(BaseModel):
    who: str = Field(min_length=1, description="A client or a recipient.")


@dataclass(slots=True)
class _InView:
    """The letter "it" means: the last one written, changed, shown or rendered."""

    letter_id: int | None = None


def letter_skills(desk: Desk, folder: Path) -> list[Skill]:
    """The letter skills; rendered letters go to `folder`."""
    studio = desk.studio
    in_view = _InView()

    def chosen(letter_id: int | None) -> Letter:
        letter_id = letter_id or in_view.letter_id
        if letter_id is None:
            written = studio.letters()
            if not written:
                raise InputError("There is no letter yet", "ask me to write one first")
            letter_id = written[-1].id
        letter = studio.letter(letter_id)
        in_view.letter_id = letter.id
        return letter

    def said(written: Written) -> str:
        in_view.letter_id = written.letter.id
        letter = written.letter
        again = f", revising letter {letter.revises}" if letter.revises else ""
        return f"Letter {letter.id}{again}:\n\n{letter.text}"

    async def write(args: LetterRequest) -> str:
        mentions = (args.mention,) if args.mention else ()
        return said(await desk.write(args.sender, args.to, args.occasion, mentions))

    async def change(args: LetterChange) -> str:
        return said(await desk.edit(chosen(None).id, args.how))

    def listed(args: LettersWanted) -> str:
        found = _letters_of(studio, args.way, args.who)
        whose = f" {args.way} {args.who}" if args.who else ""
        if not found:
            return f"There are no letters{whose} yet."
        return f"The letters{whose}:\n" + "\n".join(_line(studio, letter) for letter in found)

    def shown(args: LetterChosen) -> str:
        letter = chosen(args.id)
        return f"Letter {letter.id}:\n\n{letter.text}"

    async def by_hand(args: LetterByHand) -> str:
        from os1.letters.hand_styles import style
        from os1.letters.handwriting import render

        hand = style(args.style.lower() or "dancing")
        letter = chosen(args.id)
        done = await asyncio.to_thread(render, letter.parts, hand, letter.id)
        folder.mkdir(parents=True, exist_ok=True)
        pdf, png = done.save(folder / f"letter-{letter.id}")
        pages = f"{done.pages} page{'s' if done.pages > 1 else ''}"
        return f"Letter {letter.id}, by hand in the {hand.name} style ({pages}):\n{pdf}\n{png}"

    def remember(args: Told) -> str:
        try:
            kept = keep(studio, args.who, args.text)
        except NobodyCalled as exc:
            raise NotMine(str(exc)) from exc
        where = "; ".join(
            k.client.name + (f" and {k.recipient.name}" if k.recipient else "") for k in kept
        )
        return f"I'll remember that for the letters ({kept[0].entry.kind}, for {where})."

    def dossier(args: Whose) -> str:
        try:
            kept = _dossiers(studio, args.who)
        except NobodyCalled as exc:
            raise NotMine(str(exc)) from exc
        return "\n".join(kept)

    return [
        Skill("write_letter", "Write a letter for a client", LetterRequest, write),
        Skill("change_letter", "Change the letter", LetterChange, change),
        Skill("list_letters", "List the letters written", LettersWanted, listed),
        Skill("show_letter", "Show a letter", LetterChosen, shown),
        Skill("render_letter", "Write a letter out by hand", LetterByHand, by_hand),
        Skill("remember_for_letters", "Remember something for the letters", Told, remember),
        Skill("show_dossier", "Say what the dossier holds", Whose, dossier),
    ]


def _line(studio: Studio, letter: Letter) -> str:
    sender = studio.client_by_id(letter.client_id).name
    to = studio.recipient_by_id(letter.recipient_id).name
    revises = f" (revises {letter.revises})" if letter.revises else ""
    return f"{letter.id}. {sender} to {to}: {letter.occasion}{revises}, {letter.created_at[:10]}"


def _called(name: str, *names: str | None) -> bool:
    wanted = " ".join(name.split()).lower()
    return any(n and wanted in {n.lower(), n.split()[0].lower()} for n in names)


def _letters_of(studio: Studio, way: str, who: str) -> list[Letter]:
    """Letters to, from or for (either) `who`; every letter when no one is named."""
    if not who:
        return studio.letters()
    way = way or "for"
    clients = {c.id: c for c in studio.clients()}
    recipients = {r.id: r for c in clients.values() for r in studio.recipients(c)}
    found = []
    for letter in studio.letters():
        client, recipient = clients[letter.client_id], recipients[letter.recipient_id]
        sent = _called(who, client.name, client.nickname) and way in {"from", "for"}
        received = _called(who, recipient.name, recipient.nickname) and way in {"to", "for"}
        if sent or received:
            found.append(letter)
    known = [p.name for p in [*clients.values(), *recipients.values()]]
    if not found and not any(_called(who, name) for name in known):
        raise InputError(
            f"Nobody called {who} has letters here"
            + (f" (the people here are {', '.join(known)})" if known else ""),
            "say a client's or a recipient's name",
        )
    return found


def _dossiers(studio: Studio, who: str) -> list[str]:
    """What the dossier holds about `who`, a line an entry, with where each came from."""
    lines: list[str] = []
    for client in studio.clients():
        is_client = _called(who, client.name, client.nickname)
        for recipient in studio.recipients(client):
            if is_client or _called(who, recipient.name, recipient.nickname):
                entries = studio.dossier(client, recipient)
                lines.append(f"{client.name} and {recipient.name}:")
                lines += [f"- {e.kind}: {e.text} (from {e.source})" for e in entries]
        if is_client and not studio.recipients(client):
            lines.append(f"{client.name}:")
            lines += [f"- {e.kind}: {e.text} (from {e.source})" for e in studio.dossier(client)]
    if not lines:
        raise NobodyCalled(f"{who} is not a client, nor anyone a client writes to", "")
    return lines
