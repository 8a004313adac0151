"""Yes, no, or not clear: the answer to a question the OS asked before doing something
that cannot be undone.

Only a whole yes is yes: a short reply that says yes ("yes", "yeah go ahead", "sure
thing", "okay do it", "yes please send it") and holds nothing that takes it back.
Anything else that is there makes it not clear, and the OS asks again: a negation next
to the yes ("yes... actually no", "ok wait, no, don't delete it"), a question ("yes?",
"Sure? Which note is that?"), a delay ("do it later, not now", "sure but tomorrow"), a
hedge ("maybe", "hmm", "hold on"), or any word this reading does not know. Words the
question itself used count as known, so "yes, delete note 3" to "Delete note 3?" is a
yes and "yes, delete note 4" is not. A no is a reply that refuses and says nothing for
it ("no", "nope, keep it", "don't", "never mind"); a no cancels. "Forget it" is
a yes to "Forget this for good?" and, to any other question, not clear.

A list of words and not the language model: the embedded model cannot be trusted to
tell "yes" from "yes, actually no", and what is missed here only asks again.
"""

from __future__ import annotations

import re
from enum import Enum
from itertools import pairwise


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


class Consent(Enum):
    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"


# Words that say yes by themselves.
_YES = _set(
    "yes yeah yea yep yup ya yah yeh ye y aye sure surely ok okay okey okie k kk alright right "
    "absolutely definitely certainly affirmative correct confirm confirmed indeed agreed gladly "
    "fine mhm ofcourse soundsgood youbet"
)
# Imperatives that ask for the thing to be done ("go ahead", "do it", "please do"); the
# question's own first word ("delete", "send") joins them for each question.
_DO = _set("do go proceed continue")
# Words that refuse.
_NO = _set(
    "no nope nah naw nay not never stop cancel abort halt negative keep leave scratch "
    "nothing neither nor refuse wrong incorrect undo mind nevermind dont didnt doesnt wont "
    "cant cannot shouldnt isnt arent wasnt wouldnt couldnt mustnt"
)
# Refusals that also begin instructions: "Keep it short.", "Leave out the bit about Mum."
_INSTRUCTING = _set("keep leave")
# Words that make a reply not a whole answer: hesitation, second thoughts, conditions,
# delays, and the words questions are asked with.
_HESITATING = _set(
    "wait hold hang hmm hm hmmm erm maybe perhaps probably possibly guess suppose think "
    "thinking actually but though although however except unless instead rather only if "
    "depends really idk dunno unsure know kidding joking jk whatever meh mean again sorry"
)
_DELAYING = _set(
    "later tomorrow tonight soon yet first before after afterwards eventually next week "
    "weekend morning afternoon evening until till til minute minutes moment moments second "
    "seconds sec secs hour hours bit while today monday tuesday wednesday thursday friday "
    "saturday sunday"
)
_QUESTIONING = _set("what which who whom whose why how when where huh pardon eh")
_WAVERING = _HESITATING | _DELAYING | _QUESTIONING
# Words that say nothing either way: politeness, fillers, "it", "that", "now".
_NEUTRAL = _set(
    "please pls plz thanks thank thx ta you it its it's that that's thats this them those "
    "these one thing do go ahead for all now just then so well oh ah uh um umm er good great "
    "perfect lovely cool i i'm im am is be the a an and too also totally done away "
    "straight immediately sir said say very much on want "
    # what the OS asks to do, named in the answer: "yes, send it"
    "send delete remove archive move reply erase clear forget"
)
# Which words can start a question that is asked without a question mark ("is it the
# right one", "do you mean the old one"); "do it" and "do that" are not questions.
_ASKING = _set("is are was were can could would should shall will did does am have has")
_SUBJECTS = _set("you i we they he she it that this there")
_DO_SUBJECTS = _set("you i we they he she")
# What follows a verb that asks for the thing to be done: "go ahead", "do it", "send them".
_OBJECTS = _set("ahead it that this them for on")
# Refusals that negate the verb after them: "don't do it" is a no, "no, go ahead" is not.
_NEGATING = _set("not never dont didnt doesnt wont cant cannot shouldnt wouldnt couldnt mustnt")
_FILLERS = _set("please pls plz oh ah uh um umm er well so just then ok okay yes yeah sure")

