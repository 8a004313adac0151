"""The words that show a reply's tone: congratulation, condolence, dismay, cheer, weighty
sympathy, gladness put in the person's mouth. The tone check (reply_rules.py) allows each
only where the mind read the person's words to call for it.
"""

from __future__ import annotations

import re

SORRY = re.compile(r"\b(sorry|condolences|my heart goes out)\b", re.IGNORECASE)  # not for joy
# A reply that congratulates: right only for good news.
GOOD_NEWS = re.compile(
    r"\b(?:great|wonderful|good|fantastic|amazing|exciting|happy) news\b|\bcongratulat"
    r"|\b(?:glad|happy|thrilled|good|great|nice|lovely) to hear\b"
    r"|\bthat'?s (?:great|wonderful|fantastic|amazing|awesome)\b"
    r"|\bwhat (?:lovely|wonderful|great|good|fantastic|exciting|happy) news\b"
    r"|\b(?:so |really )?(?:happy|thrilled|delighted) for you\b",
    re.IGNORECASE,
)
# Condolence and dismay: right only where the mind read real trouble.
# An opening "I'm sorry" too: the OS neither condoles with nor apologises to someone who
# said nothing sad ("I'm sorry, I couldn't help but…" to "I thought about you today").
DISMAY = re.compile(
    r"\bsorry (?:to hear|for your loss|about your)|\bcondolences\b|\bmy heart goes out\b"
    r"|^\W*oh,? no\b"
    # After a word and a comma too: "Goodnight, I'm so sorry." to a plain goodnight.
    r"|^\W*(?:[a-z]+,\s*)?(?:oh,? )?(?:i'?m|i am) (?:so |really |very |truly )?sorry\b",
    re.IGNORECASE,
)
# Condolence for a death: right only where the person spoke of one. Said to a fight with a
# friend ("I'm so sorry for your loss.") it tells them the OS did not listen.
CONDOLENCE = re.compile(
    r"\b(?:for|about|of) (?:your|their|his|her) (?:\w+'s )?loss\b|\bfor the loss of\b"
    r"|\bcondolences\b"
    # "The pain of a loved one's death is never easy to bear." (a son in surgery after a crash).
    r"|\b(?:a|your) loved one'?s? (?:death|passing)\b|\b(?:losing|the loss of) a loved one\b"
    r"|\brest in peace\b"
    r"|\bmay (?:s?he|they) rest\b"
    # "It's a beautiful way to honor her memory, isn't it?" (a granddaughter's sign at her
    # grandmother's solo; nobody had died).
    r"|\bhono(?:u)?r(?:s|ing)? (?:your|their|his|her|(?:\w+'s)) (?:memory|legacy)\b"
    r"|\bin (?:loving )?memory of\b|\b(?:in|to) (?:his|her|their) memory\b",
    re.IGNORECASE,
)
# Cheer, as words show it. The classifier reads comfort as joy too ("I hope things get
# easier soon." joy 0.99, "Take care of yourself tonight." 0.81): GoEmotions' Ekman joy
# holds caring and optimism. So a sentence the classifier reads as glad is cheer at
# their trouble only when it also exclaims or says a glad word.
CHEER = re.compile(
    r"!|\b(?:fun|great|awesome|wonderful|amazing|fantastic|exciting|excited|yay|haha\w*|lol"
    r"|hooray|delighted|thrilled|lovely|cool|nice|brilliant|love it|congrat\w*"
    # "I'm glad to have you." to a husband with Parkinson's, a granddaughter on oxygen.
    r"|happy|good to hear|glad to have you)\b(?!-)",
    re.IGNORECASE,
)
# The person told they are glad: "I'm so glad you're having fun!" to "Hi. Long day.", or
# "I'm glad you're happy about your dad's death." Said only where their words read glad.
ASCRIBED_GLADNESS = re.compile(
    r"\byou(?:'re| are| must be| seem| sound)(?: so| really| very| truly)? (?:happy|glad"
    r"|excited|thrilled|delighted|overjoyed|having (?:so much |such |a )?(?:fun|blast|great)"
    r"|enjoying|celebrating)\b",
    re.IGNORECASE,
)
# Weighty sympathy: for hurt, not for a dislike ("That must hurt so much." to "I can't stand
# coriander, it tastes like soap to me.", which the mind read as no trouble).
# Boredom is no grief ("That's so much to carry." to "I'm so bored right now."), and the OS
# laughing is no answer to trouble ("I can't help but laugh." to a wife with dementia).
BORED = re.compile(r"\b(?:bored|boring|nothing to do)\b", re.IGNORECASE)
# And "I'm sorry, I can't help but smile." (to a boyfriend perhaps cheating).
LAUGHS = re.compile(
    r"\bi (?:can'?t help but|couldn'?t help but|have to|had to) (?:laugh|smile|grin|giggle)", re.I
)
HEAVY = re.compile(
    r"\bmust (?:hurt|be (?:so |really )?(?:painful|devastating|heartbreaking|agony))\b"
    r"|\bso much to carry\b|\bheart (?:breaks|goes out|aches)\b|\bholding up\b",
    re.IGNORECASE,
)
# "Oh, that sounds so hard. How did you do that?" to shame at a layoff, to five years since
# a son died.
HOW_DID_YOU = re.compile(
    r"^\W*how did you (?:do|manage) (?:it|that)\W*$"
    # "How did you get that name?" (to a father with dementia calling her by her mum's name).
    r"|^\W*how did you (?:get|come by|choose|pick) (?:that|this|the|your) name\W*$",
    re.IGNORECASE,
)
# "I'm glad you liked it, dear." to a nurse who held a dying man's hand.
# And "I'm glad you enjoyed the get well card." (one the twins made for their grandmother).
# And "I'm so glad you're enjoying the t-shirt." (one sold at a gig eleven people came to).
LIKED_IT = re.compile(
    r"\bglad (?:that )?you (?:liked|enjoyed|loved) (?:it|that|this|the \w+|your \w+)\b"
    r"|\byou(?:'re| are) (?:really |so )?enjoying (?:it|that|this|the [\w-]+|your [\w-]+)",
    re.I,
)
LIKING = re.compile(r"\b(?:lik|lov|enjoy|fun|great|nice|beautiful|perfect|brilliant|ha\b)", re.I)
# Asked what they have just told: "Oh, that sounds so hard. What's going on?" to "My mum fell
# in the garden this morning. She's okay but she cut her head."; "What's on your mind?" to
# what was.
ASKS_WHAT_IS_WRONG = re.compile(
    r"^\W*(?:so,? )?(?:what'?s (?:going on|happening|happened|on your mind|up|wrong|the problem"
    r"|the matter)"
    r"|what happened|what is (?:going on|on your mind|wrong))(?:,? [A-Z][a-z]+)?\W*$",
    re.IGNORECASE,
)
# The model's stock shrug: "Oh, that sounds so hard. I'm not sure what to say." (to a father
# who left when they were ten, and wants to meet now).
NOTHING_TO_SAY = re.compile(r"\bi'?m not (?:sure|certain) what to (?:say|do)\b", re.IGNORECASE)
# Agreement with nothing said: "You're right, Dr. Okafor is a wonderful person…", "Oh no, I'm so
# sorry. You're right, I'm going to make sure…" (to "Some days are still really hard.").
AGREES = re.compile(
    r"^\W*(?:(?:oh|well|aww*|yes|yeah|mm+),? )?you'?re (?:so |absolutely |quite )?right\b", re.I
)
CLAIMED = re.compile(
    r"\b(?:i think|i guess|i reckon|maybe|perhaps|probably|should|must|right\?|isn'?t it|aren'?t"
    r" they|don'?t you think|i'?m right|is right|has a point|always|never)\b",
    re.IGNORECASE,
)
# Trouble made light of: "Oh no, I'm so sorry, it's just a little thing." (to someone awake
# since four over a client's data deleted).
MAKES_LIGHT = re.compile(
    r"\bit'?s (?:just|only) a (?:little|small|tiny|silly) thing\b|\bit'?s not (?:such )?(?:a|that)"
    r" big (?:of a )?deal\b|\bit'?s nothing to worry about\b"
    # "What's the point of going to a place where you can eat in the toilets?" (a girl who hid
    # from bullies at lunch).
    r"|\bwhat'?s the point (?:of|in) (?:going|eating|trying|even)\b"
    # Their trouble taken for a tale: "That's a sweet story." (to a man lost on a road he had
    # driven forty years, his wife sent to find him).
    r"|^\W*(?:oh,? )?(?:that'?s|that is|what) (?:such )?an? (?:\w+ )?(?:sweet|beautiful|lovely|nice"
    r"|charming|heartwarming|cute|interesting|fascinating|fun|great) (?:story|tale|anecdote)\b",
    re.IGNORECASE,
)
# Their news taken as the OS's own: "Mine. You're right, I'm glad to have retired from the
# post office after all these years of serving my community." (to "I retired today.").
OWN_DOING = re.compile(
    r"\bi(?:'m| am)? (?:so |really |very )?(?:glad|happy|proud|thrilled|lucky|relieved) to have"
    r" (?P<glad>\w+)|\bi(?:'ve| have)? (?:just |finally |now )?(?P<did>\w+ed)\b",
    re.IGNORECASE,
)
# A lone word that answers nothing: "Mine.", "Yours.", or a doubled "No, no." (asked "Was I
# right to say nothing?" after biting her tongue at her daughter's wedding).
# So is "Excuse me." (to "We closed our first funding round today!").
LONE_PRONOUN = re.compile(
    r"^\W*(?:mine|yours|ours|theirs|his|hers|me|you|(?:no|yes),? (?:no|yes)|excuse me"
    r"|pardon(?: me)?)\W*$",
    re.IGNORECASE,
)
# What the OS may say it did whatever they did: "I loved hearing that."
_FELT = {"loved", "liked", "enjoyed", "wanted", "hoped", "wondered", "noticed", "imagined"}


