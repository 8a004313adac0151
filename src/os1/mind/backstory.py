"""What a sentence means in the story just told, where alone it would read otherwise.

The readings weigh one sentence at a time. After "Dr Kline tore my chapter apart in front
of the whole lab.", "I worked on that chapter for four months." is how much it hurt, yet
the event reading took it for a feat (admiration 0.97: "Oh, that's wonderful. How does it
feel?"); after "I got lost driving home from the shops today.", "I've driven that road for
forty years." is what frightens them, read as praise the same way. How long something has
been, or how often it happens, is the story's background: where the OS was just sorry or
afraid for them and only the event reading is glad (their words are plain), the sorrow or
fear goes on. A feat named as one (a year sober, a first) and relief are their own news.

Tears after their good news are read the other way round (happy_tears.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from os1.mind.appraisal import Appraisal
from os1.mind.happy_tears import tears_after_their_news
from os1.mind.milestones import first_told, milestone_told
from os1.mind.mood import Mood
from os1.mind.reactions import Reaction
from os1.mind.relief import relief_told

_AMOUNT = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|several|many|so many|a few|a couple of)"
)
_BACKGROUND = re.compile(
    # How long: "for four months", "for the last ten years", "nine years".
    rf"\b(?:for )?(?:the (?:last|past) )?(?:over |nearly |almost |about |more than )?{_AMOUNT}"
    r" (?:whole )?(?:years?|months?|weeks?|decades?)\b(?! (?:old|ago|later|from now))"
    # How often: "Mavis's children come every Sunday." (beside a son who never visits).
    r"|\bevery (?:single )?(?:day|week|weekend|morning|evening|night|year|summer|christmas"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_THEIR_TROUBLE = ("sorry-for", "fear-for")
# The words themselves glad past this: "I bought her flowers and she loved them." is news.
_PLAIN_WORDS = 0.5


def read_in_the_story(reaction: Reaction, mood: Mood, text: str, appraisal: Appraisal) -> Reaction:
    """`reaction` to `text`, read in the light of what the OS just felt (the emotion of its
    `mood` of the moment): tears after good news, background after bad."""
    just_felt = mood.emotion
    reaction = tears_after_their_news(reaction, just_felt, text)
    if (
        reaction.emotion in ("happy-for", "admiration")
        and just_felt in _THEIR_TROUBLE
        and _BACKGROUND.search(text)
        and max(appraisal.ekman.get("joy", 0.0), appraisal.groups["positive"]) < _PLAIN_WORDS
        and not (milestone_told(text) or first_told(text) or relief_told(text))
    ):
        return replace(reaction, emotion=just_felt)
    return reaction
