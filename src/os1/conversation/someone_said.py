""" "Dr Ross told me to toughen up." then "Is he right?": whether someone is right about the
person, asked of what the person just told of them; and what someone says of them, told
("Geoff says I'm too hard on myself.", "Luke says I'm overreacting.").

A nurse who had cried in the supply room after a patient died asked this, and the OS said
"I'm not sure I have a good answer to that yet." Alone, "Is he right?" names nothing; the
sentence before says what he said. Harsh words about their feelings or worth are not
agreed with; advice they were given may have a point, and is still theirs to take.
"""

from __future__ import annotations

import re

from os1.conversation.guard import sentences_of
from os1.memory.relations import pronouns_of

_IS_RIGHT = re.compile(
    r"^\W*(?:(?:so|but|and|honestly|be honest),?\s+)?(?:(?:is|was) (?P<who>he|she|they"
    r"|[A-Z][a-z]+|my \w+)|do you (?:think|reckon) (?P<who2>he|she|they|[A-Z][a-z]+|my \w+)"
    r"(?:'s|'re| is| are| was| were)?) (?:right|correct|onto something)"
    r"(?: about (?:me|that|it|this))?\W*$",
    re.IGNORECASE,
)
# Words that make less of their feelings: "told me to toughen up", "says I'm too sensitive".
_HARD_ON_FEELINGS = re.compile(
    r"\b(?:told me to|says? i (?:need|have|ought) to|said i (?:needed|had|ought) to) (?:toughen"
    r" up|grow up|man up|get over it|get a grip|pull myself together|stop (?:crying|whining"
    r"|moaning)|grow a thicker skin)\b"
    r"|\b(?:said|says|thinks|told me|called me)(?: that)? (?:i'?m |i am |i was |me )?(?:an? )?"
    r"(?:too (?:sensitive|soft|emotional)|oversensitive|weak|soft|dramatic|overreacting"
    r"|unprofessional)\b",
    re.IGNORECASE,
)
# Or of them: "says I'm lazy", "called me a failure".
_HARD_ON_THEM = re.compile(
    r"\b(?:said|says|thinks|told me|called me)(?: that)? (?:i'?m |i am |i was |me )?(?:an? )?"
    r"(?:lazy|useless|stupid|pathetic|selfish|a failure|a disappointment|a mess|hopeless"
    r"|worthless|an idiot|a loser)\b",
    re.IGNORECASE,
)
# Advice they were given: "Joe says I should let his sister help."
_ADVICE = re.compile(
    r"\b(?:says?|said|thinks?|told me|reckons?)(?: that)? i (?:should|ought to|need to|must"
    r"|shouldn'?t)\b|\btold me to\b",
    re.IGNORECASE,
)


# Of someone else's feelings: "Sam said Ella's just jealous and will get over it." (a friend
# who did not get into the art school; "I'm not sure I have a good answer to that yet.").
_OF_ANOTHER = re.compile(
    r"\b(?:says?|said|thinks?|reckons?)(?: that)? (?P<whom>she|he|they|(?-i:[A-Z][a-z]+))"
    r"(?:'s|'re| is| are) (?:just |only |probably |a bit )?(?:jealous|upset|hurt|sulking|tired"
    r"|stressed|busy|angry|cross|embarrassed)\b",
    re.IGNORECASE,
)


def whether_right(asked: str, before: list[str], name: str) -> str | None:
    """The OS's answer when `asked` is "Is he right?" of what the person told just before
    (`before`, their earlier messages, newest first); `name` is ", Priya" or ""."""
    if (question := _IS_RIGHT.match(asked)) is None:
        return None
    who = question["who"] or question["who2"]
    who = who if who[0].isupper() else re.sub(r"^(?i:my) ", "your ", who.lower())
    has = f"{who} {'have' if who == 'they' else 'has'}"
    for said in before:
        if _HARD_ON_FEELINGS.search(said):
            return (
                f"No, I don't think so{name}. Feeling it doesn't make you weak; it means you "
                "care, and that's no fault. What did you need from them instead?"
            )
        if _HARD_ON_THEM.search(said):
            return (
                f"No{name}. From everything you've told me, that isn't who you are. Words like "
                "that often say more about the moment they were said in. What brought it on?"
            )
        if (other := _OF_ANOTHER.search(said)) is not None:
            whom = other["whom"]
            whom = pronouns_of(whom)[0] if whom.lower() in ("she", "he", "they") else whom
            return (
                f"Maybe, in part{name}. Feelings like that usually pass, and a kind word often "
                f"helps them along. What would you want {whom} to know?"
            )
        if _ADVICE.search(said):
            return (
                f"Maybe {has} a point{name}, and it's still yours to decide. Which part of "
                "it sits wrong with you?"
            )
    return None


