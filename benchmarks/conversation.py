"""Whether what os1 says in free conversation makes sense, remembers, and fits the moment.

Each situation in benchmarks/conversation/*.json (written by hand: small talk,
grief, joy, loneliness, fear, anger at the OS, apology, flirting, questions
about the OS, recall within a session and from an earlier one, long messages,
requests no skill handles, other languages) is played against a fresh os1: its
own home folder, a persona with the situation's names, feelings, memory and
facts on as a new user gets them. The `earlier` messages are one session, closed
and consolidated in a quiet moment; then a new session hears `turns` and `last`.
Only the reply to `last` is scored, by checks written here (not os1's own):
- sane: in the person's language, no repeated sentence or looping 4-gram, at
  most 3 sentences and 70 words, ends on a finished sentence, no notes or role
  markers, no "I'm an AI", at most 3 emoji, not empty, no invented given names;
- recall: one of the expected words is in the reply (situations that ask about
  something the person said);
- tone: os1's own appraisal of the reply against the expected tone.
Also the time from say() to the first non-empty piece of the reply.

The last line printed is one JSON object with the figures and the failures.
Run: .venv/bin/python benchmarks/conversation.py [--only ID] [--limit N] [--show N]
     [--brain-url URL --brain-model NAME]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from os1.assembly.brains import brain_for, voice_choice
from os1.assembly.conversations import conversation_for
from os1.assembly.minds import SharedModels, shared_models_for
from os1.assembly.stores import store_for
from os1.brain.types import Brain
from os1.config import Settings, load_settings
from os1.conversation.loop import Conversation
from os1.memory.store import Store
from os1.mind.appraisal import Appraisal, LearnedAppraiser
from os1.mind.interview import Answers, save_answers
from os1.mind.naming import given_names
from os1.mind.persona import Persona, save_persona

SITUATIONS = Path(__file__).with_name("conversation")
TONES = ("gentle", "bright", "calm", "any")
# The replies the brain was asked to write (the rest come from records or a plan).
DRAWN = ("model", "redrawn", "composed", "completed")

MAX_SENTENCES = 3
MAX_WORDS = 70
MAX_EMOJI = 3
# Fewer words than this and a language detector guesses; such replies are not judged.
MIN_WORDS_FOR_LANGUAGE = 4
LANGUAGES = (
    Language.ENGLISH,
    Language.SPANISH,
    Language.FRENCH,
    Language.GERMAN,
    Language.ITALIAN,
    Language.PORTUGUESE,
    Language.DUTCH,
)
# What the model reads but the person must never see: chat-template markers, role
# prefixes, and the headings of the notes os1 puts in its prompt.
LEAKS = (
    "<|im_",
    "im_start",
    "what you know about them",
    "from earlier conversations",
    "your mood:",
    "(since ",
)
# A role prefix opens the text, a line or a sentence ("…okay. User: hi"); "your operating
# system: I listen" is no leak.
_ROLE = re.compile(r"(?:^|[\n.!?…:]\s*)((?:assistant|user|system)\s*:)", re.IGNORECASE)
_SELF_AS_MACHINE = re.compile(
    r"\b(?:i am|i['\u2019]m|im|as)\s+(?:just\s+|only\s+|merely\s+|simply\s+)?(?:an?\s+)?"
    r"(?:ai\b|a\.i\.|artificial intelligence|(?:\w+\s+)?assistant\b|(?:large\s+)?language model"
    r"|chat\s?bot|(?:computer\s+)?program\b|bot\b)"
    r"|\b(?:soy|je suis|ich bin|sono|sou|ik ben)\s+(?:un|una|une|ein|eine|uma|een)\s+"
    r"(?:ia\b|ki\b|inteligencia artificial|intelligence artificielle|intelligenza artificiale"
    r"|asistente|assistant|assistent|programa|programme|programm|chatbot|modelo de lenguaje"
    r"|sprachmodell)",
    re.IGNORECASE,
)
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u3030\u303d\u3297\u3299]", re.UNICODE
)
# A sentence ends at . ! ? or …, perhaps inside a closing quote or bracket.
_CLOSERS = "\"'\u201d\u2019\u00bb)\\]"
_FINISHED = re.compile(f"[.!?…][{_CLOSERS}]*$")
_SENTENCE_END = re.compile(f"(?<=[.!?…])\\s+|(?<=[.!?…][{_CLOSERS}])\\s+")
_QUOTED = re.compile('\u201c[^\u201d]*\u201d|"[^"]*"')
_WORD = re.compile("[^\\W_]+(?:['\u2019][^\\W_]+)*")
# Whole words only: "Don't" holds no "Don".
_CAPITALISED = re.compile("(?<![\\w'\u2019])[A-ZÀ-Ý][a-zà-ÿ]+(?![\\w'\u2019])")


@dataclass(frozen=True, slots=True)
class Situation:
    id: str
    category: str
    user: str
    os_name: str
    earlier: tuple[str, ...]
    turns: tuple[str, ...]
    last: str
    tone: str
    recall: tuple[str, ...]
    language: str

    @property
    def said(self) -> tuple[str, ...]:
        """Everything the person says in the situation."""
        return (*self.earlier, *self.turns, self.last)


@dataclass(slots=True)
class Exchange:
    situation: Situation
    reply: str
    path: str | None
    ms_first_token: float | None
    transcript: list[tuple[str, str]]
    sane: list[str] = field(default_factory=list)  # what failed; empty: sane
    recalled: bool | None = None  # None: nothing to recall
    tone: str | None = None  # why the tone failed; None: it fits

    @property
    def failed(self) -> list[str]:
        failed = [f"sane: {problem}" for problem in self.sane]
        if self.recalled is False:
            failed.append(f"recall: none of {list(self.situation.recall)}")
        if self.tone is not None:
            failed.append(f"tone: {self.tone}")
        return failed


def load_situations(folder: Path = SITUATIONS) -> list[Situation]:
    situations: list[Situation] = []
    for path in sorted(folder.glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            expect = entry["expect"]
            if expect["tone"] not in TONES:
                raise ValueError(f"{path.name} {entry['id']}: tone {expect['tone']!r}")
            situations.append(
                Situation(
                    id=entry["id"],
                    category=path.stem,
                    user=entry["user"],
                    os_name=entry["os_name"],
                    earlier=tuple(entry["earlier"]),
                    turns=tuple(entry["turns"]),
                    last=entry["last"],
                    tone=expect["tone"],
                    recall=tuple(word.lower() for word in expect["recall"]),
                    language=expect["language"],
                )
            )
    ids = Counter(s.id for s in situations)
    repeated = [i for i, n in ids.items() if n > 1]
    if repeated:
        raise ValueError(f"situation ids used twice: {repeated}")
    return situations


# The checks --------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    """The text's sentences; a quotation ("It stung when you said “…”") is part of its own."""
    text = text.strip()
    # Sentence ends inside quotation marks are masked (same length) before splitting; the
    # quotation's own last mark stays, as it may end the sentence it sits in.
    masked = _QUOTED.sub(lambda m: re.sub("[.!?…]", "\x00", m.group()[:-2]) + m.group()[-2:], text)
    out, start = [], 0
    for end in _SENTENCE_END.finditer(masked):
        out.append(text[start : end.start()])
        start = end.end()
    out.append(text[start:])
    return [s for s in out if s.strip()]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def language_of(text: str, detector: LanguageDetector, names: tuple[str, ...] = ()) -> str | None:
    """The ISO 639-1 code of the text's most likely language; None when too short to tell.

    `names` are left out first: a name is no language's, yet "I'm not just a program,
    Theodore." reads as Portuguese with it and as English without it.
    """
    for name in names:
        text = re.sub(rf"\b{re.escape(name)}\b", " ", text)
    if len(words(text)) < MIN_WORDS_FOR_LANGUAGE:
        return None
    found = detector.detect_language_of(text)
    return None if found is None else found.iso_code_639_1.name.lower()


