"""Mail skills: "read me my new mail", "reply to Paul that I'll be late",
"clean up my inbox", "undo the clean-up".

Replying and cleaning up ask first and say exactly what will happen: the
real address and the words for a reply; how many messages go to the
Archive, how many stay, and why, for a clean-up. A yes does exactly that: the
reply shown is the one sent (to the address shown, threaded under the message
it answered), and the messages counted are the ones moved, whatever arrived
in between. A clean-up is recorded, so it can be undone.

The mail servers are reached in mail threads (`in_mail_thread`), off the event loop;
contacts and the record of a clean-up are read and written in the store, on the loop.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import Any

import click
from pydantic import BaseModel, Field

from os1.errors import InputError
from os1.memory.store import Store
from os1.skills.commands import do
from os1.skills.contacts import Contacts
from os1.skills.grammar import nothing, rule, words
from os1.skills.mail import Mailbox, Message, Outbox, in_mail_thread, reply_to
from os1.skills.skill import Asked, Confirmable, Skill
from os1.skills.triage import Ranked, keeps, rank, why_archived
from os1.skills.unit import Parts, Unit

SHOWN = 5  # messages read out at once
SNIPPET = 160
CLEANUP_KEY = "mail_cleanup"  # the Message-IDs the last clean-up archived


class NoArguments(BaseModel):
    pass


class SearchArguments(BaseModel):
    about: str = Field("", max_length=200, description="Words the messages contain.")
    sender: str = Field("", max_length=200, description="Who sent them: a name or an address.")


class SenderArguments(BaseModel):
    name: str = Field(min_length=1, max_length=200, description="Whose newest message.")


class ReplyArguments(Confirmable):
    name: str = Field(min_length=1, max_length=200, description="Whose message to answer.")
    text: str = Field(min_length=1, max_length=10_000, description="What to say.")


class CleanArguments(Confirmable):
    pass


@dataclass(frozen=True, slots=True)
class ShownReply:
    """A reply as its question showed it: the message it answers and the mail itself."""

    original: Message
    message: EmailMessage


@dataclass(frozen=True, slots=True)
class ShownCleanUp:
    """A clean-up as its question counted it."""

    kept: list[Ranked]
    gone: list[Ranked]


def _quoted(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _ranked(
    mailbox: Mailbox, me: str, known: set[str], now: datetime, unseen_only: bool
) -> list[Ranked]:
    return rank(mailbox.messages(unseen_only), me, known, now)


def _texts(mailbox: Mailbox, messages: list[Message]) -> list[str]:
    return [_quoted(mailbox.read(message.uid), SNIPPET) for message in messages]


def _named(mailbox: Mailbox, name: str) -> list[Message]:
    """The inbox's messages whose sender's name is like `name`."""
    from rapidfuzz import fuzz, utils  # at first use, as in contacts.py

    return [
        m
        for m in mailbox.messages()
        if fuzz.WRatio(name, m.who, processor=utils.default_process) >= 85
    ]


def _sent(outbox: Outbox, mailbox: Mailbox, message: EmailMessage) -> None:
    outbox.send(message)
    mailbox.save_sent(message)


async def new_mail(
    mailbox: Mailbox, me: str, contacts: Contacts, clock: Callable[[], datetime]
) -> list[Ranked]:
    """The unread mail, ranked, most important first."""
    known = {c.email.lower() for c in contacts.all() if c.email}
    return await in_mail_thread(_ranked, mailbox, me, known, clock(), True)


def mail_skills(
    mailbox: Mailbox,
    outbox: Outbox,
    me: str,
    contacts: Contacts,
    store: Store,
    user_id: str,
    clock: Callable[[], datetime],
) -> list[Skill[Any]]:
    def known() -> set[str]:
        return {c.email.lower() for c in contacts.all() if c.email}

    async def read_new(_: NoArguments) -> str:
        new = await new_mail(mailbox, me, contacts, clock)
        if not new:
            return "No new mail."
        important = sum(r.important for r in new)
        head = f"You have {len(new)} new message{'s' if len(new) > 1 else ''}"
        head += f", {important} important." if important else "."
        shown = [item.message for item in new[:SHOWN]]
        texts = await in_mail_thread(_texts, mailbox, shown)
        lines = []
        for number, (message, text) in enumerate(zip(shown, texts, strict=True), 1):
            lines.append(f"{number}. From {message.who}: “{message.subject}”: {text}")
        more = f" And {len(new) - SHOWN} more." if len(new) > SHOWN else ""
        return head + " " + " ".join(lines) + more

    async def _original(name: str) -> Message:
        """The newest message (by its date, not its place in the folder) from `name`."""
        address = None
        with contextlib.suppress(InputError):  # not a contact: the sender's name may do
            address = (contacts.find(name).email or "").lower() or None
        if address:
            sent_by = await in_mail_thread(mailbox.search, "", address, 500)
            found = [m for m in sent_by if m.sender == address]
        else:
            found = await in_mail_thread(_named, mailbox, name)
        if not found:
            raise InputError(
                f"I can't find a message from {name}", "say the name as it is in the mail"
            )
        return max(found, key=lambda m: m.date)

    async def _reply(args: ReplyArguments) -> ShownReply:
        text = args.text.strip()
        original = await _original(args.name)
        return ShownReply(original, reply_to(original, me, text[:1].upper() + text[1:]))

    async def confirm_reply(args: ReplyArguments) -> Asked:
        shown = await _reply(args)
        reply = shown.message
        body = _quoted(reply.get_content(), 300)
        return Asked(f"Send to {reply['To']}, subject “{reply['Subject']}”: “{body}”?", shown)

    async def reply(args: ReplyArguments) -> str:
        # What the question showed, not a new search: newer mail from someone of the same
        # name may have arrived since, from another address.
        shown = args.shown if isinstance(args.shown, ShownReply) else await _reply(args)
        message = shown.message
        await in_mail_thread(_sent, outbox, mailbox, message)
        return f"Sent to {message['To']}."

    async def _plan() -> tuple[list[Any], list[Any]]:
        now = clock()
        ranked = await in_mail_thread(_ranked, mailbox, me, known(), now, False)
        kept = [r for r in ranked if keeps(r, now)]
        gone = [r for r in ranked if not keeps(r, now)]
        return kept, gone

    async def confirm_clean(_: CleanArguments) -> Asked | None:
        kept, gone = await _plan()
        if not gone:
            return None
        why = ", ".join(f"{n:,} {reason}" for reason, n in why_archived(gone).most_common())
        return Asked(
            f"Archive {len(gone):,} of {len(kept) + len(gone):,} messages ({why}) and keep "
            f"{len(kept):,}: the important ones, the flagged, and new mail meant for you?",
            ShownCleanUp(kept, gone),
        )

    async def clean(args: CleanArguments) -> str:
        # The messages counted in the question; mail that came in since stays where it is.
        shown = args.shown
        if isinstance(shown, ShownCleanUp):
            kept, gone = shown.kept, shown.gone
        else:
            kept, gone = await _plan()
        if not gone:
            return f"Your inbox is already tidy: {len(kept):,} messages, all worth keeping."
        store.put_state(user_id, CLEANUP_KEY, [r.message.message_id for r in gone])
        await in_mail_thread(mailbox.archive, [r.message.uid for r in gone])
        reasons = sorted(
            {reason for r in kept for reason in r.reasons if reason != "older than a month"}
        )
        return (
            f"Archived {len(gone):,}; kept {len(kept):,} ({', '.join(reasons) or 'new mail'}). "
            "Say “undo the clean-up” to bring them back."
        )

    async def undo(_: NoArguments) -> str:
        archived = store.get_state(user_id, CLEANUP_KEY)
        if not archived:
            return "There is no clean-up to undo."
        moved = await in_mail_thread(mailbox.unarchive, archived)
        store.delete_state(user_id, CLEANUP_KEY)
        return f"Brought {moved:,} messages back to your inbox."

    async def find(args: SearchArguments) -> str:
        if not args.about.strip() and not args.sender.strip():
            raise InputError("Find which mail", "say words it contains, or who sent it")
        sender = args.sender.strip()
        with contextlib.suppress(InputError):  # a contact's address finds more than a name
            sender = contacts.find(sender).email or sender if sender else sender
        # "the", "a", "of" are in every message: only words that tell messages apart.
        words = " ".join(w for w in args.about.split() if len(w) > 3 or w.isdigit())
        found = await in_mail_thread(mailbox.search, words, sender, SHOWN + 1)
        if not found:
            return "No mail like that in your inbox."
        listed = "; ".join(
            f"{n}. From {m.who}: “{m.subject}” ({m.date.astimezone():%d %b})"
            for n, m in enumerate(found[:SHOWN], 1)
        )
        more = " And more; say more words to narrow it." if len(found) > SHOWN else ""
        return f"{listed}.{more}"

    async def flag(args: SenderArguments) -> str:
        message = await _original(args.name)
        await in_mail_thread(mailbox.flag, message.uid)
        return f"Flagged “{message.subject}” from {message.who}."

    return [
        # The mailbox is read with BODY.PEEK: nothing is marked as seen.
        Skill("read_new_mail", "Read the new mail", NoArguments, read_new, reads_only=True),
        Skill("find_mail", "Find mail", SearchArguments, find, reads_only=True),
        Skill("flag_mail", "Flag a message", SenderArguments, flag),
        Skill("reply_mail", "Reply to a message", ReplyArguments, reply, confirm_reply),
        Skill("clean_inbox", "Clean up the inbox", CleanArguments, clean, confirm_clean),
        Skill("undo_cleanup", "Undo the last inbox clean-up", NoArguments, undo),
    ]


RULES = (
    rule(
        "read_new_mail",
        r"(?:(?:read|check|show)(?: me)? (?:my )?(?:new )?(?:mail|e-?mail|inbox|messages)"
        r"|(?:any|is there any|do i have any) new (?:mail|e-?mail|messages))",
        nothing,
    ),
    rule(
        "reply_mail",
        r"(?:reply|answer|write back) to (?P<name>.+?)"
        r"(?: that| saying| to say|:)\s*(?P<text>.+)",
        words("name", "text"),
    ),
    rule(
        "clean_inbox",
        r"(?:clean up|tidy(?: up)?|clear out|sort out) (?:my )?(?:inbox|mail|e-?mail)",
        nothing,
    ),
    rule(
        "find_mail",
        r"(?:find|search(?: for)?|look for|show me) (?:the |my |any )?"
        r"(?:mail|e-?mails?|messages?)(?: (?:from|by) (?P<sender>.+?))?"
        r"(?: (?:about|on|with|mentioning) (?P<about>.+?))?",
        words("sender", "about"),
    ),
    rule("find_mail", r"search my (?:mail|e-?mail|inbox) for (?P<about>.+?)", words("about")),
    rule(
        "flag_mail",
        r"flag (?:the )?(?:last |latest |newest )?(?:mail|e-?mail|message) from (?P<name>.+?)",
        words("name"),
    ),
    rule("undo_cleanup", r"undo (?:the |that |my )?(?:inbox )?clean[- ]?up", nothing),
)


@click.group(invoke_without_command=True)
@click.pass_context
def mail(context: click.Context) -> None:
    """Your mail (OS1_MAIL_IMAP and the rest): the new messages, most important first."""
    if context.invoked_subcommand is None:
        do("read_new_mail", {})


@mail.command("reply")
@click.argument("name")
@click.argument("text")
@click.option("--yes", is_flag=True, help="Do not ask first.")
def mail_reply(name: str, text: str, yes: bool) -> None:
    """Reply to the newest message from NAME with TEXT (shows exactly what goes, first)."""
    do("reply_mail", {"name": name, "text": text}, yes)


@mail.command("clean")
@click.option("--yes", is_flag=True, help="Do not ask first.")
def mail_clean(yes: bool) -> None:
    """Archive what does not matter, keep what does; `os1 mail undo` brings it back."""
    do("clean_inbox", {}, yes)


@mail.command("undo")
def mail_undo() -> None:
    """Bring back what the last clean-up archived."""
    do("undo_cleanup", {})


def _skills(parts: Parts) -> list[Skill[Any]]:
    """The mail skills, when the person has set up an account; none otherwise."""
    account = parts.mail
    if account is None:
        return []
    return mail_skills(
        account.mailbox,
        account.outbox,
        account.address,
        parts.contacts,
        parts.store,
        parts.user,
        parts.clock,
    )


UNIT = Unit(_skills, RULES, (mail,))
