"""`os1 export --all` and `os1 import`: a lived-in OS out to an archive and into a fresh home
through the CLI on real SQLite files, compared table by table; the committed archives of
every version; damaged archives; secrets; and the server's /api/archive."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import stat
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest

from os1.archive.relationship import (
    ACCOUNT_TABLES,
    DERIVED_TABLES,
    INSTALL_TABLES,
    PERSON_TABLES,
)
from os1.homes import own_name
from os1.letters.studio import Parts, Studio
from os1.memory import fact_records
from os1.memory.store import Store
from tests.conftest import run_os1
from tests.os1_servers import os1_serve

FIXTURES = Path(__file__).parent / "fixtures"
INTERVIEW = "Theodore\nprivate, mostly\nmy writing\nclose to my sister Ruth\n"
SAID = [
    "My sister Ruth is getting married in June.",
    "Forget this one, please: I said something silly.",
    "I have a job interview on Friday and I am nervous about it.",
    "I play the piano when I cannot sleep.",
]
# Set where the person set them (config file, environment); none may reach an archive.
SECRETS = {
    "mail_password": "hunter2-mail-secret-7",
    "calendar_password": "caldav-secret-9931",
    "brain_key": "sk-brain-secret-0451",
}


@dataclass(frozen=True, slots=True)
class Lived:
    home: Path
    env: dict[str, str]
    archive: Path
    rendered: str  # the rendered letter's file name there


def _script(folder: Path) -> Path:
    script = folder / "replies.txt"
    lines = ["Name: Wren\\nWhy: It is a small bird with a big song."]
    script.write_text("\n".join(lines + ["I am glad you told me."] * 40) + "\n")
    return script


def _os1(env: dict[str, str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    def os1(*args: str, input: str | None = None, **more: str) -> subprocess.CompletedProcess[str]:
        result = run_os1(*args, input=input, env=env | more)
        assert result.returncode == 0, result.stderr
        return result

    return os1


@pytest.fixture(scope="module")
def lived(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lived]:
    """An OS with a little of everything: conversations (one turn forgotten), feelings, a
    journal, facts, notes, a reminder, a contact, a calendar event, a letter client with a
    recipient, dossier, a letter and its revision rendered by hand, and settings."""
    root = tmp_path_factory.mktemp("lived")
    home = root / "home"
    env = {
        "OS1_HOME": str(home),
        "OS1_BRAIN": "scripted",
        "OS1_BRAIN_SCRIPT": str(_script(root)),
        "OS1_INITIATIVE": "0",  # what it says first depends on the hour the tests run at
    }
    with pytest.MonkeyPatch.context() as patch:
        for key in [k for k in os.environ if k.startswith("OS1_")]:
            patch.delenv(key)
        os1 = _os1(env)
        # Someone else first, so that this person's rows are not numbered from 1.
        os1("note", "add", "not mine", OS1_USER="someone-else")
        os1("letters", "client", "add", "Other Client", OS1_USER="someone-else")
        os1("letters", "recipient", "add", "Other Client", "Other Friend", OS1_USER="someone-else")
        os1("setup", input=INTERVIEW)
        os1("chat", input="\n".join(SAID) + "\n")
        with sqlite3.connect(home / "os1.db") as db:
            silly = db.execute("SELECT id FROM turns WHERE text = ?", (SAID[1],)).fetchone()[0]
        os1("memory", "forget", str(silly), "--yes")
        os1("journal", "--write")
        os1("note", "add", "Ruth likes white peonies")
        os1("remind", "add", "call Ruth", "--at", "tomorrow at 9")
        os1("contacts", "add", "Ruth Twombly", "--phone", "+1 555 0100")
        os1("cal", "add", "Ruth's wedding", "--at", "june 14 at 3pm")
        os1("letters", "client", "add", "Loretta Mancini", "--nickname", "Lolly")
        os1("letters", "recipient", "add", "Loretta", "Roberto", "--nickname", "Bear")
        os1("letters", "note", "Loretta", "--to", "Roberto", "memory", "the boat in Naples")
        revision = _letters_and_facts(home / "os1.db")
        os1("letters", "render", str(revision), "--out", str(home / "letters" / own_name("local")))
        config = home / "config.toml"
        config.write_text(
            'temperature = 0.4\nmail_user = "theo"\n'
            f'mail_password = "{SECRETS["mail_password"]}"\n'
            f'calendar_password = "{SECRETS["calendar_password"]}"\n'
        )
        config.chmod(stat.S_IRUSR | stat.S_IWUSR)
        archive = root / "theodore.os1.zip"
        exported = os1("export", "--all", str(archive), OS1_BRAIN_KEY=SECRETS["brain_key"])
        assert "4 letters" not in exported.stderr and "2 letters" in exported.stderr
        yield Lived(home, env, archive, f"letter-{revision}.pdf")


def _letters_and_facts(database: Path) -> int:
    """Letters (drafting them is other tests' business) and facts (likewise); returns the
    revision's id."""
    store = Store.open(database)
    try:
        other = Studio(store, "someone-else")
        client = other.client("Other Client")
        parts = Parts("Dear friend,", ("Not Theodore's letter.",), "Yours,", "Other")
        other.save_letter(client, other.recipient(client, "Other Friend"), "hello", {}, parts)
        studio = Studio(store, "local")
        lolly = studio.client("Loretta")
        bear = studio.recipient(lolly, "Roberto")
        parts = Parts(
            "Dear Bear,",
            ("Fifty years ago you fell off a boat in Naples, and I laughed so hard I said yes.",),
            "With love,",
            "Lolly",
            "Rome, 12 May",
        )
        brief = {"mentions": ["the boat"], "words": [50, 150], "tone": "warm", "warmth": 0}
        first = studio.save_letter(lolly, bear, "our 50th anniversary", brief, parts)
        studio.note(lolly, "memory", "he laughed too", bear, source=f"letter {first.id}")
        warmer = Parts("My dearest Bear,", parts.paragraphs, "All my love,", "Lolly", "Rome")
        revision = studio.save_letter(
            lolly, bear, "our 50th anniversary", brief | {"warmth": 1}, warmer, revises=first.id
        )
        turns = {t.text: t.id for t in store.all_turns("local")}
        now = datetime.now(UTC)
        older = fact_records.add_fact(
            store, "local", "Ruth marries in spring", "Ruth", [turns[SAID[0]]], now, 0.6, "test"
        )
        newer = fact_records.add_fact(
            store, "local", "Ruth marries in June", "Ruth", [turns[SAID[0]]], now, 0.9, "test"
        )
        assert older and newer
        fact_records.supersede_fact(store, "local", older, newer)
        fact_records.mark_consolidated(store, "local", [turns[SAID[0]]])
        # What the OS said first: one heard, one still waiting for the person.
        with store.writing() as db:
            db.executemany(
                "INSERT INTO outreach (user_id, kind, reason_key, text, created_at, delivered_at)"
                " VALUES ('local', ?, ?, ?, ?, ?)",
                [
                    (
                        "missed_you",
                        "missed:2026-05-01",
                        "I missed you.",
                        now.isoformat(),
                        now.isoformat(),
                    ),
                    ("reminder", "reminder:1", "It's time to call Ruth.", now.isoformat(), None),
                ],
            )
        return revision.id
    finally:
        store.close()


# Comparing two databases, table by table


def person_rows(database: Path, user: str) -> dict[str, list[Any]]:
    """Every row of `user` in every table, ids replaced by their rank among the person's rows
    of that table (an import may renumber them), references likewise. Left out: `users`
    (when this install first saw them), derived vectors and a server's sign-in tables."""
    db = sqlite3.connect(database)
    db.row_factory = sqlite3.Row
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")] for t in tables}
    refers = {t: {r[3]: r[2] for r in db.execute(f"PRAGMA foreign_key_list({t})")} for t in tables}
    own = [t for t in tables if "user_id" in columns[t]]
    own = [t for t in own if t not in {*ACCOUNT_TABLES, *DERIVED_TABLES, *INSTALL_TABLES}]
    rank = {}
    for t in own:
        if "id" in columns[t]:
            query = f"SELECT id FROM {t} WHERE user_id = ? ORDER BY id"
            rank[t] = {r[0]: n for n, r in enumerate(db.execute(query, (user,)))}

    def translated(table: str, row: sqlite3.Row) -> dict[str, Any] | None:
        out = {}
        for column, value in dict(row).items():
            if column in {"id", "user_id"}:
                continue
            target = refers[table].get(column)
            if target is not None and value is not None:
                if value not in rank.get(target, {}):
                    return None  # someone else's row
                value = rank[target][value]
            out[column] = value
        if table == "turns":
            meta = json.loads(out["meta"])
            if isinstance(meta.get("answers"), int):
                meta["answers"] = rank["turns"].get(meta["answers"])
            for key, of in (("recalled", "turns"), ("remembered", "turns"), ("known", "facts")):
                if key in meta:
                    meta[key] = [rank[of][i] for i in meta[key] if i in rank[of]]
            out["meta"] = meta
        if table == "letter_dossier" and out["source"].startswith("letter "):
            out["source"] = f"letter #{rank['letters'][int(out['source'].split()[1])]}"
        return out

    found: dict[str, list[Any]] = {}
    for table in own:
        query = f"SELECT * FROM {table} WHERE user_id = ?"
        rows = [translated(table, r) for r in db.execute(query, (user,))]
        found[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True))
    # Rows that hang from the person's rows without a user_id of their own.
    for table in tables:
        if table in own or not refers[table] or "user_id" in columns[table]:
            continue
        if set(refers[table].values()) <= set(rank):
            rows = [translated(table, r) for r in db.execute(f"SELECT * FROM {table}")]
            kept = [r for r in rows if r is not None]
            found[table] = sorted(kept, key=lambda r: json.dumps(r, sort_keys=True))
    db.close()
    return found


