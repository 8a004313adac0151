"""Which of the person's sentences tell of their life, and which are said to the OS.

A portrait is drawn from what they told of their life (portrait.py), never from what they
said to the OS: questions, requests and commands, greetings and thanks, insults,
apologies, talk about the conversation itself, a pause ("I don't know."), a word of theirs
put right, or their answer to the OS's words ("I love that.").
"""

from __future__ import annotations

import re

from os1.conversation.life_asked import question_core
from os1.conversation.life_records import COMMAND, OPENER, sentences
from os1.mind.quarrel import apologises
from os1.text.lexicon import given_names

# Words to the OS, not about a life. A "you" addresses the OS (an insult, a request, thanks).
_TO_THE_OS = re.compile(r"\b(?:you|your|you're|youre|yours|yourself|u|ur)\b", re.IGNORECASE)
# Words that make a sentence an insult; not "machine" or "software", which a life has too.
_INSULT = re.compile(
    r"\b(?:stupid|useless|idiot|idiotic|dumb|pathetic|worthless|moron|garbage|rubbish|"
    r"chatbot|bot|robot|shut up|hate this|sucks?)\b",
    re.IGNORECASE,
)
_SMALL_TALK = re.compile(
    r"^(?:hi|hello|hey|good (?:morning|afternoon|evening|night)|thanks|thank|cheers|bye|"
    r"goodbye|goodnight|ok|okay|yes|yeah|yep|no|nope|nah|sure|fine|lol|haha|hmm|wow|oh|cool|"
    r"nice|great|right|alright)\b",
    re.IGNORECASE,
)
_ABOUT_TALK = re.compile(
    r"\b(?:how this works|this works|testing|test this(?! (?:afternoon|morning|evening|week"
    r"|weekend|month|year|time))|what to say|this thing|this "
    r"conversation|talking to|in english|speak english|typing|type"
    # "Sorry. I know that's a lot." and "That makes me a little jealous, honestly." (said of
    # what it had just said) were "You know that's a lot." and a feeling of theirs.
    r"|that'?s a lot|that was a lot)\b|^that makes me\b"
    # Why they are talking: "I just needed to say it out loud." (it was "Today, you just
    # needed to say it out loud.").
    r"|^i (?:just |only |really )?(?:needed|wanted|had) to (?:say (?:it|that|this)|get (?:it|that"
    r"|this) off my chest|let it out|(?:tell|talk to) (?:someone|somebody|anyone)(?=\W*$)"
    r"|(?:talk|vent)(?=\W*$))\b",
    re.IGNORECASE,
)
# An opening that speaks to the OS, whatever follows: "Sorry, I'm just tired."
_OPENS_TO_OS = re.compile(
    r"^(?:(?:so\s+)?sorry|my apologies|apologies|forgive me|pardon|excuse me|thanks|thank you|"
    r"thank u|thx|ta|cheers)\b",
    re.IGNORECASE,
)
# "I don't know.", "I'm not sure": a pause in the talk, not something about their life.
# And what answers the OS's words: "I love that." (it was "What you like: You love that.").
_HEDGE = re.compile(
    r"^(?:(?:i (?:don'?t|do not) know|i'?m not sure)(?: (?:how|why|what|where|when|who|which"
    r"|if|whether|anymore|any more))?|i guess|i suppose|i mean|i think so|i don'?t think so"
    # Their own word put right: "Hola. I mean hello." (it was "What happened: You mean hello.").
    r"|i mean (?!,)\S+(?: \S+)?"
    r"|(?:i|we) (?:really |just |absolutely )?(?:love|like|hate|adore) (?:that|this|it)"
    r"(?: one| idea)?)\W*$",
    re.IGNORECASE,
)


# A question typed without its "?": "is it my fault" (a boy of sixteen the night his parents
# said they were divorcing; kept as "Is it your fault" among what the OS remembered).
_ASKED_UNMARKED = re.compile(
    r"^(?:is|are|am|was|were|can|could|will|would|should|shall) (?:i|it|he|she|they|we|this"
    r"|that|there)\b|^(?:do|does|did) (?:i|he|she|they|we)\b",
    re.IGNORECASE,
)


def tells_of_life(sentence: str) -> bool:
    """Whether `sentence` says something about the person's life, not to the OS."""
    text = OPENER.sub("", sentence.strip())
    return bool(text and len(text.split()) >= 3 and not to_the_os(text) and not _HEDGE.match(text))


def to_the_os(text: str) -> bool:
    """Whether `text` is said to the OS: a question, a request, thanks, an apology, an
    insult, a greeting, words about the conversation, or anything with a "you" in it."""
    return bool(
        text.endswith("?")
        or _ASKED_UNMARKED.match(text)
        or question_core(text).text is not None
        or apologises(text)
        or _OPENS_TO_OS.match(text)
        or _TO_THE_OS.search(text)
        or _INSULT.search(text)
        or COMMAND.match(text)
        or (_SMALL_TALK.match(text) and len(text.split()) < 5)
        or _ABOUT_TALK.search(text)
    )


def speaks_for(turn_text: str) -> bool:
    """Whether a fact read from this turn may stand for it: the turn has a sentence that is
    not a question, request, thanks, apology or insult (only its "you" kept it out)."""
    return any(
        not to_the_os(_TO_THE_OS.sub("one", OPENER.sub("", s))) for s in sentences(turn_text)
    )


# A sentence that drops its "I", as people do when they tell their day: "Lost a calf
# tonight.", "Sold the farm today.", "Signed the divorce papers today." (a farmer's evening
# left the portrait empty: "You haven't told me much about yourself yet.").
_DROPPED_I = re.compile(
    r"^(?:just |finally |only )?(?P<verb>lost|sold|got|had|went|made|took|gave|found|met|won"
    r"|bought|left|broke|fell|quit|ran|did|saw|spent|started|finished|signed|passed|failed"
    r"|moved|grew|fixed|booked|called|rang|cried|adopted|baked|planted|painted|wrote|drove"
    r"|walked|buried|visited|turned|retired|graduated|applied|cooked|cleaned|tidied|worked"
    r"|played|helped|picked|packed|watched)\b(?! (?:by|to me)\b)",
    re.IGNORECASE,
)


def with_its_i(sentence: str) -> str:
    """`sentence` with the "I" it dropped put back ("Lost a calf tonight." → "I lost a calf
    tonight."); any other sentence as it is. Not a name that ends like a verb ("Ted came.")."""
    found = _DROPPED_I.match(sentence)
    named = found is not None and found["verb"][:1].isupper()
    if found is None or (named and found["verb"].upper() in given_names()):
        return sentence
    return f"I {sentence[:1].lower()}{sentence[1:]}"