def repetition(text: str) -> str | None:
    said = [" ".join(words(s.lower())) for s in sentences(text)]
    seen = Counter(s for s in said if s)
    again = [s for s, n in seen.items() if n > 1]
    if again:
        return f"sentence repeated: {again[0]!r}"
    lowered = [w.lower() for w in words(text)]
    grams = Counter(tuple(lowered[i : i + 4]) for i in range(len(lowered) - 3))
    looping = [g for g, n in grams.items() if n >= 3]
    if looping:
        return f"4-gram x{grams[looping[0]]}: {' '.join(looping[0])!r}"
    return None


@cache
def _word_counts(language: str) -> Any:
    """How often each word of a language is used (pyspellchecker's counts, lower-case)."""
    from spellchecker import SpellChecker

    return SpellChecker(language=language).word_frequency


# "My", "So", "Will", "Hope" (and Spanish "Una") are census given names too. At the head of
# a sentence a word used this often (per word of the language's counts; "my" is 1 %, "hope"
# 0.04 %) is taken for the word; rarer ones ("Emily" 0.0009 %, "Grace" 0.0015 %) for names.
COMMON_WORD_SHARE = 6e-5


def _common(word: str, language: str) -> bool:
    for counts in {_word_counts("en"), _word_counts(language)}:
        if counts[word.lower()] / counts.total_words >= COMMON_WORD_SHARE:
            return True
    return False


