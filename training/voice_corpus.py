"""os1's voice corpus (issue 17): read, checked, and rendered through os1's own prompt code.

    python -m training.voice_corpus --check

Run it from the repository's root. Reads every training/data/voice/*.jsonl (one
conversation a line; the format is in training/data/voice/README.md), refuses a
malformed line with its file:line, and renders each of the OS's replies as one
training example: the messages the embedded model would be given for that turn
(the system prompt, the conversation so far, the note of known facts, remembered
words and the feeling, then the person's words), built by os1's own code
(mind/prompt.py, conversation/gathering.py, mind/expression.py), and the reply as
the target. A tenth of the conversations, chosen by a hash of the id (stable as the
corpus grows), is kept for evaluation.

`--check` prints the counts and reads every reply with os1's guard, the way a reply
is read before anyone hears it, listing those it would draw again or cut short.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from os1.brain.types import Brain, Message
from os1.conversation.gathering import Gathering, Mind
from os1.conversation.guard import Guard
from os1.conversation.reply_rules import rules_for
from os1.conversation.turn import Turn
from os1.memory.types import Fact, StoredTurn
from os1.mind.affect import PAD
from os1.mind.affinity import STAGES, Affinity
from os1.mind.appraisal import Appraiser
from os1.mind.expression import express
from os1.mind.interview import Answers
from os1.mind.persona import DEFAULT_STYLE, Persona
from os1.mind.prompt import system_prompt

CORPUS = Path(__file__).parent / "data" / "voice"
EMOTIONS = (
    "calm", "joy", "happy-for", "admiration", "pride", "gratitude", "sorry-for", "fear-for",
    "distress", "anger", "reproach", "relief", "hope", "surprise",
)  # fmt: skip
STAGE_NAMES = tuple(name for _, name in STAGES)
# The mood at rest, calm and content: what a turn without a feeling is felt with.
REST_MOOD = (0.2, 0.05, 0.1)
# One conversation in EVAL_SHARE is kept out of training.
EVAL_SHARE = 10
_ID = re.compile(r"^[a-z][0-9]+$")
# The notes' labels: a reply that quotes one teaches the model to recite its notes.
_LABELS = re.compile(r"\bYou know:|\bEarlier they told you:|\bYour mood:", re.IGNORECASE)
_FIXED = datetime(2026, 1, 1, tzinfo=UTC)
_USER = "voice-corpus"


class CorpusError(ValueError):
    """A line of the corpus that cannot be used; the message names file:line."""


@dataclass(frozen=True, slots=True)
class Feeling:
    emotion: str = "calm"
    intensity: float = 0.0
    mood: tuple[float, float, float] = REST_MOOD


@dataclass(frozen=True, slots=True)
class Exchange:
    person: str
    os: str
    feeling: Feeling
    known: tuple[str, ...] = ()
    remembered: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Conversation:
    id: str
    where: str  # file:line
    os_name: str
    os_style: str | None
    answers: Answers
    stage: str
    turns: tuple[Exchange, ...]

    @property
    def part(self) -> str:
        return self.where.rsplit(":", 1)[0].rsplit("/", 1)[-1].removesuffix(".jsonl")

    @property
    def held_out(self) -> bool:
        return held_out(self.id)


@dataclass(frozen=True, slots=True)
class Example:
    """One reply to learn: what the model is shown, and what it should write."""

    conversation: str
    index: int  # the turn's place in its conversation
    messages: tuple[Message, ...]
    reply: str


def held_out(conversation_id: str) -> bool:
    """Whether a conversation is kept for evaluation: a hash, so it never moves."""
    digest = hashlib.sha256(conversation_id.encode()).digest()
    return int.from_bytes(digest[:8], "big") % EVAL_SHARE == 0


def read_corpus(paths: Iterable[Path] | None = None) -> list[Conversation]:
    """Every conversation in `paths` (default: every part in CORPUS), checked."""
    files = sorted(CORPUS.glob("*.jsonl")) if paths is None else list(paths)
    conversations: list[Conversation] = []
    seen: dict[str, str] = {}
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            conversation = parse_line(line, where)
            if conversation.id in seen:
                raise CorpusError(
                    f"{where}: id {conversation.id!r} is already used at {seen[conversation.id]}; "
                    "give each conversation its own id"
                )
            seen[conversation.id] = where
            conversations.append(conversation)
    return conversations


def parse_line(line: str, where: str) -> Conversation:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: a line must be one JSON object (a conversation)")
    _keys(data, {"id", "os", "person", "stage", "turns"}, {"id", "os", "stage", "turns"}, where)
    cid = data["id"]
    if not isinstance(cid, str) or not _ID.match(cid):
        raise CorpusError(f"{where}: id must be the part's letter and a number, like 'b017'")
    here = f"{where} ({cid})"
    os_part = data["os"]
    if not isinstance(os_part, dict):
        raise CorpusError(f'{here}: "os" must be an object with "name" and "style"')
    _keys(os_part, {"name", "style"}, {"name"}, f"{here} os")
    person = data.get("person") or {}
    if not isinstance(person, dict):
        raise CorpusError(f'{here}: "person" must be an object (the interview\'s answers)')
    _keys(person, {"name", "sociability", "focus", "relationships"}, set(), f"{here} person")
    if data["stage"] not in STAGE_NAMES:
        raise CorpusError(f"{here}: stage {data['stage']!r} is not one of {list(STAGE_NAMES)}")
    turns = data["turns"]
    if not isinstance(turns, list) or not turns:
        raise CorpusError(f'{here}: "turns" must be a list of at least one turn')
    return Conversation(
        id=cid,
        where=where,
        os_name=_text(os_part["name"], f"{here} os.name"),
        os_style=_optional(os_part.get("style"), f"{here} os.style"),
        answers=Answers(
            user_name=_optional(person.get("name"), f"{here} person.name"),
            sociability=_optional(person.get("sociability"), f"{here} person.sociability"),
            focus=_optional(person.get("focus"), f"{here} person.focus"),
            relationships=_optional(person.get("relationships"), f"{here} person.relationships"),
        ),
        stage=data["stage"],
        turns=tuple(_exchange(t, f"{here} turn {i}") for i, t in enumerate(turns, 1)),
    )


def _exchange(data: Any, where: str) -> Exchange:
    if not isinstance(data, dict):
        raise CorpusError(f'{where}: a turn must be an object with "person" and "os"')
    _keys(data, {"person", "os", "feeling", "known", "remembered"}, {"person", "os"}, where)
    reply = _text(data["os"], f"{where} os")
    if _LABELS.search(reply):
        raise CorpusError(f"{where}: the reply quotes a note's label; say it in plain words")
    return Exchange(
        person=_text(data["person"], f"{where} person"),
        os=reply,
        feeling=_feeling(data.get("feeling"), f"{where} feeling"),
        known=_texts(data.get("known"), f"{where} known"),
        remembered=_texts(data.get("remembered"), f"{where} remembered"),
    )


def _feeling(data: Any, where: str) -> Feeling:
    if data is None:
        return Feeling()
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: must be an object with emotion, intensity and mood")
    _keys(data, {"emotion", "intensity", "mood"}, {"emotion"}, where)
    emotion = data["emotion"]
    if emotion not in EMOTIONS:
        raise CorpusError(f"{where}: emotion {emotion!r} is not one of {list(EMOTIONS)}")
    intensity = data.get("intensity", 0.0)
    if not _number(intensity) or not 0.0 <= intensity <= 1.0:
        raise CorpusError(f"{where}: intensity must be a number from 0 to 1")
    mood = data.get("mood", list(REST_MOOD))
    if (
        not isinstance(mood, list)
        or len(mood) != 3
        or not all(_number(m) and -1.0 <= m <= 1.0 for m in mood)
    ):
        raise CorpusError(f"{where}: mood must be [pleasure, arousal, dominance], each -1 to 1")
    return Feeling(emotion, float(intensity), (float(mood[0]), float(mood[1]), float(mood[2])))


def _keys(data: dict[str, Any], allowed: set[str], required: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise CorpusError(f"{where}: unknown field {unknown[0]!r} (allowed: {sorted(allowed)})")
    missing = sorted(required - set(data))
    if missing:
        raise CorpusError(f"{where}: missing field {missing[0]!r}")


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CorpusError(f"{where}: must be non-empty text")
    return value.strip()


def _optional(value: Any, where: str) -> str | None:
    return None if value is None else _text(value, where)


def _texts(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise CorpusError(f"{where}: must be a list of sentences")
    return tuple(_text(v, f"{where}[{i}]") for i, v in enumerate(value))


def persona_of(conversation: Conversation) -> Persona:
    return Persona(
        conversation.os_name,
        "interview",
        "",
        user_name=conversation.answers.user_name,
        style=conversation.os_style or DEFAULT_STYLE,
        born_at=_FIXED.isoformat(),
    )


def stage_affinity(stage: str) -> Affinity:
    """An Affinity in the middle of `stage`: each part at the stage's middle score."""
    lower = 0.0
    for limit, name in STAGES:
        if name == stage:
            middle = (lower + min(limit, 1.0)) / 2
            return Affinity(closeness=middle, trust=middle, familiarity=middle)
        lower = limit
    raise ValueError(f"no such stage: {stage!r}")


