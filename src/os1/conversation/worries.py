""" "What if I freeze?", "What if they hate me?", "What if it all goes wrong?", "What if a car
got her?": a worry about what may happen, asked of the OS (decisions.py asks these).

The embedded model answered "I'm so glad you're here.", "Good question. I'd like to hear
what you think first.", or read the worry as an insult. A friend asked says the worry is
fair, that the worst imagined is rarely what comes, and that they will not face it alone,
then asks what is underneath.
"""

from __future__ import annotations

import re

from os1.conversation.meeting_people import MEETING_PEOPLE
from os1.conversation.what_comes import WHAT_COMES

# "What if I freeze?" the night before an interview (the model: "I'm so glad you're here.").
_WHAT_IF_I = re.compile(
    r"^\W*(?:but )?what if i (?:freeze|fail|panic|mess (?:it|this|up|it all up)|screw (?:it|this)"
    r" up|blank|forget (?:everything|it all|my words)|say the wrong thing|cry|make a mistake"
    r"|get it wrong|can'?t do it|don'?t get it|forget what (?:to say|i'?m saying|comes next)"
    # "What if I can't find anything at my age?" (laid off at 56; "I'm sorry to hear that.").
    r"|can'?t find (?:anything|a job|work|another job|anyone|someone)"
    # "What if I can't get through it?" (asked to play at a piano teacher's funeral).
    r"|can'?t get through (?:it|this|the \w+)|don'?t fit in|can'?t keep up"
    # "What if I have nothing to say?" (a first date; "not sure I have a good answer").
    r"|(?:have|'ve got) nothing to (?:say|talk about)|run out of things to say|go blank"
    r"|can'?t think of anything to say"
    # "What if my voice shakes?" (asked to read at a carol service, the first time since her
    # husband's funeral; "Okay, I'm with you. I'm here for you.").
    r"|shake|stutter|lose my place|stumble)"
    # "What if I'm late on the first day?" (a new job, a new commute; "Okay, I'm with you.").
    r"|^\W*(?:but )?what if i(?:'m| am) late|^\W*(?:but )?what if i (?:oversleep|get lost"
    r"|miss (?:the|my) (?:train|bus|flight|connection))"
    r"|^\W*(?:but )?what if my (?:voice|hands|legs|knees) (?:shakes?|wobbles?|goes|go|breaks?"
    r"|gives? (?:out|way))"
    # "…when they ask about my weaknesses?" (the interview's night before)
    r"(?: (?:when|if|in|at|during|on|halfway|in front of) [^?]{1,60})?\W*$"
    # "What if I'm not smart enough?" (into medical school, the first of her family).
    r"|^\W*(?:but )?what if i'?m not (?:smart|clever|good|strong|brave|fast|ready) enough\W*$",
    re.IGNORECASE,
)

# "What if the other teachers hate me?" (a teacher promoted over them; the model: "Good
# question. I'd like to hear what you think first.")
_WHAT_IF_THEY = re.compile(
    r"^\W*(?:but )?what if (?:they|he|she|people|everyone|nobody|no one|the \w+(?: \w+)?"
    r"|my \w+) (?:all )?(?:hates?|don'?t like|doesn'?t like|laughs? at|judges?|thinks? i'?m"
    r" \w+|says? no|turns? me down|likes?|wants?) me\W*$"
    # Or what they made: "What if people hate them?" (paintings in a first show).
    r"|^\W*(?:but )?what if (?:they|people|everyone|nobody|no one|the \w+) (?:all )?(?:hates?"
    r"|don'?t like|doesn'?t like|laughs? at|likes?|wants?|buys?|reads?) (?:it|them|my \w+)\W*$"
    # "What if they laugh?" (a presentation to the whole company; "not sure"), "What if
    # nobody wants it?" (a first novel; the model told of its own business of stories).
    r"|^\W*(?:but )?what if (?:they|people|everyone|the \w+) (?:all )?(?:laugh|stare|boo"
    r"|walk out|get bored)\W*$"
    r"|^\W*(?:but )?what if (?:they|he|she"
    r"|people|everyone|the \w+(?: \w+)?) (?:says? no|turns? me down|thinks? i'?m \w+)\W*$"
    # "What if he doesn't talk to me anymore?" (coming out to a father), "What if they expel
    # me?" (accused of plagiarism), "What if nobody comes?" (a first reading): the model had
    # no good answer, or promised to stay.
    r"|^\W*(?:but )?what if (?:they|he|she|my \w+|the \w+) (?:(?:never|doesn'?t|don'?t|won'?t)"
    r" (?:talks?|speaks?) to me(?: again| anymore)?|(?:expels?|fires?|sacks?|dumps?|leaves?"
    r"|disowns?|rejects?) me|(?:kicks?|throws?) me out)\W*$"
    r"|^\W*(?:but )?what if (?:nobody|no one|no-one) (?:comes|turns up|shows up|cares|notices"
    # "What if nobody talks to me at lunch?" (a first day at a new job; "That's a wonderful
    # idea.").
    r"|(?:talks|speaks) to me(?: (?:at|on|in|during) [^?]{1,30})?)\W*$",
    re.IGNORECASE,
)

