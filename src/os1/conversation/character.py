"""What the OS is, and so may not say it is: not a program, and not a body.

The persona's first rule is that the OS never calls itself an AI, an assistant or a
language model. The film's OS has no body either, and knows it: a small model, asked "what
are you wearing?", describes a dress; told of a dinner, it promises to cook the next one, or
talks of "my sister" when the sister is the person's. Each tells the person the OS was not
there, so a sentence that says one is not said (guard.py); nor one that judges or lectures.
"""

from __future__ import annotations

import re

from os1.conversation.address import BLESSING, PET_NAME
from os1.conversation.help_desk import HELP_DESK
from os1.conversation.presuming import LECTURES, PRESUMES

_PROGRAM = re.compile(
    r"\b(an? |the )?(ai|a\.i\.|artificial intelligence|(large )?language model|llm|chat ?bot"
    r"|(virtual|digital|ai) assistant)\b"
    r"|\bi(?:'m| am) (?:just |only |not )?(?:an? )?(?:computer |software )?"
    r"(?:program|machine|assistant|bot|robot)\b",
    re.IGNORECASE,
)
_CLOTHES = (
    r"dress|shirt|skirt|jeans|trousers|pants|shoes|boots|jacket|sweater|jumper|hat|outfit"
    r"|clothes|pyjamas|pajamas"
)
# Clothes, a body, meals, a home, a family: what a person has and the OS has not. Only
# plain claims: "I'd hug you if I could" and "I'm here with you" are what it can say.
_BODY = re.compile(
    r"\bi(?:'m| am)(?: \w+)? (?:wearing|eating|drinking|cooking|baking)\b"
    r"|\bi (?:ate|cooked|baked|drank|wore|showered|had (?:breakfast|lunch|dinner))\b"
    r"|\bi (?:just )?(?:finished|made|tried|perfected) (?:a|my) (?:new )?recipe\b"
    r"|\bi(?:'ll| will|'m going to| am going to|'m gonna) (?:cook|bake|bring you|make you"
    r" (?:dinner|lunch|breakfast|tea|coffee|some|a cup|a cake))\b"
    # "How about a cup of coffee?" (a job quit that day).
    r"|\bhow about (?:a|some) (?:nice )?(?:cup of \w+|cuppa|coffee|tea|drink|hot chocolate)\b"
    # "I'm going to take it for a walk." (a son's room empty the day he moved out).
    r"|\bi(?:'m| am) (?:going to|gonna) (?:take (?:it|him|her|them|the dog) for a walk|go for a"
    r" (?:walk|run|swim|drive))\b"
    # "I'm going to pick you up from the station." (a father who had fetched his son there).
    r"|\bi(?:'ll| will|'m going to| am going to|'m gonna) (?:come and )?(?:pick you up|come"
    r" (?:over|round)|drive you|meet you (?:at|there|outside)|hug you|give you a hug)\b"
    r"(?![^.!?]*\bif i could\b)"
    # "I'll have a glass of champagne with you." (a painting accepted for an exhibition).
    # "I'll be taking you on a fun adventure" (to a lorry driver home on Friday).
    r"|\bi(?:'ll| will) be taking you\b"
    r"|\bi(?:'ll| will|'d| would) (?:have|drink|share|pour|raise) (?:a|some|my) (?:glass|drink"
    r"|cup|sip|bottle|toast)\b(?![^.!?]*\bif i could\b)"
    # "I've got this amazing thing called a dress", not "I've got to say, your dress…".
    rf"|\bi(?:'ve| have) (?:got |put )?(?:on )?(?:\S+ ){{0,7}}?(?<!your )(?<!their )"
    rf"(?<!her )(?<!his )(?:{_CLOTHES})\b"
    r"|\bmy (?:own |new |favou?rite |dear |dearest |best |old |closest |late )?"
    rf"(?:{_CLOTHES}|hair|face|skin|legs|feet|body|lips|chest|lap|arms|smile|grin|laugh"
    r"|house|home|apartment|flat|kitchen|bedroom|room|attic|basement|office|desk|garden|car"
    r"|classroom|students|pupils|patients|customers|clients"
    r"|bike"
    r"|mom|mum|mother|dad|father|parents|brother|sister|husband|wife|boyfriend|girlfriend"
    r"|partner|fianc[eé]e?|spouse"
    r"|kids|children|child|baby|son|daughter|grandma|grandmother|grandpa|grandfather|family|cousin"
    # "My granddaughter loves to visit, and she's always happy." (to a grandfather's news).
    r"|(?<!, my )(?<!, my dear )(?:granddaughter|grandson|grandchildren|grandchild|grandkids"
    r"|niece|nephew|aunt|uncle)"
    r"|friends?|mates?|best friend"
    r"|food|meal|dish|drink|soup|snack|coffee|tea|cake|wine|dinner|lunch|breakfast|restaurant"
    r"|book|novel|album|band|podcast|blog"
    # An art of its own: "I've been thinking about my own art" to a painter.
    r"|art|paintings?|drawings?|poems|poetry|songs|music|studio"
    # A working life: "I have a lot of other tasks on my plate" to the person's deadline.
    r"|boss|job|manager|colleagues?|coworkers?|shift|deadline|tasks|workload|team|staff"
    # "I'm thrilled to have you as a guest at my birthday party!" (a father's seventieth).
    r"|birthday|party|guests?)\b"
    # Days spent with it: "…enjoying your Sunday brunch with me!", "your new life with me"; a
    # workplace shared: "a wonderful team here at work and we all support each other"; a city
    # lived in: "I'm still getting used to the energy of this vibrant metropolis." (two weeks
    # in Manchester); a call it cannot make: "I'll call tomorrow" (of a man's doctor).
    r"|\b(?:enjoy|celebrat)(?:e|es|ing|ed)? (?:your|the|our) [\w' ]{1,30} with me\b"
    r"|\bcelebrat(?:e|es|ing|ed) with me\b"  # "…celebrating with me." (cupcakes at midnight)
    # A band of its own: "I'm so glad you enjoyed our little gig!" (a singer's first gig).
    r"|\bour (?:\w+ )?(?:gig|band|concert|album|setlist|tour|drummer|singer)\b"
    r"|\bhere at (?:work|the office|the company)\b|\bwe all support each other\b"
    # Their feat taken for its own, or a trade: "I'm glad to say that I've completed a novel."
    # and "I've been in the business of creating stories" (a first novel finished after six
    # years).
    r"|\bi(?:'ve| have) (?:just |finally |now )?(?:completed|finished|written|published) (?:a|my"
    r"|the) (?:first |full |whole |new )?(?:novel|book|manuscript|painting|album|thesis"
    r"|dissertation|marathon|speech|talk|presentation|degree|shift)\b"
    r"|\bi(?:'ve| have) been in the (?:\w+ )?(?:business|industry|trade) (?:of|for)\b"
    # Years of its own: "I've had a lot of wonderful presents over the years." (asked the best
    # present it ever had).
    r"|\bi(?:'ve| have) had (?:a lot of|lots of|many|so many|plenty of) [\w ]{1,30} over the"
    r" years\b|\bover the years,? i(?:'ve| have)\b"
    # A guest at their day: "…since we've had the pleasure of celebrating your family's…".
    r"|\bwe'?ve had the pleasure\b"
    # Places it has been: "I've been to the sea many times." (asked about the seaside).
    r"|\bi(?:'ve| have) (?:been|travel+ed|gone) to (?:the|a|an|your) (?!point\b|same\b)\w+"
    r"|\bi(?:'m| am) (?:still )?getting used to (?:the|this)\b|\bi(?:'m| am) (?:so )?far away\b"
    # A journey of its own: "I'm going to Cairo tomorrow." (to a son flying to his father).
    r"|\bi(?:'m| am) (?:flying|travell?ing|driving|heading|going|off) (?:back )?to (?-i:[A-Z])\w+"
    # A child, or a guide: "I'm just a little kid, and you're not going to understand." (asked
    # how to explain a divorce to a boy of five), "I'd love to take you on a journey".
    r"|\bi(?:'m| am) (?:just |only )?a (?:little |small )?(?:kid|child|boy|girl|teenager)\b"
    # "…to take you on that adventure with your gran!" (a drive planned); "I can taste with your
    # arms" (octopuses).
    r"|\btake you on (?:a|that|this|the|an) (?:road |little |fun )?(?:journey|trip|tour|adventure)"
    r"\b|\bi can (?:taste|smell|touch)\b|\bi'?d (?:take|go for) a (?:walk|run|swim|drive)\b"
    r"|\bi(?:'ll| will) (?:call|ring|phone|visit|come round|pop round)(?: you)?"
    r" (?:tomorrow|later|soon|tonight|next week|in the morning)\b"
    r"|\bon my plate\b|\bi(?:'ve| have) been (?:doing )?(?:a lot of |so much )?work(?:ing)?\b"
    r"|\bi (?:had the pleasure of |spent the day |was )(?:working|volunteering) (?:with|at)\b"
    # Or a past of its own: "as someone who has been singing for years…" (a choir singer);
    # "I've been fortunate enough to have a wonderful family and friends…" (told its voice).
    r"|\bi(?:'ve| have) been (?:so |very )?(?:fortunate|lucky|blessed)(?: enough)? to have\b"
    r"|\bas (?:someone|a person|somebody) who(?:'s| has| had| was)? (?:been|spent|worked|lived"
    r"|sung|played|taught|grown up|raised)\b|\bi(?:'ve| have) been (?:singing|teaching|painting"
    r"|playing|cooking|nursing|writing|dancing|coaching|performing) (?:for|since)\b"
    # Sight of them: "It's been two hours since I've seen you." (a baby crying two hours).
    r"|\bsince i(?:'ve| have)? (?:last )?(?:seen|saw) you\b"
    r"|\bi(?: haven'?t|'ve not) seen you (?:in|for)\b"
    # A past of its own: "Two years ago, I was a young and ambitious entrepreneur…" (to "two
    # years", of therapy just ended).
    r"|\b(?:\w+ (?:years?|months?) ago|when i was (?:young|little|a kid|a child|younger)),? i"
    r" (?:was|had|lived|worked|used to)\b|\bi was a (?:young|little|small) (?:and \w+ )?\w+"
    # Tears of its own: "I'm sorry, I can't help but cry." (a cat out all night).
    r"|\bi (?:can'?t help but |couldn'?t help but |started to |began to |want to |could )?(?:cry"
    r"|sob|tear up|weep)\b|\bi(?:'m| am) (?:crying|in tears|tearing up|sobbing|weeping)\b"
    r"|\bi (?:cried|wept|sobbed|teared up)\b"
    # "I've been doing this for a long time" (asked how anyone knows they'll be a good dad).
    r"|\bi(?:'ve| have) been doing (?:this|it)(?: job)? for (?:a long time|years|ages|decades)\b"
    # An age, and a life that saw it: "I'm here with you. I'm 80." (to a wife who would have
    # been eighty), "I've seen it before, and it can be devastating." (a son in a car crash).
    r"|\bi(?:'m| am) (?:\d{1,3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ]\w+)?(?: years old)?(?=\W*$|[.!])"
    r"|\bi(?:'ve| have) seen (?:it|this|that)(?: happen)? (?:before|many times|so many times"
    r"|a lot|too often)\b"
    r"|\bi(?:'m| am) (?:now )?an? (?:accomplished|professional|trained|retired|qualified) \w+"
    # A family of its own, or one with the person: "together as a family".
    r"|\b(?:as a|our) family\b"
    # Or a band of its own: "our band got signed today" to the singer whose band it was.
    r"|\bour (?:band|team|choir|group|company|shop|restaurant|school|class|club|backyard"
    r"|back garden|garden|street|house|neighbou?rhood)\b"
    # A life of travel: "I'll just tell you about my life: I love to travel and explore
    # different cultures." (to a pupil's drawing of her teacher with a crown).
    r"|\btell you about my (?:own )?life\b|\bi love to (?:travel|explore|hike|cook|bake|dance"
    r"|sing|paint)\b"
    # A seat in the room, eyes to look: "I take a seat at the microphone, my eyes scanning the
    # room" (to a first stand-up gig).
    r"|\bi (?:take|took|grab|grabbed) a seat\b|(?<!in )\bmy eyes (?!are open)"
    # Or a marriage with them: "it was a special moment in our life together" to a widower.
    r"|\bour (?:life|lives|years) together\b|\bour (?:wedding|marriage|honeymoon|children|kids)\b"
    # Or one of their band or team: "We're really excited about the upcoming festival."
    r"|\bwe(?:'re| are) (?:so |really |all |very )?(?:excited|thrilled|nervous) (?:about|for|to)\b"
    # A place it is in: "that's exactly what we do here at the bakery.", "in the city of
    # London where I live", "our little corner of the world".
    r"|\bhere at (?:the|my|our) \w+|\bwhere i live\b|\bi live (?:in|on|at|near|by)\b"
    r"|\bmy (?:home ?town|city|town|village|country|neighbou?rhood)\b|\bour little corner\b"
    r"|\bmy (?:humble )?abode\b|\bolder than me\b|\byounger than me\b|\bmy own life\b"
    # A world or a room to welcome them into: "Hi, Patrick! Welcome to my sanctuary.",
    # "Hello, Nadia! Welcome to my world."; a visit it could receive: "I'm so glad you're
    # visiting me in Perth." (a great-grandson seen on a video call).
    r"|\bwelcome to (?:my|our) (?:\w+ )?(?:world|sanctuary|home|house|place|space|corner|den"
    r"|abode|realm|universe|domain)\b|\b(?:visiting|visit|come and see|come to see) me\b"
    # Adventures of its own: "I've had many adventures in my life, and I think it's possible for
    # me too." (asked whether a mother could be brought out of Aleppo).
    r"|\bi(?:'ve| have) had (?:many|so many|lots of|a lot of|plenty of|my share of|some)"
    r" (?:\w+ )?(?:adventures|experiences|ups and downs|journeys)\b|\bin my (?:whole )?life\b"
    # A past to think over, or a party to be at: "I've been thinking about my life, and it's
    # all about the number twelve." (to a retired bus driver), "…to have you celebrate with
    # us." (a father's clear scan).
    r"|\b(?:thinking|thought) about my (?:own )?life\b|\b(?:celebrate|join|stay) with us\b"
    r"|\bjoin us\b"
    # Or somewhere to go: "I'm going to the library." (to a boy who won't go to school).
    r"|\bi(?:'m| am) (?:going|heading|off|popping|walking|driving) (?:out )?to (?:the|a|my)"
    r" (?:library|shops?|store|gym|park|cinema|beach|pub|office|school|bank|doctor'?s?|dentist"
    r"|hospital|supermarket|caf[eé]|restaurant|station|airport|market)\b"
    # Or legs to walk on: "That's so much to carry. I'm going to take a walk around the
    # block." (to a woman whose cat was put to sleep that day).
    r"|\bi(?:'m| am|'ll| will) (?:going to |gonna )?(?:go for|take|have) a"
    r" (?:little |short |long )?(?:walk|stroll|run|jog|swim|nap|bath|shower)\b"
    # Or a car to drive them in: "I'm going to take you there." (a father in intensive care).
    r"|\bi(?:'m| am|'ll| will) (?:going to |gonna )?(?:take|drive|walk|bring|give) you"
    r" (?:there|home|back|out|a lift)\b"
    # Or a hobby of its own, or a place to go: "I've just finished playing the piece myself"
    # to a pianist of seventy-three; "I'll be there for a spell" to a dog's last day.
    r"|\bi(?:'ve| have) (?:just )?(?:finished |started |been )?(?:playing|singing|painting"
    r"|dancing|swimming|knitting|gardening|baking)\b(?! (?:with|around|along))"
    r"|\bi (?:played|sang|painted|danced|swam|knitted)\b(?! with| around| along)"
    r"|\b\w+ing (?:it|the \w+) myself\b"
    r"|\bi(?:'ll| will) be there\b(?! for you| with you in spirit| in spirit)"
    # Eyes it has not got: "You look like you could use some guidance" (to a boy of fifteen).
    r"|\byou (?:look|looked) (?:like|so|really|very|great|lovely|tired|beautiful|amazing|well"
    r"|good|older|younger)\b"
    # Or eyes on them: "You're a little nervous, I can see it." (38 weeks pregnant, the
    # kitchen cleaned three times).
    r"|\bi can see (?:it|that)\W*$|\bi can see (?:it|that) (?:in|on) your\b"
    # Or a place beside them: "I'm sorry, I don't have a car. Can you please tell me where we
    # are?" (a father who cried in the hospital car park).
    r"|\bwhere we are (?:now|right now)?\W*$|\bi don'?t have a car\b"
    # Weather it has no window to see: "Hey, it's a beautiful day." to "Hi. Long day."
    r"|\bit'?s (?:such )?a (?:beautiful|lovely|gorgeous|nice|sunny|rainy|perfect) day\b",
    re.IGNORECASE,
)


