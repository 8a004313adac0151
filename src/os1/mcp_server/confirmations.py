"""Requests waiting for the person's yes, each behind a one-time token that expires."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from os1.errors import InputError
from os1.skills.skill import Skill

# Enough for any real agent; a caller that asks without ever confirming cannot grow
# the server's memory past this.
MOST_WAITING = 64


@dataclass(frozen=True, slots=True)
class Waiting:
    skill: Skill[Any]
    arguments: BaseModel
    question: str
    expires_at: float


class Confirmations:
    """What was asked and not yet answered, by token; a token works once, and only in time."""

    def __init__(self, within: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.within = within
        self._clock = clock
        self._waiting: dict[str, Waiting] = {}

    def hold(self, skill: Skill[Any], arguments: BaseModel, question: str) -> str:
        now = self._clock()
        self._waiting = {t: w for t, w in self._waiting.items() if w.expires_at > now}
        while len(self._waiting) >= MOST_WAITING:
            del self._waiting[next(iter(self._waiting))]  # the oldest question goes first
        token = secrets.token_urlsafe(16)
        self._waiting[token] = Waiting(skill, arguments, question, now + self.within)
        return token

    def take(self, token: str) -> Waiting:
        """The request behind this token, which is spent by taking it."""
        waiting = self._waiting.pop(token, None)
        if waiting is None:
            raise InputError(
                "That confirmation token is unknown or was already used",
                "make the request again to get a new question and token",
            )
        if waiting.expires_at <= self._clock():
            raise InputError(
                f"That confirmation token expired ({self.within:g} s after it was given)",
                "make the request again and confirm the new question in time",
            )
        return waiting
