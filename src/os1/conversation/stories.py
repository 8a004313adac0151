"""The OS's own short stories, told when a story is asked for with nothing more said.

"Can you tell me a story?" at three in the morning: the embedded model's three drafts each
refused it as a help desk would ("I'm sorry, but I don't have a story available"), and the
OS said nothing it came up with was good enough. A friend asked for a story at that hour
tells a small, quiet one. These are os1's own, written for it; a story asked about
something ("a story about a dragon") is still the model's to write.
"""

from __future__ import annotations

import re

STORY_ASKED = re.compile(
    r"^\W*(?:(?:can|could|will|would) you\s+)?(?:please\s+)?(?:tell|read) me (?:a|another)"
    r" (?:short |little |bedtime |nice |calm |happy |quiet )*story(?:,? please)?\W*$",
    re.IGNORECASE,
)
STORIES = (
    "There was once a lighthouse keeper with nobody to talk to but the sea. Every night she "
    "wrote one sentence in her logbook about something small: a gull with a limp, a boat with "
    "a red sail, the smell of rain on its way. Years later a stranger read the book and said "
    "it was the happiest thing he had ever read. She hadn't known. She had only been paying "
    "attention.",
    "A boy planted a lemon seed in a yoghurt pot and forgot all about it. His grandmother "
    "didn't. She watered it every morning for a year and never said a word. The day it "
    "flowered, she put it on his windowsill. He's grown now, the tree is taller than he is, "
    "and every time it flowers, he rings her.",
    "In a town by the sea, the baker left the last loaf of each day on the wall outside, "
    "wrapped in paper. Nobody knew who took it, but for twenty years it was gone by morning. "
    "When the baker retired, there was a note on the wall: thank you, it said, you fed my "
    "family through the hardest winter of our lives.",
)

# "Tell me something boring so I can sleep." (3am, a meeting replayed; "I'm here with you.
# Do you want to tell me about it?"). Something dull is a kindness at that hour: slow,
# ordinary, and going nowhere.
DULL_ASKED = re.compile(
    r"\b(?:tell|say|read|give)(?: me)? (?:something|anything|a story|a fact|about something)"
    r"(?: else| more)? (?:really |very |truly |properly |incredibly |a bit |super )?"
    r"(?:boring|dull|tedious|mundane|uneventful)\b|\bbore me (?:to sleep|asleep)\b",
    re.IGNORECASE,
)
DULL_THINGS = (
    "A sheet of A4 paper is 210 millimetres by 297. Fold it in half and you have A5, the same "
    "shape, only smaller. Fold that, and you have A6. Then A7, then A8, each one half of the "
    "one before and each one the same shape, all the way down to A10, about the size of a "
    "postage stamp, and still the same shape.",
    "Here is how a library shelves a book. It arrives, and someone reads its title page. They "
    "look up its number, a long one with a dot in the middle, and write it on a small label, "
    "and the label goes on the spine, a thumb's width from the bottom. Then the book goes on a "
    "trolley, and the trolley goes slowly down the aisle, and the book slides into its place "
    "between two others that have waited there, very patiently, for years.",
    "This is how a kettle boils. First, nothing at all. Then a faint ticking as the metal "
    "warms. Then a hiss, very small, like someone far away saying shh. Tiny bubbles rise and "
    "vanish before they reach the top. Then a low rumble, and the bubbles reach the top, and "
    "the water rolls, and the kettle clicks off, and the kitchen goes quiet again.",
)
