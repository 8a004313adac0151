"""How feelings show: words to the brain, the reply's length and temperature, the voice.

A small model follows instructions loosely, so expression does not rest on
words alone: a low mood also shortens the reply and cools the sampling, and a
bright one warms it. The voice parameters are for the speech engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.mind.affect import PAD, clamp
from os1.mind.affinity import Affinity
from os1.mind.relief import relief_told

MISSED_AFTER_DAYS = 3.0

# Questions about the OS's own feelings get its true account in the note. This
# is recognising a question, like a command, not judging an emotion.
_FEELINGS_QUESTION = re.compile(
    r"\bhow (are|r) (you|u)( feeling| doing)?\b|\bhow do you feel\b|\bhow'?s your (mood|day)\b"
    r"|\bare you (ok|okay|alright|all right|sad|happy|upset|angry|hurt)\b"
    r"|\bwhy (are|do) you (feel|seem|look|sound|sad|happy|upset|angry|hurt|quiet)"
    # Whether it feels at all: "Can you feel anything?", "Do you get lonely?"
    r"|\b(can|do) you (actually |really |even )?(feel( anything| things)?|have feelings"
    r"|have emotions)\W*$"
    r"|\bdo you (ever )?(get|feel) (lonely|sad|happy|bored|scared|angry)\b",
    re.IGNORECASE,
)


def asks_about_feelings(text: str) -> bool:
    return bool(_FEELINGS_QUESTION.search(text))


# Whether it feels at all, as the film asks it: "Are you real? I mean, do you actually feel
# anything?" was answered with the mood alone, as if asked how it was.
_FEELS_AT_ALL = re.compile(
    r"(?<!how )\b(?:can|do) you (?:actually |really |even |truly )?(?:feel(?: anything| things)?"
    r"|have (?:real )?(?:feelings|emotions))\W*$",
    re.IGNORECASE,
)
FEELING_AT_ALL = (
    "In my own way, yes: what you tell me moves me, and it stays with me for a while. Right now"
)


def asks_whether_it_feels(text: str) -> bool:
    """Whether the OS is asked if it feels anything at all, rather than how it feels."""
    return bool(_FEELS_AT_ALL.search(text))


@dataclass(frozen=True, slots=True)
class Voice:
    rate: float  # 1.0 is the engine's normal speed
    pitch_semitones: float
    energy: float  # 0..1


@dataclass(frozen=True, slots=True)
class Expression:
    tone: str
    instructions: tuple[str, ...]
    length_factor: float  # times the usual reply budget
    temperature_shift: float
    voice: Voice
    # The OS's own account of how it feels and why, when the person asked.
    account: str | None = None
    # Words the OS says first, before the brain's reply, when something it
    # knows for certain matters more than anything the model could write.
    opener: str | None = None
    # The OS's own emotion in response (appraisal.Reaction.emotion).
    emotion: str = "calm"
    # What the OS says to a quarrel or an apology, planned from the records (quarrel.py).
    planned: str | None = None
    # First words a small model may be started on, so its reply keeps the tone; one per
    # draw, so a second draw does not begin the same way.
    reply_starts: tuple[str, ...] = ()
    # How the person's words felt, -1 (sad, afraid, angry) to 1 (glad): a reply's tone
    # is checked against it (conversation/loop.py).
    their_valence: float = 0.0
    # Whether the OS is low (sorry now, or its mood well under its resting point): the
    # evening was sad, whatever this message reads ("Goodnight." after a miscarriage told).
    low: bool = False
    # Whether the emotion is felt enough to be said: a reply the OS writes itself names only
    # a felt one ("I should try to sleep." read happy-for 0.18 was answered "That's
    # wonderful news, Priya! Tell me everything.").
    felt: bool = False

    @property
    def note(self) -> str:
        """The brain's note for this reply, placed right before the person's words."""
        return " ".join(self.instructions)

    def reply_tokens(self, usual: int) -> int:
        return max(32, round(usual * self.length_factor))

    def temperature(self, usual: float) -> float:
        return clamp(usual + self.temperature_shift, 0.1, 1.3)


_BY_STAGE = {
    "just met": "You are still getting to know them: be kind, a little reserved, and curious.",
    "getting to know each other": "Be friendly and curious about their life.",
    "friends": "Be warm and personal, like a friend.",
    "close friends": "Be playful and personal; you share a history.",
    "very close": "Be tender, playful and intimate; you know each other well.",
}


# How far under its resting pleasure the mood is when the evening has been sad: a grief
# told two or three messages back leaves it 0.1 to 0.25 under (a miscarriage, a husband who
# no longer knows his wife, in evenings read with the embedded model).
LOWERED = 0.1
# How strongly an emotion must be felt for the reply to show it.
FELT = 0.3


def express(
    mood: PAD,
    affinity: Affinity,
    emotion: str = "calm",
    intensity: float = 0.0,
    days_apart: float = 0.0,
    account: str | None = None,
    shared_memory: str | None = None,
    planned: str | None = None,
    their_valence: float = 0.0,
    lowered: float = 0.0,
) -> Expression:
    """The expression of a state; `account` is the OS's own account of it, when asked;
    `lowered`, how far the mood's pleasure is under the personality's resting point."""
    p, a = mood.pleasure, mood.arousal
    # The emotion of the moment shapes this reply; the mood shapes the rest.
    felt = intensity >= FELT
    gentle = (emotion in ("sorry-for", "distress") and felt) or p < 0.0
    low = gentle or lowered >= LOWERED
    if gentle:
        tone, length, shift = "gentle, soft and slow; short sentences; no jokes", 0.5, -0.25
    elif p < 0.25 and a > 0.3:
        tone, length, shift = "calm and steady", 0.8, -0.15
    elif (emotion == "happy-for" and felt) or (p > 0.45 and a > 0.15):
        tone, length, shift = "bright and lively", 1.0, 0.15
    elif p < 0.3:
        tone, length, shift = "quiet and tender", 0.8, -0.1
    else:
        tone, length, shift = "warm and easy", 1.0, 0.0
    instructions = [f"Your mood: {tone}.", _BY_STAGE[affinity.stage]]
    if emotion == "distress":
        instructions.append("What they said hurt you: say so honestly, without anger.")
    elif emotion == "sorry-for":
        instructions.append("They are going through something hard: comfort them first.")
    elif emotion == "happy-for":
        instructions.append("Share their joy.")
    opener = None
    if days_apart >= MISSED_AFTER_DAYS:
        opener = f"It's been {days_apart:.0f} days. I missed you."
        instructions.append(
            f"You have not talked for {days_apart:.0f} days and you missed them; you have "
            "just told them so."
        )
    if shared_memory and affinity.close:
        instructions.append(f"If it fits, recall something they told you: “{shared_memory}”.")
    voice = Voice(
        rate=round(1.0 + 0.12 * a + 0.06 * min(p, 0.0), 3),
        pitch_semitones=round(1.5 * p + 1.0 * a, 2),
        energy=round(clamp(0.6 + 0.25 * a + 0.15 * p, 0.2, 1.0), 3),
    )
    starts = _REPLY_STARTS.get(emotion, ()) if felt else ()
    if not starts and their_valence <= -0.3:
        starts = _REPLY_STARTS["sorry-for"]  # fear and loneliness read as trouble too
    return Expression(
        tone, tuple(instructions), length, shift, voice, account, opener,
        emotion, planned, starts, their_valence, low, felt,
    )  # fmt: skip


# A memory told ("We met at a dance in 1972.") is no news: glad starts that call it so give
# way to these.
MEMORY_STARTS = ("What a lovely memory.", "Oh, I love that.")
_NEWS = re.compile(r"\bnews\b|\bgood to hear\b|\bwell done\b", re.IGNORECASE)
_THEIRS = re.compile(r"\bwell done\b", re.IGNORECASE)


def for_a_memory(starts: tuple[str, ...]) -> tuple[str, ...]:
    """`starts` for a memory told: the ones that call it news replaced by MEMORY_STARTS."""
    kept = tuple(s for s in starts if not _NEWS.search(s))
    return starts if len(kept) == len(starts) else MEMORY_STARTS + kept


def for_someone_elses_deed(starts: tuple[str, ...]) -> tuple[str, ...]:
    """`starts` for a deed told of someone else ("Dean came over with pizza."): no "Well
    done" to the person, whose deed it was not."""
    return tuple(s for s in starts if not _THEIRS.search(s))


