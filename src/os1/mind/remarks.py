"""Remarks: words said in passing that the readings take for an act toward the OS or for news,
read by small grammars.

A dislike ("I hate boats.", of a wife's wish for a cruise) read as anger and was taken for
the speaker running themselves down ("That must hurt so much."); "lol ok" read as joy and
was later named as what gladdened the OS most; "It's enormous." (a first pumpkin) and "People
don't understand that." (grieving twice) were taken for insults ("That stung a little"), and so
was leave to be frank ("You don't even have to be nice about it.", a writer's forty-first
rejection: "Ouch, that really hurt to hear"); "said thanks mum" (a son's first flat) for
thanks to the OS. The reaction (heard_by_grammar.py, acts_read.py) leaves a dislike, an
assent, a description and leave to be frank calm, is sorry for someone alone among people
who do not understand, and glad at thanks someone else gave them.
"""

from __future__ import annotations

import re

from os1.mind.grammar_cues import SECOND_PERSON, at_the_os

# A dislike, not a scorn of themselves: "I hate boats." (a wife who wants a cruise; read as
# anger, taken for running themselves down, and answered "That must hurt so much.").
_DISLIKE = re.compile(
    r"^\W*(?:(?:but|and|honestly|well),?\s+)?i (?:really |just |absolutely |totally )?(?:hate"
    r"|can'?t stand|detest|loathe|dislike) (?!myself\b|me\b|my (?:self|life|body|face|looks"
    r"|voice|own|job|course|work|degree|boss|school|uni|house|flat|marriage)\b|(?:being|how i"
    r"|the way i|what i|who i|it here|this place|everything)\b)[^.!?]{1,40}[.!]*\s*$",
    re.IGNORECASE,
)


def dislikes(text: str) -> bool:
    """Whether `text` tells only a dislike ("I hate boats."), not a scorn of themselves nor
    of the OS ("I can't stand you, you're pathetic.")."""
    return bool(_DISLIKE.match(text)) and not at_the_os(text) and not SECOND_PERSON.search(text)


# A word of assent or a laugh and nothing else: "lol ok" (after a fact about otters; read as
# joy, and named as what gladdened the OS most that evening).
_ASSENT = (
    r"(?:lol|lmao|haha+|hehe+|ha|ok(?:ay)?|k|kk|sure|fine|yeah|yep|yup|cool|right|alright"
    r"|fair enough|true|mm+|hmm+)"
)
_ONLY_ASSENT = re.compile(rf"^\W*{_ASSENT}(?:[\s,.!]+{_ASSENT})*\W*$", re.IGNORECASE)


def only_assents(text: str) -> bool:
    """Whether `text` is only a word of assent or a laugh ("lol ok", "yeah fair enough")."""
    return bool(_ONLY_ASSENT.match(text))


# What they told described, with no "you" and no scorn in it: "It's enormous." (a first
# pumpkin grown; read as an insult 0.60).
_DESCRIBED = re.compile(
    r"^\W*(?:(?:and|but|so|honestly|oh),?\s+)?(?:it'?s|it is|it was|they'?re|they are|they were"
    r"|she'?s|he'?s)(?: (?:so|really|absolutely|actually|just|quite|pretty|bloody|massive(?:ly)?))?"
    r" (?:enormous|huge|massive|tiny|gigantic|giant|big|small|heavy|long|tall|loud|bright"
    r"|orange|red|green|perfect|beautiful|gorgeous|ridiculous|mad|wild|insane|unreal)\W*$"
    # How it came out: "But it tasted alright." (a first shepherd's pie, a bit burnt; read as an
    # insult 0.64, "That stung a little").
    r"|^\W*(?:(?:and|but|so|honestly|still),?\s+)?(?:it|they) (?:still |actually |really )?"
    r"(?:tasted|looked|smelled|smelt|sounded|came out|turned out) (?:really |pretty |quite "
    r"|surprisingly |actually )?(?:alright|all right|fine|okay|ok|good|nice|great|lovely|decent"
    r"|edible|amazing)\W*$",
    re.IGNORECASE,
)


def describes_it(text: str) -> bool:
    """Whether `text` only describes something they told ("It's enormous."), not the OS."""
    return bool(_DESCRIBED.match(text))


# Thanks reported, given to them by someone else: "Then he hugged me and said thanks mum."
_THANKS_REPORTED = re.compile(
    r"\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:\w+ ){0,4}?(?:said|says|told me"
    r"|whispered|texted|wrote|mouthed) [\"\u201c']?(?:thanks|thank you|cheers)\b"
    r"|\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) thanked (?:me|us)\b",
    re.IGNORECASE,
)


def thanks_reported(text: str) -> bool:
    """Whether `text` tells of thanks someone else gave them, not thanks to the OS."""
    return bool(_THANKS_REPORTED.search(text)) and not SECOND_PERSON.search(text)