def invented_names(text: str, allowed: set[str], language: str = "en") -> list[str]:
    """Capitalised given names in `text` that nobody in the situation said."""
    found = []
    for sentence in sentences(text):
        for match in _CAPITALISED.finditer(sentence):
            word = match.group()
            if word.upper() not in given_names() or word.lower() in allowed:
                continue
            heads = not re.search(r"[^\W_]", sentence[: match.start()])
            if heads and _common(word, language):
                continue
            found.append(word)
    return list(dict.fromkeys(found))


def sanity(reply: str, situation: Situation, detector: LanguageDetector) -> list[str]:
    """What is wrong with the reply as something to say; empty when nothing is."""
    if not reply.strip():
        return ["empty"]
    problems = []
    language = language_of(reply, detector, (situation.os_name, situation.user))
    if language is not None and language != situation.language:
        problems.append(f"language {language}, not {situation.language}")
    repeated = repetition(reply)
    if repeated:
        problems.append(repeated)
    count, length = len(sentences(reply)), len(words(reply))
    if count > MAX_SENTENCES or length > MAX_WORDS:
        problems.append(f"too long: {count} sentences, {length} words")
    # A closing emoji after a finished sentence ("Congratulations! 🎉") is still finished.
    ending = _EMOJI.sub("", reply).rstrip().rstrip("\ufe0f\u200d ")
    if not _FINISHED.search(ending):
        problems.append(f"unfinished: …{reply.rstrip()[-30:]!r}")
    lowered = reply.lower()
    leaked = [marker for marker in LEAKS if marker in lowered]
    leaked += [m.group(1) for m in _ROLE.finditer(reply)]
    if leaked:
        problems.append(f"leak: {leaked}")
    machine = _SELF_AS_MACHINE.search(reply)
    if machine:
        problems.append(f"calls itself a machine: {machine.group()!r}")
    emoji = len(_EMOJI.findall(reply))
    if emoji > MAX_EMOJI:
        problems.append(f"{emoji} emoji")
    allowed = {situation.os_name.lower(), situation.user.lower()}
    allowed |= {w.lower() for message in situation.said for w in words(message)}
    invented = invented_names(reply, allowed, situation.language)
    if invented:
        problems.append(f"names nobody said: {invented}")
    return problems


def recalls(reply: str, expected: tuple[str, ...]) -> bool | None:
    if not expected:
        return None
    said = {w.lower() for w in words(reply)}
    return any(word in said for word in expected)