# Spoken phrases read as one word before the words are weighed.
_PHRASES = [
    (re.compile(r"\b(?:absolutely|definitely|certainly|surely|of course) not\b"), " no "),
    (re.compile(r"\bnot (?:right )?(?:now|yet|today|just yet)\b"), " later "),
    (re.compile(r"\bdo not\b"), " dont "),
    # "No problem" agrees, in words that refuse: neither, so it is asked again.
    (re.compile(r"\bno (?:problem|worries)\b"), " hmm "),
    (re.compile(r"\bof course\b"), " ofcourse "),
    (re.compile(r"\bsounds (?:good|great|fine)\b"), " soundsgood "),
    (re.compile(r"\byou bet\b"), " youbet "),
    (re.compile(r"\bwill do\b"), " ok "),
    (re.compile(r"\b(?:uh[- ]huh|mm[- ]?hmm|mhm+)\b"), " mhm "),
]
# A question of its own, longer than "which note do you mean?".
_NEW_QUESTION = re.compile(r"^\W*(?:what|what's|who|where|when|why|how|which)\b.*\?\W*$", re.I)
_SHORT_QUESTION = 5
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    for phrase, single in _PHRASES:
        text = phrase.sub(single, text)
    words = []
    for word in _WORD.findall(text):
        word = re.sub(r"(.)\1{2,}$", r"\1", word)  # "yesss", "okkk", "hmmm"
        if word.endswith("n't"):
            word = word.replace("'", "")  # "don't" and "dont" are the same refusal
        words.append(word)
    return words


def _asks_back(words: list[str]) -> bool:
    """A question put without a question mark, as speech is transcribed: "is it the one"."""
    for first, second in pairwise(words):
        if first in _ASKING and second in _SUBJECTS:
            return True
        if first == "do" and second in _DO_SUBJECTS:
            return True
    return False


def read(reply: str, asked: str = "") -> Consent:
    """Whether `reply` answers the question `asked` with a whole yes, a no, or neither."""
    words = _words(reply)
    if not words or "?" in reply or _asks_back(words):
        return Consent.UNCLEAR
    if any(w in _WAVERING for w in words):
        return Consent.UNCLEAR
    # The question's own words are known, and its verb asks for it to be done, unless the
    # verb is itself a refusal ("Cancel the reminder?"): then it says neither. What it
    # quotes (a note, a mail) is not its words: "yes, note 2" does not answer "Delete
    # note 9, “call 2 plumbers”?".
    shown = _words(_QUOTED.sub(" ", asked))
    verb = shown[0] if shown else ""
    echoed = {w for w in shown if w not in _WAVERING and w not in _NO}
    refusing = {w for w in words if w in _NO and w != verb}
    doing = _DO | ({verb} - _NO - {""})
    first = next((w for w in words if w not in _FILLERS), None)
    asking_for_it = any(
        w in doing and (i == 0 or words[i - 1] not in _NEGATING)
        for i, w in enumerate(words)
        if i + 1 < len(words) and words[i + 1] in _OBJECTS
    )
    saying_yes = any(w in _YES for w in words) or first in doing or asking_for_it
    known = _YES | _NO | _NEUTRAL | doing | echoed | {verb}
    whole = all(w in known for w in words)
    if refusing:
        if saying_yes:
            return Consent.UNCLEAR
        # "No, I changed my mind" refuses whatever follows; "nothing to worry about, go
        # ahead" does not.
        # "Keep it calm. I don't want a war." (asked what to put in a letter) is how to do it:
        # keep and leave refuse only as a whole answer ("No, keep it.").
        plainly = words[0] in refusing - _INSTRUCTING and not any(w in doing for w in words)
        return Consent.NO if whole or plainly else Consent.UNCLEAR
    return Consent.YES if saying_yes and whole else Consent.UNCLEAR


def engages(reply: str, asked: str = "") -> bool:
    """Whether a reply that is neither a yes nor a no still answers the question ("yes...
    actually no", "which note?", "later") rather than moving on ("what's for dinner?"):
    the first is asked again, the second talked with as usual."""
    said = _words(reply)
    words = set(said)
    shown = set(_words(_QUOTED.sub(" ", asked))) - _NEUTRAL - _FILLERS
    # "Later" answers; "what's for dinner tonight?" only mentions a time.
    delaying = words & _DELAYING if len(said) <= 3 else set()
    if (
        _NEW_QUESTION.match(reply)
        and len(said) > _SHORT_QUESTION
        and not words & (shown | {"mean", "meant"})
    ):
        # "What's the best thing about singing, do you think?" asks something else, for all
        # its "do" and "think".
        return False
    return bool(words & (_YES | _NO | _DO | _HESITATING | shown) or delaying)


def is_yes(text: str, asked: str = "") -> bool:
    return read(text, asked) is Consent.YES


def is_no(text: str, asked: str = "") -> bool:
    return read(text, asked) is Consent.NO


# How often an unclear answer gets the question again before the OS lets it go: a yes
# said much later, about something else, must not do it.
MOST_ASKS = 3
GIVEN_UP = "I'll leave it undone, then: nothing was changed. Ask again when you're sure."


def ask_again(question: str) -> str:
    """The question once more, after an answer that was not a clear yes or no."""
    return f"I'll only do that on a clear yes. {question} (yes / no)"
