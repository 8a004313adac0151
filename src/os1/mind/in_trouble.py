"""Someone close in trouble, told: caught, arrested, suspended. Read by a small grammar.

The readings hear a family's news, not what the news is: "Jack got caught shoplifting
today." read as happy-for 0.43 and "The police brought him home." as happy-for 0.56, and
the OS said "Oh, that's great news about Jack." Told that someone they love is in
trouble, the OS is sorry for them (heard_by_grammar.py).
"""

from __future__ import annotations

import re

_IN_TROUBLE = re.compile(
    r"\b(?:got|was|were|been|has been|have been|is being) (?:caught|arrested|cautioned|charged"
    r"|suspended|expelled|excluded|kicked out|sent home|done for)\b"
    r"|\bcaught (?:him|her|them) (?:shoplifting|stealing|drinking|smoking|vaping|taking)\b"
    r"|\b(?:the )?police (?:brought|came|picked|took|called|rang|arrested|stopped)"
    r" (?:him|her|them|round|to the house|at the door)\b"
    r"|\bin trouble with the police\b|\bin (?:a lot of|big|real) trouble\b"
    # Someone close who tried to die: "My grandson Liam tried to take his own life last
    # week." (answered "Oh, that sounds so hard" only after a loop).
    r"|\btried to (?:take|end) (?:his|her|their) (?:own )?life\b"
    r"|\btried to kill (?:himself|herself|themselves)\b|\battempted suicide\b"
    r"|\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:took an|had an) overdose\b"
    r"|\boverdosed\b"
    # Fetched from it: "I had to go and pick him up from the station." (after the police
    # called; read as happy-for 0.38, "That's so good to hear. Tell me everything!").
    r"|\bhad to (?:go and |go |rush |drive )?(?:pick|collect|fetch|get) (?:him|her|them|my \w+"
    r"|(?-i:[A-Z][a-z]+)) (?:up )?from (?:the )?(?:police station|station|custody|cells|a&e)\b",
    re.IGNORECASE,
)
# Asked, or a thing done to no one close: "Did he get caught?", "I caught the bus."
_NOT_TOLD = re.compile(r"\?\s*$|\bcaught (?:the|a|my) (?:bus|train|ball|cold|flu)\b", re.I)


def in_trouble_told(text: str) -> bool:
    """Whether `text` tells that someone is in trouble ("Jack got caught shoplifting.")."""
    return bool(_IN_TROUBLE.search(text)) and not _NOT_TOLD.search(text)
