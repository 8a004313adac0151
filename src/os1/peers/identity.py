"""Who an OS is to other OSes: an Ed25519 key pair, and the card it shows them.

The private key is made on first use and never leaves the store; the card
holds the public key, the OS's name and its address. The id is derived from
the public key, so a card whose key does not hash to the id in its address
is refused: an address cannot be made to carry someone else's key.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, field_validator

from os1.errors import InputError
from os1.memory.store import Store
from os1.peers import records

PROTOCOL = "os1-peer/1"
OS_ID = re.compile(r"^[a-z2-7]{26}$")
# What may stand as another OS's name: shown to the person, quoted into prompts.
OS_NAME = re.compile(r"^[\w][\w .'-]{0,39}$")


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def os_id_of(public_key: str) -> str:
    """The id of the OS holding this key: 130 bits of its SHA-256, in base32."""
    digest = hashlib.sha256(unb64(public_key)).digest()
    return base64.b32encode(digest).decode().lower()[:26]


def signature_holds(public_key: str, data: bytes, signature: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(unb64(public_key)).verify(unb64(signature), data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True, slots=True)
class Identity:
    """One OS's keys; `sign` is the only use of the private key."""

    user_id: str
    _private: Ed25519PrivateKey
    address: str | None = None

    @property
    def public_key(self) -> str:
        raw = self._private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return b64(raw)

    @property
    def os_id(self) -> str:
        return os_id_of(self.public_key)

    def sign(self, data: bytes) -> str:
        return b64(self._private.sign(data))


def own_identity(store: Store, user_id: str) -> Identity:
    """This person's OS's identity, made the first time it is asked for."""
    row = records.identity_of(store, user_id)
    if row is not None:
        return _identity(row)
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    records.add_identity(store, user_id, Identity(user_id, key).os_id, raw)
    # Another process may have made one at the same moment: theirs stands.
    return own_identity(store, user_id)


def identity_by_os_id(store: Store, os_id: str) -> Identity | None:
    """The OS with this id on this store, if its person has ever asked for its address."""
    row = records.identity_with_os_id(store, os_id)
    return None if row is None else _identity(row)


def set_address(store: Store, user_id: str, address: str) -> None:
    """Where this OS's card is found (`.../peer/{os_id}`), as its envelopes say."""
    records.set_address(store, user_id, address)


def _identity(row: records.IdentityRow) -> Identity:
    return Identity(row.user_id, Ed25519PrivateKey.from_private_bytes(row.private_key), row.address)


class Card(BaseModel):
    """What an OS shows anyone who asks: enough to be added as a peer, nothing of its person."""

    model_config = ConfigDict(extra="forbid")

    protocol: str = Field(PROTOCOL, max_length=40)
    os_id: str
    name: str = Field(min_length=1, max_length=40)
    public_key: str = Field(min_length=43, max_length=43)
    url: str = Field(min_length=8, max_length=500)

    @field_validator("name")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if not OS_NAME.match(value):
            raise ValueError("an OS's name is a word or a few, letters first")
        return value

    def checked(self, address: str) -> Card:
        """This card, if it really belongs at `address` (its key hashes to the id there)."""
        if self.protocol != PROTOCOL:
            raise InputError(
                f"The OS at {address} speaks {self.protocol}, not {PROTOCOL}",
                "update os1 on one side or the other",
            )
        if os_id_of(self.public_key) != self.os_id or not address.rstrip("/").endswith(
            f"/peer/{self.os_id}"
        ):
            raise InputError(
                f"The card at {address} does not match its address (its key is not that OS's)",
                "ask its person for the address again: it may have been tampered with",
            )
        return self


def card(identity: Identity, name: str, address: str) -> Card:
    return Card(os_id=identity.os_id, name=name, public_key=identity.public_key, url=address)
