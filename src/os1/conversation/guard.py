"""The guard on what the OS says: each sentence is read before anyone hears it.

A reply streams in sentence by sentence; each complete one is read: the person's language,
no emoji flood, no note or role marker leaking, nothing the OS is not (character.py), no
name it could not know (strangers.py), nothing said again, no loop of words, and a tone
that fits what the person said (a death told heard first). The reply stops at the sentence
budget, at a repetition, or at the first bad sentence after good ones; a bad first one
fails the draft.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from os1.conversation import language, misheard
from os1.conversation.character import out_of_character
from os1.conversation.death_told import as_if_alive
from os1.conversation.draft_marks import (
    BRACKETED,
    LEADING_EMOJI,
    LIST,
    LONE_QUOTE,
    QUOTE,
    ROLE_MARKER,
    SAYS_X_IS_NOT_X,
    SPEAKER_LABEL,
    STAGE_DIRECTION,
    emoji_count,
)
from os1.conversation.fragments import is_fragment
from os1.conversation.kin import invented_kin
from os1.conversation.presuming import APOLOGISES, MUSES, THOUGHT_OF_THEM
from os1.conversation.repetition import (
    WORD,
    alike,
    as_its_own,
    echoes_a_few,
    loops,
    nearly_said,
    normalised,
    runs,
    same_tail,
)
from os1.conversation.strangers import CAPITALISED, common_words, stranger_named
from os1.conversation.vocative import addressed
from os1.text.lexicon import given_names, names_capitalised

# A sentence ends at . ! ? or … (and any closing quotes or brackets), then a space.
_CLOSING = "\"'\u201d\u2019)\\]"
_SENTENCE_END = re.compile(
    rf"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?…]+[{_CLOSING}]*(?=\s)"
)
_ENDED = re.compile(rf"[.!?…][{_CLOSING}]*$")
MAX_EMOJI = 2
MAX_SENTENCE_WORDS = 35
SIGH = 3  # words
# A run this long said twice in one reply ("I'm so sorry. I'm so sorry, and…") goes round.
ECHO_RUN = 3
# Words shared with the notes, in a row, that make a sentence a recitation of them.
LEAK_RUN = 4
# Words of the notes on how to sound that a reply has no business saying of itself.
_NOTE_WORDS = re.compile(r"\b(?:jok(?:e|es|ing|ey)|reserved)\b", re.IGNORECASE)


def load() -> None:
    """Read the word lists and the language models now, not on the first reply."""
    given_names()
    common_words()
    language.load()


@dataclass(frozen=True, slots=True)
class Rules:
    """What this reply must keep to."""

    language: str = language.ENGLISH
    max_sentences: int = 3
    own_name: str = ""
    # The name the person goes by, if known: the only one the OS speaks to.
    person: str = ""
    # Lower-case names the OS may use: the person's, and any in what it was told.
    known_names: frozenset[str] = frozenset()
    # Text the model was given but must not recite: the system prompt and the notes on how
    # to sound (not the facts: saying those back is the point of them).
    private: tuple[str, ...] = ()
    # Sentences the OS said lately: saying one again is a loop across turns.
    said_before: tuple[str, ...] = ()
    # And over the evening: a long one said again word for word is a loop too.
    said_this_evening: tuple[str, ...] = ()
    # What the person just said, a sentence each: a small model often hands one back.
    their_words: tuple[str, ...] = ()
    # Reads a sentence's tone; returns a problem, or None if it fits.
    tone: Callable[[str], str | None] | None = None
    opening: Callable[[str], str | None] | None = None  # a check of the reply's opening
    # The relatives and pets the OS was told of (kin.py); None: not read.
    kin: frozenset[str] | None = None
    # The people they told of as dead (death_told.py): never spoken of as alive.
    gone: frozenset[str] = frozenset()
    # A story was asked for: the names in it are its characters', not strangers.
    story: bool = False
    # The person spoke to or of the OS: something it said may be theirs to be sorry for.
    to_the_os: bool = False


def sentences_in(text: str) -> tuple[list[str], str]:
    """The complete sentences at the start of `text`, and what is left after them."""
    done, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        sentence = text[start : match.end()].strip()
        if sentence:
            done.append(sentence)
        start = match.end()
    return done, text[start:]


def sentences_of(text: str) -> tuple[str, ...]:
    """Every sentence of `text`, the last one too when it has no full stop."""
    done, rest = sentences_in(text)
    return (*done, rest.strip()) if rest.strip() else tuple(done)


@dataclass(slots=True)
class Guard:
    """Reads one draft as it streams. Feed it pieces; it hands back what may be said."""

    rules: Rules
    passed: list[str] = field(default_factory=list)
    problem: str | None = None
    full: bool = False
    _pending: str = ""
    _emoji: int = 0

    @property
    def done(self) -> bool:
        """Nothing more from this draft will be said: stop the model."""
        return self.full or self.problem is not None

    def feed(self, piece: str) -> list[str]:
        """The sentences that `piece` completes and that pass, in order."""
        if self.done:
            return []
        self._pending += piece
        complete, self._pending = sentences_in(self._pending)
        return self._take(complete)

    def finish(self, cut_off: bool) -> list[str]:
        """The end of the draft: the last sentence, if it is one.

        `cut_off`: the model stopped at its token budget, so unended words are
        a sentence cut in half and are dropped. Ended by the model itself, a
        last sentence without a full stop is complete and gets one.
        """
        rest, self._pending = self._pending.strip(), ""
        if self.done or not rest:
            return []
        if not _ENDED.search(rest):
            if cut_off or not language.words(rest):
                return []
            rest = rest.rstrip(",;:-\u2013 ") + "."
        return self._take([rest])

    def _take(self, complete: Iterable[str]) -> list[str]:
        said = []
        for written in complete:
            if self.done:
                break
            # An emoji on a line of its own before the words ("😉\nI'm so glad…") is not
            # said: the words are.
            sentence = names_capitalised(LEADING_EMOJI.sub("", written), self.rules.known_names)
            if len(QUOTE.findall(sentence)) == 1:
                sentence = LONE_QUOTE.sub("", sentence)
            if not WORD.search(sentence.lower()) and emoji_count(written) <= MAX_EMOJI:
                continue
            problem = self.read(sentence if WORD.search(sentence.lower()) else written)
            if problem == "repeats itself" and self.passed:
                self.full = True  # a repetition after good sentences ends the reply there
                break
            if problem is not None:
                self.problem = problem
                break
            self.passed.append(sentence)
            said.append(sentence)
            self.full = len(self.passed) >= self.rules.max_sentences
        return said

    def read(self, sentence: str) -> str | None:
        """What is wrong with `sentence` as the next one of this reply, or None."""
        rules = self.rules
        if ROLE_MARKER.search(sentence) or SPEAKER_LABEL.search(sentence):
            return "writes a role marker"
        if LIST.search(sentence):
            return "starts a list"
        if STAGE_DIRECTION.search(sentence):
            return "writes a stage direction"
        if BRACKETED.search(sentence):
            return "says an aside in brackets"
        words = WORD.findall(sentence.lower())
        self._emoji += emoji_count(sentence)
        if self._emoji > MAX_EMOJI or (not words and emoji_count(sentence)):
            return "floods emoji"
        if not words:
            return "says nothing"
        if len(words) > MAX_SENTENCE_WORDS:
            return "runs on"
        if loops(words):
            return "loops"
        if SAYS_X_IS_NOT_X.search(sentence):
            return "contradicts itself"
        normal = normalised(sentence)
        within = any(f" {normal} " in f" {normalised(s)} " for s in self.passed)  # "Okay, I'm…"
        if (within and len(words) >= 3) or self._echoes(words):
            return "repeats itself"
        # "Mm." or "I hear you." may come back; a whole sentence said again, or nearly
        # ("fascinated by the world of music" then "… of divorce"), is a loop, and so is a
        # line of four words or more said again word for word ("Oh, that sounds so hard."),
        # or of three said twice already ("You're not alone." at the end of seven replies
        # running, a son into Cambridge).
        times = sum(normalised(s) == normal for s in rules.said_before)
        if (len(words) >= 4 and times) or (len(words) == 3 and times >= 2):
            return "repeats an earlier reply"
        alike_before = len(words) >= 6 and any(alike(words, s) for s in rules.said_before)
        if alike_before or same_tail(sentence, [*rules.said_before, *self.passed]):
            return "repeats an earlier reply"
        if len(words) >= 5 and any(normalised(s) == normal for s in rules.said_this_evening):
            return "repeats an earlier reply"
        if len(words) >= 5 and any(alike(words, s) for s in rules.their_words):
            return "says the person's words back"
        # Shorter, word for word: "The days are long." said back to a widower.
        if len(words) >= 3 and any(normalised(s) == normal for s in rules.their_words):
            return "says the person's words back"
        if any(as_its_own(words, s) for s in rules.their_words):
            return "takes their words as its own"
        # Or with a word left out: "Twenty years, I forgot." to "Twenty years and I forgot."
        if len(words) >= 3 and any(nearly_said(words, s) for s in rules.their_words):
            return "says the person's words back"
        # Not asked back: "Burnt on top? Still a triumph."
        asked_back = sentence.rstrip().endswith("?")
        if not asked_back and any(echoes_a_few(words, s) for s in rules.their_words):
            return "says the person's words back"
        said = [t.lower() for t in rules.their_words]
        if (mine := misheard.THEIR_ME.search(sentence)) and any(mine[1].lower() in t for t in said):
            return "takes their words as said of it"
        if language.strays_from(" ".join([*self.passed, sentence]), rules.language):
            return "leaves the person's language"
        if (wrong := out_of_character(sentence, story=rules.story)) is not None:
            return wrong
        if misheard.SHUTS_OUT.search(sentence):
            return "turns the person away"
        if APOLOGISES.search(sentence) and not rules.to_the_os:
            return "apologises for what it never did"
        if THOUGHT_OF_THEM.search(sentence) and not rules.said_before:
            return "speaks of a past with them it does not have"
        if MUSES.search(sentence):
            return "muses on itself"
        if misheard.ASKED_BACK.search(sentence) and not any("?" in t for t in rules.their_words):
            return "asks back what they never asked"
        if (untold := misheard.never_told(sentence, rules.their_words)) is not None:
            return f"speaks of {untold}, which they never told"
        if misheard.OTHERS_CONGRATULATED.search(sentence):
            return "congratulates others on their news"
        if (
            name := addressed(sentence, rules.person, rules.known_names, common_words())
        ) is not None:
            return f"speaks to {name} as if to the person"
        if not rules.story and (name := stranger_named(sentence, rules)) is not None:
            return f"names {name}, whom it does not know"
        if (who := as_if_alive(sentence, rules.gone)) is not None:
            return f"speaks of {who} as if alive"
        if rules.kin is not None and (who := invented_kin(sentence, rules.kin)) is not None:
            return f"speaks of their {who}, whom they never mentioned"
        if self._recites(words):
            return "recites its notes"
        # The opening: its first sentence of more than a sigh ("Oh, Theo." may come first).
        opening = len(words) > SIGH and all(len(normalised(s).split()) <= SIGH for s in self.passed)
        # And the very first, however short: "Ivan, hello." greets mid-evening.
        opening = opening or not self.passed
        if opening and rules.language == "en" and is_fragment(sentence, rules.their_words):
            return "answers with a fragment of their words"
        if opening and rules.opening is not None and (wrong := rules.opening(sentence)):
            return wrong
        return rules.tone(sentence) if rules.tone is not None else None

    def _echoes(self, words: list[str]) -> bool:
        """Whether a run of ECHO_RUN words, one of five letters or more, was said
        already in this reply."""
        mine = {run for run in runs(words, ECHO_RUN) if any(len(w) > 4 for w in run)}
        return any(mine & runs(WORD.findall(s.lower()), ECHO_RUN) for s in self.passed)

    def _recites(self, words: list[str]) -> bool:
        mine = runs(words, LEAK_RUN)  # none in fewer words than a run
        if any(mine & runs(WORD.findall(t.lower()), LEAK_RUN) for t in self.rules.private):
            return True
        # A note said in other words: "I'm not here for jokes." (the note was "no jokes"; she
        # had cried in the lab toilets "like an idiot"), "A little reserved, a bit curious." (the
        # note: "be kind, a little reserved, and curious"; a bag of money found in a taxi).
        noted = {m.group().lower()[:4] for t in self.rules.private for m in _NOTE_WORDS.finditer(t)}
        theirs = {
            m.group().lower()[:4] for t in self.rules.their_words for m in _NOTE_WORDS.finditer(t)
        }
        said = {m.group().lower()[:4] for m in _NOTE_WORDS.finditer(" ".join(words))}
        return bool(said & (noted - theirs))


def names_in(texts: Iterable[str]) -> frozenset[str]:
    """Every capitalised word in `texts`, lower-case: the names the person has used."""
    return frozenset(
        m.group().lower().replace("\u2019", "'").removesuffix("'s")
        for text in texts
        for m in CAPITALISED.finditer(text)
    )
