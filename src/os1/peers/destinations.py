"""Where another OS is, and whether this OS may go there.

An address is `http(s)://host[:port][/prefix]/peer/{os_id}`, nothing more: no
user, query or fragment. Before anything is sent, its host is resolved and
every address it resolves to must be a public one; private, loopback,
link-local, shared (CGNAT), reserved and documentation addresses, and the
IPv6 forms that carry one of them (IPv4-mapped, 6to4, NAT64), are refused
unless the operator allows them (`peer_private_addresses`, for a home
network). Multicast and unspecified addresses are never reached. Without
this, a person could make the server fetch its own loopback services or a
cloud's metadata address on their behalf.
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass
from ipaddress import IPv4Address, IPv6Address, ip_address, ip_network
from urllib.parse import urlsplit

from os1.errors import InputError
from os1.peers.identity import OS_ID

DEFAULT_PORTS = {"http": 80, "https": 443}
_PATH = re.compile(rf"^(?:/[^/?#]+)*/peer/({OS_ID.pattern[1:-1]})$")
# NAT64's well-known prefix: a gateway turns 64:ff9b::7f00:1 into 127.0.0.1.
_NAT64 = ip_network("64:ff9b::/96")

IP = IPv4Address | IPv6Address
SocketAddress = tuple[socket.AddressFamily, tuple[object, ...]]


@dataclass(frozen=True, slots=True)
class Address:
    """An OS's address, in one spelling: two that name the same place are equal."""

    scheme: str
    host: str  # lower case; an IPv6 address without its brackets
    port: int
    path: str  # ending in /peer/{os_id}

    @property
    def os_id(self) -> str:
        return self.path.rsplit("/", 1)[1]

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if DEFAULT_PORTS[self.scheme] == self.port else f":{self.port}"
        return f"{self.scheme}://{host}{port}{self.path}"


def parse_address(text: str) -> Address:
    """The address in `text`, or InputError: only an OS's address is ever fetched."""
    not_one = InputError(
        f"{text[:200]} is not an OS's address",
        "ask its person for it: it looks like https://host/peer/abcd... (`os1 peer me`)",
    )
    try:
        parts = urlsplit(text.strip().rstrip("/"))
        port = parts.port
    except ValueError as exc:
        raise not_one from exc
    scheme = parts.scheme.lower()
    if (
        scheme not in DEFAULT_PORTS
        or not parts.hostname
        or "@" in parts.netloc
        or parts.query
        or parts.fragment
        or not _PATH.match(parts.path)
    ):
        raise not_one
    return Address(scheme, parts.hostname.lower(), port or DEFAULT_PORTS[scheme], parts.path)


def public(ip: IP) -> bool:
    """Whether `ip` is an address on the public internet (what this OS reaches by default)."""
    if isinstance(ip, IPv6Address):
        if ip.ipv4_mapped is not None:
            return public(ip.ipv4_mapped)
        if ip.sixtofour is not None and not public(ip.sixtofour):
            return False
        if ip in _NAT64:
            return False
        if ip.is_site_local:
            return False
    # `is_global` alone is not enough on every Python 3.11: it calls 224.0.0.1 and
    # ::127.0.0.1 global.
    return ip.is_global and not (
        ip.is_private
        or ip.is_reserved
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_unspecified
    )


def reachable(ip: IP, private_ok: bool) -> bool:
    """Whether this OS may connect to `ip`; `private_ok` is the operator's setting."""
    inner = ip.ipv4_mapped if isinstance(ip, IPv6Address) and ip.ipv4_mapped else ip
    if inner.is_multicast or inner.is_unspecified:
        return False
    return private_ok or public(ip)


class Unreachable(InputError):
    """The address resolves to somewhere this OS does not go."""


def resolve(address: Address, private_ok: bool) -> list[SocketAddress]:
    """Every socket address the host resolves to, all of them allowed; or InputError.

    Blocking (DNS): call it from a worker thread. The caller must connect to these
    very addresses, never resolve the name again: a name can answer differently the
    second time (DNS rebinding)."""
    try:
        found = socket.getaddrinfo(address.host, address.port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise InputError(
            f"{address.host} was not found",
            "check the address, and that this server can look names up",
        ) from exc
    resolved: list[SocketAddress] = []
    for family, _type, _proto, _name, sockaddr in found:
        # A link-local IPv6 address may carry its interface ("fe80::1%eth0").
        ip = ip_address(str(sockaddr[0]).split("%", 1)[0])
        if not reachable(ip, private_ok):
            raise Unreachable(
                f"{address.host} is on a private, local or reserved network, "
                "which this OS does not reach",
                "ask its person for an address on the internet (or, on a home network, "
                "the server's operator sets OS1_PEER_PRIVATE_ADDRESSES=1)",
            )
        resolved.append((family, tuple(sockaddr)))
    if not resolved:
        raise InputError(f"{address.host} was not found", "check the address")
    return resolved
