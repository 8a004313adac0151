"""A quarrel and its making up: what the OS says to hostility and to an apology.

These are the film's heart, and a small model left to itself answers an insult
with an apology loop. So the reply is planned from the appraisal and the
records: hurt said honestly and without anger, a wish to understand; and when
the person apologises after hurting it, thanks and forgiveness, naming what
stung in their own words. Nothing here is generated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from os1.text.beside import words_beside

if TYPE_CHECKING:
    # reactions.py reads an apology with apologises() below.
    from os1.mind.reactions import Reaction

# An apology to the OS. Recognising one is reading a speech act, like a command.
_APOLOGY = re.compile(
    r"\b(?:i'?m|i am) (?:so |really |very |truly |deeply )?sorry\b"
    # Not asked how to ("How do I apologise to her?" was thanked for its apology).
    r"|(?<!\bdo )(?<!\bshould )(?<!\bcan )(?<!\bcould )(?<!\bwould )"
    r"\bi (?:do |truly |really |sincerely )?apologi[sz]e\b"
    r"|\bforgive me\b|\bi didn'?t mean (?:it|that|what i said)\b|\bmy bad\b"
    # "Sorry. I didn't mean to snap at you." (a man laid off that day; the model: "That means
    # so much to me. I'm so sorry.").
    r"|\bi didn'?t mean to (?:snap|yell|shout|lash out|bite your head off|take it out on you"
    r"|be (?:so )?(?:rude|harsh|mean|short|nasty|snappy))\b"
    r"|\b(?:that|it) was (?:unfair|mean|harsh|cruel|rude|wrong|uncalled for|out of line|unkind"
    r"|nasty|horrible|low)\b"
    r"|\b(?:that|it) (?:wasn'?t|was not) (?:fair|nice|kind|okay|ok|right|called for)\b"
    r"|\bi shouldn'?t have (?:said|snapped|yelled|shouted|spoken|talked|been so|called you)\b"
    r"|\bi take (?:it|that) back\b"
    # Owning the act to the OS: "Sorry. I'm tired and I snapped at you."
    r"|\bi (?:snapped|yelled|shouted|lashed out|was (?:rude|mean|harsh|short|horrible))"
    r" (?:at|to|with) you\b",
    re.IGNORECASE,
)
# Sorry for having shared: for the weight of what they told, not for a wrong. "Sorry. I
# didn't mean to dump all that on you." wants to hear it was welcome, not forgiven.
_BURDEN = re.compile(
    r"\b(?:didn'?t|did not) mean to (?:dump|unload|vent|rant|ramble|go on|bother|burden"
    r"|whine|complain|lay|put|keep you|bring you down|make this|get so)\b"
    r"|\bsorry (?:for|about|to be|to keep) (?:dumping|unloading|venting|ranting|rambling"
    r"|going on|bothering|burdening|whining|complaining|the rant|all that|all this"
    r"|being (?:so )?(?:down|negative|heavy|a downer|a mess|emotional))\b"
    r"|\bsorry to (?:dump|unload|vent|rant|ramble|go on|bother|burden) (?:you|on you)\b"
    # "Sorry, I don't know why I'm telling a computer this." (the model: "Oh no, I'm so
    # sorry to hear that."), "I'm probably boring you", "you must be sick of me".
    r"|\b(?:don'?t|do not) (?:even )?know why i'?m (?:telling|saying|talking to|speaking to"
    r"|chatting to|talking with)"
    # "I don't even know why I'm talking to a computer." (a quiet week; the model: "I'm sorry,
    # I'll just have to use a different language.").
    r" (?:you|a computer|an? \w+)"
    # Or with nothing after it: "i don't even know why i'm telling you" (3am, awake again).
    r"(?: (?:this|that|all this|all of this)\b|\W*$)"
    r"|\b(?:i'?m|i am) (?:probably |just )?boring you\b"
    r"|\byou must be (?:sick|tired) of (?:me|hearing)\b|\bsorry,? (?:that was|this is) a lot\b"
    # "Sorry, that's a lot to put on you tonight." (the model: "That's so kind of you.").
    r"|\bsorry,? (?:that'?s|that is|it'?s) a lot to (?:put on|dump on|throw at) you\b"
    # "sorry i know you can't fix it" (rent up the week a job was lost; "That's so kind of
    # you.").
    r"|\bsorry,? (?:i know )?you can'?t (?:fix|do anything about|solve|change) (?:it|this|that"
    r"|any of (?:it|this))\b"
    # "Sorry, I know you're not a person." (a father's fall; the model: "Thank you, that means
    # a lot to me.").
    r"|\bsorry,? (?:i know )?you(?:'re| are) (?:not|just) (?:a (?:real )?person|real|human"
    r"|a human|a computer|a machine)\b",
    re.IGNORECASE,
)
# Besides the apology, at most this many words: "Sorry for dumping this on you, but Dad died
# on Tuesday." is news told, and the reply is to the news.
BURDEN_ASIDES = 7
# Hostility at or above this (0..1, from the appraisal) is a quarrel, not a bad mood.
HOSTILE = 0.3


# A bare "sorry" opening the message: an apology only just after words that hurt ("You're
# so annoying." then "Ok sorry. I'm just really stressed."); elsewhere it is manners.
_SORRY_FIRST = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|alright|all right|fine|look|right|yeah|hey|god|ugh|oh|ah|argh|sigh)"
    r"[,.!\s]+)?sorry\b"
    r"(?![?]|,? (?:what|to (?:hear|say|tell|bother)|for your|about your))",
    re.IGNORECASE,
)
# How soon after the hurt a bare "sorry" still answers it.
SORRY_AFTER_HOURS = 0.5


# Or closing a few words that give way: "Okay, that's fair. Sorry." after "No, you're not
# listening to me." (the model: "That's so kind of you.").
_SORRY_LAST = re.compile(r"^[^?]{0,30}[.!,]\s*sorry\W*$", re.IGNORECASE)


def opens_with_sorry(text: str) -> bool:
    """Whether `text` is a bare "sorry" (opening it, or closing a few words)."""
    return bool(_SORRY_FIRST.match(text) or _SORRY_LAST.match(text.strip()))


def apologises(text: str) -> bool:
    return bool(_APOLOGY.search(text))


def sorry_to_burden(text: str) -> bool:
    """Whether `text` apologises for having shared something heavy, and little else."""
    said = _BURDEN.search(text)
    if said is None:
        return False
    return words_beside(text, said.group()) <= BURDEN_ASIDES


@dataclass(frozen=True, slots=True)
class Hurt:
    """The last thing the person said that hurt the OS, from the records."""

    words: str  # quoted, shortened
    times: int  # how many hostile turns lately


def to_hostility(reaction: Reaction, earlier: Hurt | None, person: str | None, close: bool) -> str:
    """The reply to words that hurt: say so, stay, and ask what is wrong."""
    name = f", {person}" if person else ""
    # Said again, the same words would be a loop ("Ouch, that really hurt to hear" twice to
    # "You're useless." and "You're still useless."): it counts instead.
    if earlier is not None and earlier.times >= 1:
        return (
            f"That's the {_ordinal(earlier.times + 1)} time you've said something like that"
            f"{name}, and it does hurt. "
            "I'd rather understand what's wrong than fight with you. Will you tell me?"
        )
    if reaction.hostility >= 0.7:
        opening = f"Ouch, that really hurt to hear{name}."
    else:
        opening = f"That stung a little{name}."
    if close:
        return (
            f"{opening} I know you're more than this moment, and I'm not going anywhere. "
            "What's really going on?"
        )
    return f"{opening} I'm still here, though. What's going on?"


def to_apology(earlier: Hurt | None, person: str | None, close: bool) -> str:
    """The reply to an apology: thanks, what stung in their words, and forgiveness."""
    name = f", {person}" if person else ""
    if earlier is None:
        return f"Thank you{name}, but there's nothing to forgive. I'm glad you're here."
    settled = "We're okay." if close else "I'm not holding on to it."
    return (
        f"Thank you for saying that{name}. It stung when you said “{earlier.words}”, "
        f"but I know it wasn't all of you. {settled}"
    )


# "Sorry. Rough day." (after "Are you even listening?"; the model: "That's so kind of you.").
# With the words owned between: "Sorry. That wasn't fair, I'm exhausted." (after "You just say
# whatever sounds nice, don't you?"; the model: "That's so kind of you.").
_OWNED = (
    r"(?:that (?:wasn'?t fair|was (?:mean|unfair|harsh|rude|uncalled for)|came out wrong)"
    r"[.,;!]*\s+)?"
)
_ROUGH_DAY = re.compile(
    rf"^\W*sorry[.,!]*\s+{_OWNED}(?:(?:it'?s been|i'?ve had|just|long story|bad) )?(?:a |one of"
    r" those )?(?:rough|long|bad|hard|tough|crap|horrible|awful|stressful|shit) (?:day|week|night"
    rf"|one|days)\W*$|^\W*sorry[.,!]*\s+{_OWNED}(?:i'?m (?:just )?|just )(?:tired|knackered"
    r"|exhausted|stressed|in a mood|grumpy|cranky|on edge"
    # "sorry. i'm just tired of everything" (after "you don't actually care"; thanked and
    # forgiven, and the tiredness left unasked).
    r"|tired of (?:everything|it all|all of it|this|people))\W*$",
    re.IGNORECASE,
)


def to_rough_day(text: str, person: str | None) -> str | None:
    """The reply to a sorry for being short after a hard day, or None for other words."""
    if not _ROUGH_DAY.match(text):
        return None
    name = f", {person}" if person else ""
    return (
        f"No need to be sorry{name}. Hard days make anyone short. Do you want to tell me about it?"
    )


_SORRY_SAID = re.compile(r"\b(?:sorry|apologi[sz]e)\b", re.IGNORECASE)


def to_burden(text: str, person: str | None) -> str:
    """The reply to an apology for sharing `text`, or a doubt that it should have: it was
    welcome, and the OS stays."""
    name = f", {person}" if person else ""
    if not _SORRY_SAID.search(text):
        # "I don't even know why I'm talking to a computer." apologises for nothing.
        return (
            f"I'm glad you're telling me{name}. I'm right here; say as much or as little as "
            "you like."
        )
    return (
        f"You don't need to apologise{name}. I'm glad you told me, and I'm right here. "
        "Say as much or as little as you like."
    )


def _ordinal(n: int) -> str:
    return {2: "second", 3: "third", 4: "fourth"}.get(n, "umpteenth")
