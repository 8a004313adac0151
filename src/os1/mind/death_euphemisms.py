"""A death told in the soft words people use for it, or one narrowly missed: the OS is sorry
for them.

"We had to put Biscuit down this afternoon." (a border terrier of fifteen) names no death
and no sad word: the readings found nothing in it (calm, the event reading unsure), and
the model answered "Biscuit, a delightful treat."; "We had to have our cat put to sleep."
read as happy-for 0.60. People soften a death most of all when telling it (a pet put
down or put to sleep, someone who slipped away, passed on, is no longer with us, crossed
the rainbow bridge), so these are heard as a death, as surely as the word itself.
"""

from __future__ import annotations

import re

# Whom: a pronoun, a name, or the animal or person as the person calls them.
_WHOM = (
    r"(?:him|her|them|it|(?-i:[A-Z][a-z]+)|(?:my|our|the|his|her|their) (?:old |poor |lovely "
    r"|dear )?"
    r"(?:dog|cat|puppy|kitten|horse|pony|rabbit|bunny|hamster|guinea pig|budgie|parrot"
    r"|tortoise|ferret|rat|boy|girl|baby|pup|mare|gelding|\w+ terrier|spaniel|labrador|collie"
    r"|greyhound|whippet|lab))"
)
# Not a phone set down, a baby laid to sleep, a name put down on a list.
_NOT_A_DEATH = r"(?! (?:for|on|as|in|to bed|first|here|there)\b)"
_SOFTENED = re.compile(
    # The vet's act: "We had to put Biscuit down.", "The vet put her to sleep.", "We had our
    # cat put to sleep.", "having him put down".
    rf"\b(?:had|have|having|has|decided|going) to (?:have |get )?{_WHOM} put (?:down|to sleep)\b"
    rf"|\b(?:had|have|having|has|decided|going) to put {_WHOM} (?:down{_NOT_A_DEATH}|to sleep\b"
    r"(?! (?:tonight|now|first))(?! in )(?! on ))"
    rf"|\b(?:had|got|having) {_WHOM} put (?:down|to sleep)\b"
    rf"|\b(?:the )?vets? (?:had to |has |have )?put {_WHOM} (?:down|to sleep)\b"
    rf"|\b{_WHOM} (?:was|were|had to be|has been|will be|is being) put (?:down|to sleep)\b"
    # The person's: "She slipped away in the night.", "He passed on in March.", "Mum is no
    # longer with us.", "Our dog crossed the rainbow bridge."
    r"|\b(?:slipped|slipping) away\b(?! (?:from|to|with|unnoticed|early|before)\b)"
    r"|\bpass(?:ed|ing) on\b(?! (?:the|a|an|my|his|her|their|your|it|this|that|what|to|from)\b)"
    r"|\bpassed in (?:his|her|their) sleep\b|\bno longer with us\b"
    r"|\b(?:crossed|crossing|gone over|went over) (?:the )?rainbow bridge\b"
    r"|\b(?:he|she|they|\w+) (?:didn'?t|did not) make it\b(?! (?:to|in|on|back|home|out|through"
    r" (?:the|my|his|her) (?:exam|interview)))",
    re.IGNORECASE,
)


# A death narrowly missed, told: "When I was a kid I nearly drowned at the beach in Cádiz."
# (read as admiration 0.93; the model: "Oh, I love that."). Not a way of speaking ("I nearly
# died laughing"), which names no way of dying.
_NEARLY = re.compile(
    r"\b(?:nearly|almost) (?:drowned|drowning|choked to death|bled to death|burned to death"
    r"|froze to death|died (?:in|of|from|during|after|at birth|twice)\b(?! (?:embarrassment"
    r"|shame|laughing|laughter|boredom|shock|fright))|lost (?:him|her|them|my life|the baby"
    r"|my (?:mum|mom|dad|son|daughter|husband|wife|leg|arm)))"
    r"|\b(?:nearly|almost) (?:got |was |were )?killed\b",
    re.IGNORECASE,
)


def death_nearly(text: str) -> bool:
    """Whether `text` tells of a death narrowly missed, theirs or someone's."""
    return bool(_NEARLY.search(text))


def death_softened(text: str) -> bool:
    """Whether `text` tells of a death in the soft words people use for one."""
    return bool(_SOFTENED.search(text))
