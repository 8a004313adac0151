"""Letters asked for in conversation: "write a letter from Loretta to Roberto for their
anniversary, mention the boat", "make it warmer", "show me my letters to Roberto",
"make it handwritten in the kristi style", "Roberto's favourite song is Moon River".
The studio (os1.letters) does the work; these are its spoken doors.

"The letter" and "it" are the one last written, changed, shown or rendered here.

A letter "from me" is the person's own: they become a client the first time,
and whoever they write to becomes a recipient on the spot. What the studio
must know and was not told (what the letter is for; for someone new, one
thing to say to them) is asked, and the answer taken from the next message.
While the model drafts, each paragraph is reported (skills/progress.py).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from os1.errors import InputError
from os1.letters.desk import Desk, Written
from os1.letters.plan import about_a_matter
from os1.letters.studio import Client, Letter
from os1.letters.told import SOURCE, NobodyCalled, keep, kind_of
from os1.mind.interview import load_answers
from os1.skills.letter_finding import (
    NO_OCCASION,
    a_body,
    confirms,
    dossiers,
    letters_of,
    line,
    name_given,
    named_lately,
    not_them,
    occasion_given,
    only_the_occasion,
    recipient_of,
    said_as,
    speaks_of_them,
    whom_given,
)
from os1.skills.letter_grammar import RULES
from os1.skills.progress import report
from os1.skills.skill import HELP_WITH_IT, MustKnow, NotMine, Skill
from os1.skills.unit import Parts, Unit

# Who "me" is in "a letter from me": the person talking.
_ME = {"me", "myself", "i", "mine", "my own", "us"}
# Whom a letter is for, said as someone named before: asked who.
_SOMEONE_SAID_BEFORE = {"him", "her", "them"}
# How far back "him" may have been named: the last few exchanges.
_MESSAGES_BACK = 16  # a sister named six messages before "help me write the card"
# How a letter should sound, said when asked what to put in it.
_MANNER = re.compile(
    r"^\W*(?:please |just |but )?(?:keep|make) it (?:nice and |really |very )?(?P<how>calm|short"
    r"|simple|polite|friendly|kind|brief|formal|warm|gentle|civil|light|honest|firm|fair)\b"
    r"(?:[.,!]\s*(?:i (?:don'?t|do not) want (?:a |an )?\w+(?: \w+)?|nothing \w+"
    r"|no \w+(?: \w+)?|please))?\W*$",
    re.IGNORECASE,
)


class LetterRequest(BaseModel):
    sender: str = Field("me", min_length=1, description="The client it is from; me: the person.")
    to: str = Field(min_length=1, description="Who it is for.")
    occasion: str = Field("", description="What it is for; left out, it is asked.")
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
    # The name the person signs with, when they told it here rather than at setup.
    signed: str | None = None


def letter_skills(
    desk: Desk,
    folder: Path,
    person: Callable[[], str | None] = lambda: None,
    their_messages: Callable[[], list[str]] = lambda: [],
) -> list[Skill]:
    """The letter skills; rendered letters go to `folder`; `person` is the name of the one
    talking (from the setup interview), who is "me" in "a letter from me"; `their_messages`
    their last few messages, oldest first, where "him" in "write him a card" was named."""
    studio = desk.studio
    in_view = _InView()

    def own_client(args: LetterRequest) -> Client:
        """The person as a client of their own studio, made the first time they write."""
        name = in_view.signed or person()
        if name is None:

            def signed(answer: str) -> LetterRequest:
                in_view.signed = name_given(answer)
                return args

            raise MustKnow("What name do you sign your letters with?", signed)
        try:
            return studio.client(name)
        except InputError:
            return studio.add_client(name)

    def client_of(args: LetterRequest) -> Client:
        sender = " ".join(args.sender.split())
        if sender.lower() in _ME:
            return own_client(args)
        own = in_view.signed or person()
        if own is not None and sender.lower() in {own.lower(), own.split()[0].lower()}:
            return own_client(args)
        return studio.client(sender)

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
        if args.to.lower() in _SOMEONE_SAID_BEFORE:
            # "Write her a letter": whom "her" is, the words alone do not say; the one they
            # named last most likely, asked to be sure.
            own = (in_view.signed or person() or "").split()
            likely = named_lately(their_messages(), args.to, frozenset(own[:1]))

            def whom(answer: str) -> LetterRequest:
                if likely and not_them(answer) is None:
                    raise MustKnow("Who is it for, then?", whom)  # "No." alone
                said = not_them(answer) or answer
                yes = confirms(answer) or speaks_of_them(answer, args.to)
                who = likely if likely and yes else whom_given(said)
                if who is None:
                    # "Tell him thank you for…" was taken for a name.
                    raise MustKnow("Who is the letter for? Just their name is enough.", whom)
                return args.model_copy(update={"to": who})

            if likely:
                raise MustKnow(f"Is the letter for {said_as(likely)}?", whom, no_answers=True)
            raise MustKnow("Who is the letter for?", whom)
        client = client_of(args)
        recipient = recipient_of(studio, client, args.to)
        if not args.occasion.strip():
            raise MustKnow(
                f"What is the letter to {said_as(recipient.name)} for?",
                lambda answer: args.model_copy(update={"occasion": occasion_given(answer)}),
            )
        mentions = (args.mention,) if args.mention.strip() else ()
        known = [e for e in studio.dossier(client, recipient) if e.kind != "voice"]
        if not mentions and not known:
            one_thing = (
                f"Tell me one thing to put in the letter to {said_as(recipient.name)}: what you "
                "most want them to know."
                if a_body(recipient.name) or about_a_matter(args.occasion)
                else f"Tell me one thing to put in the letter to {said_as(recipient.name)}: a "
                f"moment you shared, or something you love about {said_as(recipient.name)}."
            )

            def told(answer: str) -> LetterRequest:
                text = " ".join(answer.split()).rstrip(".!")
                if not text:
                    raise InputError("I didn't hear anything to put in it", "tell me one thing")
                if HELP_WITH_IT.match(text) and args.occasion != NO_OCCASION:
                    # "Can you help me start it?" was written in: "I know Can you help me start
                    # it?." What it is for is then the one thing to go on.
                    return args.model_copy(update={"mention": args.occasion})
                if HELP_WITH_IT.match(text):
                    raise MustKnow(f"I'd love to. {one_thing}", told)
                if (manner := _MANNER.match(text)) is not None:
                    # "Keep it calm. I don't want a war." is how to say it, not what: it was
                    # written into the letter as "I know Keep it calm."
                    raise MustKnow(f"{manner['how'].capitalize()} it is. {one_thing}", told)
                if only_the_occasion(text, args.occasion):
                    # "It's our anniversary next Friday." said again is nothing to put in it.
                    raise MustKnow(f"I have that it's for {args.occasion}. {one_thing}", told)
                studio.note(client, kind_of(text), text, recipient, SOURCE)
                return args

            raise MustKnow(one_thing, told)
        progress = _drafting(f"Writing the letter to {recipient.name}")
        # One thing to say makes a short letter: padded to the usual length, it would be
        # mostly os1's own filler lines.
        least = 80 if len(known) + len(mentions) > 1 else 50
        written = await desk.write(
            client.name, recipient.name, args.occasion, mentions, (least, 220), progress
        )
        return said(written)

    async def change(args: LetterChange) -> str:
        letter = chosen(None)
        progress = _drafting(f"Rewriting letter {letter.id}")
        return said(await desk.edit(letter.id, args.how, progress=progress))

    def listed(args: LettersWanted) -> str:
        found = letters_of(studio, args.way, args.who)
        whose = f" {args.way} {args.who}" if args.who else ""
        if not found:
            return f"There are no letters{whose} yet."
        return f"The letters{whose}:\n" + "\n".join(line(studio, letter) for letter in found)

    def shown(args: LetterChosen) -> str:
        letter = chosen(args.id)
        return f"Letter {letter.id}:\n\n{letter.text}"

    async def by_hand(args: LetterByHand) -> str:
        # Here, not at the top: rendering loads fpdf and the pen, about a second (measured
        # with python -X importtime), which every process with the letter skills would
        # otherwise pay at its start for a rare request.
        from os1.letters.hand_styles import style
        from os1.letters.handwriting import render

        hand = style(args.style.lower() or "dancing")
        letter = chosen(args.id)
        await report(f"Writing letter {letter.id} out by hand…")
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
            kept = dossiers(studio, args.who)
        except NobodyCalled as exc:
            raise NotMine(str(exc)) from exc
        return "\n".join(kept)

    return [
        Skill("write_letter", "Write a letter for a client", LetterRequest, write),
        Skill("change_letter", "Change the letter", LetterChange, change),
        Skill("list_letters", "List the letters written", LettersWanted, listed, reads_only=True),
        Skill("show_letter", "Show a letter", LetterChosen, shown, reads_only=True),
        Skill("render_letter", "Write a letter out by hand", LetterByHand, by_hand),
        Skill("remember_for_letters", "Remember something for the letters", Told, remember),
        Skill("show_dossier", "Say what the dossier holds", Whose, dossier, reads_only=True),
    ]


def _drafting(doing: str) -> Callable[[int, int], Awaitable[None]]:
    async def paragraph(number: int, planned: int) -> None:
        await report(f"{doing}: paragraph {number} of {planned}…")

    return paragraph


def _skills(parts: Parts) -> list[Skill[Any]]:
    """The letter skills, when the person has a letter desk (a brain to write with)."""
    if parts.desk is None:
        return []

    def their_messages() -> list[str]:
        said = parts.store.recent_turns(parts.user, _MESSAGES_BACK)
        # Whom they named when the OS first met them ("My girlfriend Ama, …") comes first:
        # "write her a note" after a row with Ama was met with "Who is the letter for?".
        met = load_answers(parts.store, parts.user).relationships
        return [*filter(None, [met]), *(turn.text for turn in said if turn.role == "user")]

    return letter_skills(parts.desk, parts.letters_folder, parts.signer, their_messages)


UNIT = Unit(_skills, RULES)
