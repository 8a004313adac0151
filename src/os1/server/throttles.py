"""Throttles on every attempt that costs a password hash: the one owner of the tables
`throttle_marks`, `throttle_turn` and `sign_in_places`.

Each attempt is marked before the hash is computed, in the transaction that counts the
earlier marks (on the event loop's thread, so nothing runs between the count and the
mark): a hundred wrong passwords sent at once cost at most the limit's worth of hashes,
and the rest are told at once when to try again (429, Retry-After). A sign-in that works
takes its own mark back. accounts.py says who is slowed, and who is not.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from os1.errors import Os1Error
from os1.memory.dialect import Connection
from os1.memory.store import Store
from os1.stamps import stamp

WINDOW = timedelta(minutes=15)
FAILURES_PER_NAME_AND_ADDRESS = 5
FAILURES_PER_ADDRESS = 20
FAILURES_PER_NAME = 50
FAILURES_PER_ACCOUNT = 5
SIGNUP_WINDOW = timedelta(hours=1)
SIGNUPS_PER_HOUR = 20
# Marks older than this count for nothing; they are swept as new ones are made.
KEEP_MARKS = timedelta(days=1)
# How long a place a name signed in from is remembered (as long as a session lasts).
PLACES_KEPT = timedelta(days=30)
# A clause on throttle_marks, its values, how many marks it allows and in how long.
Limit = tuple[str, tuple[str, ...], int, timedelta]


class SignInThrottled(Os1Error):
    """Too many attempts at a password (signing in, signing up, confirming one);
    `retry_after` seconds until the next may be tried."""

    def __init__(self, retry_after: int, problem: str = "Too many failed sign-ins") -> None:
        super().__init__(problem, f"wait {retry_after} seconds before trying again")
        self.retry_after = retry_after


def reserve(
    store: Store,
    kind: str,
    name: str,
    address: str,
    limits: list[Limit],
    now: datetime,
    problem: str,
) -> None:
    """Counts the marks each limit allows and, if every limit has room, marks this
    attempt, in one transaction; otherwise refuses with the longest wait."""
    with store.writing() as db:
        db.execute("UPDATE throttle_turn SET taken = taken + 1")
        wait = max(_wait(db, kind, limit, now) for limit in limits)
        if wait:
            raise SignInThrottled(wait, problem)
        db.execute("DELETE FROM throttle_marks WHERE at < ?", (_stamp(now - KEEP_MARKS),))
        db.execute(
            "INSERT INTO throttle_marks (kind, name, address, at) VALUES (?, ?, ?, ?)",
            (kind, name, address, _stamp(now)),
        )


def signed_in(store: Store, typed: str, username: str, address: str, now: datetime) -> None:
    """The owner's own slips from here (marked by the name as `typed`) are forgiven, and
    others' marks, elsewhere, stay; the place is remembered for the account's `username`."""
    with store.writing() as db:
        db.execute(
            "DELETE FROM throttle_marks WHERE kind = 'sign-in' AND name = ? AND address = ?",
            (typed, address),
        )
        db.execute(
            "INSERT INTO sign_in_places (username, address, at) VALUES (?, ?, ?)"
            " ON CONFLICT (username, address) DO UPDATE SET at = excluded.at",
            (username, address, _stamp(now)),
        )


def password_confirmed(store: Store, user_id: str) -> None:
    """The account's wrong passwords are forgiven."""
    with store.writing() as db:
        db.execute("DELETE FROM throttle_marks WHERE kind = 'password' AND name = ?", (user_id,))


def signed_in_from(store: Store, username: str, address: str, now: datetime) -> bool:
    rows = store.read(
        "SELECT 1 FROM sign_in_places WHERE username = ? AND address = ? AND at > ?",
        (username, address, _stamp(now - PLACES_KEPT)),
    )
    return bool(rows)


def _wait(db: Connection, kind: str, limit: Limit, now: datetime) -> int:
    """Seconds until `limit` has room for one more mark of `kind`; 0 if it has room now."""
    where, values, most, window = limit
    rows = db.execute(
        f"SELECT at FROM throttle_marks WHERE kind = ? AND {where} AND at > ?"
        " ORDER BY at DESC LIMIT ?",
        (kind, *values, _stamp(now - window), most),
    ).fetchall()
    if len(rows) < most:
        return 0
    # The oldest of the last `most` marks: when it leaves the window there is room.
    free_at = datetime.fromisoformat(rows[-1][0]) + window
    return max(1, math.ceil((free_at - now).total_seconds()))


def _stamp(at: datetime) -> str:
    return stamp(at, precision="seconds")
