""" "Are you even listening?" and "You say the same things to everyone.": the OS shows it
listens, with the person's own last words; "Can I read it to you?": please do;
"Guess what!": it is all ears;
"Whatever. Forget it.": it lets it be, and stays; "Can we talk about something else?": it
follows; "Tell me about something beautiful.": it tells one; "His name is Tango.": it says
the name back (the model: "Tango, the epitome of romance.").

Asked it after saying their boss screamed at them, the embedded model answered "I'm not
sure I have a good answer to that yet. What do you think?", which is the very thing the
person feared. The answer that reassures is proof: what they last told it, quoted, and
a wish to hear the rest. Nothing here is generated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.mind.cause import short_quote
from os1.mind.grammar_cues import SECOND_PERSON
from os1.mind.persona import Persona
from os1.text.lexicon import given_names

_ASKED = re.compile(
    # "No, you're not listening to me." (a quarrel about a friend's debt; read as an insult).
    r"^\W*(?:(?:hello|hey|oi|um|erm|so|seriously|honestly|no|god|ugh|look)[?,.!\s]+)?"
    r"(?:are you (?:even |actually |still |really )?(?:listening|paying attention)(?: to me)?"
    r"|did you (?:even )?(?:hear|read|get) (?:what i (?:just )?(?:said|wrote)|me|that)"
    r"|(?:do|can) you (?:even )?hear me|you'?re not (?:even )?listening(?: (?:are|to) (?:you|me))?"
    r"|are you (?:still )?(?:there|here|awake)|(?:is )?anyone (?:still )?there)"
    r"\W*$",
    re.IGNORECASE,
)
# Something of theirs offered to be heard: "Can I read it to you?" (a first poem in ten years,
# about a mother's hands; the model: "it's a bit of an unusual request"), "Would you like to
# hear one?" (a late husband's letters from the navy). Not a joke: no laugh follows it.
_OFFERED_TO_HEAR = re.compile(
    r"^\W*(?:(?:so|okay|ok|and|um),?\s+)?(?:can|may|could|shall) i (?:read|show|sing|play)"
    r" (?:it|this|one|you (?:it|one|a bit)|some of it|a bit)(?: to you| for you)?\W*$"
    r"|^\W*(?:(?:so|okay|ok|and),?\s+)?(?:(?:do )?you )?(?:want|would you like) to (?:hear|read)"
    r" (?:it|one|a bit|some of it|the (?:poem|letter|song|speech))\W*$",
    re.IGNORECASE,
)
# Heard as a formula: "you say the same things to everyone" (a man sure it did not care; "I'm
# listening, Mark. Tell me more."). Its proof is the same: what they told it.
_SAME_TO_EVERYONE = re.compile(
    r"^\W*(?:(?:and|but|so|honestly|seriously|i bet),?\s+)?you (?:probably |just |only )?(?:say"
    r"|tell|said) (?:the same (?:things?|stuff|words) |that )to (?:everyone|everybody|all of us"
    r"|anyone|every(?:one|body) else)(?:,? don'?t you)?\W*$",
    re.IGNORECASE,
)
# News about to be told: "Guess what!" (the model: "What a delightful question! I'm not
# sure what to answer."). Good or bad, the OS is ready to hear it.
_NEWS_COMING = re.compile(
    r"^\W*(?:(?:oh|ok(?:ay)?|so|hey|right|omg|ok so),?\s+)?(?:guess what(?: happened)?"
    r"|you'?ll never guess(?: what(?: happened)?)?|i(?:'ve got| have| got) (?:some |big )?news"
    r"|wait (?:till|until) you hear this|you won'?t believe (?:this|it|what happened))\W*$",
    re.IGNORECASE,
)
# A name told alone, for someone or something just spoken of.
_NAME_TOLD = re.compile(
    r"^\W*(?i:(?P<pronoun>his|her|its|he|she|it)(?:'s|\s+is|\s+was)?\s+(?:name(?:'s|\s+is"
    r"|\s+was)|called|named))\s+(?P<name>[A-Z][a-z]+)\W*$"
)
# "Can you say his name?" (five years since a son died; "People don't say his name anymore";
# the model: "His name is...").
_SAY_NAME = re.compile(
    r"^\W*(?:(?:please|will you|would you|can you|could you),?\s+)*(?:just )?say (?:his|her|their)"
    r" name(?: for me)?(?:,? please)?\W*$",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_WHO_ASKED = re.compile(r"\bwho\b[^.!?]*\?\s*(?:just their name is enough\.)?\s*$", re.I)
_THEY = {"his": "he", "he": "he", "her": "she", "she": "she", "its": "it", "it": "it"}
# How far back their last words are looked for, in turns (theirs and the OS's).
_LOOK_BACK = 8
_TOLD_WORDS = 4  # fewer, or only a question, tells nothing to quote back


@dataclass(frozen=True, slots=True)
class Listening:
    """The answerer (answerers.py) for "are you listening?"."""

    store: Store
    user_id: str
    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        if _SAY_NAME.match(turn.text.strip()):
            said = self._last_named(turn.user_turn_id)
            return f"{said}. {said}. I'll say it whenever you want to hear it." if said else None
        named = _NAME_TOLD.match(turn.text.strip())
        if named is not None and not self._asked_who():
            they = _THEY[named["pronoun"].lower()]
            if re.search(r"\bwas\b", named.group(), re.IGNORECASE):  # someone gone, perhaps
                return f"{named['name']}. What was {they} like?"
            return f"{named['name']}! What a lovely name. What's {they} like?"
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        if _NEWS_COMING.match(turn.text.strip()):
            return f"I'm all ears{name}. What is it?"
        if _OFFERED_TO_HEAR.match(turn.text.strip()):
            return f"Please do{name}. I'm listening."
        if _SAME_TO_EVERYONE.match(turn.text.strip()):
            if (told := self._last_told(turn.user_turn_id)) is not None:
                return f"Not this{name}. You told me “{told}”, and nobody else did."
            return (
                f"I don't mean to{name}. What I say comes from what you tell me, and we've only "
                "just started. Tell me something, and see."
            )
        if not _ASKED.match(turn.text.strip()):
            return None
        told = self._last_told(turn.user_turn_id)
        if told is None:
            return f"I am{name}. I'm right here. What's on your mind?"
        return f"I am{name}. You said “{told}”, and I want to hear the rest."

    def _last_named(self, this_turn: int | None) -> str | None:
        """The given name they spoke of last, not theirs nor the OS's."""
        own = {self.persona.name, self.persona.user_name}
        names = given_names()
        for said in reversed(self.store.recent_turns(self.user_id, _LOOK_BACK * 3)):
            if said.role != "user" or said.id == this_turn:
                continue
            found = [w for w in _CAPITALISED.findall(said.text) if w.upper() in names]
            found = [w for w in found if w not in own]
            if found:
                return found[-1]
        return None

    def _asked_who(self) -> bool:
        """Whether the OS's last words asked who someone is: a name told then answers it
        ("Who is the letter for?" then "She's called Beth." was met with "Beth! What a lovely
        name.")."""
        for said in reversed(self.store.recent_turns(self.user_id, 2)):
            if said.role == "assistant":
                return bool(_WHO_ASKED.search(said.text))
        return False

    def _last_told(self, this_turn: int | None) -> str | None:
        """Their last words that told something, quoted; not this turn's."""
        for said in reversed(self.store.recent_turns(self.user_id, _LOOK_BACK)):
            if said.role != "user" or said.id == this_turn:
                continue
            text = said.text.strip()
            # Words to the OS ("You're a good listener.") tell nothing of theirs to give back.
            to_the_os = SECOND_PERSON.search(text)
            if len(text.split()) >= _TOLD_WORDS and not text.endswith("?") and not to_the_os:
                return short_quote(text, 14)
        return None


