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

Throttles (throttles.py): each attempt that costs a hash is marked before the hash
is computed, in the transaction that counts the earlier marks. Who is slowed, and who is not:
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
import os
import re
import secrets
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from os1.errors import InputError, Os1Error
from os1.memory.store import Store
from os1.server import account_records as records
from os1.server import throttles
from os1.server.account_records import Account, ApiKey, WebSession
from os1.server.throttles import (
    FAILURES_PER_ACCOUNT,
    FAILURES_PER_ADDRESS,
    FAILURES_PER_NAME,
    FAILURES_PER_NAME_AND_ADDRESS,
    SIGNUP_WINDOW,
    SIGNUPS_PER_HOUR,
    WINDOW,
    Limit,
    SignInThrottled,
)

__all__ = [
    "FAILURES_PER_ACCOUNT", "FAILURES_PER_ADDRESS", "FAILURES_PER_NAME",
    "FAILURES_PER_NAME_AND_ADDRESS", "SIGNUPS_PER_HOUR", "Account", "Accounts", "ApiKey",
    "SignInRefused", "SignInThrottled", "WebSession",
]  # fmt: skip
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,31}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024  # argon2 takes any length; this keeps a request from being a workload
SESSION_DAYS = 30
KEY_PREFIX = "os1-"
# argon2 runs several lanes itself; half the cores for hashing leaves the rest to talk.
HASHES_AT_ONCE = max(1, min(4, (os.cpu_count() or 2) // 2))
HASHING_NICENESS = 10


class SignInRefused(Os1Error):
    """Wrong name or password: one message for both, so names cannot be probed."""


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


T = TypeVar("T")


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
        if records.find(self._store, username) is not None:
            raise InputError(f"The name '{username}' is taken", "choose another name")
        if address is not None:
            limit = ("address = ?", (address,), per_hour, SIGNUP_WINDOW)
            problem = "Too many accounts were made from this address"
            throttles.reserve(self._store, "sign-up", "", address, [limit], now, problem)
        hashed = await self._hashed(self._hasher.hash, password)
        account = Account(f"u{secrets.token_hex(12)}", username)
        records.add(self._store, account, hashed, now)
        return account

    async def sign_in(
        self, username: str, password: str, address: str, now: datetime | None = None
    ) -> Account:
        now = now or datetime.now(UTC)
        username = username.strip()
        row = records.find(self._store, username)
        limits: list[Limit] = [
            (
                "name = ? AND address = ?",
                (username, address),
                FAILURES_PER_NAME_AND_ADDRESS,
                WINDOW,
            ),
            ("address = ?", (address,), FAILURES_PER_ADDRESS, WINDOW),
        ]
        if row is None or not throttles.signed_in_from(self._store, row[1], address, now):
            limits.append(("name = ?", (username,), FAILURES_PER_NAME, WINDOW))
        problem = "Too many failed sign-ins"
        throttles.reserve(self._store, "sign-in", username, address, limits, now, problem)
        stored = row[2] if row is not None else self._decoy
        good = await self._hashed(self._verify, stored, password[:MAX_PASSWORD])
        if row is None or not good:
            # The mark made before the hash stays: it is this failure's.
            raise SignInRefused("That name and password do not match", "check both and retry")
        throttles.signed_in(self._store, username, row[1], address, now)
        return Account(row[0], row[1])

    async def check_password(
        self, account: Account, password: str, now: datetime | None = None
    ) -> None:
        """Refuses unless `password` is the account's: asked again before deleting the
        account or changing the password, and throttled per account."""
        now = now or datetime.now(UTC)
        limit = ("name = ?", (account.user_id,), FAILURES_PER_ACCOUNT, WINDOW)
        problem = "Too many wrong passwords for this account"
        throttles.reserve(self._store, "password", account.user_id, "", [limit], now, problem)
        kept = records.password_hash(self._store, account.user_id)
        stored = kept if kept is not None else self._decoy
        good = await self._hashed(self._verify, stored, password[:MAX_PASSWORD])
        if kept is None or not good:
            raise SignInRefused("The password is not right", "type it again")
        throttles.password_confirmed(self._store, account.user_id)

    async def _hashed(self, work: Callable[..., T], *args: str) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._hashing, work, *args)

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def account(self, user_id: str) -> Account | None:
        return records.account(self._store, user_id)

    def count(self) -> int:
        return records.count(self._store)

    async def change_password(
        self, account: Account, old: str, new: str, now: datetime | None = None
    ) -> None:
        try:
            await self.check_password(account, old, now)
        except SignInRefused as exc:
            raise SignInRefused("The current password is not right", "type it again") from exc
        _check_password(new)
        hashed = await self._hashed(self._hasher.hash, new)
        # Everywhere else signed in is signed out: that is why one changes a password.
        records.set_password(self._store, account.user_id, hashed)

    # Sessions (the browser's cookie)

    def open_session(self, account: Account, now: datetime | None = None) -> tuple[str, str]:
        """A new session: its token (for the cookie) and its CSRF token (for the page)."""
        now = now or datetime.now(UTC)
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        expires = now + timedelta(days=SESSION_DAYS)
        records.open_session(self._store, account.user_id, _digest(token), csrf, now, expires)
        return token, csrf

    def session(self, token: str, now: datetime | None = None) -> WebSession | None:
        return records.session(self._store, _digest(token), now or datetime.now(UTC))

    def close_session(self, token: str) -> None:
        records.close_session(self._store, _digest(token))

    # API keys (programs: the openai client)

    def create_key(self, account: Account, name: str) -> tuple[ApiKey, str]:
        """A new key and its secret, which is shown this once and never kept."""
        name = name.strip()[:60] or "key"
        secret = KEY_PREFIX + secrets.token_urlsafe(32)
        key = records.add_key(self._store, account.user_id, name, _digest(secret), secret[:12])
        return key, secret

    def keys(self, account: Account) -> list[ApiKey]:
        return records.keys(self._store, account.user_id)

    def revoke_key(self, account: Account, key_id: int) -> bool:
        return records.revoke_key(self._store, account.user_id, key_id)

    def holder_of(self, secret: str) -> Account | None:
        """The account a key belongs to, if the key is real and not revoked."""
        if not secret.startswith(KEY_PREFIX):
            return None
        return records.holder_of(self._store, _digest(secret))

    def delete(self, account: Account) -> dict[str, int]:
        """The account and everything of its OS, in one transaction."""
        return self._store.delete_user(account.user_id)


def _yield_to_talk() -> None:
    """Lowers a hashing thread's priority (argon2's lane threads inherit it): when a flood
    of passwords keeps the cores busy, the event loop still gets them first."""
    with contextlib.suppress(OSError, AttributeError):  # a platform without per-thread nice
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), HASHING_NICENESS)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InputError(
            f"A password needs at least {MIN_PASSWORD} characters", "choose a longer one"
        )
    if len(password) > MAX_PASSWORD:
        raise InputError(
            f"A password may have at most {MAX_PASSWORD} characters", "choose a shorter one"
        )
