"""Where a person's files live under OS1_HOME (the calendar, letters, exports)."""

from __future__ import annotations

import hashlib
import re


def own_name(user: str) -> str:
    """A person's id made safe as a file name, with its hash so that two ids never share one."""
    name = re.sub(r"[^A-Za-z0-9_-]", "_", user)[:40]
    digest = hashlib.sha256(user.encode()).hexdigest()[:10]
    return f"{name}-{digest}"
