"""Words kept plain for someone new to a language: "My English not so good." and "Can you
speak slowly and simple?", answered as themselves."""

from __future__ import annotations

import re

# Someone new to English saying so: "Hello. My english not so good." (the model: "Oh no, I'm
# so sorry to hear that.").
_MY_ENGLISH = re.compile(
    r"^\W*(?:(?:sorry|excuse me|please),?\s+)?my (?P<tongue>english|french|german|spanish"
    r"|italian) (?:is |are )?(?:not|isn'?t|is not) (?:so |very |too |that |really )?"
    r"(?:good|great|well|perfect)\W*$|^\W*(?:sorry,?\s+)?(?:i (?:don'?t|do not) speak|i speak"
    r" only a little|i speak little) (?P<little>english|french|german|spanish|italian)"
    r"(?: (?:very )?well| good)?\W*$"
    # "Sorry for my English." and "Is my English okay?" (a B2 exam passed after two years; the
    # model: "That must hurt so much. I'm so sorry.", then no answer).
    r"|^\W*(?:i'?m )?sorry (?:for|about) my (?:bad |poor )?(?P<sorry>english|french|german|spanish"
    r"|italian)\W*$|^\W*(?:is|was) my (?P<asked>english|french|german|spanish|italian)"
    r" (?:okay|ok|good|alright|all right|understandable|good enough)\W*$",
    re.IGNORECASE,
)
# "Can you speak slowly and simple?" (the OS said nothing it wrote was good enough).
_SPEAK_SIMPLY = re.compile(
    r"^\W*(?:please,?\s+)?(?:can|could|would|will) you (?:please )?(?:speak|talk|write|say it)"
    r" (?:more )?(?:slowly|slower|simply|simple|simpler|easier|more simply|in simple (?:words"
    r"|english))(?: (?:and|or) (?:more )?(?:slowly|slower|simply|simple|simpler|easier|clearly"
    r"|clearer))?(?:,? please)?\W*$",
    re.IGNORECASE,
)


def plain_words(text: str, name: str) -> str | None:
    """The OS's answer when `text` (stripped) says their English is not good, or asks it to
    speak simply; `name` is ", Ana" or ""; None otherwise."""
    if _SPEAK_SIMPLY.match(text):
        return (
            f"Yes{name}, I'll try. Tell me when something isn't clear, and I'll say it another way."
        )
    if (tongue := _MY_ENGLISH.match(text)) is not None:
        said = next(t for t in tongue.groupdict().values() if t).capitalize()
        return f"Your {said} is fine{name}. I understand you well. Say it any way you like."
    return None
