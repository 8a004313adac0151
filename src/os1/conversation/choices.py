""" "Should I call him tonight or wait until I've calmed down?", "Who's right?", "What should I
do to celebrate?", "What should I do about money now?", "Should I ask her to the gallery
thing?", "Should I sign up for a 10k?", "What do I even tell my wife?", "Who should I tell
first?", "Can I appeal?": a practical choice asked, each answered plainly with a lean and a
question back (decisions.py asks these first).
"""

from __future__ import annotations

import hashlib
import re

from os1.memory.relations import as_subject, pronouns_of
from os1.mind.naming import STORIES

# "Who's right?" of two views just told (a review answered or argued with; the model: "The
# person who's right is the one with a heart full of love…"). "What should I do to
# celebrate?" (a year sober; "I'm not sure I have a good answer to that yet.").
_WHOS_RIGHT = re.compile(
    r"^\W*(?:so,?\s+)?(?:who'?s|who is) right(?:,? (?:then|do you think))?\W*$", re.I
)
_CELEBRATE = re.compile(
    r"^\W*(?:so,?\s+)?(?:what|how) (?:(?:should|could|can) (?:i|we)|(?:do you think|d'?you think"
    r"|would you say) (?:i|we) (?:should|could))(?: do to)? celebrate(?: it| this)?\W*$",
    re.IGNORECASE,
)
# "What should I do about money now?" (laid off that day; "Money's a luxury…").
_MONEY_NOW = re.compile(
    r"^\W*(?:(?:so|and|but|okay|ok),?\s+)?(?:what (?:should|do|can) i do about (?:money|the"
    r" (?:rent|mortgage|bills))|how (?:will|am|do) i (?:going to )?(?:pay (?:the|my) (?:rent"
    r"|mortgage|bills)|manage (?:for )?money|afford (?:anything|to live|the rent)))(?: now| next"
    r"| this month)?\W*$",
    re.IGNORECASE,
)

# "Should I call him tonight or wait until I've calmed down?" (a brother selling their
# parents' house without asking; "I'm not sure I have a good answer to that yet.").
_NOW_OR_WAIT = re.compile(
    r"^\W*(?:(?:so|but|honestly),?\s+)?(?:should i|do you think i should) (?:call|ring|text"
    r"|message|email|confront|talk to|speak to|answer|reply to|write (?:to|back to)) (?P<who>him"
    r"|her|them|[A-Z][a-z]+|my \w+)(?: (?:tonight|now|right now|straight away|today|back))?"
    r",? or (?:should i )?(?:sleep on it|(?:wait|leave it)[^?]*\b(?:calm\w*|cool\w* (?:off|down)"
    r"|less (?:angry|upset|hurt|mad)|not so (?:angry|upset|mad)|sleep on it|slept on it))\b[^?]*"
    r"\?\W*$",
    re.IGNORECASE,
)

# A name to choose: "What should I call the foal?" (a filly born at four in the morning; the
# model: "the best way to call them is by name: "Beth"."). The OS chose its own from names it
# knows a story for (mind/naming.py), and offers three of them, the same three for the same
# question.
_NAME_IT = re.compile(
    r"^\W*(?:(?:so|and|okay|ok),?\s+)?(?:what (?:should|shall|could|do you think) (?:i|we)"
    r" (?:call|name)|(?:can|could|will) you (?:help me )?(?:name|think of a name for)|help me"
    r" name) (?:the|my|our|this|her|his) (?:new |little |baby |rescue )?(?P<what>foal|filly|colt"
    r"|puppy|pup|kitten|dog|cat|horse|pony|bird|rabbit|bunny|hamster|fish|tortoise|lamb|calf"
    r"|goat|chicken|hen|plant|car|boat|bike|guitar)\W*$",
    re.IGNORECASE,
)


# Asking someone out: "Should I ask her to the gallery thing on Friday?" (a girl in art class
# who laughed at a joke; "I'm not sure I have a good answer to that yet.").
_ASK_OUT = re.compile(
    r"^\W*(?:(?:so|but|honestly|okay),?\s+)?(?:should i|do you think i should|shall i) ask"
    r" (?P<who>her|him|them|(?-i:[A-Z][a-z]+)) (?:out|on a date|to (?:the |a |that |this |my )?"
    r"[^?]{1,40}|for (?:a |her |his |their )?(?:drink|coffee|number|date|dinner|a dance))\?\W*$",
    re.IGNORECASE,
)
# "What do I even tell my wife?" (made redundant that day; "You haven't told me that about
# your wife yet."). What to say, asked for, is what_to_say.py's ("What should I say to…?").
_WHAT_TO_TELL = re.compile(
    r"^\W*(?:(?:so|but|and),?\s+)?(?:what|how) (?:do|am) i (?:even |supposed to |going"
    r" to )?(?:tell|break it to) (?P<who>my \w+|her|him|them|the kids|(?-i:[A-Z][a-z]+))"
    r"(?: (?:tonight|now|first))?\W*$",
    re.IGNORECASE,
)
# "What can I even do to help?" (a father's Parkinson's told that day, two hours away).
_WHAT_CAN_I_DO = re.compile(
    r"^\W*(?:(?:so|but|and),?\s+)?what (?:can|could|should) i (?:even |possibly |actually "
    r"|really )?do (?:for (?:him|her|them)|to help(?: (?:him|her|them))?)\W*$",
    re.IGNORECASE,
)

