"""An edit in words ("warmer", "shorter", "less formal", "mention Lisbon") as a change of brief.

The revised letter is drafted anew from the changed brief, so it passes
the same checks as the first one.
"""

from __future__ import annotations

import re

from os1.errors import InputError
from os1.letters.brief import Brief

_MENTION = re.compile(r"^(?:also )?(?:mention|include|add|talk about|say something about)\s+(.+)$")
UNDERSTOOD = "warmer, shorter, longer, less formal, more formal, mention SOMETHING"


def revise_brief(brief: Brief, instruction: str, current_words: int) -> Brief:
    """`brief` changed as `instruction` asks; `current_words` is the letter being edited."""
    said = " ".join(instruction.lower().split()).strip(" .!")
    if (match := _MENTION.match(said)) is not None:
        detail = instruction.strip(" .!").split(None, 1)[1]
        detail = re.sub(r"^(?:mention|include|add|talk about|about)\s+", "", detail, flags=re.I)
        return brief.with_(mentions=(*brief.mentions, detail or match.group(1)))
    if said in {"warmer", "more warm", "more loving", "more affectionate", "softer"}:
        tone = "warm" if brief.tone == "formal" else brief.tone
        return brief.with_(tone=tone, warmth=brief.warmth + 1)
    if said in {"shorter", "make it shorter", "shorten it", "more concise", "briefer"}:
        most = max(30, min(int(brief.words[1] * 0.7), int(current_words * 0.8)))
        return brief.with_(words=(min(brief.words[0], most, max(30, most // 2)), most))
    if said in {"longer", "make it longer", "more detail"}:
        least = max(brief.words[0], int(current_words * 1.2))
        return brief.with_(words=(least, max(brief.words[1], int(least * 1.5))))
    if said in {"less formal", "more casual", "casual", "informal", "more relaxed"}:
        return brief.with_(tone="informal")
    if said in {"more formal", "formal", "less casual"}:
        return brief.with_(tone="formal")
    raise InputError(
        f"I don't know how to make a letter {instruction.strip()!r}", f"say {UNDERSTOOD}"
    )
