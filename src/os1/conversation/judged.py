""" "lol you probably think I'm an idiot", "Are you judging me?": what the person fears the
OS thinks of them; and "I feel like such a failure.": what they think of themselves after a
setback.

After a row with his girlfriend and a birthday dinner missed for a gig, a young man said
this, and the embedded model answered "lol, you're right. Tell me more, Leo." A friend
does not agree with a fear like that: it says what it does think.
"""

from __future__ import annotations

import re

_FEARED = re.compile(
    r"^\W*(?:(?:lol|haha|ha|honestly|so|and|but|well|ugh|omg|god)[,.!]*\s+)*(?:you (?:probably"
    r"|must|prob|likely) think|i bet you think|you'?re probably thinking|(?:do|don'?t) you think)"
    r"(?: that)? i'?m (?:such |so |a complete |a total |an absolute )?(?:an? )?(?P<word>idiot"
    r"|fool|loser|mess|failure|joke|(?:terrible|bad|awful|horrible|rubbish|useless|crap|shit)"
    r" (?:person|boyfriend|girlfriend|husband|wife|partner|friend|mum|mom|dad|mother|father|son"
    r"|daughter|brother|sister|parent)"
    r"|monster|jerk|pathetic|stupid|useless|hopeless|crazy|mad|selfish|the worst"
    # "you probably think I'm overreacting" (a father gone quiet at his daughter's girlfriend;
    # the model: "Oh, that sounds so hard. I'm so sorry.").
    r"|overreacting|over-reacting|being (?:dramatic|silly|stupid|ridiculous|petty|paranoid"
    r"|a baby|oversensitive|over-sensitive)|making (?:a fuss|a big deal|a scene))\b[^?.!]*"
    r"[?.!]*\W*(?:lol|haha)?\W*$",
    re.IGNORECASE,
)


# "I failed my second year exams." … "I feel like such a failure." (the model: "That must
# hurt so much."): one thing gone wrong is not who they are.
_A_FAILURE = re.compile(
    r"^\W*(?:(?:and|but|so|honestly),?\s+)?i (?:just |really )?(?:feel|felt) like (?:such |a"
    r" complete |a total |an absolute |a )*(?:an? )?(?P<word>failure|disappointment|loser|fraud"
    r"|let-?down|idiot|mess)\W*$|^\W*(?:(?:and|but|so|honestly),?\s+)?i'?m (?:such |a complete"
    r" |a total |an absolute |a )*(?:an? )?(?P<also>failure|disappointment|loser|let-?down)\W*$",
    re.IGNORECASE,
)


# "Am I ugly?" (a girl of thirteen, after a group chat said so; "That's so much to carry. I'm
# not.").
_LOOKS = re.compile(
    r"^\W*(?:(?:but|so|honestly|be honest|seriously),?\s+)?(?:am i|do you think i'?m|i'?m so"
    r"|i'?m just) (?:really |so |just |actually )?(?:ugly|fat|hideous|disgusting|gross|weird"
    r"-looking)\W*$",
    re.IGNORECASE,
)


# "Sometimes I feel like I'm not cut out for this." (a mother of a baby of four months; the
# model: "it takes a lot of courage to acknowledge your own limitations").
_NOT_CUT_OUT = re.compile(
    r"^\W*(?:(?:and|but|so|honestly|sometimes),?\s+)*i (?:just )?(?:feel|think|worry)(?: like)?"
    r" (?:that )?i'?m (?:not cut out for (?:this|it|being a \w+)|no good at (?:this|it)"
    r"|(?:doing|getting) it all wrong|(?:a )?(?:bad|terrible|rubbish|useless) (?:mum|mom"
    r"|mother|dad|father|parent))\W*$",
    re.IGNORECASE,
)


# "Are you judging me?" (a student, after a chemistry midterm failed; read as a jibe, "That
# stung a little, Sam."), and "Tell me honestly, do I sound crazy?" (after a panic attack on
# a bus; the OS said nothing it wrote was good enough).
_JUDGING = re.compile(
    r"^\W*(?:(?:so|and|but|honestly|be honest|seriously|wait)[,.!]*\s+)*(?:are you (?:judging"
    r"|disappointed in) me|do you judge me|you'?re judging me(?:,? aren'?t you)?)\W*$",
    re.IGNORECASE,
)
_SOUNDS = re.compile(
    r"^\W*(?:(?:tell me honestly|be honest|honestly|seriously|so|but|and)[,.!]*\s+)*do i sound"
    r" (?P<word>crazy|mad|insane|stupid|pathetic|selfish|dramatic"
    r"|ridiculous|silly|unhinged|awful|terrible)(?: to you)?\W*$",
    re.IGNORECASE,
)


