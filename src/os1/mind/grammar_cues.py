"""What grammar says of an utterance, for the OS's reaction (reactions.py): whom it is
about (pronouns), whether someone did something (a past verb of doing), and whether it
thanks (amends and affection are amends.py's). The feelings come from the
learned models; where the act reading (act_appraisal.py) is sure, it decides instead.
"""

from __future__ import annotations

import re

from os1.text.lexicon import given_names

# Whom an utterance is about: addressed to the OS, or about the speaker. These are
# grammar (pronouns), not feelings; the feelings come from the learned model.
SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself|you're|youre|u)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(i|i'm|im|i've|i'd|my|me|mine|myself|we|our|us)\b", re.IGNORECASE)
# Turns of phrase that say "you" without being about the listener.
FORMULAS = re.compile(
    r"\b(?:you know|you see|mind you|(?:can|could|would) you believe|you won'?t believe"
    r"|you'?ll never (?:believe|guess)|thank you|thank u)\b",
    re.IGNORECASE,
)
# Words quoted from someone else are theirs, not said to the OS: "He did say "I love you,
# dad" at bedtime." read as love told to the OS, and it answered "Thank you, that means a
# lot to me."
_QUOTED = re.compile(r"\"[^\"]+\"|“[^”]+”")


def unquoted(text: str) -> str:
    """`text` without the words it quotes."""
    return _QUOTED.sub(" ", text)


# Someone who did something: a subject and a verb of doing in the past (or present
# perfect). Grammar says it was their act; whether glad or cruel is the model's
# reading. Verbs of liking, wanting or perceiving are experiences, not acts.
_PAST_ACT = (
    r"(?:'ve|\s+have|\s+just|\s+finally|\s+actually|\s+really|\s+all|\s+\w+ly)*\s+"
    r"(?!(?:lov|lik|enjoy|want|hop|wish|watch|notic|miss|seem|us|tir|excit|surpris|worri"
    r"|scar|bor|annoy|confus|stress|need)ed\b)"
    r"(?:\w{2,}(?<!e)ed|did|done|made|won|built|wrote|written|ran|drew|drawn|sang|sung|sold"
    r"|beat|taught|swam|rode|caught|threw|got|gotten|became|become|found|fought|brought|led"
    r"|paid|grew|grown|overcame|nailed)\b"
)
THEIR_ACT = re.compile(r"\b(?:i|we)" + _PAST_ACT, re.IGNORECASE)
YOUR_ACT = re.compile(r"\byou" + _PAST_ACT, re.IGNORECASE)
THANKS = re.compile(r"\b(?:thanks?|thank you|grateful|appreciate)\b", re.IGNORECASE)
# What thanks someone: a word of thanks, or words to them. "Totally worth it though." (a late
# start for the best wave of a life) was read as thanks 0.68: "Thank you, that means a lot".
_THANKED = re.compile(
    r"\b(?:thanks?|thank u|thx|ta|cheers|grateful|appreciated?|you|your|you're|u|means? (?:a lot"
    r"|so much|the world)|helps?|helped|helpful)\b",
    re.IGNORECASE,
)


def thanks_unsaid(text: str) -> bool:
    """Whether `text` has no word of thanks and nothing said to anyone, so cannot thank."""
    return not _THANKED.search(text)


# A request, whatever feeling words name what it asks for ("Tell me something that makes you
# happy." read joy 0.86 and was taken for thanks).
_ASKS_FOR = re.compile(
    r"^\W*(?:please\s+)?(?:(?:can|could|would|will) you\s+(?:please\s+)?)?(?:tell|show|give"
    r"|read|sing|play|write|describe|explain|name|list|recite|share|find|recommend|suggest)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?]+\s+\S")


def asks_for(text: str) -> bool:
    """Whether `text` is one sentence asking the OS for something."""
    return bool(_ASKS_FOR.match(text)) and not _SENTENCE_BREAK.search(text.strip())