# "Theo says I should quit my office job and paint full time. Is that crazy?" (a first
# painting sold that day; "I'm not sure I have a good answer to that yet.").
_CRAZY = re.compile(
    r"^\W*(?:(?:so|but|and|honestly),?\s+)?(?:is (?:that|it|he|she|they)|would (?:that|it) be"
    r"|am i) (?:totally |completely |a bit |just )?(?P<word>crazy|mad|insane|nuts|stupid|silly"
    r"|reckless|ridiculous|a bad idea)\?\W*$",
    re.IGNORECASE,
)


def advice_doubted(text: str, name: str) -> str | None:
    """The OS's answer when `text` tells advice they were given and asks if it is crazy;
    `name` is ", Yuki" or ""; None otherwise."""
    said = sentences_of(text)
    if len(said) < 2 or not _ADVICE.search(" ".join(said[:-1])):
        return None
    if (asked := _CRAZY.match(said[-1])) is None:
        return None
    word = asked["word"].lower().removeprefix("a ")
    return (
        f"Not {word} at all{name}. It's worth taking seriously, and it doesn't have to happen "
        "all at once. What would a first step look like?"
    )


# "Why are people so mean?" (a girl bullied in a group chat; the model: "The answer to this
# question is simple: people are cruel and unforgiving.").
_WHY_CRUEL = re.compile(
    r"^\W*(?:(?:but|so|and|honestly),?\s+)?why (?:are|is|do|would) (?:people|some people|they"
    r"|kids|girls|boys|everyone|he|she|[A-Z][a-z]+) (?:so |be so |always )?(?:mean|cruel|nasty"
    r"|horrible|unkind|awful)(?: to (?:me|people|each other|others))?\W*$",
    re.IGNORECASE,
)


def cruelty_asked(text: str, name: str) -> str | None:
    """The OS's answer when `text` asks why people are cruel; None otherwise."""
    if not _WHY_CRUEL.match(text):
        return None
    return (
        f"Sometimes people are cruel because it makes them feel bigger{name}, or because "
        "someone is cruel to them. It tells you about them, and nothing true about you."
    )


# "Geoff says I'm too hard on myself." (after a solo whose top note cracked; the model: "That
# must hurt so much."): whoever said it may be right.
_TOO_HARD = re.compile(
    r"^\W*(?P<who>[A-Z][a-z]+|my \w+|everyone|everybody|people|he|she|they)"
    r" (?:says?|said|tells? me|told me|keeps? (?:saying|telling me)|thinks?) (?:that )?"
    r"i'?m (?:way |far |much |a bit )?too (?:hard on|critical of|harsh (?:on|with)) myself\W*$",
    re.IGNORECASE,
)
# "Luke says I'm overreacting." (the model: "It's completely normal for people with a
# sensitive personality to have these reactions").
_SAID_OVERREACTING = re.compile(
    r"^\W*(?:[A-Z][a-z]+|my \w+|everyone|everybody|he|she|they) (?:says?|said|thinks?|keeps?"
    r" (?:saying|telling me)|told me) (?:that )?i'?m (?:just )?(?:overreacting|being (?:dramatic"
    r"|silly|too sensitive|oversensitive|petty|unreasonable|ridiculous))\W*$",
    re.IGNORECASE,
)
_WHO_IS = {
    "he": "he's", "she": "she's", "they": "they're", "people": "they're",
    "everyone": "they're", "everybody": "they're",
}  # fmt: skip


def said_of_them(text: str, name: str) -> str | None:
    """The OS's answer to what someone says of them: too hard on themselves (they may be
    right), overreacting (a feeling is no overreaction for that); else None."""
    if _SAID_OVERREACTING.match(text):
        return (
            f"A feeling isn't an overreaction just because someone else wouldn't have it{name}. "
            "What part stings the most?"
        )
    if (hard := _TOO_HARD.match(text)) is not None:
        who = hard["who"].lower()
        said = f"your {who[3:]}" if who.startswith("my ") else hard["who"]
        right = _WHO_IS.get(who) or f"{said} is"
        return (
            f"Maybe {right} right{name}. What would you say to a friend who was this hard on "
            "themselves?"
        )
    return None
