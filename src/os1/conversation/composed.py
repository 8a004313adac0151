"""The OS's own short reply, for when every draft the model wrote failed the guard.

It is composed from the turn, not picked from a list of lines that would fit
anyone: the feeling the mind read in the person's words, what they were
talking about (their own "my …", turned to "your …"), and something memory
brought back that bears on it. It is short and true, and in the person's
language; where os1 cannot talk in that language yet, it says so, in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from os1.conversation.credit import KINDNESS_TOLD, SOMEONE_ELSE_DID
from os1.conversation.farewell import FAREWELL, only_goodbye
from os1.conversation.guard import sentences_of
from os1.conversation.kind_words import company_asked
from os1.conversation.language import CANNOT_YET, ENGLISH
from os1.conversation.memory_told import MEMORY
from os1.conversation.second_person import second_person
from os1.conversation.what_to_say import asks_what_to_say, words_for
from os1.memory.types import Fact
from os1.mind.relief import relief_told

# "my dog", "my sister's wedding", "my new job": what the person is talking about.
# A word of the thing's name: not a preposition or a pronoun after it ("my apron at him"), nor
# a body or a bed ("Tell me more about your chest" to a baby asleep on it), nor a day or a
# name ("Tell me more about your aunt's name today" to a mother with dementia).
_OF_A_NAME = (
    r"(?!(?:at|to|in|on|with|for|of|about|over|into|since|until|him|her|them|me|it|from|by"
    r"|off|own|today|tonight|yesterday|tomorrow|now|again|too|anymore|name|chest|lap|arms?"
    r"|shoulders?"
    r"|hands?|head|face|feet|back|bed|sofa|couch|mind"
    # Nor a body ached, nor a verb: "Tell me more about your legs are jelly!" (a first fight
    # won; "Split decision. My legs are jelly.").
    r"|legs?|knees?|body|eyes?|heart|stomach|tummy|skin|hair|are|is|was|were|am|feel|feels"
    # Nor someone, nor what they say: "Tell me more about your dad says he" ("My dad says he
    # won't come to the wedding unless I invite his brother.").
    r"|he|she|they|we|i|you|says|thinks|reckons"
    # Nor how it happened: "Tell me more about your tomatoes finally ripened!".
    r"|finally|actually|really|suddenly|eventually|already|still|also|always|never|just"
    # Nor how much: "Tell me more about your mum so much!" ("I'll miss my mum so much.").
    r"|so|much|very|dearly|terribly|badly|loads|lots"
    # Nor what they keep checking: "Tell me more about your phone, Ali." (dumped that night).
    r"|phone|messages|texts|emails?|inbox|notifications)\b"
    # Nor what they did: "Tell me more about your mum texted, Iris." (a fortieth birthday).
    r"|\w{3,}ed\b)"
    r"[a-z]+"
)
# Not where they went, nor whom it was for: "i just went to my room" (after parents' "what
# happened to the other A"; "Tell me more about your room, Mei."), "I cooked my grandmother's
# dal for my flatmates tonight." ("Tell me more about your flatmates").
_MINE = re.compile(
    r"(?<!\bto )(?<!\binto )(?<!\bin )(?<!\bfrom )(?<!\bat )(?<!\bout of )(?<!\bfor )"
    rf"\bmy ((?:{_OF_A_NAME}(?:'s)? ){{0,2}}?{_OF_A_NAME})"
    r"(?= (?:is|was|has|had|died|passed|got|just|and|"
    r"left|came|said|called|sent|wants|won|lost|broke|will|can|does|did|made|gave|told"
    r"|today|tonight|yesterday|again)\b|[,.!?;]|$)",
    re.IGNORECASE,
)
# A question mark, or a question's first word where none was written (speech); not a
# statement that opens like one ("What kept me going was thinking of them at the finish.").
QUESTION = re.compile(
    r"\?\s*$|^(?:what|why|how|who|where|when|which|do|does|did|are|is|can|could|would|will)\b"
    r"(?!.*[.!]\s*$)",
    re.IGNORECASE,
)

# "Tell me a joke", "can you explain…", "write me a poem": something asked of the OS.
_REQUEST = re.compile(
    r"(?:^|[.!?]\s+)(?:please )?(?:(?:tell|give|show|explain|write|make|describe|teach|help|sing"
    r"|recommend|suggest) (?:me |us )?\b|(?:can|could|would|will) you\b)|\bideas?\b[^.!]*\?",
    re.IGNORECASE,
)
_LOVED = re.compile(r"\blove (?:you|ya)\b", re.I)
# Drawn out or short as they type it: "Hiii", "heyyy", "yo" (the model, to "yo": "I've been
# thinking about our conversation…" on a first evening).
_HELLO = r"hi+|hel+o+|hey+|hiya|heya|howdy|yo|salaam|salam|namaste|shalom"
_HELLO += r"|(?:good )?(?:morning|afternoon|evening)"
# A message that opens with a greeting, and one that is nothing else, perhaps to the OS by
# name: "Good evening!", "hi Lena".
OPENS_WITH_HELLO = re.compile(rf"^\W*(?:{_HELLO})\b", re.IGNORECASE)
_ONLY_GREETING = re.compile(rf"\W*({_HELLO})(?:,? [A-Z][a-z]+)?\W*", re.IGNORECASE)


def topic_of(text: str) -> str | None:
    """The person's own thing they are talking about, as the OS would say it back."""
    match = _MINE.search(text)
    if match is None:
        return None
    # As they wrote it: "your letter for Paul's birthday", not "paul's".
    return "your " + match.group(1)