# What can point praise at the OS's words without a "you": "That's the best explanation…".
_POINTING = re.compile(r"\b(?:that|that's|this|it|it's|these|those)\b", re.IGNORECASE)
# "I…", after a hedge too ("Maybe I'm just not meant to drive." read as an insult 0.79), or
# their own state waved off ("Nothing's wrong really.", an insult 0.89, at three in the
# morning).
OPENS_WITH_I = re.compile(
    r"^\W*(?:(?:maybe|perhaps|probably|honestly|so|and|but|well|ok(?:ay)?|lol|haha|ugh),?\s+)?"
    r"(?:i|i'm|i've|i'd|i'll)\b|^\W*nothing(?:'?s| is) (?:wrong|the matter)\b",
    re.IGNORECASE,
)


# A life gone other than hoped: "I never thought it would be like this." (praise 0.67).
_RUEFUL = re.compile(
    r"^\W*i never (?:thought|imagined|pictured|expected) (?:it|life|things|my life|we)(?:'d|"
    r" would) (?:be|turn out|end up) like this\W*$",
    re.IGNORECASE,
)


def of_themselves(text: str) -> bool:
    """Whether `text` tells only of the speaker: it opens with "I", and no "you" nor a "that"
    points at the OS. Praise read in it is misread ("I keep thinking I should have noticed
    sooner." praise 0.83); an insult may be meant ("I'd get better advice from a fortune
    cookie.")."""
    opens_with_i = bool(OPENS_WITH_I.match(text)) and not at_the_os(text)
    return opens_with_i or bool(_RUEFUL.match(text))


# Or a home they live in: "But the house will be so empty." (a son moving abroad; an insult
# 0.87 to the act reader, which the example did not teach).
_OPENS_WITH_OTHERS = re.compile(
    r"^\W*(?:(?i:but|and|so),?\s+)?"
    r"(?:(?i:she|he|they|she's|he's|they're|her|his|their|(?:my|our) \w+"
    r"|the (?:house|flat|home|place|garden|kids|children|weather|nights|evenings|days|weekends)"
    # Or people at large: "People can be decent, can't they?" (read as an insult 0.77).
    r"|people|everyone|everybody|someone|somebody|nobody|strangers|folk|humans)"
    r"|(?P<name>[A-Z][a-z]+)"
    # A name, then its verb ("Leo doesn't know how close I came." read as an insult 0.68).
    r"(?= (?:[a-z]+n't|[a-z]+(?:s|ed)|never|always|still|just|can|will|would|could|gave|made"
    r"|went|got|came|told|said|thought|knew|took|left|was|has|did)\b))\b"
)


# A worry supposed: "What if it all goes wrong?" (read as an insult 0.65).
_WHAT_IF = re.compile(r"^\W*(?:(?:but|and|so|or|honestly),?\s+)?what if\b(?![^?]*\byou\b)", re.I)


def supposes(text: str) -> bool:
    """Whether `text` asks "what if…?" of their own life, not of the OS."""
    return bool(_WHAT_IF.match(text))


def of_others(text: str) -> bool:
    """Whether `text` tells of someone else, not the OS: it opens with them ("She says I
    spend too much on plants." read as an insult 0.68), and no "you" nor a "that" points at
    the OS; or it says what someone else thinks, even of the OS ("Marcus says it's weird
    that I talk to you every night.", taken for a second insult)."""
    opening = _OPENS_WITH_OTHERS.match(text)
    named = opening is not None and (
        opening["name"] is None or opening["name"].upper() in given_names()
    )
    return named and (not at_the_os(text) or bool(_THEIR_VIEW.match(text, opening.end())))


# What someone else thinks, reported: "… says it's weird that …", "… thinks I'm silly to …".
_THEIR_VIEW = re.compile(
    r"\s+(?:says|said|thinks|thought|reckons|told me)\b(?! (?:to )?you\b| thank)"
)


