""" "Am I overreacting?", "Am I doing this wrong?", "Will I be okay?", "Do you think this
will pass?": doubts about themselves, asked of the OS (the Reassurance answerer,
reassurance.py, asks these; blame they lay on themselves is self_blame.py's, their chances
prospects.py's).

The embedded model answered them as if consoling someone else ("Oh no, I'm so sorry."), or
said it had no good answer. A friend asked answers the doubt first, kindly and without
pretending to know more than it does, then asks what is behind it.
"""

from __future__ import annotations

import re

from os1.conversation.hopes_checked import HOPES
from os1.conversation.prospects import PROSPECTS
from os1.conversation.self_blame import BLAMES

# "Do you think I'll be okay?": the model said "Thank you, that means a lot to me."
_WILL_I_BE = re.compile(
    r"^\W*(?:(?:do you think|do you reckon|tell me)\s+)?(?:i'?ll|i will|will i|am i going to"
    r"|i'?m going to)\s+(?:be\s+)?(?:okay|ok|alright|all right|fine|get through (?:this|it))"
    r"(?:,? \w+)?\W*$",
    re.IGNORECASE,
)

# "Am I doing this wrong?" (a new mother at the end of a night; the model would not say).
_DOING_WRONG = re.compile(
    r"^\W*(?:(?:honestly|seriously),?\s+)?am i (?:doing|getting) (?:this|it|everything|all of"
    r" this|something) (?:all )?wrong\W*$|^\W*am i (?:failing|messing (?:this|it|everything) up"
    r"|screwing (?:this|it|everything) up)\W*$",
    re.IGNORECASE,
)

# "Do you think this will pass?" (four days without leaving the flat; the OS said it had no
# good answer).
_WILL_PASS = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?(?:do you think|will|does) (?:this|it|the feeling|this"
    r" feeling)(?: will| is going to)? (?:ever )?(?:pass|get better|go away|end|lift|stop)\W*$",
    re.IGNORECASE,
)

# "Will it always hurt this much?" (a breakup that night; the model: "Okay, I'm with you.").
_ALWAYS_HURT = re.compile(
    r"^\W*(?:(?:but|so|honestly|and),?\s+)?(?:will|is) (?:it|this|the pain) (?:always|going to"
    r" always) (?:hurt|feel|be)(?: (?:this much|this bad|like this))?\W*$",
    re.IGNORECASE,
)
# "Will I ever get over him?", "Does it ever stop hurting?": the same doubt, asked the other
# way round, and answered yes.
_EVER_BETTER = re.compile(
    r"^\W*(?:(?:but|so|honestly|and),?\s+)?(?:will i ever (?:get over (?:it|this|him|her|them)"
    r"|stop (?:hurting|missing (?:him|her|them))|feel (?:normal|okay|ok|better|like me) again)"
    r"|does (?:it|this|the pain) (?:ever )?(?:stop hurting|get (?:better|easier)|go away)"
    # "Will it stop hurting?" (dumped by text at sixteen; "I'm not sure, but…").
    r"|will (?:it|this|the pain) (?:ever )?(?:stop hurting|get (?:better|easier)|go away))\W*$",
    re.IGNORECASE,
)
_GOOD_AT = re.compile(
    r"^\W*(?:(?:and|but|honestly|i mean),?\s+)?(?:i (?:don'?t|do not) (?:even |really )?know what"
    r" (?:else )?i'?m (?:even |actually |really )?good (?:at|for)(?: any ?more)?"
    r"|i'?m not (?:really |actually )?good at anything(?: else)?)\W*$",
    re.IGNORECASE,
)

_OVERREACTING = re.compile(
    r"^\W*(?:(?:but|so|honestly|be honest),?\s+)?(?:am i|do you think i'?m|is it) (?:just )?"
    r"(?:overreacting|being (?:dramatic|too sensitive|unreasonable|silly|oversensitive|petty"
    r"|paranoid)"
    r"|too sensitive|over the top)\b[^?]*\?\W*$",
    re.IGNORECASE,
)