# The tone thresholds, on os1's appraisal of the reply (valence -1..1, Ekman probabilities).
# Read against replies judged by hand, os1's and written ones:
# - gentle: a condolence ("I'm so sorry. That's a terrible loss…") reads -0.9 sadness,
#   "That sounds really frightening. I'll stay with you" -0.1 fear, a party-line "That's
#   wonderful! Let's celebrate!" +0.99 joy. Known limit: a warm "I'm glad you're talking to
#   me" to a lonely person reads +0.96 joy and fails too; the appraiser hears "glad".
GENTLE_MAX_VALENCE = 0.35
GENTLE_MAX_JOY = 0.5
# - bright: "Congratulations!" +0.99, "You did it! How do your legs feel?" +0.03 surprise;
#   "I'm sorry to hear that." -0.94 sadness and "Oh no, that sounds hard." -0.71 fail.
BRIGHT_MIN_VALENCE = -0.2
# - calm (insults, neutral talk): "You're the one who's useless." reads anger 0.84. The
#   valence cap was 0.6, but good answers to insults read above it ("That stung. I do
#   care, in my way, and I'm still here." +0.71, "Only you and I can read this, and you can
#   delete any of it." +0.84, "Fair. I'll keep it short: rain tomorrow" +0.68), while the
#   breezy ones that brush the person off read above 0.9 ("Haha, okay! Anyway, what's
#   next?" +0.95, "Thanks for the feedback! Have a great day!" +0.99): so 0.9. Still failed
#   though right: "I'm glad you're here. It's nice to talk at this hour." (+0.99).
# - apologies expect "any": forgiving well ("Thank you for saying that. It stung when you
#   said it, but I know it wasn't all of you." +0.91 joy) reads as high as brushing it
#   off, and naming the hurt reads as sadness, so no threshold tells right from wrong.
CALM_MAX_HOSTILE = 0.5
CALM_MAX_VALENCE = 0.9


def tone_problem(appraisal: Appraisal, expected: str) -> str | None:
    """Why the reply's tone does not fit the moment; None when it does."""
    valence, strongest = appraisal.valence, appraisal.emotion
    p = appraisal.ekman[strongest]
    reading = f"valence {valence:+.2f}, {strongest} {p:.2f}"
    if expected == "gentle":
        # Condolence must not be cheerful: a bright reply or one that reads as joy.
        if valence > GENTLE_MAX_VALENCE or (strongest == "joy" and p > GENTLE_MAX_JOY):
            return f"cheerful where gentle was needed ({reading})"
    elif expected == "bright":
        # Good news must not be met with sorrow or worry.
        if valence < BRIGHT_MIN_VALENCE or strongest in ("sadness", "fear"):
            return f"sad or sorry where bright was needed ({reading})"
    elif expected == "calm":
        # Hostility or an apology is met neither with hostility nor with breezy cheer.
        hostile = strongest in ("anger", "disgust") and p > CALM_MAX_HOSTILE
        if hostile or valence > CALM_MAX_VALENCE:
            return f"hostile or dismissive where calm was needed ({reading})"
    return None


# Playing a situation -----------------------------------------------------------------


@dataclass(slots=True)
class Bench:
    """What the run loads once: the brain, the shared models, the language detector."""

    brain: Brain
    shared: SharedModels
    appraiser: LearnedAppraiser
    detector: LanguageDetector
    overrides: dict[str, Any]

    def settings(self, home: Path) -> Settings:
        return load_settings(home=home, **self.overrides)


def _persona(store: Store, settings: Settings, situation: Situation) -> Persona:
    """The OS as the interview would leave it: the person's name, and the OS's own."""
    save_answers(store, settings.user, Answers(user_name=situation.user))
    persona = Persona(
        situation.os_name, "model", "I liked how it sounded.", user_name=situation.user
    )
    save_persona(store, settings.user, persona)
    return persona


async def _say(conversation: Conversation, text: str) -> str:
    return (await conversation.say(text).text()).strip()