def turns_of(
    conversation: Conversation, appraiser: Appraiser | None = None
) -> list[tuple[Turn, str]]:
    """Each of the OS's replies, with the Turn os1 would have gathered for it.

    `appraiser`: reads how the person's words felt, for the guard's tone check."""
    affinity = stage_affinity(conversation.stage)
    history: list[StoredTurn] = []
    made = []
    for index, exchange in enumerate(conversation.turns):
        heard = _stored(len(history) + 1, "user", exchange.person)
        feeling = exchange.feeling
        valence = appraiser.appraise(exchange.person).valence if appraiser is not None else 0.0
        turn = Turn(_USER, exchange.person, user_turn_id=heard.id, at=_FIXED)
        turn.recalled = [*history, heard]
        turn.known = [_fact(1000 * index + i, text) for i, text in enumerate(exchange.known)]
        turn.remembered = [
            _stored(-1000 * (index + 1) - i, "user", text)
            for i, text in enumerate(exchange.remembered)
        ]
        turn.expression = express(
            PAD(*feeling.mood), affinity, feeling.emotion, feeling.intensity,
            their_valence=valence,
        )  # fmt: skip
        made.append((turn, exchange.os))
        history += [heard, _stored(len(history) + 2, "assistant", exchange.os)]
    return made


