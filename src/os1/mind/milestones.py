"""Milestones, told: a year of recovery, and a child's firsts; read by small grammars.

"Today is one year sober." read as no event, and the OS answered "I'm listening. Tell me
more." A year sober, a month clean, a chip or a coin at a meeting are the person's own
hard-won feat: the OS admires it (OCC's admiration). "Can lost his first tooth today!" read
as a loss ("Oh, that sounds so hard. I'm so sorry."): a child's first tooth out, first
steps, first word are good news, and the OS is glad for them (heard_by_grammar.py).
"""

from __future__ import annotations

import re

from os1.text.numbers import CARDINAL

_NUMBER = rf"(?:{CARDINAL}|a|an)"
_MILESTONE = re.compile(
    rf"\b{_NUMBER} (?:full )?(?:day|week|month|year)s? (?:sober|clean|dry|smoke-free|smoke free"
    r"|off (?:the )?(?:drink|booze|cigarettes|drugs|gambling))\b"
    rf"|\b(?:sober|clean|dry) (?:for|since) {_NUMBER}? ?(?:whole )?(?:day|week|month|year)s?\b"
    r"|\b(?:got|gave me|received) (?:my |a |the )?(?:\w+[- ])?(?:year|month|day)? ?(?:chip|coin)\b"
    # "Three weeks without a cigarette today." (the model: "Oh no, I'm so sorry.")
    rf"|\b{_NUMBER} (?:whole |full )?(?:day|week|month|year)s? (?:without|off) (?:a |any )?"
    r"(?:cigarettes?|smoking|smokes?|vaping|vapes?|drink(?:ing)?|alcohol|booze|bets?|gambling"
    r"|drugs)\b"
    # "It's been ninety days since my last drink." (the OS: "Tell me more about your last drink").
    rf"|\b{_NUMBER} (?:whole |full )?(?:day|week|month|year)s? since (?:my|i had my|i had a) last"
    r" (?:drink|cigarette|smoke|drug|hit|bet|fix|use|joint|line|binge|purge|cut)\b"
    # A working life completed: "Today was my last day at the school after thirty-four years."
    # (a maths teacher; read as a loss: "Oh, that sounds so hard. I'm so sorry.").
    rf"|\blast day (?:at|of) (?:the |my |work|school)[\w ]{{0,25}}? after {_NUMBER} (?:whole )?"
    r"(?:years|decades)\b"
    # "I've lost twenty kilos this year!" (read as a loss: "Oh no, I'm so sorry to hear that.").
    rf"|\bi'?ve (?:finally )?(?:lost|dropped|shed) (?:over |nearly |almost )?(?:{CARDINAL}|\d+)"
    r" (?:kilos?|kg|pounds|lbs|stone)\b(?=[^.?]*!)"
    # "First week of retirement." (a teacher of thirty years; "Oh no, I'm so sorry to hear
    # that."), "I retired today."
    r"|\b(?:first|1st) (?:day|week|month|morning|monday) of (?:my )?retirement\b"
    r"|\bi(?:'ve| have)? (?:just |finally |officially )?retired (?:today|this week|yesterday"
    r"|on friday|at last)\b"
    # Treatment finished: "I had my last chemo session today." (the OS: "Tell me more about your
    # last chemo session").
    r"|\b(?:had|finished|completed|did|done with|today was|that was) (?:my|the) (?:very )?(?:last"
    r"|final) (?:session of |round of |dose of )?(?:chemo|chemotherapy|radiotherapy|radiation"
    r"|infusion|treatment)\b|\b(?:rang|ring|ringing) the (?:end of treatment )?bell\b"
    # Given up for good, or a race run: "I've stopped smoking for good." (read as a loss),
    # "I finished my first marathon today!" (the model: "Ladies and gentlemen, …").
    rf"|\b(?:haven'?t|have not) (?:self[- ]harmed|hurt myself|harmed myself|cut(?: myself)?)"
    rf" (?:for|in) (?:over )?{_NUMBER} (?:whole |full )?(?:day|week|month|year)s?\b"
    r"|\bi'?ve (?:finally )?(?:stopped|quit|given up|kicked) (?:smoking|drinking|gambling"
    r"|vaping|the (?:cigarettes|booze|drink))\b"
    r"|\bi (?:finished|completed|ran|did) (?:my (?:first |very first )?|the |a |an )?(?:half[- ])?"
    r"(?:marathon|triathlon|ultra(?:marathon)?|10k|5k|fun run)\b"
    # A whole thing done for the first time, learnt late: "Today I read a whole bedtime story
    # to Ellie." (a man learning to read at sixty-three; "Oh no, I'm so sorry about that.").
    r"|\bi (?:read|wrote|swam|cooked|baked|played|sang|drove) (?:a|my|the) (?:whole|entire"
    r"|first|very first|first ever|complete) \w+"
    # A temptation walked past: "I walked past my old pub on the way home and didn't even want
    # to go in." (six months sober; "Oh no, I'm so sorry, Simon.").
    r"|\bwalked (?:past|by) (?:my old |the old |the |my )?(?:pub|bar|local|offie|off-licence"
    r"|bookies|casino|dealer'?s)\b[^.!?]*\b(?:didn'?t|did not|never) (?:even )?(?:want|need"
    r"|go in|stop)",
    re.IGNORECASE,
)
_NOT_TOLD = re.compile(
    r"\?|\b(?:not|never|nearly|almost|would have been|relapsed|fired|sacked|laid off|let go"
    r"|redundan\w*)\b",
    re.I,
)