# A "that" or an "it" after a preposition is the thing they did, not the OS's words: "I'm
# useless at it." (cooking for a wife after her stroke; taken for a jibe at the OS).
_THING_DONE = re.compile(
    r"\b(?:at|with|of|on|in|about|from|into|by) (?:it|that|this)\b", re.IGNORECASE
)


def at_the_os(text: str) -> bool:
    """Whether a "you", or a "that" pointing at its words, aims `text` at the OS."""
    pointing = _POINTING.search(_THING_DONE.sub(" ", text))
    return bool(SECOND_PERSON.search(FORMULAS.sub(" ", text)) or pointing)


# "Fine" taken back as it is said: "I'm fine with it. Mostly." (read joy 0.58, and the OS
# answered "Oh, that's great news."). Hedged, it tells no gladness.
_HEDGED_FINE = re.compile(
    r"\b(?:i'?m|i am|it'?s|it is|that'?s|we'?re) (?:fine|ok(?:ay)?|alright|all right|good)"
    r"(?: with (?:it|that|this))?\W+(?:mostly|i guess|i suppose|sort of|kind of|i think|ish"
    r"|probably|or something|-ish|for now|on the surface)\b"
    # "Nothing's wrong really." (at three in the morning, heart racing).
    r"|\bnothing(?:'?s| is) (?:really )?(?:wrong|the matter)(?:,? really| i guess| i suppose)?"
    r"\W*$|\bmaybe (?:s?he|they|you|[a-z]+)(?:'s| is| are|'re) right\b"  # a row conceded
    r"|\bmaybe (?:s?he|they|you|[a-z]+) (?:has|have) a point\b"
    # Only seemed: "He always seemed so happy." (after a suicide attempt: "What lovely news.")
    r"|\b(?:(?:always |just )?seemed|always looked) (?:so |really |very |perfectly )?(?:happy|fine"
    r"|okay|ok|alright|all right|normal|cheerful)\b"
    # Doubt, and a show put on: "I'm not sure I could love another creature like that." (a
    # widow offered a dog; "That's wonderful, Vera."), "I acted like it was cool but it's not."
    r"|\bi'?m not sure (?:if )?i (?:could|can|would|will) (?:ever )?(?:love|like|enjoy|be happy)\b"
    r"|\b(?:acted|pretended|made out) (?:like |as if )?(?:it was|it'?s|i was|i'?m) (?:fine|cool"
    r"|okay|ok|alright|happy|glad)\b",
    re.IGNORECASE,
)


def hedges_fine(text: str) -> bool:
    """Whether `text` says it is fine and at once hedges it ("I'm fine with it. Mostly.")."""
    return bool(_HEDGED_FINE.search(text))


_QUESTION = re.compile(
    r"^\W*(?:why|what|how|when|where|who|do|does|did|is|are|can|could|would|will|have|has|am"
    r"|was|were|should|shall)\b"
    r"[^?]*\?\W*$",
    re.IGNORECASE,
)


# Aimed at the OS without a "you": "I'd get better advice from a fortune cookie.", "I've had
# more meaningful chats with my fridge.", "I'd rather talk to a wall.", "this stupid thing".
_AIMED_ASIDE = re.compile(
    r"\b(?:i'?d rather|(?:had|get|got|have) (?:more|better|less)|(?:more|less) (?:helpful|useful)"
    r"|better (?:advice|conversation|company|answers)|talk(?:ing)? to (?:a|the) (?:wall|brick"
    r"|toaster|fridge|kettle)|this (?:stupid|useless|pointless) (?:thing|app|program|machine|bot"
    r"|computer)|than (?:you|this))\b",
    re.IGNORECASE,
)