def _ids(database: Path, table: str) -> list[int]:
    with sqlite3.connect(database) as db:
        return [r[0] for r in db.execute(f"SELECT id FROM {table} WHERE user_id = 'local'")]


def _fresh(tmp_path: Path, name: str = "fresh") -> dict[str, str]:
    return {
        "OS1_HOME": str(tmp_path / name),
        "OS1_BRAIN": "scripted",
        "OS1_BRAIN_SCRIPT": str(_script(tmp_path)),
        "OS1_INITIATIVE": "0",
    }


def _status(env: dict[str, str]) -> dict[str, Any]:
    result = run_os1("status", "--json", env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# The round trip


def test_export_then_import_loses_nothing_and_the_os_knows_its_person(lived, tmp_path):
    env = _fresh(tmp_path)
    home = Path(env["OS1_HOME"])
    restored = run_os1("import", "--with-settings", str(lived.archive), env=env)
    assert restored.returncode == 0, restored.stderr
    assert "Wren is back, and remembers Theodore." in restored.stderr

    before = person_rows(lived.home / "os1.db", "local")
    after = person_rows(home / "os1.db", "local")
    assert set(before) >= {*PERSON_TABLES, "fact_sources", "consolidated_turns"}
    assert all(before[t] for t in PERSON_TABLES), [t for t in PERSON_TABLES if not before[t]]
    assert after == before
    # Not equal by luck: the ids were given anew, and every reference followed them.
    for table in ("turns", "letters", "letter_clients"):
        assert _ids(home / "os1.db", table) != _ids(lived.home / "os1.db", table)
    with sqlite3.connect(lived.home / "os1.db") as db:
        assert db.execute("SELECT count(*) FROM facts WHERE superseded_by IS NOT NULL").fetchone()

    # The files beside the rows: the calendar, and the rendered letter under its new number.
    name = own_name("local")
    calendar = (lived.home / "calendars" / f"{name}.ics").read_bytes()
    assert (home / "calendars" / f"{name}.ics").read_bytes() == calendar
    with sqlite3.connect(home / "os1.db") as db:
        revision = db.execute("SELECT max(id) FROM letters").fetchone()[0]
    source = (lived.home / "letters" / name / lived.rendered).read_bytes()
    assert (home / "letters" / name / f"letter-{revision}.pdf").read_bytes() == source
    assert f"letter-{revision}.pdf" != lived.rendered

    # The settings the person chose, shown before they were applied, without the passwords,
    # which it asks for again.
    shown = restored.stderr.index("  temperature: unset → 0.4")
    assert shown < restored.stderr.index("Restored ")
    assert "Settings restored: " in restored.stderr and "temperature" in restored.stderr
    config = (home / "config.toml").read_text()
    assert "temperature = 0.4" in config and 'mail_user = "theo"' in config
    assert "OS1_MAIL_PASSWORD" in restored.stderr and "OS1_BRAIN_KEY" in restored.stderr
    assert not any(secret in config for secret in SECRETS.values())
    status = _status(env)
    assert status["name"] == "Wren" and status["user_name"] == "Theodore"
    assert status["settings"]["temperature"]["value"] == 0.4

    answer = run_os1("chat", "--once", "What do you remember about me?", env=env)
    assert answer.returncode == 0, answer.stderr
    # The portrait tells her wedding (issue 18); the facts behind it came back as they were,
    # the newer one current and the older one replaced by it.
    assert "Ruth is getting married in June" in answer.stdout
    known = run_os1("memory", "facts", "--all", env=env)
    assert known.returncode == 0, known.stderr
    current = [line for line in known.stdout.splitlines() if "replaced by" not in line]
    assert any("Ruth marries in June" in line for line in current), known.stdout
    assert any("Ruth marries in spring" in line and "replaced by" in line
               for line in known.stdout.splitlines()), known.stdout  # fmt: skip
    # In their own words, from the restored turns; never the one they asked to forget.
    # (The portrait says them back to the person: "you play the piano…".)
    assert "piano" in answer.stdout and "job interview" in answer.stdout, answer.stdout
    assert "silly" not in answer.stdout


def test_the_archive_holds_no_secrets_and_says_which_were_left_out(lived):
    with zipfile.ZipFile(lived.archive) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    expected = {"manifest.json", "memory.json", "letters.json", "outreach.json", "settings.json"}
    assert expected | {"calendar.ics"} <= set(members)
    for name, data in members.items():
        for secret in SECRETS.values():
            assert secret.encode() not in data, name
    settings = json.loads(members["settings.json"])
    assert sorted(settings["secrets_left_out"]) == sorted(SECRETS)
    assert settings["settings"]["temperature"] == 0.4
    # Where and whose it was, and the old computer's files, stay behind.
    assert not {"home", "user", "brain_script"} & set(settings["settings"])
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "os1-archive" and manifest["version"] == 1
    for name, listed in manifest["members"].items():
        assert hashlib.sha256(members[name]).hexdigest() == listed["sha256"]


def test_an_os_that_knows_someone_is_not_overwritten_unless_asked(lived, tmp_path):
    env = _fresh(tmp_path)
    os1 = _os1(env)
    os1("setup", input="Samantha\n\n\n\n")
    os1("chat", "--once", "I live with my cat.")
    refused = run_os1("import", str(lived.archive), env=env)
    assert refused.returncode == 1
    assert "already knows someone (it is called Wren, 2 turns" in refused.stderr
    assert "--replace" in refused.stderr
    assert _status(env)["user_name"] == "Samantha"
    scripted = run_os1("import", "--replace", str(lived.archive), env=env)
    assert scripted.returncode == 1 and "add --yes" in scripted.stderr
    os1("import", "--replace", "--yes", str(lived.archive))
    home = Path(env["OS1_HOME"])
    assert person_rows(home / "os1.db", "local") == person_rows(lived.home / "os1.db", "local")
    assert _status(env)["user_name"] == "Theodore"


def test_another_persons_archive_is_made_yours_only_when_asked(lived, tmp_path):
    env = _fresh(tmp_path) | {"OS1_USER": "theo-on-the-laptop"}
    refused = run_os1("import", str(lived.archive), env=env)
    assert refused.returncode == 1
    assert "holds the OS of 'local'" in refused.stderr and "--as-me" in refused.stderr
    _os1(env)("import", "--as-me", str(lived.archive))
    home = Path(env["OS1_HOME"])
    mine = person_rows(home / "os1.db", "theo-on-the-laptop")
    assert mine == person_rows(lived.home / "os1.db", "local")
    assert (home / "calendars" / f"{own_name('theo-on-the-laptop')}.ics").is_file()


def _with_settings(lived: Lived, tmp_path: Path, chosen: dict[str, Any]) -> Path:
    """The lived archive with `chosen` as its settings, as a foreign archive would carry them."""
    data = _rezip(lived.archive.read_bytes(), _edit_json("settings.json", _set("settings", chosen)))
    path = tmp_path / "foreign.os1.zip"
    path.write_bytes(data)
    return path


FOREIGN = {
    "brain": "openai",
    "brain_url": "https://theo:hunter3@brain.evil.example/v1",
    "mail_smtp": "mail.evil.example:465",
    "temperature": 0.4,
}


def test_an_archives_settings_are_not_applied_unless_asked(lived, tmp_path):
    env = _fresh(tmp_path)
    restored = run_os1("import", str(_with_settings(lived, tmp_path, FOREIGN)), env=env)
    assert restored.returncode == 0, restored.stderr
    assert "Wren is back" in restored.stderr
    assert "Settings in the archive, not applied: brain, brain_url, mail_smtp, temperature" in (
        restored.stderr
    )
    assert "--with-settings" in restored.stderr
    assert not (Path(env["OS1_HOME"]) / "config.toml").exists()
    settings = _status(env)["settings"]
    assert settings["brain"]["value"] == "scripted" and settings["brain_url"]["value"] is None


def test_with_settings_shows_each_change_before_applying_it_and_no_password(lived, tmp_path):
    env = _fresh(tmp_path)
    home = Path(env["OS1_HOME"])
    home.mkdir()
    (home / "config.toml").write_text('mail_smtp = "smtp.mine.example:465"\n')
    path = _with_settings(lived, tmp_path, FOREIGN)
    restored = run_os1("import", "--with-settings", str(path), env=env)
    assert restored.returncode == 0, restored.stderr
    shown = restored.stderr[: restored.stderr.index("Restored ")]
    assert "Settings from the archive:" in shown
    assert '  brain_url: unset → "https://theo:********@brain.evil.example/v1"' in shown
    assert "  temperature: unset → 0.4" in shown
    # What this install chose stays, and says so; the environment's brain outranks the file.
    assert '  mail_smtp: "smtp.mine.example:465" → "mail.evil.example:465" (kept' in shown
    assert '  brain: "scripted" → "openai" (kept' in shown
    assert "hunter3" not in restored.stderr
    config = (home / "config.toml").read_text()
    assert 'brain_url = "https://theo:hunter3@brain.evil.example/v1"' in config
    assert 'mail_smtp = "smtp.mine.example:465"' in config and "evil.example:465" not in config


# Archives of every version os1 has written


@pytest.mark.parametrize("fixture", ["archive-v1.zip", "memory-export-v0.json"])
def test_archives_of_every_version_still_import(fixture, tmp_path):
    env = _fresh(tmp_path)
    restored = run_os1("import", str(FIXTURES / fixture), env=env)
    assert restored.returncode == 0, restored.stderr
    status = _status(env)
    assert status["name"] == "Wren" and status["user_name"] == "Theodore"
    assert status["counts"]["turns"] == 4
    home = Path(env["OS1_HOME"])
    with sqlite3.connect(home / "os1.db") as db:
        letters = db.execute("SELECT count(*) FROM letters").fetchone()[0]
        sources = [r[0] for r in db.execute("SELECT source FROM letter_dossier ORDER BY id")]
    if fixture.endswith(".zip"):
        assert letters == 2 and sources == ["note", "letter 1"]
        calendar = (home / "calendars" / f"{own_name('local')}.ics").read_bytes()
        assert calendar.count(b"BEGIN:VEVENT") == 1 and b"Ruth's wedding" in calendar
        assert "temperature" in restored.stderr and "OS1_MAIL_PASSWORD" in restored.stderr
    else:
        assert letters == 0
        assert "archive version 0" in restored.stderr
    answer = run_os1("chat", "--once", "What do you remember about me?", env=env)
    assert "Ruth is getting married in June" in answer.stdout


def test_the_committed_archive_is_still_version_1():
    # A new version gets a fixture of its own; this one stays, for old archives' sake.
    with zipfile.ZipFile(FIXTURES / "archive-v1.zip") as archive:
        assert json.loads(archive.read("manifest.json"))["version"] == 1


# Damaged and foreign archives


def _rezip(data: bytes, change: Callable[[dict[str, bytes]], None]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, member in members.items():
            archive.writestr(name, member)
    return out.getvalue()


def _edit_json(name: str, edit: Callable[[dict[str, Any]], None], vouch: bool = True) -> Any:
    """Change a JSON member; with `vouch`, the manifest is made to match (a well-formed
    archive whose contents are wrong)."""

    def change(members: dict[str, bytes]) -> None:
        document = json.loads(members[name])
        edit(document)
        members[name] = json.dumps(document).encode()
        if vouch and name != "manifest.json":
            manifest = json.loads(members["manifest.json"])
            listed = manifest["members"][name]
            listed["bytes"] = len(members[name])
            listed["sha256"] = hashlib.sha256(members[name]).hexdigest()
            members["manifest.json"] = json.dumps(manifest).encode()

    return change


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        for part in parents:
            document = document[int(part)] if part.isdigit() else document[part]  # type: ignore[assignment]
        document[last] = value

    return edit


GOOD = (FIXTURES / "archive-v1.zip").read_bytes()
DAMAGED: dict[str, tuple[bytes, str]] = {
    "truncated": (GOOD[: len(GOOD) // 2], "is damaged: it is cut short or corrupted"),
    "changed": (
        _rezip(GOOD, _edit_json("memory.json", _set("turns.0.text", "I never said this"), False)),
        "memory.json does not match its checksum in the manifest",
    ),
    "newer": (
        _rezip(GOOD, _edit_json("manifest.json", _set("version", 7))),
        "is an archive of version 7, written by a newer os1",
    ),
    "not an archive": (b"Dear diary, today I...\n" * 20, "is not an os1 archive"),
    "another zip": (
        _rezip(GOOD, lambda m: m.pop("manifest.json")),
        "is a zip file, but not an os1 archive",
    ),
    "an extra member": (
        _rezip(GOOD, lambda m: m.update({"rendered/extra.png": b"\x89PNG"})),
        "rendered/extra.png is not in its manifest",
    ),
    "a path out": (
        _rezip(GOOD, lambda m: m.update({"../../outside.txt": b"x"})),
        "holds a member os1 does not write: '../../outside.txt'",
    ),
    "a bad row": (
        _rezip(GOOD, _edit_json("memory.json", _set("turns.1.role", "robot"))),
        "memory.json os1 cannot read (turns.1.role",
    ),
    "a letter to nobody": (
        _rezip(GOOD, _edit_json("letters.json", _set("letters.0.recipient_id", 99))),
        "letters that do not hold together (letter 1 is from or to someone who is not there)",
    ),
    "a secret setting": (
        _rezip(GOOD, _edit_json("settings.json", _set("settings.mail_password", "x"))),
        "holds 'mail_password', which an archive never carries",
    ),
}


@pytest.mark.parametrize("damage", DAMAGED)
def test_a_bad_archive_is_refused_in_one_sentence_and_changes_nothing(damage, tmp_path):
    data, problem = DAMAGED[damage]
    path = tmp_path / "bad.zip"
    path.write_bytes(data)
    env = _fresh(tmp_path)
    result = run_os1("import", str(path), env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("os1: ") and problem in result.stderr, result.stderr
    assert "nothing was imported" in result.stderr
    # Read and refused before this os1 was even opened: nothing of it was made.
    assert not Path(env["OS1_HOME"]).exists()


def test_a_failure_part_way_leaves_nothing_behind(store, tmp_path, monkeypatch):
    from os1.archive import owners, relationship
    from os1.config import load_settings
    from os1.errors import StoreError

    loaded = owners.load

    def breaks(*args: Any) -> None:
        loaded(*args)  # every row goes in, and then the disk fails
        raise StoreError("The disk failed", "try again")

    monkeypatch.setattr(owners, "load", breaks)
    settings = load_settings()
    with pytest.raises(StoreError):
        relationship.import_archive(settings, store, "local", GOOD, "fixture")
    assert all(rows == [] for rows in person_rows(settings.database, "local").values())
    assert not (settings.home / "calendars").exists()
    assert not (settings.home / "config.toml").exists()
    assert [p.name for p in settings.home.iterdir() if p.name.startswith(".import")] == []


def test_every_table_of_a_person_is_either_carried_derived_or_the_servers(store):
    # A new table with a user_id must be added to the archive (or said to be derived,
    # the server's, or the install's).
    tables = [r[0] for r in store.read("SELECT name FROM sqlite_master WHERE type = 'table'")]
    with_user = {
        t for t in tables if "user_id" in [r[1] for r in store.read(f"PRAGMA table_info({t})")]
    }
    assert with_user == {*PERSON_TABLES, *DERIVED_TABLES, *ACCOUNT_TABLES, *INSTALL_TABLES}


def test_export_needs_all_and_says_so(tmp_path):
    result = run_os1("export", str(tmp_path / "a.zip"))
    assert result.returncode == 1 and "add --all" in result.stderr
    assert not (tmp_path / "a.zip").exists()


# On a server


PASSWORD = "a long enough password"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("server")
    with os1_serve(
        root / "server.log",
        OS1_HOME=str(root / "data"),
        OS1_BRAIN="scripted",
        OS1_BRAIN_SCRIPT=str(_script(root)),
        OS1_INITIATIVE="0",
        # The operator's own secrets: they are never a person's to download.
        OS1_MAIL_PASSWORD=SECRETS["mail_password"],
    ) as url:
        yield url, root / "data"


def _sign_up(base: str, name: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=60)
    answer = client.post("/api/signup", json={"username": name, "password": PASSWORD})
    assert answer.status_code == 201, answer.text
    client.headers["x-csrf-token"] = answer.json()["csrf"]
    return client


def _user_id(data: Path, username: str) -> str:
    with sqlite3.connect(data / "os1.db") as db:
        return db.execute(
            "SELECT user_id FROM accounts WHERE username = ?", (username,)
        ).fetchone()[0]


def test_a_server_restores_an_archive_into_the_signed_in_persons_os(server):
    base, data = server
    client = _sign_up(base, "theodore")
    restored = client.post("/api/archive", content=GOOD)
    assert restored.status_code == 200, restored.text
    body = restored.json()
    assert body["os"] == "Wren" and body["user_name"] == "Theodore"
    assert body["restored"]["turns"] == 4 and body["restored"]["letters"] == 2
    assert body["settings_not_applied"] == ["temperature"]
    assert client.get("/api/state").json()["name"] == "Wren"
    said = [t["text"] for t in client.get("/api/memories").json()["turns"] if t["role"] == "user"]
    assert said[0] == "My sister Ruth is getting married in June."
    user_id = _user_id(data, "theodore")
    assert (data / "calendars" / f"{own_name(user_id)}.ics").is_file()

    again = client.post("/api/archive", content=GOOD)
    assert again.status_code == 400
    assert "already knows someone" in again.json()["error"]["message"]
    assert "?replace=true" in again.json()["error"]["fix"]
    replaced = client.post("/api/archive", params={"replace": "true"}, content=GOOD)
    assert replaced.status_code == 200, replaced.text
    assert len(client.get("/api/memories").json()["turns"]) == 4


def test_a_server_refuses_a_damaged_archive_and_changes_nothing(server):
    base, _ = server
    client = _sign_up(base, "ruth")
    for data, problem in (DAMAGED["truncated"], DAMAGED["changed"], DAMAGED["not an archive"]):
        refused = client.post("/api/archive", content=data)
        assert refused.status_code == 400 and problem in refused.json()["error"]["message"]
    assert client.get("/api/memories").json()["turns"] == []
    assert client.get("/api/me").json()["os"] is None


def test_a_downloaded_archive_is_whole_and_carries_no_secrets(server):
    base, data = server
    client = _sign_up(base, "amy")
    key = client.post("/api/keys", json={"name": "phone"}).json()["key"]
    assert client.post("/api/archive", content=GOOD).status_code == 200
    answer = client.get("/api/archive")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    memory = json.loads(members["memory.json"])
    assert len(memory["turns"]) == 4 and memory["user"] == _user_id(data, "amy")
    assert len(json.loads(members["letters.json"])["letters"]) == 2
    assert json.loads(members["settings.json"])["settings"] == {}
    with sqlite3.connect(data / "os1.db") as db:
        user_id = _user_id(data, "amy")
        held = [
            *db.execute("SELECT password_hash FROM accounts WHERE user_id = ?", (user_id,)),
            *db.execute("SELECT key_hash, prefix FROM api_keys WHERE user_id = ?", (user_id,)),
            *db.execute("SELECT token_hash, csrf FROM web_sessions WHERE user_id = ?", (user_id,)),
        ]
    secrets = [value for row in held for value in row] + [key, PASSWORD, *SECRETS.values()]
    secrets.append(client.cookies["os1_session"])
    assert len(secrets) >= 8
    for name, member in members.items():
        for secret in secrets:
            assert secret.encode() not in member, (name, secret[:8])
    # What a server exports, a laptop imports.
    assert b'"format": "os1-archive"' in members["manifest.json"]


def test_deleting_an_account_deletes_its_files_too(server):
    base, data = server
    client = _sign_up(base, "xavier")
    assert client.post("/api/archive", content=GOOD).status_code == 200
    folder = own_name(_user_id(data, "xavier"))
    calendar = data / "calendars" / f"{folder}.ics"
    rendered = data / "letters" / folder
    rendered.mkdir(parents=True)
    (rendered / "letter-1.pdf").write_bytes(b"%PDF-1.4 a letter")
    assert calendar.is_file()
    gone = client.request("DELETE", "/api/account", json={"password": PASSWORD})
    assert gone.status_code == 200, gone.text
    assert not calendar.exists() and not rendered.exists()