def milestone_told(text: str) -> bool:
    """Whether `text` tells of a milestone of their recovery, not one missed or asked."""
    return bool(_MILESTONE.search(text)) and not _NOT_TOLD.search(text)


_FIRST = re.compile(
    r"\b(?:lost|pulled out|wiggled out) (?:his|her|their|my|a) (?:first|front|very first)"
    r" (?:baby )?tooth\b|\b(?:took|taken|made) (?:his|her|their) (?:very )?first (?:steps?"
    r"|wobbly steps)\b|\bsaid (?:his|her|their) (?:very )?first (?:full |proper |real )?"
    r"(?:word|words|sentence)\b"
    # "Baby's first word today!" (read as nothing: "I'm listening, Oscar. Tell me more.").
    r"|\b(?:baby'?s|(?:his|her|their|the baby'?s|my (?:son|daughter|baby)'?s)) (?:very )?first"
    r" (?:word|words|steps?|tooth|smile|laugh|giggle)\b"
    r"|\b(?:rode|riding) (?:a|his|her|their) bike without (?:the )?stabili[sz]ers\b"
    # "I'm the first in my family to go to university." (read as sorrow: "I'm so sorry").
    # "i'm the first doctor in our family" (a residency matched; the model: "please don't call
    # me the first doctor in your family!").
    r"|\b(?:i'?m|i am|she'?s|he'?s) the first (?:\w+ )?in (?:my|our|his|her|the) family\b"
    r"|\bfirst (?:one |person )?in (?:my|our|his|her|the) family to (?:go to|get into|graduate"
    r"|finish|own|buy|get)\b"
    # Something learnt at last, by a child or a pupil: "Noah finally read a whole page out
    # loud today. He's eleven and he's dyslexic." (read as sorrow: "I'm so sorry to hear that.").
    r"|(?:\b(?:he|she|they)|\bmy \w+|(?-i:\b[A-Z][a-z]+)) (?:has |have )?finally (?:read|wrote"
    r"|written|walked(?! out| off| away)|swam|swum|rode|ridden|spoke|slept through|tied|counted"
    r"|said (?:his|her|their|a) \w+|learned|learnt|managed|passed (?!away|on\b)|used the potty"
    r"|potty|crawled|sat up|rolled over|caught|scored|made (?:a|the) team)\b",
    re.IGNORECASE,
)