# "Who should I tell first?" (engaged on a balcony just now; the model: "The most important
# one, of course…").
_TELL_FIRST = re.compile(
    r"^\W*(?:(?:so|okay|ok|oh),?\s+)?who (?:should|do|shall) i (?:tell|call|ring|text) first\W*$",
    re.IGNORECASE,
)
# "Can I appeal?" (a visa refused, thirty days to leave; "That's so much to carry.").
_APPEAL = re.compile(
    r"^\W*(?:(?:so|but|and),?\s+)?(?:can|could) i (?:appeal|challenge it|ask for a review)"
    r"(?: (?:it|this|that|the decision))?\W*$",
    re.IGNORECASE,
)
# A next challenge after a first: "Should I sign up for a 10k?" (a first 5k run without
# stopping; "I'm not sure I have a good answer to that yet.").
_NEXT_CHALLENGE = re.compile(
    r"^\W*(?:(?:so|but|honestly|okay),?\s+)?(?:should i|do you think i should|shall i)"
    r" (?:sign up for|enter|go for|train for|book|try) (?:a |an |the |another |my first )?"
    r"(?:\w+[- ])?(?:10k|5k|half marathon|marathon|half|race|triathlon|ultra|competition"
    r"|course|class|challenge|swim|climb|trek)\W*$",
    re.IGNORECASE,
)


def _three_names(text: str) -> list[str]:
    """Three names with a story, picked by the question, so asked again they stay the same."""
    names = sorted(STORIES)
    start = int(hashlib.sha256(text.lower().encode()).hexdigest(), 16) % len(names)
    return [names[(start + step * 5) % len(names)] for step in range(3)]


def choice(text: str, name: str) -> str | None:
    """The OS's answer to a practical choice (`text`, stripped); `name` is ", Theo" or "";
    None when none is asked."""
    if _WHOS_RIGHT.match(text):
        return (
            f"You each have a point{name}. If I had to choose, I'd lean to the gentler one: "
            "it's easier to stand behind later. What matters most to you in how it ends?"
        )
    if _CELEBRATE.match(text):
        return (
            f"Something that feels like you{name}: a meal you love, somewhere beautiful, the "
            "people who cheered you on. What would make you smile most?"
        )
    if _MONEY_NOW.match(text):
        return (
            f"One step at a time{name}: find out exactly what you'll be paid and until when, "
            "then list what has to be paid this month. It's often more manageable on paper "
            "than at night. What's the most pressing one?"
        )
    if (named := _NAME_IT.match(text)) is not None:
        first, second, third = _three_names(text)
        return (
            f"A few to try{name}: {first}, {second} or {third}. Say them out loud and see which "
            f"one fits. What's the {named['what'].lower()} like?"
        )
    if (told := _WHAT_TO_TELL.match(text)) is not None:
        whom = pronouns_of(told["who"])[0]
        return (
            f"The truth, simply{name}: what happened, what you know so far, and how you feel "
            f"about it. You don't need a plan before you tell {whom}. When will you see {whom}?"
        )
    if _WHAT_CAN_I_DO.match(text):
        return (
            f"More than it feels like{name}: a regular call, a visit when you can, and asking how"
            " the others are doing too. Being there often matters more than doing something "
            "big. What would they most like from you?"
        )
    if _TELL_FIRST.match(text):
        return (
            f"Whoever you'd most want to hear it from you first{name}. Who was the first face "
            "you pictured?"
        )
    if _APPEAL.match(text):
        return (
            f"Often you can{name}, and there's usually a time limit, so it's worth asking "
            "someone who knows the rules this week: a lawyer or an advice service. Who could "
            "you ask first?"
        )
    if (out := _ASK_OUT.match(text)) is not None:
        who = as_subject(out["who"])
        return (
            f"I think you should{name}. The worst {who} can say is no, and you'd still be "
            "someone brave enough to ask. How would you ask?"
        )
    if _NEXT_CHALLENGE.match(text):
        return (
            f"I'd say go for it{name}. Pick one far enough off that getting ready feels exciting,"
            " not frightening. What draws you to it?"
        )
    if (now := _NOW_OR_WAIT.match(text)) is not None:
        who = now["who"]
        who = who if who[0].isupper() else pronouns_of(who)[0] if who.lower() != "them" else who
        return (
            f"I'd wait until you're calmer{name}. What happened matters, and you'll say it "
            f"better when it can't run away with you. What do you most want {who} to hear?"
        )
    return None