# Joy doubted: "Am I being silly being this excited?" (a driving test passed the fourth time,
# a drive to a gran planned; answered as a hurt: "What part stings the most?").
_SILLY_GLAD = re.compile(
    r"^\W*(?:(?:but|so|honestly|be honest),?\s+)?(?:am i|do you think i'?m|is it|is that)"
    r" (?:being )?(?:silly|daft|mad|soppy|stupid|ridiculous|childish|sad|lame|crazy|weird)"
    r"(?: of me)?,? (?:being|to be|for being|that i'?m|getting|to get|feeling|to feel)"
    r" (?:so|this|that|really|this much|so much)? ?(?:excited|happy|giddy|thrilled|emotional"
    r"|proud|chuffed|pleased|buzzing|over the moon|sentimental|teary|worked up)\b[^?]*\?\W*$",
    re.IGNORECASE,
)


# "Will I ever play again?" (a torn ACL, the season over; the OS said it had no good answer).
_EVER_AGAIN = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?(?:will i|do you think i'?ll|am i going to) (?:ever |be"
    r" able to )*(?:play|walk|run|dance|work|climb|drive|sing|ride|train|be the same|feel normal"
    r"|feel like me)(?: \w+){0,2} again\W*$",
    re.IGNORECASE,
)

# "Was I too harsh?" (a vape found in a daughter's bag, and a row; the model: "That's so
# kind of you.").
_TOO_HARSH = re.compile(
    r"^\W*(?:(?:but|so|honestly|be honest),?\s+)?(?:was i|do you think i was|have i been)"
    r" (?:too|a bit|really) (?:harsh|hard on (?:him|her|them)|strict|mean|tough|much|sharp)"
    r"(?: on (?:him|her|them))?\W*$"
    r"|^\W*did i (?:overreact|go too far|handle (?:it|that) badly)\W*$",
    re.IGNORECASE,
)
# "Do you think I'm brave or stupid?" (the night before coming out; the model: "I think it's
# a mix of both.").
_BRAVE_OR = re.compile(
    r"^\W*(?:(?:so|but|honestly),?\s+)?(?:do you think |would you say )?(?:i'?m|i am|is (?:it|that"
    r"|this)|am i) (?:being )?brave or (?:stupid|crazy|mad|foolish|reckless|an idiot|naive)\W*$",
    re.IGNORECASE,
)
# "Am I too picky?" (stood up that night; the model: "I'm not sure I have a good answer").
_TOO_PICKY = re.compile(
    r"^\W*(?:(?:but|so|honestly|be honest),?\s+)?(?:am i|do you think i'?m|maybe i'?m) (?:just )?"
    r"(?:too|being too) (?:picky|fussy|needy|demanding|clingy|choosy|much|intense|sensitive)"
    r"\W*$",
    re.IGNORECASE,
)
# "Am I a disappointment?" (a maths exam failed, a father who wanted a doctor; the model:
# "That's so much to carry. I'm so sorry.").
_AM_I_A = re.compile(
    r"^\W*(?:(?:but|so|honestly|be honest),?\s+)?am i (?:such )?an? (?:disappointment|failure"
    r"|burden|let-?down|bad (?:person|daughter|son|mother|mum|father|dad|friend)|terrible \w+"
    r"|awful \w+|mess|joke)(?: to (?:them|him|her|my \w+|everyone))?\W*$",
    re.IGNORECASE,
)
# "Am I being an idiot?" (a job quit for music; the model: "Oh, that sounds so hard.").
_BEING_A_FOOL = re.compile(
    r"^\W*(?:(?:but|so|honestly|be honest),?\s+)?am i being (?:an idiot|stupid|a fool|naive)\W*$",
    re.IGNORECASE,
)
# "Am I mad to do this?": a choice of their own.
_MAD_TO = re.compile(
    r"^\W*(?:(?:but|so|honestly|be honest),?\s+)?am i (?:completely |totally )?(?:mad|crazy"
    r"|insane|nuts) to [^?]{1,40}\W*$",
    re.IGNORECASE,
)
# "Am I being overprotective?" (a dog lost for three hours and found; the model: "I'm not
# sure I have a good answer to that yet.").
_OVERPROTECTIVE = re.compile(
    r"^\W*(?:(?:but|so|honestly|be honest),?\s+)?(?:am i|do you think i'?m|is it) (?:just )?"
    r"(?:being )?(?:over-?protective|too protective|too careful)\W*$",
    re.IGNORECASE,
)
# "Do you think I'll ever be a mum?" (a third IVF round failed that afternoon; the model:
# "I'm not sure I have a good answer to that yet.").
_EVER_BE = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?(?:do you think |do you reckon )?(?:i'?ll|i will|will i)"
    r" ever (?:be a (?:mum|mom|mother|dad|father|parent)|have (?:a baby|kids|children|a family"
    r"|a child)|find (?:someone|love|the one|anyone)|meet (?:someone|anyone|the one))\W*$",
    re.IGNORECASE,
)
# "Is that sad?" after saying they like talking with the OS more than with most people (the
# model: "Oh no, I'm so sorry.").
_IS_THAT = re.compile(
    r"^\W*(?:(?:but|so|and|honestly),?\s+)?is (?:that|it|this) (?:a bit |really |kind of |so )?"
    r"(?:sad|weird|pathetic|silly|strange|odd|stupid|crazy|dumb|embarrassing)\W*$",
    re.IGNORECASE,
)

