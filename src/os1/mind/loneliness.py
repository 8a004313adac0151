"""Loneliness told, read by a small grammar: the OS is sorry for them.

The classifiers read loneliness told plainly as anything but: "It's quiet in the house.
I talk to the cat more than anyone." as admiration, and the OS answered "That's
wonderful, Walter! You should be proud of yourself." Loneliness is rarely said with
sad words; it is said as what is missing. The phrases here follow what the UCLA
Loneliness Scale asks about (Russell 1996, Journal of Personality Assessment 66(1):
lacking companionship, no one to turn to or talk to, feeling alone, left out (or
left behind) or isolated, no one who really knows you, people around you but not with
you), and the everyday ways of saying it: nobody calls or visits, not a single friend, a house gone
quiet, knowing no one in a new place, talking to the cat more than to anyone.
"""

from __future__ import annotations

import re

_TOLD = re.compile(
    r"\b(?:lonely|lonesome|loneliness|so alone|all alone|(?:feel|felt|feeling) (?:so |really )?"
    r"(?:alone|isolated|left out|invisible)|lack(?:ing)? (?:companionship|company)"
    r"|(?:no ?one|nobody|no-one) (?:to|i can) (?:talk|turn|speak) to|(?:no ?one|nobody)"
    r" (?:really )?(?:knows|understands|gets) me|(?:no ?one|nobody) (?:ever |really |even )?"
    r"(?:calls|called"
    r"|rings|rang|visits|visited|texts|texted|comes round|came round|asks|asked)"
    r"|not close to (?:anyone|anybody)|around me but not with me|left out|isolated"
    # Kept away from by their own: "Daniel hasn't visited in four months." (a son twenty
    # minutes away; read as calm, and his sister's children coming every Sunday as good news).
    r"|(?:hasn'?t|haven'?t|has not|have not) (?:even |once )?(?:visited|called|rung|phoned"
    r"|texted|written|been (?:round|over|to see me|in touch)|come (?:round|over|to see me))"
    r"(?: (?:me|us))?(?: (?:in|for) (?:(?:over |nearly |almost )?(?:\w+|a few|several) )?"
    r"(?:weeks|months|years|ages)| since (?:christmas|easter|the funeral|\w+ ?\w*))"
    r"|(?:feel|felt|feeling)(?: \w+){0,3} left behind"
    r"|(?:don'?t|do not) have (?:a single|any|one) (?:friend|friends)|no friends"
    # Everyone else has someone: "work is fine but everyone goes home to their families" (two
    # weeks in Leeds; read as good news 0.78: "What lovely news.").
    r"|(?:everyone|everybody|they all) (?:else )?(?:goes|go|went|heads|rushes) (?:home|off|back)"
    r" to (?:their|his|her) (?:families|family|partners?|wives|husbands|kids|friends)"
    # Or for a holiday: "Everyone went home for reading week." (a student who stayed; the
    # model: "The perfect way to start a new week.").
    r"|(?:everyone|everybody|they all|all my (?:friends|flatmates)) (?:else )?(?:has |have )?"
    r"(?:went|gone|goes|go) home for (?:the )?(?:holidays|reading week|half[- ]term|christmas"
    r"|easter|the weekend|summer|the summer|eid|diwali|new year)"
    # New somewhere: "I don't know a single person here.", "nobody talked to me".
    r"|(?:don'?t|do not|didn'?t) know (?:a single (?:person|soul)|anyone|anybody|a soul)"
    r" (?:here|in (?:this|the) (?:city|town|place|building|village)|there)"
    r"|(?:no ?one|nobody|not one person) (?:even )?(?:talked|spoke|said hello|said hi) to me"
    # "I've outlived all my friends." (at ninety-one; "Oh, that's wonderful.").
    r"|\boutlived (?:all (?:of )?my|most of my|everyone|everybody|all my) ?(?:friends|family"
    r"|sisters|brothers|siblings|generation)?\b"
    r"|talk to (?:the|my) (?:cat|dog|plants|walls|tv|telly|radio) more than"
    # A day for others spent alone: "It's Christmas next week and I'll be on my own again."
    r"|(?:i'?ll|i will|i'?m going to|i'?m) (?:be |spend (?:it|the day|christmas) )?(?:on my own"
    r"|by myself|alone)(?: again)?\b[^.!?]*\b(?:christmas|birthday|new year|holidays|easter"
    r"|thanksgiving|eid|diwali)|(?:christmas|birthday|new year|holidays|easter|thanksgiving"
    r"|eid|diwali)\b[^.!?]*\b(?:on my own|by myself|alone)(?: again)?\b"
    # Someone close going far: "My best friend Shanice is moving to Australia tomorrow."
    # (friends since nursery; read as good news: "That's so good to hear.").
    r"|\bmy (?:best friend|best mate|oldest friend|closest friend|sister|brother|mum|mom|dad"
    r"|son|daughter|grandson|granddaughter|girlfriend|boyfriend|partner)(?: (?-i:[A-Z][a-z]+))?"
    r" (?:is|'s|are) (?:moving|emigrating|relocating|going) (?:away|abroad|overseas|to (?:live"
    r" in )?(?:australia|new zealand|canada|america|the us|the states|dubai|singapore|japan"
    r"|another country|the other side of the world))\b"
    # Alone again on a night for company: "It's Friday night and I'm on my own again." (three
    # months in a new city; read as nothing, and the model: "…on your own again, I'm glad to
    # say.").
    r"|(?:i'?m|i am|i was|i'?ll be|spent it|spending it|spend it) (?:on my own|by myself"
    r"|alone|home alone) again\b"
    r"|(?:friday|saturday|sunday) (?:night|nights|evening)\b[^.!?]*\b(?:on my own|by myself"
    r"|alone)\b|(?:on my own|by myself|alone) (?:again )?(?:on|this) (?:a )?(?:friday|saturday"
    r"|sunday) (?:night|evening)\b"
    # Cooking for one now: "It was too much for one person though." (a widower's first proper
    # dinner; "What lovely news. Tell me everything!").
    r"|too much for one(?: person)?|(?:cooking|cook|dinner|a table) for one"
    # A day for others spent without them: "It'll be the first Christmas without my family."
    # (a student who can't afford the flight home; "That's so good to hear.").
    r"|first (?:christmas|birthday|new year|easter|thanksgiving|eid|diwali|holiday|summer"
    r"|anniversary) (?:\w+ )?(?:without|away from|apart from) (?:my|our|her|him|them"
    # Or a name: "It's my first Christmas without Len." (a husband who died in the spring;
    # "What lovely news. I'm so glad you're celebrating Len's birthday.").
    r"|(?-i:[A-Z][a-z]+)\b)"
    # Or "one" for the day just named: "First one without Ted." (after "It's Christmas Eve.";
    # read as nothing, and the model: "I'm so glad you're here.").
    r"|^\W*(?:it'?s |this is )?(?:the |my )?first one (?:without|since) (?:him|her|them|my \w+"
    r"|mum|dad|(?-i:[A-Z][a-z]+))\b"
    # "But the house will be so empty." (a son moving to Canada; read as an insult 0.7).
    r"|(?:house|flat|apartment|place) (?:is|feels|felt|was|will be|'ll be|will feel|is going to"
    r" be) (?:so |too |very )?(?:quiet|empty"
    r"|big)|(?:it'?s|it is) (?:so |very )?quiet in the (?:house|flat)"
    # Left alone on a ward: "It's very quiet here." (a wife gone home the night before heart
    # surgery; the model: "Oh no, I'm so sorry, it's so quiet.").
    r"|^\W*(?:it'?s|it is|it gets) (?:so |very |really |awfully |too )?quiet (?:here|in here)"
    r"(?: (?:now|tonight|at night))?(?=\W*$)"
    # Far from someone who needs them: "I wish I could be there." (a grandmother in hospital
    # four hours away; read as happy-for: "What lovely news.").
    r"|^\W*(?:but |and )?i (?:just |really |so )?wish i could be (?:there|with (?:her|him"
    r"|them)|by (?:her|his|their) (?:side|bed))(?: with (?:her|him|them))?(?: right now| now)?"
    r"(?=\W*$))\b",
    re.IGNORECASE,
)
# Turned round, or asked: "I'm never lonely with you", "Do you get lonely?"
_NOT_TOLD = re.compile(
    r"\?\s*$|\b(?:not|never|no longer|isn'?t|wasn'?t|aren'?t)\s+(?:\w+\s+)?(?:lonely|alone"
    r"|isolated|left out)\b"
    # Asked by someone else: "one of them asked if I was lonely".
    r"|\b(?:if|whether)\b[^.!?]{0,20}\b(?:lonely|alone|isolated)\b"
    # Turned round after: "I didn't know anyone there but it was fun."
    r"|\bbut\b[^.!?]{0,25}\b(?:fun|great|lovely|brilliant|amazing|a laugh)\b"
    # Or glad of it: "I'm on my own again tonight. Bliss!"
    r"|\b(?:bliss|heaven|peace and quiet|yay|can'?t wait)\b",
    re.IGNORECASE,
)


def loneliness_told(text: str) -> bool:
    """Whether `text` tells of their loneliness, not asks about it or denies it."""
    return bool(_TOLD.search(text)) and not _NOT_TOLD.search(text)
