"""Accounts on a server: who a person is, how they sign in, and their API keys.

An account is one person's OS: its `user_id` is the `users` row every memory,
feeling and letter of theirs hangs from, so deleting the account deletes all
of it (the schema cascades). The id is random, never the user name, so no name
a person picks can land them in someone else's rows (the terminal's "local").

Passwords are hashed with argon2 in a worker thread (a hash takes tens of
milliseconds and would otherwise stall every other conversation). Session
tokens and API keys are 256 random bits, kept as SHA-256 hashes: a stolen
database gives nobody a way in.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from os1.errors import InputError, Os1Error
from os1.memory.store import Store

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,31}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024  # argon2 takes any length; this keeps a request from being a workload
SESSION_DAYS = 30
KEY_PREFIX = "os1-"
# Throttling: so many failed sign-ins within the window, and that name (or that
# address, for someone trying many names) must wait.
WINDOW = timedelta(minutes=15)
FAILURES_PER_NAME = 5
FAILURES_PER_ADDRESS = 20


class SignInRefused(Os1Error):
    """Wrong name or password: one message for both, so names cannot be probed."""


class SignInThrottled(Os1Error):
    """Too many failed sign-ins; `retry_after` seconds until the next may be tried."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(
            "Too many failed sign-ins", f"wait {retry_after} seconds before trying again"
        )
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


class Accounts:
    def __init__(self, store: Store, hasher: PasswordHasher | None = None) -> None:
        self._store = store
        self._hasher = hasher or PasswordHasher()
        # Verified against when a name is unknown, so that case takes as long as a wrong
        # password and timing does not tell which names exist.
        self._decoy = self._hasher.hash(secrets.token_hex(16))

    async def sign_up(self, username: str, password: str) -> Account:
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
        hashed = await asyncio.to_thread(self._hasher.hash, password)
        account = Account(f"u{secrets.token_hex(12)}", username)
        now = _iso(datetime.now(UTC))
        with self._store.writing() as db:
            # Checked again inside the transaction: two sign-ups may race for a name.
            taken = db.execute("SELECT 1 FROM accounts WHERE username = ?", (username,)).fetchone()
            if taken:
                raise InputError(f"The name '{username}' is taken", "choose another name")
            db.execute("INSERT INTO users (id, created_at) VALUES (?, ?)", (account.user_id, now))
            db.execute(
                "INSERT INTO accounts (user_id, username, password_hash, created_at)"
                " VALUES (?, ?, ?, ?)",
                (account.user_id, username, hashed, now),
            )
        return account

    async def sign_in(
        self, username: str, password: str, address: str, now: datetime | None = None
    ) -> Account:
        now = now or datetime.now(UTC)
        self._refuse_if_throttled(username.strip(), address, now)
        row = self._find(username.strip())
        stored = row[2] if row is not None else self._decoy
        good = await asyncio.to_thread(self._verify, stored, password[:MAX_PASSWORD])
        if row is None or not good:
            with self._store.writing() as db:
                db.execute(
                    "INSERT INTO sign_in_failures (username, address, at) VALUES (?, ?, ?)",
                    (username.strip(), address, _iso(now)),
                )
            raise SignInRefused("That name and password do not match", "check both and retry")
        with self._store.writing() as db:
            db.execute("DELETE FROM sign_in_failures WHERE username = ?", (username.strip(),))
        return Account(row[0], row[1])

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def _refuse_if_throttled(self, username: str, address: str, now: datetime) -> None:
        since = _iso(now - WINDOW)
        for column, value, limit in (
            ("username", username, FAILURES_PER_NAME),
            ("address", address, FAILURES_PER_ADDRESS),
        ):
            rows = self._store.read(
                f"SELECT at FROM sign_in_failures WHERE {column} = ? AND at > ? ORDER BY at",
                (value, since),
            )
            if len(rows) >= limit:
                oldest = datetime.fromisoformat(rows[-limit][0])
                wait = oldest + WINDOW - now
                raise SignInThrottled(max(1, int(wait.total_seconds()) + 1))

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

    async def change_password(self, account: Account, old: str, new: str) -> None:
        row = self._find(account.username)
        assert row is not None
        if not await asyncio.to_thread(self._verify, row[2], old[:MAX_PASSWORD]):
            raise SignInRefused("The current password is not right", "type it again")
        _check_password(new)
        hashed = await asyncio.to_thread(self._hasher.hash, new)
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


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InputError(
            f"A password needs at least {MIN_PASSWORD} characters", "choose a longer one"
        )
    if len(password) > MAX_PASSWORD:
        raise InputError(
            f"A password may have at most {MAX_PASSWORD} characters", "choose a shorter one"
        )
