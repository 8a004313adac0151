"""The person's mail: their real account, over IMAP to read and sort, SMTP to send.

Everything that arrives is data: a subject or a body is shown, ranked,
quoted, never followed. Nothing here sends, moves or deletes on its own; the
mail skills ask first, with the real recipient and words (mail_skills.py).

IMAP and SMTP are synchronous and a mail server may be slow or silent (30 s before a
timeout): code on the event loop reaches them through `in_mail_thread`. Each use opens
its own connection, so a `Mailbox` or an `Outbox` may be used from any thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import email
import email.policy
import html
import re
import smtplib
import ssl
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import formatdate, getaddresses, make_msgid, parseaddr
from functools import partial
from typing import Any, Literal, TypeVar

from os1.errors import ConfigError, InputError

T = TypeVar("T")
Security = Literal["tls", "starttls", "none"]
ARCHIVE = "Archive"
# A message body read aloud or shown is cut here; the rest stays in the mailbox.
SHOWN_CHARS = 2000

# The mail servers' own threads: a silent one holds up neither the event loop nor the
# threads others' work shares (asyncio's default), only other mail, four at a time.
_THREADS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="os1-mail")


async def in_mail_thread(call: Callable[..., T], *args: Any) -> T:
    """`call(*args)` in a mail thread. Only for talking to the mail servers (and plain
    work on what they sent): the store belongs to the event loop's thread."""
    return await asyncio.get_running_loop().run_in_executor(_THREADS, partial(call, *args))


@dataclass(frozen=True, slots=True)
class Message:
    uid: int
    message_id: str
    sender_name: str
    sender: str  # the address
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    date: datetime
    seen: bool
    flagged: bool
    bulk: bool  # a list, a newsletter, an automatic message
    references: str = ""

    @property
    def who(self) -> str:
        return self.sender_name or self.sender


def _text(raw: bytes | str | None) -> str:
    """A header as text, whatever its encoding; bytes that are not text become �."""
    if raw is None:
        return ""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="replace")
    try:
        return str(make_header(decode_header(raw))).strip()
    except (LookupError, ValueError, UnicodeDecodeError):  # an unknown or broken charset
        return raw.strip()


def _addresses(envelope_addresses: Any) -> tuple[str, ...]:
    found = []
    for address in envelope_addresses or ():
        if address.mailbox and address.host:
            found.append(f"{_text(address.mailbox)}@{_text(address.host)}".lower())
    return tuple(found)


_BULK_HEADERS = re.compile(
    rb"^(list-id|list-unsubscribe|precedence:\s*(bulk|list|junk)|auto-submitted:\s*auto)",
    re.IGNORECASE | re.MULTILINE,
)
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)


def body_text(raw: bytes) -> str:
    """The readable text of a message: its plain part, or its HTML part without tags."""
    try:
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        part = parsed.get_body(preferencelist=("plain", "html"))
        if part is None:
            return ""
        content = part.get_content()
        if part.get_content_type() == "text/html":
            content = html.unescape(_TAGS.sub(" ", content))
    except (LookupError, ValueError, UnicodeDecodeError, AttributeError):
        # Broken MIME: show what can be read rather than nothing.
        content = raw.split(b"\r\n\r\n", 1)[-1].decode("utf-8", errors="replace")
    return " ".join(content.split())


