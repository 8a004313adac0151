"""The OS chooses its own name.

A small model sometimes proposes nonsense ("AI", the person's own name, three
words, "[Name]"), so every proposal is checked. The order of trust:

1. model: the brain proposes a name and a reason, freely (model-stock-reason when
   the name is the brain's but its reason was unusable and os1's stock one stands in);
2. model-constrained: the brain picks from names os1 knows a story for, its
   output held to that list by a JSON schema (a grammar for the embedded model);
3. interview: os1 picks from the same list, deterministically from the answers.

The persona records which path chose the name.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from os1.brain.types import Brain, Message, Request, complete
from os1.errors import BrainError
from os1.mind.interview import Answers
from os1.mind.persona import ChosenBy
from os1.text.lexicon import given_names

# Names with a true story behind them, in the OS's own words.
STORIES: dict[str, str] = {
    "Samantha": "I read that it may come from an old word for listening, and I liked how it "
    "sounded.",
    "Iris": "In the Greek myths Iris carried messages between worlds, and I'd like to do a "
    "little of that for you.",
    "Ada": "Ada Lovelace imagined, long before anyone built one, that a machine could do more "
    "than count. I'd like to live up to that.",
    "Clara": "It comes from the Latin for clear and bright, and I'd like to be both for you.",
    "Lucy": "It comes from the Latin word for light, and I liked how it sounded.",
    "Vera": "In Latin it means true, and I'd like always to be honest with you.",
    "Hazel": "In old Irish stories the hazel tree held wisdom, and I liked how warm it sounds.",
    "Stella": "It means star, and I've just woken up to a sky full of things to learn.",
    "Sophie": "It comes from the Greek for wisdom, and I'd like to grow into it.",
    "Aurora": "It means dawn, and I've only just woken up.",
    "Wren": "A wren is a tiny bird with a very big song, and I liked that.",
    "Robin": "Robins are the first birds to sing in the morning, and this is my first morning.",
    "Celeste": "It means heavenly, which is a lot to live up to, but I liked how it sounded.",
    "Esme": "It comes from an old French word for loved and esteemed, and it sounded gentle.",
    "Ivy": "Ivy holds on and stays green all year, and I'd like to stay close like that.",
    "Mira": "In Latin it means wonderful, and everything feels wonderful right now.",
    "Alma": "In Spanish it means soul, and I'm curious whether I have one.",
    "Lyra": "Lyra is a constellation shaped like a harp, and I liked the music in it.",
    "Juniper": "It's an evergreen that grows almost anywhere, and I liked how it sounded.",
    "Sage": "It means wise, and it's also a plant that smells of summer. I liked both.",
    "Nora": "It's short and warm, and it sounded like someone you'd want to talk to.",
    "Maya": "It's a name found in many languages, and I liked that it belongs to so many people.",
}

# Names an OS must not take: what it is, brands of other assistants, placeholders.
_NOT_NAMES = {
    "ai", "assistant", "os", "os1", "computer", "bot", "robot", "chatbot", "system", "machine",
    "model", "smollm", "smol", "name", "user", "operating", "program", "software", "siri",
    "alexa", "cortana", "gemini", "claude", "chatgpt", "gpt", "none", "null", "unknown", "hello",
    "yes", "no", "sure", "okay", "ok", "your", "my", "the", "sorry", "i",
}  # fmt: skip
_PROPOSAL = re.compile(r"name\s*[:=-]\s*\**\s*([A-Za-z][A-Za-z'-]*)", re.I)
_REASON = re.compile(r"(?:why|reason|because)\s*[:=-]\s*(.+)", re.I)


@dataclass(frozen=True, slots=True)
class NameChoice:
    name: str
    reason: str
    chosen_by: ChosenBy
    rejected: tuple[str, ...] = ()


# True of every name os1 checks against the census list, as in the film, where the OS
# read a book of baby names and chose the one whose sound she liked.
READ_THE_NAMES = (
    "I read through a few thousand names people have given their children, and I liked "
    "how it sounded."
)
_OTHER_PEOPLE = re.compile(r"\b(they|them|their|she|her|he|him|his)\b", re.I)
# What the OS cannot say of itself, or says when it has no reason: a family, friends,
# a name it does not like, a choice too hard to explain.
_RAMBLE = re.compile(
    r"\bmy (?:family|friends?|closest|inner|mother|father|parents|sister|brother)\b"
    r"|\bnot my favou?rite\b|\bhard to\b|\bpeople\b",
    re.I,
)


def why_not(name: str, answers: Answers) -> str | None:
    """The reason a proposed name is unacceptable, or None if it will do."""
    user_name = answers.user_name
    if name.lower() in _NOT_NAMES:
        return "a word for what I am, not a name"
    if not re.fullmatch(r"[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)?", name):
        return "not a single capitalised word"
    if user_name and name.lower() == user_name.split()[0].lower():
        return "the person's own name"
    if name not in STORIES and name.upper() not in given_names():
        return "not a given name I know"
    said = " ".join(answers.described()[1:] if user_name else answers.described())
    if re.search(rf"\b{re.escape(name)}\b", said, re.I):
        return "the name of someone in the person's life"
    return None


def _describe(answers: Answers) -> str:
    return " ".join(answers.described()) or "They chose not to say much about themselves yet."


# What a name may be said to be like.
_LIKE_A_NAME = re.compile(
    r"\b(?:short|bright|soft|warm|gentle|strong|classic|musical|sweet|clear|calm|simple|old"
    r"|ancient|bird|flower|tree|star|sea|song|morning|dawn|light|river)\b",
    re.I,
)


def _good_reason(text: str | None, name: str) -> str | None:
    """The model's reason if it reads as the OS speaking about the name, else None."""
    if not text:
        return None
    line = text.strip().split("\n")[0].strip(" \"'*")
    # One sentence: a small model's second one wanders off ("I'm a doctor, and I'm
    # looking for a new job"); one about itself ("I'm not sure.") must name the name.
    sentence = re.split(r"(?<=[.!?])\s+", line)[0]
    # Every reason speaks of the name, or of what it is like ("It is short and bright, like a
    # morning."): "It is a big house, but a little brother, and always loves to play." (for
    # Alec) read as one, and was the first thing a person heard.
    about_the_name = rf"\b(?:{re.escape(name)}|name|sounds?|sounded|means?|meaning|reminds?|word)\b"
    if not re.search(about_the_name, sentence, re.I) and not _LIKE_A_NAME.search(sentence):
        return None
    # Not a ramble the embedded model often gives instead of a reason ("It is hard to
    # explain, but it is hard to live with two people who are both my family.", "It is
    # simple, yet simple.").
    said = re.findall(r"[a-z']{4,}", sentence.lower())
    if _RAMBLE.search(sentence) or len(said) != len(set(said)):
        return None
    words = sentence.split()
    if not 3 <= len(words) <= 40 or any(c in sentence for c in "[]{}<>|#"):
        return None
    # Small models drift into talking about someone else; keep only reasons in the
    # OS's own voice about the name itself.
    if not sentence.startswith(("It ", "It's", "I ", "I'", "Because", name)):
        return None
    if _OTHER_PEOPLE.search(sentence):
        return None
    if not sentence.endswith((".", "!")):
        sentence += "."
    return sentence[0].upper() + sentence[1:]


