"""A reply that mishears the person: it turns them away ("not okay to talk about", "I'm not
sure what you're talking about"), congratulates others on their news, or takes the "me" in
their words as said of itself. The guard refuses each (guard.py).
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
    r"|\bi don'?t have any (?:specific |particular )?(?:requests|preferences)\b",
    re.IGNORECASE,
)
# Their news congratulated in others: "Congratulations to everyone involved in the Swan Lake…"
OTHERS_CONGRATULATED = re.compile(
    r"\bcongratulations (?:to|go out to) (?:everyone|everybody|all|those|them|the\b|anyone)",
    re.IGNORECASE,
)
# Their question back, where they asked none: "That's so good to hear. How about you?" (to "We
# sang in the cathedral tonight!").
ASKED_BACK = re.compile(
    r"^\W*(?:and |so )?(?:how|what) about you\W*$|^\W*and (?:you|yourself)\W*$", re.IGNORECASE
)