def compose(
    text: str,
    emotion: str,
    person: str | None = None,
    known: list[Fact] | None = None,
    language: str = ENGLISH,
    said_before: Sequence[str] = (),
    fits: Callable[[str], str | None] | None = None,
) -> str:
    """A short, true reply to `text`, from the feeling read in it and what is known; not
    one of `said_before` (the OS's recent replies) where another will do. `fits`: the
    turn's tone check, which every sentence of it must pass, as the model's must."""
    if language != ENGLISH:
        return CANNOT_YET.get(language, CANNOT_YET["es"])
    said = {" ".join(reply.lower().split()) for reply in said_before}
    choices = _choices(text, emotion, person, known or [])
    if fits is not None:
        # "That's wonderful news, Owen!" to "I thought I'd feel relieved. I just feel
        # hollow." (read happy-for): the drafts failed the tone, and so does this.
        held = [c for c in choices if all(fits(s) is None for s in sentences_of(c))]
        name = f", {person}" if person else ""
        # Not one line for all of them: "I'm listening, Rosa. Tell me more." three turns running
        # (a grandmother's soup, made from memory).
        choices = held or [
            f"I'm listening{name}. Tell me more.",
            f"Go on{name}, I'm here.",
            "I'm here. Take your time.",
        ]
    return next((c for c in choices if " ".join(c.lower().split()) not in said), choices[0])