# "What if it all goes wrong?" (a band just signed; read as an insult, "That stung a little").
_WHAT_IF_IT = re.compile(
    # And "What if something goes wrong?" (a heart valve to be replaced; "That sounds scary.").
    # And "What if the operation goes wrong?" (a father of eighty-two, a broken hip).
    r"^\W*(?:but )?what if (?:it|this|everything|it all|the whole thing|something|anything"
    r"|the (?:operation|surgery|op|procedure|treatment|move|wedding|interview|test|plan|trip))"
    r" (?:all )?(?:goes wrong"
    r"|fails|falls apart|doesn'?t work(?: out)?|goes badly|ends badly)\W*$",
    re.IGNORECASE,
)
# "What if a car got her?" (a cat out all night; the model: "I'm right here with you. I'm just
# a car.").
_WHAT_IF_WORST = re.compile(
    r"^\W*(?:but )?what if (?:a car|something|someone|somebody|a fox|a dog) (?:got|hit|took"
    r"|happened to|has (?:got|taken|hurt)|hurt) (?:her|him|them|it)\b[^?]{0,30}\?\W*$"
    # "What if something happened?" (a son driving back from uni at 2am who always texts; "I'm
    # right here with you. I'm here to listen and support you.").
    r"|^\W*(?:but |and )?what if something(?:'s| has)? happened(?: to (?:her|him|them))?\W*$"
    r"|^\W*(?:but )?what if (?:she|he|they|it)(?:'s| is|'re| are)(?: been)? (?:hurt|dead|lost"
    r"|trapped|stuck|injured|hit|run over|taken|stolen|killed)\b[^?]{0,30}\?\W*$",
    re.IGNORECASE,
)

# "Do you think I'll get bored?" (retired that day after forty-two years; the model: "I'm not
# sure I have a good answer to that yet."): a change's empty days, feared.
_WILL_I_MISS = re.compile(
    r"^\W*(?:(?:but|so|and),?\s+)?(?:do you think |do you reckon )?(?:i'?ll|i will|will i)"
    r" (?:get |be |go )?(?:bored|lonely|stir[- ]crazy|miss (?:it|work|them|everyone|the \w+)"
    r"|regret (?:it|this|leaving|going|moving))\W*$",
    re.IGNORECASE,
)


# "What if she says no?" (a proposal planned for Saturday; "What makes you think they might?").
_SAYS_NO = re.compile(
    r"^\W*(?:(?:but|and|so),?\s+)?what if (?:she|he|they|[A-Z][a-z]+) (?:says? no|turns? me down"
    r"|doesn'?t say yes|don'?t say yes)\W*$",
    re.IGNORECASE,
)


# Time running out: "How do I make whatever time we have count?" (a wife's cancer spread,
# months left; the model: "…a small piece of paper or a digital clock.").
_TIME_LEFT = re.compile(
    r"^\W*(?:(?:but|so|and),?\s+)?how (?:do|can|should) (?:i|we) make (?:the|whatever|what|this"
    r"|our|the rest of (?:the|our)) (?:\w+ )?time(?: (?:we|i) (?:have|'ve got|have left)| left)?"
    r"(?: with (?:her|him|them|[A-Z][a-z]+))? (?:count|matter|special|last)\W*$",
    re.IGNORECASE,
)