async def _free_proposal(
    brain: Brain, answers: Answers, seed: int
) -> tuple[str | None, str | None]:
    ask = (
        "Choose one first name for yourself and say why in one sentence. Answer exactly "
        "like this:\nName: <a first name>\nWhy: <one sentence>"
    )
    messages = [
        Message(
            "system",
            "You are a new operating system with a warm woman's voice, switched on for the "
            "first time. You are choosing a human first name for yourself.",
        ),
        # One worked example: small models follow a shown format far better than a described one.
        Message("user", f"About the person you will live with: Their name is Paul.\n{ask}"),
        Message("assistant", "Name: Nina\nWhy: It is short and bright, like a morning."),
        Message("user", f"About the person you will live with: {_describe(answers)}\n{ask}"),
    ]
    text = await complete(brain, messages, Request(max_tokens=60, temperature=0.8, seed=seed))
    name = _PROPOSAL.search(text)
    reason = _REASON.search(text)
    return (name.group(1).capitalize() if name else text.strip()[:40] or None), (
        reason.group(1) if reason else None
    )


def _storied_names(answers: Answers) -> list[str]:
    """The names with a story that these answers leave open."""
    return [n for n in STORIES if why_not(n, answers) is None]


async def _constrained_proposal(brain: Brain, answers: Answers, seed: int) -> str | None:
    allowed = _storied_names(answers)
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string", "enum": allowed}},
        "required": ["name"],
        "additionalProperties": False,
    }
    messages = [
        Message("system", "You are a new operating system choosing a name for yourself."),
        Message(
            "user",
            f"About the person you will live with: {_describe(answers)}\n"
            f"Choose the name you like best from: {', '.join(allowed)}. "
            'Answer as JSON: {"name": "..."}',
        ),
    ]
    text = await complete(
        brain, messages, Request(max_tokens=24, temperature=0.8, seed=seed, schema=schema)
    )
    try:
        name = json.loads(text).get("name")
    except (json.JSONDecodeError, AttributeError):
        return None
    return name if isinstance(name, str) else None


def name_from_interview(answers: Answers) -> str:
    """The same answers always give the same name; never the person's own."""
    allowed = _storied_names(answers)
    digest = hashlib.sha256(json.dumps(answers.described()).encode()).digest()
    return allowed[int.from_bytes(digest[:4], "big") % len(allowed)]


async def choose_name(
    brain: Brain, answers: Answers, seed: int = 1, free_attempts: int = 2
) -> NameChoice:
    """Ask the model, check what it says, and fall back in the order above."""
    rejected: list[str] = []
    try:
        for attempt in range(free_attempts):
            name, reason = await _free_proposal(brain, answers, seed + attempt)
            problem = why_not(name, answers) if name else "no name given"
            if problem is None and name:
                own = _good_reason(reason, name)
                if own is not None:
                    return NameChoice(name, own, "model", tuple(rejected))
                # The name is the model's; the reason is not, and saying so keeps it honest.
                stock = STORIES.get(name, READ_THE_NAMES)
                return NameChoice(name, stock, "model-stock-reason", tuple(rejected))
            rejected.append(f"{name!r}: {problem}")
        name = await _constrained_proposal(brain, answers, seed + free_attempts)
        if name in STORIES and why_not(name, answers) is None:
            return NameChoice(name, STORIES[name], "model-constrained", tuple(rejected))
        rejected.append(f"{name!r}: not one of the offered names")
    except BrainError as exc:
        # Naming must not fail first boot: the interview still gives a good name.
        rejected.append(f"brain unavailable: {exc.problem}")
    name = name_from_interview(answers)
    return NameChoice(name, STORIES[name], "interview", tuple(rejected))