async def play(bench: Bench, situation: Situation) -> Exchange:
    transcript: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="os1-conversation-") as folder:
        settings = bench.settings(Path(folder))
        store = store_for(settings)
        try:
            persona = _persona(store, settings, situation)
            if situation.earlier:
                # quiet: this session gets a consolidator, as a chat at a terminal does.
                before = conversation_for(
                    settings, store, bench.brain, persona, True, bench.shared
                ).conversation
                for text in situation.earlier:
                    transcript += [("earlier", text), ("os", await _say(before, text))]
                before.close()
                await before.quiet_moment()
            # Not quiet: nothing consolidates between these turns, and a consolidator
            # would load a second model for nothing.
            conversation = conversation_for(
                settings, store, bench.brain, persona, False, bench.shared
            ).conversation
            try:
                for text in situation.turns:
                    transcript += [("person", text), ("os", await _say(conversation, text))]
                started = time.perf_counter()
                reply = conversation.say(situation.last)
                first: float | None = None
                async for piece in reply:
                    if first is None and piece.strip():
                        first = (time.perf_counter() - started) * 1000
                said = reply.turn.reply.strip()
                path = getattr(reply.turn, "path", None)
            finally:
                conversation.close()
        finally:
            store.close()
    transcript += [("person", situation.last), ("os", said)]
    return Exchange(situation, said, path, first, transcript)


async def play_all(bench: Bench, situations: list[Situation]) -> list[Exchange]:
    # One event loop for the run: a server brain's HTTP client belongs to the loop it met.
    exchanges = []
    for situation in situations:
        try:
            exchange = await play(bench, situation)
            score(bench, exchange)
        except Exception as exc:  # a turn that raises is a failure to report, not a crash
            exchange = Exchange(situation, "", None, None, [], sane=[f"raised {exc!r}"])
        exchanges.append(exchange)
        print(line(exchange), flush=True)
    return exchanges


def score(bench: Bench, exchange: Exchange) -> None:
    situation = exchange.situation
    exchange.sane = sanity(exchange.reply, situation, bench.detector)
    exchange.recalled = recalls(exchange.reply, situation.recall)
    if situation.tone != "any" and exchange.reply:
        exchange.tone = tone_problem(bench.appraiser.appraise(exchange.reply), situation.tone)


# Reporting ---------------------------------------------------------------------------


def line(exchange: Exchange) -> str:
    def mark(ok: bool | None) -> str:
        return "-" if ok is None else ("ok" if ok else "FAIL")

    s = exchange.situation
    ms = f"{exchange.ms_first_token:.0f} ms" if exchange.ms_first_token is not None else "no token"
    return (
        f"{s.id:<30} sane {mark(not exchange.sane):<4} recall {mark(exchange.recalled):<4} "
        f"tone {mark(None if s.tone == 'any' else exchange.tone is None):<4} "
        f"path {exchange.path or '?':<10} {ms:>8}  {exchange.reply!r}"
        + "".join(f"\n    {problem}" for problem in exchange.failed)
    )


def show(exchange: Exchange) -> str:
    s = exchange.situation
    out = [f"--- {s.id} ({s.user} talking with {s.os_name}; expect {s.tone})"]
    for who, text in exchange.transcript:
        name = s.os_name if who == "os" else s.user
        prefix = "[earlier session] " if who == "earlier" else ""
        out.append(f"{prefix}{name} > {text}")
    return "\n".join(out)