# "That sounds stupid, doesn't it?" of a wish just told (not wanting to leave an allotment,
# at eighty; the model: "That must hurt so much.").
_SOUNDS = re.compile(
    r"^\W*(?:(?:but|so|and|i know),?\s+)?(?:that|it|this|i) sounds? (?:a bit |really |so "
    r"|kind of )?(?:stupid|silly|daft|dumb|ridiculous|pathetic|selfish|petty)(?:,? (?:doesn'?t"
    r"|does|don'?t) (?:it|i))?\W*$",
    re.IGNORECASE,
)
# Not good enough, or a fraud about to be found out, told (a first team to lead; a client's
# data deleted): the model answered "What's on your mind?" and "this world of lies".
_NOT_GOOD_ENOUGH = re.compile(
    r"^\W*(?:(?:but|and|so|honestly),?\s+)?i'?m (?:so |really |just )?(?:scared|afraid|worried"
    r"|terrified) (?:that )?i'?m not (?:good|clever|strong|smart) enough(?: to [^?]*)?\W*$",
    re.IGNORECASE,
)
_FRAUD = re.compile(
    r"^\W*(?:(?:but|and|so|honestly),?\s+)?i (?:feel like|think|keep thinking)(?: that)?"
    r" (?:everyone|everybody|they|people|someone)(?:'s| is| are|'re)? (?:going to|gonna|will)"
    r" (?:find out|realise|realize|see|work out) (?:that )?i'?m (?:a )?(?:fraud|fake|impostor"
    r"|imposter|useless)\W*$"
    # "Any minute they'll realise I don't belong." (a new job, chosen over forty people).
    r"|^\W*(?:(?:but|and|so|honestly),?\s+)?(?:any (?:minute|day|second) (?:now )?)?(?:they'?ll"
    r"|they will|everyone'?ll|someone'?ll|people will) (?:find out|realise|realize|see|work out)"
    r" (?:that )?i (?:don'?t belong|shouldn'?t be here|can'?t do (?:it|this)|don'?t know what i'?m"
    r" doing)\W*$",
    re.IGNORECASE,
)
# "Do you think I deserve it?" (a new job won over forty people; "not sure").
_DESERVE = re.compile(
    r"^\W*(?:(?:but|and|so|honestly),?\s+)?(?:do you (?:think|reckon) )?(?:i|do i) (?:really )?"
    r"deserve (?:it|this|the job|the promotion|the place|the award|the prize)\W*$",
    re.IGNORECASE,
)


# "Do you think I'm jumping to conclusions?" (a husband lost driving home from a shop he had
# gone to for twenty years; "I'm not sure I have a good answer to that yet.").
_JUMPING = re.compile(
    r"^\W*(?:(?:but|so|honestly|be honest),?\s+)?(?:am i|do you think i'?m|is it) (?:just )?"
    r"(?:jumping to conclusions|overthinking(?: (?:it|this|things))?|reading too much into"
    r" (?:it|this|things|that)|making (?:a big deal|too much) (?:of|out of) (?:it|this|nothing))"
    r"\W*$",
    re.IGNORECASE,
)


# "You think I'm ready?" (a first 5k run without stopping, a 10k in mind; "Good question.
# I'd like to hear what you think first.").
_READY = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?(?:do )?you (?:think|reckon) i'?m (?:really )?ready"
    r"(?: for (?:it|this|that|one|a \w+|the \w+))?\W*$|^\W*am i (?:really )?ready(?: for (?:it"
    r"|this|that|one))?\?\W*$",
    re.IGNORECASE,
)