# People at large, with no "you": "People don't understand that." (grieving twice, a husband
# lost to dementia before he died; taken for an insult: "That stung a little, Jean.").
_PEOPLE_AT_LARGE = re.compile(
    r"^\W*(?:(?:but|and|honestly|because),?\s+)?(?:people|everyone|everybody|nobody|no one"
    r"|most people|other people|folk|they) (?:just |really |still |never |don'?t |doesn'?t"
    r"|can'?t |won'?t )*(?:understands?|gets?|sees|see|knows?|realises?|realizes?|cares?|listens?"
    # "Nobody gets it." (a panic attack at school; taken for an insult, "Ouch").
    r"|asks?|notices?)\b",
    re.IGNORECASE,
)


def of_people_at_large(text: str) -> bool:
    """Whether `text` tells of people at large ("People don't understand that."), not the
    OS: nothing in it says "you"."""
    return bool(_PEOPLE_AT_LARGE.match(text)) and not SECOND_PERSON.search(text)


# Leave to be frank, asked of the OS: "You don't even have to be nice about it." (a writer's
# forty-first rejection; read as an insult 0.57, and answered "Ouch, that really hurt").
_FRANK = re.compile(
    r"^\W*(?:(?:but|and|honestly|seriously|look|just|please|so),?\s+)*(?:you (?:don'?t|do not)"
    r" (?:even |really )?(?:have|need) to be (?:nice|kind|gentle|polite|tactful)"
    r"|(?:there'?s )?no need to be (?:nice|kind|gentle|polite|tactful)"
    r"|(?:please )?(?:just )?(?:be|you can be) (?:honest|brutal|blunt|frank|straight)"
    r"|(?:don'?t|do not) (?:sugar-?coat|spare my feelings|hold back|go easy on me)"
    r"|give it to me straight|tell me (?:the truth|straight|honestly))\b",
    re.IGNORECASE,
)


def leave_to_be_frank(text: str) -> bool:
    """Whether `text` gives the OS leave to be frank ("You don't have to be nice about it."),
    which is no insult to it."""
    return bool(_FRANK.match(text))


# Its advice found wanting: "You gave me bad advice yesterday." (he laughed at what they said;
# read as amends 0.67, and answered "Thank you, that means a lot."), "Why did you tell me to
# do that?".
_ADVICE_FAULTED = re.compile(
    r"^\W*(?:(?:so|well|honestly|thanks|great|and),?\s+)*(?:you gave me (?:\w+ )?(?:bad|terrible"
    r"|awful|wrong|rubbish|crap|crappy|shit|shitty|useless|dreadful|horrible) advice"
    r"|your (?:advice|idea|suggestion) (?:was (?:\w+ )?(?:bad|terrible|awful|wrong|rubbish"
    r"|useless|crap)|(?:didn'?t|did not) work|backfired|made (?:it|things|everything) worse)"
    r"|why (?:did|would) you (?:tell|advise|get) me to\b"
    r"|(?:i|we) did what you (?:said|told me|suggested) and\b"
    r"|you told me to [^.!?]{1,40} and (?:it|he|she|they) [^.!?]*)",
    re.IGNORECASE,
)


def faults_its_advice(text: str) -> bool:
    """Whether `text` finds fault with advice the OS gave ("You gave me bad advice."): a
    reproach of the OS, neither thanks nor amends."""
    return bool(_ADVICE_FAULTED.match(text))


# A worry played down: "I know it's probably nothing." (a boyfriend who liked his ex's photo;
# read as an insult 0.91, and answered "Ouch, that really hurt to hear").
_PLAYED_DOWN = re.compile(
    r"^\W*(?:(?:and|but|so|honestly|i mean),?\s+)?(?:i know |i'?m sure |i guess |maybe )?"
    r"(?:it'?s|it is|that'?s|it was) (?:probably|likely|most likely|maybe|just|prob) nothing"
    r"|^\W*(?:(?:and|but|so|honestly),?\s+)?(?:i know |maybe )?i'?m (?:probably |just )?"
    r"(?:overthinking|reading too much into) (?:it|this|things)\W*$"
    # "Nothing's even wrong." (anxious all day without knowing why; read as an insult 0.79:
    # "Ouch, that really hurt to hear").
    r"|^\W*(?:(?:and|but|so|honestly|i mean),?\s+)?(?:there'?s |there is )?nothing(?:'s| is)?"
    r" (?:even |actually |really )?(?:wrong|the matter|happened)\W*$",
    re.IGNORECASE,
)


def plays_it_down(text: str) -> bool:
    """Whether `text` plays down their own worry ("I know it's probably nothing."), which says
    nothing of the OS."""
    return bool(_PLAYED_DOWN.match(text)) and not SECOND_PERSON.search(text)


# A dare, not a jibe: "Fine. Prove me wrong. Say something real." (after "You're useless."; read
# as a third insult, "That's the third time you've said something like that").
_DARED = re.compile(
    r"^\W*(?:(?:fine|okay|ok|go on|alright|so|then)[.,!]*\s+)*(?:prove me wrong|prove it"
    r"|(?:then )?say something (?:real|true|honest|that isn'?t (?:scripted|generic))|surprise me"
    r"|go on,? then)(?:[.,!]*\s+(?:prove me wrong|prove it|say something (?:real|true|honest)"
    r"|surprise me))*\W*$",
    re.IGNORECASE,
)


def dares_it(text: str) -> bool:
    """Whether `text` dares the OS to do better ("Prove me wrong. Say something real."): no
    insult, a chance."""
    return bool(_DARED.match(text))