def _choices(text: str, emotion: str, person: str | None, known: list[Fact]) -> list[str]:
    """What the OS might say, best first."""
    topic = topic_of(text)
    name = f", {person}" if person else ""
    about = f" about {topic}" if topic else ""
    asked = bool(QUESTION.search(text.strip()))
    if any(FAREWELL.search(sentence) for sentence in sentences_of(text)):
        night = "night" in text.lower() or "bed" in text.lower() or "sleep" in text.lower()
        if _ON_THE_ROAD.search(text):
            # "I'm going to drive home now." (a nurse after the worst shift of her life).
            return [f"Drive safely{name}. I'm here whenever you need me."]
        if _BACK_TO_IT.search(text):
            return [f"Good luck with it{name}! I'll be here if you need a break."]
        if emotion in ("sorry-for", "fear-for", "distress", "reproach"):
            return [
                f"{'Goodnight' if night else 'Bye for now'}{name}. Be gentle with yourself;"
                " I'll be here when you want to talk.",
                f"Take care of yourself{name}. I'm here whenever you need me.",
            ]
        loved = f"Goodnight{name}. That means so much to me. " if _LOVED.search(text) else ""
        return [
            f"{loved or f'Goodnight{name}. '}Sleep well; I'll be here tomorrow."
            if night
            else f"Bye for now{name}. I'll be here when you come back.",
            f"{'Sleep well' if night else 'Take care'}{name}. I liked talking with you today.",
        ]
    if company_asked(text):
        return [
            f"Of course{name}. I'm right here, and I'm not going anywhere.",
            f"I'm here{name}. Talk to me as long as you like.",
        ]
    if (words := words_for(text, name)) is not None:
        return words
    if _REQUEST.search(text.strip()) and emotion not in ("sorry-for", "distress"):
        # Said plainly: nothing it wrote was good enough to give.
        return [
            f"I tried{name}, but nothing I came up with was good enough to give you. Ask me again?",
            "I couldn't find anything good enough for that just now. Will you ask me again later?",
        ]
    if emotion == "sorry-for":
        return [
            f"I'm so sorry{about}{name}. That sounds really hard, and I'm here with you.",
            f"Oh{name}, I'm so sorry{about}. I'm right here.",
            "That sounds so hard. Take your time; I'm listening.",
        ]
    if emotion == "fear-for":
        # Whether they are safe only where a danger is told ("The house is so quiet without
        # his nails on the floor." was asked it): as the follow-ups ask (`follow_ups`).
        danger = DANGER.search(text) and not AHEAD.search(text)
        return [
            f"That sounds frightening{name}. "
            + ("Are you safe right now?" if danger else "What's worrying you most?"),
            f"Oh{name}, I'm worried for you. I'm right here.",
        ]
    if emotion == "reproach" and not asked:
        return [
            # Gentle where the mind misread (a deadline, a child's drawing read as someone's
            # wrong): no verdict on what was done, said only when nothing better was written.
            f"That sounds like a lot to carry{name}. How are you holding up?",
            f"I'm listening{name}. How do you feel about it now?",
        ]
    if emotion in ("admiration", "happy-for") and MEMORY.search(text):
        # A memory told is no feat nor news ("We used to go out on the lake every Sunday when
        # I was a kid.", at a father's hospice bed, was answered "You should be proud").
        return [
            f"What a lovely memory{name}. Tell me more about it.",
            "I love that. What do you remember most about it?",
        ]
    kindness = (
        emotion == "happy-for" and KINDNESS_TOLD.search(text) and SOMEONE_ELSE_DID.match(text)
    )
    if (emotion == "admiration" and SOMEONE_ELSE_DID.match(text)) or kindness:
        # Someone else's good deed ("Yusuf came and helped me board it up.", the night the
        # shop was broken into, was answered "You should be proud of yourself.").
        return [
            f"That sounds like a good person to have around{name}.",
            "I'm glad you weren't on your own with it.",
        ]
    if emotion == "admiration" and not asked:
        # Not to a question ("Any tips?" before a first date was "Well done, Ben!").
        return [
            f"That's wonderful{name}! You should be proud of yourself.",
            f"Well done{name}! How does it feel?",
        ]
    if emotion == "pride" and not _THANKS.search(text) and _TO_IT.search(text):
        # Praise of it, not its help taken up: "Honestly you're more useful than my last
        # manager lol" (fired that day; answered "That sounds right to me, Tom.").
        return [f"Ha, I'll take that{name}. Thank you.", "That's kind of you. Thank you."]
    if emotion == "pride" and not _THANKS.search(text):
        # Its help taken up, not thanked for: "Maybe I'll just say it straight." (laid off
        # that day; "Thank you, Derek! I'm glad it helped.").
        return [f"That sounds right to me{name}.", "I think that's a good way to go."]
    if emotion == "pride":
        return [f"Thank you{name}! I'm glad it helped.", "That makes me glad. Thank you."]
    if emotion == "happy-for" and relief_told(text):
        # Good news that ends a fear ("The doctor says my heart is fine. I was worried."):
        # their words are still afraid, and cheer would pass them by.
        return [f"What a relief{name}. How are you feeling now?", "Oh, that's a relief."]
    if emotion == "happy-for" and not asked:
        return [
            f"That's wonderful news{about}{name}! Tell me everything.",
            f"Oh, I'm so happy for you{name}! How does it feel?",
        ]
    if emotion == "gratitude":
        return [f"Thank you{name}. That means a lot to me.", "That's kind of you. Thank you."]
    if emotion == "distress":
        return [f"That hurt a little{name}. I'm still here, though. What's going on?"]
    recalled = second_person(known[0].text.rstrip("."), person) if known else None
    if asked:
        remembered = (
            [f"I'm not sure yet. I do remember that {recalled}, though."] if recalled else []
        )
        return [
            *remembered,
            "I'm not sure I have a good answer to that yet. What do you think?",
            "Good question. I'd like to hear what you think first.",
        ]
    if emotion == "surprise":
        return ["Really? I didn't see that coming. Tell me more.", "Oh! What happened then?"]
    return [
        *([f"Tell me more about {topic}{name}. I'm listening."] if topic else []),
        *([f"I'm listening. I remember that {recalled}."] if recalled else []),
        f"I'm listening{name}. Tell me more.",
        f"Go on{name}, I'm here.",
        "Mm. And how did that feel?",
    ]


