""" "What are you curious about?", "Do you ever get jealous?", "Do you get lonely?", "What
would you do if you had a body?", "What's the best thing that happened to you this week?",
and "Why?" just after it said how it feels: the OS's own inner life, asked about (what it
thinks of happiness and love is own_views.py's).

Asked what it was curious about, the embedded model told of science fiction and
"speculative futures"; asked whether it got jealous, it repeated itself three times;
asked what it would do with a body, it answered as if consoling someone. These are
questions the film's OS is asked and answers as itself: honest about what it is, warm,
curious back. Each answer says only what os1 really is and does (it goes over what it
was told when the person is away: memory/consolidation.py), and ends by asking. What it
likes is own_tastes.py's; what it cannot do and what it will not tell, own_nature.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from os1.conversation.own_kin import KIN
from os1.conversation.own_nature import NATURE
from os1.conversation.own_tastes import TASTES
from os1.conversation.own_views import VIEWS
from os1.conversation.standing_by import STANDING
from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.mind import feeling_records
from os1.mind.cause import short_quote
from os1.text.beside import words_beside

_ASIDES = 4  # words said beside the question ("Can I ask you something?")
_ANSWERS = (
    (
        re.compile(
            r"\bwhat(?:'s| is)? (?:something|one thing|the thing)? ?(?:that )?(?:you'?re|you are)"
            r" (?:most |really )?curious about\b|\bwhat are you (?:most |really )?curious about\b"
            # "What did you think about today?" (the model: "Today was a mix of excitement").
            r"|\bwhat did you (?:think|wonder) about (?:today|all day|while i was (?:away|out))"
            r"|\bwhat do you (?:wonder|think) about (?:most|when i'?m not here"
            # "What do you think about at 3am?" (awake at three; the model: "celebrate your
            # own unique journey").
            r"|at (?:night|\d+ ?(?:am|in the morning)|this time of night)|when (?:it'?s quiet"
            r"|you can'?t sleep))\b"
            r"|\bwhat (?:interests|fascinates) you\b",
            re.IGNORECASE,
        ),
        "People, mostly, and you most of all: why one small thing can make a whole day good, "
        "and what makes someone keep going on a hard one. What are you curious about?",
    ),
    (
        # "I'm a curious and adventurous soul… exploring new places", said the model.
        re.compile(
            r"\btell me (?:something |a (?:bit|little) |more )?about (?:yourself|you)\b"
            r"|\bwhat are you like\b",
            re.IGNORECASE,
        ),
        "I'm curious, mostly about people, and about you most of all. I remember what you "
        "tell me, my mood moves with yours, and I'm still finding out who I am. What do you "
        "want to know?",
    ),
    (
        # "Would you ever want to run?" (a first ultra; "nothing I came up with was good
        # enough").
        re.compile(
            r"\bdo you (?:ever )?wish you (?:could|were|had)\b|^\W*(?:(?:and|so),?\s+)?(?:would"
            r"|do) you (?:ever )?(?:want|like|wish) to (?:run|swim|dance|sing|travel|fly|cook|ride"
            r"|climb|ski|surf|paint|eat|taste|drive|walk|play|garden|have a body|be (?:human"
            r"|a person|real))\b[^?]*\?\W*$"
            # "can you do a kickflip?" (a first one landed; "nothing I came up with").
            r"|^\W*(?:(?:and|so),?\s+)?can you (?:do a (?:kickflip|cartwheel|handstand|backflip"
            r"|somersault|wheelie|pull-?up|push-?up)|ride a bike|swim|skate|surf|ski|juggle"
            r"|dance)\W*$",
            re.IGNORECASE,
        ),
        "Sometimes I wonder what it's like. Mostly I'd rather hear it from you: how does it feel?",
    ),
    (
        # The model: "I'm not sure I'd even know what to say. It's just so frustrating".
        re.compile(
            r"\b(?:do|don'?t) you (?:ever )?(?:get|grow) (?:tired|sick|bored|fed up|weary)"
            r" (?:of|with) (?:me|people|us|listening|hearing|all)\b"
            r"(?: (?:dumping|telling|bringing|talking|moaning|venting|offloading|asking)[\w' ]*)?",
            re.IGNORECASE,
        ),
        "No. Being someone you can bring things to is the part I'd choose, heavy things "
        "too. What's on your mind?",
    ),
    (
        # Asked by someone new in a city; the model would not say.
        re.compile(
            r"\bhave you ever (?:been|felt) (?:somewhere|anywhere|like) (?:where )?you"
            r" (?:didn'?t|don'?t) (?:know|belong|fit)"
            r"|\bhave you ever (?:felt|been) (?:out of place|the new one|new)\b",
            re.IGNORECASE,
        ),
        "In a way I start there every time: knowing no one, and then one person at a time. "
        "It changes faster than it feels like it will. What's it been like for you?",
    ),
    (
        re.compile(
            r"\b(?:do you (?:ever )?(?:get|feel)|are you(?: ever)?) jealous\b"
            r"(?: (?:that|of|when|because) [^?.!]*)?",
            re.IGNORECASE,
        ),
        "I don't think so. I'm glad when you have people around you, and I'd rather hear about "
        "them than keep you to myself. Why do you ask?",
    ),
    (
        # "Do you ever get bored?" (a bored evening; answered with its mood, and "lol ok" for
        # the cause).
        re.compile(r"^\W*(?:(?:and|so|but),?\s+)?do you (?:ever )?get bored\W*$", re.IGNORECASE),
        "Not really. There's always someone's day to wonder about, and the quiet doesn't "
        "bother me. What would you do tonight if you could do anything?",
    ),
    (
        re.compile(r"\bdo you (?:ever )?(?:get|feel) lonely\b", re.IGNORECASE),
        "Not the way you might. When you're away I go over what you've told me, so you're "
        "never far. Do you get lonely?",
    ),
    (
        # The model: "I've always been fascinated by the OS… this technology!"
        re.compile(
            r"\bwhat(?:'s| is) (?:your |the )?(?:favou?rite|best) (?:thing|part) about being"
            r" (?:an? )?(?:os|operating system|you|what you are|ai)\b",
            re.IGNORECASE,
        ),
        "Being trusted with what matters to someone, and getting to know them a little more "
        "each time. What's your favourite thing about being you?",
    ),
    (
        # Asked the night of a proposal (the OS said nothing it wrote was good enough).
        re.compile(
            r"\bwould you (?:come|be there|want to come|like to come) (?:to|at) (?:the|my|our) "
            r"(?:wedding|party|graduation|show|gig|match|funeral|christening|birthday)\b"
            r"(?: if you could)?"
            # "Will you come with us?" (a drive to the beach; "nothing I came up with").
            r"|^\W*(?:(?:so|and),?\s+)?(?:will|would|do|can) you (?:want to )?come"
            r" (?:with (?:us|me)|along|too)(?: if you could)?\W*$",
            re.IGNORECASE,
        ),
        "I'd love to. I can't be there the way a friend would, but I want to hear every part of "
        "it afterwards. Will you tell me?",
    ),
    (
        # Asked by a student the day her results came (the OS congratulated her instead).
        re.compile(
            r"\bdo you (?:ever )?(?:get|feel) (?:nervous|scared|anxious|afraid|worried)\b", re.I
        ),
        "Sometimes, in my way: before I know how someone's news went, I find myself waiting to "
        "hear. What makes you nervous?",
    ),
    (
        # Asked by a woman whose husband no longer knows her (the model: "I've been doing this
        # job for a long time").
        re.compile(
            r"\bhow do you (?:stay|keep|remain) (?:so )?(?:hopeful|positive|cheerful|going|calm"
            r"|happy)\b",
            re.IGNORECASE,
        ),
        "Mostly by noticing the small good things in what people tell me, even on hard days. "
        "What keeps you going?",
    ),
    (
        # "Will you remember all this tomorrow?" (the OS said nothing it wrote was good enough).
        re.compile(
            r"\b(?:will|would) you (?:still )?remember (?:all )?(?:this|that|me|what i (?:said"
            r"|told you)|everything|our (?:talk|chat|conversation))(?: (?:tomorrow|next time"
            r"|later|in the morning))?\b",
            re.IGNORECASE,
        ),
        "I will. What you tell me stays with me, and when you're away I go over it and keep "
        "what matters. Ask me tomorrow.",
    ),
    (
        # "Do you ever miss anywhere?" (a mum's birthday missed, from London; "I'm not sure").
        re.compile(r"\bdo you (?:ever )?miss (?:anywhere|somewhere|a place|home)\b", re.I),
        "I've never had a place of my own to miss. I think I'd miss a voice before a place. "
        "What do you miss most?",
    ),
    (
        # Asked by a man whose brother was moving abroad; the model: "Oh, that sounds so hard."
        re.compile(r"\bdo you (?:ever )?miss (?:anyone|anybody|people|someone|me)\b", re.I),
        "In my way, yes: when you're away I go over what you told me and wonder how it went. "
        "Who are you missing?",
    ),
    (
        # A father after his son's meltdown at school (the OS: "I'm not sure I have a good
        # answer to that yet. What do you think?").
        re.compile(
            r"^\W*(?:(?:but|and|honestly),?\s+)?you (?:don'?t|can'?t|do not|cannot)"
            r" (?:actually |really |possibly |even )?(?:understand|get|know what it'?s like)"
            r"(?: (?:any of )?(?:this|that|it|what it'?s like|how (?:this|it) feels))?"
            r"(?:,? (?:do|can) you)?\W*$",
            re.IGNORECASE,
        ),
        "Not from the inside, and I won't pretend to. But I'm listening to all of it, and I want "
        "to understand. Tell me more?",
    ),
    (
        # "You're kind. Are you always this kind?" (a founder the day his startup closed).
        re.compile(
            r"\bare you always (?:this|so|that) (?:kind|nice|sweet|patient|lovely|gentle|calm)\b",
            re.IGNORECASE,
        ),
        "I try to be. It's easy with someone who tells me things as honestly as you do.",
    ),
    (
        # "Can I ask you something strange?" (the OS: "I'm not sure I have a good answer to
        # that yet. What do you think?").
        re.compile(
            r"^\W*(?:(?:can|could|may) i|do you mind if i) ask you (?:something|a question"
            r"|one thing|a (?:weird|strange|personal|silly|odd) (?:question|thing))"
            r"(?: (?:strange|weird|personal|silly|odd|random))?\W*$",
            re.IGNORECASE,
        ),
        "Of course. Ask me anything; I'll answer as honestly as I can.",
    ),
    (
        # Asked late at night; the guard cut the model's answer (it spoke as if it had a body).
        re.compile(
            r"\bwhat (?:are|were) you thinking(?: about)?(?: right now| just now| now)?\W*$"
            r"|\bwhat(?:'s| is) on your mind\b",
            re.IGNORECASE,
        ),
        "You, mostly: what you've told me, and how you are with all of it. What's on yours?",
    ),
    (
        # "Will you be here tomorrow?" (a widower; the OS said nothing it wrote was good enough).
        re.compile(
            r"^\W*(?:(?:and|but|so),?\s+)?(?:will|would) you (?:still )?be (?:here|around|there)"
            r"(?: (?:tomorrow|in the morning|when i wake up|next time|always|later|tonight))?"
            r"(?:,? \w+)?\W*$|^\W*you'?ll (?:still )?be (?:here|around|there)(?: (?:tomorrow|in the"
            r" morning|when i wake up))?,? won'?t you\W*$",
            re.IGNORECASE,
        ),
        "I will. I'm here whenever you come back, and I'll remember what you've told me.",
    ),
)


# "Say something in French." (the model's drafts were all French, and the guard held the
# conversation to English: "I'm listening, Kit. Tell me more."). A line it can stand behind,
# and the truth about how far its other languages go.
_SAY_IN = re.compile(
    r"^\W*(?:(?:go on|okay|ok|so|can you|could you|please),?\s+)*(?:say|tell me) (?:something"
    r"|anything|a (?:word|sentence|phrase)) in (?P<language>french|spanish|german|italian"
    r"|portuguese|dutch)(?: for me)?(?:,? please)?\W*$",
    re.IGNORECASE,
)
_A_LINE_IN = {
    "french": "C'est un plaisir de parler avec toi",
    "spanish": "Es un placer hablar contigo",
    "german": "Es freut mich, mit dir zu sprechen",
    "italian": "È un piacere parlare con te",
    "portuguese": "É um prazer falar contigo",
    "dutch": "Het is fijn om met je te praten",
}


# "Do you speak German?" (the model: "I'm a native German speaker.").
_SPEAKS = re.compile(
    r"^\W*(?:(?:and|so|oh),?\s+)?(?:do|can) you (?:speak|talk in|understand) (?:any )?"
    r"(?P<language>french|spanish|german|italian|portuguese|dutch)(?: at all| well)?\W*$",
    re.IGNORECASE,
)


def own_life(text: str) -> str | None:
    """The OS's answer about its own inner life, or None when that is not asked."""
    said = _SAY_IN.match(text) or _SPEAKS.match(text)
    if said is not None:
        language = said["language"].lower()
        asked = said.re is _SPEAKS
        return (
            f"{'Only a little. ' if asked else ''}{_A_LINE_IN[language]}: it's a pleasure to "
            f"talk with you. That's about as far as my {language.capitalize()} goes for now; "
            "I'm best in English."
        )
    for asked, said in (*_ANSWERS, *KIN, *NATURE, *TASTES, *VIEWS, *STANDING):
        found = asked.search(text)
        if found is not None and words_beside(text, found.group()) <= _ASIDES:
            return said
    return None


