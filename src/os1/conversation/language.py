"""Which language a text is in: the person's, and whether a reply kept to it.

lingua (lingua-language-detector, Apache-2.0) ships its language models in the
wheel and reads short texts well. It is limited to the languages os1 may meet
here: fewer candidates means fewer confusions on a short sentence and less
memory (about 100 MB for these, shared by everyone on a server).
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import Any

from lingua import IsoCode639_1, LanguageDetectorBuilder

from os1.text.lexicon import english_words

ENGLISH = "en"
# ISO 639-1 codes os1 tells apart.
KNOWN = ("en", "es", "fr", "de", "it", "pt", "nl")
# Below this many words a text says too little about its language ("Ok.", "Lisbon!").
MIN_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
# Scripts none of the known languages is written in: a reply in them has left the
# person's language whatever its length.
_OTHER_SCRIPT = re.compile(
    r"[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f"
    r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)
_lock = threading.Lock()
# Small words of English that are not words of the other languages os1 tells apart ("is"
# and "was" are Dutch, "i" Italian): a text with two of them, most of whose words are
# English, is English without asking lingua, whose models take 1.3 s to load on the first
# reading (and hold the interpreter meanwhile): the first message of `os1 chat --once`.
_ENGLISH_MARKERS = frozenset((
    "the", "and", "you", "your", "my", "this", "that", "what", "with", "have", "has", "been",
    "would", "could", "should", "about", "from", "they", "their", "there", "when", "because",
    "i'm", "it's", "don't", "didn't", "can't", "i've", "i'll", "he's", "she's", "we're", "you're",
))  # fmt: skip
# The share of a text's lower-case words an English dictionary must know, for the above.
_MOSTLY_ENGLISH = 0.85
# Greetings and small words of the other languages that the model drifts into, some of
# which an English dictionary also knows (a "hoy" is a barge): "Hola, hoy." (to "Hola. I
# mean hello."), whose capitalised first word passed for a name. One is a greeting
# returned ("Hola, Tomás!"); two are another language.
_FOREIGN_SMALL_WORDS = frozenset((
    "hola", "hoy", "gracias", "buenos", "buenas", "noches", "días", "dias", "adiós", "adios",
    "amigo", "amiga", "querido", "querida", "muy", "bien", "qué", "por", "favor", "claro",
    "vale", "bueno", "mañana", "señor", "señora", "cómo", "estás", "usted", "bonjour",
    "bonsoir", "merci", "oui", "très", "ça", "vous", "avec", "mais", "ciao", "grazie",
    "buongiorno", "buonasera", "bene", "tutto", "molto", "prego", "danke", "bitte", "ja",
    "nein", "sehr", "gut", "guten", "tag", "nacht", "ich", "nicht", "und", "olá", "obrigado",
    "obrigada", "tudo", "bom", "boa", "dank", "goedemorgen", "niet",
))  # fmt: skip


@cache
def _detector() -> Any:
    codes = [getattr(IsoCode639_1, code.upper()) for code in KNOWN]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


# Where os1 cannot hold a conversation in the person's language, it says so in it.
CANNOT_YET = {
    "es": "Lo siento, todavía no sé hablar bien en español. ¿Podemos hablar en inglés?",
    "fr": "Désolée, je ne parle pas encore bien français. Pouvons-nous parler en anglais ?",
    "de": "Entschuldige, ich spreche noch nicht gut Deutsch. Können wir Englisch sprechen?",
    "it": "Scusa, non parlo ancora bene l'italiano. Possiamo parlare in inglese?",
    "pt": "Desculpa, ainda não falo bem português. Podemos falar em inglês?",
    "nl": "Sorry, ik spreek nog niet goed Nederlands. Kunnen we Engels praten?",
}


def load() -> None:
    """Build the detector now rather than on the first reply (about a second)."""
    with _lock:
        _detector()
    english_words()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def detect(text: str, at_least: float = 0.5) -> str | None:
    """The ISO code of `text`'s language, or None when it is too short or unclear."""
    if len(words(text)) < MIN_WORDS:
        return None
    if _plainly_english(text) or _only_english_words(text):
        return ENGLISH
    with _lock:
        ranked = _detector().compute_language_confidence_values(text)
    if not ranked or ranked[0].value < at_least:
        return None
    return str(ranked[0].language.iso_code_639_1.name).lower()


def strays_from(text: str, language: str) -> bool:
    """Whether `text` is plainly not in `language`: another script, words that are not
    English where English is wanted, or long enough to tell and read as another language."""
    if _OTHER_SCRIPT.search(text):
        return True
    if language == ENGLISH:
        # English borrows a "café" now and then, not two accented words in a reply.
        if sum(not w.isascii() for w in words(text)) >= 2:
            return True
        if sum(w.lower() in _FOREIGN_SMALL_WORDS for w in words(text)) >= 2:
            return True
        # Lower-case words only: a capitalised one may be a name from anywhere.
        plain = [w.lower().replace("\u2019", "'") for w in words(text) if not w[0].isupper()]
        english = english_words()
        # Nor an accented word beside one no English dictionary has: "Namáh, ekayen." (to "He
        # was ninety-one.", a father dead that morning), "Málad, ehter.".
        accented = any(not w.isascii() for w in words(text))
        unknown = [w for w in plain if w.isascii() and w not in english]
        if accented and any(w.split("'")[0] not in english for w in unknown):
            return True
        if len(plain) >= 2:
            known = sum(w in english or w.split("'")[0] in english for w in plain)
            if known / len(plain) < 0.6:
                return True
    found = detect(text, at_least=0.6)
    return found is not None and found != language


def _only_english_words(text: str) -> bool:
    """Whether every lower-case word of `text` is an English one, and none a small word of
    the other languages: "Ooh, maybe. Or croissants." read as French 0.53 to lingua, and the
    OS apologised in French for the rest of the evening."""
    plain = [w.lower().replace("\u2019", "'") for w in words(text) if not w[0].isupper()]
    if len(plain) < 2 or any(w in _FOREIGN_SMALL_WORDS or not w.isascii() for w in plain):
        return False
    english = english_words()
    return all(w in english or w.split("'")[0] in english for w in plain)


def _plainly_english(text: str) -> bool:
    found = [w.lower().replace("\u2019", "'") for w in words(text)]
    if sum(not w.isascii() for w in found) >= 2:
        return False
    if len(_ENGLISH_MARKERS.intersection(found)) < 2:
        return False
    # Lower-case words only: a capitalised one may be a name from anywhere.
    plain = [w.lower().replace("\u2019", "'") for w in words(text) if not w[0].isupper()]
    english = english_words()
    known = sum(w in english or w.split("'")[0] in english for w in plain)
    return known >= _MOSTLY_ENGLISH * len(plain)
