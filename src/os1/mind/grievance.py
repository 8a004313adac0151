"""A wrong done to them by someone in their life, told: read by a small grammar.

The readings hear the kindness in the telling, not the wrong: "I lent my brother two
thousand pounds last year and he's never paid it back." read as admiration (the lending),
and the OS said "That's wonderful, Tom! You should be proud of yourself."; "I love him but
he never takes my side with his mum." read as happy-for 0.67 (the love). Told that
someone let them down, the OS is sorry for them (heard_by_grammar.py).
"""

from __future__ import annotations

import re

# Someone who owes them, went behind their back, or never does what they should.
_WRONGED = re.compile(
    # Laughed at: "Everyone was laughing at it." (a photo of a girl of fifteen posted in the
    # group chat; read as joy 0.87: "That's so good to hear.").
    r"\b(?:everyone|everybody|they|people|the whole (?:class|school|group|team)|all of them)"
    r" (?:was|were|kept|started|just)? ?(?:laughing|laughed|sniggering|sniggered|making fun)"
    r" (?:at|of) (?:me|it|my (?!jokes?\b|stor(?:y|ies)\b|puns?\b|impressions?\b)\w+|us|him|her)"
    r"\b|"
    r"\b(?:never|still hasn'?t|still haven'?t|hasn'?t ever|didn'?t ever) (?:\w+ )?"
    r"(?:paid|pay|pays|given|give|gave) (?:me |it |us |the money |any of it |a penny )?back\b"
    r"|\b(?:still )?owes? (?:me|us) (?:money|\w+ (?:pounds|dollars|euros|quid|grand|hundred"
    r"|thousand))\b"
    r"|\bbehind my back\b"
    r"|\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) never (?:takes|took) my side\b"
    r"|\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:never|doesn'?t ever"
    r"|won'?t ever) (?:listens|listened)"
    r" to me\b"
    r"|\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:took|takes|stole"
    r"|steals) (?:the )?credit for my\b"
    r"|\b(?:been |was |is )?taking (?:the )?credit for my\b"
    # Passed off as theirs: "She presented my report to the director as hers." (a colleague
    # taking credit; read as admiration: "Oh, that's wonderful. How does it feel?").
    r"|\bmy (?:\w+ )?(?:work|report|idea|ideas|design|paper|research|project|slides|code|essay"
    r"|song|words|plan) (?:\w+ ){0,5}as (?:hers|his|theirs|(?:her|his|their) own)\b"
    r"|\b(?:passed|passing) off my\b"
    # Thanklessness: "After I covered for everyone all year." (told "not a team player" in a
    # review; "That's quite something. How does it feel?").
    r"|^\W*(?:and |even )?after (?:i|all i'?ve?|everything i'?ve?) (?:covered for|stayed late"
    r"|did (?:for|everything)|worked (?:so hard|weekends|late)|carried|picked up the slack"
    r"|gave (?:them|him|her|it) )"
    # Trust broken: "I trusted him." (a best mate who told the team of an anxiety confided; read
    # as admiration, "Oh, that's wonderful. How does it feel?").
    r"|^\W*(?:(?:and|but|because),?\s+)?i (?:really |completely |actually )?trusted (?:him|her"
    r"|them|you)\W*$"
    # A secret spread: "she told everyone about my crush" (a best friend; read as nothing, and
    # the model spoke of "an open and honest conversation").
    r"|\b(?:told|tells|telling|posted|spread|blabbed)(?: it to)? (?:everyone|everybody|the whole"
    r" \w+|the class|people|all (?:her|his|their) friends) (?:about )?(?:my|our) (?:secret|crush"
    r"|news|diagnosis|pregnancy|business|private|messages?|texts?|photos?)\b"
    r"|\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:lied|lies) to me\b"
    r"|\b(?:cheated on|walked out on|(?:is|was|has been|'s|been) cheating on) me\b"
    # Robbed or cheated of money: "They took 3000 pounds. My savings." (a widow scammed by a
    # caller posing as her bank; "That sounds like a good person to have around, Joan."),
    # "The bank says they might not refund it." ("What lovely news. Tell me everything!").
    r"|\b(?:i'?ve been|i was|i got|we'?ve been|we were) (?:scammed|conned|robbed|burgled"
    r"|defrauded|swindled|ripped off|mugged)\b"
    # Not "She took my hand.": taken is money, stolen is anything.
    r"|\b(?:they|he|she|someone|somebody) (?:stole|nicked) (?:\d|all|my|our|every)\b"
    r"|\b(?:they|he|she|someone|somebody) (?:took|emptied|drained) (?:\d[\d,]*|(?:all )?(?:my|our)"
    r" (?:money|savings|pension|account|purse|wallet))\b"
    r"|\b(?:might|may|won'?t|will not|refuse to|refused to) (?:not )?refund\b"
    r"|\bstood me up\b|\bi (?:got|was|'ve been|have been) (?:stood up|ghosted)\b"
    r"|\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:ghosted|blocked|dumped) me\b"
    # A slight on top: "He didn't even text." (stood up; "I'm sorry, it's not possible.").
    r"|\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:didn'?t|never) even (?:text|call"
    r"|ring|message|write|show"
    r" up|say sorry|apologi[sz]e|say goodbye|come)\b"
    r"|\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:broke|breaks) (?:his|her"
    r"|their) promise\b"
    # A promise not kept: "Yaw didn't come though. He promised." (a first reading at an open
    # mic; read as nothing: "I'm listening, Amara.").
    r"|\b(?:didn'?t|did not|never) (?:come|show(?: up)?|turn up|call|ring|make it)\b[^.!?]{0,30}"
    r"[.!?,]*\s*(?:though\W*\s*)?(?:and |but |even though |when )?(?:he|she|they) (?:had )?"
    r"(?:promised|swore|said (?:he|she|they)(?:'d| would))\b"
    r"|\b(?:let me down|bailed on me|cancell?ed on me|flaked on me)\b"
    # "Callum forgot to even text me congratulations." (her final placement passed; "I'm so
    # happy for you, congratulations.").
    r"|\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:forgot|didn'?t bother"
    r"|couldn'?t be bothered)"
    r" (?:even )?to"
    r" (?:even )?(?:text|call|ring|message|say|congratulate|ask|come|show up|turn up)\b"
    # Mocked: "They laughed at my drawings." (read happy-for 0.46: "That's so good to hear.")
    r"|\b(?<!we )(?<!i )(?:laughed|laughing|sniggered|sneered|jeered) at (?:me|my)\b"
    r"(?! (?:\w+'s )?(?:jokes?|stories|story|puns?|impressions?|silly|funny)\b)"
    r"|\b(?:made|make|making) fun of (?:me|my)\b|\b(?:mocked|bullied|picked on) me\b"
    # "Some kids at school keep calling me names." (read as reproach of them only).
    r"|\b(?:call|calls|calling|called) (?:me|him|her|them|my \w+|(?-i:[A-Z][a-z]+)) (?:names"
    r"|horrible"
    r"|nasty|awful)\b"
    # Their fury at it: "I wanted to flip the table." (after a boss took credit; the model:
    # "I'm glad you're happy.").
    r"|\bi (?:wanted|could have|nearly|almost|was ready) (?:to )?(?:flip|throw|punch|hit|smash"
    r"|scream at|strangle|thump|slap|kick)\b|\bi was (?:so |absolutely )?(?:furious|livid"
    r"|fuming|seething)\b"
    # Left out: "Everyone knew except me." (a best friend seeing their ex; the OS said
    # "That's wonderful, Hana! You should be proud of yourself."), "Nobody told me."
    r"|\b(?:everyone|everybody|they all|all of them) knew (?:except|but|apart from|other than)"
    r" me\b|\b(?:nobody|no one|no-one|none of them) (?:told|warned|asked|invited) me\b"
    r"|\b(?:kept it|kept this) from me\b|\bwithout (?:telling|asking|inviting) me\b"
    r"|\b(?:left|leave|leaving) me out\b"
    # A confidence betrayed: "Zoe told everyone my secret." (read as admiration).
    r"|\b(?:told|tells|telling) (?:everyone|everybody|people|the whole \w+|them|him|her)"
    r" (?:my|our|about my) (?:secret|news|private)\w*\b|\b(?:betrayed|humiliated|outed) me\b"
    # Talked about behind their back: "Some girls at school made a group chat about me." (a
    # girl of thirteen; "A little girl, a bit of magic.").
    r"|\b(?:made|started|set up|have|has) (?:a|an|this|their own) (?:group ?chat|chat|page|account"
    r"|video|post|meme|story)s? about me\b|\b(?:posted|posting|spreading|spread) (?:things|stuff"
    r"|rumou?rs|lies|pictures|photos|videos) about me\b"
    # Given up by a colleague: "I found out he put my name on the list." (layoffs; read as
    # admiration: "Oh, that's wonderful."), "She threw me under the bus."
    r"|\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:put|puts|gave"
    r"|handed) my name (?:on|forward|in|to)\b"
    r"|\b(?:threw|throw|thrown) me under the bus\b|\bstabbed me in the back\b|\bsold me out\b"
    r"|\bset me up\b"
    # Run down by someone close: "Toby thinks I'm soft for seeing a counsellor." (read as
    # nothing; the model: "That's a wonderful compliment!").
    r"|\b(?:he|she|they|(?:my|our|the) \w+|(?-i:[A-Z][a-z]+)) (?:thinks|thought|said|says|told me"
    r"|reckons)(?: that)?"
    r" i'?m"
    r" (?:so |too |just |a bit |being )?(?:soft|weak|pathetic|lazy|stupid|useless|a failure|a loser"
    r"|an idiot|selfish|dramatic|too sensitive|oversensitive|a snowflake|attention[- ]seeking)\b"
    # Their fury now: "I want to scream at him." (the same evening; "That's wonderful.").
    r"|\bi (?:want|wanna|feel like i want) to (?:scream|shout|yell|swear|punch|hit|slap|strangle)"
    r" (?:at )?(?:him|her|them|(?-i:[A-Z][a-z]+))\b"
    # Their news brushed off: "My mother said 'that's nice' and changed the subject." (a novel
    # taken after seven years; read as happy-for for its "nice": "What lovely news.").
    r"|\b(?:and|then|just|she|he|they) (?:changed|changes) the subject\b(?! to\b)"
    r"|\b(?:said|says) ['\"\u2018\u201c]?(?:that'?s nice|oh,? nice|good for you|whatever|ok(?:ay)?"
    r"|fine)['\"\u2019\u201d]?,? (?:and|then) (?:went|walked|turned|looked|carried|changed)\b"
    # Left out: "Jake said I'm not invited to his birthday. Everyone else in our group is going."
    r"|\beveryone else (?:in (?:our|the|my) \w+ )?(?:is|was|got|has been|'s) (?:going|invited"
    r"|asked)\b|\b(?:i'?m|i am|i was) (?:not|never) (?:even )?invited\b"
    r"|\bi (?:wasn'?t|didn'?t get|never got) (?:even )?invited\b",
    re.IGNORECASE,
)
# Asked, or theirs to own: "Has he paid you back?", "I went behind her back."
_NOT_TOLD = re.compile(r"\?\s*$|\bi (?:went|go|did it) behind\b|\bi lied to\b", re.IGNORECASE)


def grievance_told(text: str) -> bool:
    """Whether `text` tells of a wrong someone did them ("He's never paid it back.")."""
    return bool(_WRONGED.search(text)) and not _NOT_TOLD.search(text)
