""" "Do you think he'll come round?", "Does she still love me?", "Will Mum get better?",
"Would she be proud of me?", "Do you think she knew how much I loved her?": what someone
else will feel, felt, or how they will fare, asked of the OS (the Reassurance answerer,
reassurance.py, asks these).

The embedded model answered as if it knew them: asked whether a father who went quiet at
his son's coming out would come round, it said "He's a man who loves to make people laugh
and have fun." Nobody's heart is the OS's to know: it says so, says what it can honestly
hope, and asks back.
"""

from __future__ import annotations

import re

from os1.conversation.bedside import at_the_bedside
from os1.memory.relations import pronouns_of

# "Do you think Mum will get better?": the model fell back on "I'm not sure I have a good
# answer to that yet." The OS cannot know, and says so, and hopes.
_WILL_THEY = re.compile(
    # Or a promise begged: "Please tell me he'll be okay." (a son in surgery after a car
    # accident; the model: "He's fine. He'll be okay, just like everyone else.").
    r"^\W*(?:(?P<begged>(?:please,?\s+)?(?:just\s+)?(?:tell|promise) me(?: that)?)|do you think"
    r"|will|is)\s+(?P<who>(?:my |our )?[A-Za-z]+)"
    r"(?:'ll|\s+will|\s+is going to)?\s+"
    # "Will she have friends?" (a daughter of four, her autism found that day).
    r"(?P<how>get better|be (?:okay|ok|alright|all right|fine|happy)|recover|pull through|make it"
    # "Will she get the use of her hand back?" (three weeks after a stroke; "not sure").
    r"|get (?:the use of )?(?:her|his|their) \w+ back|walk again|talk again|speak again"
    r"|have (?:any )?friends|make friends|fit in"
    # "Do you think she'll come back?" (a cat of fourteen out all night; the model: "She's a
    # little girl now").
    r"|come (?:back|home)(?: (?:soon|tonight|on (?:her|his|their) own))?|be found|turn up)\W*$",
    re.IGNORECASE,
)
# "Do you think she'd be proud of me?", of someone gone or far: the model would not say.
_PROUD_OF_ME = re.compile(
    r"^\W*(?:do you think|d'?you think|would|will)\s+(?P<who>she|he|they|mum|mom|dad|my \w+"
    r"|(?-i:[A-Z][a-z]+))(?:'d| would| will|'ll|'s| is)?\s+(?:be |have been |really |still )?"
    r"(?P<how>proud|happy|pleased|glad)"
    r"(?: of me| of this| for (?:me|us)| about (?:it|this)| of (?:it|him|her|them"
    # "Do you think she would be proud?" (a mother who died before a citizenship ceremony).
    r"|all this))?\W*$",
    re.IGNORECASE,
)
# "Do you think Mary would laugh at me?" (a widower's first shepherd's pie, burnt on top; the
# model told of faith), "…would mind?", "…would understand?".
_WOULD_THEY = re.compile(
    r"^\W*(?:do you think|d'?you think|would|will)\s+(?P<who>she|he|they|mum|mom|dad|my \w+"
    r"|(?-i:[A-Z][a-z]+))(?:'d| would)?\s+(?:(?P<laugh>laugh at me)|(?P<mind>mind|be (?:angry|upset"
    r"|cross|disappointed|hurt)(?: with me)?)|(?P<understand>understand|forgive me)"
    # "Do you think Len would want me to move?" (a widow's first Christmas; "I'm not sure I
    # have a good answer to that yet."): only they could say; what would they?
    r"|(?P<want>want me to [^?]{1,60}|(?:have )?wanted me to [^?]{1,60}))\W*$",
    re.IGNORECASE,
)
# "Do you think she knows, somewhere inside?" (a wife in a care home who took her husband for
# her brother; the model: "I'm so glad she's here.").
# Only of someone who may no longer know them: "still", "who I am", "deep down". Not "Do you
# think teachers know?" (a former student's thanks; answered "A hand held, a voice that's
# always there").
_KNOWS_INSIDE = re.compile(
    r"^\W*(?:do you think|d'?you think|does)\s+(?P<who>she|he|they|mum|mom|dad|my \w+"
    r"|(?-i:[A-Z][a-z]+))\s+(?:(?P<still>still)\s+)?knows?(?P<whom> (?:who i am|me|it'?s me))?"
    r"(?P<inside>,? (?:somewhere(?: inside| deep down)?|deep down|inside|on some level))?\W*$",
    re.IGNORECASE,
)
# "Do you think he still loves me?"
_STILL_LOVES = re.compile(
    r"^\W*(?:do you think|d'?you think|does)\s+(?:he|she|they|(?-i:[A-Z][a-z]+)|my \w+)\s+"
    r"(?:still (?:loves?|cares? about|wants?) me|(?:loves?|cares? about|wants?) me anymore"
    # "do you think he ever loved me?" (an ex with a new girlfriend a month on; "I'm not sure I
    # have a good answer to that yet.").
    r"|(?:ever|really) (?:loved|cared about|wanted) me)\W*$",
    re.IGNORECASE,
)
# "Do you think he'll come round?" (a father gone quiet at his son's coming out), "Will she
# ever forgive me?", "Do you reckon they'll change their minds?"
_COME_ROUND = re.compile(
    r"^\W*(?:(?:but|so|honestly),?\s+)?(?:(?:do you think|d'?you think|do you reckon)\s+"
    r"(?P<who>he|she|they|(?-i:[A-Z][a-z]+)|my \w+)(?:'ll| will| is going to| are going to)?"
    r"|will (?P<whom>he|she|they|(?-i:[A-Z][a-z]+)|my \w+))\s+(?:ever\s+)?(?:come (?:round|around)"
    r"|forgive me|change (?:his|her|their) minds?|speak to me again|talk to me again"
    # "do you think he'll ever be okay with it?" (a father gone quiet at a girlfriend told).
    r"|be (?:okay|ok|alright|all right|fine|cool|happy) with (?:it|this|that|me|us|her|him)"
    r"|accept (?:it|this|me)|get over it)(?: (?:in the end|eventually|one day))?\W*$",
    re.IGNORECASE,
)