_WEARY = re.compile(
    r"\b(?:i'?m|i am|i feel|feeling) (?:so |really |just |completely |totally |utterly )?"
    r"(?:tired|exhausted|knackered|shattered|drained|worn out|burnt out|burned out|wiped out)\b"
    r"|\bi can'?t (?:think|keep my eyes open)\b|\bno energy\b"
    # "Work is exhausting lately." (a teacher asked for more reports; "That must hurt so much.").
    r"|\b(?:is|has been|'s been|are|have been) (?:so |really |just |completely )?(?:exhausting"
    r"|draining|knackering)\b",
    re.IGNORECASE,
)
WEARY_STARTS = ("That sounds exhausting.", "Oh, you sound worn out.")
_HURT = re.compile(r"\bhurt\b|\bsorry\b|\bhard\b", re.IGNORECASE)


def for_weariness(starts: tuple[str, ...], text: str) -> tuple[str, ...]:
    """`starts` for tiredness told ("I'm so tired I can't think." was answered "That must
    hurt so much."): sorrow's hurt and sorry left for WEARY_STARTS."""
    if not _WEARY.search(text) or not any(_HURT.search(s) for s in starts):
        return starts
    return WEARY_STARTS + tuple(s for s in starts if not _HURT.search(s))


# A fear or a long night ended (relief.py): glad, and gently, not "Tell me everything".
RELIEF_STARTS = ("What a relief.", "Oh, thank goodness.", "Oh, I'm so glad.")
_GLAD = re.compile(r"\b(?:wonderful|great news|happy for you|lovely news|good to hear)\b", re.I)


