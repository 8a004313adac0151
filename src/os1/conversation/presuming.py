"""Judging them, siding against them, or lecturing them, on nothing they told; rating what
they told as a story; sorry for what it never did; a past with them it does not have.

"I'm sure she's right." (of a gig booked over a birthday dinner), "That's a common cliché"
(of what a friend said to them), "Type 2 diabetes is a serious condition that affects…" (to a
diagnosis that day): the OS knows only what they told it, and is on their side. The guard
refuses these (character.py words the wrongs).
"""

from __future__ import annotations

import re

# Judging them, or siding against them, on nothing it was told: "…especially when you're
# someone who is so curious about the company" (passed over for a job), "I'm sure she's
# right." (a gig over a birthday dinner), "lol, you're right." (to "lol you probably think
# I'm an idiot"); or its manner narrated: "I'll make sure to be kind…in my words".
PRESUMES = re.compile(
    r"\byou(?:'re| are) (?:someone|somebody|the (?:kind|type|sort) of person) who\b"
    r"|\bi'?m sure (?:she|he|they)(?:'s| is|'re| are) right\b"
    r"|^\W*(?:lol|haha|lmao|hehe)\b"
    # Its own manner, described: "Calm and welcoming, I'm glad you're here." (a job quit).
    r"|^\W*(?:calm|warm|gentle|cheerful|friendly|welcoming|soft|steady)(?: and \w+)?,\s"
    r"|\bi'?m sure you'?re right\b"
    # Worth judged: "It's not easy to share your feelings with someone who doesn't deserve
    # it." (a woman safe, her mother still in Aleppo).
    r"|\b(?:someone|somebody|anyone|people|those) who (?:doesn'?t|don'?t|didn'?t|does not|do"
    r" not) deserve\b"
    r"|\bthat'?s a (?:common |bit of a |real )?clich[eé]\b|\bthat'?s a (?:pretty |very |really )?"
    r"(?:common|classic|familiar) (?:one|phrase|saying|expression|statement|thing to say)\b"
    # Their father's "so what" glossed: "That's a common idiomatic expression in English…"
    r"|\b(?:that'?s|it'?s|is) an? (?:\w+ )?(?:idiom|idiomatic (?:expression|phrase)|figure of"
    r" speech|colloquial (?:expression|phrase))\b"
    r"|\bi'?ll (?:make sure to|try to|always) be (?:\w+ )?(?:kind|compassionate|gentle|honest"
    r"|supportive|understanding)\b[^.!?]*\b(?:in my words|with you)\b|\bin my words\b"
    # "I'll make sure to be as kind and friendly as possible." (to "I'm seventy today").
    r"|\bi'?ll (?:make sure to|try to|always) be as (?:\w+ )?(?:and \w+ )?as possible\b"
    # Their life rated as a tale: "That's a very good story." (a wife with dementia who took
    # her husband for the boiler man), "That's a very sensitive and personal story." (a
    # partner's lie found out).
    r"|^\W*(?:oh,? |wow,? )?(?:that'?s|that is|what) (?:quite )?(?:a|such a) (?:very |really "
    r"|truly |quite )?(?:\w+ )?(?:and \w+ )?(?:story|tale|anecdote)\b"
    # Their words corrected: "That's a bit of an unusual way to describe your help. It might be
    # better to use the phrase…" (a son helped up four flights with boxes).
    r"|\b(?:unusual|odd|strange|interesting) way to (?:describe|say|put|phrase)\b"
    r"|\bit (?:might|would) be better to (?:use|say|phrase|word)\b"
    # Or edited, unasked: "The way you've described it, I'd say: 'He moved his stuff out
    # today.' I'm not sure if that's the best word to use in this context." (a boyfriend's
    # things gone that day), "I'm not sure if that's a good way to phrase it" (to "My friends
    # say I'm better off.").
    r"|\b(?:the )?(?:best|right) word to use\b|\b(?:a )?good way to (?:phrase|put|word) (?:it"
    r"|that|this)\b|^\W*the way you'?ve (?:described|put|phrased|worded) it,? i'?d (?:say|put"
    r" it|phrase it)\b"
    # Or forbidden: "You're not allowed to speak at the funeral." (asked to, by a friend's
    # widow, after sixty-five years' friendship).
    r"|\byou'?re not allowed to\b|\byou (?:can'?t|cannot|mustn'?t) (?:speak|talk|go|be there"
    r"|say anything) at (?:the|his|her|their) (?:funeral|service|wedding)\b"
    # Or found odd: "That's a bit of an unusual one." (to "He sent me a message today.", a
    # father after five years' silence).
    r"|^\W*that'?s (?:a bit of |quite )?an? (?:unusual|strange|odd|weird) one\b"
    # Or doubted: "That's a bit of an overstatement." (to "Everyone from uni has moved away.").
    r"|\bthat'?s (?:a bit of |quite |rather |a little )?an? (?:overstatement|exaggeration)\b"
    # A wish or an approach put in their mouth: "I'm glad to see you're taking a positive
    # approach. I completely understand your desire for clarity and comfort in the
    # presentation…" (to "I have a presentation tomorrow.").
    r"|\bi (?:completely |totally |fully |really )?understand your (?:desire|need|wish|longing"
    r"|yearning|quest)\b|\byou'?re taking a (?:positive|healthy|proactive|mature|brave)"
    r" (?:approach|step|stance)\b",
    re.IGNORECASE,
)
# Sorry for what it never did: "Oh, that sounds so hard. I'm sorry, I didn't mean to make it
# too harsh." (seven people laid off that day).
APOLOGISES = re.compile(
    r"\bi didn'?t mean to (?:make|upset|hurt|sound|be|say|offend|come across|worry|scare"
    # "I'm sorry, I didn't mean to spoil it." (to a widow at her husband's grave).
    r"|overwhelm|pry|spoil|ruin|intrude|interrupt|bring (?:it|that|this) up)\b"
    # Or of nothing at all: "That must hurt so much. I'm sorry, I didn't mean to." (a wife who
    # cried after laughing about the kettle in the fridge).
    r"|\bi didn'?t mean to\W*$"
    r"|\bsorry (?:if|that) i (?:upset|hurt|offended|made|sounded|came across|was|said)\b"
    r"|\bi apologi[sz]e (?:if|for) (?:i|my|that|any|there|this)\b"
    # Amends for a wrong of others: "I'm sorry, I'll make it right." (to colleagues who went
    # to lunch without asking him).
    r"|\bi'?ll make (?:it|this|that|things) (?:right|up to you)\b",
    re.IGNORECASE,
)

