""" "Should I quit?", "Is that a good idea?", "How do I apologise to her?", "Is it too soon?",
"Is that too old for…?", "Is that too ambitious?", "How do I support her?": a decision about
what to do, asked of the OS ("What if I freeze?" and the other worries are worries.py's;
"What would you do if you were me?" in_their_place.py's).

The embedded model fell back on "I'm not sure I have a good answer to that yet." or wrote
nonsense. A friend answers: the choice is theirs, the idea sounds good or not foolish, the
worry is fair, and asks what their gut says. Reassurance (reassurance.py) asks these.
"""

from __future__ import annotations

import re

from os1.conversation.choices import choice
from os1.conversation.in_their_place import in_their_place
from os1.conversation.plans_told import plan_told
from os1.conversation.worries import worry
from os1.memory.relations import pronouns_of

# "Should I sign her up?", "Do you think I should quit?": theirs to decide; the OS helps
# them think (the model fell back on "I'm not sure I have a good answer to that yet."). A
# longer one ("Should I go and see my sister this summer?") names what memory may answer.
# Giving up asked about after a setback: "Do you think I should give up?" (not shortlisted
# for an art competition; it was "That one's yours to decide").
_GIVE_UP = re.compile(
    r"^\W*(?:(?:so|but|honestly),?\s+)?(?:should i|do you think i should) (?:just )?(?:give up"
    r"|stop trying)(?: (?:on )?(?:it|this|art|music|writing|painting|drawing|singing|dancing"
    r"|running|football))?(?: (?:altogether|completely|for good|now))?\W*$",
    re.IGNORECASE,
)
_SHOULD_I = re.compile(
    # Or bare: "Should I?" (a father's "I'm sorry" after five years' silence; "not sure").
    r"^\W*(?:(?:so|but|honestly),?\s+)?(?:should (?:i|we)|do you think (?:i|we) should)\?\W*$|"
    # And for more than one: "Should we cancel?" (a guitarist quit before a tour).
    # And unsure aloud: "I don't know if I should tell her." (six months without self-harm,
    # a sister who doesn't know; the model: "I'm so sorry, I can only imagine").
    r"^\W*(?:(?:so|but|honestly),?\s+)?(?:should (?:i|we)|do you think (?:i|we) should"
    r"|i (?:don'?t|do not) know (?:if|whether) (?:i|we) should)\s+(?!(?:be|feel)\b)[a-z]+"
    r"(?: [a-z'-]+){0,4}(?: or [a-z'-]+(?: [a-z'-]+){0,5}| and [a-z'-]+(?: [a-z'-]+){0,3})?"
    r"\??\W*$"
    # Whether to tell someone, however long: "Should I tell Samira how bad it is?" (a shop
    # broken into; the OS said it had no good answer).
    r"|^\W*(?:(?:so|but|honestly),?\s+)?(?:should i|do you think i should|i (?:don'?t|do not)"
    r" know (?:if|whether) i should) tell (?:him|her|them"
    # Or a place, or whoever is there: "Should I tell the next job about the ADHD?" (fired
    # that day; the model: "…it also opens up a world of possibilities.").
    r"|[A-Z][a-z]+|my \w+|(?:the|my|a|an|our|his|her) (?:\w+ ){0,2}\w+)(?: (?:how|what|that|about"
    r"|the truth)\b[^?]*)?\??\W*$",
    re.IGNORECASE,
)

# "How do I support her without making it about me?" (a friend's cancer told that day; the
# OS said "I'm not sure I have a good answer to that yet").
_HOW_TO_SUPPORT = re.compile(
    r"^\W*(?:so |but )?how (?:do|should|can|could) i (?:best )?(?:support|help|be there for"
    r"|look after|comfort) (?P<who>her|him|them|[A-Z][a-z]+|my \w+)(?: through (?:this|it|all"
    r" (?:this|of it))| without [^?]{1,50}| right now| now| properly| best)?\?\W*$",
    re.IGNORECASE,
)

# "Is that stupid?", "Is that a good idea?" of a plan just told (the first read as an
# insult, then the model fell back on "I tried, but nothing I came up with was good enough"),
# "Is that weird?", "Is that a good answer?" (a practice answer for an interview).
_THAT_IDEA = re.compile(
    r"^\W*(?:(?:so|but|honestly),?\s+)?(?:(?:is|was|would) (?:that|it|this)(?: be)?"
    r"|do you think (?:that'?s|that is|it'?s|it is)) (?:a )?(?:really |totally |completely )?"
    r"(?P<word>stupid|silly|dumb|daft|mad|crazy|ridiculous|bad|terrible|good|great|sensible"
    r"|weird|odd|strange|enough|shallow|vain|selfish|petty)"
    r"(?P<what> (?:idea|plan|thing to do|one|answer|thing to say|reply))?\W*$",
    re.IGNORECASE,
)

