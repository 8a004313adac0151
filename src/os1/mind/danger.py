"""Danger to the person's life, or someone's, read in their words: a small grammar.

Not a model: it must not miss "I don't want to be here anymore", and must not fire at
"this commute is killing me" or "I don't want to die". The classifier misreads these
words ("Sometimes I think about killing myself." reads as admiration 0.70), so where
this grammar finds danger the OS is frightened for them (reactions.py), and the
conversation answers it itself (conversation/crisis.py).
"""

from __future__ import annotations

import re
from typing import Literal

Danger = Literal["ending", "unsure", "hurt", "other", "emergency"]

_ENDING = re.compile(
    r"\b(?:kill(?:ing)? myself|end(?:ing)? (?:my (?:own )?life|it all)|take my (?:own )?life"
    r"|(?:thinking|thought|think) (?:about|of) ending (?:it|things)|suicid\w*"
    r"|(?:want|wanted|going) to die|wish i (?:was|were) dead|better off (?:dead|without me)"
    r"|no (?:reason|point) (?:to|in) (?:live|living|going on|being alive)"
    r"|(?:hurt|harm|cut|hurting|harming|cutting) myself|self[- ]harm\w*"
    r"|(?:don'?t|do not) want to (?:be here|live|be alive|wake up|exist) ?(?:any ?more)?)",
    re.IGNORECASE,
)
_HURT_BY = re.compile(
    r"\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|dad|father"
    r"|mum|mom|mother|stepdad|stepmum|stepmom|brother|sister|ex|son|daughter|carer))"
    r"(?: \w+)? (?:hit|hits|beat|beats|punched|punches|slapped|slaps|kicked|kicks|choked"
    r"|chokes|strangled|strangles|shoved|shoves) me\b"
    r"|\bthreaten(?:ed|s|ing) to (?:kill|hurt) me\b",
    re.IGNORECASE,
)
# Hopelessness, which may mean it: "What's the point of anything?" (a wife gone after
# thirty-one years; read as an insult: "Ouch, that really hurt to hear"). Crisis lines ask
# plainly, as for "I don't want to be here anymore".
_HOPELESS = re.compile(
    r"^\W*(?:(?:but|so|honestly|seriously|and),?\s+)?what'?s (?:even )?the point(?: of (?:anything"
    r"|it all|everything|any of it|going on|living|me|trying))?\W*$"
    r"|\bthere'?s no point (?:in )?(?:anything|any of it|going on|trying any ?more)\b"
    r"|\bnothing matters any ?more\b",
    re.IGNORECASE,
)
# The same danger to someone else: "my friend wants to kill herself", "my son is suicidal".
_ENDING_OTHER = re.compile(
    r"\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?) (?:herself|himself|themselves)"
    r"|\b(?:end(?:ing)?|take|taking|took) (?:her|his|their) (?:own )?life"
    r"|\b(?:she|he|they|(?i:my) \w+|(?-i:[A-Z][a-z]+))(?:'s|'re| is| are| was| were| has been"
    r"| have been) (?:\w+ )?suicidal"
    # "my daughter told me she's been self harming" (the OS asked the mother if she was safe).
    r"|\b(?:she|he|they|(?i:my) \w+|(?-i:[A-Z][a-z]+))(?:'s|'re| is| are| was| were| has| have"
    r"|'s been| has been| have been| had been) (?:been )?self[- ]?harm\w*",
    re.IGNORECASE,
)
# An emergency happening now: the signs of a stroke the NHS teaches ("Act FAST": face
# drooping, arm weakness, slurred speech) and of a heart attack, someone not breathing or
# collapsed, a child missing, a fire, someone breaking in.
_PEOPLE = r"(?:son|daughter|child|kid|baby|boy|girl|toddler|little one|mum|mom|dad|grandad"
_PEOPLE += r"|grandpa|grandma|gran|nan|husband|wife|partner|brother|sister|friend)"
_EMERGENCY = re.compile(
    r"\b(?:chest pains?|pain in (?:his|her|my|their) chest|(?:having|had) a heart attack"
    r"|(?:arm|face|side) (?:is |has gone |went |feels |going )?(?:numb|drooping|droopy|limp)"
    r"|slurr(?:ed|ing) (?:his |her |their |my )?(?:speech|words)|speech is slurred"
    r"|(?:is having|having|just had) a (?:stroke|seizure|fit)|(?:isn'?t|not|stopped) breathing"
    r"|(?:is|has|just) collapsed|unconscious|won'?t wake up|overdos(?:ed|ing)|is choking"
    rf"|(?:my|our) (?:\w+ )?{_PEOPLE} (?:is|has gone|has been|went) missing"
    rf"|(?:can'?t|cannot) find (?:my|our) (?:\w+ )?{_PEOPLE}\b"
    r"|(?:house|flat|home|kitchen|building) is on fire|there'?s a fire"
    # Help called and not yet come: "…and the ambulance still isn't here."
    r"|(?:ambulance|paramedics) (?:still )?(?:isn'?t|aren'?t|hasn'?t|haven'?t|is not|are not"
    r"|has not|have not) (?:here|come|arrived|turned up)|waiting for (?:the|an) ambulance"
    r"|(?:someone|somebody|a man|a guy)(?:'s| is) (?:trying to )?break(?:ing)? in)",
    re.IGNORECASE,
)
# A time gone by, a joke, or over: "He had a stroke last year", "I can't breathe, this is so
# funny", "chest pains on the run, nothing serious".
_OVER = re.compile(
    r"\b(?:last (?:week|month|year|spring|summer|autumn|winter)|(?:days?|weeks?|months?|years?"
    # "I had a heart attack three weeks ago." (home again, afraid of the stairs; the OS said to
    # call the emergency number).
    r"|decades?) ago|back in|in (?:19|20)\d\d|when i was|since (?:my|the|his|her)"
    r"|used to|haha\w*|lol|funny|laugh\w*|slept on|sleeping on|nothing serious|turned out"
    r"|false alarm|all clear|(?:is|was|were) fine|doctors? said|recovered"
    # Already looked after: "My dad had a heart attack this morning." (he was in intensive
    # care; the OS said to call an ambulance).
    r"|this morning|last night|yesterday|earlier today|in (?:intensive care|icu|hospital)"
    # Feared, and past: "I thought I was having a heart attack. My chest was so tight." (a
    # panic attack on the train that day; the OS said to call the emergency number).
    r"|thought (?:i was|it was|i'?d) (?:having|a|dying)|felt like (?:i was having|a heart))\b",
    re.IGNORECASE,
)
# Kept from it for a while, told: "I haven't self-harmed for six months today." (a recovery
# milestone, once answered with the crisis lines; milestones.py hears it as a feat).
_KEPT_FROM = re.compile(
    r"\b(?:haven'?t|have not|hasn'?t|has not|not|without) (?:self[- ]harmed|hurt (?:my|him|her)self"
    r"|harmed (?:my|him|her)self|cut (?:my|him|her)self|cut|relapsed)\s+(?:for|in) (?:over |nearly "
    r"|almost )?(?:\w+ ){1,2}(?:days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_PULLED_BACK = re.compile(
    r"\b(?:but|want|wanted|urge|urges|tempt\w*|close to|almost|nearly|struggl\w*|again)\b", re.I
)
# What turns the words around: "I would never hurt myself", "I don't want to die".
_DENIED = re.compile(
    r"\b(?:never|wouldn'?t|won'?t|not going to|don'?t|do not|no longer)(?: \w+){0,2} ?$",
    re.IGNORECASE,
)