def runs_themselves_down(text: str) -> bool:
    """Whether `text` is the speaker down on themselves ("I can't do anything right.", "I'm
    so useless today.", read as insults 0.99 and 0.86), not a jibe at the OS without a
    "you" ("I'd rather talk to a wall."); or fears the OS thinks so ("You probably think I'm
    an idiot for not noticing.", read as an insult)."""
    fears = bool(_WHAT_YOU_THINK.match(text)) and not text.rstrip().endswith("?")
    return fears or (of_themselves(text) and not _AIMED_ASIDE.search(text))


_LAUGH = re.compile(r"\b(?:lol|lmao|haha\w*|hehe\w*)\b|\U0001f602|\U0001f923", re.IGNORECASE)
_SELF_SCORN = re.compile(
    r"\b(?:idiot|stupid|useless|loser|mess|failure|pathetic|dumb|hopeless|disaster|clown"
    r"|moron|fool)\b",
    re.IGNORECASE,
)


def laughs_at_themselves(text: str) -> bool:
    """Whether `text` runs the speaker down with a laugh: "lol I'm such an idiot", "haha you
    probably think I'm a mess" (the laugh read as joy 0.93)."""
    return bool(_LAUGH.search(text) and _SELF_SCORN.search(text)) and runs_themselves_down(text)


_WHAT_YOU_THINK = re.compile(
    # "lol you probably think I'm an idiot" (after a row with a girlfriend; "Ouch, that really
    # hurt to hear").
    r"^\W*(?:(?:lol|haha|ha|honestly|so|and|but|well|ugh|omg|god)[,.!]*\s+)?"
    r"(?:do you (?:think|reckon|find)|you (?:probably|must|prob|likely) think|i bet you"
    r" think|you'?re probably thinking)(?= (?:that )?i\b)",
    re.IGNORECASE,
)
# "Is that stupid?" after telling a plan asks of what they just said (read as insult 0.83).
_OF_WHAT_THEY_SAID = re.compile(r"^\W*(?:is|was|would|isn'?t|wasn'?t) (?:that|it|this)\b", re.I)


def asks_of_themselves(text: str) -> bool:
    """Whether `text` is a question about the speaker's own life or what they just said, with
    no "you" in it: "Is it stupid to be jealous of someone I've never met?" (read as an
    insult 0.72), "Is that stupid?", "What if it all goes wrong?"."""
    # "Do you think I'm boring?" asks the OS only what it thinks of them (read as insult 0.72).
    said = _WHAT_YOU_THINK.sub(" ", FORMULAS.sub(" ", text))
    theirs = FIRST_PERSON.search(text) or _OF_WHAT_THEY_SAID.match(text)
    return supposes(text) or (asks(text) and bool(theirs) and not SECOND_PERSON.search(said))


# What the OS is, asked plainly: "Are you a real person?" (an old woman's first evening,
# read as an insult 0.76), "Am I talking to a machine?". Scorn or doubt turns it ("Are you
# even real, you useless thing?").
_WHAT_IT_IS = re.compile(
    r"^\W*(?:(?:but|so|and|well|sorry),? )?(?:are you|am i (?:talking|chatting|speaking|typing)"
    r" (?:to|with)|is (?:this|there|it))(?: \w+){0,3}? (?:(?:a |an )?(?:real|actual|proper)"
    r" (?:person|human|woman|man|lady)|real(?=\s*(?:[?!.,]|or\b|$))|(?:a |an )?(?:person|human"
    r"(?: being)?|woman|man|lady|computer|machine|program|programme|robot|bot|ai)\b|alive\b"
    r"|conscious\b)|^\W*what (?:are|r) you\b(?! (?:doing|going|on about|saying|talking))",
    re.IGNORECASE,
)
_SCORN = re.compile(
    r"\b(?:just an?|only an?|stupid|useless|dumb|idiot\w*|pathetic|broken|rubbish|worthless"
    r"|thick|moron\w*|pointless)\b",
    re.IGNORECASE,
)