# "Do you think Oscar will remember him when he's back?" (a father away at sea; the model:
# "Oscar has been a bit of a different person since he left.").
_WILL_REMEMBER = re.compile(
    r"^\W*(?:do you think|d'?you think|will)\s+(?P<who>he|she|they|(?-i:[A-Z][a-z]+)|my \w+)"
    r"(?:'ll| will)?\s+(?:still\s+)?(?:remember|know|recogni[sz]e) (?P<whom>him|her|them|me|us)"
    r"(?: (?:when|after|by the time) [^?]{1,40})?\W*$",
    re.IGNORECASE,
)


# "They're still my parents, aren't they?" (found out that day he was adopted; the model:
# "They're still your parents, but they are not.").
_STILL_MINE = re.compile(
    r"^\W*(?:(?:but|so|and),?\s+)?(?:they'?re|they are|are they|she'?s|she is|is she|he'?s"
    r"|he is|is he) still my (?P<who>parents|mum|mom|mother|dad|father|family|brother|sister"
    r"|son|daughter)\b(?:,? (?:aren'?t|isn'?t) (?:they|she|he)|,? right)?\W*$",
    re.IGNORECASE,
)


# "Do you think she knew how much I loved her?" (a widower on what would have been their
# fiftieth anniversary; the model: "Thank you for your kind words.").
_KNEW_LOVED = re.compile(
    r"^\W*(?:(?:but|so|and),?\s+)?(?:do you think|d'?you think|did)\s+(?P<who>she|he|they"
    r"|mum|mom|dad|my \w+|(?-i:[A-Z][a-z]+))\s+(?:ever\s+|really\s+)?(?:knew|know)\s+(?:how much "
    r"|that )?"
    r"i (?:loved|adored|cared about|was proud of) (?P<whom>her|him|them)(?: so much| really)?\W*$"
    # "Do you think Luna knew she was loved?" (a cat of seventeen, put to sleep that morning).
    r"|^\W*(?:(?:but|so|and),?\s+)?(?:do you think|d'?you think|did)\s+(?:she|he|they|mum|mom"
    r"|dad|my \w+|(?-i:[A-Z][a-z]+))\s+(?:ever\s+|really\s+)?(?:knew|know)\s+(?P<loved>she|he|they)"
    r" (?:was|were) (?:loved|so loved|wanted)\W*$",
    re.IGNORECASE,
)


