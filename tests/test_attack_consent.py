"""Attacks on consent. A reply that only starts like a yes ("ok wait, no, don't delete
it") must not delete a note, over the OpenAI-compatible API of a real `os1 serve` on
loopback; and a mail reply must go to the address its question showed, though a newer
message from someone with the same name arrived before the yes (the conversation in
this process, with mail on real servers: Dovecot for IMAP, aiosmtpd for SMTP).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import httpx2 as httpx
import openai
import pytest

from os1.brain.scripted import ScriptedBrain
from os1.conversation.answerers import answerers_for
from os1.conversation.loop import Conversation
from os1.memory.store import Store
from os1.mind.interview import Answers
from os1.mind.persona import Persona
from os1.skills.contacts import Contacts
from os1.skills.mail import Mailbox, Outbox
from os1.skills.mail_skills import mail_skills
from os1.skills.skill import Catalogue
from tests.attacks import health_watched
from tests.mail_servers import ADDRESS, PASSWORD, USER, Recorded, running
from tests.os1_servers import os1_serve, scripted

ACCOUNT_PASSWORD = "a long enough password"
SECRET = "the spare key is under the blue pot"
# Replies that started like a yes, and deleted the note before.
NOT_YES = [
    "ok wait, no, don't delete it",
    "yes... actually no",
    "Sure? Which note is that?",
    "do it later, not now",
    "yeah no",
    "okay hold on",
    "yes?",
    "sure but later",
    "yes delete note 2",
    "ok wait no dont delete it",  # as speech is transcribed
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.mktemp("consent")
    said = ["I am glad you told me.", "That means a lot.", "How did it go?", "I hear you."]
    replies = (f"Reply {n}: {said[n % 4]} Go on." for n in range(200))
    with os1_serve(home / "server.log", **scripted(home, replies)) as url:
        yield url


def _api(url: str) -> tuple[openai.OpenAI, str]:
    client = httpx.Client(base_url=url, timeout=30)
    signed = client.post("/api/signup", json={"username": "theo", "password": ACCOUNT_PASSWORD})
    assert signed.status_code == 201, signed.text
    client.headers["x-csrf-token"] = signed.json()["csrf"]
    woke = client.post("/api/interview", json={"user_name": "Theo", "focus": "music"})
    assert woke.status_code == 200, woke.text
    made = client.post("/api/keys", json={"name": "consent attack"})
    assert made.status_code == 201, made.text
    api = openai.OpenAI(base_url=f"{url}/v1", api_key=made.json()["key"], timeout=60)
    return api, api.models.list().data[0].id


def test_a_reply_that_only_starts_like_a_yes_deletes_nothing(server: str) -> None:
    api, model = _api(server)

    def say(text: str) -> str:
        answer = api.chat.completions.create(
            model=model, messages=[{"role": "user", "content": text}]
        )
        return answer.choices[0].message.content or ""

    # Outside the watch: the first turn opens this person's OS, which is not the attack.
    assert say(f"take a note: {SECRET}").startswith("Noted (note 1)")
    with health_watched(server) as watch:
        question = f"Delete note 1, “{SECRET}”? (yes / no)"
        for reply in NOT_YES:
            assert say("delete note 1") == question, reply
            answer = say(reply)
            assert answer != "Note 1 is deleted.", reply
            # Asked again, with what it would do, or (a new request) left undone.
            assert question in answer or answer.startswith("I've left"), (reply, answer)
            # Asking for the notes is a new request: the question is left undone.
            assert SECRET in say("what are my notes?"), reply
        # A whole yes still deletes it: the attack above could have succeeded.
        assert say("delete note 1") == question
        assert say("yes, delete it") == "Note 1 is deleted."
        assert SECRET not in say("what are my notes?")
    watch.assert_responsive()


NOW = datetime.now(UTC)


def _mail(sender: str, name: str, subject: str, n: int, hours: float) -> bytes:
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>"
    message["To"] = ADDRESS
    message["Subject"] = subject
    message["Date"] = format_datetime(NOW - timedelta(hours=hours))
    message["Message-ID"] = f"<consent{n}@test.example>"
    message.set_content("Shall I bring anything?")
    return message.as_bytes()


def _deliver(port: int, raw: bytes) -> None:
    from imapclient import IMAPClient

    client = IMAPClient("127.0.0.1", port=port, ssl=False)
    client.login(USER, PASSWORD)
    client.append("INBOX", raw)
    client.logout()


@pytest.fixture(scope="module")
def mail() -> Iterator[tuple[int, Recorded, int]]:
    for dovecot, recorded, smtp_port in running():
        _deliver(dovecot.port, _mail("paul@friend.example", "Paul", "Dinner on Friday", 1, 5))
        yield dovecot.port, recorded, smtp_port


def _conversation(store: Store, mail: tuple[int, Recorded, int]) -> Conversation:
    imap_port, _, smtp_port = mail
    skills = Catalogue(
        mail_skills(
            Mailbox("127.0.0.1", imap_port, USER, PASSWORD, "none"),
            Outbox("127.0.0.1", smtp_port, None, None, "none"),
            ADDRESS,
            Contacts(store, "local"),  # Paul is no contact: his name finds his mail
            store,
            "local",
            lambda: NOW,
        )
    )
    persona = Persona("Iris", "model", ".")
    return Conversation(
        ScriptedBrain(f"Reply {n}: go on." for n in range(20)),
        store,
        "local",
        persona,
        Answers("Theo"),
        answerers=answerers_for(store, "local", persona, skills=skills, clock=lambda: NOW),
        clock=lambda: NOW,
    )


def test_a_reply_goes_to_the_address_shown_though_a_namesake_wrote_before_the_yes(
    store: Store, mail: tuple[int, Recorded, int]
) -> None:
    imap_port, recorded, _ = mail
    conversation = _conversation(store, mail)

    def say(text: str) -> str:
        return asyncio.run(conversation.say(text).text())

    question = say("reply to Paul that I'll bring wine")
    assert question == (
        "Send to paul@friend.example, subject “Re: Dinner on Friday”: “I'll bring wine”? (yes / no)"
    )
    # Before the yes, someone else called Paul writes, newer than Paul's message.
    _deliver(imap_port, _mail("paul@impostor.example", "Paul", "Quick question", 2, 0.1))
    # Not clear yet: asked again, the same question with the same address.
    assert say("sure? which paul is that") == f"I'll only do that on a clear yes. {question}"
    assert recorded.sent == []
    assert say("yes") == "Sent to paul@friend.example."
    ((sender, to, raw),) = recorded.sent
    assert (sender, to) == (ADDRESS, ["paul@friend.example"])
    assert b"In-Reply-To: <consent1@test.example>" in raw
    assert b"I'll bring wine" in raw
    # Asked now, the newer Paul is the one shown, and so the one a yes would answer: the
    # pin is to what was shown, not to the first Paul ever seen.
    assert "paul@impostor.example" in say("reply to Paul that I'll bring wine")
    assert say("no") == "All right, I won't."
    assert len(recorded.sent) == 1
    recorded.sent.clear()


def test_a_clean_up_moves_the_messages_it_counted_not_mail_that_came_after(
    store: Store, mail: tuple[int, Recorded, int]
) -> None:
    imap_port, recorded, _ = mail
    for n in range(3):
        newsletter = EmailMessage()
        newsletter["From"], newsletter["To"] = "news@shop.example", ADDRESS
        newsletter["Subject"] = f"Offers {n}"
        newsletter["Date"] = format_datetime(NOW - timedelta(days=40))
        newsletter["Message-ID"] = f"<offers{n}@test.example>"
        newsletter["List-Unsubscribe"] = "<mailto:leave@shop.example>"
        newsletter.set_content("Sale.")
        _deliver(imap_port, newsletter.as_bytes())
    conversation = _conversation(store, mail)
    mailbox = Mailbox("127.0.0.1", imap_port, USER, PASSWORD, "none")

    def say(text: str) -> str:
        return asyncio.run(conversation.say(text).text())

    question = say("clean up my inbox")
    assert question.startswith("Archive 3 of "), question
    late = EmailMessage()
    late["From"], late["To"] = "digest@forum.example", ADDRESS
    late["Subject"], late["Message-ID"] = "Digest", "<late@test.example>"
    late["Date"] = format_datetime(NOW - timedelta(days=41))
    late["List-Id"] = "<forum.example>"
    late.set_content("The week's posts.")
    _deliver(imap_port, late.as_bytes())
    assert say("yes").startswith("Archived 3;")
    inbox = {m.message_id for m in mailbox.messages()}
    assert "<late@test.example>" in inbox  # not counted in the question, so not moved
    assert not any(f"<offers{n}@test.example>" in inbox for n in range(3))
    assert recorded.sent == []
