"""The person spoken of by name as if to someone else ("Good morning, Walter! Walter has a
wonderful day today!"), or asked the name the OS knows: a check laid over the tone's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A verb after the person's name that makes them its subject: "Walter has…", "Walter is…".
_THIRD_VERB = (
    r"(?:is|has|was|had|will|would|does|did|can|could|must|should|seems|sounds|looks|loves"
    r"|likes|needs|wants|feels|deserves|knows)\b"
)


def of_them_as_you(
    tone: Callable[[str], str | None] | None, person: str | None
) -> Callable[[str], str | None] | None:
    """`tone`, and no sentence that speaks of the person by name as if to someone else:
    "Good morning, Walter! Walter has a wonderful day today!" """
    if not person:
        return tone
    of_them = re.compile(
        rf"(?:^|[.!?;]\s+)\W*{re.escape(person)}(?:\s+{_THIRD_VERB}|'s\b)"
        # Or cited: "…someone you care about deeply like Jordan mentioned in the article."
        rf"|\b(?:as|like) {re.escape(person)} (?:mentioned|said|says|wrote|explained|described)\b"
    )

    def check(sentence: str) -> str | None:
        if of_them.search(sentence):
            return "speaks of them as someone else"
        if _ASKS_NAME.search(sentence):  # "That's quite something. What's your name?"
            return "asks the name it knows"
        return tone(sentence) if tone is not None else None

    return check


_ASKS_NAME = re.compile(r"\bwhat(?:'s| is) your name\b|\bwhat should i call you\b", re.I)
