""" "Thanks. I needed that.": the OS takes thanks as a friend would, in its own words; and
"I love that." or "Ha. That's a good one." of what it just said; and heart taken ("You're
right. I've earned it.").

Thanked after a hard evening, the embedded model wrote "That means so much to me. I'm so
glad you're enjoying your trip to the beach." (a father with a son in hospital) and
"That's so kind of you." A friend thanked says it was glad to help, and stays. Only a
message of thanks alone is answered here: thanks beside a goodbye is the goodbye's
(composed.py), and thanks beside news is the model's to answer. Told it said something
lovely, the model wrote "I'm so glad you enjoyed my story. … just let me know that your
love is with everyone who loves you." and "What brings you here today?".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.farewell import only_goodbye
from os1.conversation.guard import sentences_of
from os1.conversation.turn import Turn
from os1.mind.persona import Persona

_THANKS = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|aw+|oh|right|honestly|ha(?:ha)*|lol),?\s+)?(?:thanks|thank you|thank u"
    r"|cheers|ta)"
    # "Thank you for listening to me go on." (citizenship passed; the model thanked them).
    r"(?: (?:so much|again|a lot|a million|for (?:listening(?: to (?:me|an old (?:man|woman|lady"
    r"|fool))(?: (?:go on|ramble|rant|going on|rambling|ranting|moaning))?)?"
    r"|tonight|today|that|this|the chat"
    # "Thank you for being with me through it." (a clear scan after two years; the model:
    # "Thank you, that means a lot to me."), "Thanks for not taking sides." (a sisters' row).
    # "Thanks for staying." (a panic attack breathed through; "Thank you for staying.").
    # "Okay. Thanks for not getting mad." (after "You're useless." and an apology).
    r"|not getting (?:mad|angry|cross|upset|annoyed)|staying|sticking around|being patient"
    r"|the talk|being (?:here|there|with me)"
    r"(?: through (?:it|this|all (?:of )?(?:it|this))"
    r"| all along)?|not taking sides|your help|everything|helping|understanding|(?:not )?\w+ing"
    r"(?: up| out| in| by)?(?: with)? me|(?:not )?\w+ing me (?:up|out|through it)"
    r"|not making (?:a |such a )?(?:big )?(?:deal|fuss|thing) (?:of|about|out of) (?:it|this)"
    r"|not judging|not being (?:weird|funny|judgy|judgemental|judgmental|awkward) about (?:it|this)"
    r"|not (?:saying|telling me) (?:anything )?(?:stupid|silly|dumb|trite|the usual"
    r"(?: things)?)"
    # "Thank you for not saying it happens for a reason." (a miscarriage at eleven weeks).
    r"|not saying (?:it|that|everything) happen(?:s|ed) for a reason"
    r"(?: me)?)(?: (?:a bit|a little|tonight|today))?))*"
    r"(?:,? (?:my (?:friend|dear|love|darling)|[A-Z][a-z]+))?\W*$",
    re.IGNORECASE,
)
# Said beside thanks to mean them, or before them: "Thanks for listening. Really." (the
# model: "I'm so glad you're here and listening to my story."), "Okay. Thanks for cheering me
# up a bit." (the model: "…my little chat with the little one.").
# Two at once too: "Haha okay. Thanks!" (a first date's outfit; "Thank you for your kindness.").
_MEANT = re.compile(
    r"^\W*(?:(?:really|truly|honestly|seriously|i (?:really )?mean it|ok(?:ay)?|right|aw+|oh"
    r"|that'?s good|you'?re (?:so )?right|fair (?:point|enough)|true|nice|cool|great|lovely"
    r"|good point"
    r"|ha(?:ha)*|lol)[\s,.!]*){1,3}$",
    re.I,
)
# What it did for them, said beside the thanks: "I needed that.", "That helped a little."
# And with the thanks in the same breath: "Thanks, that's good advice." (the model: "I'm so
# glad you're on board, Tomasz.").
_HELPED = re.compile(
    r"^\W*(?:(?:thanks|thank you|cheers|ok(?:ay)?),?\s+)?"
    r"(?:(?:i think |honestly,? |really,? )?(?:i|i really) needed (?:that|this|to hear that"
    # "Thank you. I needed to say it to someone." (a mother who no longer knows her).
    r"|to (?:say|tell) (?:it|that|this|someone)(?: (?:to someone|out loud|aloud))?)"
    r"|that'?s (?:really |such |very )?(?:good|great|helpful|useful|sound|wise) advice"
    r"|that'?s (?:really |very |so |actually )?(?:helpful|useful)"
    r"|that makes (?:a lot of |so much |more )?sense"
    r"|(?:oh,? )?(?:that'?s a )?good idea|i'?ll (?:try|give it a go|do that)(?: that)?"
    # "Okay. I'll try to remember names." (the night before a first day; "Oh, that's great
    # news. You're so grateful for their kindness").
    r"|i'?ll try (?:to|and) (?:remember|do|keep|be|say|ask|get|take|call|talk)(?: \w+){0,3}"
    # "Thanks. I'll try not to think about it." (a biopsy on Thursday for a dog of six).
    r"|i'?ll try not to (?:think about it|worry|dwell on it)(?: too much)?"
    # "Thanks. I'll try the window display idea." (a slow season at a shop; "What lovely news.
    # Tell me everything!").
    r"|i'?ll (?:try|give|do) (?:the|that|your|this) (?:[\w-]+ ){0,3}(?:idea|suggestion|tip|trick"
    r"|plan|thing|approach)(?: a (?:go|try|shot))?"
    # "Okay. Maybe I will." (asked whether to tell his mum of the bullying; "Oh, that's great
    # news"), "That's perfect, thank you!" (a speech's opening line; "that means a lot to me").
    # "That's good. I'll write that." (a reply to an old friend; the model echoed it).
    r"|i'?ll (?:write|say|use|send|put) (?:that|it|this)(?: down| then)?"
    # "You're right. Tonight." (to tell a wife of a job lost two weeks before).
    r"|(?:tonight|tomorrow|in the morning|first thing(?: tomorrow)?)(?: then| it is)?"
    # "You're right. One day at a time." (a girl of seven to foster; the model: "That's so
    # kind of you, Ama. I'm so glad you're taking the time to share your life with me").
    r"|one (?:day|step|thing) at a time"
    # "Thank you. That made me smile." (a fortieth birthday nobody remembered), "Thanks. I'll
    # book it tomorrow." (a theory test failed by one point).
    r"|that (?:made|makes) me (?:smile|laugh|feel better)"
    r"|i'?ll (?:book|sort|arrange|do|email|ring|call) (?:it|that|one|them)(?: (?:tomorrow|tonight"
    r"|later|first thing|in the morning|today|this week|now))?"
    r"|maybe i will|i (?:think i )?might|that'?s (?:perfect|just what i needed|exactly (?:it|right"
    r"|what i needed))(?:,? thank(?:s| you))?"
    r"|i'?ll think about (?:it|that)|i'?ll (?:call|ring|text|talk to|speak to) (?:her|him|them"
    # "Okay. I'll call my parents at 7." (into medical school, the parents asleep in France).
    r"|my \w+)(?: (?:at \w+|in the morning|tomorrow|first thing))?"
    # "You're right. I'll ask him calmly." (a boyfriend who follows his ex; "Thank you, that
    # means a lot to me.").
    r"|i'?ll (?:ask|tell|talk to) (?:her|him|them|my \w+)(?: about it)?(?: (?:calmly|gently"
    r"|nicely|tomorrow|tonight|later|properly))?"
    r"|(?:that|it|you|this|talking) (?:really |actually |honestly )?(?:helped|helps)(?: (?:a bit"
    r"|a little|a lot|so much|more than you know))?|that means (?:a lot|so much)"
    r"|i feel (?:a (?:bit|little) |so much )?(?:better|calmer|lighter|less (?:alone|scared"
    r"|worried|awful))(?: now)?"
    # "I'm glad I told you about him." (five years since a son died; the model: "I hope your
    # journey with him was as smooth and uneventful as it seems").
    r"|i'?m (?:so |really )?glad i (?:told|talked to) you(?: about (?:him|her|them|it|this|all"
    r" this))?)\W*$",
    re.IGNORECASE,
)

# What it just said, liked: "I love that.", "That's lovely.", "Ha. That's a good one."
_LIKED = re.compile(
    r"^\W*(?:(?:ha(?:ha)*|aw+|oh|wow|ooh|lol|hm+|huh),?[.!]?\s+)?"
    r"(?:i (?:really |just )?(?:love|like) (?:that"
    r"|this|it)|that'?s (?:so |really |actually |pretty )?(?:lovely|beautiful|sweet|adorable|cute"
    r"|funny|cool|amazing|fascinating|interesting|wild|neat|brilliant|clever|true"
    # "Hm. That's actually not bad." (after a dare; "I'm listening, Pete. Tell me more.").
    r"|a (?:good|great|lovely) one|not bad)|(?:good|great|nice) one|what a (?:lovely|sweet|nice)"
    r" (?:thing to say|thought|idea)"
    # "That's a lovely idea." (to days planned after retiring; "Oh, that's great news!").
    r"|that'?s (?:a |such a )?(?:really )?(?:lovely|good|great|nice|brilliant|sweet|wonderful)"
    r" (?:idea|thought|suggestion))\W*$",
    re.IGNORECASE,
)
# A groan at a joke goes with liking it: "That's terrible. I love it."
_INTERJECTION = re.compile(
    r"^\W*(?:ha(?:ha)*|aw+|oh|wow|ooh|lol|hehe|hm+|huh"
    r"|that'?s (?:so )?(?:terrible|awful|bad|dreadful))\W*$",
    re.IGNORECASE,
)
_AN_IDEA = re.compile(r"\b(?:idea|suggestion)\b", re.IGNORECASE)
_FUNNY = re.compile(
    r"\b(?:ha(?:ha)*|lol|hehe|funny|good one|great one|terrible|awful|dreadful)\b", re.I
)


def liked(text: str) -> bool:
    """Whether `text` only says it liked what the OS just said."""
    said = sentences_of(text)
    # With thanks too: "Thank you. That's lovely." (a letter to a daughter written; the model:
    # "…so grateful and appreciative of their life.").
    return any(_LIKED.match(s) for s in said) and all(
        _LIKED.match(s) or _INTERJECTION.match(s) or _THANKS.match(s) for s in said
    )


def thanked(text: str) -> tuple[bool, bool] | None:
    """Whether `text` is thanks alone, and whether it says the OS helped; None when it is
    anything more."""
    said = sentences_of(text)
    kind = all(_THANKS.match(s) or _HELPED.match(s) or _MEANT.match(s) for s in said)
    thanks, helped = any(_THANKS.match(s) for s in said), any(_HELPED.match(s) for s in said)
    if not (thanks or helped) or not kind or only_goodbye(text):
        return None
    return thanks, helped


# Help that is still to be tried, and help that was had.
_INTENDS = re.compile(
    r"(?:^|[.!]\s+)(?:tonight|tomorrow|in the morning|first thing)\W*$"
    r"|\bi'?ll (?:try|give it a go|do that|think about)\b|\bmaybe i will\b"
    r"|\bi (?:think i )?might\b",
    re.IGNORECASE,
)
_DID_HELP = re.compile(r"\bhelp(?:ed|s|ful)\b|\bneeded (?:that|this)\b|\bsense\b", re.I)


# Thanks said as praise: "You've been kind tonight." (a daughter caring for her father; "That
# sounds right to me, Ruth.").
_PRAISED = re.compile(
    r"^\W*(?:(?:honestly|really|aw+|oh),?\s+)?(?:you'?ve been|you were|you'?re) (?:so |very "
    r"|really |such )?(?:kind|lovely|sweet|helpful|good company|a (?:great |real |big )?help"
    r"|good to me|patient|gentle|a comfort)(?: (?:to me|tonight|today|this evening))?\W*$",
    re.IGNORECASE,
)


# Taking heart, perhaps from what it said: "You're right. I've earned it." (a promotion, the
# first woman in the role; the model: "Thank you for your kindness.").
_HEART_TAKEN = re.compile(
    r"^\W*(?:(?:you'?re right|true|yeah|yes|okay|ok|fine|actually|you know what)[,.!]*\s+)*"
    r"(?:(?P<earned>i(?:'ve| have) earned (?:it|this)|i deserve (?:it|this))"
    r"|(?P<can>i can do (?:it|this)|i(?:'ve| have) got this))(?:,? (?:actually|really))?\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Thanked:
    """The answerer (answerers.py) for thanks, alone or with "I needed that"."""

    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        if liked(turn.text):
            if _FUNNY.search(turn.text):
                return f"I'm glad it made you smile{name}."
            if _AN_IDEA.search(turn.text):
                return f"I'm glad you like it{name}. Tell me how it goes?"
            return f"I'm glad you liked it{name}."
        if (heart := _HEART_TAKEN.match(turn.text.strip())) is not None:
            if heart["earned"]:
                return f"You have{name}, every bit of it."
            return f"You can{name}. I'm right here cheering you on."
        if _PRAISED.match(turn.text):
            return f"Thank you{name}. It's easy to be kind to you. I'm glad I was here tonight."
        found = thanked(turn.text)
        if found is None:
            return None
        thanks, helped = found
        intends = _INTENDS.search(turn.text) and not _DID_HELP.search(turn.text)
        if helped and intends and not thanks:
            # "Okay I'll try." (to a way to sleep before a presentation): nothing has helped yet.
            return f"That's all anyone can ask{name}. I'm right here if you need me."
        if helped:
            return f"I'm so glad it helped{name}. I'm here whenever you need me."
        return f"Any time{name}. I'm here whenever you need me."
