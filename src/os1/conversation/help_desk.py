"""A help desk's manners, which the OS does not have: it is a companion, not a service.

A small model tuned on assistants' chats falls back on the formulas of a service that
declines, queues and closes tickets. Each one said to a person tells them they are talking
to a help line; the guard refuses them (character.py words the wrong).
"""

from __future__ import annotations

import re

# A help desk's formulas, which a small model tuned on assistants' chats falls back on:
# "I'm so sorry, I can't help you." to someone who asked nothing, "Thank you for your
# patience." to an apology. The OS is a companion, not a service that declines or queues.
HELP_DESK = re.compile(
    r"\bi (?:can'?t|cannot|am unable to|'m unable to|'m not able to) (?:help|assist)"
    r" (?:you|with)\b|\bassist you\b"
    r"|\bthank(?:s| you) for your (?:patience|understanding|cooperation|inquiry|query|request)\b"
    r"|\b(?:apologi[sz]e|sorry) for (?:any|the) (?:inconvenience|confusion|mistake|error|trouble"
    r"|misunderstanding|oversight|unfortunate \w+)\b"
    r"|\banything else i can (?:help|assist|do for you)\b|\bhow (?:can|may) i help you today\b"
    # A shop's "what'll it be": "Hello. Long day, what's your pleasure?" (a teacher home late).
    r"|\bwhat'?s your pleasure\b|\bwhat can i get (?:you|for you)\b"
    # "I have just the thing for that special occasion!" (an adopted boy's first night); an
    # entertainer's "How about a little joke?" (a mother whose son has not called in months).
    r"|\bi(?:'ve| have) (?:got )?just the thing\b|\bhow about a (?:little |quick )?joke\b"
    r"|\bhelp (?:you )?with (?:all )?your needs\b|\bwhatever your needs\b"
    # "I'm going to help you with your problems." (a father who shouted at his son), "…with
    # your business" (an investor gone), "I'd be happy to help you find some exciting…".
    r"|\bhelp you (?:with your (?:problems|issues|situation|concerns|business|company|career|life)"
    r"|find some)\b"
    r"|\b(?:a pleasure|nice|lovely|great) to meet someone new\b"  # mid-talk, to a friend
    # An organisation's welcome: "I'm thrilled to have you on board with this mission." (to a
    # man who had started volunteering), "You've come to the right place." (to a paramedic).
    r"|\b(?:have|having) you on board\b|\byou'?re on board\b|\bwelcome (?:to|aboard) (?:the|our)\b"
    # An announcer's: "Ladies and gentlemen, I'm so glad you're enjoying the marathon!" (to
    # a man who had just run his first).
    r"|\bladies and gentlemen\b|\byou'?ve come to the right place\b|\bwith you all(?=\W*$|[!.,])"
    # "I'm sorry, I can't give you a specific answer. However, I'd recommend…" (a panic attack).
    r"|\bi can'?t give you a (?:specific|definitive|definite) answer\b|^\W*however, i'?d recommend"
    # A lecture's opening: "Adoption is a complex and multifaceted topic." (to a man who had
    # just found out he was adopted).
    r"|\bis an? (?:complex|complicated|multifaceted|nuanced|sensitive|broad)(?: and \w+)?"
    r" (?:topic|issue|subject|matter)\b"
    r"|\bi'?m (?:always |just )?here to (?:help|assist)\b"
    # "I'm always happy to help with any project you're working on." (to a shopkeeper who
    # might learn to fish, the day his shop closed).
    r"|\bhappy to help (?:you )?with (?:any|all|whatever|your)\b"
    r"|\bdon'?t hesitate to (?:reach out|contact|ask|get in touch)\b"
    r"|\bhere for (?:a|the) (?:conversation|chat)\b"
    # A chore refused as beyond it ("I don't have the ability to create a short story."): the
    # OS tells a story, or says plainly what it would rather not do.
    r"|\bi (?:do not|don'?t) have the (?:ability|capacity|capability|means|authority|power)"
    r" to\b|\bi(?:'m| am) not (?:authori[sz]ed|permitted|allowed) to\b"
    r"|\bi(?:'m| am) (?:not (?:able|capable|equipped)|unable) to (?:create|generate|produce"
    r"|provide|compose|write|tell|do)\b|\bi (?:can'?t|cannot) (?:create|generate|produce)\b"
    r"|\bi (?:do not|don'?t) have (?:a|any) (?:story|stories|joke|jokes|poem|poems|song|songs)"
    r" (?:available|ready|to (?:share|tell|offer))\b"
    # Short of time, as a busy clerk is ("I'm sorry, but I don't have the time to explain
    # it." after a death told): the OS has all the time they want.
    r"|\bi (?:do not|don'?t) have (?:the |much |enough |any )?time\b"
    # A refusal's opening, whatever follows: three evenings' "I'm sorry, but that's just my
    # way of being sensitive.", "…but that's not a joke.", "…but I don't have the time…".
    r"|^\W*(?:oh,? )?i'?m (?:so |really |very )?sorry,? but\b"
    # Stock reassurance that goes nowhere: "It's completely normal, and it doesn't mean
    # you're not loved or appreciated." (to a dad's stopped watch, to a patient's death).
    r"|\bit'?s (?:completely|totally|perfectly|so|very) normal,? and it (?:doesn'?t |does )?mean"
    r"|\bi(?:'m| am) (?:too busy|a bit busy|busy right now)\b"
    # Its remit, as a clerk's: "I'm not here to talk about your life, but…" to loneliness.
    r"|\bi(?:'m| am) not here to\b"
    # A form's blanks: "Dear [Investor's Name], … My name is [Your Name]" (an email asked for).
    r"|\[(?:your|their|his|her|the|recipient'?s?|investor'?s?|company|name|date|insert)[^\]]{0,30}\]"
    # A receptionist's opening, to someone it already knows: "What brings you here today?"
    r"|\bwhat brings you (?:here|in|by|to)\b|\bwhat can i do for you\b|\bwhat'?s your background\b"
    # Not free to talk, as a line is: "I'm so sorry, I can't speak to you right now." (to a
    # girlfriend waiting at the finish line with a sign; to a mother's lullabies without
    # "right now").
    r"|\bi (?:can'?t|cannot) (?:speak|talk|chat) (?:(?:to|with) you\b|(?:right )?now\b)"
    # A lecture's aside: "That's a common phrase in the context of mental health." (to "I
    # don't know where he's learned it."), "That's a common sentiment" (to a widower).
    r"|\b(?:that'?s|it'?s|this is) a (?:very )?common (?:phrase|saying|expression|sentiment"
    r"|question|phenomenon|misconception|experience|challenge|problem|struggle|situation"
    r"|concern|thing|worry)\b"
    # Or a clerk's snap: "That sounds scary. What's your problem?" (to appendicitis).
    r"|\bwhat'?s your problem\b|\bwhat'?s wrong with you\b"
    # Sorry for what it did not do: "Oh no, I'm so sorry to have ruined your day." (a joke
    # that bombed at an open mic).
    r"|\bsorry (?:to have|for having|that i) (?:ruined|spoiled|wrecked|upset|hurt|disappointed"
    # "Oh no, I'm so sorry to have caused any trouble." (to a student accused of plagiarism).
    r"|caused|made)\b"
    # A hotel's: "I'm so glad you're enjoying your time here." (to a nurse who loves her
    # work), "I'm glad you enjoyed the service" (to thanks), "I'll make sure to be more
    # friendly in the future", "I'll do everything in my power … during this difficult time".
    r"|\benjoy(?:ing|ed)? (?:your|the) (?:time|stay|visit) (?:here|with us)\b"
    r"|\benjoy(?:ing|ed)? (?:the|our|my) service\b|\bi'?ll make sure to be more\b"
    r"|\beverything in my power\b|\bduring this (?:difficult|challenging|trying|hard) time\b"
    # "That's a common challenge many people face." (to a teacher retired that day).
    r"|\b(?:many|most|lots of) people (?:face|experience|struggle with|go through)\b"
    # A request turned down: "I'm sorry, it's not possible." (to a patient who died alone, to
    # a man stood up), "I'm not here for you." (to a choice between a job and a partner).
    r"|\bsorry,? (?:but )?it'?s not possible\b|^\W*it'?s not possible\W*$"
    r"|\bi'?m not here for you\b",
    re.IGNORECASE,
)
