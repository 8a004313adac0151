"""What to say to someone, asked of the OS: "What should I say to Priya?", "What do you think
I should tell the band?", "Can you help me write what I'll say at his funeral?".

The embedded model answered about itself ("it's a bit of a mix-up for me"), described the
band ("a talented and passionate group"), or commiserated. What the OS can offer without
the words is the question that finds them: what they most want the other to know, or one
moment only they could tell; the OS says it itself (composed.said_by_the_os).
"""

from __future__ import annotations

import re

from os1.conversation.guard import sentences_of
from os1.text.beside import words_beside

# What to say to someone, asked ("What should I say to Priya?"): what the OS can offer
# without the words is the question that finds them.
_WHAT_TO_SAY = re.compile(
    r"\b(?i:(?:what (?:should|do|can|could|would) (?:i|you)(?: even)?|what do you think (?:i|you)"
    r" (?:should|could|would)|i (?:don'?t|do not) know what to)"
    r" (?:say|tell|write|text|put)"
    r"(?P<occasion> in (?:my|the|a|her|his) (?:\w+ )?(?:speech|toast|card|letter|message|eulogy))?"
    r"(?: to| for|(?P<about> about))?)"
    r" (?P<who>[A-Z][a-z]+|him|her|them|(?:my|his|her|their|our) \w+"
    r"|the (?!(?:truth|way|time|story|same)\b)\w+)\b"
)
# Children to be told: "What do I tell his kids?" (a brother sentenced that day; the model:
# "You could say, 'I'm so proud of you, my little ones.'").
_CHILDREN = re.compile(
    r"\b(?:kids|children|child|son|daughter|boys|girls|grandchildren|grandkids|little ones)$", re.I
)
# Or the words for a day that is theirs to speak at: "Can you help me write what I'll say
# at his funeral? Not yet. Just thinking." (a son at his father's hospice bed; the model:
# "That must hurt so much. I'm so sorry.").
_WORDS_AT = re.compile(
    r"(?:(?:(?:can|could|would|will) you )?help me (?:write |work out |think about |with )?)?"
    r"\bwhat (?:i'?ll|i will|i should|should i|do i|can i|i'?m going to|to) (?:say|read)"
    r" (?:at|in|for) (?P<whose>his"
    r"|her|their|my \w+'s|[A-Z][a-z]+'s) (?:funeral|memorial|wedding|leaving do|leaving party"
    r"|retirement|birthday|service|send-off)\b",
    re.IGNORECASE,
)
# How to say something hard, asked: "How do I bring it up?" (a girlfriend who may be
# cheating; the model: "I'm not sure what's the best way to bring it up with someone who
# doesn't want to talk at all."), "How do I say goodbye without crying?" (a son moving to
# Canada; "That's so much to carry. I'm so sorry.").
_HOW_TO_RAISE = re.compile(
    r"^\W*(?:(?:but|so|and|okay|ok),?\s+)?how (?:do|should|can|would) i (?:even )?"
    r"(?:bring (?:it|this|that) up|raise (?:it|this|that)|start (?:that|the|this) conversation"
    r"|talk to (?:her|him|them) about (?:it|this|that))(?: with (?:her|him|them|[A-Z][a-z]+))?"
    r"\W*$",
    re.IGNORECASE,
)
_HOW_TO_PART = re.compile(
    r"^\W*(?:(?:but|so|and),?\s+)?how (?:do|should|can|will) i (?:ever )?say goodbye"
    r"(?: to (?:her|him|them|[A-Z][a-z]+|my \w+))?(?: without (?:crying|breaking down|falling"
    r" apart))?\W*$",
    re.IGNORECASE,
)
# "What should I say when I see him?" (a son who called after three years; the model:
# "I'll just have to say it again: "Hey there, buddy!").
_WHEN_I_SEE = re.compile(
    r"^\W*(?i:(?:(?:but|so|and),?\s+)?what (?:should|do|can|would) i say (?:to (?:him|her|them) )?"
    r"when (?:i|we) (?:see|meet|visit|call|ring) )(?P<who>(?i:him|her|them|my \w+)|[A-Z][a-z]+)"
    r"(?i: again| next| tomorrow| on \w+day)?\W*$"
)
# How to tell someone hard news: "How do I tell her in the morning?" (laid off after twenty
# years; the model offered "Hey, I'm so glad you're here. How have things been going?").
_HOW_TO_TELL = re.compile(
    r"^\W*(?:(?:but|so|and|okay|ok),?\s+)?(?:how (?:do|should|can|would|will) i (?:even |ever )?"
    # "Hanna didn't get in. I don't know how to tell her." (into medical school herself).
    r"|(?:and |but )?i (?:don'?t|do not) know how to )"
    r"(?:tell|break it to) (?:her|him|them|my \w+|[A-Z][a-z]+)(?: about (?:it|this|that))?"
    r"(?: (?:in the morning|tomorrow|tonight|this weekend|on \w+day|when (?:she|he|they)"
    r" (?:wakes?|gets?) up))?"
    # "…without breaking their hearts?" (parents who want her home after graduating).
    r"(?: without [^?]{1,40})?\W*$",
    re.IGNORECASE,
)
# How to talk without a fight: "How do I talk to her without it turning into a fight?" (a
# daughter's vape and a slammed door; the model: "That's a great question").
# Or how to say it without a war: "How do I say it without starting a war?" (a neighbour's
# cows through the fence; the model: "…not too harsh, but still sweet."), "…without losing a
# family from the club?" (a parent who shouted at the referee; "Oh no, I'm so sorry.").
_HOW_TO_TALK = re.compile(
    r"^\W*(?:(?:but|so|and|okay|ok),?\s+)?how (?:do|should|can|would) i (?:even )?(?:talk to"
    r" (?:her|him|them|my \w+|[A-Z][a-z]+)(?: without [^?]*| so (?:she|he|they) (?:listens?"
    r"|hears? me))|say (?:it|this|that|something)(?: to (?:her|him|them|my \w+|[A-Z][a-z]+))?"
    r" without [^?]*)\W*$"
    # "How do I handle him?" (a new manager called "kid" by a man twice his age; the model:
    # "You can't help but smile when he's happy").
    r"|^\W*(?:(?:but|so|and|okay|ok),?\s+)?how (?:do|should|can|would) i (?:even )?(?:handle|deal"
    r" with|manage|approach) (?:her|him|them|my \w+|(?-i:[A-Z][a-z]+))\W*$",
    re.IGNORECASE,
)
# A limit to set: "How do I tell her to back off without hurting her?" (a mother's advice to a
# new mother; "I'm not sure I have a good answer to that yet.").
_HOW_TO_LIMIT = re.compile(
    r"^\W*(?:(?:but|so|and|okay|ok),?\s+)?(?:how (?:do|should|can|would) i|i (?:don'?t|do not)"
    r" know how to) (?:tell|ask|get) (?:her|him|them|my \w+|[A-Z][a-z]+) to (?:back off|give me"
    r" (?:some )?space|stop (?:\w+ing)[^?]*|leave (?:me|us|it) alone|let me (?:do it|be)|butt out)"
    r"(?: without [^?]*)?\W*$",
    re.IGNORECASE,
)
# A feeling to say: "How do I tell him how proud I am without embarrassing him?" (a son into
# medical school, the first of the family at university; the model: "It's completely normal
# to feel a bit self-conscious…").
_HOW_TO_SAY_FEELING = re.compile(
    r"^\W*(?:(?:but|so|and|okay|ok),?\s+)?how (?:do|should|can|would) i (?:tell|show) (?:her|him"
    r"|them|my \w+|[A-Z][a-z]+) (?:how (?:proud|grateful|sorry|much i love)|that i'?m (?:proud"
    r"|grateful|sorry)|i love (?:her|him|them))[^?]*\?\W*$",
    re.IGNORECASE,
)
# How to win someone round: "How do I talk her into it without hurting her pride?" (a mother
# who will not use a walking stick; the model: "I'm not sure I have a good answer").
_HOW_TO_PERSUADE = re.compile(
    r"^\W*(?:(?:but|so|and|okay|ok),?\s+)?how (?:do|should|can|would|will) i (?:ever )?"
    r"(?:talk (?:her|him|them|my \w+|[A-Z][a-z]+) (?:into|round to) (?:it|this|that|\w+ing\b[^?]*)"
    r"|(?:persuade|convince|get) (?:her|him|them|my \w+|[A-Z][a-z]+) (?:to (?:\w+ )?[^?]*|into"
    r" (?:it|this|that)))(?: without [^?]*)?\W*$",
    re.IGNORECASE,
)
# How to explain it to a child: "How do I explain it to a five year old?" (a son asking why
# his dad lives in a different house; the model: "I'm just a little kid").
_HOW_TO_EXPLAIN = re.compile(
    r"^\W*(?:(?:but|so|and|okay|ok),?\s+)?how (?:do|should|can|would|will) i (?:even )?explain"
    r" (?:it|this|that|any of (?:it|this)|what happened|death|divorce)(?: to (?:a |an |my |our )?"
    r"(?:(?:little )?(?:kids?|child(?:ren)?|boy|girl|son|daughter|toddler)|\w+[- ]year[- ]olds?"
    r"|him|her|them|[A-Z][a-z]+))?"
    # "…so he's not scared?" (a boy of six, diabetic since yesterday; the model: "I'm not sure
    # how you can explain it to him without making him feel scared.").
    r"(?:,? (?:so|without) (?:that )?(?:he|she|they)(?:'s|'re| is| are| isn'?t| aren'?t| doesn'?t"
    r" get| don'?t get)? ?(?:not )?(?:scared|frightened|upset|worried|making (?:him|her|them)"
    r" (?:scared|frightened|upset)))?\W*$",
    re.IGNORECASE,
)
# A question to put to someone: "How would I even ask Derek why?" (passed over for a job;
# "Good question. I'd like to hear what you think first.").
_HOW_TO_ASK = re.compile(
    r"^\W*(?:(?:but|so|and|okay|ok),?\s+)?how (?:do|should|can|would|could) i (?:even |ever )?"
    r"ask (?P<who>her|him|them|my \w+|[A-Z][a-z]+) (?:(?P<why>why|what happened|what (?:i did"
    r" wrong|went wrong)|for (?:a |an |some )?(?:reason|explanation|feedback))|for (?:a |an |more"
    r" |some )?(?:raise|pay rise|promotion|time off|money|help)|(?P<more>to (?:help|do|visit|come"
    r"|step up|pitch in|take)\b[^?]*?))(?: without [^?]*)?\W*$",
    re.IGNORECASE,
)
# Help with the words asked for: "Can you help me figure out the first sentence?" (coming out
# the next weekend), "Can you help me write the speech?" (a sister's wedding), "…a short
# toast?" (a father's seventieth): the OS said nothing it wrote was good enough, or that it
# would be happy to help, and did not.
_FIRST_WORDS = re.compile(
    r"^\W*(?:(?:so|and|okay|ok|please),?\s+)?(?:can|could|would|will) you help me (?:figure"
    r" out|work out|find|write|come up with|with) (?:(?:the|my) (?:first|opening) (?:sentence|line"
    # "Can you help me figure out what to say?" (a failed exam to tell; "I tried, Mei, but…").
    r"|words?)(?: to say)?|what (?:to|i should|i'?ll|i can) say(?: to (?:them|him|her|my \w+))?)"
    r"(?:,? please)?\W*$",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"^\W*(?:(?:so|and|okay|ok|please),?\s+)?(?:can|could|would|will) you help me (?:write"
    r"|with|plan|work on|put together)(?: (?:the|my|a|an))?(?: (?:short|little|quick|small))?"
    r" (?:speech|toast|eulogy|vows|best man'?s speech)(?: for (?:her|him|them|my \w+|[A-Z][a-z]+"
    r"|the \w+))?(?:,? please)?\W*$",
    re.IGNORECASE,
)
# A celebration to plan: "Can you help me plan a little party for him?" (a son into the
# university he wanted; "I'm so glad you're thinking of planning a party for him. I'd be happy
# to help!", and no help came).
_PARTY = re.compile(
    r"^\W*(?:(?:so|and|okay|ok|please),?\s+)?(?:can|could|would|will) you help me (?:plan"
    r"|organi[sz]e|throw|think of|with)(?: (?:a|an|the|my|our))?(?: (?:little|small|surprise|big"
    # "Will you help me plan the wedding?" (just engaged; "I'm so glad you're interested in
    # planning a wedding.").
    r"|quick))* (?:party|celebration|surprise|dinner|do|get-together|wedding)"
    r"(?: for (?:her|him|them|my \w+|[A-Z][a-z]+|the \w+))?(?:,? please)?\W*$",
    re.IGNORECASE,
)
# A reply to a message, asked for: "What should I say?" and "I don't know what to say back."
# (an old friend's apology after fifteen years; "I'm not sure I have a good answer to that
# yet.", "I'm sorry, I can't give you a response.").
_SAY_BACK = re.compile(
    r"^\W*(?:(?:but|so|and|okay|ok|honestly),?\s+)?(?:what (?:should|do|can|would) i (?:even )?"
    r"(?:say|write|reply|text)(?: back| to that| to it)?|i (?:don'?t|do not) (?:even )?know what to"
    r" (?:say|write|reply|text) back)\W*$",
    re.IGNORECASE,
)
# Each of these is the whole message, whatever else is said beside the others.
_WHOLE = (
    *(_HOW_TO_RAISE, _HOW_TO_PART, _WHEN_I_SEE, _HOW_TO_TELL, _HOW_TO_TALK, _HOW_TO_EXPLAIN),
    *(_HOW_TO_PERSUADE, _HOW_TO_SAY_FEELING, _HOW_TO_ASK, _HOW_TO_LIMIT),
    *(_FIRST_WORDS, _SPEECH, _PARTY, _SAY_BACK),
)
_WHOSE = {"his": "him", "her": "her", "their": "them"}
# Words said beside "what should I say to her?" for the OS still to answer it alone.
_ASIDES = 4