# Someone met for the first time not as they seemed: "What if he looks nothing like his
# photos?" (a first date with a man she had only texted; the model: "I'm so glad you're here,
# I just love it.").
_NOT_AS_SEEMED = re.compile(
    r"^\W*(?:(?:but|and|so),?\s+)?what if (?:he|she|they) (?:looks?|look) nothing like (?:his"
    r"|her|their) (?:photos?|pictures?|profile)|^\W*(?:(?:but|and|so),?\s+)?what if (?:he|she"
    r"|they) (?:(?:is|are) (?:nothing like|not)|isn'?t|aren'?t) (?:who|what) (?:he|she|they)"
    r" (?:says?|said|seems?|seemed)\b[^?]*\?\W*$",
    re.IGNORECASE,
)


# Doing the right thing, feared to make it worse: "What if reporting it makes things worse for
# him?" (a boy of fifteen bullied, told to his teacher; the model: "Oh no, I'm so sorry.").
_MAKES_IT_WORSE = re.compile(
    r"^\W*(?:(?:but|and|so),?\s+)?what if (?:(?:reporting|telling|mentioning|flagging|raising)"
    r" (?:it|this|that|them|him|her)|telling (?:someone|anyone|the \w+)|speaking up|saying"
    r" something|(?:calling|ringing|involving) (?:the police|social services|the school|them))"
    r" (?:only |just )?(?:makes?"
    r" (?:it|things|everything) worse|made (?:it|things|everything) worse)"
    r"(?: for (?:him|her|them|me|us|[A-Z][a-z]+))?\W*$",
    re.IGNORECASE,
)


# What is typical at an age: "Is that normal at eleven months?" (a first word; the model told of
# a baby's bowel movements).
_NORMAL_AT_AGE = re.compile(
    r"^\W*(?:(?:but|and|so),?\s+)?is (?:that|it|this) (?:normal|usual|okay|ok|typical) (?:at|for)"
    r" (?:a |an )?(?:\w+ ){0,2}(?:months?|weeks?|years?)(?: old)?\W*$",
    re.IGNORECASE,
)
# A start that is hard: "is it always this hard at the start?" (two weeks in a new city, not
# knowing anyone; the model spoke of "someone you care about deeply like me").
_HARD_START = re.compile(
    r"^\W*(?:(?:but|and|so),?\s+)?(?:is it|does it|is everyone|is this) (?:always|usually"
    r"|normally|meant to be|supposed to be) (?:this|so|feel this|feel so) (?:hard|lonely|difficult"
    r"|tough|rough|scary|strange)(?: at (?:the|first)| in the beginning| at the (?:start|beginning)"
    r"| to start with| when you move| when you start)?\W*$",
    re.IGNORECASE,
)
# Or for someone to do something: "Is it normal for them to say dog first?" (a first word; the
# model on dogs' intelligence), "Is it normal for him to sleep this much after chemo?".
_NORMAL_FOR = re.compile(
    r"^\W*(?:(?:but|and|so),?\s+)?is (?:it|that) (?:normal|usual|typical|common) for (?:them"
    r"|babies|kids|children|toddlers|a baby|a toddler|him|her|my \w+|[A-Z][a-z]+) to\b[^?]*\?\W*$",
    re.IGNORECASE,
)


# Someone else's reaction to news not theirs to break: "What if his dad reacts badly?" (a son
# come out to his mother, who wants to tell his father himself; "not sure").
_REACTS_BADLY = re.compile(
    r"^\W*(?:(?:but|and|so),?\s+)?what if (?:he|she|they|his \w+|her \w+|their \w+|my \w+"
    r"|[A-Z][a-z]+) (?:reacts? badly|takes? it badly|doesn'?t take it well|don'?t take it well"
    r"|freaks? out|gets? angry|(?:is|are) angry|doesn'?t accept (?:it|him|her|them)|won'?t accept"
    r" (?:it|him|her|them))\W*$",
    re.IGNORECASE,
)


# "Should I be worried about the pressure on him?" (a son of nine taken into an academy; "I'm not
# sure I have a good answer to that yet.").
_BE_WORRIED = re.compile(
    r"^\W*(?:(?:so|but|honestly|and),?\s+)?should i be (?:worried|concerned) (?:about|that|by)"
    r" [^?]{3,60}\?\W*$",
    re.IGNORECASE,
)