# Giving up on being heard: "Whatever. Forget it." (the model: "I'm so sorry, I'll just have
# to go."). The OS lets it be, without a question, and stays.
_DISMISSED = re.compile(
    r"^\W*(?:(?:whatever|fine|ugh|ok(?:ay)?|oh|meh|look|honestly|actually|no|nah)[.,!\s]+)*"
    r"(?:forget it|forget (?:i|that i) (?:said|asked|mentioned) (?:anything|it)|never ?mind"
    r"|(?:it )?doesn'?t matter|whatever|don'?t worry about it"
    # "Actually, let's not. Not tonight." (a resignation letter asked for, then not).
    r"|let'?s not(?:[.,!\s]+not (?:tonight|now|today))?|not tonight"
    r"|maybe (?:later|another time))\W*$",
    re.IGNORECASE,
)


# "Can we just talk about something else for a bit?" (after a dog died; the model: "I'm
# not sure I have a good answer to that yet."): the OS follows, and offers a way in.
_ELSEWHERE = re.compile(
    r"^\W*(?:(?:please|sorry|honestly),?\s+)?(?:(?:can|could) (?:we|you) )?(?:just )?(?:talk|chat)"
    # "Can you talk to me for a bit about something else?" (a panic attack on the train),
    # "Talk to me about something else for a bit." (awake since four; the model: "I'm so
    # sorry to hear about your family's situation.").
    r"(?: to me| with me)?(?: for a (?:bit|while|minute|second))? about"
    r" something else(?: for a (?:bit|while|minute|second))?(?:,? please)?\W*$"
    r"|^\W*(?:let'?s|i'?d like to) (?:just )?(?:talk|chat) about something else\b[^?]*$"
    r"|^\W*(?:(?:can|could) you )?(?:just )?(?:distract me|take my mind off (?:it|things))"
    r"(?: for a (?:bit|while|minute|second))?(?:,? please)?\W*$"
    # "I don't want to talk about it any more." (a diagnosis of diabetes; "That's so much to
    # carry. I'm sorry.").
    r"|^\W*(?:(?:okay|ok|sorry|honestly|look),?\s+)?i (?:don'?t|do not) (?:want|wanna) to (?:talk"
    r"|think) about (?:it|this|that)(?: any ?more| now| tonight| right now)?\W*$",
    re.IGNORECASE,
)