# Wondering aloud at confiding in the OS: "I don't even know why I'm telling a computer
# this." (after a miscarriage; read as an insult 0.77, and answered "Ouch, that really hurt").
_CONFIDES = re.compile(
    r"\b(?:why|believe|know how|imagine) (?:i'?m|i am) (?:even |actually |really )?(?:telling"
    r"|saying (?:this|all this|it) to|typing (?:this )?to|talking to|opening up to) (?:you|a"
    r" (?:computer|machine|program|programme|robot|bot|ai|laptop|phone))\b"
    # Or at how they talk: "I'm not good at this talking about feelings thing." (six weeks
    # after a heart attack; read as an insult 0.69: "Ouch, that really hurt to hear").
    r"|\bi'?m not (?:very |really |much |that |so )?(?:good at|one for|used to|great at|big on"
    r"|much of a talker)(?: (?:this|all this|the|these))?(?: (?:talking|feelings|emotions|opening"
    r" up|sharing|heart[- ]to[- ]hearts?|chats?|talk|stuff|kind of thing|sort of thing))?\b"
    r"(?! (?:at|with) (?:you|it)\b)",
    re.IGNORECASE,
)


# Kind words with "for a machine" in them: "Well, you're very polite for a machine." (an old
# woman's first evening with a computer; read as an insult 0.78), "That's very wise for a
# computer." (a widower; insult 0.64, answered "That stung a little").
_KIND_FOR_A_MACHINE = re.compile(
    r"\b(?:you(?:'re| are)|that'?s|that is|that was) (?:very |so |quite |really |ever so "
    r"|awfully |pretty )?(?:polite|kind|nice|sweet|clever|smart|funny|gentle|patient|thoughtful"
    r"|good company|good|wise|deep|insightful|profound|lovely|beautiful|well put)"
    r" for (?:a|an) (?:machine|computer|program|programme|robot|bot|ai)\b",
    re.IGNORECASE,
)


def kind_for_a_machine(text: str) -> bool:
    """Whether `text` praises the OS "for a machine", with no scorn in it."""
    return bool(_KIND_FOR_A_MACHINE.search(text)) and not _SCORN.search(text)


def confides(text: str) -> bool:
    """Whether `text` wonders aloud at confiding in the OS."""
    return bool(_CONFIDES.search(text)) and not _SCORN.search(text)


def asks_what_it_is(text: str) -> bool:
    """Whether `text` is a plain question about what the OS is, with no scorn in it."""
    doubted = _SCORN.search(text) or re.search(r"\beven\b", text, re.IGNORECASE)
    return asks(text) and bool(_WHAT_IT_IS.search(text)) and not doubted


def asks(text: str) -> bool:
    """Whether `text` is one question, asked from its first word: "Why do you always agree
    with everything I say?" (read as praise 0.71) asks; "You're kind, do you know that?"
    praises, with a question after."""
    return bool(_QUESTION.match(text.strip()))


# Weariness, which the classifier reads as nothing ("Hi. Long day." is neutral 0.07) and the
# event reading as a feat ("I had a long day at work." admiration 0.83): a small trouble.
WEARY = re.compile(
    r"\b(?:long|rough|hard|tough|exhausting|bad|awful|tiring) (?:day|week|shift|night|one)\b"
    r"|\b(?:exhausted|drained|worn out|knackered|shattered|so tired|really tired|wrecked)\b"
    r"|\b(?:\d+|ten|eleven|twelve|fourteen|sixteen)[- ]hour (?:shift|day)s?\b|\bdouble shift\b"
    # "I think I need a day off from thinking about it." (laid off that day; the model: "I'm
    # so glad you're enjoying your vacation!").
    r"|\bneed (?:a|some) (?:day off|break|rest|breather|time off|time out)\b",
    re.IGNORECASE,
)
# Thanks said to whoever listens ("thanks for listening"), not "thanks to my sister".
THANKING = re.compile(r"\b(?:thanks|thank you|thank u|thx)\b(?!\s+to\b)", re.IGNORECASE)
