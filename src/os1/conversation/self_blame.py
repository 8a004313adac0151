"""Blame they lay on themselves, asked of the OS: "Is it my fault?", "How could I have missed
it?", "Was it something I did?", "Did I waste three years?", "How could I be so stupid?".

The embedded model said it had no good answer, or answered as if it were the one blamed ("I'm
sorry, it's not my fault."). A friend does not agree with the blame, nor brush it off: says
what it can truly say of it, and asks what keeps coming back (self_doubt.py answers these first).
"""

from __future__ import annotations

import re

# "Is it my fault?" (a climber whose friend fell on his rope; the model: "Oh no, I'm so
# sorry.").
_MY_FAULT = re.compile(
    r"^\W*(?:(?:but|so|honestly|be honest),?\s+)?(?:is (?:it|this|that) (?:all )?my fault"
    r"|was (?:it|this|that) (?:all )?my fault|did i cause (?:this|it)|am i to blame"
    r"|do you think (?:it'?s|it was) my fault)"
    # "Was it my fault we lost?" (a red card; "I'm sorry, it's not my fault.").
    r"(?: (?:we|they|he|she|it|that|the \w+) [^?]{1,30})?\W*$",
    re.IGNORECASE,
)

# "How could I have missed it?" (a grandson's suicide attempt; "I'm not sure I have a good
# answer to that yet.").
_MISSED_IT = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?(?:how (?:could|did) i (?:have )?(?:miss(?:ed)?|not (?:see"
    r"|notice|know)|not have (?:seen|noticed|known))|why didn'?t i (?:see|notice|know|spot))"
    r"(?: (?:it|that|this|the signs|anything))?(?: coming)?\W*$",
    re.IGNORECASE,
)

# "Was it something I did?" (dumped during the first dance at a cousin's wedding; the OS said
# it had no good answer).
_SOMETHING_I_DID = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?(?:was it (?:something|anything) i (?:did|said)"
    r"|did i do something wrong|what did i do wrong|is it because of something i did"
    # "Where did we go wrong?" (a son caught shoplifting at fifteen).
    r"|where did (?:we|i) go wrong(?: with (?:him|her|them))?)\W*$",
    re.IGNORECASE,
)

# "Tell me honestly, did I waste three years?" (a startup closed; the OS said nothing it
# came up with was good enough).
_WASTED = re.compile(
    r"^\W*(?:(?:tell me honestly|honestly|be honest|so|but),?\s+)?(?:did i|have i) (?:just )?"
    r"(?:waste|wasted|throw away|thrown away) (?:my time|my life|all (?:that|those|this)[\w ]*"
    r"|(?:the last )?(?:\w+ )?(?:years?|months?))\W*$",
    re.IGNORECASE,
)

# "How could I be so stupid?" (a widow scammed of her savings; the model: "Are you safe right
# now?").
_SO_STUPID = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?how could i (?:have been|be) so (?:stupid|foolish|naive"
    r"|blind|careless|dumb|gullible|thick)\W*$|^\W*why am i so (?:stupid|gullible|naive)\W*$",
    re.IGNORECASE,
)

# A blunder of their own, wondered at: "THANK YOU. Who says that?" (told "I love you" for the
# first time; "I'm not sure I have a good answer to that yet.").
_WHO_SAYS_THAT = re.compile(
    r"(?:^|[.!]\s+)(?:(?:honestly|seriously|like|i mean),?\s+)?(?:who (?:even )?(?:says|does)"
    r" that|why (?:did|would) i (?:say|do) that|what (?:is|was) wrong with me)\W*$",
    re.IGNORECASE,
)


# Time lost to fear: "why did i wait so long?" (a first swim in years, twenty lengths; the
# model: "I'm just a little bit of magic.").
_WAITED = re.compile(
    r"^\W*(?:(?:but|so|honestly|god),?\s+)?why (?:did i|have i) (?:wait(?:ed)?|leave it) so long"
    r"|^\W*(?:(?:but|so|honestly|god),?\s+)?why didn'?t i (?:do (?:this|it) )?(?:sooner|years ago"
    r"|earlier|before)\W*$",
    re.IGNORECASE,
)


# Names called themselves: "I'm such an idiot." (an exam tomorrow and no revision done; the
# model: "Oh, that sounds so hard. I'm so sorry.").
_NAMES_CALLED = re.compile(
    r"^\W*(?:(?:ugh|god|honestly|seriously|i mean|argh),?\s+)*i'?m (?:such an?|a (?:complete|total"
    r"|bloody|right|real)|so|so so) (?:idiot|fool|moron|failure|mess|disaster|loser|stupid|useless"
    r"|hopeless|dumb|dummy|clown|muppet)\W*$",
    re.IGNORECASE,
)


# Each blame, and the answer to it (self_doubt.py looks these up before its doubts).
BLAMES = (
    (
        _MY_FAULT,
        "Blaming yourself is a heavy thing to carry{name}, and it doesn't sound like anyone meant "
        "for this to happen. What part keeps coming back to you?",
    ),
    (
        _MISSED_IT,
        "It's easy to see it now, looking back{name}; it wasn't so easy then. Missing it doesn't "
        "mean you didn't care. What do you wish you'd known?",
    ),
    (
        _SOMETHING_I_DID,
        "Things like this are rarely down to one thing one person did{name}. What makes you "
        "wonder?",
    ),
    (
        _WASTED,
        "I don't think so{name}. What you learned and who you became doing it stay with you. What "
        "was the best part of it?",
    ),
    (
        _WAITED,
        "Because going first is hard, and fear makes a good case for waiting{name}. What matters"
        " is that you went. Will you go again?",
    ),
    (
        _WHO_SAYS_THAT,
        "Someone caught off guard by something that mattered{name}. It happens to everyone, and"
        " it can be mended. What would you say now, given a second go?",
    ),
    (
        # "Silly old woman." (in tears at birdsong, new hearing aids; "Mm. And how did that
        # feel?").
        re.compile(
            r"^\W*(?:(?:oh|ah|ha|well),?\s+)?(?:silly|stupid|daft|soppy|sentimental) old (?:woman"
            r"|man|me|fool|thing|git|sod|bat|dear)\W*$",
            re.IGNORECASE,
        ),
        "Not silly at all{name}. It clearly mattered to you, and that's nothing to be sorry for.",
    ),
    (
        _NAMES_CALLED,
        "You're not{name}. You're being harder on yourself than you'd ever be on a friend. What "
        "would help right now?",
    ),
    (
        _SO_STUPID,
        "You weren't{name}. You trusted someone, and that isn't stupidity. Be as kind to yourself "
        "as you'd be to a friend this had happened to.",
    ),
)
