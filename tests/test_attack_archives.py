"""Archive bombs against a real `os1 serve` (hardening, weakness 2): each is refused with a
clear error or restored, while the server keeps answering everyone else, the person's life
stays whole and the disk does not fill. And the budgets one by one, on `read_archive`."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest

from os1.archive.container import Budgets, MiB
from os1.archive.relationship import read_archive
from os1.errors import InputError
from tests.attacks import health_watched
from tests.os1_servers import os1_serve, scripted

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = (FIXTURES / "archive-v1.zip").read_bytes()
PASSWORD = "a long enough password"
QUOTA_MB = 8


# Bombs, built as they are sent: streamed, in seconds


def _parts(turns: int = 0, user: str = "bomb") -> dict[str, bytes]:
    memory = {
        "format": "os1-memory",
        "version": 1,
        "user": user,
        "exported_at": "2026-01-01T00:00:00+00:00",
        "sessions": [],
        "turns": [
            {
                "id": n + 1,
                "session_id": None,
                "role": "user" if n % 2 == 0 else "assistant",
                "text": f"turn {n} of a long life",
                "created_at": "2026-01-01T00:00:00.000+00:00",
                "tokens": None,
                "meta": {},
            }
            for n in range(turns)
        ],
        "state": [],
        "feelings": [],
        "journal": [],
    }
    letters = {
        "format": "os1-letters",
        "version": 1,
        "letter_clients": [],
        "letter_recipients": [],
        "letter_dossier": [],
        "letters": [],
    }
    settings = {"format": "os1-settings", "version": 1, "settings": {}, "secrets_left_out": []}
    return {
        name: json.dumps(document).encode()
        for name, document in (
            ("memory.json", memory),
            ("letters.json", letters),
            ("settings.json", settings),
        )
    }


def _archive(members: dict[str, bytes], zeros: tuple[str, int] | None = None) -> bytes:
    """An archive whose manifest vouches for every member, and for `zeros` (a member of that
    many zero bytes, written a MiB at a time) by the size and hash of what it holds."""
    listed = {
        n: {"bytes": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in members.items()
    }
    chunk = bytes(MiB)
    if zeros:
        digest = hashlib.sha256()
        for _ in range(zeros[1] // MiB):
            digest.update(chunk)
        listed[zeros[0]] = {"bytes": zeros[1], "sha256": digest.hexdigest()}
    manifest = {
        "format": "os1-archive",
        "version": 1,
        "os1_version": "0",
        "user": "bomb",
        "exported_at": "2026-01-01T00:00:00+00:00",
        "members": listed,
        "counts": {},
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            archive.writestr(name, data)
        if zeros:
            info = zipfile.ZipInfo(zeros[0])
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as member:
                for _ in range(zeros[1] // MiB):
                    member.write(chunk)
    return out.getvalue()


def zip_bomb(unpacked: int, name: str = "rendered/letter-1.pdf") -> bytes:
    return _archive(_parts(), (name, unpacked))


def many_members(count: int) -> bytes:
    return _archive(_parts() | {f"rendered/f{n}": b"x" for n in range(count)})


def many_turns(count: int) -> bytes:
    return _archive(_parts(turns=count))


# Against `os1 serve`


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("archive-attacks")
    with os1_serve(
        root / "server.log",
        **scripted(root, (f"Reply {n}: I hear you." for n in range(40))),
        OS1_ACCOUNT_QUOTA_MB=str(QUOTA_MB),
    ) as url:
        yield url, root / "data"


def _living(base: str, name: str) -> httpx.Client:
    """A person signed in whose OS holds a life (the committed archive's)."""
    client = httpx.Client(base_url=base, timeout=120)
    answer = client.post("/api/signup", json={"username": name, "password": PASSWORD})
    assert answer.status_code == 201, answer.text
    client.headers["x-csrf-token"] = answer.json()["csrf"]
    assert client.post("/api/archive", content=GOOD).status_code == 200
    return client


def _whole(client: httpx.Client) -> None:
    assert client.get("/api/state").json()["name"] == "Wren"
    assert len(client.get("/api/memories").json()["turns"]) == 4


def _files(data: Path) -> int:
    """Bytes under the server's home, its database aside."""
    return sum(
        p.stat().st_size for p in data.rglob("*") if p.is_file() and not p.name.startswith("os1.db")
    )


def _bombed(server: tuple[str, Path], name: str, bomb: bytes) -> dict[str, Any]:
    """`bomb` sent in place of `name`'s life (replace=true) while /health is watched; the
    life is still whole after, and nothing is left on disk."""
    base, data = server
    client = _living(base, name)
    before = _files(data)
    with health_watched(base) as watch:
        answer = client.post("/api/archive", params={"replace": "true"}, content=bomb)
    watch.assert_responsive()
    assert answer.status_code == 400, answer.text
    _whole(client)
    assert _files(data) - before < MiB
    assert not [p for p in data.iterdir() if p.name.startswith((".restore-", ".import-"))]
    return answer.json()["error"]


def test_a_zip_bomb_is_refused_as_it_inflates_and_the_server_keeps_answering(server):
    # 400 MiB of zeros in 400 KB: past the 256 MiB any part may unpack to (a part, not a
    # file of the person's, which the quota would refuse sooner).
    error = _bombed(server, "bombed", zip_bomb(400 * MiB, "outreach.json"))
    assert "outreach.json would unpack to more than 256 MiB" in error["message"]
    assert "nothing was imported" in error["fix"]


def test_thirty_thousand_members_are_refused_before_they_are_read(server):
    error = _bombed(server, "crowded", many_members(30_000))
    assert "holds more than 10,000 files" in error["message"]


def test_files_beyond_the_persons_quota_are_refused(server):
    error = _bombed(server, "hoarder", zip_bomb((QUOTA_MB + 1) * MiB))
    assert f"more than the {QUOTA_MB} MiB each person has here" in error["message"]
    assert "account_quota_mb" in error["fix"]


def test_two_hundred_thousand_turns_are_restored_while_the_server_keeps_answering(server):
    base, data = server
    client = _living(base, "talkative")
    bomb = many_turns(200_000)
    with health_watched(base) as watch:
        answer = client.post("/api/archive", params={"replace": "true"}, content=bomb)
    watch.assert_responsive()
    assert answer.status_code == 200, answer.text
    assert answer.json()["restored"]["turns"] == 200_000
    with sqlite3.connect(data / "os1.db") as db:
        (user_id,) = db.execute(
            "SELECT user_id FROM accounts WHERE username = 'talkative'"
        ).fetchone()
        (turns,) = db.execute("SELECT count(*) FROM turns WHERE user_id = ?", (user_id,)).fetchone()
    assert turns == 200_000
    # And the whole life goes out again without stalling anyone.
    with health_watched(base) as watch:
        download = client.get("/api/archive")
    watch.assert_responsive()
    assert download.status_code == 200
    with zipfile.ZipFile(io.BytesIO(download.content)) as archive:
        memory = json.loads(archive.read("memory.json"))
    assert len(memory["turns"]) == 200_000
    # Removed once sent, which the server does just after the last byte went out.
    deadline = time.monotonic() + 10
    while [p for p in data.iterdir() if p.name.startswith(".export-")]:
        assert time.monotonic() < deadline, "the download's folder was left on disk"
        time.sleep(0.05)


def test_a_server_may_take_no_uploads_and_says_who_can(tmp_path):
    with os1_serve(
        tmp_path / "server.log",
        **scripted(tmp_path, ["I hear you."]),
        OS1_ARCHIVE_UPLOADS="nobody",
    ) as base:
        client = httpx.Client(base_url=base, timeout=60)
        answer = client.post("/api/signup", json={"username": "visitor", "password": PASSWORD})
        client.headers["x-csrf-token"] = answer.json()["csrf"]
        refused = client.post("/api/archive", content=GOOD)
        assert refused.status_code == 403, refused.text
        assert "does not take archive uploads" in refused.json()["error"]["message"]
        assert "`os1 import`" in refused.json()["error"]["fix"]
        assert client.get("/api/memories").json()["turns"] == []
        # Downloading one's own life is still anyone's.
        assert client.get("/api/archive").status_code == 200


# Each budget, on its own


SMALL = Budgets(members=5, member_bytes=2 * MiB, total_bytes=4 * MiB, rows=10)
QUOTA = Budgets(member_bytes=2 * MiB, files_bytes=MiB)


@pytest.mark.parametrize(
    ("bomb", "budgets", "problem"),
    [
        (lambda: many_members(6), SMALL, "holds more than 5 files; an os1 archive holds at most 5"),
        (lambda: zip_bomb(3 * MiB), SMALL, "rendered/letter-1.pdf would unpack to more than 2 MiB"),
        (lambda: many_turns(11), SMALL, "holds 11 rows (turns, feelings, facts, letters, ...)"),
        (lambda: zip_bomb(2 * MiB), QUOTA, "more than the 1 MiB each person has here"),
    ],
    ids=["members", "member bytes", "rows", "quota"],
)
def test_each_budget_refuses_with_what_was_too_much(bomb, budgets, problem, tmp_path):
    path = tmp_path / "bomb.zip"
    path.write_bytes(bomb())
    with pytest.raises(InputError) as refused:
        read_archive(path, "The archive", budgets)
    assert problem in refused.value.problem
    assert "nothing was imported" in refused.value.fix


def test_the_total_is_counted_across_members(tmp_path):
    members = _parts() | {f"rendered/letter-{n}.pdf": bytes(MiB - 1) for n in range(3)}
    budgets = Budgets(member_bytes=MiB, total_bytes=2 * MiB)
    with pytest.raises(InputError, match="would unpack to more than 2 MiB"):
        read_archive(_archive(members), "The archive", budgets)


def test_a_header_that_lies_about_a_size_is_not_believed(tmp_path):
    bomb = bytearray(zip_bomb(2 * MiB))
    # The central directory's uncompressed size of the big member, made small.
    directory = bomb.rindex(b"PK\x01\x02")
    sizes = directory + 20
    bomb[sizes : sizes + 8] = (100).to_bytes(4, "little") + (100).to_bytes(4, "little")
    with pytest.raises(InputError) as refused:
        read_archive(bytes(bomb), "The archive", Budgets(member_bytes=MiB))
    assert "nothing was imported" in refused.value.fix


def test_a_calendar_too_big_to_read_is_refused_at_import(tmp_path):
    event = (
        "BEGIN:VEVENT\r\nUID:{n}@bomb\r\nDTSTAMP:20260101T000000Z\r\n"
        "DTSTART:20000101T000000Z\r\nRRULE:FREQ=SECONDLY\r\nSUMMARY:Every second\r\nEND:VEVENT\r\n"
    )
    body = "".join(event.format(n=n) for n in range(45_000))
    calendar = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bomb//EN\r\n{body}END:VCALENDAR\r\n"
    members = _parts() | {"calendar.ics": calendar.encode()}
    with pytest.raises(InputError) as refused:
        read_archive(_archive(members), "The archive", Budgets())
    assert "calendar.ics os1 cannot keep" in refused.value.problem
    assert "more than os1 reads" in refused.value.problem
