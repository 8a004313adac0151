"""When the person has finished their turn.

Silence alone is a poor judge: "I was thinking we could..." pauses mid-thought,
and waiting out a full second after every question makes the OS feel slow.
The transcript helps: it is ready a tenth of a second into the silence (it is
started speculatively), and a sentence that sounds finished ends the turn after
a short pause, one that trails off ("and", "um", a comma) waits much longer.
"""

from __future__ import annotations

import re

FINISHED_HANG_MS = 200
UNFINISHED_HANG_MS = 900
# Words a thought rarely ends on: joining words, fillers, and the helpers that
# wait for their verb ("we could..."). Whisper puts a full stop after them all
# the same, so the words are the better guide.
_TRAILING = {
    "and", "but", "or", "so", "because", "um", "uh", "er", "erm", "hmm", "like", "the", "a",
    "an", "to", "of", "with", "for", "my", "your", "if", "then", "that", "which", "when",
    "about", "is", "was", "are", "were", "am", "i", "we", "you", "maybe", "well", "could",
    "would", "should", "can", "will", "might", "must", "shall", "have", "has", "had",
}  # fmt: skip
_WORDS = re.compile(r"[a-z']+")


def sounds_finished(transcript: str) -> bool:
    """Whether the words end like a finished thought (Whisper punctuates what it hears)."""
    text = transcript.strip()
    if not text or text.endswith(("...", "…", ",", "-", ";", ":")):
        return False
    words = _WORDS.findall(text.lower())
    if not words or words[-1] in _TRAILING:
        return False
    return text.endswith((".", "?", "!")) or len(words) >= 3


def hang_ms(transcript: str) -> int:
    """How much silence ends the turn, given what was said."""
    return FINISHED_HANG_MS if sounds_finished(transcript) else UNFINISHED_HANG_MS