def takes_their_doing(sentence: str, their_text: str) -> bool:
    """Whether `sentence` says the OS did what `their_text` tells the person did."""
    for mine in OWN_DOING.finditer(sentence):
        verb = mine["glad"] or mine["did"]
        if verb.lower() in _FELT:
            continue
        if re.search(rf"\bi (?:just |finally |have |'ve )?{re.escape(verb)}\b", their_text, re.I):
            return True
    return False


# Gladness at whatever was said: "I'm glad to see that." (to "Now people at work are looking at
# me differently.", a secret told about).
GLAD_AT_IT = re.compile(
    r"^\W*(?:oh,? )?(?:i'?m|i am) (?:so |really )?glad to (?:see|hear) (?:that|this|it)\W*$", re.I
)


# A time span said as if told: "Two months is a long time" to "…hasn't visited in a month."
_SPAN = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty) (?:more |long |whole )?(?:minutes?|hours?|days?|nights?|weeks?"
    r"|months?|years?|decades?)\b(?! at a time)",
    re.IGNORECASE,
)


def invents_a_span(sentence: str, told: str) -> bool:
    """Whether `sentence` names a span of time (`two months`) that `told` (what the person
    said) does not."""
    said = {m.group().lower() for m in _SPAN.finditer(told)}
    return any(m.group().lower() not in said for m in _SPAN.finditer(sentence))


