"""Joy in slang, and news exclaimed, told: read by small grammars (heard_by_grammar.py).

"I'm buzzing", "over the moon", "chuffed": words the classifiers learned as agitation or
not at all. "I got scouted today!": news of their own, which they exclaim.
"""

from __future__ import annotations

import re

# Joy told in slang the classifiers read as agitation: "I'm buzzing, I can't sleep." read as
# anger (reproach 0.43), and the OS answered "That must hurt so much."
_ELATED = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are|still|so|absolutely) (?:so |still |absolutely |just )?"
    r"(?:buzzing|buzzin'?|over the moon|on cloud nine|on top of the world|chuffed|stoked"
    r"|made up|walking on air)\b|\bcan'?t stop (?:smiling|grinning)\b",
    re.IGNORECASE,
)
_NOT_ELATED = re.compile(r"\b(?:not|never|isn'?t|wasn'?t|aren'?t|no longer)\b|\?", re.I)


# "I've never been prouder." (a teaching award; "That must hurt so much. I'm so sorry."):
# a "never" that is the joy.
_NEVER_SO = re.compile(
    r"\b(?:i'?ve|i have) never been (?:prouder|happier|(?:so|this|more) (?:proud|happy"
    r"|excited))\b"
    # "I haven't felt this free in years." (a hostel in Lisbon, a job quit; read as sorrow 0.73,
    # "it still weighs on me"), "I've never felt so alive."
    r"|\b(?:i )?(?:haven'?t|have not|hadn'?t) felt (?:this|so|that) (?:free|happy|alive|light"
    r"|good|well|young|myself|excited|proud|calm|at peace|hopeful) (?:in|for) (?:years|ages"
    r"|months|a long time|forever|decades)\b"
    r"|\b(?:i'?ve|i have) never felt (?:so|this|more) (?:free|happy|alive|proud|loved|light)\b",
    re.IGNORECASE,
)


# A feat or a yes of their own, exclaimed: "I got scouted today!" (happy-for 0.30; the model:
# "A scout is a young man who has been chosen to serve the Lord."), "I got the lead in Swan
# Lake!" (0.27: "I'm so excited to introduce you to the world of Swan Lake."), "A publisher
# wants my novel!" (read as nothing).
_EXCLAIMED = re.compile(
    r"^\W*(?:(?:and|so|guess what|oh my god|omg|finally|yes|we did it),?\s+)*(?:i|we)"
    r" (?:finally |just |actually |officially )?(?:got (?:scouted|picked|chosen|cast|accepted"
    r"|promoted|signed|published|shortlisted|engaged|in|into \w+|the (?:lead|part|role|job|place"
    r"|contract|grant|scholarship|offer|house|flat|keys)|a (?:place|part|role|job|first|distinction"
    r"|scholarship|contract|book deal|record deal|promotion|raise)|an? (?-i:A\*?|A-star|B)"
    r"(?: in| for| on)?|full marks|top marks)|won|passed(?! (?:out|away|on)\b)|landed"
    r"|closed (?:our|the|my) (?:first )?(?:funding|round|deal|sale)|sold (?:my|our) first"
    # "I quit my job today!" (to try music full time; "Oh no, I'm so sorry to hear that.").
    r"|quit (?:my|the) (?:day )?job|handed in (?:my|our) notice|resigned"
    r"|made (?:the|it to the)"
    r" (?:team|squad|final|finals|shortlist|cut)|(?:was|were|have been|'ve been|'m|am|are|'re)"
    r" (?:accepted|picked|chosen|selected|cast|offered|promoted|scouted|shortlisted|approved))\b"
    r"[^.!?]*!+\s*$"
    r"|\b(?:a|the|an) (?:publisher|agent|label|gallery|studio|university|school|college)"
    r" (?:wants|accepted|picked|took|signed) (?:my|our|me|us)\b[^.!?]*!+\s*$",
    re.IGNORECASE,
)
# A first of their own, exclaimed: "sent my first 7a today!" (a climbing grade, two months'
# work; read as nothing, "I'm listening, Finn.").
_FIRST_EXCLAIMED = re.compile(
    r"^\W*(?:(?:i|we) )?(?:just |finally )?(?:sent|topped|climbed|summited|ran|swam|finished|did"
    r"|completed|played|sold|made|landed|won|scored|caught|baked|cooked|wrote|published) (?:my|our)"
    r" (?:very )?first\b[^.!?]*!+\s*$",
    re.IGNORECASE,
)
_BAD_NEWS = re.compile(
    r"\b(?:not|never|didn'?t|don'?t|can'?t|couldn'?t|lost|fail\w*|fired|sacked|dumped|died"
    r"|broke|hurt|sick|ill|cancer|accident|rejected|arrested|caught (?:out|cheating|shoplifting)"
    r"|in trouble|chemo\w*|dialysis|radiotherapy|surgery|operation|funeral|treatment)\b",
    re.IGNORECASE,
)


def elation_told(text: str) -> bool:
    """Whether `text` tells of their joy in slang ("buzzing", "over the moon"), not denied,
    or exclaims news of their own ("I got scouted today!")."""
    told = bool(_ELATED.search(text)) and not _NOT_ELATED.search(text)
    exclaimed = bool(_EXCLAIMED.search(text) or _FIRST_EXCLAIMED.search(text))
    exclaimed = exclaimed and not _BAD_NEWS.search(text)
    return told or exclaimed or (bool(_NEVER_SO.search(text)) and "?" not in text)
