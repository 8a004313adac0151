"""Notes: "take a note: ...", "what did I note about the piano?", kept in os1's database.

Deleting one asks first, quoting it; the yes deletes that note only if it still says
what was quoted: a number freed by a deletion is given to the next note written.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import click
from pydantic import BaseModel, Field

from os1.errors import InputError
from os1.memory.dialect import Connection
from os1.memory.store import Store
from os1.memory.types import NewIds
from os1.skills.commands import do
from os1.skills.grammar import rule, words
from os1.skills.skill import Asked, Confirmable, Skill
from os1.skills.unit import Archived, Parts, Rows, Unit


class NoteText(BaseModel):
    text: str = Field(min_length=1, max_length=20_000, description="What to write down.")


class NoteSearch(BaseModel):
    about: str = Field(
        "", max_length=200, description="Words the notes should contain; empty for the latest."
    )


class NoteId(Confirmable):
    id: int = Field(description="The note's number, as listed.")


class Notes:
    def __init__(self, store: Store, user_id: str) -> None:
        self.store = store
        self.user_id = user_id

    def add(self, text: str, at: datetime | None = None) -> int:
        text = text.strip()
        if not text:
            raise InputError("The note is empty", "say what to write down")
        with self.store.writing() as db:
            row = db.execute(
                "INSERT INTO notes (user_id, text, created_at) VALUES (?, ?, ?) RETURNING id",
                (self.user_id, text, (at or datetime.now(UTC)).isoformat(timespec="seconds")),
            ).fetchone()
        return int(row[0])

    def find(self, about: str = "", limit: int = 5) -> list[tuple[int, str, str]]:
        """(id, when, text) of the newest notes, those containing every word of `about`."""
        words = [w for w in about.lower().split() if len(w) > 2]
        rows = self.store.read(
            "SELECT id, created_at, text FROM notes WHERE user_id = ? ORDER BY id DESC",
            (self.user_id,),
        )
        found = [r for r in rows if all(w in r["text"].lower() for w in words)]
        return [(r["id"], r["created_at"], r["text"]) for r in found[:limit]]

    def get(self, note_id: int) -> str | None:
        rows = self.store.read(
            "SELECT text FROM notes WHERE user_id = ? AND id = ?", (self.user_id, note_id)
        )
        return rows[0]["text"] if rows else None

    def delete(self, note_id: int, text: str | None = None) -> bool:
        """Delete note `note_id` (only if it says `text`, when given); whether it was there."""
        query = "DELETE FROM notes WHERE user_id = ? AND id = ?"
        values: tuple[str | int, ...] = (self.user_id, note_id)
        if text is not None:
            query, values = query + " AND text = ?", (*values, text)
        with self.store.writing() as db:
            cursor = db.execute(query, values)
        return cursor.rowcount > 0


def _listed(found: list[tuple[int, str, str]]) -> str:
    return "; ".join(f"{i}. {text} ({when[:10]})" for i, when, text in found)


def note_skills(notes: Notes) -> list[Skill]:
    def take(args: NoteText) -> str:
        number = notes.add(args.text)
        return f"Noted (note {number}): {args.text.strip()}"

    def find(args: NoteSearch) -> str:
        found = notes.find(args.about)
        if not found:
            return f"No notes about {args.about}." if args.about else "You have no notes yet."
        return "Your notes: " + _listed(found) + "."

    def forget(args: NoteId) -> str:
        shown = args.shown if isinstance(args.shown, str) else None
        if not notes.delete(args.id, shown):
            if shown is not None:
                raise InputError(
                    f"Note {args.id} is no longer “{shown}”, so I left it as it is",
                    "ask for your notes and say again which one to delete",
                )
            raise InputError(
                f"There is no note {args.id}", "ask for your notes to see their numbers"
            )
        return f"Note {args.id} is deleted."

    def confirm_forget(args: NoteId) -> Asked:
        text = notes.get(args.id)
        if text is None:
            raise InputError(
                f"There is no note {args.id}", "ask for your notes to see their numbers"
            )
        return Asked(f"Delete note {args.id}, “{text}”?", text)

    return [
        Skill("take_note", "Write a note down", NoteText, take),
        Skill("find_notes", "Find notes", NoteSearch, find, reads_only=True),
        Skill("delete_note", "Delete a note", NoteId, forget, ask_first=confirm_forget),
    ]


RULES = (
    rule(
        "take_note",
        r"(?:take|make|add|write(?: down)?|jot down) (?:a |this )?note(?: that)?"
        r"\s*[:,-]?\s*(?P<text>.+?)",
        words("text"),
    ),
    rule("take_note", r"note (?:that|this|down)\s*[:,-]?\s*(?P<text>.+?)", words("text")),
    rule(
        "find_notes",
        r"(?:what did i (?:note|write down)|(?:show|read|give)(?: me)? my notes|"
        r"what are my notes|find (?:my )?notes?|list (?:my )?notes)"
        r"(?:\s+(?:about|on|for|with)\s+(?P<about>.+?))?",
        words("about"),
    ),
    rule(
        "delete_note",
        r"(?:delete|remove|forget) note (?:number )?(?P<id>\d+)",
        lambda m, _: {"id": m["id"]},
    ),
)


@click.group()
def note() -> None:
    """Notes: write things down, find them again."""


@note.command("add")
@click.argument("text", nargs=-1, required=True)
def note_add(text: tuple[str, ...]) -> None:
    """Write TEXT down as a note."""
    do("take_note", {"text": " ".join(text)})


@note.command("list")
@click.option("--about", default="", help="Only notes with these words.")
def note_list(about: str) -> None:
    """The latest notes, newest first."""
    do("find_notes", {"about": about})


@note.command("delete")
@click.argument("note_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask first.")
def note_delete(note_id: int, yes: bool) -> None:
    """Delete note NOTE_ID."""
    do("delete_note", {"id": note_id}, yes)


def _skills(parts: Parts) -> list[Skill[Any]]:
    return note_skills(Notes(parts.store, parts.user))


# Out and back in, in memory.json (files from before the skills existed have no notes).
def dump_rows(store: Store, user_id: str) -> Rows:
    query = "SELECT text, created_at FROM notes WHERE user_id = ? ORDER BY id"
    return {"notes": [dict(row) for row in store.read(query, (user_id,))]}


def load_rows(db: Connection, user_id: str, rows: Rows, ids: NewIds) -> None:
    """Add dumped notes inside the caller's transaction."""
    db.executemany(
        "INSERT INTO notes (user_id, text, created_at) VALUES (?, ?, ?)",
        [(user_id, r["text"], r["created_at"]) for r in rows.get("notes", [])],
    )


UNIT = Unit(_skills, RULES, (note,), Archived("memory.json", ("notes",), dump_rows, load_rows))