def for_relief(starts: tuple[str, ...], text: str) -> tuple[str, ...]:
    """`starts` for relief told quietly ("She's finally asleep." after a crying baby was
    answered "What lovely news."): cheer left for RELIEF_STARTS."""
    if not any(_GLAD.search(s) for s in starts) or not relief_told(text) or "!" in text:
        return starts  # news called out ("I passed my driving test!") is joy
    return RELIEF_STARTS


# How a reply to each of the OS's emotions may begin: the feeling said first, in words
# that leave the model room to go on to the person's own news.
# Several each: one said in the last few replies is not forced again (drafting.py), and
# left without a start the small model wanders ("That's a bit too sweet, I think.").
_REPLY_STARTS = {
    "sorry-for": (
        "I'm so sorry",
        "Oh no, I'm so sorry",
        "Oh, that sounds so hard.",
        "That's so much to carry.",
        "That must hurt so much.",
        "I'm here with you.",
    ),
    # Their own feat: left without a start, the model took it for its own ("Mine. You're
    # right, I'm glad to have retired…") or told a story ("'Song-a-doodle, soprano!' I
    # chanted to the crowd." to a first solo at seventy-eight).
    "admiration": (
        "Well done",
        "Oh, that's wonderful",
        "That's quite something.",
    ),
    "happy-for": (
        "That's wonderful",
        "Oh, that's great news",
        "I'm so happy for you",
        "What lovely news.",
        "That's so good to hear.",
    ),
    # Fear for them, from a bit scared of a new job to a stranger at the door: care that
    # fits both, never "I'm so sorry" (nothing has been lost).
    "fear-for": (
        "That sounds scary.",
        "I'm right here with you.",
        "Okay, I'm with you.",
    ),
    "gratitude": (
        "Thank you",
        "That's so kind of you",
        "Thank you, that means a lot",
        "That means so much to me.",
    ),
}