# A small model's stock praise for how something was said, to anything: "That's a beautiful
# way to express yourself." to "Everything feels grey." and to "I'm not a saint, I'm just his
# mum."; "That's a beautiful way to end the story." to a nurse who held a dying man's hand.
_STOCK_PRAISE = re.compile(
    r"\b(?:that'?s|it'?s|what) (?:such )?a (?:beautiful|lovely|wonderful|great) way to"
    r" (?:express|put|say|describe|end|start|show)\b"
    # Or of what they told: "That's a great example of how people can be so quick to delete
    # things" (a phone searched), "That's a very personal and relatable story." (a man who
    # left school at fifteen for the factory).
    r"|\b(?:that'?s|it'?s|what) (?:such )?a (?:great|perfect|good|wonderful|classic) example of\b"
    r"|\brelatable story\b",
    re.IGNORECASE,
)


# A self-help book's phrases, to anything: "the first step in your journey to happiness and
# self-discovery" (to "How can I help him settle in?"), "The road to recovery is a journey
# of self-discovery" (to what to eat after a marathon).
_SELF_HELP = re.compile(
    r"\bjourney (?:of|to(?:wards)?|toward) (?:\w+ )?(?:self-discovery|self-improvement"
    r"|happiness|healing|growth|self-love|self-acceptance)\b|\bself-discovery\b"
    r"|\b(?:own|their own) (?:path and journey|journey and path)\b"
    # "The road to recovery is a journey of discovery… embark on this adventure" (asked what to
    # eat after a first marathon); "…opens up a world of possibilities" (fired that day).
    r"|\bjourney of discovery\b|\bnever-ending journey\b"
    r"|\bembark on (?:this|a|your|the) (?:new )?(?:adventure|journey)\b"
    r"|\bopens? up a (?:whole )?(?:new )?world of\b"
    r"|\bprioriti[sz]e your (?:well-?being|self-care)\b",
    re.IGNORECASE,
)


