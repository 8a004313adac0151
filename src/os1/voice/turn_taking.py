"""When the person has finished their turn, and when the OS may be heard answering.

Silence alone is a poor judge: "Hi, Lena. [pause] I couldn't sleep. [pause] Can
you tell me something kind?" has two pauses of most of a second inside one
question, and waiting out a full second after every question makes the OS feel
slow. The transcript helps (it is ready a tenth of a second into the silence:
it is started speculatively), and each pause gets two figures from it:

- begin: the silence after which the reply is begun: the turn is heard and the
  brain starts writing, while the person may still go on;
- speak: the silence before any of the reply may be heard. Until then a person
  who goes on has not been interrupted: the begun reply is dropped unheard and
  the turn resumes as one utterance (voice/session.py).

The reply takes most of a second to write and voice anyway, so a `speak` within
that costs nothing and guards the pause. The words decide both: a question or
a request closes a turn (begin at once, speak soon); a statement often leads
to the question ("I couldn't sleep." then "Can you tell me something kind?"),
so its reply is begun at once but held for a second, the length of most pauses
inside a turn (people's within-turn pauses are mostly under a second, their gaps
between turns about 200 ms); a greeting or an announcement ("Hi, Lena.", "I have
a question.") and a thought that trails off ("and", "um", a comma) wait longer.
A person who has been pausing long mid-turn is given longer: the waits after
anything but a question grow past the longest of their recent pauses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

FINISHED_HANG_MS = 200
UNFINISHED_HANG_MS = 900
# Past the longest recent pause by this much; and never more than this in all.
GROWTH_MARGIN_MS = 300
LONGEST_WAIT_MS = 2000


@dataclass(frozen=True, slots=True)
class Wait:
    begin_ms: int  # silence after which the reply is begun
    speak_ms: int  # silence before any of it may be heard


CLOSING = Wait(FINISHED_HANG_MS, 400)  # a question, a request, thanks, goodbye
STATEMENT = Wait(250, 1000)
OPENING = Wait(700, 1200)  # a greeting or an announcement: more is coming
UNFINISHED = Wait(UNFINISHED_HANG_MS, 1200)

# Words a thought rarely ends on: joining words, fillers, and the helpers that
# wait for their verb ("we could..."). Whisper puts a full stop after them all
# the same, so the words are the better guide.
_TRAILING = {
    "and", "but", "or", "so", "because", "um", "uh", "er", "erm", "hmm", "like", "the", "a",
    "an", "to", "of", "with", "for", "my", "your", "if", "then", "that", "which", "when",
    "about", "is", "was", "are", "were", "am", "i", "we", "you", "maybe", "well", "could",
    "would", "should", "can", "will", "might", "must", "shall", "have", "has", "had",
}  # fmt: skip
_WORDS = re.compile(r"[a-z']+")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
_QUESTION_START = re.compile(
    r"(what|where|when|why|how|who|whom|whose|which|do|does|did|can|could|would|will|"
    r"should|shall|is|are|was|were|am|have|has|had|may|might|must|isn't|aren't|don't|"
    r"doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't)\b"
)
# A sentence that starts with one of these asks the OS to do or say something.
_REQUEST_START = re.compile(
    r"(please|tell|read|remind|give|show|play|help|call|send|write|add|move|cancel|find|"
    r"check|set|take|put|make|open|stop|start|turn|reply|clean|proofread|forget|wake|"
    r"book|note|look|search|list|say|sing|describe|explain|suggest|recommend|let's|let|"
    r"remember|sum|summarise|summarize|translate|schedule|text|email|delete|mark|"
    r"i want you to|i'd like you to|i need you to)\b"
)
# Said at the end of something, as replies to the OS or as goodbyes.
_CLOSING_WORDS = re.compile(
    r"(thanks?( you)?( so much| very much)?|good ?night|good ?bye|bye|see you( later)?|"
    r"take care|ok(ay)?|yes|yeah|yep|no|nope|sure|all ?right|great|perfect|never ?mind)$"
)
_GREETING = re.compile(
    r"(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|morning|evening|"
    r"hey there|hi there|hello there|oh|so|well|um|uh|((okay|ok|so|now|well|hey) )?(listen|look))$"
)
# What announces more to come: "I have a question.", "Can I ask you something?"
_ANNOUNCES = re.compile(
    r"((i('ve| have)( got)?|got) (a|one) (question|thing|favou?r)( for you)?|"
    r"(can|could|may) i ask( you)?( something| a question)?|let me ask( you)?|"
    r"(i|i'd|i want to|i need to|i have to|i must) (tell|ask) you( something)?|"
    r"guess what|you know what|here's the thing|the thing is|so here's|"
    r"i need (your )?help( with something)?|i was wondering)$"
)


def sounds_finished(transcript: str) -> bool:
    """Whether the words end like a finished thought (Whisper punctuates what it hears)."""
    text = transcript.strip()
    if not text or text.endswith(("...", "…", ",", "-", ";", ":")):
        return False
    words = _WORDS.findall(text.lower())
    if not words:
        return False
    # Heard as asked ("What do you think about that?"), it is finished whatever its last word.
    if text.endswith("?") and len(words) >= 2:
        return True
    if words[-1] in _TRAILING:
        return False
    return text.endswith((".", "!")) or len(words) >= 3


def last_sentence(transcript: str) -> str:
    sentences = [s for s in _SENTENCE_END.split(transcript.strip()) if s]
    return sentences[-1] if sentences else ""


def _greets(sentence: str) -> bool:
    """A greeting, perhaps with the name of whom it greets: "Hi, Lena.", "Good morning."."""
    words = re.findall(r"[A-Za-z']+", sentence)
    # Capitalised words after the greeting are a name; at most two of them.
    for name_words in range(min(2, len(words) - 1) + 1):
        kept = words[: len(words) - name_words]
        named = all(w[:1].isupper() for w in words[len(kept) :])
        if named and _GREETING.fullmatch(" ".join(kept).lower()):
            return True
    return False


def kind_of(transcript: str) -> str:
    """What the end of the words sounds like: unfinished, opening, closing or statement."""
    if not sounds_finished(transcript):
        return "unfinished"
    sentence = last_sentence(transcript)
    plain = " ".join(_WORDS.findall(sentence.lower()))
    if _ANNOUNCES.fullmatch(plain):
        return "opening"
    words = re.findall(r"[A-Za-z']+", sentence)
    if len(words) > 1 and words[-1][:1].isupper():  # and perhaps whom it is said to
        words = words[:-1]
    if _CLOSING_WORDS.fullmatch(" ".join(words).lower()):
        return "closing"
    if _greets(sentence):
        return "opening"
    if sentence.endswith("?") or _QUESTION_START.match(plain) or _REQUEST_START.match(plain):
        return "closing"
    return "statement"


def wait_for(transcript: str, pauses_ms: Sequence[int] = ()) -> Wait:
    """The two waits after `transcript`, for a person whose recent pauses mid-turn were
    `pauses_ms` (silences they went on after)."""
    kind = kind_of(transcript)
    wait = {"unfinished": UNFINISHED, "opening": OPENING, "closing": CLOSING}.get(kind, STATEMENT)
    if not pauses_ms:
        return wait
    longest = max(pauses_ms)
    if kind == "closing":
        # A question mostly ends a turn: only the held moment grows, a little, which the
        # writing of the reply mostly hides.
        return Wait(wait.begin_ms, max(wait.speak_ms, min(longest // 2, LONGEST_WAIT_MS)))
    grown = min(longest + GROWTH_MARGIN_MS, LONGEST_WAIT_MS)
    return Wait(wait.begin_ms, max(wait.speak_ms, grown))


def likely_end(transcript: str) -> bool:
    """Whether the words read as the end of the turn (a question, a request, thanks), so
    that its reply is worth beginning in the pause (drafted: conversation/speculation.py).
    Not after a statement: its reply is held a second anyway, time enough to write it once
    the turn is begun, and a question mostly follows; nor after a greeting or words that
    trail off. A draft dropped costs the brain's time just when the next one needs it."""
    return kind_of(transcript) == "closing"


def hang_ms(transcript: str) -> int:
    """How much silence ends the turn (the reply is begun), given what was said."""
    return wait_for(transcript).begin_ms