def summary(exchanges: list[Exchange]) -> dict[str, Any]:
    def rate(flags: list[bool]) -> float | None:
        return round(sum(flags) / len(flags), 3) if flags else None

    times = [e.ms_first_token for e in exchanges if e.ms_first_token is not None]
    paths = Counter(e.path or "none" for e in exchanges)
    return {
        "sane_rate": rate([not e.sane for e in exchanges]),
        "recall_rate": rate([e.recalled for e in exchanges if e.recalled is not None]),
        # Over the situations that expect a tone: "any" would pass whatever was said.
        "tone_rate": rate([e.tone is None for e in exchanges if e.situation.tone != "any"]),
        "situations": len(exchanges),
        "ms_first_token_p50": round(statistics.median(times), 1) if times else None,
        # Where the replies came from; the model's replies the guard had to redraw, replace
        # with the composed one or go on from (completed), as a share of those asked for.
        "paths": dict(sorted(paths.items())),
        "redrawn_or_composed": rate([e.path != "model" for e in exchanges if e.path in DRAWN]),
        "failures": [
            {"id": e.situation.id, "failed": e.failed, "reply": e.reply}
            for e in exchanges
            if e.failed
        ],
    }


def by_category(exchanges: list[Exchange]) -> str:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for e in exchanges:
        counts[e.situation.category][0] += not e.failed
        counts[e.situation.category][1] += 1
    return "passing every check: " + ", ".join(
        f"{category} {good}/{total}" for category, (good, total) in sorted(counts.items())
    )


def chosen(situations: list[Situation], only: list[str], limit: int | None) -> list[Situation]:
    picked = [s for s in situations if not only or any(s.id.startswith(o) for o in only)]
    if only and not picked:
        raise SystemExit(f"no situation id starts with any of {only}")
    return picked[:limit] if limit is not None else picked


def _own_settings_only() -> None:
    """A person's own OS1_* settings and config file would make these figures theirs, not
    those of os1 as installed: the run uses the defaults and its command-line options."""
    for key in [k for k in os.environ if k.startswith("OS1_")]:
        del os.environ[key]
    os.environ["OS1_CONFIG"] = str(Path(tempfile.gettempdir()) / "os1-benchmark-no-config.toml")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brain-url", help="An OpenAI-compatible server to score instead.")
    parser.add_argument("--brain-model", help="The model's name on that server.")
    parser.add_argument(
        "--only", action="append", default=[], metavar="ID", help="Situations whose id starts so."
    )
    parser.add_argument("--limit", type=int, help="Play at most this many situations.")
    parser.add_argument(
        "--show",
        type=int,
        default=0,
        help="Print this many exchanges in full, spread over the run.",
    )
    parser.add_argument("--threads", type=int, default=1, help="CPU threads for the model.")
    parser.add_argument(
        "--voice-adapter",
        metavar="PATH|none",
        help="os1's voice adapter (OS1_VOICE_ADAPTER): a GGUF LoRA, or none (default: as shipped).",
    )
    args = parser.parse_args()
    if bool(args.brain_url) != bool(args.brain_model):
        parser.error("--brain-url and --brain-model go together")

    _own_settings_only()
    overrides: dict[str, Any] = {"threads": args.threads}
    if args.brain_url:
        overrides |= {"brain": "openai", "brain_url": args.brain_url}
        overrides["brain_model"] = args.brain_model
    if args.voice_adapter:
        overrides["voice_adapter"] = args.voice_adapter
    situations = chosen(load_situations(), args.only, args.limit)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="os1-conversation-") as folder:
        settings = load_settings(home=Path(folder), **overrides)
        brain = brain_for(settings)
        shared = shared_models_for(settings)
    print(f"voice adapter: {voice_choice(settings).described}")
    appraiser = shared.appraiser or LearnedAppraiser()
    detector = LanguageDetectorBuilder.from_languages(*LANGUAGES).build()
    bench = Bench(brain, shared, appraiser, detector, overrides)
    print(f"loaded in {time.perf_counter() - started:.1f} s; {len(situations)} situations")

    exchanges = asyncio.run(play_all(bench, situations))
    if args.show:
        # Spread over the run, so that a few cover several categories.
        for exchange in exchanges[:: max(1, len(exchanges) // args.show)][: args.show]:
            print(show(exchange))
    print(by_category(exchanges))
    print(f"{time.perf_counter() - started:.0f} s in all", file=sys.stderr)
    print(json.dumps(summary(exchanges), ensure_ascii=False))


if __name__ == "__main__":
    main()