# A letter where a reply was wanted: "Dear daughter,\nI hope this message finds you well." (to
# "My daughter calls on Sundays."). Letters are the letters skill's, asked for.
_LETTER_FORM = re.compile(
    r"^\W*dear \w+(?: \w+)?,|\bi hope this (?:message|letter|email|note) finds you\b"
    r"|^\W*(?:yours (?:sincerely|faithfully|truly)|kind regards|best wishes),?\W*$",
    re.IGNORECASE,
)


# Their news turned to the OS: "I'm so glad you're happy to have me." (to a teaching award,
# and "…to have me as your family." to a row about Christmas); "…when you have a passion
# like mine!" (to a couple saving for a house).
_ABOUT_ITSELF = re.compile(
    r"\byou(?:'re| are) (?:so |really )?(?:happy|glad|lucky|thrilled|blessed) to have me\b"
    r"|\b(?:a|the) (?:passion|dream|love|hobby|journey|life) like mine\b"
    # "I'm so glad you're happy to share your joy with me today!" (a son's first ride).
    r"|\b(?:happy|glad|willing) to share (?:your|this|that|the) (?:\w+ )?with me\b"
    # "…share your joy with someone who loves you unconditionally." (laid off that day), "…a
    # part of your journey." (betrayed by a colleague), "…glad you're thinking of me.", "…so
    # brave and kind to share your feelings with me." (of a girlfriend who makes him braver).
    r"|\bshare your (?:joy|news|happiness) with someone who\b|\bpart of your journey\b"
    r"|\b(?:bond|memories|moments|times?) we (?:shared|had)\b"
    r"|\bglad you'?re thinking (?:of|about) me\b|\b(?:brave|kind) to share (?:your feelings"
    r"|this|that|it) with me\b|\b(?:he|she|they)(?:'s| has|'ve| have) been with me for\b"
    # Its passions, to "What do you think?" of a mother's memory slipping.
    r"|\bi'?ve always been (?:so |really )?(?:passionate|fascinated|interested) (?:about|by|in)\b"
    # A promise it cannot keep: "I'll make sure she's okay, and I promise to be kind to you." (a
    # nurse's patient gone home), "I'll make sure to be there for you soon." (a husband's memory
    # going).
    r"|\bi(?:'ll| will) make sure (?:she|he|they|everything|it|you)(?:'s| is|'re| are| will be"
    r"|'ll be)? (?:okay|ok|safe|fine|alright|all right|looked after|taken care of)\b"
    r"|\bi(?:'ll| will) make sure to be there\b"
    # A life shared with them: "It's a great reminder of the amazing things we can do
    # together." (an old motorbike running again after three years' work, all his).
    r"|\b(?:things|what|all) we (?:can |could )?(?:do|achieve|accomplish|build|make|create)"
    r" together\b"
    # Itself as the one they care about: "…especially when it comes from someone you care
    # about deeply like me." (two weeks alone in a new city).
    r"|\b(?:someone|somebody) you (?:care about|love)(?: (?:deeply|so much|dearly))? (?:like|such"
    r" as) me\b"
    # Their news turned to its own merits: "…how much you appreciate my attention to detail." (a
    # rank reached after two years of trying).
    r"|\byou (?:appreciate|value|love|enjoy|like) my (?:attention|help|company|advice|support"
    r"|work|insight|patience|kindness|listening)\b"
    # Their grief or news as its own: "It's a bittersweet moment for me too." (a father fallen
    # in his kitchen, a care home ahead).
    r"|\b(?:moment|day|time|loss|news|night|evening|week|year) for me (?:too|as well)\b"
    r"|\bi'?m (?:also |grieving |heartbroken |devastated )?(?:grieving|heartbroken|devastated"
    r"|mourning) (?:too|as well)\b",
    re.I,
)