# "Am I cold for not crying?" (his dog to be put down on Monday; "I'm not sure I have a good
# answer to that yet.").
_AM_I = re.compile(
    r"^\W*(?:(?:so|and|but|honestly|be honest),?\s+)?am i (?:being )?(?:a )?(?P<word>cold"
    r"|heartless|monster|unfeeling|made of stone) (?:for|to|because)\b[^?]*\?\W*$",
    re.IGNORECASE,
)
# "Was I right to say nothing?" (a mother-in-law who criticised the food at her daughter's
# wedding; the model: "No, no.").
_WAS_I_RIGHT = re.compile(
    r"^\W*(?:(?:so|and|but|honestly),?\s+)?(?:was i|did i do the) right(?: thing)?"
    r" (?:to|for|by) [^?]{1,60}\?\W*$",
    re.IGNORECASE,
)
# "Am I working too much?" (a chef who collapsed in his kitchen; "I'm not sure I have a good
# answer to that yet.").
_TOO_MUCH = re.compile(
    r"^\W*(?:(?:so|and|but|honestly|be honest),?\s+)?(?:am i|do you think i'?m) (?:working|doing"
    r"|taking on|pushing myself|trying to do) too (?:much|hard)\W*$",
    re.IGNORECASE,
)
# Asked of themselves: "Am I cut out for this?" (a chapter torn apart in front of the lab),
# "Is something wrong with me?" (lost on a road driven forty years), and "Is he right?" (a
# father's "maybe driving isn't for you" after a third test failed): all "I'm not sure I have
# a good answer to that yet.".
_AM_I_ENOUGH = re.compile(
    r"^\W*(?:(?:so|and|but|honestly|be honest),?\s+)?am i (?:really |even |just )?(?:cut out"
    r" for (?:this|it)|good enough(?: for (?:this|it|her|him|them))?|any good(?: at (?:this|it))?"
    r"|smart enough|clever enough|up to (?:this|it))\W*$",
    re.IGNORECASE,
)
# A parent's doubt: "Am I doing a good job as a dad?" (the night before a daughter starts
# secondary school, her mum gone since she was three; "not sure I have a good answer").
_GOOD_PARENT = re.compile(
    r"^\W*(?:(?:so|and|but|honestly|be honest),?\s+)?(?:am i|do you think i'?m) (?:doing )?(?:a"
    r" )?(?:good|ok(?:ay)?|decent|bad|terrible) (?:job|dad|mum|mom|father|mother|parent)(?: as an?"
    r" (?:dad|mum|mom|father|mother|parent|single (?:dad|mum|mom|parent)))?(?: to (?:her|him"
    r"|them))?\W*$",
    re.IGNORECASE,
)
_WRONG_WITH_ME = re.compile(
    r"^\W*(?:(?:so|and|but|honestly|be honest),?\s+)?(?:is (?:there )?something|what'?s)"
    r" (?:really )?wrong with me\W*$",
    re.IGNORECASE,
)
# Said, not asked: "I'm starting to think something's wrong with me." (a fifth interview gone
# badly; the model: "That sounds scary.").
_WRONG_TOLD = re.compile(
    r"^\W*(?:(?:so|and|but|honestly),?\s+)?i'?m (?:starting|beginning) to (?:think|wonder if)"
    r" (?:there'?s )?something(?:'s| is)? (?:really )?wrong with me\W*$",
    re.IGNORECASE,
)
_RUINED = re.compile(
    r"^\W*(?:(?:so|and|but|honestly|be honest),?\s+)?(?:did i|have i) (?:just )?(?:ruin(?:ed)?"
    r"|wreck(?:ed)?|destroy(?:ed)?|mess(?:ed)? up|screw(?:ed)? up|blow|blown|lose|lost)"
    r" (?:everything|it all|us|our (?:\w+ )?(?:marriage|relationship|family|friendship)"
    r"|my (?:\w+ )?(?:marriage|relationship|family|life|chance))\W*$",
    re.IGNORECASE,
)
_ARE_THEY_RIGHT = re.compile(
    r"^\W*(?:(?:so|and|but|honestly|be honest),?\s+)?(?:is|are) (?:he|she|they|mum|mom|dad"
    r"|my \w+|(?-i:[A-Z][a-z]+)) (?:right|correct)(?: about (?:me|that|it))?\W*$",
    re.IGNORECASE,
)
_NO_TEARS = re.compile(r"\b(?:not|never|didn'?t|don'?t|can'?t|couldn'?t) (?:\w+ )?cry", re.I)


