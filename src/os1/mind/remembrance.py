"""A day kept for someone who has died, told: the OS is sorry for them.

"Frank would have been eighty today." names no death and no sad word, and the readings
find nothing in it (calm); the model answered "The age difference is a testament to the
complexity of life." Such days (the birthday someone would have reached, an anniversary
of a wedding or of the death itself) are when grief comes back (Worden's "anniversary
reactions", Grief Counseling and Grief Therapy, 2009), so the OS hears them as grief; and
so are a grave's marks told ("Harold's headstone went up today."), words never said to
someone, and someone remembered as they were.
"""

from __future__ import annotations

import re

_NUMBER = (
    r"(?:\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
)
_TOLD = re.compile(
    # "She'd have been a hundred." (a cherry tree planted for a mother; "That's so good to
    # hear. Tell me everything!").
    rf"\b(?:would(?:'ve| have)|(?:he|she|they)'d have) (?:been|turned) {_NUMBER}\b"
    # Also a name's: "It would have been Eileen's birthday today." (read as calm; "I'm
    # listening", and her freesias then "That's so good to hear.").
    r"|\bwould(?:'ve| have) been (?:his|her|their|our|my \w+'s|\w+'s) (?:\w+ )?birthday\b"
    # Or its number alone: "It would have been our son Jamie's twenty-first today." (he died at
    # fourteen; "That's so good to hear. Tell me everything!").
    r"|\bwould(?:'ve| have) been (?:his|her|their|(?:our|my) (?:\w+ )?\w+'s|\w+'s)"
    r" (?:\w+-)?(?:\w*(?:first|second|third)|\w+th|\d+(?:st|nd|rd|th))\b"
    r"|\bwould(?:'ve| have) been (?:our|their|my parents') (?:\w+ )?(?:wedding )?anniversary\b"
    r"|\banniversary of (?:his|her|their|my \w+'s|mum's|dad's|mom's) (?:death|passing|funeral)\b"
    r"|\b(?:a|one|two|three|four|five|ten|\d+) years? (?:ago )?today (?:since )?(?:that )?"
    r"(?:he|she|they|mum|dad|mom|my \w+) (?:died|passed|went)\b"
    # A grave's marks: "Harold's headstone went up today." (answered "That's wonderful,
    # Esther! You should be proud of yourself.").
    r"|\b(?:head ?stone|gravestone|grave|ashes|urn|memorial bench|plaque)\b(?! (?:mistake"
    r"|danger|concern))"
    # Missed by someone gone or far on a good day: "I wish he could see this." (his dad, who
    # said art wasn't a real job; read as happy-for 0.67, "That's wonderful").
    r"|\bi wish (?:he|she|they|(?-i:[A-Z][a-z]+)|my \w+|mum|dad) (?:could|was|were|had)(?: still)?"
    r" (?:have )?(?:(?:be(?:en)? )?(?:here|alive|around) to )?(?:see|seen|hear|heard|meet|met)"
    r" (?:this|it|me|her|him|them)\b"
    r"|\bi wish i could (?:still )?(?:see|hug|hold|talk to|tell|hear) (?:her|him|them|mum|dad)\b"
    # Words never said, and someone as they were: "I never told him I'm proud of him." and
    # "He was always the strong one." (a father in intensive care; both read as happy-for,
    # "I'm so happy for you, I'm so proud of you").
    r"|\bi (?:never|didn'?t ever) (?:got to )?(?:told|tell|said|say|thanked|thank) (?:it )?(?:to )?"
    r"(?:him|her|them|mum|dad|mom|my \w+)\b|\bnever got to say (?:goodbye|sorry|thank you)\b"
    # A call never made: "I kept meaning to call." (a sister dead after ten years' silence;
    # read as amends: "That means so much to me.").
    r"|\bi (?:kept|always) meant to (?:call|ring|phone|visit|write|see|go)\b"
    # A day kept with a photo: "Sang happy birthday to her photo." (a wife who would have been
    # eighty; read as happy-for 0.86: "I'm so glad you're celebrating your special day.").
    r"|\b(?:sang|sing|singing|said|say|wished|wish|talked|talk|talking|spoke|speak)"
    r" (?:happy birthday |goodnight |good morning |merry christmas )?to (?:his|her|their)"
    r" (?:photo|picture|photograph|grave|headstone|ashes|urn)\b"
    r"|\bi kept meaning to (?:call|ring|phone|visit|write|see|go|get in touch)\b"
    r"|\bi never got (?:round|around) to (?:calling|ringing|phoning|visiting|writing|seeing)\b"
    r"|\b(?:he|she|they|mum|dad|mom|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:was"
    r"|were) always the (?:strong|brave|tough"
    r"|healthy|fit|steady|sensible|practical) one\b"
    # Habits kept for someone gone: "I set two cups out this morning without thinking." (on
    # what would have been a fortieth anniversary; read as calm, and the model: "Aw, shucks!").
    r"|\b(?:set|laid|put|poured|made|got) (?:out )?(?:two|both) (?:cups|mugs|plates|places"
    r"|glasses|teas|coffees)\b(?: out)?[^.!?]{0,30}\b(?:without thinking|out of (?:old )?habit"
    r"|by habit|from habit|by mistake|automatically|before i remembered)\b"
    r"|\b(?:reached|went) for (?:my |the )?phone to (?:call|ring|text|tell) (?:him|her|them|mum"
    r"|dad|mom)\b|\bforg[eo]t (?:for a (?:second|moment|minute) )?(?:that )?(?:he|she|they|mum"
    r"|dad|mom)(?:'s| is| was|'re| are| were) (?:gone|dead|not here any ?more)\b"
    # And what of theirs is kept: "I still keep his coat on the hook by the door.", "I can't
    # bring myself to wash her pillowcase."
    r"|\bi (?:still )?(?:keep|have kept|kept) (?:his|her|their) (?:coat|jacket|jumper|cardigan"
    r"|slippers|shoes|boots|toothbrush|glasses|pillow|clothes|dressing gown|voicemails?"
    r"|messages|number|chair|mug|cup) (?:on|in|by|where|hanging)\b"
    # Or left where it was: "His lead is still hanging by the door. I can't move it." (a dog
    # put down that afternoon; read as fear 0.82, and the OS asked "Are you safe right now?").
    r"|\b(?:his|her|their) (?:lead|leash|collar|bowl|basket|bed|toys?|blanket|coat|jacket"
    r"|slippers|shoes|boots|toothbrush|glasses|mug|cup|chair|dressing gown) (?:is|are) still"
    r" (?:hanging |sitting |lying |standing )?(?:there|where|on|in|by|under|next to)\b"
    r"|\bcan'?t bring myself to (?:move|wash|throw (?:away|out)|give away|delete|clear out"
    r"|change|sort|touch) (?:his|her|their)\b"
    # Missed in a small moment: "Ron would have laughed at that." (a widow's first evening;
    # "What lovely news."); someone as they were: "He used to be such a sweet kid." (a son
    # caught shoplifting; "What a lovely memory").
    # Said short: "He'd have loved to see it." (an old bike his late father had, running again).
    r"|\b(?:he|she|(?-i:[A-Z][a-z]+)|mum|dad|mom)(?: would(?:'ve| have)|'d have|'d've) (?:laughed"
    r"|loved"
    r"|liked|enjoyed"
    r"|been (?:so )?proud|found (?:it|that|this) (?:so |really |absolutely )?(?:hilarious|funny"
    r"|priceless))\b"
    # A place kept for them: "I went to the allotment and sat on Susan's bench for an hour."
    # (on what would have been their fortieth anniversary; "Well done, you've done it.").
    r"|\bsat (?:on|by|at|beside) (?:her|his|their|(?-i:[A-Z][a-z]+)'s) (?:bench|grave|spot"
    r"|chair|seat|stone|tree)\b"
    # Or looking down on them: "He asked if Nana could see him from heaven." (a grandson's
    # first trout, the first visit since she died; "I'm so happy for you.").
    r"|\b(?:from|in|up in) heaven\b|\bwatching (?:over|down on) (?:us|me|him|her|them)\b"
    r"|\b(?:he|she|they) used to be (?:such )?(?:a |so )?(?:sweet|happy|lovely|kind|gentle|funny"
    r"|loving|cheerful|close|good)\b"
    # A death told plainly: "She passed before she could see it." (read as fear 0.37).
    r"|\b(?:he|she|they|mum|dad|mom) passed (?:away )?(?:before (?:she|he|they|i)|last (?:year"
    r"|month|week|spring|summer|autumn|winter)|in (?:her|his|their) sleep|when i was|peacefully)",
    re.IGNORECASE,
)
# Asked or supposed: "How old would he have been?", "If she'd lived she would have been
# ninety." is still grief; only a question is not told ("I keep his coat by the door. Is
# that strange?" tells it, then asks).
_ASKED = re.compile(r"[^.!?]*\?")


def remembrance_told(text: str) -> bool:
    """Whether `text` tells of a day kept for someone who has died."""
    return any(not _ASKED.match(text, told.end()) for told in _TOLD.finditer(text))