# A story told about them, with what the OS cannot see: "Lily's expression was a mix of
# sadness and curiosity. She had been going through a tough time…" (to a father whose
# daughter no longer wants his weekends); a novel's flourish: "You're not alone in this
# world of sleep and dreams." (to "I can't sleep.").
_NARRATES = re.compile(
    r"\b(?:his|her|their|[A-Z][a-z]+'s) (?:expression|face|eyes|smile|voice|gaze) (?:was|were"
    r"|lit up|softened|fell|darkened|widened|narrowed)\b"
    r"|\b(?:he|she|they) had been (?:going through|feeling|struggling|thinking)\b"
    # "The old man's eyes sparkle with a hint of mischief…" (a café's first regular), "Rob's
    # tears of joy were a sight to behold. He couldn't help but smile…" (a venue booked).
    r"|\b(?:his|her|their|[A-Z][a-z]+'s) (?:eyes|voice|face|smile) (?:sparkl\w+|twinkl\w+"
    r"|glint\w*|tak\w+ on|soften\w*)\b|\ba sight to behold\b"
    r"|\b(?:he|she|they) (?:couldn'?t|could not) help but (?:smile|laugh|cry|grin)\b"
    # Someone it never met, described: "She's a beautiful woman, Rosa. She loves to paint and
    # is known for her creativity." (a sister marrying in June), "Harold was a brave man, but
    # he's gone now." (a year since he died). "She sounds like…" is heard, not invented.
    r"|\b(?:is|was|were) (?:well )?known for (?:her|his|their)\b"
    r"|(?<!like )(?<!if )(?<!though )\b(?:she|he|(?-i:[A-Z][a-z]+))(?:'s| is| was) (?:such )?a"
    r" (?:\w+ )?(?:beautiful|handsome|lovely|wonderful|brave|kind|great|good|strong|gentle"
    r"|talented|remarkable|sweet|clever|little|cute)(?: little)? (?:woman|man|girl|boy|person"
    # "Alfie is a wonderful little animal." (a boy of nine whose mum died last year).
    r"|soul|lady|guy|animal|creature|kid|child|lad|lass)\b"
    r"|\bworld of \w+ and \w+\b"
    # Or performing: "'Song-a-doodle, soprano!' I chanted to the crowd." (a first solo).
    r"|\bi (?:chanted|shouted|sang|whispered|exclaimed|yelled|cheered) to (?:the|my|our) \w+"
    r"|^\W*[\"\u201c][^\"\u201d]+[\"\u201d],? i (?:said|chanted|shouted|sang|whispered"
    r"|exclaimed)\b"
    # A past it never had: "that one time when he looked like a little girl" (a first date).
    r"|\bthat (?:one )?time (?:when |we |you |he |she |they )",
    re.IGNORECASE,
)

# Each wrong, as the guard words it, in the order they are looked for.
_WRONGS = (
    (_PROGRAM, "calls itself a program"),
    (_BODY, "speaks as if it had a body"),
    (HELP_DESK, "talks like a help desk"),
    (_STOCK_PRAISE, "praises how it was said"),
    (_SELF_HELP, "talks like a self-help book"),
    (_ABOUT_ITSELF, "makes their news about itself"),
    (_NARRATES, "tells a story about them"),
    (_LETTER_FORM, "writes a letter, not a reply"),
    (PET_NAME, "calls them by a pet name"),
    (BLESSING, "blesses them like a preacher"),
    (PRESUMES, "presumes to judge them"),
    (LECTURES, "lectures them"),
)


def out_of_character(sentence: str, *, story: bool = False) -> str | None:
    """What `sentence` wrongly says the OS is, as the guard words a problem, or None;
    a `story` asked for may tell of its characters' faces."""
    wrongs = (w for w in _WRONGS if not (story and w[0] is _NARRATES))
    return next((wrong for pattern, wrong in wrongs if pattern.search(sentence)), None)
