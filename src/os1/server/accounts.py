"""Accounts on a server: who a person is, how they sign in, and their API keys.

An account is one person's OS: its `user_id` is the `users` row every memory,
feeling and letter of theirs hangs from, so deleting the account deletes all
of it (the schema cascades). The id is random, never the user name, so no name
a person picks can land them in someone else's rows (the terminal's "local").

Passwords are hashed with argon2 (about half a second of a core each), in a few
threads of their own at a lower priority: a flood of sign-ins queues there instead
of taking every worker thread and every core the conversations need. Session tokens and API
keys are 256 random bits, kept as SHA-256 hashes: a stolen database gives
nobody a way in.

Throttles. Each attempt that costs a hash is marked before the hash is computed,
in the transaction that counts the earlier marks (on the event loop's thread, so
nothing runs between the count and the mark): a hundred wrong passwords sent at
once cost at most the limit's worth of hashes, and the rest are told at once when
to try again (429, Retry-After). A sign-in that works takes its own mark back.

Who is slowed, and who is not:
- One name from one address: 5 failures in 15 minutes, then that pair waits. This
  is the guesser's limit, and it is keyed by address too, so a stranger's guesses
  from their address never lock the owner out of signing in from theirs.
- One address, whatever the names: 20 failures in 15 minutes (one address
  trying many names, or many passwords spread over names).
- One name, from every address together: 50 failures in 15 minutes, so a guesser
  spread over many addresses still gets only a few hundred guesses an hour. It
  does not apply at an address the name has signed in from (kept for 30 days),
  so even a spread-out guesser does not lock the owner out at home: only a new
  place (a hotel, a friend's network) waits while such an attack goes on.
- Confirming a password (deleting the account, changing the password): 5
  failures in 15 minutes per account, each account its own count, so one
  person's attempts never hold up another's.
- Signing up: `signups_per_hour` per address (a setting, 20 by default), so one
  address cannot make hundreds of accounts and their hashes.
The address is the connection's; behind a reverse proxy every request has the
proxy's, and these limits hold for everyone together.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import math
import os
import re
import secrets
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from os1.errors import InputError, Os1Error
from os1.memory.dialect import Connection
from os1.memory.store import Store

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,31}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024  # argon2 takes any length; this keeps a request from being a workload
SESSION_DAYS = 30
KEY_PREFIX = "os1-"
WINDOW = timedelta(minutes=15)
FAILURES_PER_NAME_AND_ADDRESS = 5
FAILURES_PER_ADDRESS = 20
FAILURES_PER_NAME = 50
FAILURES_PER_ACCOUNT = 5
SIGNUP_WINDOW = timedelta(hours=1)
SIGNUPS_PER_HOUR = 20
# Marks older than this count for nothing; they are swept as new ones are made.
KEEP_MARKS = timedelta(days=1)
PLACES_KEPT = timedelta(days=SESSION_DAYS)
# argon2 runs several lanes itself; half the cores for hashing leaves the rest to talk.
HASHES_AT_ONCE = max(1, min(4, (os.cpu_count() or 2) // 2))
HASHING_NICENESS = 10


class SignInRefused(Os1Error):
    """Wrong name or password: one message for both, so names cannot be probed."""


class SignInThrottled(Os1Error):
    """Too many attempts at a password (signing in, signing up, confirming one);
    `retry_after` seconds until the next may be tried."""

    def __init__(self, retry_after: int, problem: str = "Too many failed sign-ins") -> None:
        super().__init__(problem, f"wait {retry_after} seconds before trying again")
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Account:
    user_id: str
    username: str


@dataclass(frozen=True, slots=True)
class WebSession:
    account: Account
    csrf: str


@dataclass(frozen=True, slots=True)
class ApiKey:
    id: int
    name: str
    prefix: str
    created_at: str
    revoked_at: str | None


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="seconds")


T = TypeVar("T")
# A clause on throttle_marks, its values, how many marks it allows and in how long.
Limit = tuple[str, tuple[str, ...], int, timedelta]


class Accounts:
    def __init__(self, store: Store, hasher: PasswordHasher | None = None) -> None:
        self._store = store
        self._hasher = hasher or PasswordHasher()
        self._hashing = ThreadPoolExecutor(
            HASHES_AT_ONCE, thread_name_prefix="os1-argon2", initializer=_yield_to_talk
        )
        # Verified against when a name is unknown, so that case takes as long as a wrong
        # password and timing does not tell which names exist.
        self._decoy = self._hasher.hash(secrets.token_hex(16))

    async def sign_up(
        self,
        username: str,
        password: str,
        address: str | None = None,
        per_hour: int = SIGNUPS_PER_HOUR,
        now: datetime | None = None,
    ) -> Account:
        """A new account; `address` is where the request came from (None: not over the
        network, as when a benchmark provisions people), `per_hour` its sign-ups' limit."""
        now = now or datetime.now(UTC)
        username = username.strip()
        if not USERNAME.match(username):
            raise InputError(
                "A user name is 3 to 32 letters, digits, '.', '_' or '-', starting with a "
                "letter or digit",
                "choose another name",
            )
        _check_password(password)
        if self._find(username) is not None:
            raise InputError(f"The name '{username}' is taken", "choose another name")
        if address is not None:
            limit = ("address = ?", (address,), per_hour, SIGNUP_WINDOW)
            problem = "Too many accounts were made from this address"
            self._reserve("sign-up", "", address, [limit], now, problem)
        hashed = await self._hashed(self._hasher.hash, password)
        account = Account(f"u{secrets.token_hex(12)}", username)
        with self._store.writing() as db:
            # Checked again inside the transaction: two sign-ups may race for a name.
            taken = db.execute("SELECT 1 FROM accounts WHERE username = ?", (username,)).fetchone()
            if taken:
                raise InputError(f"The name '{username}' is taken", "choose another name")
            db.execute(
                "INSERT INTO users (id, created_at) VALUES (?, ?)", (account.user_id, _iso(now))
            )
            db.execute(
                "INSERT INTO accounts (user_id, username, password_hash, created_at)"
                " VALUES (?, ?, ?, ?)",
                (account.user_id, username, hashed, _iso(now)),
            )
        return account

    async def sign_in(
        self, username: str, password: str, address: str, now: datetime | None = None
    ) -> Account:
        now = now or datetime.now(UTC)
        username = username.strip()
        row = self._find(username)
        limits: list[Limit] = [
            (
                "name = ? AND address = ?",
                (username, address),
                FAILURES_PER_NAME_AND_ADDRESS,
                WINDOW,
            ),
            ("address = ?", (address,), FAILURES_PER_ADDRESS, WINDOW),
        ]
        if row is None or not self._signed_in_from(row[1], address, now):
            limits.append(("name = ?", (username,), FAILURES_PER_NAME, WINDOW))
        self._reserve("sign-in", username, address, limits, now, "Too many failed sign-ins")
        stored = row[2] if row is not None else self._decoy
        good = await self._hashed(self._verify, stored, password[:MAX_PASSWORD])
        if row is None or not good:
            # The mark made before the hash stays: it is this failure's.
            raise SignInRefused("That name and password do not match", "check both and retry")
        with self._store.writing() as db:
            # The owner's own slips from here are forgiven; others' marks, elsewhere, stay.
            db.execute(
                "DELETE FROM throttle_marks WHERE kind = 'sign-in' AND name = ? AND address = ?",
                (username, address),
            )
            db.execute(
                "INSERT INTO sign_in_places (username, address, at) VALUES (?, ?, ?)"
                " ON CONFLICT (username, address) DO UPDATE SET at = excluded.at",
                (row[1], address, _iso(now)),
            )
        return Account(row[0], row[1])

    async def check_password(
        self, account: Account, password: str, now: datetime | None = None
    ) -> None:
        """Refuses unless `password` is the account's: asked again before deleting the
        account or changing the password, and throttled per account."""
        now = now or datetime.now(UTC)
        limit = ("name = ?", (account.user_id,), FAILURES_PER_ACCOUNT, WINDOW)
        problem = "Too many wrong passwords for this account"
        self._reserve("password", account.user_id, "", [limit], now, problem)
        rows = self._store.read(
            "SELECT password_hash FROM accounts WHERE user_id = ?", (account.user_id,)
        )
        stored = rows[0][0] if rows else self._decoy
        if not rows or not await self._hashed(self._verify, stored, password[:MAX_PASSWORD]):
            raise SignInRefused("The password is not right", "type it again")
        with self._store.writing() as db:
            db.execute(
                "DELETE FROM throttle_marks WHERE kind = 'password' AND name = ?",
                (account.user_id,),
            )

    def _reserve(
        self,
        kind: str,
        name: str,
        address: str,
        limits: list[Limit],
        now: datetime,
        problem: str,
    ) -> None:
        """Counts the marks each limit allows and, if every limit has room, marks this
        attempt, in one transaction; otherwise refuses with the longest wait."""
        with self._store.writing() as db:
            db.execute("UPDATE throttle_turn SET taken = taken + 1")
            wait = max(_wait(db, kind, limit, now) for limit in limits)
            if wait:
                raise SignInThrottled(wait, problem)
            db.execute("DELETE FROM throttle_marks WHERE at < ?", (_iso(now - KEEP_MARKS),))
            db.execute(
                "INSERT INTO throttle_marks (kind, name, address, at) VALUES (?, ?, ?, ?)",
                (kind, name, address, _iso(now)),
            )

    def _signed_in_from(self, username: str, address: str, now: datetime) -> bool:
        rows = self._store.read(
            "SELECT 1 FROM sign_in_places WHERE username = ? AND address = ? AND at > ?",
            (username, address, _iso(now - PLACES_KEPT)),
        )
        return bool(rows)

    async def _hashed(self, work: Callable[..., T], *args: str) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._hashing, work, *args)

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def _find(self, username: str) -> tuple[str, str, str] | None:
        rows = self._store.read(
            "SELECT user_id, username, password_hash FROM accounts WHERE username = ?",
            (username,),
        )
        return (rows[0][0], rows[0][1], rows[0][2]) if rows else None

    def account(self, user_id: str) -> Account | None:
        rows = self._store.read(
            "SELECT user_id, username FROM accounts WHERE user_id = ?", (user_id,)
        )
        return Account(rows[0][0], rows[0][1]) if rows else None

    def count(self) -> int:
        return int(self._store.read("SELECT count(*) FROM accounts")[0][0])

    async def change_password(
        self, account: Account, old: str, new: str, now: datetime | None = None
    ) -> None:
        try:
            await self.check_password(account, old, now)
        except SignInRefused as exc:
            raise SignInRefused("The current password is not right", "type it again") from exc
        _check_password(new)
        hashed = await self._hashed(self._hasher.hash, new)
        with self._store.writing() as db:
            db.execute(
                "UPDATE accounts SET password_hash = ? WHERE user_id = ?", (hashed, account.user_id)
            )
            # Everywhere else signed in is signed out: that is why one changes a password.
            db.execute("DELETE FROM web_sessions WHERE user_id = ?", (account.user_id,))

    # Sessions (the browser's cookie)

    def open_session(self, account: Account, now: datetime | None = None) -> tuple[str, str]:
        """A new session: its token (for the cookie) and its CSRF token (for the page)."""
        now = now or datetime.now(UTC)
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        with self._store.writing() as db:
            db.execute("DELETE FROM web_sessions WHERE expires_at < ?", (_iso(now),))
            db.execute(
                "INSERT INTO web_sessions (token_hash, user_id, csrf, created_at, expires_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    _digest(token),
                    account.user_id,
                    csrf,
                    _iso(now),
                    _iso(now + timedelta(days=SESSION_DAYS)),
                ),
            )
        return token, csrf

    def session(self, token: str, now: datetime | None = None) -> WebSession | None:
        rows = self._store.read(
            "SELECT a.user_id, a.username, s.csrf FROM web_sessions s"
            " JOIN accounts a ON a.user_id = s.user_id"
            " WHERE s.token_hash = ? AND s.expires_at > ?",
            (_digest(token), _iso(now or datetime.now(UTC))),
        )
        if not rows:
            return None
        return WebSession(Account(rows[0][0], rows[0][1]), rows[0][2])

    def close_session(self, token: str) -> None:
        with self._store.writing() as db:
            db.execute("DELETE FROM web_sessions WHERE token_hash = ?", (_digest(token),))

    # API keys (programs: the openai client)

    def create_key(self, account: Account, name: str) -> tuple[ApiKey, str]:
        """A new key and its secret, which is shown this once and never kept."""
        name = name.strip()[:60] or "key"
        secret = KEY_PREFIX + secrets.token_urlsafe(32)
        now = _iso(datetime.now(UTC))
        with self._store.writing() as db:
            row = db.execute(
                "INSERT INTO api_keys (user_id, name, key_hash, prefix, created_at)"
                " VALUES (?, ?, ?, ?, ?) RETURNING id",
                (account.user_id, name, _digest(secret), secret[:12], now),
            ).fetchone()
        return ApiKey(int(row[0]), name, secret[:12], now, None), secret

    def keys(self, account: Account) -> list[ApiKey]:
        rows = self._store.read(
            "SELECT id, name, prefix, created_at, revoked_at FROM api_keys"
            " WHERE user_id = ? ORDER BY id",
            (account.user_id,),
        )
        return [ApiKey(*row) for row in rows]

    def revoke_key(self, account: Account, key_id: int) -> bool:
        with self._store.writing() as db:
            cursor = db.execute(
                "UPDATE api_keys SET revoked_at = ?"
                " WHERE id = ? AND user_id = ? AND revoked_at IS NULL",
                (_iso(datetime.now(UTC)), key_id, account.user_id),
            )
        return cursor.rowcount > 0

    def holder_of(self, secret: str) -> Account | None:
        """The account a key belongs to, if the key is real and not revoked."""
        if not secret.startswith(KEY_PREFIX):
            return None
        rows = self._store.read(
            "SELECT a.user_id, a.username FROM api_keys k JOIN accounts a ON a.user_id = k.user_id"
            " WHERE k.key_hash = ? AND k.revoked_at IS NULL",
            (_digest(secret),),
        )
        return Account(rows[0][0], rows[0][1]) if rows else None

    def delete(self, account: Account) -> dict[str, int]:
        """The account and everything of its OS, in one transaction."""
        return self._store.delete_user(account.user_id)


def _yield_to_talk() -> None:
    """Lowers a hashing thread's priority (argon2's lane threads inherit it): when a flood
    of passwords keeps the cores busy, the event loop still gets them first."""
    with contextlib.suppress(OSError, AttributeError):  # a platform without per-thread nice
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), HASHING_NICENESS)


def _wait(db: Connection, kind: str, limit: Limit, now: datetime) -> int:
    """Seconds until `limit` has room for one more mark of `kind`; 0 if it has room now."""
    where, values, most, window = limit
    rows = db.execute(
        f"SELECT at FROM throttle_marks WHERE kind = ? AND {where} AND at > ?"
        " ORDER BY at DESC LIMIT ?",
        (kind, *values, _iso(now - window), most),
    ).fetchall()
    if len(rows) < most:
        return 0
    # The oldest of the last `most` marks: when it leaves the window there is room.
    free_at = datetime.fromisoformat(rows[-1][0]) + window
    return max(1, math.ceil((free_at - now).total_seconds()))


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InputError(
            f"A password needs at least {MIN_PASSWORD} characters", "choose a longer one"
        )
    if len(password) > MAX_PASSWORD:
        raise InputError(
            f"A password may have at most {MAX_PASSWORD} characters", "choose a shorter one"
        )
