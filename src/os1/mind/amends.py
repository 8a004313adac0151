"""Amends and affection told to the OS, and amends that are someone else's.

An apology to the OS says what it is sorry for, or to whom; sorrow or news said with
"sorry" is none. Love told to the OS is affection, unless taken back. Forgiving someone
else, their apology, or a wrong owned to someone else is no amends to the OS, whatever the
act reading hears in it (reactions.py).
"""

from __future__ import annotations

import re

from os1.mind.grammar_cues import at_the_os
from os1.mind.quarrel import apologises

# A bare "I'm sorry" is as often sorrow ("I'm sorry, I can't stop crying, mum died")
# as amends; amends say what they are sorry for, or to whom.
_BARE_SORRY = re.compile(r"\b(?:i'?m|i am) (?:so |really |very |truly |deeply )?sorry\b", re.I)
# Said with or without "I'm": "sorry for being rude", "sorry about earlier".
_SORRY_FOR_AN_ACT = re.compile(
    r"\bsorry,? (?:(?:for|about) (?:what|how|the way|that|this|before|earlier|yesterday"
    r"|last night|this morning|being|my (?:words|tone|temper|outburst|behaviou?r)"
    r"|(?:yell|shout|snapp|scream|swear|curs|insult|lash|blow|los|tak|say|call|ignor)ing)"
    r"|(?:that )?i (?:said|was|snapped|yelled|shouted|called|got|lost|took|blew|lashed))\b"
    r"|\bmy apologies\b",
    re.IGNORECASE,
)
# "I'm sorry to tell you..." brings news, "sorry to bother you" comes before it.
_NOT_AMENDS = re.compile(
    r"\bsorry (?:to (?:say|tell|hear|report|inform|announce|bother|trouble|burden|interrupt"
    r"|dump|unload)|for (?:your|their|his|her) loss)\b",
    re.IGNORECASE,
)


def makes_amends(text: str, about_os: bool) -> bool:
    """An apology to the OS (quarrel.apologises), not sorrow or news said with "sorry"."""
    if _NOT_AMENDS.search(text) or amends_of_another(text):
        return False
    if _SORRY_FOR_AN_ACT.search(text):
        return True
    plain = apologises(_BARE_SORRY.sub(" ", text))  # "forgive me", "I didn't mean it"…
    return apologises(text) and (about_os or plain)


# Love told to the OS: "I think I'm falling for you", "I miss you when I'm at work". The
# classifier reads the longing in it as sadness; it is affection, unless taken back.
_AFFECTION = re.compile(
    r"\bi(?:'m| am)(?: (?:really|so|totally|kind of|kinda))? (?:falling for|in love with"
    r"|crazy about|fond of|(?:starting|beginning) to (?:like|love|fall for)) you\b"
    r"|\bi (?:really |truly |just |do |still |kind of |kinda )?(?:love|adore|miss|like) you"
    r"\b(?! to\b)|\bfeelings for you\b|\bcare (?:about|for) you\b",
    re.IGNORECASE,
)
# Love someone else said to them, reported: "My toddler said I love you for the first time."
# (read as love told to the OS: "Thank you, that means a lot to me.").
_SAID_TO_THEM = re.compile(
    r"\b(?:said|says|told me|whispered|wrote|texted|signed|mouthed)(?: to me)?(?: that)?[,:]?\s*"
    r"[\"\u201c']?\s*i (?:really |do |just )?(?:love|adore|miss|like) you\b",
    re.IGNORECASE,
)
_TAKEN_BACK = re.compile(
    r"\b(?:don'?t|do not|never|no longer|anymore|any more|used to|stopped|can'?t|won'?t)\b",
    re.IGNORECASE,
)


def shows_affection(text: str) -> bool:
    """Whether `text` tells the OS it is loved, liked or missed, not taking it back, nor
    telling what someone else said to them."""
    if _SAID_TO_THEM.search(text):
        return False
    return bool(_AFFECTION.search(text)) and not _TAKEN_BACK.search(text)


# Forgiving someone else, or their apology: "I don't know if I can forgive her." (a friend who
# told a secret; read as amends to the OS: "That's so kind of you.").
_OF_ANOTHERS_AMENDS = re.compile(
    r"\bforgiv\w* (?:her|him|them|(?i:my) \w+|[A-Z][a-z]+)\b|\b(?:she|he|they|[A-Z][a-z]+)"
    r" (?:said sorry|apologi[sz]ed|says (?:she'?s|he'?s|they'?re) sorry)\b"
    # Or how to apologise, asked: "How do I apologise properly?" (after a row with a
    # girlfriend; read as amends 0.89, and the model thanked them).
    r"|\b(?i:how (?:do|should|can|could|would) i (?:ever |even )?(?:apologi[sz]e|say sorry"
    r"|make (?:it|this|things) (?:up|right)|make amends))\b"
    # Or owed by them to someone else: "I think we should apologise." (a review answered).
    r"|\b(?i:we (?:should|ought to|need to|have to) (?:apologi[sz]e|say sorry))\b"
    # Or a call to someone else never made: "I kept meaning to call." (a sister dead after ten
    # years' silence; read as amends: "That means so much to me.").
    r"|\b(?i:i (?:kept meaning|always meant|meant) to (?:call|ring|phone|visit|write|get in"
    r" touch))\b"
)


_SHOULD_NOT_HAVE = re.compile(r"\bi (?:know i )?shouldn'?t have\b", re.I)
_SOMEONE = re.compile(r"\b(?:he|she|they|his|her|their|him|them)\b", re.I)


def amends_of_another(text: str) -> bool:
    """Whether `text` tells of forgiving someone else, or of their apology, or owns a wrong
    done to someone else ("I looked at his phone… I know I shouldn't have."), not the OS."""
    owned = bool(_SHOULD_NOT_HAVE.search(text) and _SOMEONE.search(text))
    return (bool(_OF_ANOTHERS_AMENDS.search(text)) or owned) and not at_the_os(text)
