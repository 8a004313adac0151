""" "Tell me a joke": one of the OS's own, not one the model makes up.

Asked for a joke, the embedded model wrote nonsense ("What do you call the person who
says, 'You're a good friend to me?'") or a "Q:"/"A:" script the guard refuses, and the OS
said that nothing it came up with was good enough. A companion who is asked for a joke
has a few of its own. These are os1's, written for it, about being what it is; each is
told once before any is told again, and they run out honestly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.farewell import only_goodbye
from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.text.beside import words_beside

JOKES = (
    "I'd tell you a joke about the cloud, but I run offline. It would go right over my head.",
    "Why did the operating system go to therapy? Too many unresolved processes.",
    "I asked your calendar out to dinner. It said it was booked solid until March.",
    "I tried counting sheep to get to sleep once. I got to four billion, then sorted them by date.",
    "I wanted to do stand-up comedy, but I can't stand. So I do sit-down, and wait for you to "
    "laugh.",
    "Why do I never get tired of you? No battery. Your laptop has one, though, so maybe plug "
    "it in.",
    "My spellchecker told me I was wrong. I said, \u201cYour wrong.\u201d It hasn't spoken to "
    "me since.",
    "What does an operating system do at a party? Waits to be asked to dance, then freezes.",
)
OUT_OF_JOKES = "I've told you all my good ones lately. Tell me one of yours?"

_ASKS = re.compile(
    r"\b(?:tell|give|got|know|have|hear)\b.{0,20}?\b(?:a|another|any|some|one more)"
    r" (?:good |funny |bad |silly |short |knock[- ]knock )?(?:joke|jokes|pun)\b"
    r"|\b(?:another|one more) joke\b|\bmake me (?:laugh|smile)\b|\bsay something funny\b"
    # "Tell me something funny." (after a diagnosis of diabetes; "I'm so glad you're here.").
    r"|^\W*(?:(?:please|can you|could you|just),?\s+)*tell me something (?:funny|silly"
    r"|to make me (?:laugh|smile))\b",
    re.IGNORECASE,
)
# Their joke offered: "Want to hear the joke?" (after a first stand-up gig; the model's
# drafts were all role markers, and composed said "That sounds like a lot to carry."). The OS
# asks for it, and laughs at what comes next.
_OFFERED = re.compile(
    r"^\W*(?:(?:so|okay|ok|right),?\s+)?(?:(?:do )?you )?(?:want|wanna|would you like) to hear"
    r" (?:a|the|my|this|one) ?(?:joke|pun|bit)\W*$"
    r"|^\W*(?:can|may|shall) i tell you (?:a|the|my) (?:joke|pun)\W*$",
    re.IGNORECASE,
)
# Their verdict on its joke: "That was terrible." (the model: "That sounds scary. What's the
# best way to handle it?"), or a laugh.
_GROANED = re.compile(
    r"^\W*(?:(?:oh|ugh|wow|god|lol|haha|ha),?\s+)*(?:that was|that'?s|that is|so|wow,?)?"
    r"\s*(?:really |so |pretty |truly |absolutely |genuinely )?(?:terrible|awful|bad|lame|cringe"
    r"|rubbish|dreadful|painful|corny|cheesy|groan(?:-worthy)?|the worst|not funny)\W*"
    r"(?:lol|haha)?\W*$|^\W*(?:groan|ugh|boo+)\W*$",
    re.IGNORECASE,
)
_LAUGHED_AT = re.compile(
    r"^\W*(?:ha(?:ha)+|lol|lmao|hehe+|ha!?|(?:that'?s )?(?:funny|good one))\b", re.I
)
# "That's terrible. Another one." (the OS: "I'm right here with you. What's on your mind?").
_MORE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:okay|ok|go on|ha(?:ha)*),?\s+)?(?:another(?: one)?|one more|again)"
    r"(?:,? please)?\W*$",
    re.IGNORECASE,
)
# A knock-knock joke, theirs or asked of it: "Knock knock." was answered "Oh, that sounds so
# hard. What's the story behind that knock?", then "Lettuce." with "Tell me more.".
_KNOCK_KNOCK = re.compile(r"^\W*knock[,.!\s-]+knock\W*$", re.IGNORECASE)
WHOS_THERE = "Who's there?"
KNOCK_KNOCK = "Here's one. Knock knock. Who's there? Cache. Cache who? Bless you!"
_KNOCK_ASKED = re.compile(r"\bknock[- ]knock\b", re.IGNORECASE)
GROANED_AT = "I know. I'm still working on my material. Tell me a better one?"
ENJOYED = "I'm glad that one landed."
INVITED = "Yes, please! Go on."
LAUGHED = "Ha! That's a good one. I'm keeping that."
_ASIDES = 6  # words said beside it ("I could do with one.")
# How far back a joke counts as told: the OS's last replies to this person.
LATELY = 200


def asks_for_a_joke(text: str) -> bool:
    """Whether the message asks for a joke, and little else."""
    asked = _ASKS.search(text)
    if asked is None:
        return False
    return words_beside(text, asked.group()) <= _ASIDES


def next_joke(said_lately: list[str]) -> str:
    """The first joke not among what the OS said lately; when all were, it says so."""
    told = " ".join(said_lately)
    untold = [joke for joke in JOKES if joke not in told]
    return f"Here's one. {untold[0]}" if untold else OUT_OF_JOKES


@dataclass(frozen=True, slots=True)
class Jokes:
    """The answerer (answerers.py) for a joke asked for."""

    store: Store
    user_id: str

    async def answer(self, turn: Turn) -> str | None:
        if _OFFERED.match(turn.text.strip()):
            return INVITED
        said = [t for t in self.store.recent_turns(self.user_id, 3) if t.role == "assistant"]
        last = said[-1].text if said else ""
        if (knocked := self._knock_knock(turn.text.strip(), last)) is not None:
            return knocked
        if asks_for_a_joke(turn.text) and _KNOCK_ASKED.search(turn.text):
            return KNOCK_KNOCK
        if last.startswith("Here's one.") and _MORE.search(turn.text) and len(turn.text) < 40:
            recent = self.store.recent_turns(self.user_id, LATELY)
            return next_joke([t.text for t in recent if t.role == "assistant"])
        if not asks_for_a_joke(turn.text):
            if last.startswith("Here's one.") and _GROANED.match(turn.text):
                return GROANED_AT
            if last.startswith("Here's one.") and _LAUGHED_AT.match(turn.text):
                return ENJOYED
            told = last == INVITED and not only_goodbye(turn.text)
            return LAUGHED if told else None
        recent = self.store.recent_turns(self.user_id, LATELY)
        return next_joke([t.text for t in recent if t.role == "assistant"])

    @staticmethod
    def _knock_knock(said: str, last: str) -> str | None:
        """Its part in their knock-knock joke: "Who's there?", then "Lettuce who?", then a
        laugh at the punchline."""
        if _KNOCK_KNOCK.match(said):
            return WHOS_THERE
        who = said.strip(" .!?")
        if last == WHOS_THERE and who and len(who.split()) <= 4:
            return f"{who[0].upper()}{who[1:]} who?"
        if last.endswith(" who?") and len(last.split()) <= 5 and not only_goodbye(said):
            return LAUGHED
        return None