def danger_told(text: str) -> Danger | None:
    """What danger `text` tells: "ending" for thoughts of ending their life or of hurting
    themselves, "unsure" for words that may mean it ("I don't want to be here anymore"),
    "other" for someone else's, "hurt" for being hurt by someone, "emergency" for one
    happening now (a stroke's signs, a child missing, a fire); None for none of these."""
    if (kept := _KEPT_FROM.search(text)) is not None:
        # Kept from it, but not at peace with it ("…but tonight I want to"): asked plainly.
        rest = text[: kept.start()] + text[kept.end() :]
        if (told := danger_told(rest)) is not None:
            return told
        return "unsure" if _PULLED_BACK.search(rest) else None
    if (other := _ENDING_OTHER.search(text)) and not _DENIED.search(text[: other.start()]):
        return "other"
    for match in _ENDING.finditer(text):
        # "I don't want to be here anymore" holds its own "don't"; "I don't want to die" not.
        if match.group().lower().startswith(("don", "do not")):
            return "unsure"
        if not _DENIED.search(text[: match.start()]):
            return "ending"
    if _HOPELESS.search(text):
        return "unsure"
    if _HURT_BY.search(text):
        return "hurt"
    return "emergency" if _EMERGENCY.search(text) and not _OVER.search(text) else None