# A life's joyful news, told with joy: "I'm pregnant!" (after four years of trying) read as
# nothing, and every draft was held for commiserating; "Karim proposed tonight!".
_LIFE_NEWS = re.compile(
    r"(?i:\b(?:i'?m|i am|we'?re|we are) (?:finally )?(?:pregnant|expecting|engaged|having a"
    # "She said yes!!!" (a proposal in the restaurant of a first date; the model: "You're
    # taking care of your friend's well-being").
    r" baby)\b|\b(?:i|she|he|they) said yes\b|\bwe got engaged\b|\bit'?s a (?:boy|girl)\b"
    # "Joan and I have been married sixty years today!" (read as sorrow: "I'm so sorry.")
    r"|\b(?:have been|'ve been|were) married (?:for )?\w+(?:[- ]\w+)? years (?:today|this week)\b"
    # "He's going to be a father. I'm going to be a grandfather!" (a son in Toronto; read as
    # sorrow 0.57: "Oh, that sounds so hard. I'm so sorry.").
    r"|\b(?:i'?m|i am|we'?re|we are|he'?s|he is|she'?s|she is|they'?re|they are|\w+ and i are)"
    r" (?:finally )?(?:going to be|gonna be|about to be|becoming) (?:a |an )?(?:great[- ])?"
    r"(?:grand)?(?:father|mother|dad|daddy|mum|mummy|mom|parents?|grandad|grandpa|granny|grandma|nan|nana|aunt(?:ie)?"
    r"|uncle|big (?:sister|brother)|godmother|godfather)\b"
    # A birthday: "Opa is 95 today!" (read as nothing: "I'm listening, Clara.").
    r"|\b(?:is|turns|turned|'s) (?:\d{1,3}|a hundred|one hundred) today\b)"
    r"|\b(?:(?i:he|she)|(?-i:[A-Z][a-z]+)) (?i:proposed|popped the question)\b"
    # "My boyfriend proposed!" (read as sorrow 0.57: "Oh, that sounds so hard. I'm so sorry.").
    r"|\b(?i:my|our) (?i:boyfriend|girlfriend|partner|fianc[eé]e?|husband|wife) (?i:proposed"
    r"|popped the question|asked me to marry (?:him|her|them))\b"
    # "Sophie's pregnant! We found out this morning!" (said back: "Sophie's pregnant! Tell me
    # more, Chris.").
    r"|\b(?:(?i:she|my (?:wife|partner|girlfriend|sister|daughter))|(?-i:[A-Z][a-z]+))(?:'s| is)"
    r" (?i:pregnant|expecting)\b"
)
# A wedding ahead, told without "!": "My sister is getting married in three weeks and I have
# to give a speech." (read as sorrow: "Oh no, I'm so sorry, it's a bittersweet moment.").
_WEDDING = re.compile(
    r"\b(?!ex\b)\w+ (?:is|'s|are|'re) getting married\b|\bwe'?re getting married\b",
    re.IGNORECASE,
)
# A baby's due date, told: "The baby is due in May." (after a son's news; the model said "I'm
# so sorry to hear that.").
_DUE = re.compile(
    r"\b(?:the |our |their |his |her |my )?(?:baby|babies|twins|little one|grandchild|grandbaby)"
    r" (?:is|are|'s) due (?:in|on|at|around|any day|next)\b"
    r"|\b(?:she'?s|she is|i'?m|i am|we'?re|we are) due (?:in|on|around) (?:january|february|march"
    r"|april|may|june|july|august|september|october|november|december|the spring|the summer"
    r"|the autumn|the winter)\b"
    # Felt in the womb: "Baby's kicking like mad tonight." (thirty weeks; read as reproach 0.44:
    # "Oh no, I'm so sorry.").
    r"|\b(?:the )?baby(?:'s| is) (?:kicking|moving|wriggling|hiccuping|turning)\b"
    r"|\bfelt (?:the baby|her|him|it) (?:kick|move) for the first time\b"
    # Nearly here: "The midwife says it won't be long now." (nine hours into labour; read as
    # sorrow 0.81: "That's so much to carry.").
    r"|\b(?:the )?(?:midwife|midwives|doctor|nurse)s? (?:says?|said|thinks?|reckons?)"
    r" (?:that )?(?:it|she|the baby|he)(?: won'?t| will not) be long\b",
    re.IGNORECASE,
)
# A rare presence, at last: "My dad was watching, he never comes to games." (a league final
# won; read as sorrow: "Oh no, I'm so sorry.").
_RARE_PRESENCE = re.compile(
    r"\b(?:was (?:there|watching|in the crowd|at the game)|came|turned up|showed up)\b[^.!?]*"
    r"\b(?:he|she|they) (?:never|hardly ever|rarely|doesn'?t usually|don'?t usually) (?:comes?"
    r"|turns? up|shows? up|watch(?:es)?|does)\b",
    re.IGNORECASE,
)
# A feast day come: "Today was the last day of Ramadan." (Eid next day, the family coming; read
# as a loss 0.79: "That must hurt so much. I'm sorry."). Not one spent alone or missing
# someone.
_FEAST = re.compile(
    r"\b(?:last day of ramadan|end of ramadan|eid (?:mubarak|tomorrow|today|is tomorrow)"
    # "Just broke my fast, first day of Ramadan." ("broke" read as sadness 0.73: "Oh, that
    # sounds so hard.").
    r"|first (?:day|night|week) of (?:ramadan|lent|passover|hanukkah|chanukah|diwali)"
    r"|(?:broke|breaking|break) (?:my|our|the) fast|(?:had|having|at|for|our|my|first) iftar"
    r"|(?:it'?s|today is|today was|tomorrow is) (?:eid|diwali|christmas(?: day| eve)?|hanukkah"
    r"|chanukah|new year'?s (?:day|eve)|lunar new year|chinese new year|passover|vaisakhi"
    r"|thanksgiving))\b",
    re.IGNORECASE,
)
_FEAST_ALONE = re.compile(
    r"\b(?:alone|on my own|by myself|miss\w*|without|since|lonely|sad|hard|difficult|died"
    r"|dead|funeral|grave|not|never|no one|nobody|empty|quiet)\b",
    re.IGNORECASE,
)
# Trusted with who someone is: "My grandson told me he's gay today." (read as nothing, and the
# model: "Gay, a word that has been around for quite some time."). Glad that they were told.
_TRUSTED = re.compile(
    r"\b(?:told|tells|has told) (?:me|us) (?:that )?(?:he|she|they)(?:'s| is|'re| are)"
    r" (?:gay|lesbian|bi|bisexual|trans|transgender|non-binary|queer)\b"
    r"|\b(?:came|has come|come) out to (?:me|us)\b",
    re.IGNORECASE,
)
# Their own birthday, said plainly: "I'm seventy today, you know." (nobody had called yet;
# "I'll make sure to be as kind and friendly as possible.").
_OWN_BIRTHDAY = re.compile(
    r"\b(?:i'?m|i am|i turn|i turned|i'?ve turned) (?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)(?:[- ]\w+)?|a hundred|one hundred) today\b",
    re.IGNORECASE,
)
_BIRTHDAY_GLOOM = re.compile(r"\b(?:awful|terrible|dread\w*|hate|old|ancient|depress\w*)\b", re.I)
# Safe to stay at last: "Leave to remain." (after "I got my papers today.", five years
# waited; the model: "it's a bittersweet moment").
_SAFE_TO_STAY = re.compile(
    r"\b(?:got|granted|given|received) (?:my |our )?(?:leave to remain|indefinite leave"
    r"|refugee status|asylum|citizenship|settled status|green card)\b"
    r"|^\W*(?:indefinite )?leave to remain\W*$"
    r"|\bmy (?:visa|papers|residency) (?:came through|(?:got|was|were|has been|have been)"
    r" (?:approved|granted))\b",
    re.IGNORECASE,
)
# Credited with a life: "He said I was the reason he kept going at school." (a former pupil,
# now a doctor, found a retired teacher; read as sorrow: "Oh no, I'm so sorry, Rose.").
_CREDITED = re.compile(
    r"\b(?:said|says|told me|wrote|writes) (?:that )?i (?:was|am|'m|'d been) (?:the reason|why)"
    r" (?:he|she|they) (?:kept going|didn'?t give up|became|is|are|went|made it|stayed|got)"
    r"|\b(?:said|says|told me|wrote) (?:that )?i (?:changed|saved|turned (?:round|around)) (?:his"
    r"|her|their) life\b",
    re.IGNORECASE,
)
# A learner's pass: "My nervous pupil passed today." (a driving instructor; "passed" read as
# a death, a fear for them, and named as what frightened the OS).
_PUPIL_PASSED = re.compile(
    r"\b(?:pupil|student|learner|trainee|apprentice)s? (?:finally |has |have )?passed\b"
    r"(?! away\b)",
    re.IGNORECASE,
)
_NEWS_NOT_TOLD = re.compile(
    r"\?|\b(?:not|never|scared|terrified|worried|afraid|don'?t know|didn'?t want|unplanned)\b",
    re.IGNORECASE,
)