# Words told before the question that leave it the question: "Hanna didn't get in. I don't
# know how to tell her." (the model: "That sounds scary. How are you feeling now?").
_TOLD_BEFORE = 8


def _the_question(text: str) -> str:
    """`text`, or its last sentence where that alone asks how to say something and only a
    few words come before it."""
    said = sentences_of(text)
    last, before = said[-1], " ".join(said[:-1])
    short = len(before.split()) <= _TOLD_BEFORE
    return last if len(said) > 1 and short and any(a.match(last) for a in _WHOLE) else text


def asks_what_to_say(text: str) -> bool:
    """Whether the message only asks what to say to someone ("What should I say to
    Priya?"): the model's answers were about itself ("it's a bit of a mix-up for me")."""
    asked = _WHAT_TO_SAY.search(text) or _WORDS_AT.search(text)
    if any(asked.match(_the_question(text)) for asked in _WHOLE):
        return True
    return asked is not None and words_beside(text, asked.group()) <= _ASIDES


def words_for(text: str, name: str) -> list[str] | None:
    """What the OS asks back when `text` asks what to say to someone, best first; `name`
    is ", Theo" or ""; None when that is not asked."""
    text = _the_question(text)
    if _HOW_TO_RAISE.match(text):
        return [
            f"Start with what you've noticed and how it made you feel{name}, not with what you "
            "think it means. Then give them room to answer. What do you most want to know?"
        ]
    if _HOW_TO_LIMIT.match(text):
        return [
            f"Warmly, and about you rather than them{name}: thank them for caring, then say "
            "plainly what you need, like trying it your own way for a while. What would you "
            "want them to do instead?"
        ]
    if _HOW_TO_TELL.match(text):
        return [
            f"Plainly, and near the start{name}: say what happened before anything else, then "
            "how you feel about it. What are you most afraid of hearing back?"
        ]
    explained = [
        f"Simply, and more than once{name}: a few true words they can hold, that they're "
        "loved and none of it is their fault. Then let them ask. What have they asked so far?"
    ]
    if _HOW_TO_EXPLAIN.match(text):
        return explained
    if _HOW_TO_TALK.match(text):
        return [
            f"Pick a calm moment, not the heat of it{name}, and start with how you feel rather "
            "than what they did. Then listen more than you talk. What do you most want them "
            "to understand?"
        ]
    if _HOW_TO_SAY_FEELING.match(text):
        return [
            f"Plainly, and once{name}: say it in a few words and let them do what they like with"
            " it. No speech needed. Or write it in a card they can keep and read on their own."
        ]
    if _HOW_TO_PERSUADE.match(text):
        return [
            # Said to a son of eleven who finds his father's flat boring as well as to a mother
            # who will not use a walking stick: what they would gain, in their own terms.
            f"Make it about what they'd gain, in their terms rather than yours{name}, and leave"
            " the choice with them. Ask what they think before you say what you think. What do"
            " they care about most?"
        ]
    if (ask := _HOW_TO_ASK.match(text)) is not None:
        who = ask["who"]
        who = who if who[0].isupper() else who.replace("my ", "your ", 1)
        wanted = (
            "that you'd like to understand, and what would make the difference next time"
            if ask["why"]
            else "what you need, and one thing they could take on, without going over the past"
            if ask["more"]
            else "what you're asking for, and why you've earned it"
        )
        return [
            f"Plainly and calmly{name}, as a question, not a complaint: {wanted}. When could "
            f"you catch {who} for a quiet word?"
        ]
    if _SAY_BACK.match(text):
        return [
            f"Start with what you truly feel about it{name}, in a line or two; it doesn't have to"
            " be perfect to be true. What do you feel?",
            f"Say it the way you would face to face{name}: short, and honest. What's the first "
            "thing you want them to know?",
        ]
    if _FIRST_WORDS.match(text):
        return [
            f"Say what you most want them to know, plainly{name}: that's usually the best "
            "first sentence. What is it, in your own words?"
        ]
    if _SPEECH.match(text):
        return [
            f"Let's start with one story only you could tell{name}: a moment that makes you "
            "smile when you think of them. Tell me that, and we'll build the rest around it."
        ]
    if _PARTY.match(text) and "wedding" in text.lower():
        return [
            f"Gladly{name}! Let's start with the two of you: what kind of day feels like you, and"
            " who has to be there? Tell me that, and we'll plan the rest around it."
        ]
    if _PARTY.match(text):
        return [
            f"Gladly{name}. Let's start with them: what do they love most, and who would they "
            "want there? Tell me that, and we'll plan the rest around it."
        ]
    if (part := _HOW_TO_PART.match(text)) is not None:
        first = (
            f"You don't have to do it without crying{name}."
            if "without" in part.group().lower()
            else f"There's no wrong way to do it{name}, and tears are allowed."
        )
        return [
            f"{first} Tears at a goodbye just tell someone how loved they are. What do you most "
            "want them to take with them?"
        ]
    if (at := _WORDS_AT.search(text)) is not None:
        whose = at["whose"]
        who = _WHOSE.get(whose.lower()) or whose.removesuffix("'s").replace("my ", "your ", 1)
        return [
            f"What's one moment with {who} only you could tell{name}? Start with that, and the "
            "rest will follow. We can shape it together whenever you're ready.",
            f"What do you most want people to know about {who}? Start there.",
        ]
    if (see := _WHEN_I_SEE.match(text)) is not None:
        who = see["who"].replace("my ", "your ", 1)
        return [
            f"What do you most want {who} to know{name}? Start there, and we'll find the words.",
            f"What would you want {who} to hear first?",
        ]
    if (to := _WHAT_TO_SAY.search(text)) is not None and _CHILDREN.search(to["who"]):
        return explained
    if (to := _WHAT_TO_SAY.search(text)) is not None:
        who = to["who"].replace("my ", "your ", 1)
        if to["occasion"] or to["about"]:
            # A speech or a card, or words about them ("What do I even say about him?", the
            # week of a brother's funeral): one story only they could tell is where it starts.
            return [
                f"What's one moment with {who} only you could tell{name}? Start with that, and"
                " the rest will follow.",
                f"What do you most want {who} to know? Start there.",
            ]
        return [
            f"What do you most want {who} to know{name}? Start there, and we'll find the words.",
            f"What would you want {who} to hear first?",
        ]
    return None