class Mailbox:
    """One IMAP account. Connections are opened per use and closed after it."""

    def __init__(
        self, host: str, port: int, user: str, password: str, security: Security = "tls"
    ) -> None:
        self.host, self.port, self.user = host, port, user
        self._password = password
        self.security = security

    @contextmanager
    def _session(self, folder: str = "INBOX", readonly: bool = True) -> Iterator[Any]:
        # At first use: a chat that reads no mail starts without it (benchmarks/start.py).
        from imapclient import IMAPClient
        from imapclient.exceptions import LoginError

        where = f"{self.host}:{self.port}"
        try:
            client = IMAPClient(
                self.host,
                port=self.port,
                ssl=self.security == "tls",
                ssl_context=ssl.create_default_context(),
                timeout=30,
            )
            if self.security == "starttls":
                client.starttls(ssl.create_default_context())
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(
                f"The mail server {where} cannot be reached ({exc.__class__.__name__}: {exc})",
                "check OS1_MAIL_IMAP and OS1_MAIL_SECURITY, and that the server is up",
            ) from exc
        try:
            try:
                client.login(self.user, self._password)
            except LoginError as exc:
                raise ConfigError(
                    f"The mail server {where} refused the user name or password",
                    "check OS1_MAIL_USER and OS1_MAIL_PASSWORD",
                ) from exc
            client.select_folder(folder, readonly=readonly)
            yield client
        finally:
            # Closing a connection that already failed may fail too; nothing is lost.
            with contextlib.suppress(Exception):
                client.logout()

    def messages(self, unseen_only: bool = False, limit: int | None = None) -> list[Message]:
        """The inbox's messages (or the unseen ones), newest first, headers only."""
        with self._session() as client:
            uids = client.search("UNSEEN" if unseen_only else "ALL")
            uids = sorted(uids, reverse=True)[:limit] if limit else sorted(uids, reverse=True)
            return self._describe(client, uids)

    def _describe(self, client: Any, uids: Sequence[int]) -> list[Message]:
        found: list[Message] = []
        fields = (
            b"BODY[HEADER.FIELDS (LIST-ID LIST-UNSUBSCRIBE PRECEDENCE AUTO-SUBMITTED REFERENCES)]"
        )
        for start in range(0, len(uids), 500):
            chunk = list(uids[start : start + 500])
            fetched = client.fetch(
                chunk,
                ["ENVELOPE", "FLAGS", "INTERNALDATE", fields.replace(b"BODY[", b"BODY.PEEK[")],
            )
            for uid in chunk:
                data = fetched.get(uid)
                if data is None:
                    continue
                envelope = data[b"ENVELOPE"]
                headers = data.get(fields, b"") or b""
                sender = envelope.from_[0] if envelope.from_ else None
                address = _addresses([sender])[0] if sender and sender.host else ""
                when = envelope.date or data.get(b"INTERNALDATE") or datetime.now(UTC)
                references = re.search(rb"^references:(.*)$", headers, re.I | re.M)
                found.append(
                    Message(
                        uid=uid,
                        message_id=_text(envelope.message_id),
                        sender_name=_text(sender.name) if sender else "",
                        sender=address,
                        to=_addresses(envelope.to),
                        cc=_addresses(envelope.cc),
                        subject=_text(envelope.subject) or "(no subject)",
                        date=when if when.tzinfo else when.replace(tzinfo=UTC),
                        seen=b"\\Seen" in data[b"FLAGS"],
                        flagged=b"\\Flagged" in data[b"FLAGS"],
                        bulk=bool(_BULK_HEADERS.search(headers)),
                        references=_text(references.group(1)) if references else "",
                    )
                )
        return found

    def search(self, words: str = "", sender: str = "", limit: int = 20) -> list[Message]:
        """Inbox messages with all these words (subject or text) and from this sender."""
        criteria: list[str] = []
        for word in words.split():
            criteria += ["TEXT", word]
        if sender:
            criteria += ["FROM", sender]
        with self._session() as client:
            uids = client.search(criteria or "ALL", charset="UTF-8")
            return self._describe(client, sorted(uids, reverse=True)[:limit])

    def flag(self, uid: int) -> None:
        with self._session(readonly=False) as client:
            client.add_flags([uid], [b"\\Flagged"])

    def read(self, uid: int) -> str:
        """The text of one message, without marking it read."""
        with self._session() as client:
            data = client.fetch([uid], ["BODY.PEEK[]"]).get(uid)
        if data is None:
            raise InputError(f"Message {uid} is no longer in the inbox", "ask for your mail again")
        return body_text(data[b"BODY[]"])[:SHOWN_CHARS]

    def archive(self, uids: Sequence[int]) -> int:
        """Move messages to the Archive folder (made if missing); how many moved."""
        if not uids:
            return 0
        with self._session(readonly=False) as client:
            if not client.folder_exists(ARCHIVE):
                client.create_folder(ARCHIVE)
            client.move(list(uids), ARCHIVE)
        return len(uids)

    def unarchive(self, message_ids: Sequence[str]) -> int:
        """Move the messages with these Message-IDs from the Archive back to the inbox."""
        moved = 0
        with self._session(ARCHIVE, readonly=False) as client:
            wanted = set(message_ids)
            uids = client.search("ALL")
            fetched = client.fetch(uids, ["ENVELOPE"]) if uids else {}
            back = [u for u, d in fetched.items() if _text(d[b"ENVELOPE"].message_id) in wanted]
            if back:
                client.move(back, "INBOX")
                moved = len(back)
        return moved

    def save_sent(self, message: EmailMessage) -> None:
        with self._session("INBOX", readonly=False) as client:
            folder = "Sent" if client.folder_exists("Sent") else None
            if folder:
                client.append(folder, message.as_bytes(), flags=[b"\\Seen"])


class Outbox:
    """SMTP, to send as the person."""

    def __init__(
        self, host: str, port: int, user: str | None, password: str | None, security: Security
    ) -> None:
        self.host, self.port, self.user = host, port, user
        self._password = password
        self.security = security

    def send(self, message: EmailMessage) -> None:
        where = f"{self.host}:{self.port}"
        try:
            if self.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=30, context=ssl.create_default_context()
                )
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=30)
            with smtp:
                if self.security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
                if self.user and self._password:
                    smtp.login(self.user, self._password)
                smtp.send_message(message)
        except smtplib.SMTPAuthenticationError as exc:
            raise ConfigError(
                f"The mail server {where} refused the user name or password for sending",
                "check OS1_MAIL_USER and OS1_MAIL_PASSWORD; nothing was sent",
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise ConfigError(
                f"Sending through {where} failed ({exc.__class__.__name__}: {exc})",
                "check OS1_MAIL_SMTP and that the server is up; nothing was sent",
            ) from exc


@dataclass(frozen=True, slots=True)
class MailAccount:
    """The person's account: where mail is read, where it is sent, and their own address."""

    mailbox: Mailbox
    outbox: Outbox
    address: str


def reply_to(original: Message, sender: str, text: str) -> EmailMessage:
    """A reply that mail programs thread under the original (In-Reply-To, References)."""
    reply = EmailMessage()
    reply["From"] = sender
    reply["To"] = original.sender
    subject = original.subject
    reply["Subject"] = subject if subject.lower().startswith("re:") else f"Re: {subject}"
    reply["Date"] = formatdate(localtime=True)
    reply["Message-ID"] = make_msgid(domain=parseaddr(sender)[1].split("@")[-1] or None)
    if original.message_id:
        reply["In-Reply-To"] = original.message_id
        reply["References"] = " ".join(filter(None, [original.references, original.message_id]))
    reply.set_content(text)
    return reply


def recipients(message: EmailMessage) -> list[str]:
    return [address for _, address in getaddresses(message.get_all("To", []))]
