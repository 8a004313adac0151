"""The kind of answer a question's word asks for, where the answer need not say the word.

"What was the score?" is answered by "We lost the cup final 3-2.", "How old was he?" by
"He was ninety-one.", "What grade did I get?" by "I got an A!" and "What part did she
get?" by "Mia got the lead in Swan Lake.": none says "score", "old", "grade" or "part".
Matched by words alone, the question found nothing it could quote, and the embedded model
answered for itself: "The score was 2-1." to a cup final lost 3-2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from os1.text.numbers import CARDINAL


@dataclass(frozen=True, slots=True)
class AnswerKind:
    """What a question asks by `words` (its own words for it, which the answer need not
    say), and what says it."""

    words: tuple[str, ...]
    said: re.Pattern[str]


_SCORE = AnswerKind(
    ("score",),
    re.compile(
        r"\b\d{1,3} ?[-\u2013] ?\d{1,3}\b(?! ?(?:year|month|week|day|hour|minute|am|pm)s?\b)"
        rf"|\b{CARDINAL}[- ](?:nil|all|to (?:nil|{CARDINAL}))\b",
        re.IGNORECASE,
    ),
)
_AGE = AnswerKind(
    ("old",),
    re.compile(
        rf"\b{CARDINAL}[- ](?:years?|months?)[- ]old\b|\baged {CARDINAL}\b"
        rf"|(?:\bturn(?:s|ed|ing)?|'s|\b(?:is|was|were|are))(?: only| just| nearly| almost"
        rf"| barely)? {CARDINAL}\b(?![- ]?(?:minutes?|hours?|days?|weeks?|months?|miles?|times?"
        r"|percent|%|goals?|pounds?|quid|euros?|dollars?|o'clock|am|pm|of\b|in\b|to\b|-\d))",
        re.IGNORECASE,
    ),
)
_GRADE = AnswerKind(
    ("grade", "mark", "result"),
    re.compile(
        r"\b(?:an?|straight|all|got|get) (?-i:A\*?|[A-F][+-]?)s?(?![\w&])"
        # "I got my first essay back and it was a 52." (the model: "You've got a good idea").
        r"|\b(?:was|got|scored|it's) (?:an? |only (?:an? )?|just (?:an? )?)?\d{1,3}\b(?![:.,]?\d)"
        r"|\b\d{1,3} ?(?:%|percent|per cent)|\b\d{1,3} out of \d{1,3}\b"
        r"|\ba (?:first|distinction|merit|pass)\b",
        re.IGNORECASE,
    ),
)
_PART = AnswerKind(
    ("part", "role"),
    re.compile(
        r"\bthe (?:lead|leading (?:part|role)|main (?:part|role)|(?:part|role) of)\b"
        r"|\bcast as\b|\b(?:playing|play|plays|played) (?:the )?(?-i:[A-Z][a-z]+)",
        re.IGNORECASE,
    ),
)
# How much money: "How much did we raise?" is answered by "Two million from an investor in
# Berlin." (the model: "We raised 10,532.").
_MONEY = AnswerKind(
    ("much", "money"),
    re.compile(
        rf"[£$€] ?\d|\b(?:{CARDINAL}|a|half a) (?:hundred |thousand )?(?:million|billion|thousand"
        r"|hundred|grand|pounds|quid|dollars|euros|k)\b|\b\d+(?:\.\d+)?(?:k|m|bn)\b",
        re.IGNORECASE,
    ),
)
# A share: "What percent of income was it?" (forty percent; the model: "It's not an exact
# number").
_PERCENT = AnswerKind(
    ("percent", "percentage", "much"),
    re.compile(rf"\b(?:\d+|{CARDINAL}) ?(?:%|percent|per cent)", re.IGNORECASE),
)
# A race's time: "What was my time?" (a first marathon in four hours and twelve minutes).
_RACE_TIME = AnswerKind(
    ("time",),
    re.compile(rf"\b{CARDINAL} hours?(?: and {CARDINAL} minutes?)?\b|\b\d+:\d\d\b", re.I),
)
# Where it happened: "Where did it happen?" (a panic attack on the bus).
_WHERE = AnswerKind(
    ("happen", "where"),
    re.compile(
        r"\b(?:on|at|in|outside|inside) (?:the|a|my|our) (?:bus|train|tube|plane|car|street|road"
        r"|shop|supermarket|school|work|office|park|hospital|station|platform|beach|pub|party"
        r"|church|gym|pool|kitchen|garden|airport|meeting|playground|lift|stairs)\b",
        re.IGNORECASE,
    ),
)
# A place's or a thing's name: "What was the name of the pub?" is answered by "We played our
# first proper gig tonight at the Crown!" (the model: "The Red Door.").
_NAME = AnswerKind(
    ("name", "called"),
    re.compile(r"\b(?:at|in|to|from|called|named) (?:the )?(?-i:[A-Z][a-z]+)", re.IGNORECASE),
)
_NAME_ASKED = re.compile(
    r"\bwhat(?:'s| was| is) the name of (?:the|that|our|my) (?P<thing>\w+)"
    # "Which hospital is he in?" (St Mary's; the OS: "That sounds scary.").
    r"|^\W*which (?P<which>hospital|school|hotel|restaurant|pub|church|ward|town|city|station"
    r"|shop|club|team|park|street)\b"
    r"|\bwhat(?:'s| was| is) (?:the|that|our|my) (?P<called>\w+) called\b",
    re.IGNORECASE,
)
_ASKED = (
    (re.compile(r"\bwhat(?:'s| was| is| were) the (?:final )?score\b", re.I), _SCORE),
    (re.compile(r"^\W*(?:how old|what age)\b", re.I), _AGE),
    (re.compile(r"\bwhat (?:grade|grades|mark|marks|result|results)\b", re.I), _GRADE),
    (
        re.compile(r"^\W*how much (?:money )?(?:did|have|had|has|do) (?:i|we|they|he|she)\b", re.I),
        _MONEY,
    ),
    (re.compile(r"\bwhat (?:part|role)\b", re.I), _PART),
    (re.compile(r"\bwhat (?:percent|percentage)\b", re.I), _PERCENT),
    (re.compile(r"\bwhat (?:was|is) my (?:finish(?:ing)? )?time\b", re.I), _RACE_TIME),
    (re.compile(r"^\W*where (?:did|was|were) (?:it|this|that)(?: happen)?\W*$", re.I), _WHERE),
)


def answer_kind(question: str) -> AnswerKind | None:
    """The kind of answer `question` asks for, if it is one a sentence may give without
    its word."""
    if (name := _NAME_ASKED.search(question)) is not None:
        thing = name["thing"] or name["called"] or name["which"]
        return replace(_NAME, words=(*_NAME.words, thing.lower()))
    return next((kind for asked, kind in _ASKED if asked.search(question)), None)