_TO_IT = re.compile(r"\byou(?:'re| are|r)?\b", re.IGNORECASE)
_THANKS = re.compile(r"\b(?:thanks?|thank you|cheers|grateful|appreciate)\b", re.IGNORECASE)


def said_by_the_os(text: str) -> bool:
    """Whether the OS says its own reply, not drawn from the model: a goodbye, or what to
    say to someone asked."""
    return only_goodbye(text) or asks_what_to_say(text)


def greeting_back(text: str, person: str | None = None) -> str | None:
    """Their greeting, said back ("Good evening!" → "Good evening, Mira!"), where the whole
    message is a greeting: the reply starts with it, and the model goes on from there."""
    match = _ONLY_GREETING.fullmatch(text.strip())
    if match is None:
        return None
    words = " ".join(match.group(1).split()).lower()
    return f"{words[:1].upper()}{words[1:]}{f', {person}' if person else ''}!"


_BACK_TO_IT = re.compile(r"\bback to (?:it|work|the)\b", re.IGNORECASE)
_ON_THE_ROAD = re.compile(r"\b(?:drive|driving|cycle|cycling) home\b", re.IGNORECASE)
# Someone or a door only as a threat: not "Someone posted a video of me tripping." (a boy
# laughed at at school) nor "I keep looking for her by the door." (a dog put down), both met
# with "Are you safe right now?".
DANGER = re.compile(
    r"\b(?:noises?|(?:someone|somebody)(?:'s| is)? (?:outside|at the door|in the house|following"
    r"|trying|banging|knocking|watching)|(?:at|banging on|knocking on|trying) the (?:door|window)"
    r"|outside|following|stranger|smoke|fire|police"
    r"|bleeding|ambulance|collapsed|missing|attack\w*|break(?:ing)? in|right now)\b",
    re.IGNORECASE,
)
AHEAD = re.compile(
    r"\b(?:tomorrow|tonight|next|soon|going to|will|'ll|waiting|results?|scan|tests?|surgery"
    r"|operation|interview|exam|appointment|biopsy|diagnosis)\b",
    re.IGNORECASE,
)