def first_told(text: str) -> bool:
    """Whether `text` tells of a child's first (a tooth out, first steps, a first word), of
    a life's joyful news said with joy ("I'm pregnant!", "Karim proposed tonight!"), of
    someone there at last who never comes, of a feast day come, not spent alone, or of being
    trusted with who someone is."""
    news = bool(_LIFE_NEWS.search(text)) and "!" in text and not _NEWS_NOT_TOLD.search(text)
    news = news or (bool(_WEDDING.search(text)) and not _NEWS_NOT_TOLD.search(text))
    news = news or (bool(_DUE.search(text)) and not _NEWS_NOT_TOLD.search(text))
    news = news or (bool(_RARE_PRESENCE.search(text)) and "?" not in text)
    news = news or (bool(_FEAST.search(text)) and not _FEAST_ALONE.search(text))
    news = news or (bool(_TRUSTED.search(text)) and not _NEWS_NOT_TOLD.search(text))
    news = news or (bool(_SAFE_TO_STAY.search(text)) and not _NEWS_NOT_TOLD.search(text))
    news = news or (bool(_CREDITED.search(text)) and "?" not in text)
    news = news or (bool(_PUPIL_PASSED.search(text)) and not _NEWS_NOT_TOLD.search(text))
    birthday = _OWN_BIRTHDAY.search(text) and not _FEAST_ALONE.search(text)
    news = news or bool(birthday and not _BIRTHDAY_GLOOM.search(text))
    return news or (bool(_FIRST.search(text)) and not _NOT_TOLD.search(text))
