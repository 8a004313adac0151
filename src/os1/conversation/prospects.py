""" "Do you think I can do it?", "Could I run one under four hours?", "Will I fit in?", "Who's
going to hire me now?", "I'm never getting in, am I?": their chances, asked of the OS (asked
with the doubts about themselves, self_doubt.py).

The embedded model answered these with commiseration or said it had no good answer. A
friend asked what they think of someone's chances says they believe in them, as far as it
honestly can, and asks what worries them most.
"""

from __future__ import annotations

import re

# "Do you think I can do it?" (given the big project at work; the drafts commiserated). "Do
# you think I can get it right?" (a grandmother's soup, never written down; "not sure").
_CAN_I = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?(?:do you (?:think|reckon) i can(?: ever)?"
    r"|can i(?: really| ever)?)"
    r" (?:(?:do|manage|handle|pull off|cope with) (?:it|this|that)|keep (?:going|it up|at it"
    r"|this up)|get (?:it|this|that) right|make (?:it|this|that) work|pull (?:it|this|that) off)"
    r"(?: (?:all|on my own|alone))?\W*$",
    re.IGNORECASE,
)


# A goal asked about: "Do you think I could do one under four hours?" (after a first
# marathon; "I'm not sure I have a good answer to that yet."). Not a fear ("could lose
# him", "could get fired") nor the past ("could have").
_COULD_I = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?(?:do you (?:think|reckon) i (?:could|can)|could i)"
    r"(?: (?:ever|really|actually))? (?:do|run|finish|pass|win|manage|beat"
    r"|learn|become|handle|write|sing|swim|climb|get (?:into|through|there)|make it)\b[^?]*\?\W*$",
    re.IGNORECASE,
)


# "Do you think I'll be a good driver?" (the model said "Oh, I'm so happy for you!").
_WILL_I_BE_GOOD = re.compile(
    r"^\W*(?:do you think |do you reckon )?(?:i'?ll|i will|will i) (?:be|make) a good \w+\W*$",
    re.IGNORECASE,
)


# Work lost late: "I'm fifty-eight. Who's going to hire me now?" (made redundant after
# twenty-two years; the OS said it had no good answer yet).
_WHO_WILL_HIRE = re.compile(
    r"^\W*(?:[^.?!]{0,30}[.!]\s+)?(?:(?:but|and|so|honestly),?\s+)?who(?:'s| is| would| will)"
    r" (?:ever )?(?:going to |gonna |want to )?(?:hire|employ|take on|give a job to) (?:me|someone"
    # "Who's going to hire a 50-year-old journalist?" (twenty made redundant on one call).
    r" like me|an? [\w-]+(?: \w+)?)(?: now| at my age| at \w+(?:[- ]\w+)?)?\W*$",
    re.IGNORECASE,
)

# "Do you think I'll fit in?" (a funded PhD place, the first in the family to finish a
# degree; "I'm not sure I have a good answer to that yet.").
_FIT_IN = re.compile(
    r"^\W*(?:(?:but|so|honestly|and),?\s+)?(?:do you (?:think|reckon) |will )?(?:i'?ll|i will|i)"
    r" (?:ever )?(?:fit in|belong|make friends|be good enough|keep up)(?: there| with them)?\W*$",
    re.IGNORECASE,
)


# A chance given up on: "i'm never getting in am i" (an audition fluffed, results in two
# weeks; "Go on, Zoe, I'm here.").
_NEVER_GETTING = re.compile(
    r"^\W*(?:(?:but|so|honestly|and|well),?\s+)?(?:i'?m|i am) (?:never|not|so not) (?:going to"
    r" |gonna )?(?:get(?:ting)? (?:in|it|the (?:job|part|role|place)|through|picked|chosen|a place)"
    r"|pass(?:ing)?|mak(?:e|ing) it)(?: now)?(?:,? (?:am i|is it|right))?\W*$",
    re.IGNORECASE,
)

# Written off, asked: "Am I finished?" (forty rejections at fifty-two, "overqualified" heard as
# too old; "I'm not sure I have a good answer to that yet.").
_FINISHED = re.compile(
    r"^\W*(?:(?:but|so|honestly|and|be honest),?\s+)?(?:am i|is that me|do you think i'?m"
    r"|have i) (?:just |really |completely )?(?:finished|done for|past it|over the hill|washed up"
    r"|on the scrap ?heap|had my chance|too old)(?: now| then)?\W*$",
    re.IGNORECASE,
)


PROSPECTS = (
    (
        # "Do you think I'll make it to a year?" (six months sober; "That's so much to carry.").
        re.compile(
            r"^\W*(?:(?:but|so|honestly),?\s+)?(?:do you (?:think|reckon) )?(?:i'?ll|i will|will i)"
            r" (?:ever )?make it(?: to (?:a year|two years|\w+ (?:days|weeks|months|years))"
            r"| through (?:this|it|the \w+))?\W*$",
            re.IGNORECASE,
        ),
        "I think you will{name}. You've made it this far one day at a time, and that's how the rest"
        " comes too. What's helped most so far?",
    ),
    (
        _CAN_I,
        "I think you can{name}. That you're asking means you care about doing it well, and that's "
        "most of it. What part feels biggest?",
    ),
    (
        _COULD_I,
        "I think you could{name}. What would it take, do you think?",
    ),
    (
        _WILL_I_BE_GOOD,
        "I think you will{name}. You already care about getting it right, and that's most of it.",
    ),
    (
        _WHO_WILL_HIRE,
        "Someone who needs what you've spent years learning{name}. It may take longer than you'd"
        " like, and that's no verdict on you. What would you want to do next?",
    ),
    (
        _FINISHED,
        "No{name}. A hard run says the road is hard, not that you're done, and what you know "
        "didn't stop counting. What would you most like to be doing next?",
    ),
    (
        _FIT_IN,
        "I think you will{name}. You earned your place, and the people worth knowing will be glad"
        " you're there. What worries you most about it?",
    ),
    (
        _NEVER_GETTING,
        "You don't know that yet{name}. One bad moment feels like the whole thing from the inside,"
        " and it rarely is to the people watching. I'm here while you wait.",
    ),
)