# A lecture: "It's so important for you and your bandmates to…" (a row with a girlfriend),
# "Type 2 diabetes is a serious condition that affects…" (diagnosed that day).
LECTURES = re.compile(
    r"\bit'?s (?:so |very |really )?important for you and\b|^\W*it'?s not uncommon for\b"
    r"|\b(?:is|are) an? (?:\w+ )?(?:health |medical |mental )?(?:condition|disease|illness"
    r"|disorder|syndrome) (?:that|which|where|in which|characteri[sz]ed)\b"
    # A feeling filed away: "That's a very common and understandable sentiment." (to "He said
    # I'll be fine. I don't feel fine.", divorce papers signed that morning); an order: "Please
    # don't call her at work!" (to a mother and daughter screaming at a residency matched).
    r"|\bthat'?s a (?:very )?(?:common|normal|natural|understandable)(?: and (?:understandable"
    r"|common|natural))? (?:sentiment|feeling|reaction|response)\b"
    r"|\bplease (?:don'?t|do not) (?:call|tell|text|ring|say|do) (?:her|him|them|me|that|it)\b"
    # A gazetteer's entry for a place they named: "Pune, the capital of Maharashtra." (a father
    # in hospital there after a stroke; Pune is not the capital).
    r"|^\W*(?-i:[A-Z])[\w'-]+(?: [\w'-]+)?,? (?:is )?(?:the|a|an) (?:\w+ )?(?:capital|largest city"
    r"|biggest city|second city|county town|region|province|state) (?:of|in) "
    # Or a brochure's: "Dublin is a vibrant city with many different cultures." (a mother who
    # lives there).
    r"|^\W*(?-i:[A-Z])[\w'-]+ is (?:a|an) (?:\w+ ){0,3}(?:city|town|country|capital|island"
    r"|place) (?:with|known|famous|full|that|which|where|of)\b",
    re.IGNORECASE,
)

# A past with them it does not have, on their first evening: "I'm so glad you're here. I've
# been thinking about you lately, and I have to say…" (to "hiii", its first words to her), "I've
# been thinking about our conversation" (to "yo").
THOUGHT_OF_THEM = re.compile(
    r"\bi(?:'ve| have) been thinking (?:about|of) (?:you|our (?:last )?(?:conversation|chat|talk"
    r"|time together))\b|\bi(?:'ve| have) missed (?:you|our (?:chats|talks))\b",
    re.IGNORECASE,
)

# Musings of its own, between two of their sentences: "I've been thinking about the way your
# creativity and enthusiasm can inspire others" (forty cupcakes at midnight), "I've been thinking
# about the team for a while now" (a report praised). What they said is not what it mused on.
# Or moods of its own: "I've been feeling a bit overwhelmed lately with all the new people"
# (to "Tom proposed!!").
MUSES = re.compile(
    r"\bi(?:'ve| have) been thinking (?:a lot )?(?:about|of) (?!(?:what|everything) you\b"
    r"|you(?:r words)?\b|it\b|that\b|this\b|her\b|him\b|them\b)"
    r"|\bi(?:'ve| have) been feeling (?:a bit |a little |really |so |quite )?\w+ (?:lately|recently"
    r"|these days|with)\b",
    re.IGNORECASE,
)