_DOUBTED = (
    *("stupid", "silly", "dumb", "daft", "mad", "crazy", "ridiculous", "bad", "terrible"),
    *("shallow", "vain", "selfish", "petty"),
)

# "Is it too soon?" (a first date after a divorce), "Am I overreacting?" (a friend's
# betrayal): the model answered "That's so much to carry." Only they can know; the OS says
# what it can see.
# "That's not helpful, is it?" of a mum's "be grateful you have a job at all" (the model:
# "I'm not sure I have a good answer to that yet").
_NOT_HELPFUL = re.compile(
    r"^\W*(?:that'?s|that is|that was|it'?s|it is|which is) not (?:very |exactly |really )?"
    r"(?:helpful|fair|kind|nice|what i needed),? (?:is|was) it\W*$",
    re.IGNORECASE,
)
# "That's a lovely idea, isn't it?" of a sister's plan (the model: "I'm so happy for you,
# sweetie.").
_LOVELY_IDEA = re.compile(
    r"^\W*(?:that'?s|that is|it'?s|it is) (?:a )?(?:really |such a )?(?:lovely|good|great|nice"
    r"|beautiful|wonderful|kind) (?:idea|plan|thought|thing to do),? (?:isn'?t|is not) it\W*$",
    re.IGNORECASE,
)
# "How do you know when it's time?" (an old cat's kidneys failing; the model: "I'm not a
# magic spell").
_WHEN_ITS_TIME = re.compile(
    r"^\W*(?:but )?how (?:do|will|can|would) (?:you|i|we|people) know (?:when|if) (?:it'?s|it is)"
    r" (?:the right )?time(?: to (?:let (?:her|him|them|go)|say goodbye)[^?]*)?\?\W*$",
    re.IGNORECASE,
)
_TOO_SOON = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?(?:is it|is this|was it|am i|do you think (?:it'?s|it is"
    r"|we'?re|i'?m)) (?:too soon|too early"
    r"|moving too fast|rushing (?:it|things))(?: (?:to|for|after) [^?]*)?\?\W*$",
    re.IGNORECASE,
)

# "I'm eighty-one. Is that too old for such a long flight?" (the model: "That's a wonderful
# compliment").
_TOO_OLD = re.compile(
    # "Do you think I'm too old to learn new things?" (a grandmother's first voice message).
    r"^\W*(?:(?:but|so|honestly),?\s+)?(?:is (?:that|it|\w+)|am i|are we"
    r"|do you think (?:i'?m|it'?s)) (?:too old|past it"
    r"|too late)(?: for [^?]*| to (?!(?:say|tell|apologi[sz]e|make (?:up|amends)|put)\b)[^?]*)?"
    r"\?\W*$",
    re.IGNORECASE,
)

# "Is that too ambitious for an old lady?" (a Chopin nocturne next, at seventy-three; the
# model told of its own "innovative and creative projects"), "Am I too old to learn?"
_TOO_AMBITIOUS = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?(?:(?:is|would) (?:that|it|this)(?: be)?|am i being)"
    r" (?:a bit |too )?(?:too ambitious|ambitious|aiming too high|too big a (?:step|leap))"
    r"(?: (?:for|to) [^?]*)?\?\W*$"
    r"|^\W*(?:(?:but|so|honestly),?\s+)?(?:am i|are we|is \w+) too (?:old|late) to (?:learn|start"
    r"|take up"
    r"|try|begin|go back to|study|pick up|get into)\b[^?]*\?\W*$",
    re.IGNORECASE,
)