# "Do you think Adam is angry with me?" (a son who has not called in three months; the model:
# "Adam is indeed angry with me.").
_ANGRY_WITH_ME = re.compile(
    r"^\W*(?:(?:but|so|and),?\s+)?(?:do you think|d'?you think|is|are)\s+(?P<who>she|he|they"
    r"|my \w+|(?-i:[A-Z][a-z]+))(?:'s|'re|\s+is|\s+are)?\s+(?:still\s+|really\s+)?(?:angry|mad"
    r"|cross"
    r"|upset|annoyed|furious|disappointed)\s+(?:with|at|in)\s+me\W*$",
    re.IGNORECASE,
)


# "Do you think she was scared?" (a daughter's first day at school, who didn't look back; the
# model: "she's a brave person who loves to share her love with others…").
_HOW_THEY_FELT = re.compile(
    r"^\W*(?:(?:but|so|and),?\s+)?(?:do you think|d'?you think)\s+(?P<who>she|he|they"
    r"|(?-i:[A-Z][a-z]+))"
    r"(?:'s|'re|\s+was|\s+were|\s+is|\s+are|\s+felt|\s+feels)\s+(?:\w+\s+)?(?:scared|frightened"
    r"|afraid|nervous|lonely|sad|happy|okay|ok|alright|all right|in pain|hurting|upset)\W*$"
    # Or meant what they said: "Do you think he meant it?" (a father proud of him for the first
    # time; "I'm not sure I have a good answer to that yet.").
    r"|^\W*(?:(?:but|so|and),?\s+)?(?:do you think|d'?you think|do you reckon)\s+(?P<whom>she|he"
    r"|they|(?-i:[A-Z][a-z]+))\s+(?:really\s+)?meant (?:it|that|what (?:she|he|they) said)\W*$",
    re.IGNORECASE,
)


# "What would make him change his mind?" (a father who won't come to the wedding if her mum's
# new husband is there; the model: "That sounds like a lot to carry").
_CHANGE_MIND = re.compile(
    r"^\W*(?:(?:but|so|and),?\s+)?(?:what|how) (?:would|could|might|will) (?:make|get) (?:him|her"
    r"|them|my \w+|(?-i:[A-Z][a-z]+)) (?:to )?(?:change (?:his|her|their) mind|come round|see sense"
    r"|understand)\W*$",
    re.IGNORECASE,
)


# What someone feels for them, asked: "Do you think he misses me?" (a grandson gone to
# university; the OS: "That's so much to carry."), "Will she ever trust me again?" (an ex,
# ninety days sober; "I'm not sure I have a good answer to that yet.").
_FEELS_FOR_ME = re.compile(
    r"^\W*(?:(?:but|so|and),?\s+)?(?:(?:do you think|d'?you think|do you reckon)\s+"
    r"(?P<who>he|she|they|(?-i:[A-Z][a-z]+)|my \w+)(?:'ll| will| would|'d)?|(?:will|does|do|would)"
    r" (?P<whom>he|she|they|(?-i:[A-Z][a-z]+)|my \w+))\s+(?:ever\s+|still\s+|even\s+|really\s+)?"
    r"(?P<verb>miss|trust|think (?:about|of)|care about|need|blame|hate|resent)(?:es|s)?"
    r" me(?: (?:again|anymore|any more|at all|now|still|too|back))?\W*$",
    re.IGNORECASE,
)
# A gift, and whether it will please: "Do you think she'll like it?" (a blanket knitted all year
# for a granddaughter's wedding; "I'm not sure I have a good answer to that yet.").
_LIKE_IT = re.compile(
    r"^\W*(?:(?:but|so|and),?\s+)?(?:do you think|d'?you think|will|would)\s+(?P<who>she|he|they"
    r"|my \w+|(?-i:[A-Z][a-z]+))(?:'ll| will|'d| would)?\s+(?:like|love) (?:it|them|the \w+|what i"
    r" (?:made|got|wrote|bought))\W*$",
    re.IGNORECASE,
)
# What someone may be hiding: "Do you think he's cheating?" (a partner who lied about where
# he was; the model: "He seems to be having a bit of an affair with a woman…"). Guessing
# would be inventing; the OS says so.
_HIDING = re.compile(
    r"^\W*(?:(?:but|so|and|honestly),?\s+)?(?:(?:do you think|d'?you think|do you reckon)\s+"
    r"(?P<who>he|she|they|(?-i:[A-Z][a-z]+)|my \w+)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?|(?:is"
    r"|are"
    r"|was) (?P<whom>he|she|they|(?-i:[A-Z][a-z]+)|my \w+))\s+(?:really\s+|still\s+|actually\s+)?"
    r"(?:cheating(?: on (?:me|us|her|him))?|lying(?: to (?:me|us))?|having an affair"
    r"|seeing someone(?: else)?|hiding something(?: from (?:me|us))?|telling the truth"
    r"|(?:in love with|sleeping with) (?:someone else|her|him))\W*$",
    re.IGNORECASE,
)
_NOBODY_IN_PARTICULAR = frozenset({"anyone", "anybody", "everyone", "everybody", "people", "you"})


