"""What a draft writes that is no speech: the prompt's role markers, a script's speaker
labels and stage directions, a list begun, a quotation mark that opens nothing, a sentence
that unsays itself, emoji. The guard (guard.py) refuses each, or leaves the stray mark out.
"""

from __future__ import annotations

import re

# "I'm right here with you. Today is not today." (to "you never think it will be today").
SAYS_X_IS_NOT_X = re.compile(r"\b(\w{3,}) (?:is|are|was|were)(?:n'?t| not) \1\b", re.IGNORECASE)
# A quotation mark that opens or closes nothing in its sentence: "\"Hi there, I'm so glad
# you're home." (the model's first words to a nurse home from a night shift).
QUOTE = re.compile(r"[\"\u201c\u201d]")
LONE_QUOTE = re.compile(r"^[\"\u201c]\s*|[\"\u201d]$")
# What the prompt is made of, never to be said aloud.
ROLE_MARKER = re.compile(
    r"<\||\|>|\bim_(start|end)\b|^\s*(user|assistant|system|you|me)\s*:"
    r"|\b(user|assistant|system)\s*:",
    re.IGNORECASE,
)
# A list begun, as a help page's: "It could mean two things:\n\n1." (to a widower's
# voicemail kept safe). Nobody talks in numbered points.
LIST = re.compile(r":\s*(?:\n|\d+[.)]|[-*\u2022]\s)|(?:^|\n)\s*(?:\d+[.)]|[-*\u2022])\s*\S{0,40}$")
# A script's stage direction: "Oh, that's great news about Jack. (smiling)".
STAGE_DIRECTION = re.compile(
    r"[(*]\s*(?:smil|laugh|grin|sigh|wink|nod|hug|giggl|chuckl|blush|pause|beam)\w*[^)*]{0,20}[)*]"
    # Or a sentence of its own: "Laughs. Tell me more, Ali." (legs like jelly after a 5k).
    r"|^\W*(?:laughs|smiles|giggles|sighs|chuckles|grins|nods|winks|beams)\W*$",
    re.IGNORECASE,
)
# An aside in brackets, which nobody speaks: "(I'm not sure I can talk to you.) (You're a
# little lost?)" (to a brother still in Kharkiv).
BRACKETED = re.compile(r"\([^()]{8,}\)?")
# A script, a form or its notes: "Sister: Thank you…", "A: Eleanor.", "Your mood: calm."
SPEAKER_LABEL = re.compile(r"^\W*[A-Z][\w'-]*(?: [A-Za-z][\w'-]*)?\s*:\s")
# Emoji, and those on a line before the words ("😉\nI'm so glad…"), which are not said.
EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f1e6-\U0001f1ff\u2b00-\u2bff\ufe0f]"
)
LEADING_EMOJI = re.compile(rf"^(?:{EMOJI.pattern}|\s)+")


def emoji_count(text: str) -> int:
    return len(EMOJI.findall(text))
