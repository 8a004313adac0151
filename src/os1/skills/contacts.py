"""Contacts: "what's Charles's number?"; kept in os1's database, or imported from vCards.

Names are matched loosely (`rapidfuzz`), since speech and typing both get
them a little wrong; two close matches get a question back, not a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
from pydantic import BaseModel, Field

from os1.errors import InputError
from os1.memory.dialect import Connection
from os1.memory.store import Store
from os1.memory.types import NewIds
from os1.skills.commands import do, person
from os1.skills.grammar import Precedence, rule, words
from os1.skills.skill import Skill
from os1.skills.unit import Archived, Parts, Rows, Unit

# Scores are rapidfuzz's WRatio on lowercased names, 0 to 100. Below FOUND
# nobody is the one asked for ("Ruth" against "Paul Twombly" is 45; "Pual"
# for him is 67.5); two within CLOSE of each other are both plausible
# ("Charles" is 95 for Charles Ng and 90 for Charles Bell).
FOUND = 65
CLOSE = 8


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    name: str
    phone: str | None
    email: str | None

    def describe(self) -> str:
        ways = [w for w in (self.phone, self.email) if w]
        return f"{self.name}: {', '.join(ways)}" if ways else f"{self.name} (no number or email)"


class ContactName(BaseModel):
    name: str = Field(min_length=1, max_length=200, description="Whom to look up.")


class Contacts:
    def __init__(self, store: Store, user_id: str) -> None:
        self.store = store
        self.user_id = user_id

    def add(self, name: str, phone: str | None = None, email: str | None = None) -> Contact:
        name = " ".join(name.split())
        if not name:
            raise InputError("A contact needs a name", "give the name first")
        with self.store.writing() as db:
            row = db.execute(
                "INSERT INTO contacts (user_id, name, phone, email, created_at)"
                " VALUES (?, ?, ?, ?, ?) RETURNING id",
                (self.user_id, name, phone, email, datetime.now(UTC).isoformat()),
            ).fetchone()
        return Contact(int(row[0]), name, phone, email)

    def all(self) -> list[Contact]:
        rows = self.store.read(
            "SELECT id, name, phone, email FROM contacts WHERE user_id = ? ORDER BY name",
            (self.user_id,),
        )
        return [Contact(r["id"], r["name"], r["phone"], r["email"]) for r in rows]

    def find(self, name: str) -> Contact:
        """The one contact `name` means; InputError when none is close, or two are."""
        # Imported at first use, as vobject below: a chat that never looks anyone up
        # starts without them (benchmarks/start.py).
        from rapidfuzz import fuzz, process, utils

        everyone = self.all()
        names = [c.name for c in everyone]
        matches = process.extract(
            name, names, scorer=fuzz.WRatio, processor=utils.default_process, limit=3
        )
        good = [(everyone[i], score) for _, score, i in matches if score >= FOUND]
        if not good:
            raise InputError(
                f"I don't know anyone called {name}", "add them with `os1 contacts add`"
            )
        if len(good) > 1 and good[0][1] - good[1][1] < CLOSE:
            names = " or ".join(c.name for c, _ in good[:3])
            raise InputError(f"Which {name} do you mean: {names}", "say the whole name")
        return good[0][0]

    def import_vcards(self, path: Path) -> int:
        """Add every card in a .vcf file; the file is read whole before anything is added."""
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(
                f"Cannot read {path} ({exc})", "check the path; it must be UTF-8"
            ) from exc
        import vobject

        cards = []
        try:
            for card in vobject.readComponents(text):
                name = getattr(card, "fn", None)
                if name is None:
                    continue
                phone = getattr(card, "tel", None)
                email = getattr(card, "email", None)
                cards.append(
                    (name.value, phone.value if phone else None, email.value if email else None)
                )
        except Exception as exc:  # vobject raises its own ParseError and plain ValueErrors
            raise InputError(
                f"{path} is not a vCard file ({exc})", "export contacts as .vcf"
            ) from exc
        if not cards:
            raise InputError(f"{path} holds no contacts with a name", "export contacts as .vcf")
        for name, phone, email in cards:
            self.add(name, phone, email)
        return len(cards)


def contact_skills(contacts: Contacts) -> list[Skill]:
    def look_up(args: ContactName) -> str:
        return contacts.find(args.name).describe() + "."

    return [Skill("find_contact", "Look up a contact", ContactName, look_up, reads_only=True)]


RULES = (
    rule(
        "find_contact",
        r"what(?:'s| is) (?P<name>.+?)'s? (?:phone )?(?:number|phone|e-?mail(?: address)?)",
        words("name"),
        Precedence.LAST,
    ),
    rule(
        "find_contact",
        r"(?:how do i reach|(?:look up|find) (?:the )?(?:contact|number|details) (?:of|for))"
        r"\s+(?P<name>.+?)",
        words("name"),
        Precedence.LAST,
    ),
)


@click.group()
def contacts() -> None:
    """Contacts: the people you reach, by name."""


@contacts.command("add")
@click.argument("name")
@click.option("--phone")
@click.option("--email")
def contacts_add(name: str, phone: str | None, email: str | None) -> None:
    """Add NAME, with a phone number or an email."""
    click.echo(f"Added {person().parts.contacts.add(name, phone, email).describe()}")


@contacts.command("find")
@click.argument("name")
def contacts_find(name: str) -> None:
    """The contact NAME means (names may be a little wrong)."""
    do("find_contact", {"name": name})


@contacts.command("list")
def contacts_list() -> None:
    """Everyone, by name."""
    everyone = person().parts.contacts.all()
    if not everyone:
        click.echo("No contacts yet: `os1 contacts add` or `os1 contacts import`.", err=True)
    for contact in everyone:
        click.echo(contact.describe())


@contacts.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def contacts_import(path: Path) -> None:
    """Add every contact in a vCard (.vcf) file."""
    count = person().parts.contacts.import_vcards(path)
    click.echo(f"Imported {count} contacts from {path}.", err=True)


def _skills(parts: Parts) -> list[Skill[Any]]:
    return contact_skills(parts.contacts)


# Out and back in, in memory.json (files from before the skills existed have no contacts).
def dump_rows(store: Store, user_id: str) -> Rows:
    query = "SELECT name, phone, email, created_at FROM contacts WHERE user_id = ? ORDER BY id"
    return {"contacts": [dict(row) for row in store.read(query, (user_id,))]}


def load_rows(db: Connection, user_id: str, rows: Rows, ids: NewIds) -> None:
    """Add dumped contacts inside the caller's transaction."""
    db.executemany(
        "INSERT INTO contacts (user_id, name, phone, email, created_at) VALUES (?, ?, ?, ?, ?)",
        [
            (user_id, r["name"], r["phone"], r["email"], r["created_at"])
            for r in rows.get("contacts", [])
        ],
    )


UNIT = Unit(
    _skills, RULES, (contacts,), Archived("memory.json", ("contacts",), dump_rows, load_rows)
)
