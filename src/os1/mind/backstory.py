"""What a sentence means in the story just told, where alone it would read otherwise.

The readings weigh one sentence at a time. After "Dr Kline tore my chapter apart in front
of the whole lab.", "I worked on that chapter for four months." is how much it hurt, yet
the event reading took it for a feat (admiration 0.97: "Oh, that's wonderful. How does it
feel?"); after "I got lost driving home from the shops today.", "I've driven that road for
forty years." is what frightens them, read as praise the same way. How long something has
been, how often it happens, or how old someone was, is the story's background: where the
OS was just sorry or afraid for them and only the event reading is glad (their words are
plain), the sorrow or fear goes on. Anything else said plainly then is no news to be glad
of ("Betty came with me.", at a husband's ashes): the OS listens, calm. Laughing and
crying at once goes with the sorrow. News exclaimed, said gladly, a feat named as one (a
year sober, a first) and relief are their own news.

Tears after their good news are read the other way round (happy_tears.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from os1.mind.appraisal import Appraisal
from os1.mind.elation import elation_told
from os1.mind.event_weighing import EVENT_SURE
from os1.mind.happy_tears import THEIR_NEWS, moved_by_their_news, tears_after_their_news
from os1.mind.milestones import first_told, milestone_told
from os1.mind.mischief import mischief_told
from os1.mind.mood import Mood
from os1.mind.reactions import CONFIDENT, Reaction
from os1.mind.relief import relief_told
from os1.text.numbers import CARDINAL

_AMOUNT = rf"(?:{CARDINAL}|a|an|several|many|so many|a few|a couple of)"
_BACKGROUND = re.compile(
    # How long: "for four months", "for the last ten years", "nine years".
    rf"\b(?:for )?(?:the (?:last|past) )?(?:over |nearly |almost |about |more than )?{_AMOUNT}"
    r" (?:whole )?(?:years?|months?|weeks?|decades?)\b(?! (?:old|ago|later|from now))"
    # How often: "Mavis's children come every Sunday." (beside a son who never visits).
    r"|\b(?:once|twice|three times|four times|\w+ times) a (?:day|week|month)\b"
    r"|\bevery (?:single )?(?:day|week|weekend|morning|evening|night|year|summer|christmas"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # How old they were: "He was fifteen. A border terrier." (a dog put down that afternoon).
    rf"|^(?:he|she|they) (?:was|were) (?:only |just |nearly |almost )?{CARDINAL}\b"
    r"(?! (?:minutes?|hours?|days?|weeks?|months?|miles?|metres?|meters?|feet|points?)\b)",
    re.IGNORECASE,
)
# Bitter and sweet at once, in a hard time: "I laughed and then I cried." (ashes blown back onto
# a widow's coat; read as admiration 0.66: "Oh, that's wonderful. You should be proud.").
_LAUGHED_AND_CRIED = re.compile(
    r"\b(?:laughed|laughing|smiled|smiling) (?:and|then|and then|but then)(?: i)? (?:cried|crying"
    r"|wept|sobbed)\b|\b(?:cried|crying) (?:and|then|and then)(?: i)? (?:laughed|laughing)\b"
    # Or a smile over it: "I smiled and kept cooking." (a mother-in-law's criticism, a husband
    # silent; read as admiration: "Oh, that's wonderful.").
    r"|\b(?:i )?(?:just )?(?:smiled|nodded|laughed it off) and (?:kept|carried on|went on|said"
    r" nothing|didn'?t say anything"
    # "I just smiled and said yes." (a mother who asked if she was the new nurse; "Oh, that's
    # wonderful. How does it feel?").
    r"|said yes|went along with it|played along)\b"
    # "I smiled and held her hand anyway." (a mother who said she had no daughter; read as
    # admiration 0.66: "Oh, that's wonderful.").
    r"|\b(?:smiled|nodded|laughed|hugged (?:her|him|them)|held (?:her|his|their) hand)\b[^.!?]*"
    r"\banyway\b"
    # Or held together for someone: "i stayed calm in front of her" (a daughter who self-harms;
    # "Oh, that's wonderful. I'm so glad you enjoyed her smile").
    r"|\bi (?:stayed|kept|remained) (?:calm|strong|it together|composed)\b"
    r"|\bheld it together\b",
    re.IGNORECASE,
)
# A joke in a hard time is how they carry it, no news to be glad of: "He made a joke in the
# car about becoming a cocktail shaker." (a husband's Parkinson's, diagnosed that day; read
# as happy-for: "That's so good to hear. What's your favorite drink?").
_JOKED = re.compile(
    r"\b(?:made|making|cracked|cracking) (?:a |some )?jokes?\b|\bjok(?:ed|ing|es)\b"
    r"|\b(?:we|he|she|they|i) (?:both )?(?:laughed|giggled)\b"
    # Or laughed off as it is said: "I'm sixteen, it's not like I'm getting married lol" (a
    # father gone quiet at his daughter's girlfriend; "That's so good to hear.").
    r"|\b(?:lol|lmao|haha+|hehe+)\W*$",
    re.IGNORECASE,
)
# Bonds told in a hard time, part of its sorrow: a long tie, "we've been best friends since we
# were five" (a secret spread, a friend not believed; read as happy-for 0.81: "That's so good
# to hear.").
_BONDS = re.compile(
    r"\b(?:best )?(?:friends|mates|together|married|neighbou?rs) (?:since|for) (?:we were|i was"
    r"|(?:primary|nursery|infant|secondary|high) school|school|uni|university|childhood|forever"
    r"|(?:\w+ )?(?:years|decades))\b"
    # Or what was theirs: "I took his favourite roses from the garden." (a year since Harold
    # died, at the cemetery; "I'm so happy for you… a special gift from your husband's garden!").
    r"|\b(?:his|her|their) (?:favourite|favorite|old|own)\b"
    # Or what they loved: "Bill loved dancing." (a widow's first dance class since; "What lovely
    # news. I'm so glad you enjoyed dancing.").
    r"|\b(?:he|she|they|(?-i:[A-Z][a-z]+)) (?:always |really )?(?:loved|used to love|adored)\b",
    re.IGNORECASE,
)
# A plan the trouble has undone: "We were meant to go to Portugal in May." (read as happy-for:
# "I'm so happy for you. How about a surprise?").
_UNDONE = re.compile(
    r"\b(?:was|were) (?:meant|supposed) to\b|\b(?:was|were) going to (?!be (?:fine|ok(?:ay)?|all"
    r" right)\b)|\bhad (?:planned|hoped|wanted) to\b",
    re.IGNORECASE,
)
_THEIR_TROUBLE = ("sorry-for", "fear-for")
# What rides on it, after their trouble: "I have a mortgage and two kids." (made redundant
# that day; read as admiration 0.76: "Oh, that's wonderful. How does it feel?").
_STAKES = re.compile(
    r"^\W*(?:(?:and|but),?\s+)?(?:i|we)(?:'ve| have)(?: got)? (?:a mortgage|rent to pay|bills"
    r"|debts?|(?:\w+ )?(?:kids|children)|a (?:family|baby) to)\b"
    # "I've built my whole life here." (a visa refused; "Oh, that's wonderful.").
    r"|^\W*(?:(?:and|but),?\s+)?(?:i|we)(?:'ve| have) built (?:my|our) (?:whole |entire )?life"
    r" here\b",
    re.IGNORECASE,
)
# An heirloom in their news: "The ring was his grandmother's." (a proposal that minute; read as
# sorrow 0.73: "Oh, that sounds so hard.").
_HEIRLOOM = re.compile(
    r"\b(?:ring|dress|veil|watch|necklace|locket|brooch|cufflinks|christening gown)"
    r" (?:was|is|belonged to|used to be) (?:his|her|my|our|their) (?:great[- ])?(?:grand)?(?:mother"
    r"|father|mum|mom|dad|ma|pa|gran|granny|nan|nana|grandma|grandad)(?:'s)?\b",
    re.IGNORECASE,
)
# How far they have come, after their news: "Three months ago I couldn't run for a bus." (a
# first 5k without stopping; read as sorrow: "That must hurt so much.").
_THEN_AND_NOW = re.compile(
    rf"^\W*(?:(?:and|but|like),?\s+)?(?:{_AMOUNT} (?:years?|months?|weeks?) ago|last (?:year"
    r"|summer|spring|winter|autumn)|when i (?:started|began)),? (?:i|we) (?:couldn'?t|could not"
    r"|could barely|could hardly|wasn'?t able to|weren'?t able to|had never|didn'?t even)\b",
    re.IGNORECASE,
)
# A plan for what the news brought, with no fear in it: "Going to enter it in the village
# show." (a first pumpkin, enormous; read as fear for them 0.65, and named as what
# frightened the OS).
_PLAN_AHEAD = re.compile(
    r"^\W*(?:(?:and|so|now),?\s+)?(?:i'?m |we'?re )?(?:going to|gonna|planning to|thinking of"
    r"|i'?ll|we'?ll) \w+",
    re.IGNORECASE,
)
_FEAR_WORDS = re.compile(
    r"\b(?:scared|afraid|worried|nervous|terrified|anxious|dread\w*|panic\w*|what if|hospital"
    r"|operation|surgery|test|scan|results?)\b",
    re.IGNORECASE,
)
# The words themselves glad past this: "I bought her flowers and she loved them." is news.
_PLAIN_WORDS = 0.5


# Someone who did a wrong: without one, a reproach read in a few words of a hard story is the
# story's ("my ex, my job, my brother", after "i keep thinking about everything i've messed
# up" at three in the morning; read as reproach 0.90, and named as what dismayed the OS).
_WRONGDOER = re.compile(
    r"\b(?:he|she|they|him|her|them|someone|somebody|people|everyone|everybody|nobody)\b"
    # A name, not a sentence's first word ("Not mama, not dada. Dog.").
    r"|(?<=[^.!?\s]\s)(?-i:[A-Z][a-z]+)\b",
    re.IGNORECASE,
)
_FEW_WORDS = 8
# The words' own sadness past this keeps them apart from the good news before them.
_SAD_WORDS = 0.3


def _the_story_goes_on(reaction: Reaction, just_felt: str, text: str, appraisal: Appraisal) -> bool:
    """Whether `text`, read as nothing for want of a sure reading (not calmed by a grammar:
    "Her team still lost six-one haha."), tells more of the news the OS was just moved by:
    good news, where the event reading leans glad and nothing in the words is sad; a hard
    time, where neither leans glad ("I've been round the streets calling her.", a cat
    missing). Nothing asked."""
    unsure = reaction.emotion == "calm" and reaction.confidence < CONFIDENT
    if not unsure or "?" in text:
        return False
    event = appraisal.event
    if just_felt in _THEIR_TROUBLE:
        glad = max(appraisal.ekman.get("joy", 0.0), appraisal.groups["positive"])
        return glad < _PLAIN_WORDS and (event is None or event.kind not in THEIR_NEWS)
    sad = max(appraisal.groups["negative"], appraisal.ekman.get("sadness", 0.0))
    # Exclaimed, it is more of the news too: "I took the last wicket!" (a league final won).
    leans_glad = (event is not None and event.kind in THEIR_NEWS) or text.rstrip().endswith("!")
    # Or what it did to people: "a guy came up after and said i should come back next week".
    leans_glad = leans_glad or moved_by_their_news(text)
    return just_felt in THEIR_NEWS and leans_glad and sad < _SAD_WORDS


def read_in_the_story(reaction: Reaction, mood: Mood, text: str, appraisal: Appraisal) -> Reaction:
    """`reaction` to `text`, read in the light of what the OS just felt (the emotion of its
    `mood` of the moment): tears after good news, background and plain words after bad."""
    just_felt = mood.emotion
    reaction = tears_after_their_news(reaction, just_felt, text)
    fragment = len(text.split()) <= _FEW_WORDS and not _WRONGDOER.search(text)
    # Unsurely, and after good news too: "Not mama, not dada. Dog." (a baby's first word; read
    # as reproach 0.43, and answered "Oh, that sounds so hard. I'm so sorry.").
    unsure_after_news = just_felt in THEIR_NEWS and reaction.confidence < EVENT_SURE
    carried = just_felt in _THEIR_TROUBLE or unsure_after_news
    if reaction.emotion == "reproach" and fragment and carried:
        return replace(reaction, emotion=just_felt)
    # More of the news read unsurely as trouble, with nothing sad in the words: "He hid the ring
    # in a shell." (an engagement on a beach; sorry-for 0.36, and the scream that followed was
    # answered "That must hurt so much.").
    sad = max(appraisal.groups["negative"], appraisal.ekman.get("sadness", 0.0))
    misread = reaction.emotion in ("sorry-for", "fear-for") and reaction.confidence < EVENT_SURE
    if misread and just_felt in THEIR_NEWS and sad < _SAD_WORDS and "?" not in text:
        return replace(reaction, emotion=just_felt)
    stakes = just_felt in _THEIR_TROUBLE and _STAKES.match(text)
    if stakes and reaction.emotion in ("happy-for", "admiration"):
        return replace(reaction, emotion=just_felt)  # a mortgage and two kids, made redundant
    pitied = reaction.emotion in ("sorry-for", "fear-for", "distress")
    told_more = _THEN_AND_NOW.match(text) or _HEIRLOOM.search(text)
    if pitied and just_felt in THEIR_NEWS and told_more:
        return replace(reaction, emotion=just_felt)
    troubled = reaction.emotion in ("reproach", "sorry-for", "distress")
    if troubled and just_felt in THEIR_NEWS and mischief_told(text):
        # "She's already chewed my slipper." (a puppy's first evening; "Oh, that sounds so
        # hard."): mischief.py.
        return replace(reaction, emotion=just_felt)
    planned = reaction.emotion == "fear-for" and _PLAN_AHEAD.match(text)
    if planned and just_felt in THEIR_NEWS and not _FEAR_WORDS.search(text):
        return replace(reaction, emotion=just_felt)
    if _the_story_goes_on(reaction, just_felt, text, appraisal):
        # More of the same news, told plainly: "My granddaughter came and held up a sign with
        # my name on it." (the night of a solo; read as nothing, and the model said "I'm so
        # sorry to hear that.").
        return replace(reaction, emotion=just_felt)
    glad = reaction.emotion in ("happy-for", "admiration")
    own_news = milestone_told(text) or first_told(text) or relief_told(text) or elation_told(text)
    exclaimed = text.rstrip().endswith("!")  # "She got the job she wanted for years!"
    if not glad or just_felt not in _THEIR_TROUBLE or own_news or exclaimed:
        return reaction
    if _LAUGHED_AND_CRIED.search(text) or _UNDONE.search(text) or _BONDS.search(text):
        return replace(reaction, emotion=just_felt)
    if _JOKED.search(text):
        return replace(reaction, emotion="calm", intensity=0.0)
    if max(appraisal.ekman.get("joy", 0.0), appraisal.groups["positive"]) >= _PLAIN_WORDS:
        return reaction  # said gladly: "Then she hugged me and said she loves me."
    if _BACKGROUND.search(text):
        return replace(reaction, emotion=just_felt)
    # Anything else told plainly in a hard time is no news to be glad of: "Betty came with
    # me.", "It was windy and some blew back on my coat." (scattering a husband's ashes).
    return replace(reaction, emotion="calm", intensity=0.0)