def judgement_feared(text: str, name: str) -> str | None:
    """The OS's answer when `text` fears it thinks badly of them, or calls themselves a
    failure; `name` is ", Leo" or ""."""
    if (am_i := _AM_I.match(text)) is not None:
        if _NO_TEARS.search(text):
            return (
                f"No{name}. Grief doesn't always come as tears, and it doesn't keep to anyone "
                "else's timetable. Not crying doesn't mean you love any less."
            )
        word = am_i["word"].lower()
        word = f"a {word}" if word == "monster" else word
        return (
            f"I don't think you're {word} at all{name}. What you feel makes sense to me. What's "
            "making you doubt yourself?"
        )
    if _WRONG_TOLD.match(text):
        return (
            f"I don't think so{name}. When things keep going wrong it's easy to turn it on "
            "yourself, but a run of bad luck isn't who you are. What's making you feel that way?"
        )
    if _GOOD_PARENT.match(text):
        return (
            f"From everything you've told me tonight, yes{name}. Worrying about getting it right"
            " is what a good parent does. What made you ask?"
        )
    if _AM_I_ENOUGH.match(text):
        return (
            f"One hard day can't answer that{name}. That it matters this much to you says a lot. "
            "What made you want to do it in the first place?"
        )
    if _RUINED.match(text):
        return (
            f"It doesn't sound finished to me{name}. Badly hurt, yes, and that's different from "
            "ruined. What would you most want to mend first?"
        )
    if _WRONG_WITH_ME.match(text):
        return (
            # Not "Something frightened you today" (said to a third night without sleep).
            f"I don't think so{name}. Something's hard for you right now, and it's worth taking "
            "seriously, but it doesn't make you any less you. What worries you most about it?"
        )
    if _ARE_THEY_RIGHT.match(text):
        return (
            f"I can't say for sure{name}; you know them, and yourself, far better than I do. Some "
            "of it may fit and some may not. What rings true to you, and what doesn't?"
        )
    if _TOO_MUCH.match(text):
        return (
            f"Only you can say{name}, but if you're asking, part of you may already know. What "
            "would you let go of first, if you could?"
        )
    if _WAS_I_RIGHT.match(text):
        return (
            f"From what you've told me, you did it for a good reason{name}, and that counts for a"
            " lot. How do you feel about it now?"
        )
    if _JUDGING.match(text):
        return (
            f"No{name}, not for a second. I'm glad you told me, and it doesn't change what I "
            "think of you. What's making you feel judged?"
        )
    if (sounds := _SOUNDS.match(text)) is not None:
        return (
            f"No{name}, you don't sound {sounds['word'].lower()}. You sound like someone going "
            "through something hard and being honest about it. What part worries you most?"
        )
    if _NOT_CUT_OUT.match(text):
        return (
            f"Almost everyone feels that sometimes{name}, most of all this tired. That you worry"
            " about it shows how much you care. What's been the hardest part this week?"
        )
    if _LOOKS.match(text):
        return (
            f"No{name}. Words like that are said to hurt, not because they're true, and they say "
            "far more about the people who said them than about you. I'm sorry they said it."
        )
    if (failed := _A_FAILURE.match(text)) is not None:
        word = (failed["word"] or failed["also"]).lower()
        article = "an" if word[0] in "aeiou" else "a"
        return (
            f"You're not {article} {word}{name}. Something went wrong, and it hurts, but it's one "
            "thing that happened, not who you are. What would you say to a friend in your place?"
        )
    if _FEARED.match(text) is None:
        return None
    return (
        f"I don't think that at all{name}. I think you're being hard on yourself, and that you "
        "care about getting this right. What's making you feel that way?"
    )
