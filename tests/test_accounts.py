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
    FAILURES_PER_ACCOUNT,
    FAILURES_PER_ADDRESS,
    FAILURES_PER_NAME,
    FAILURES_PER_NAME_AND_ADDRESS,
    Accounts,
    SignInRefused,
    SignInThrottled,
)
from tests.conftest import tables

pytestmark = pytest.mark.store

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
    for n in range(FAILURES_PER_NAME_AND_ADDRESS):
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
    with pytest.raises(SignInRefused, match="current password"):
        asyncio.run(accounts.change_password(ruth, "not the password", "another long password"))
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


def _outcomes(attempts: list[object]) -> list[str]:
    return sorted(type(a).__name__ for a in attempts)


def test_a_burst_of_wrong_passwords_is_counted_before_any_is_checked(accounts: Accounts) -> None:
    asyncio.run(accounts.sign_up("burst", PASSWORD))

    async def burst() -> list[object]:
        tries = [accounts.sign_in("burst", f"guess {n:04d}", "10.0.0.4", NOW) for n in range(30)]
        return await asyncio.gather(*tries, return_exceptions=True)

    outcomes = _outcomes(asyncio.run(burst()))
    assert outcomes.count("SignInRefused") == FAILURES_PER_NAME_AND_ADDRESS
    assert outcomes.count("SignInThrottled") == 30 - FAILURES_PER_NAME_AND_ADDRESS


def test_a_strangers_guesses_do_not_lock_the_owner_out_of_their_own_address(
    accounts: Accounts,
) -> None:
    asyncio.run(accounts.sign_up("owner", PASSWORD))
    for _ in range(FAILURES_PER_NAME_AND_ADDRESS):
        with pytest.raises(SignInRefused):
            asyncio.run(accounts.sign_in("owner", "a stranger's guess", "203.0.113.9", NOW))
    with pytest.raises(SignInThrottled):
        asyncio.run(accounts.sign_in("owner", PASSWORD, "203.0.113.9", NOW))
    assert asyncio.run(accounts.sign_in("owner", PASSWORD, "10.0.0.5", NOW)).username == "owner"


def test_guesses_spread_over_many_addresses_are_slowed_but_not_at_the_owners_home(
    accounts: Accounts,
) -> None:
    asyncio.run(accounts.sign_up("spread", PASSWORD))
    asyncio.run(accounts.sign_in("spread", PASSWORD, "10.0.0.6", NOW))  # home
    for n in range(FAILURES_PER_NAME):
        with pytest.raises(SignInRefused):
            asyncio.run(accounts.sign_in("spread", "a guess", f"198.51.100.{n}", NOW))
    with pytest.raises(SignInThrottled) as throttled:
        asyncio.run(accounts.sign_in("spread", PASSWORD, "192.0.2.1", NOW))
    assert 0 < throttled.value.retry_after <= 15 * 60
    assert asyncio.run(accounts.sign_in("Spread", PASSWORD, "10.0.0.6", NOW)).username == "spread"


def test_one_address_trying_many_names_is_throttled_whatever_the_name(
    accounts: Accounts,
) -> None:
    asyncio.run(accounts.sign_up("someone", PASSWORD))
    for n in range(FAILURES_PER_ADDRESS):
        with pytest.raises(SignInRefused):
            asyncio.run(accounts.sign_in(f"name{n}", PASSWORD, "10.0.0.7", NOW))
    with pytest.raises(SignInThrottled):
        asyncio.run(accounts.sign_in("someone", PASSWORD, "10.0.0.7", NOW))
    assert asyncio.run(accounts.sign_in("someone", PASSWORD, "10.0.0.8", NOW))


def test_wrong_passwords_for_one_account_never_throttle_another(accounts: Accounts) -> None:
    anna = asyncio.run(accounts.sign_up("anna", PASSWORD))
    bert = asyncio.run(accounts.sign_up("bert", PASSWORD))
    for _ in range(FAILURES_PER_ACCOUNT):
        with pytest.raises(SignInRefused, match="not right"):
            asyncio.run(accounts.check_password(anna, "not the password", NOW))
    with pytest.raises(SignInThrottled, match="wrong passwords for this account"):
        asyncio.run(accounts.check_password(anna, PASSWORD, NOW))
    asyncio.run(accounts.check_password(bert, PASSWORD, NOW))
    later = NOW + timedelta(minutes=16)
    asyncio.run(accounts.check_password(anna, PASSWORD, later))


def test_sign_ups_are_limited_per_address_and_per_hour(accounts: Accounts) -> None:
    for n in range(3):
        asyncio.run(accounts.sign_up(f"maker{n}", PASSWORD, "10.0.0.9", per_hour=3, now=NOW))
    with pytest.raises(SignInThrottled, match="accounts were made") as throttled:
        asyncio.run(accounts.sign_up("maker3", PASSWORD, "10.0.0.9", per_hour=3, now=NOW))
    assert 0 < throttled.value.retry_after <= 3600
    asyncio.run(accounts.sign_up("elsewhere", PASSWORD, "10.0.0.10", per_hour=3, now=NOW))
    later = NOW + timedelta(hours=1, seconds=1)
    asyncio.run(accounts.sign_up("maker3", PASSWORD, "10.0.0.9", per_hour=3, now=later))
    # Bad input costs no hash, so it is not counted.
    with pytest.raises(InputError):
        asyncio.run(accounts.sign_up("x", PASSWORD, "10.0.0.11", per_hour=1, now=NOW))
    asyncio.run(accounts.sign_up("first", PASSWORD, "10.0.0.11", per_hour=1, now=NOW))


def test_where_a_name_signed_in_goes_with_its_account(accounts: Accounts, store: Store) -> None:
    gone = asyncio.run(accounts.sign_up("gone", PASSWORD))
    asyncio.run(accounts.sign_in("gone", PASSWORD, "10.0.0.12", NOW))
    assert store.read("SELECT count(*) FROM sign_in_places WHERE username = 'gone'")[0][0] == 1
    accounts.delete(gone)
    assert store.read("SELECT count(*) FROM sign_in_places")[0][0] == 0
