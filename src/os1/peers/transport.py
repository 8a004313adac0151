"""Envelopes over HTTP: JSON in and out, with a time limit, in a worker thread so that a
server's event loop keeps serving (a peer on the same server answers the same loop)."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from typing import Any

from os1.peers.exchange import PeerError

TIMEOUT_S = 60.0  # a talk's answer is written by the other OS's brain first
LARGEST = 256 * 1024


class HttpTransport:
    def __init__(self, timeout_s: float = TIMEOUT_S) -> None:
        self.timeout_s = timeout_s

    async def get(self, url: str) -> dict[str, Any]:
        return await asyncio.to_thread(self._call, url, None)

    async def post(self, url: str, body: dict[str, Any]) -> dict[str, Any]:
        return await asyncio.to_thread(self._call, url, json.dumps(body).encode())

    def _call(self, url: str, data: bytes | None) -> dict[str, Any]:
        if not url.startswith(("http://", "https://")):
            raise PeerError(f"{url} is not an http(s) address", "check the peer's address")
        request = urllib.request.Request(
            url,
            data=data,
            method="GET" if data is None else "POST",
            headers={"content-type": "application/json", "accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as answer:
                return _json(answer.read(LARGEST + 1), url)
        except urllib.error.HTTPError as exc:
            refused = _json(exc.read(LARGEST + 1), url, strict=False)
            error = refused.get("error", {}) if isinstance(refused, dict) else {}
            message = error.get("message") or exc.reason
            fix = error.get("fix") or "check the address, or ask its person"
            raise PeerError(f"The OS at {url} refused ({exc.code}: {message})", fix) from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PeerError(
                f"The OS at {url} cannot be reached ({reason})",
                "check the address and that its os1 serve is running",
            ) from exc


def _json(data: bytes, url: str, strict: bool = True) -> dict[str, Any]:
    try:
        if len(data) > LARGEST:
            raise ValueError("too long")
        value = json.loads(data)
        if not isinstance(value, dict):
            raise ValueError("not an object")
        return value
    except ValueError as exc:
        if not strict:
            return {}
        raise PeerError(
            f"The OS at {url} answered something that is not os1's", "check the address"
        ) from exc