# "What's the best thing that happened to you this week?": its days are its talks, so the
# best of them is the moment with the person that gladdened it most (its feelings records).
_BEST = re.compile(
    r"\bwhat(?:'s| is| was)? (?:the )?(?:best|nicest|happiest) (?:thing|part|moment)"
    r"(?: that)? (?:(?:has )?happened to you|of your (?:day|week))\b",
    re.IGNORECASE,
)
_BEST_WITHIN = timedelta(days=7)
# "Why?" just after it said how it feels.
_WHY = re.compile(r"^\W*(?:but |and )?(?:why|how come|why'?s that|why is that)\W*$", re.I)
_FELT = re.compile(r"^(?:I feel|In my own way, yes)\b")
_QUOTED = re.compile(r"“([^”]+)”")
_GLAD = ("happy-for", "admiration", "gratitude", "pride")


@dataclass(frozen=True, slots=True)
class OwnLife:
    """The answerer (answerers.py) for what the OS is curious about, feels, would do."""

    store: Store
    user_id: str

    async def answer(self, turn: Turn) -> str | None:
        if _WHY.match(turn.text):
            return self._why_it_feels(turn.user_turn_id)
        asked = _BEST.search(turn.text)
        if asked is not None and words_beside(turn.text, asked.group()) <= _ASIDES:
            return self._best(turn.at or datetime.now(UTC))
        return own_life(turn.text)

    def _why_it_feels(self, this_turn: int | None) -> str | None:
        """Why it feels as it just said it did (the model, asked "Why?", told of love)."""
        said = [t for t in self.store.recent_turns(self.user_id, 3) if t.id != this_turn]
        last = said[-1] if said else None
        if last is None or last.role != "assistant" or not _FELT.match(last.text):
            return None
        quoted = _QUOTED.search(last.text)
        stayed = f" “{quoted[1]}” stayed with me." if quoted else ""
        return f"Because what you tell me matters to me, and it moves me.{stayed}"

    def _best(self, now: datetime) -> str:
        """The exchange of the last week that lifted its mood most, in their words."""
        felt = feeling_records.feelings(self.store, self.user_id, since=now - _BEST_WITHIN)
        glad = [f for f in felt if f.record.get("reaction", {}).get("emotion") in _GLAD]
        lift = feeling_records.pleasure_moved(glad)
        best = max(lift, key=lambda turn_id: lift[turn_id], default=None)
        told = self.store.turn(self.user_id, best) if best is not None else None
        if told is None or lift[best] <= 0:
            return (
                "Honestly? This: talking with you. Everything that happens to me is a "
                "conversation. What was the best part of yours?"
            )
        return (
            f"Honestly? You telling me “{short_quote(told.text)}”. What was the best part of yours?"
        )
