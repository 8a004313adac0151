"""Moments as stored text: UTC, ISO 8601, so that stored times compare correctly as text.

Two precisions are in use, and stay as they are (archives and old databases hold
them): milliseconds for what happens many times a minute (turns, feelings,
envelopes, outreach) and seconds for what a person does by hand (letters,
accounts, notes, reminders). A naive moment is read as local time, as
`datetime.astimezone` reads it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

Precision = Literal["seconds", "milliseconds"]


def stamp(at: datetime | None = None, precision: Precision = "milliseconds") -> str:
    """`at` (now, when not given) in UTC, as ISO 8601 text to `precision`."""
    return (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec=precision)
