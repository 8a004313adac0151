"""Accounts over the store itself (test_server.py drives them through the running server):
names are one whatever their case, secrets are kept as hashes, and deleting goes all the way."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher

from os1.errors import InputError
from os1.memory.store import Store
from os1.server.accounts import (
    FAILURES_PER_NAME,
    Accounts,
    SignInRefused,
    SignInThrottled,
)
from tests.conftest import tables

PASSWORD = "a long enough password"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def accounts(store: Store) -> Accounts:
    # The cheapest argon2 settings: these tests are about what is stored, not the hash's cost.
    return Accounts(store, PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def test_a_name_is_one_whatever_its_case(accounts: Accounts) -> None:
    theo = asyncio.run(accounts.sign_up("Theo", PASSWORD))
    with pytest.raises(InputError, match="is taken"):
        asyncio.run(accounts.sign_up("THEO", PASSWORD))
    assert asyncio.run(accounts.sign_in("theo", PASSWORD, "10.0.0.1", NOW)) == theo
    assert accounts.count() == 1
    assert accounts.account(theo.user_id) == theo


def test_wrong_passwords_are_counted_whatever_the_case_and_then_throttled(
    accounts: Accounts,
) -> None:
    asyncio.run(accounts.sign_up("amy", PASSWORD))
    for n in range(FAILURES_PER_NAME):
        with pytest.raises(SignInRefused):
            name = "AMY" if n % 2 else "amy"
            asyncio.run(accounts.sign_in(name, "not the password", "10.0.0.2", NOW))
    with pytest.raises(SignInThrottled) as throttled:
        asyncio.run(accounts.sign_in("Amy", PASSWORD, "10.0.0.2", NOW + timedelta(minutes=1)))
    assert 0 < throttled.value.retry_after <= 15 * 60
    later = NOW + timedelta(minutes=16)
    assert asyncio.run(accounts.sign_in("amy", PASSWORD, "10.0.0.2", later)).username == "amy"


def test_sessions_expire_and_a_new_password_signs_everyone_out(accounts: Accounts) -> None:
    ruth = asyncio.run(accounts.sign_up("ruth", PASSWORD))
    token, csrf = accounts.open_session(ruth, NOW)
    session = accounts.session(token, NOW + timedelta(days=1))
    assert session is not None and session.account == ruth and session.csrf == csrf
    assert accounts.session(token, NOW + timedelta(days=31)) is None
    other, _ = accounts.open_session(ruth, NOW)
    asyncio.run(accounts.change_password(ruth, PASSWORD, "another long password"))
    assert accounts.session(other, NOW) is None
    assert asyncio.run(accounts.sign_in("ruth", "another long password", "10.0.0.3", NOW))
    token, _ = accounts.open_session(ruth, NOW)
    accounts.close_session(token)
    assert accounts.session(token, NOW) is None


def test_keys_are_kept_as_hashes_and_a_revoked_key_opens_nothing(
    accounts: Accounts, store: Store
) -> None:
    paul = asyncio.run(accounts.sign_up("paul", PASSWORD))
    first, secret = accounts.create_key(paul, "phone")
    second, _ = accounts.create_key(paul, "laptop")
    assert second.id > first.id
    assert [k.name for k in accounts.keys(paul)] == ["phone", "laptop"]
    assert accounts.holder_of(secret) == paul
    assert store.read("SELECT count(*) FROM api_keys WHERE key_hash = ?", (secret,))[0][0] == 0
    assert accounts.revoke_key(paul, first.id) and not accounts.revoke_key(paul, first.id)
    assert accounts.holder_of(secret) is None


def test_deleting_an_account_deletes_everything_of_that_person(
    accounts: Accounts, store: Store
) -> None:
    zoe = asyncio.run(accounts.sign_up("zoe", PASSWORD))
    keep = asyncio.run(accounts.sign_up("kept", PASSWORD))
    for account in (zoe, keep):
        accounts.open_session(account, NOW)
        accounts.create_key(account, "key")
        store.add_turn(account.user_id, store.start_session(account.user_id), "user", "hello")
    assert accounts.delete(zoe) == {"turns": 1, "sessions": 1}
    for table in sorted(tables(store)):
        if table in {"accounts", "api_keys", "web_sessions", "turns", "sessions"}:
            left = store.read(f"SELECT count(*) FROM {table} WHERE user_id = ?", (zoe.user_id,))
            assert left[0][0] == 0, table
    assert accounts.account(zoe.user_id) is None and accounts.account(keep.user_id) == keep
