"""A reply that mishears the person: it turns them away ("not okay to talk about", "I'm not
sure what you're talking about", "I'm not going to be a part of that"), congratulates others
on their news, takes the "me" in their words as said of itself, asks back what they never
asked, or names a first or a tribute they never told ("your first date"). The guard refuses
each (guard.py).
"""

from __future__ import annotations

import re

# Their "me" turned into the OS's: "I'm so glad you're proud of me." to "Ellie rang to say
# she's proud of me." (and to "Jess said she's proud of me.").
THEIR_ME = re.compile(
    r"\byou(?:'re| are) (?:so )?(proud of me|in love with me|angry at me)\b", re.IGNORECASE
)
# Words that turn them away: their divorce "not okay to talk about" (the model, comforting).
SHUTS_OUT = re.compile(
    r"\b(?:not (?:okay|ok|alright|all right|good|right|appropriate) to (?:talk|speak)"
    r"|(?:shouldn't|should not|can't|cannot|won't|will not|don't|do not|let's not)"
    r" (?:really )?(?:want to )?(?:talk|speak) about)\b"
    # Or say they make no sense: "I'm not sure what you're talking about." (a teacher retired)
    r"|\b(?:i'?m not sure|i don'?t (?:know|understand)) what you(?:'re| are) (?:talking about"
    r"|saying|on about)|\bi'?m not familiar with (?:your|that|this|what|the)\b"
    # Or asks what they meant: "But you're referring to a past event?" (an aunt's "when's it your
    # turn?").
    r"|\b(?:are you|you'?re|you are) referring to\b"
    # Or answers what was asked of them as if asked of it: "They asked if I want anything of
    # hers." (a best friend's house cleared): "I'm sorry, I don't have any specific requests."
    r"|\bi don'?t have any (?:specific |particular )?(?:requests|preferences)\b"
    # Or stands apart from their anger: "I'm not going to be a part of that." (a mother whose
    # daughter's hair was cut in the school toilets, wanting to scream at someone).
    r"|\bi(?:'m| am) not (?:going to|gonna) (?:be )?(?:a )?part of (?:that|this|it)\b"
    r"|\bi (?:won'?t|will not|can'?t|cannot) (?:be )?(?:a )?part of (?:that|this|it)\b",
    re.IGNORECASE,
)
# Their news congratulated in others: "Congratulations to everyone involved in the Swan Lake…"
OTHERS_CONGRATULATED = re.compile(
    r"\bcongratulations (?:to|go out to) (?:everyone|everybody|all|those|them|the\b|anyone)",
    re.IGNORECASE,
)
# A first they never told of: "I'm so glad you're enjoying your first date with Abena." (to
# "My girlfriend Abena said she loves me for the first time tonight!").
FIRST_NAMED = re.compile(r"\byour (?:very )?first (\w+)", re.IGNORECASE)


# A tribute nobody paid: "That's a wonderful tribute to your little sister." (to "my little
# sister filmed it", a first kickflip), "That's a sweet tribute to your daughter." (a first
# goal).
_TRIBUTE = re.compile(r"\b(?:a|an|such a|what a) (?:\w+ )?tribute\b", re.IGNORECASE)
_PAID = re.compile(r"\b(?:tribute|memory|memorial|honou?r\w*|died|passed|late|funeral)\b", re.I)


def never_told(sentence: str, their_words: tuple[str, ...]) -> str | None:
    """What `sentence` speaks of that they never told: a first ("first date") none of
    `their_words` names, where they spoke of a first of another kind ("for the first time");
    or a tribute, where nothing was done in anyone's honour. A first told earlier in the
    evening is not in `their_words`, and is not judged."""
    said = " ".join(their_words).lower()
    if (tribute := _TRIBUTE.search(sentence)) and not _PAID.search(said):
        return tribute.group()
    if "first" not in said:
        return None
    for first in FIRST_NAMED.finditer(sentence):
        if first[1].lower() not in said:
            return first.group()
    return None


# Their question back, where they asked none: "That's so good to hear. How about you?" (to "We
# sang in the cathedral tonight!").
ASKED_BACK = re.compile(
    r"^\W*(?:and |so )?(?:how|what) about you\W*$|^\W*and (?:you|yourself)\W*$", re.IGNORECASE
)