def examples(conversation: Conversation) -> list[Example]:
    """Each reply of `conversation` as the model would be prompted for it."""
    gathering = _gathering(conversation)
    return [
        Example(conversation.id, i, tuple(gathering.prompt(turn)), reply)
        for i, (turn, reply) in enumerate(turns_of(conversation))
    ]


def split(conversations: Sequence[Conversation]) -> tuple[list[Example], list[Example]]:
    """(train, eval) examples."""
    train: list[Example] = []
    held: list[Example] = []
    for conversation in conversations:
        (held if conversation.held_out else train).extend(examples(conversation))
    return train, held


class _NoRecall:
    def recall(self, turn: Turn, unsaved: StoredTurn | None = None) -> list[StoredTurn]:
        return turn.recalled


def _gathering(conversation: Conversation) -> Gathering:
    # Only Gathering.prompt is used, which reads the system prompt and the turn; no brain.
    system = system_of(conversation)
    person = conversation.answers.user_name
    return Gathering(cast(Brain, None), _NoRecall(), Mind(), system, person, 0, lambda: _FIXED)


def system_of(conversation: Conversation) -> str:
    return system_prompt(persona_of(conversation), conversation.answers)


def _stored(turn_id: int, role: str, text: str) -> StoredTurn:
    return StoredTurn(turn_id, _USER, 1, role, text, _FIXED.isoformat(), None, {})  # type: ignore[arg-type]


def _fact(fact_id: int, text: str) -> Fact:
    return Fact(fact_id, text, "person", (), _FIXED, 1.0, _FIXED, "voice-corpus")


def guard_problems(conversation: Conversation, appraiser: Appraiser | None) -> list[str]:
    """The replies os1's guard would not let through whole, each with why."""
    persona = persona_of(conversation)
    system = system_of(conversation)
    found = []
    for index, (turn, reply) in enumerate(turns_of(conversation, appraiser), 1):
        rules = rules_for(turn, persona, conversation.answers.user_name, system, 3, appraiser)
        guard = Guard(rules)
        guard.feed(reply + " ")
        guard.finish(cut_off=False)
        if guard.problem is None and not guard.full:
            continue
        if guard.problem is not None and not guard.passed:
            verdict = f"redrawn: {guard.problem}"
        elif guard.problem is not None:
            verdict = f"cut after {len(guard.passed)} sentence(s): {guard.problem}"
        elif " ".join(guard.passed) != reply:
            verdict = "cut at the three-sentence budget"
        else:
            continue
        found.append(f"{conversation.where} ({conversation.id}) turn {index}: {verdict}: {reply}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="counts, and the guard's reading")
    parser.add_argument("--no-tone", action="store_true", help="skip the learned tone check")
    parser.add_argument("files", nargs="*", type=Path, help="parts to read (default: all)")
    args = parser.parse_args(argv)
    try:
        conversations = read_corpus(args.files or None)
    except (CorpusError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    replies = Counter(c.part for c in conversations for _ in c.turns)
    talks = Counter(c.part for c in conversations)
    train, held = split(conversations)
    print(f"{len(conversations)} conversations, {sum(replies.values())} replies")
    for part in sorted(talks):
        print(f"  {part}: {talks[part]} conversations, {replies[part]} replies")
    print(f"train: {len(train)} replies; eval (a tenth by id hash): {len(held)} replies")
    if not args.check:
        return 0
    appraiser = None
    if not args.no_tone:
        from os1.mind.appraisal import LearnedAppraiser

        appraiser = LearnedAppraiser(threads=1)
    problems = [p for c in conversations for p in guard_problems(c, appraiser)]
    print(f"the guard would not let {len(problems)} replies through whole:")
    for problem in problems:
        print("  " + problem)
    return 0


if __name__ == "__main__":
    sys.exit(main())