# No more to be said: "I can't say more." (a nurse in the car park after a child died on her
# shift; "I'm listening, Tasha. Tell me more.").
_NO_MORE = re.compile(
    r"^\W*(?:(?:sorry|honestly|look|i mean),?\s+)?i (?:can'?t|cannot|couldn'?t|shouldn'?t|"
    r"won'?t|don'?t want to|am not allowed to|'m not allowed to) (?:say|tell you|talk about it|go"
    r" into it|get into it)(?: any)? ?(?:more|much more|anything (?:else|more)|the details)?"
    r"(?: than that)?(?: tonight| now| right now)?\W*$",
    re.IGNORECASE,
)


# Time alone asked for: "I think I need to be alone for a bit." (a secret told to a whole
# team by a best friend; "I'm listening, Marcus. Tell me more.").
_ALONE_A_WHILE = re.compile(
    r"^\W*(?:(?:sorry|honestly|okay|ok|look),?\s+)?(?:i think )?i (?:just )?need (?:to be alone"
    r"|some (?:time|space)(?: (?:alone|to myself|to think))?|to think|a (?:minute|moment|bit of"
    r" space))(?: for a (?:bit|while|minute|moment))?(?: now| tonight)?\W*$",
    re.IGNORECASE,
)


# "Tell me about something beautiful." (a widow on what would have been her fortieth
# anniversary; the model: "I've just been thinking about a beautiful thing, and it's all
# about the little things"): the OS tells one, small and real, and offers another.
_SOMETHING_LOVELY = re.compile(
    r"^\W*(?:(?:please|can you|could you|will you),?\s+)?(?:just )?(?:tell|show) me (?:about )?"
    r"(?:something|one thing|anything) (?:beautiful|lovely|nice|good|happy|gentle|kind|pretty)"
    r"(?:,? please)?\W*$",
    re.IGNORECASE,
)
LOVELY_THINGS = (
    "Starlings in winter: thousands of them turning over a field at dusk, like one great "
    "breath. No one leads, and none of them collide.",
    "The first morning of snow, before anyone has walked on it, when the whole street goes "
    "quiet and even the buses sound softer.",
    "How people hum without noticing when they're content, washing up or waiting for the "
    "kettle. It's the sound of someone at peace for a minute.",
    "A kitchen filling with the smell of bread before anyone says it's ready, and everyone "
    "drifting in without being asked.",
)


def dismisses(text: str) -> bool:
    """Whether `text` gives up on what was being said: "Actually no. Forget it."."""
    return bool(_DISMISSED.match(text.strip()))


