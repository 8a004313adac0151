"""Struggling to cope, or low for days, told: read by a small grammar.

Said beside love or pride, the struggle is what the readings miss: "I love him so much but
some days I don't know how to do this." read as happy-for 0.67, and the OS said "What
lovely news. Tell me everything!". Told that they are not coping, the OS is sorry for them
(heard_by_grammar.py).
"""

from __future__ import annotations

import re

_STRUGGLING = re.compile(
    # "I don't know how long I can manage alone." (a wife's memory worse; read as admiration).
    r"\bi (?:don'?t|do not) know how long i can (?:manage|cope|keep (?:going|this up|doing this)"
    r"|do this|carry on|go on)\b|"
    r"\bi (?:don'?t|do not) know how (?:to (?:do|cope with|keep doing|keep going|manage)"
    r" (?:this|it|any of this|all this)|(?:much )?(?:longer|more) i can)\b"
    # "I love the patients but I can't do it anymore." (a nurse of twenty years who handed in
    # her notice; "What lovely news.").
    r"|\bi (?:can'?t|cannot) (?:cope|do this|do it any ?more|take (?:it|this|much more)|keep"
    r" (?:going|doing this))"
    r"\b(?! for)"
    # "I know he's right but I can't bear it." read as happy-for 0.57 ("That's wonderful").
    r"|\bi (?:can'?t|cannot|couldn'?t) (?:bear|face) (?:it|this|that|the thought|to (?:think|lose"
    r"|see|watch|say goodbye)|losing|saying goodbye|going (?:back|home))\b"
    r"|\bi'?m (?:not coping|struggling|drowning|falling apart|barely (?:coping|holding"
    r" (?:it|things) together|keeping my head above water))\b"
    r"|\bat the end of my (?:rope|tether)\b"
    # Lost in life: "I don't know what I'm doing with my life." (twenty-nine, in a café; read
    # as admiration: "Oh, that's wonderful.").
    r"|\bi (?:don'?t|do not) know what i'?m doing with my life\b|\bi (?:feel|am|'m) (?:so )?"
    r"(?:lost|stuck) in (?:life|my life)\b"
    # Not enough, they fear: "I feel like I should be doing more." (a father's Parkinson's,
    # two hours away; read as happy-for: "What lovely news. I'm so glad you're happy").
    r"|\bi (?:feel like|feel that|keep thinking|know) i should (?:be doing|do|have done|be)"
    r" (?:more|better|something)\b|\bi'?m not doing enough\b"
    # Worn out by work: "I've been working 70 hour weeks for months." (burning out; read as
    # admiration: "That's wonderful, Leo! You should be proud of yourself.").
    r"|\b(?:working|worked|doing|pulling) (?:\d+|sixty|seventy|eighty|ninety)[- ]hour (?:weeks"
    r"|days|shifts)\b|\bi(?:'m| am| think i'?m) (?:burning|burnt|burned) out\b"
    # "I've worked every weekend for two months." (read as admiration: "Oh, that's
    # wonderful!"), "I haven't had a day off in six weeks."
    r"|\b(?:worked|working|been at work|been in the office) every (?:single )?(?:weekend|day"
    r"|night|evening) (?:for|since)\b|\bhaven'?t had a (?:day|weekend|night) off (?:in|for"
    r"|since)\b"
    # "I can't stop worrying that I'll blank." (the night before an exam, fasting; read as
    # happy-for: "What lovely news. Tell me everything!").
    r"|\b(?:i )?can'?t stop (?:worrying|panicking|shaking|overthinking|thinking about it)\b"
    # Torn between them and themselves: "My parents want me to come home after I graduate. I
    # want to stay here." (read as happy-for: "Oh, that's great news for your family").
    r"|\bwants? me to [^.!?]{2,60}[.!?,]? (?:but )?i (?:want|'d rather|would rather|need) to\b"
    # Wanting out, or lost: "Sometimes I wish I could just walk out the door. I would never,
    # but I think it." (a baby crying three hours; "What lovely news."), "Now I have no idea
    # what to do with my life though." (after a first; "That's quite something.").
    r"|\bi wish i could (?:just )?(?:walk out|run away|disappear|leave it all|get in the car"
    r"|escape|go to sleep and not)\b|\bno idea what (?:to do|i'?m doing) with my life\b"
    # Lost after a life's work: "I don't know what to do with myself tomorrow." (retired that
    # day after 41 years; read as nothing, and the model said "Awesome!").
    r"|\b(?:don'?t|do not) know what to do with myself\b(?![^.!?]*\b(?:excited|thrilled|happy))",
    re.IGNORECASE,
)
# Left behind by everyone else: "Everyone else did fine." (after failing maths; the OS said
# "That's wonderful, Mia! You should be proud of yourself.").
_LEFT_BEHIND = re.compile(
    r"^\W*(?:but |and )?(?:everyone|everybody|all my friends|the rest of (?:the class|them|us))"
    r" else (?:did|passed|got|made it|finished|has|have)\b(?! (?:not|badly|worse|awful))"
    # Or so it seems: "Everyone else seems so calm." (two days before an exam not revised for;
    # "I'm so happy for you.").
    r"|^\W*(?:but |and )?(?:everyone|everybody|all my friends) else (?:seems|looks|is)"
    r" (?:so |really |totally |completely )?(?:calm|fine|sorted|together|relaxed|confident|ready"
    r"|on top of it|ahead)\b",
    re.IGNORECASE,
)
# Made worse: "Pete laughed, which didn't help." (read as glad on "laughed": "What lovely
# news.").
_MADE_WORSE = re.compile(
    r"\bwhich (?:didn'?t|did not|doesn'?t|does not|really didn'?t) help\b"
    r"|\bwhich made (?:it|things|everything|me feel) (?:even )?worse\b"
    # "she looks really nice which makes it worse" (an ex's new girlfriend; "What lovely news").
    r"|\b(?:which|that|and that|it) (?:just |only )?makes? (?:it|things|everything)"
    r" (?:even |so much )?worse\b",
    re.IGNORECASE,
)
# Low for days, told plainly: "Everything feels grey." (read as nothing; the model: "That's
# a beautiful way to express yourself."), "I just can't be bothered with anything."
_LOW = re.compile(
    r"\beverything (?:feels|is|seems|looks) (?:so |just |kind of )?(?:grey|gray|pointless"
    r"|empty|flat|heavy|numb|meaningless|hopeless|dark|too much)\b"
    r"|\b(?:can'?t|cannot|couldn'?t) be bothered (?:with|to do) (?:anything|everything"
    r"|any of it)\b"
    r"|\bhaven'?t (?:left|been out of|got out of) (?:the|my) (?:flat|house|bed|room|home)"
    r" (?:in|for) (?:\w+ )?(?:days|a week|weeks)\b"
    # "I didn't get out of bed until three today." (read as admiration: "That's quite something").
    r"|\bi (?:didn'?t|couldn'?t|can'?t|did not|could not|can not|cannot) (?:even )?get out of bed"
    r"(?: (?:until|till|before) \w+| today| all day| this morning)?\b"
    r"|\bnothing (?:matters|feels good|helps) any ?more\b"
    # "I thought I'd feel relieved. I just feel empty." (a divorce final; read as happy-for).
    r"|\bi (?:just |only |still |mostly )?feel (?:so |really |completely |totally |kind of"
    r" |a bit )?(?:empty|hollow|numb|dead inside)\b"
    r"|\bi (?:just |only )?feel nothing(?: at all| any ?more)?(?=\W*$|[.!])"
    # "But I haven't been happy for a long time." (a breakup she chose; read as admiration:
    # "That's wonderful, Lucy! You should be proud of yourself.").
    r"|\b(?:i )?(?:haven'?t|have not|hadn'?t|had not) been (?:really |truly )?happy (?:for|in)\b"
    r"|\bi'?ve not been happy\b|\bi'?m not happy (?:any ?more|for a long time)\b",
    re.IGNORECASE,
)
# Back to what they fought: "I've been gambling again." (read as nothing), "I promised her
# I'd stopped." (read as a feat: "That's wonderful, Gary! You should be proud of yourself.").
_RELAPSED = re.compile(
    r"\bi'?ve (?:been|started) (?:gambling|drinking|smoking|using|bingeing|cutting|self-harming"
    r"|betting)(?: \w+)? again\b|\bi (?:relapsed|slipped up|started (?:gambling|drinking"
    r"|smoking|using|betting) again)\b"
    # Someone else's: "Dave came home drunk again." (a husband who had promised; "That's so good
    # to hear. Tell me everything!").
    r"|\b(?:came|comes|got|gets) home (?:drunk|wasted|smashed|high|off his face|off her face)\b"
    r"|\b(?:he|she|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+))(?:'s| is|'s been| has been) (?:drinking"
    r"|using|gambling"
    r"|betting) again\b"
    r"|\bi (?:promised|swore to|told) (?:her|him|them|my \w+|(?-i:[A-Z][a-z]+)) (?:that )?i'?d"
    r" (?:stopped|quit|given up|stop|quit)\b|\bi broke my promise\b",
    re.IGNORECASE,
)
# A front kept up: "I haven't told my parents, they think it's all going great." (a startup
# out of funding; read as joy 0.92, "Oh, that's great news, Priya!").
_FRONT = re.compile(
    r"\b(?:they|he|she|everyone|everybody|people|my (?:\w+ )?(?:parents|family|mum|mom|dad|wife"
    r"|husband|friends|boss|partner)) (?:all |still )?(?:thinks?|believes?) (?:that )?(?:it'?s"
    r"|it is|everything'?s|everything is|things are|we'?re|i'?m|i am|we are) (?:all |still )?"
    r"(?:going )?(?:great|fine|well|brilliantly|perfect|okay|ok|good|amazing|happy)\b"
    # "I keep acting normal in front of the kids." (messages found on a husband's phone; "Oh,
    # that's wonderful.").
    r"|\bi (?:keep|kept|'m|am) (?:acting|pretending to be|being) (?:normal|fine|okay|happy)"
    r"|\bpretending (?:everything|it|all)(?:'s| is) (?:fine|okay|normal)\b"
    r"|\bputting on a (?:brave |happy )?face\b"
    # Or someone else's: "He said it's okay but I heard his voice." (a son's eighth birthday
    # missed on the road; "That's wonderful, Ivan.").
    r"|\b(?:he|she|they) (?:said|says|told me) (?:it'?s|it was|he'?s|she'?s|they'?re|that'?s)"
    r" (?:okay|ok|fine|alright|all right)(?:,)? but\b"
    # "I'm trying to be strong for her." (a son in surgery, a wife who can't stop crying; read
    # as joy 0.94: "What lovely news.").
    r"|\bi(?:'m| am|'ve| have)? (?:trying|got|had|have|need|having) to (?:be|stay|keep) (?:strong"
    r"|calm|it together) for (?:her|him|them|the kids|the children|my \w+|everyone)\b"
    # A loss shrugged off as work: "I'm fine, it's part of the job." (a nurse's patient of
    # forty died that night; read as joy 0.93: "Oh, that's great news, Priya.").
    r"|\b(?:it'?s|that'?s|it is|that is) (?:just |all )?part of the job\b"
    r"|\bcomes with the (?:job|territory)\b"
    # "i keep telling my mum i'm having a great time" (alone in a new city; "That's wonderful").
    r"|\bi (?:keep|kept) (?:telling|saying to) (?:my \w+|everyone|everybody|people|them|her|him)"
    r" (?:that )?(?:i'?m|it'?s|everything'?s|things are) (?:having a (?:great|good|lovely"
    r"|brilliant) time|fine|great|good|okay|ok|loving it|settling in)\b"
    r"|\bi (?:haven'?t|have not|can'?t bring myself to|daren'?t) (?:told|tell) (?:anyone|anybody"
    r"|a soul|my (?:\w+ )?(?:parents|family|mum|mom|dad|wife|husband|friends|boss|partner))\b"
    r"(?![^.!?]*\b(?:yet|surprise|until)\b)",
    re.IGNORECASE,
)
# Worn to the end of it: "i just want to sleep" (a baby crying two hours, a partner at work;
# read as glad 0.67: "That's so good to hear. Tell me everything!"), "the baby won't stop
# crying".
_WORN = re.compile(
    r"^\W*(?:(?:honestly|god|i think),?\s+)?i (?:just |only )?(?:want|need) (?:to (?:sleep|cry"
    r"|scream|disappear|run away|hide|give up|lie down)|it to (?:stop|end|be over)|a break)\W*$"
    r"|\b(?:the baby|she|he|they|my (?:son|daughter|baby)) (?:won'?t|will not|can'?t) stop"
    r" (?:crying|screaming)\b"
    # What it cost them: "But I had to leave work in the middle of a meeting." (a mother's fall;
    # read as admiration: "Well done, I'm glad you're doing well.").
    r"|^\W*but (?:then )?i (?:had to|have to|'ve had to) (?:leave|walk out of|miss|cancel|skip"
    r"|take (?:a|the) day off|drop everything)\b"
    # Unseen by someone: "I just want him to notice me." (a husband who forgot an anniversary
    # again; read as glad 0.78: "What lovely news. Tell me everything!").
    r"|\bi (?:just |only )?(?:want|need|wish) (?:him|her|them|someone|somebody|anyone|my \w+)"
    r" (?:would )?to (?:notice|see|hear|listen to|care about|look at) me\b"
    r"|\b(?:nobody|no one|no-one) (?:ever )?(?:notices|sees|listens to|hears) me\b"
    r"|\bi (?:feel|am|'m) (?:so |completely |totally )?invisible\b"
    # A day of small troubles with small children: "The baby has a cold and the twins fought
    # all day." (read as happy-for 0.78: "That's so good to hear. Tell me everything!").
    r"|\b(?:the baby|the kids|the twins|the children|he|she|they|my (?:son|daughter|baby|little"
    r" one)) (?:has|have|'s got|has got|'ve got|have got) (?:a |the )?(?:cold|flu|fever|temperature"
    r"|chest infection|ear infection|tummy bug|sickness bug|stomach bug|chickenpox|covid"
    r"|conjunctivitis|croup)\b"
    r"|\b(?:fought|argued|bickered|screamed|cried|whined|fighting|arguing|screaming|crying)"
    r" (?:all day|all afternoon|all morning|all night|non-?stop)\b"
    # Thoughts that will not leave: "I keep thinking about my kids." (the night before heart
    # surgery; read as admiration 0.66, and the model: "I'm so sorry to hear that.").
    r"|^\W*(?:and |but )?i (?:just )?keep thinking about (?:my (?:kids|children|family|wife"
    r"|husband|son|daughter|mum|mom|dad|mother|father|sister|brother)|what (?:happened|could"
    r"|if|he said|she said)|how (?:it|he|she) (?:ended|looked|sounded))\b",
    re.IGNORECASE,
)
# Trapped by money: "But I need this job, I've got a mortgage." (a boss who took the credit;
# read as admiration 0.66: "That's quite something.").
_TRAPPED = re.compile(
    # Or with nothing else said: "But I've got a mortgage." (made redundant that day; the model:
    # "I'm sorry, I can't speak for you.").
    # Or "But I've got three kids." (a taxi driver who hates the job some nights; "Oh, that's
    # wonderful.").
    r"^\W*but i(?:'ve| have) got (?:a mortgage|rent to pay|bills to pay|kids to feed|(?:\w+ )?"
    r"(?:kids|children|mouths to feed)(?: to (?:feed|think of|think about))?)\W*$|"
    r"\bi (?:really )?(?:need|can'?t afford to lose|can'?t afford to leave|can'?t afford to quit)"
    r" (?:this|the|my) job\b|\bi (?:can'?t|cannot) afford to (?:quit|leave|lose it|walk away)\b",
    re.IGNORECASE,
)
# Asked, or over: "How do I cope?", "I was struggling, but it's better now."
_NOT_TOLD = re.compile(r"\?|\b(?:used to|was struggling|were struggling|better now)\b", re.I)


def struggle_told(text: str) -> bool:
    """Whether `text` tells that they are struggling to cope."""
    told = (
        _STRUGGLING.search(text)
        or _LEFT_BEHIND.search(text)
        or _MADE_WORSE.search(text)
        or _LOW.search(text)
        or _RELAPSED.search(text)
        or _FRONT.search(text)
        or _TRAPPED.search(text)
        or _WORN.search(text)
    )
    return bool(told) and not _NOT_TOLD.search(text)
