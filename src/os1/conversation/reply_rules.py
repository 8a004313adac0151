"""What one reply must keep to, read off the turn: the guard's Rules for it.

The person's language and the sentence budget; the names the OS may use
(its own, the person's, and those in what it was told); the sentences it said
lately (saying one again is a loop); and a tone check that follows what the
mind read in the person's words, judged by the same appraisal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from os1.conversation.credit import KINDNESS_TOLD, NEWS, credits_them
from os1.conversation.death_told import (
    BEREAVED,
    NOT_ALIVE,
    gone_named,
    tells_death,
)
from os1.conversation.guard import Rules, names_in, sentences_of
from os1.conversation.kin import kin_told
from os1.conversation.memory_told import MEMORY
from os1.conversation.openings import opening_check, reads_glad
from os1.conversation.said_back import to_you
from os1.conversation.spoken_of import of_them_as_you
from os1.conversation.told_lately import said_lately, told, told_lately
from os1.conversation.tone_words import (
    AGREES,
    ASCRIBED_GLADNESS,
    ASKS_WHAT_IS_WRONG,
    BORED,
    CHEER,
    CLAIMED,
    CONDOLENCE,
    DISMAY,
    GLAD_AT_IT,
    GOOD_NEWS,
    HEAVY,
    HOW_DID_YOU,
    LAUGHS,
    LIKED_IT,
    LIKING,
    LONE_PRONOUN,
    MAKES_LIGHT,
    NOTHING_TO_SAY,
    SORRY,
    invents_a_number,
    invents_a_span,
    mistakes_whose_pride,
    offers_a_drink,
    takes_their_doing,
    waves_off,
)
from os1.conversation.turn import Turn
from os1.mind.appraisal import Appraisal, Appraiser
from os1.mind.event_weighing import EVENT_SURE
from os1.mind.expression import Expression
from os1.mind.grammar_cues import SECOND_PERSON, THANKS, WEARY, asks_for, hedges_fine
from os1.mind.grievance import grievance_told
from os1.mind.happy_tears import happy_tears_told, moved_by_their_news
from os1.mind.mischief import mischief_told
from os1.mind.persona import Persona
from os1.mind.relief import relief_told
from os1.mind.remembrance import remembrance_told
from os1.mind.rift import rift_told

# A story asked for ("Can you tell me a short story?"): its characters have names, and the
# guard refused every draw as naming strangers ("Elena").
STORY_ASKED = re.compile(
    r"\b(?:tell|write|make up|read|invent)\b.{0,30}\b(?:story|stories|tale|fable|poem)\b",
    re.IGNORECASE,
)
# A welcome for thanks: to an apology, "That's so kind of you. … you're welcome!"
WELCOME = re.compile(r"\byou'?re (?:very |so |most |always )?welcome\b|\bno problem at all\b", re.I)
# What they said this lately still colours what they say now.
# Any trouble in their words, even mild ("four days of rain"), rules out cheer; real
# trouble allows condolence; clear gladness rules out commiseration.
TROUBLED, GRIEVING, GLAD, CLEARLY_GLAD = -0.1, -0.3, 0.4, 0.6
# Their words read above this, every sentence, are lighter than a trouble just before.
LIGHTER = 0.1
# The event reading's happy-for at or above this is clear news, however flat its words read.
CLEAR_NEWS = 0.8
TOLD_WORDS = 7  # words that tell what is going on: "My dad died." does not, quite
_TROUBLES = ("sorry-for", "fear-for")
# The OS's own reactions that are no reason for cheer, whatever the words' valence.
_HURT = ("distress", "anger", "reproach", "sorry-for", "fear-for")


# Replies looked back over for a long sentence said again word for word: "What lovely news.
# I'm glad you enjoyed them." came back five replies later, to "Ron would have laughed".
EVENING_REPLIES = 12


def rules_for(
    turn: Turn,
    persona: Persona,
    person: str | None,
    system: str,
    sentences: int,
    appraiser: Appraiser | None,
) -> Rules:
    """`person`: the name the person goes by, if the OS knows it."""
    expression = turn.expression
    said_before = tuple(said_lately(turn))
    return Rules(
        language=turn.language,
        max_sentences=sentences,
        own_name=persona.name,
        person=person or "",
        # The system prompt holds the first meeting's answers ("my ex-wife Catherine"):
        # the people named there are people the OS was told of, in any session.
        known_names=names_in([turn.text, *told(turn), person or "", system]),
        private=(system, expression.note if expression is not None else ""),
        said_before=said_before,
        said_this_evening=tuple(said_lately(turn, EVENING_REPLIES)),
        # And as said back to them: "Your hands were shaking but you didn't stop."
        their_words=(*sentences_of(turn.text), *map(to_you, sentences_of(turn.text))),
        tone=of_them_as_you(
            tone_check(expression, appraiser, turn.text, told_lately(turn), said_before)
            if expression and appraiser
            else None,
            person,
        ),
        opening=opening_check(turn.text, said_before, appraiser),
        kin=kin_told([turn.text, *told(turn), system], person or ""),
        gone=gone_named([turn.text, *told(turn), system]),
        story=bool(STORY_ASKED.search(turn.text)),
        to_the_os=bool(SECOND_PERSON.search(turn.text)),
    )


_BUT = re.compile(r",?\s+but\s+(?=i\b|i'|it\b|it'|that\b|he\b|she\b|they\b)", re.IGNORECASE)


def _part_of_the_joy(text: str) -> bool:
    return happy_tears_told(text) or moved_by_their_news(text) or mischief_told(text)


def tone_check(
    expression: Expression,
    appraiser: Appraiser,
    their_text: str = "",
    before: Sequence[str] = (),
    said_before: Sequence[str] = (),
) -> Callable[[str], str | None]:
    """Whether a sentence of the reply fits what the mind read in the person's words.

    Their trouble is the worse of the whole message's reading and its saddest sentence's:
    read whole, "Hi, Lena. I couldn't sleep. Can you tell me something kind?" is a
    question (valence -0.01), though "I couldn't sleep." alone reads -0.62. A grief told
    just `before` still allows sorrow: "I keep thinking I should have noticed sooner."
    after a death reads as nothing sad.
    """
    valence = gladdest = expression.their_valence
    # Each side of a "but" as a sentence: "I'm excited but I'll miss my mum so much." reads
    # 0.67 whole (and was answered "What lovely news. Tell me everything!").
    parts = [p for s in sentences_of(their_text) for p in _BUT.split(s) if p.strip()]
    if len(parts) > 1:
        read = [appraiser.appraise(part).valence for part in parts]
        valence, gladdest = min(valence, *read), max(gladdest, *read)
    # Tears of joy, and what good news does to people told just after it ("My dad cried on
    # the phone." after a first), read as sorrow (happy_tears.py).
    joyed = happy_tears_told if expression.emotion != "happy-for" else _part_of_the_joy
    if expression.emotion == "happy-for" and joyed(their_text):
        valence = max(valence, 0.0)
    grieving = expression.emotion == "sorry-for" or valence <= GRIEVING
    # Only what goes on telling: a question or a request after a grief is a new thing.
    goes_on = not their_text.rstrip().endswith("?") and not asks_for(their_text)
    # So do they told just before: "I honestly thought I'd failed the stats paper." allowed
    # "I'm so sorry to hear that." to the dad's tears after it.
    heard_before = goes_on and bool(before) and not joyed(before[0])
    read_before = appraiser.appraise(before[0]) if heard_before else None
    # A day kept for someone gone, or a row, just before ("Today would have been our fiftieth
    # anniversary." then "I bought her favourite flowers anyway.", "Abena and I had our first
    # fight." then "It was about where to spend Christmas.", both "That's so good to hear.").
    # And a wrong done them: "Miguel bought a motorbike without telling me." then "Eight
    # thousand euros. We're saving for a house." ("I'm so glad you're saving for a house!").
    remembered = heard_before and any(
        heard(before[0]) for heard in (remembrance_told, rift_told, grievance_told)
    )
    # But a trouble that was no loss is not carried into words that read lighter: "I had a
    # date tonight." (valence 0.16) after "Can't sleep." was answered "I'm so sorry to hear
    # that."
    lighter = valence > LIGHTER and not (heard_before and tells_death(before[0]))
    grieved = remembered or (read_before is not None and _grieves(read_before) and not lighter)
    # A death told further back, where this is no good news of theirs ("Bea passed her
    # driving test!" after a father's birthday was answered "I'm sorry for your loss.").
    news = expression.emotion in ("happy-for", "admiration")
    earlier = () if news else tuple(before[1:])
    grieved = grieved or (goes_on and any(tells_death(said) for said in earlier))
    grieving = grieving or grieved
    # Words that read glad are not good news when they hurt the OS: "You always just agree
    # with me. It's honestly a bit useless." reads as joy (0.85), and an honest "that hurt"
    # must not be taken for sorrow at good news, nor cheer be let through.
    hurt = expression.emotion in _HURT
    # Weariness rules out cheer ("Long day, what a wonderful idea!").
    weary = bool(WEARY.search(their_text))
    troubled = grieving or valence <= TROUBLED or hurt or weary
    glad = expression.emotion in ("happy-for", "admiration", "gratitude") or (
        expression.their_valence >= GLAD and not hurt and not hedges_fine(their_text)
    )
    # Glad words beside troubled ones ("I thought I'd feel relieved. I just feel hollow."
    # read happy-for) are neither good news nor grief: no sorrow, and no cheer either.
    # So are glad words told weary ("That's wonderful, Theo!" to "I had a long day at work.").
    # And so are words not clearly glad just after a grief ("Joan would have been seventy-eight
    # today." then "I made her lemon cake anyway. It came out flat.", read as a feat), unless
    # a grammar hears clear news in them ("Bea passed her driving test this afternoon!" reads
    # 0.05, and was answered "I'm so sorry to hear that.").
    # Just after a day kept for someone gone, only news said gladly is clear: flowers bought
    # "anyway" read 0.6 glad.
    said_gladly = not remembered or "!" in their_text
    # Or news the event reading is sure of, said in words that read flat: "My wife's in
    # labour!" (happy-for 0.85, valence 0.03) after "We're at the hospital." was answered
    # "I'm so sorry to hear that. Losing a partner can be really tough".
    whole = appraiser.appraise(their_text) if their_text else None
    sure_news = whole is not None and whole.event is not None and whole.event.kind == "happy-for"
    sure_news = sure_news and whole.event.probability >= CLEAR_NEWS and news
    clear = (expression.their_valence >= CLEARLY_GLAD or sure_news) and said_gladly
    clear = clear or relief_told(their_text)
    lost_before = _lost(read_before) or remembered
    mixed = glad and (valence <= TROUBLED or weary or (lost_before and not clear))

    # Sadness or fear in their words, as the mind's reading of them may miss.
    their = whole.ekman if whole is not None else None
    aching = hurt or their is None or their["sadness"] + their["fear"] > their["anger"]
    aching = aching and not BORED.search(their_text)
    # Unknown words (none given) are not taken for words without a death in them.
    said = NOT_ALIVE.sub(" ", " ".join((their_text, *before[:1], *earlier)))
    no_death_told = bool(their_text) and not (BEREAVED.search(said) or remembrance_told(said))

    # Sorry said twice lately is a formula the third time ("…so hard. I'm sorry.", "…so much to
    # carry. I'm sorry."; a sister: "You always say the same soothing things.").
    sorry_lately = sum(1 for said in said_before if SORRY.search(said)) >= 2
    # Nothing told, only asked ("Fine. What would you do if you were me?"): no news to cheer.
    asks_only = bool(parts) and all(p.endswith("?") or len(p.split()) <= 2 for p in parts)
    kind_only = bool(parts) and all(KINDNESS_TOLD.search(part) for part in parts)
    # Something told at length, not asked: what it is has been said.
    told_it = not asks_only and len(their_text.split()) >= TOLD_WORDS and "?" not in their_text
    all_told = " ".join((their_text, *before))  # for a time span or a drink, once a reply

    def fits(sentence: str) -> str | None:
        if their_text and WELCOME.search(sentence) and not THANKS.search(their_text):
            return "welcomes thanks nobody gave"
        if their_text and waves_off(sentence, their_text):
            return "waves off an apology nobody made"
        if their_text and invents_a_span(sentence, all_told):
            return "names a time they never told"
        if their_text and invents_a_number(sentence, all_told):
            return "names a number they never told"
        if offers_a_drink(sentence, all_told):
            return "offers a drink to someone who spoke of drinking"
        if their_text and LIKED_IT.search(sentence) and not LIKING.search(their_text):
            return "is glad they liked what they never said they liked"
        if sorry_lately and SORRY.search(sentence):
            return "says sorry again"
        if LONE_PRONOUN.match(sentence):
            return "says a lone word"
        if NOTHING_TO_SAY.search(sentence):
            return "says it has nothing to say"
        if AGREES.match(sentence) and not CLAIMED.search(their_text):
            return "agrees with what they did not claim"
        if takes_their_doing(sentence, their_text):
            return "takes their news as its own"
        if mistakes_whose_pride(sentence, their_text):
            return "takes someone's pride in them for their own"
        if told_it and ASKS_WHAT_IS_WRONG.match(sentence):
            return "asks what they have just told"
        if KINDNESS_TOLD.search(their_text):
            if NEWS.search(sentence):
                return "calls a kindness news"
            if DISMAY.search(sentence) and expression.emotion != "sorry-for":
                return "commiserates at a kindness"
            if HEAVY.search(sentence) and kind_only:  # "Bea offered to talk to my dad."
                return "grieves at a kindness"
        if credits_them(sentence, their_text):
            return "praises them for what someone else did"
        if GOOD_NEWS.search(sentence) and MEMORY.search(their_text):
            return "calls a memory news"
        if asks_only and (GOOD_NEWS.search(sentence) or ASCRIBED_GLADNESS.search(sentence)):
            return "congratulates where only a question was asked"
        if no_death_told and CONDOLENCE.search(sentence):
            return "condoles for a death nobody spoke of"
        if HEAVY.search(sentence) and not aching:
            return "grieves with them over a dislike"
        # Mixed words just after a grief ("The divorce was final today." then "I thought I'd
        # feel relieved. I just feel hollow.") are the grief's still: sorrow is allowed.
        if glad and not (mixed and grieved):
            sorry = SORRY.search(sentence) or DISMAY.search(sentence)
            read = appraiser.appraise(sentence)
            # A sentence read as no emotion at all is not sorrow, whatever its valence:
            # "I don't remember you telling me that." reads neutral at -0.46.
            if sorry or (read.valence < -0.2 and read.emotion != "neutral"):
                return "sounds sorry at their good news"
            if not mixed:
                return None
        # "I GOT THE JOB!!! They called an hour ago." is glad in its first sentence.
        if ASCRIBED_GLADNESS.search(sentence) and (mixed or gladdest < GLAD):
            return "tells them they are glad when they did not say so"
        if not grieving and DISMAY.search(sentence):
            # "I'm so sorry to hear that" to "I caught myself thinking about you today".
            return "commiserates where nothing sad was said"
        if GOOD_NEWS.search(sentence):
            # "Oh, that's great news!" to "my roommate keeps eating my food".
            return "congratulates on news that is not good"
        if troubled and HOW_DID_YOU.match(sentence):
            return "asks how they managed a misfortune"
        if troubled and MAKES_LIGHT.search(sentence):
            return "makes light of their trouble"
        if troubled and GLAD_AT_IT.match(sentence):
            return "sounds glad at their trouble"
        if troubled and LAUGHS.search(sentence):
            return "sounds cheerful at their trouble"
        if troubled and CHEER.search(sentence) and reads_glad(appraiser.appraise(sentence)):
            return "sounds cheerful at their trouble"
        return None

    return fits


def _grieves(read: Appraisal) -> bool:
    """Whether words tell of trouble: in how they are said, or in the loss or danger they
    tell ("The divorce was finalised this afternoon." reads -0.13, but as a loss)."""
    return read.valence <= GRIEVING or _lost(read)


def _lost(read: Appraisal | None) -> bool:
    """Whether words tell of a loss or a danger, as an event (not an apology's "rude")."""
    event = read.event if read is not None else None
    return event is not None and event.kind in _TROUBLES and event.probability >= EVENT_SURE