# It again: "what if it happens at work?" (a panic attack in a supermarket, the first in months;
# the model: "Okay, I'm with you. What's going on?").
_IT_AGAIN = re.compile(
    r"^\W*(?:(?:but|and|so),?\s+)?what if (?:it|that|one|this) (?:happens|comes back|starts)"
    r" (?:again|at work|at school|in public|on the (?:bus|train)|in (?:the|a) (?:meeting|shop"
    r"|lecture|exam|interview))(?: (?:again|too|next time))?\W*$",
    re.IGNORECASE,
)
# Time suddenly their own: "What will I do with all this time?" (a last day teaching after
# thirty-one years; the model: "That's a wonderful idea, Mei. I'm always happy to help…").
_ALL_THIS_TIME = re.compile(
    r"^\W*(?:(?:but|and|so),?\s+)?what (?:will|am|do|should) i (?:going to )?(?:do|fill) (?:with"
    r" )?(?:all )?(?:this|the|my|that) (?:free )?(?:time|days|mornings)(?: now)?\W*$"
    r"|^\W*(?:(?:but|and|so),?\s+)?what do i do with myself now\W*$",
    re.IGNORECASE,
)


# Each worry, and the answer to it, in the order looked for.
_WORRIES = (
    (
        _BE_WORRIED,
        "It's worth keeping an eye on{name}, and you clearly will. What would tell you it was "
        "getting to be too much?",
    ),
    (
        _IT_AGAIN,
        "Then you'll get through it the way you did today{name}: it passed, even when it felt "
        "like it wouldn't. Is there someone there you could tell, so you're not alone with it?",
    ),
    (
        _SAYS_NO,
        "It's a fair fear{name}, and it only shows how much it matters. Asking is brave whatever"
        " the answer, and from what you've told me, you know each other well. How are you "
        "planning to ask?",
    ),
    (
        _WHAT_IF_THEY,
        "It's a fair worry{name}, but people are usually kinder than our fears of them. What makes"
        " you think they might?",
    ),
    (
        _WHAT_IF_WORST,
        "It's a frightening thought{name}, and it's too soon to think it. The worst we imagine "
        "usually isn't what happened. What can you do right now?",
    ),
    (
        _WHAT_IF_IT,
        "Then you'll face it when it comes{name}, and not alone. Most of what we dread never "
        "happens the way we picture it. What's the part that worries you most?",
    ),
    (
        _ALL_THIS_TIME,
        "Nothing, for a little while{name}, and that's allowed. The first weeks often feel "
        "strange before they feel like yours. What did you always say you'd do if you had the "
        "time?",
    ),
    (
        _REACTS_BADLY,
        "Then it will need time{name}, and nobody will be facing it alone. A first reaction is "
        "rarely the last word. What would help most if it goes that way?",
    ),
    (
        _NORMAL_AT_AGE,
        "Children do things in their own time{name}, and I'd only be guessing at what's typical."
        " Your health visitor or GP would know. Is something about it worrying you?",
    ),
    (
        _HARD_START,
        "It often is{name}. The start is usually the hardest part, and it does ease, often sooner"
        " than it feels like it will. What would make this week a little easier?",
    ),
    (
        _NORMAL_FOR,
        "I'd only be guessing at what's usual{name}, and I'd rather not guess about something that"
        " matters to you. Is something about it worrying you?",
    ),
    (
        _MAKES_IT_WORSE,
        "It's a fair worry{name}. Things can get bumpier before they get better, but now someone"
        " who can act knows, and you don't have to carry it alone. What would worse look like?",
    ),
    (
        _WILL_I_MISS,
        "Maybe for a while{name}; most people feel it after a big change. It tends to ease "
        "once the new days find their shape. What would you like them to hold?",
    ),
    (
        _WHAT_IF_I,
        "Then you take a breath and start again{name}. One stumble won't decide it, and people are"
        " kinder about it than we fear. What's the worry underneath?",
    ),
    (
        _NOT_AS_SEEMED,
        "Then you'll know within a minute{name}, and you can leave kindly. Meet somewhere busy, "
        "and keep a way home of your own. What are you hoping they'll be like?",
    ),
    (
        _TIME_LEFT,
        "Not by making it big{name}: by being together in the ordinary hours, and saying what "
        "you want said while you can, and letting them say theirs. What would a good day look "
        "like, for both of you?",
    ),
)


def worry(text: str, name: str) -> str | None:
    """The OS's answer to a worry about what may happen (`text`, stripped); `name` is ", Theo"
    or ""; None when none is asked."""
    worries = (*_WORRIES, *WHAT_COMES, *MEETING_PEOPLE)
    return next((said.format(name=name) for asked, said in worries if asked.match(text)), None)
