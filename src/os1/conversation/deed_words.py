"""Words for the same deed, so a question in one finds the sentence said in another.

"Who did I argue with?" after "I had a massive row with my best mate Jonno tonight." found
no sentence with "argue" in it, and the OS said it had no good answer. Each word here is
read as the first word of its group (by its lemma: "rowed", "rows" are "row"). Only words
with one everyday sense are here: "make" (a card, a cake, a mess) and "call" (a name, a
phone) are not.
"""

from __future__ import annotations

_GROUPS = (
    "argue row quarrel argument bicker",
    "marry wed wedding",
    "walk step",
    "hug cuddle embrace",
    "cry weep sob",
    "laugh giggle",
)
# Each word, and the group it stands for.
SAME_DEED = {word: words.split()[0] for words in _GROUPS for word in words.split()}