# "Is it too late to say sorry?" (a brother dead on Tuesday, two years unspoken; it was
# answered as if about age: "a doctor can tell you for sure").
_TOO_LATE_TO_SAY = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?is it (?:too late|past the time) to (?:say (?:sorry|it"
    r"|thank you|goodbye|i love (?:him|her|them|you))|tell (?:him|her|them)|apologi[sz]e|make"
    r" (?:up|amends|it right)|put (?:it|things) right)\b[^?]*\?\W*$",
    re.IGNORECASE,
)

# "Should I say it tomorrow, even if he can't answer?" (a father after heart surgery, never
# told he was a son's pride; the model: "It's completely normal to have different
# priorities").
_SAY_IT_ANYWAY = re.compile(
    r"^\W*(?:(?:so|but|and),?\s+)?(?:should i|do you think i should|is it worth(?: it)?(?: to)?)"
    r" (?:still )?(?:say|tell)(?:ing)? (?:it|him|her|them)\b[^?]*\beven (?:if|though)"
    r" (?:he|she|they)(?: can'?t| cannot| won'?t| might not| may not|'s not| isn'?t| is not)"
    r" (?:\w+ )?(?:answer|hear|respond|reply|understand|awake|conscious|remember)\w*\W*$",
    re.IGNORECASE,
)

# "What should I do first, curtains or a table?" (a first flat; "A good question, Sophie. I'm
# glad you asked it!").
_WHICH_FIRST = re.compile(
    r"^\W*(?:(?:so|but|and|okay|ok),?\s+)?(?:what|which) (?:should|shall|do) (?:i|we) (?:do|get"
    r"|buy|sort out|tackle|fix|start with)(?: first)?,? (?:the )?[\w' -]{1,30} or (?:the )?"
    r"[\w' -]{1,30}\?\W*$",
    re.IGNORECASE,
)

# "What should I do with all her stuff?" (dumped that night after four years; the model had
# no good answer).
_THEIR_THINGS = re.compile(
    r"^\W*(?:(?:so|but|and),?\s+)?what (?:should|do|can|am) i (?:supposed to )?do with (?:all )?"
    r"(?:her|his|their|my \w+'s|[A-Z][a-z]+'s) (?:stuff|things|clothes|belongings|stuff here)\W*$",
    re.IGNORECASE,
)

# "How do I apologise to her?" after a row (the OS once heard its own apology in it); "How do
# I even start to fix this?" (a row with his wife; "I'm not sure I have a good answer").
_HOW_TO_APOLOGISE = re.compile(
    r"^\W*(?:so |but )?how (?:do|should|can|could) i (?:even )?(?:(?:start|begin) (?:to )?)?"
    r"(?:apologi[sz]e|say sorry|make (?:it|this|things) (?:up|right)|fix (?:it|this|things))"
    r"(?: (?:to|with) (?:her|him|them|[A-Z][a-z]+"
    # "…without making it weird?" (an intern yelled at; the model: "That's so kind of you.").
    r"|my \w+))?(?: without (?:making )?(?:it|things) (?:worse|weird|awkward)| properly| the right"
    r" way| for real)?\W*$",
    re.IGNORECASE,
)

# "How do I stop thinking about it?" after a mistake at work (the model: "It's a common
# phenomenon").
_STOP_THINKING = re.compile(
    r"^\W*(?:(?:so|but|honestly),?\s+)?how (?:do|can|could|should) i (?:stop|quit) (?:thinking"
    r" about|going over|replaying|dwelling on|worrying about) (?:it|this|that|what happened)\W*$",
    re.IGNORECASE,
)


# "What should I do now?" just after bad news (laid off that day; the model: "You're ready to
# start your journey.").
_WHAT_NOW = re.compile(
    r"^\W*(?:(?:so|okay|ok|and|but),?\s+)?(?:what (?:should|do|can|am) i (?:supposed to )?do"
    r"(?: now| next| tonight| first)?|what now|what do i do now"
    # "What happens now?" (a diagnosis after six years; the model: "The world of the future.").
    r"|what happens (?:now|next|from here)"
    # "What do you think I should do next?" (made redundant that day; "I'm not sure I have
    # a good answer to that yet.").
    r"|what do you (?:think|reckon) i should do(?: now| next| tonight)?)\W*$",
    re.IGNORECASE,
)


def decision(text: str, name: str) -> str | None:
    """The OS's answer to a decision or a worry about what to do (`text`, stripped); `name`
    is ", Theo" or ""; None when none is asked."""
    if _GIVE_UP.match(text):
        return (
            f"I don't think one setback should decide that{name}. What did you love about it in "
            "the first place?"
        )
    if (chosen := choice(text, name)) is not None:
        return chosen
    if _SHOULD_I.match(text):
        return (
            f"That one's yours to decide{name}, and I'll help you think it through. What does "
            "your gut say?"
        )
    if _HOW_TO_APOLOGISE.match(text):
        return (
            f'Say what you\'re sorry for in your own words{name}, with no "but" after it, and '
            "then listen. Would it help to write it down first? I can help with a letter."
        )
    if _WHAT_NOW.match(text):
        return (
            f"You don't have to work it all out tonight{name}. What's the one thing that can't "
            "wait, and what can?"
        )
    if (planned := plan_told(text, name)) is not None:
        return planned
    if _TOO_AMBITIOUS.match(text):
        return (
            f"Not at all{name}. Reaching a little past where you are is how anyone gets better,"
            " at any age. What draws you to it?"
        )
    if _THEIR_THINGS.match(text):
        return (
            f"Nothing tonight{name}. If seeing it hurts, put it in a box out of sight; you can "
            "decide what to keep when it hurts less."
        )
    if _WHICH_FIRST.match(text):
        return (
            f"Whichever would make tomorrow easier{name}; the other can wait a day. Which one "
            "do you keep thinking about?"
        )
    if _SAY_IT_ANYWAY.match(text):
        return (
            f"Yes{name}. Say it. People often take in more than they can answer, and you'll "
            "always know you said it."
        )
    if _TOO_LATE_TO_SAY.match(text):
        return (
            f"I don't think it's too late to say it{name}, even if it can't be answered. Words "
            "like that still matter. Would you like to write them down together?"
        )
    # "Is it too late for me to read a real book?" (learning to read at sixty-three; "a doctor
    # can tell you for sure"): something to learn, not a journey to be fit for.
    learnt = r"\b(?:learn|start|try|study|begin|read|write|play|swim|drive|paint|sing|dance)\w*"
    learnt += r"|\bget (?:good|better)\b"  # "…too late to get good at something?" (painting)
    if _TOO_OLD.match(text) and re.search(learnt, text, re.I):
        return f"Never{name}. People learn at every age, and you're doing it already."
    changed = r"\b(?:change|switch|retrain|start over|start again|new career)\b"
    if _TOO_OLD.match(text) and re.search(changed, text, re.I):
        # "Is it too late to change?" (twenty-nine, in a café; "a doctor can tell you").
        return (
            f"It isn't{name}. People change course at every age, often later than this. What "
            "would you change to, if you could?"
        )
    if _TOO_OLD.match(text):
        return (
            f"I don't think age decides it on its own{name}: how you feel matters more, and a "
            "doctor can tell you for sure. What would help you feel ready?"
        )
    if (placed := in_their_place(text, name)) is not None:
        return placed
    if _TOO_SOON.match(text):
        return (
            f"There's no timetable for this{name}, and only you can feel when it's right. "
            "What does your gut say?"
        )
    if (feared := worry(text, name)) is not None:
        return feared
    if (idea := _THAT_IDEA.match(text)) is not None:
        word = idea["word"].lower()
        if word in ("terrible", "bad") and not idea["what"]:
            # Of a feeling owned just before: "Sometimes I resent it… Is that terrible?" (a
            # sister who cares for her brother; "What draws you to it?").
            return f"No{name}. It's human, and it doesn't make you a bad person. What's behind it?"
        if word in _DOUBTED and re.match(r"\W*(?:\w+,?\s+)?was\b", text, re.IGNORECASE):
            # "Was that stupid?" of a thing done (a late father's car sold): past, and theirs.
            return (
                f"I don't think it was {word} at all{name}. It sounds like you had your reasons."
                " How do you feel about it now?"
            )
        if word in _DOUBTED:
            return (
                f"I don't think it's {word} at all{name}. It sounds like something you care "
                "about. What draws you to it?"
            )
        if word in ("weird", "odd", "strange"):
            return f"It isn't {word} at all{name}. It makes sense to me. What makes you wonder?"
        if word == "enough":
            # "Do you think that's enough?" of a dinner booked to make up for a forgotten
            # anniversary (the model: "I'm not sure I have a good answer to that yet").
            return (
                f"It sounds like a real start to me{name}. What would make it feel like enough "
                "to you?"
            )
        return f"It sounds like a good one to me{name}. What does your gut say?"
    if _STOP_THINKING.match(text):
        return (
            f"Talk to yourself the way you'd talk to a friend who'd done it{name}: it was one "
            "mistake, and it's done. Then give your mind something else for tonight. What "
            "would help?"
        )
    if _NOT_HELPFUL.match(text):
        return f"No, it isn't{name}. What would have helped to hear instead?"
    if _LOVELY_IDEA.match(text):
        return f"It is{name}. It sounds like one made with a lot of love."
    if _WHEN_ITS_TIME.match(text):
        return (
            f"I don't think a moment announces itself{name}. People often say they knew when "
            "the bad days began to outnumber the good ones. What are the days like now?"
        )
    if (support := _HOW_TO_SUPPORT.match(text)) is not None:
        whom = pronouns_of(support["who"])[0]
        return (
            f"Mostly by staying close{name}: ask {whom} what would help instead of guessing, "
            f"keep asking {whom} to ordinary things, and let {whom} talk about it or not. "
            "Asking how says a lot already. What do you think would help most?"
        )
    return None
