"""Accounts, their browser sessions and their API keys as stored: the one owner of the
tables `accounts`, `web_sessions` and `api_keys`. Secrets arrive here already hashed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from os1.errors import InputError
from os1.memory.store import Store, add_user
from os1.stamps import stamp


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


def add(store: Store, account: Account, password_hash: str, now: datetime) -> None:
    """The account and its person's row, in one transaction."""
    with store.writing() as db:
        # Checked again inside the transaction: two sign-ups may race for a name.
        taken = db.execute(
            "SELECT 1 FROM accounts WHERE username = ?", (account.username,)
        ).fetchone()
        if taken:
            raise InputError(f"The name '{account.username}' is taken", "choose another name")
        add_user(db, account.user_id, _stamp(now))
        db.execute(
            "INSERT INTO accounts (user_id, username, password_hash, created_at)"
            " VALUES (?, ?, ?, ?)",
            (account.user_id, account.username, password_hash, _stamp(now)),
        )


def find(store: Store, username: str) -> tuple[str, str, str] | None:
    """(user_id, username as kept, password hash) of the account called `username`."""
    rows = store.read(
        "SELECT user_id, username, password_hash FROM accounts WHERE username = ?", (username,)
    )
    return (rows[0][0], rows[0][1], rows[0][2]) if rows else None


def password_hash(store: Store, user_id: str) -> str | None:
    rows = store.read("SELECT password_hash FROM accounts WHERE user_id = ?", (user_id,))
    return rows[0][0] if rows else None


def set_password(store: Store, user_id: str, password_hash: str) -> None:
    with store.writing() as db:
        db.execute(
            "UPDATE accounts SET password_hash = ? WHERE user_id = ?", (password_hash, user_id)
        )
        # Everywhere else signed in is signed out: that is why one changes a password.
        db.execute("DELETE FROM web_sessions WHERE user_id = ?", (user_id,))


def account(store: Store, user_id: str) -> Account | None:
    rows = store.read("SELECT user_id, username FROM accounts WHERE user_id = ?", (user_id,))
    return Account(rows[0][0], rows[0][1]) if rows else None


def count(store: Store) -> int:
    return int(store.read("SELECT count(*) FROM accounts")[0][0])


# Sessions (the browser's cookie)


def open_session(
    store: Store, user_id: str, token_hash: str, csrf: str, now: datetime, expires: datetime
) -> None:
    with store.writing() as db:
        db.execute("DELETE FROM web_sessions WHERE expires_at < ?", (_stamp(now),))
        db.execute(
            "INSERT INTO web_sessions (token_hash, user_id, csrf, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (token_hash, user_id, csrf, _stamp(now), _stamp(expires)),
        )


def session(store: Store, token_hash: str, now: datetime) -> WebSession | None:
    rows = store.read(
        "SELECT a.user_id, a.username, s.csrf FROM web_sessions s"
        " JOIN accounts a ON a.user_id = s.user_id"
        " WHERE s.token_hash = ? AND s.expires_at > ?",
        (token_hash, _stamp(now)),
    )
    if not rows:
        return None
    return WebSession(Account(rows[0][0], rows[0][1]), rows[0][2])


def close_session(store: Store, token_hash: str) -> None:
    with store.writing() as db:
        db.execute("DELETE FROM web_sessions WHERE token_hash = ?", (token_hash,))


# API keys (programs: the openai client)


def add_key(store: Store, user_id: str, name: str, key_hash: str, prefix: str) -> ApiKey:
    now = stamp(precision="seconds")
    with store.writing() as db:
        row = db.execute(
            "INSERT INTO api_keys (user_id, name, key_hash, prefix, created_at)"
            " VALUES (?, ?, ?, ?, ?) RETURNING id",
            (user_id, name, key_hash, prefix, now),
        ).fetchone()
    return ApiKey(int(row[0]), name, prefix, now, None)


def keys(store: Store, user_id: str) -> list[ApiKey]:
    rows = store.read(
        "SELECT id, name, prefix, created_at, revoked_at FROM api_keys"
        " WHERE user_id = ? ORDER BY id",
        (user_id,),
    )
    return [ApiKey(*row) for row in rows]


def revoke_key(store: Store, user_id: str, key_id: int) -> bool:
    with store.writing() as db:
        cursor = db.execute(
            "UPDATE api_keys SET revoked_at = ?"
            " WHERE id = ? AND user_id = ? AND revoked_at IS NULL",
            (stamp(precision="seconds"), key_id, user_id),
        )
    return cursor.rowcount > 0


def holder_of(store: Store, key_hash: str) -> Account | None:
    """The account a key belongs to, if the key is real and not revoked."""
    rows = store.read(
        "SELECT a.user_id, a.username FROM api_keys k JOIN accounts a ON a.user_id = k.user_id"
        " WHERE k.key_hash = ? AND k.revoked_at IS NULL",
        (key_hash,),
    )
    return Account(rows[0][0], rows[0][1]) if rows else None


def _stamp(at: datetime) -> str:
    # Accounts keep their times to the second.
    return stamp(at, precision="seconds")