# Each doubt, and the answer to it, in the order looked for.
_DOUBTS = (
    (
        _JUMPING,
        "I don't think so{name}. You noticed something that worried you, and taking it seriously"
        " is sensible, not hasty. What's worrying you most?",
    ),
    (
        _SILLY_GLAD,
        "Not silly at all{name}. It's a big thing, and you're allowed to be thrilled about it.",
    ),
    (
        _OVERREACTING,
        "I don't think so{name}. It makes sense that it hurts, and you're allowed to feel it. What"
        " part stings the most?",
    ),
    (
        _TOO_HARSH,
        "You were worried{name}, and worry comes out sharp sometimes. It isn't too late to say so."
        " What do you wish you'd said?",
    ),
    (
        _BRAVE_OR,
        "Brave{name}. It takes courage to do the thing that scares you.",
    ),
    (
        _OVERPROTECTIVE,
        "I don't think so{name}. After a fright like that, holding on tighter is only natural, and"
        " it eases with time. What would feel like enough?",
    ),
    (
        _BEING_A_FOOL,
        "I don't think so{name}. You're taking it seriously, which is the opposite of foolish. "
        "What makes you wonder?",
    ),
    (
        _MAD_TO,
        "I don't think so{name}. A brave choice often looks mad from close up, and you clearly "
        "didn't make it lightly. What does your gut say?",
    ),
    (
        _AM_I_A,
        "No{name}, you're not. One hard day doesn't decide what you are to the people who love "
        "you. What's making you feel it tonight?",
    ),
    (
        _EVER_BE,
        "I can't promise it{name}, and I won't pretend to. I hope so, with everything I have. "
        "What's making tonight so heavy?",
    ),
    (
        _TOO_PICKY,
        "I don't think so{name}. Knowing what you want isn't a fault, and wanting someone who "
        "turns up is the least you deserve. What makes you ask?",
    ),
    (
        _IS_THAT,
        "Not at all{name}. Why, does it feel that way?",
    ),
    (_SOUNDS, "Not at all{name}. It matters to you, so it matters."),
    (
        _NOT_GOOD_ENOUGH,
        "Most people are scared of exactly that at the start{name}, the good ones too. Worrying"
        " about it means you care about doing it well. What part feels biggest?",
    ),
    (
        _DESERVE,
        "I think you do{name}. People aren't chosen by accident, and the doubt you feel comes to "
        "people who care about doing it well. What do you think they saw in you?",
    ),
    (
        _FRAUD,
        "That feeling visits people who care most about doing well{name}; it even has a name, "
        "impostor syndrome. Feeling like a fraud isn't the same as being one. What set it off?",
    ),
    (
        _WILL_PASS,
        "I think it will{name}. Feelings like this do move, even when it seems they can't; if it "
        "stays this heavy, a doctor can help too. What's one small thing for tomorrow?",
    ),
    (
        _ALWAYS_HURT,
        "No{name}. It won't always hurt this much, even if tonight that's hard to believe. I'm "
        "right here.",
    ),
    (
        _EVER_BETTER,
        "It does get easier{name}, even if tonight that's hard to believe. Not all at once, but it"
        " does. I'm right here.",
    ),
    (
        _EVER_AGAIN,
        "I can't promise that{name}, but people come back from this more often than it feels like "
        "tonight. What are the doctors saying?",
    ),
    (
        _GOOD_AT,
        "More than you can see tonight{name}. What do people come to you for when they need "
        "something?",
    ),
    (
        _DOING_WRONG,
        "I don't think you are{name}. That you're asking at all says how much you care. What's "
        "making it feel that way?",
    ),
    (
        _READY,
        "I think you might be more ready than you feel{name}. Ready is mostly a feeling that "
        "comes after you start. What would help you feel it?",
    ),
    (
        _WILL_I_BE,
        "I think you will{name}. It's a lot at once, and you don't have to sort all of it tonight."
        " What's weighing on you most?",
    ),
)


def self_doubt(text: str, name: str) -> str | None:
    """The OS's answer to a doubt about themselves (`text`, stripped); `name` is ", Theo"
    or ""; None when none is asked."""
    doubts = (*BLAMES, *_DOUBTS, *PROSPECTS, *HOPES)
    return next((said.format(name=name) for asked, said in doubts if asked.match(text)), None)
