"""os1's own lines for a letter's body, which claim nothing: what fills a letter the notes
leave short, and the tender line a warmer letter ends its body with (drafting.py).
"""

from __future__ import annotations

FILLERS = (
    "You mean more to me than I can say in a letter.",
    "I think of you often.",
    "I hope you know how much you mean to me.",
    "I carry these memories with me.",
    "Thank you for being who you are.",
)
# A letter that settles a matter (a loan, a reference) ends plainly: a fond filler in it
# ("You mean more to me than I can say") read as a love letter.
PLAIN_FILLERS = (
    "Thank you for taking the time to read this.",
    "I hope we can talk about it soon.",
    "I look forward to hearing from you.",
)
# A warmer letter's fillers: a thin dossier's letter is mostly these, and "warmer" must
# reach them too.
WARM_FILLERS = (
    "My heart is full when I think of you.",
    "I am so grateful for you, more than words can hold.",
    "Every memory of you is a gift to me.",
    "I hope you feel how much I care for you.",
    "You have made my life so much richer.",
)
# What a warmer letter says at the end of its body, one more for each "warmer".
TENDER = (
    "You are so dear to me, and I hope you feel it in every line.",
    "I hold you close in my heart, today and always.",
    "Thinking of you fills me with more warmth than I can say.",
)