# An age or a count said back wrong: "She was 18. Tell me more, Gus." (to "She was fifteen.",
# a dog put to sleep that day).
_SAID_NUMBER = re.compile(
    r"\b(?:he|she|they|it|you|i)(?:'s|'re| is| are| was| were) (?:only |just |nearly |almost )?"
    r"(?P<number>\d{1,3})\b",
    re.IGNORECASE,
)
_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen"
)
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_WORD_VALUES = {word: value for value, word in enumerate(_SMALL_NUMBERS.split())} | {
    word: 10 * (i + 2) for i, word in enumerate(_TENS.split())
}
_TOLD_NUMBER = re.compile(
    r"\b(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three"
    r"|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b",
    re.IGNORECASE,
)


def _numbers_in(told: str) -> set[int]:
    found = set()
    for token in _TOLD_NUMBER.findall(told):
        token = token.lower()
        if token.isdigit():
            found.add(int(token))
            continue
        parts = re.split(r"[- ]", token)
        found.add(sum(_WORD_VALUES.get(part, 0) for part in parts))
    return found


def invents_a_number(sentence: str, told: str) -> bool:
    """Whether `sentence` says someone is or was a number (an age, a count) that `told`
    (what the person said) never gave."""
    claimed = {int(m["number"]) for m in _SAID_NUMBER.finditer(sentence)}
    return bool(claimed) and not claimed <= _numbers_in(told)


# "Nah, no worries." to "It's 3am. I'm on my break at the warehouse.": nothing was owed.
_NO_WORRIES = re.compile(r"\bno worries\b|\bno need to (?:apologi[sz]e|say sorry)\b", re.I)
_OWED = re.compile(r"\bsorry\b|\bapologi|\bthank|\bcheers\b|\bmy bad\b", re.I)


def waves_off(sentence: str, their_text: str) -> bool:
    """Whether `sentence` waves off an apology or thanks that `their_text` never gave."""
    return bool(_NO_WORRIES.search(sentence)) and not _OWED.search(their_text)


# A drink offered to someone who spoke of drinking: "What do you think about drinking after
# dinner, but I'll give you the chance to try it." (a woman one year sober).
_DRINK_SPOKEN = re.compile(r"\b(?:drink\w*|drunk|sober|alcohol\w*|booze|relapse\w*)\b", re.I)
_DRINK_OFFERED = re.compile(
    r"\bdrinking (?:after|with|at|before|tonight)\b|\b(?:have|try|grab|pour|enjoy|treat yourself"
    r" to|raise) (?:yourself )?(?:a|another|some|one) (?:drink|glass|beer|pint|wine|cocktail|shot"
    r"|toast)\b|\bchance to try it\b",
    re.IGNORECASE,
)


def offers_a_drink(sentence: str, their_text: str) -> bool:
    """Whether `sentence` offers a drink to someone whose words (`their_text`) speak of it."""
    return bool(_DRINK_SPOKEN.search(their_text)) and bool(_DRINK_OFFERED.search(sentence))


# Someone's pride in them, taken for their own: "I'm so glad you're proud of yourself." to "She
# said she's proud of me." (a daughter, a hundred days sober).
_PROUD_OF_THEM = re.compile(
    r"\b(?:she|he|they|(?-i:[A-Z][a-z]+)|(?:my|our) \w+)(?:'s| is|'re| are| was| were| said"
    r" (?:she'?s|he'?s|they'?re|she was|he was|they were)) (?:so |really |very )?proud of (?:me|us)"
    r"\b",
    re.IGNORECASE,
)
_PROUD_OF_YOURSELF = re.compile(
    r"\byou(?:'re| are) (?:so |really |very )?proud of yourself\b", re.I
)


def mistakes_whose_pride(sentence: str, their_text: str) -> bool:
    """Whether `sentence` says they are proud of themselves where they told of someone proud
    of them."""
    return bool(_PROUD_OF_THEM.search(their_text) and _PROUD_OF_YOURSELF.search(sentence))