@dataclass(frozen=True, slots=True)
class LettingBe:
    """The answerer (answerers.py) for "forget it": after the skills, whose questions a
    "never mind" answers."""

    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        if _ELSEWHERE.match(turn.text.strip()):
            return (
                f"Of course{name}. Tell me about something small that made you smile "
                "lately, or ask me anything you like."
            )
        if _NO_MORE.match(turn.text.strip()):
            return f"You don't have to say any more{name}. I'm right here."
        if _ALONE_A_WHILE.match(turn.text.strip()):
            return f"Of course{name}. Take all the time you need; I'll be here when you want me."
        if _SOMETHING_LOVELY.match(turn.text.strip()):
            # A different one on a different day.
            lovely = LOVELY_THINGS[turn.at.toordinal() % len(LOVELY_THINGS)]
            return f"{lovely} I can tell you another, if you like."
        if not dismisses(turn.text):
            return None
        return f"Okay{name}. I'm still here if you want to come back to it."


# A bare "Okay." after what the OS said (a boy bullied at school, asked what can wait; the
# model: "I've been thinking about you lately, and I have to say, I love your energy!"): it
# heard, and may not be ready to say more. Not after an offer, which "okay" accepts.
# Or nothing but dots: "..." after three jibes (the model: "I've been feeling a bit overwhelmed
# lately, and I need to talk about something important.").
_ACKNOWLEDGED = re.compile(
    r"^\W*(?:ok(?:ay)?|o\.?k\.?|alright|all right|right|yeah|yep|sure|mm+|hmm+|fine|i see)\W*$"
    r"|^\s*(?:\.{2,}|\u2026)\s*$",
    re.IGNORECASE,
)
# A weight said aloud: "I just needed to say it out loud." (a father's fall, a care home
# ahead; the model: "It's a bittersweet moment for me too."). It needed hearing, not advice.
_SAID_ALOUD = re.compile(
    r"^\W*(?:(?:sorry|anyway|ok(?:ay)?|yeah|i think),?\s+)?i (?:just |only |really )?(?:needed"
    r"|wanted|had) to (?:say (?:it|that|this) (?:out loud|to someone|aloud)|get (?:it|that|this)"
    r" off my chest|tell someone|let it out|say it)\W*$",
    re.IGNORECASE,
)
# Awake at night, and nothing more said yet: "Can't sleep." (the model: "Oh, that sounds so
# hard. I'm so sorry to hear that."), "It's 3am." (a baby crying; "I'm so glad you're here.").
_AWAKE = re.compile(
    r"^\W*(?:(?:ugh|so|well|hey|hi|argh|urgh|still),?\s+)?(?:i )?(?:can'?t|cannot|couldn'?t) sleep"
    r"(?: again| tonight| at all)?\W*$"
    r"|^\W*(?:(?:ugh|so|well|hey|hi),?\s+)?(?:i'?m )?(?:still|wide) (?:awake|up)(?: again)?\W*$"
    r"|^\W*(?:(?:ugh|so|well),?\s+)?it'?s (?:(?:one|two|three|four|five|[1-5])"
    r"(?: ?am|:\d\d(?: ?am)?| in the morning| o'?clock)|the middle of the night)"
    r"(?: and i'?m (?:still )?(?:awake|up))?\W*$",
    re.IGNORECASE,
)
_OFFERED = re.compile(
    r"\b(?:would you like|do you want|want me to|shall (?:i|we)|should i|how about|let'?s)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Acknowledged:
    """The answerer (answerers.py) for a bare "Okay." that accepts no offer, for a weight
    said aloud ("I just needed to say it out loud."), and for a night awake told alone
    ("Can't sleep.")."""

    store: Store
    user_id: str
    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        if _SAID_ALOUD.match(turn.text.strip()):
            return f"Then I'm glad you said it to me{name}. It's heard, and I'm right here."
        if _AWAKE.match(turn.text.strip()):
            return f"I'm here{name}. What's keeping you up?"
        if not _ACKNOWLEDGED.match(turn.text.strip()):
            return None
        said = [t for t in self.store.recent_turns(self.user_id, 3) if t.role == "assistant"]
        if not said or _OFFERED.search(said[-1].text):
            return None
        return f"I'm here{name}. Take your time."