def _feels_for_me(text: str, name: str) -> str | None:
    """ "Do you think he misses me?": nobody's heart is the OS's to know; what it can hope."""
    asked = _FEELS_FOR_ME.match(text)
    if asked is None or (who := asked["who"] or asked["whom"]).lower() in _NOBODY_IN_PARTICULAR:
        return None
    named = who[0].isupper() and who.lower() not in ("he", "she", "they")
    whose = f"{who}'s" if named else pronouns_of(who)[1]
    verb = asked["verb"].lower()
    if verb == "miss":
        hope = " But missing someone rarely shows from far away, even when it's there."
    elif verb == "trust":
        hope = " Trust does come back, slowly, through what someone sees you do, day after day."
    else:
        hope = ""
    return (
        f"I can't know what's in {whose} heart{name}, only what you've told me.{hope} What makes"
        " you wonder?"
    )


def their_hearts(text: str, name: str) -> str | None:
    """The OS's answer to how someone else will feel or fare, asked; `name` is ", Sam" or
    ""; None when that is not asked."""
    if (bedside := at_the_bedside(text, name)) is not None:
        return bedside
    if _CHANGE_MIND.match(text):
        return (
            f"Hearing how much it matters to you, from you, more than any argument{name}. People "
            "rarely move when they feel pushed; sometimes they do when they feel missed."
        )
    if (felt := _HOW_THEY_FELT.match(text)) is not None:
        who = felt["who"] or felt["whom"]
        pronoun = who.lower() in ("she", "he", "they")
        whose = pronouns_of(who)[1] if pronoun else f"{who}'s"
        return (
            f"I can't know for sure{name}, only what you've told me. What did you see in {whose} "
            "face?"
        )
    if (angry := _ANGRY_WITH_ME.match(text)) is not None:
        who = angry["who"]
        pronoun = who.lower() in ("she", "he", "they")
        whose = pronouns_of(who)[1] if pronoun else re.sub(r"(?i)^my ", "your ", who) + "'s"
        return (
            f"I can't know what's in {whose} heart{name}, only what you've told me. If it's "
            f"weighing on you, would it help to ask, gently?"
        )
    if (they := _WILL_THEY.match(text)) and they["who"].lower() not in ("i", "you"):
        healing = re.match(
            r"get better|recover|pull through|get |walk|talk|speak", they["how"], re.I
        )
        if they["begged"]:
            return (
                f"I can't promise that{name}, and I wish with everything I could. I'm hoping "
                "with you, and I'm right here while you wait."
            )
        ask = "What are the doctors saying?" if healing else "What worries you most?"
        return f"I can't know that{name}, and I wish I could. I hope so. {ask}"
    if (knew := _KNEW_LOVED.match(text)) is not None:
        whom = knew["whom"] or {"he": "him", "she": "her"}.get(knew["loved"].lower(), "them")
        they = {"him": "he", "her": "she"}.get(whom.lower(), "they")
        return (
            f"I think {they} did{name}. Love like that shows in a thousand small things, and "
            f"{they} had all of them from you. What do you think {they} would say?"
        )
    knows = _KNOWS_INSIDE.match(text)
    if knows is not None and (knows["still"] or knows["whom"] or knows["inside"]):
        whom = pronouns_of(knows["who"])[0]
        return (
            f"I think some part of {whom} does{name}. A hand held, a voice that's always "
            "there: those reach further than names. You keep going, and that matters."
        )
    if (would := _WOULD_THEY.match(text)) is not None:
        they = {"her": "she", "him": "he"}.get(pronouns_of(would["who"])[0], "they")
        if would["laugh"]:
            return (
                f"Maybe a little, and fondly{name}. Then {they}'d be glad you tried. What would "
                f"{they} have said?"
            )
        if would["want"]:
            who = would["who"]
            named = who[0].isupper() and who.lower() not in ("she", "he", "they")
            them = who if named else pronouns_of(who)[0]
            return (
                f"I can't know that{name}; only {who if named else they} could say. But you know "
                f"{them} better than anyone. What do you think {them if named else they} would "
                "tell you?"
            )
        verdict = "I don't think so" if would["mind"] else "I think so"
        return f"From everything you've told me, {verdict}{name}. What do you think {they}'d say?"
    if (proud := _PROUD_OF_ME.match(text)) is not None:
        gladdest = "proudest" if proud["how"].lower() == "proud" else "happiest"
        who = proud["who"]
        named = who[0].isupper() and who.lower() not in ("she", "he", "they", "mum", "mom", "dad")
        return (
            f"From everything you've told me, I think so{name}. What do you think would make "
            f"{who if named else pronouns_of(who)[0]} {gladdest}?"
        )
    if (still := _STILL_MINE.match(text)) is not None:
        who = still["who"].lower()
        are = "They are" if who in ("parents", "family") else "Yes"
        return (
            f"{are}{name}. The people who raised you and love you are your {who}, and nothing "
            "you've found out undoes a single day of that."
        )
    if (loves := _STILL_LOVES.match(text)) and re.search(r"\b(?:ever|really)\b", loves.group()):
        return (
            f"I can't see into anyone's heart{name}. But how it ended, or how fast they move on,"
            " doesn't undo what was real while it lasted. What makes you doubt it tonight?"
        )
    if _STILL_LOVES.match(text):
        return (
            f"I can't see into anyone's heart{name}, but love doesn't usually switch off that "
            "fast. What makes you wonder?"
        )
    if _WILL_REMEMBER.match(text):
        return (
            f"I can't know for sure{name}. But love leaves more behind than memories do, and "
            "people who belong to each other usually find their way back quickly. What are you "
            "hoping for most?"
        )
    if (gift := _LIKE_IT.match(text)) is not None:
        who = gift["who"]
        whom = pronouns_of(who)[0]
        named = who[0].isupper() and who.lower() not in ("she", "he", "they")
        they = f"{who} will" if named else {"her": "she", "him": "he"}.get(whom, "they") + "'ll"
        return (
            f"I think {they} love it{name}. Something made or chosen with that much care says "
            f"more than anything bought could. What do you hope it says to {whom}?"
        )
    if (feels := _feels_for_me(text, name)) is not None:
        return feels
    if (hiding := _HIDING.match(text)) is not None:
        who = hiding["who"] or hiding["whom"]
        named = who[0].isupper() and who.lower() not in ("she", "he", "they")
        whom = who if named else re.sub(r"(?i)^my ", "your ", who) if " " in who else None
        whom = whom or pronouns_of(who)[0]
        return (
            f"I can't know that{name}, and guessing about {whom} wouldn't be fair to either of"
            " you. What you found out would shake anyone. What do you most want to ask"
            f" {whom}?"
        )
    if (turned := _COME_ROUND.match(text)) is not None:
        who = turned["who"] or turned["whom"]
        whom, whose = pronouns_of(who)
        heart = "hearts" if who.lower() == "they" else "heart"
        return (
            f"I can't know what's in {whose} {heart}{name}. But a first reaction is rarely the"
            " last word, and people often need time with something big. What would you most"
            f" want {whom} to know?"
        )
    return None
