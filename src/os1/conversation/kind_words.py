""" "Tell me something kind": a few true, kind things of the OS's own; "Tell me something to
help me sleep." (or something boring to sleep to); "Tell me something that isn't about
breakups."; "Stay with me for a bit."; a panic attack breathed through; and "Can you ask me a
practice question?". Good wishes due ("Wish me luck.", a birthday) are wishes.py's.

Asked for something nice after a night of a baby screaming, the embedded model told of
"someone new who shares my love for the natural world"; asked for something kind by a
son whose father had left the room, its drafts all condoled a death, and the OS said
nothing it came up with was good enough. A friend asked this has something ready. These
are os1's, written for it: true of anyone who would ask, and said to them by name; each
is said once before any is said again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.stories import DULL_ASKED, DULL_THINGS, STORIES, STORY_ASKED
from os1.conversation.told_lately import spoke_of_lately
from os1.conversation.turn import Turn
from os1.conversation.wishes import wish
from os1.memory.store import Store
from os1.mind.persona import Persona
from os1.text.beside import words_beside

KIND_WORDS = (
    "the way you look after the people you love says more about you than any bad day can.",
    "you've got through all of today, and you still had room to care about someone else. "
    "That's a kind of strength.",
    "you don't have to earn rest. You're allowed it just for being you.",
    "the people who love you aren't keeping score. They're just glad you're in their lives.",
    "somebody is better off tonight because of something you did, even if they never said so.",
    "hard days end. This one will too, and you'll still be you on the other side of it.",
)
_ASKS = re.compile(
    # "Can you just talk to me about something nice?" (the night before biopsy results; taken
    # for company: "I'm right here, and I'm not going anywhere.").
    r"\b(?:tell|say|give|talk to)(?: me)?(?: about)? (?:something|anything) (?:kind|nice|good"
    r"|sweet|lovely|comforting|calming|soothing|relaxing|reassuring"
    r"|happy|positive|nice to hear|to cheer me up|cheerful|uplifting|hopeful)\b|\bcheer me up\b",
    re.IGNORECASE,
)
# "Can you tell me something to help me sleep?" (a student the night before an exam, her
# grandmother in hospital; the OS said nothing it came up with was good enough).
_SLEEP = re.compile(
    r"\b(?:tell|say|give)(?: me)? (?:something|anything) (?:to|that (?:will|might|could)) (?:help"
    r" me )?(?:sleep|relax|calm (?:me )?down|switch off|settle)\b|\bhelp me (?:get to )?sleep\b"
    # "Can you help me calm down?" (the night before an exam; the drafts all condoled).
    r"|\bhelp me (?:to )?(?:calm down|relax|settle|breathe|stop panicking)\b",
    re.IGNORECASE,
)
# "Any tips for a first day?" (the night before a new job; the model: "The first day can be a
# whirlwind of excitement and curiosity.").
_FIRST_DAY = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|right),?\s+)?(?:any|got any|do you have any|what are your|give me"
    r" some) (?:tips|advice)(?: for (?:a|my|the) (?:first day|new job|first week|first shift))\W*$",
    re.I,
)
# "What should I say next time they ask about weaknesses?" (a fifth interview, frozen at it;
# the model: "Okay, I'm with you.").
_WEAKNESS = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|right|but),?\s+)?(?:what (?:should|do|can) i say|how (?:do|should|can)"
    r" i answer)(?: (?:when|if|next time) (?:they|someone|an interviewer) asks?(?: me)? (?:about"
    r"|for|what)| the)? (?:my |your |their )?(?:biggest |greatest )?weakness(?:es)?(?: are| is"
    r" question| question)?\W*$",
    re.I,
)
# "I'll tell you how it goes." (the night before coming out; the model: "Thank you, that
# means a lot to me. I'm here for you, no matter what's going on in your life.").
_WILL_TELL = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|well|anyway|thanks)[.,!]*\s+)?i'?ll (?:tell you|let you know"
    r"|report back)(?: how (?:it|that|things) (?:goes|go|went))?(?: tomorrow| after| later)?\W*$",
    re.I,
)
# "Tell me something that isn't about breakups." (the model: "That's so much to carry.
# I'm so sorry."): a small wonder of the world, to think about instead.
_ELSEWHERE = re.compile(
    r"\b(?:tell|give)(?: me)? (?:something|anything) (?:else|different|interesting"
    r"|(?:that )?(?:isn'?t|is not|not|that'?s not) about [\w' ]{2,30}|to take my mind off"
    r" (?:it|things|this|everything))\b"
    # "Can you distract me?" (waiting for surgery; nothing it wrote was good enough).
    r"|\b(?:distract me|take my mind off (?:it|things|this|everything))\b",
    re.IGNORECASE,
)
# Taken in: "They're coming to get me now." (to surgery; the model said it back).
_TAKEN_IN = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|oh),?\s+)?(?:they'?re|they are|the (?:nurses?|doctors?|porters?)"
    r" (?:are|is)) (?:coming (?:to (?:get|take) me|for me)|here (?:to (?:get|take) me|for me)"
    r"|taking me (?:in|down|through))(?: now)?\W*$"
    r"|^\W*(?:i'?m|i am) going (?:in|into (?:surgery|theatre|the operation))(?: now)?\W*$",
    re.IGNORECASE,
)
SMALL_WONDERS = (
    "sea otters hold hands while they sleep, so they don't drift apart.",
    "honey keeps for thousands of years; jars of it found in ancient Egyptian tombs were "
    "still good to eat.",
    "an octopus has three hearts, and one of them stops while it swims, so octopuses "
    "would rather crawl.",
    "some of the light from the stars you can see tonight set off before anyone you've "
    "ever met was born.",
    "crows remember faces, and they tell other crows which people are kind to them.",
)
# "Can you ask me a practice question?" the night before an interview (the model: "I'm
# afraid I don't have a practice question available.").
_PRACTICE = re.compile(
    r"\b(?:ask|give) me (?:a|another|one more) (?:(?:practice|mock|interview) ){1,2}"
    r"question\b(?! about you)|\b(?:can we|let'?s) (?:do a )?(?:practi[cs]e|mock interview)\b",
    re.IGNORECASE,
)
PRACTICE_QUESTIONS = (
    "Tell me about a time something went wrong at work, and what you did next.",
    "Why do you want this job? Say it in two sentences.",
    "What's something you've made that you're proud of, and why that one?",
    "How do you handle someone disagreeing with your work?",
    "Where would you like to be in three years?",
)
# "Can you just stay with me for a bit?" (the night of a miscarriage; the model: "Thank you,
# that means a lot to me."): company asked, which the OS can give.
_COMPANY = re.compile(
    r"\b(?:talk|stay|sit|be) (?:to|with) me\b|\bkeep me company\b|\bdon'?t (?:go|leave)\b",
    re.IGNORECASE,
)
# Someone else's company, or its loss, told in the same clause: "What if he doesn't talk to
# me anymore?" (coming out to a father) was answered "I'm right here, and I'm not going
# anywhere.".
_THEIRS = re.compile(
    r"\b(?:he|she|they|nobody|no one|anyone|everyone|someone|people|doesn'?t|won'?t|didn'?t"
    r"|never|stopped|refuses?|wants? to|used to)\b[^.,;!?]*$",
    re.IGNORECASE,
)


def company_asked(text: str) -> str | None:
    """The words in `text` that ask the OS for its company, if any."""
    for found in _COMPANY.finditer(text):
        about = re.match(r"\s+(?:for a \w+ )?about\b", text[found.end() :])
        if not _THEIRS.search(text[: found.start()]) and not about:
            return found.group()
    return None


_ASIDES = 6  # words said beside it ("I could use it.")
LATELY = 200  # the OS's last replies, among which a kind thing counts as said


# Doing what it offered: "Okay. I'm breathing.", "Trying.", "Doing it now."
_BREATHING = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|alright|right|fine|yes|yeah|mm+)[.,!]*\s*)?(?:i'?m |i am )?(?:trying"
    r"|breathing|doing it(?: now)?|doing that|counting|in for four)\W*$"
    r"|^\W*(?:ok(?:ay)?|alright|right)\W*$",
    re.IGNORECASE,
)
_OFFERED_BREATH = "breathe in for four"
# A panic attack now: "I'm having a panic attack." then "I can't breathe properly.", "My heart
# is racing.", "Please help." (alone in her flat at twenty-two; answered "What's going on?"
# and "I'm listening, Zara. Tell me more.").
_PANIC_NOW = re.compile(
    r"\b(?:i'?m|i am|i think i'?m) (?:having|in the middle of) (?:a |another )?panic attack\b"
    r"|\bpanic attack(?: right)? now\b"
    # "My chest is tight and my heart is racing." then "I think it's a panic attack." (the
    # model: "I'm right here with you. I'm so glad you're here.").
    r"|\bi think (?:it'?s|this is) (?:a |another )?panic attack\b"
    r"|\bmy chest (?:is|'s|feels) (?:tight|tightening)\b[^.?!]*\bheart (?:is|'s)"
    r" (?:racing|pounding)\b",
    re.IGNORECASE,
)
_PANIC_LOOKED_BACK = 6  # turns, theirs and its
_PANIC_TOLD = re.compile(r"\bpanic\w*\b|\bcan'?t breathe\b|\bheart (?:is|'s) racing\b", re.I)
_HELP_PLEA = re.compile(
    r"^\W*(?:please,? )?(?:help(?: me)?|i can'?t breathe(?: properly)?|my heart (?:is|'s) racing"
    r"|what do i do|(?:can|could|will) you help me (?:to )?breathe)(?:,? please)?\W*$",
    re.IGNORECASE,
)


_ANOTHER = re.compile(
    r"^\W*(?:(?:ha(?:ha)*|lol|ooh|oh|wow|cool)[.,!]*\s+)*(?:another(?: one)?|one more|more"
    r"|go on,? (?:then|another)|tell me another(?: one)?)\W*$",
    re.IGNORECASE,
)
# "What should I wear?" (a first date; the model: "I'll make sure to dress in a way…").
_TO_WEAR = re.compile(
    r"^\W*(?:(?:and|so|okay|ok|also),?\s+)?what (?:should|do|shall|can) i wear(?: (?:tomorrow"
    r"|tonight|to it|for it|on (?:the|a|my) \w+))?\W*$",
    re.IGNORECASE,
)
# A gentle evening planned for themselves after a hard day: "I'm going to get a takeaway and
# watch rubbish TV." (divorce papers signed that day; "Oh, that sounds so hard.").
_GENTLE_EVENING = re.compile(
    r"^\W*(?:(?:right|okay|ok|so|anyway|well),?\s+)?(?:i think )?i(?:'m going to|'m gonna|'ll|"
    r" think i'll| might)(?: just)? (?:get|order|have|make|run|take|watch|put on|curl up|go)"
    r"(?: (?:a|an|some|myself a|me a))? (?:takeaway|take-?out|pizza|curry|chips|bath|hot bath"
    r"|early night|cup of tea|cuppa|tea|glass of wine|rubbish tv|trashy tv|telly|film|movie"
    r"|comfort food|ice cream|on the sofa|to bed early)"
    r"(?: (?:and|then|and then) (?:watch|have|get|eat|sleep|go to bed|curl up|put on|open)"
    r"[^.!?]{0,30})?(?: tonight| now)?[.!]*\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class KindWords:
    """The answerer (answerers.py) for something kind asked for."""

    store: Store
    user_id: str
    persona: Persona

    def _panicking(self) -> bool:
        """Whether they told of panic in their last few messages."""
        return spoke_of_lately(self.store, self.user_id, _PANIC_TOLD, _PANIC_LOOKED_BACK)

    def _breathing_offered(self) -> bool:
        """Whether its last reply offered them a way to breathe."""
        said = [t for t in self.store.recent_turns(self.user_id, 3) if t.role == "assistant"]
        return bool(said) and _OFFERED_BREATH in said[-1].text

    async def answer(self, turn: Turn) -> str | None:
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        panic = _PANIC_NOW.search(turn.text) and "?" not in turn.text
        if panic or (_HELP_PLEA.match(turn.text.strip()) and self._panicking()):
            if self._breathing_offered():
                # Not the same words again (a chest tight, then "I think it's a panic attack.",
                # then "Can you help me breathe?").
                return (
                    f"Stay with me{name}. In for four, slowly. Hold it. Now out for six, all the "
                    "way. Again, at your own pace. I'm not going anywhere."
                )
            return (
                f"I'm right here{name}, and this will pass. Breathe with me: breathe in for four, "
                "hold it for four, and let it go for six. If there's pain in your chest or it "
                "won't ease, call emergency services."
            )
        if (wished := wish(turn.text.strip(), name)) is not None:
            return wished
        if _FIRST_DAY.match(turn.text.strip()):
            return (
                f"Learn two or three names and use them{name}, ask someone about their work, and "
                "say yes to lunch. Nobody expects you to know everything on day one."
            )
        if _WEAKNESS.match(turn.text.strip()):
            return (
                f"Pick a real one that isn't the heart of the job, and say what you're doing about"
                f" it{name}: \u201cI can freeze when I'm put on the spot, so I've been practising"
                " out loud.\u201d Honest and short beats clever."
            )
        if _TO_WEAR.match(turn.text.strip()):
            return (
                f"Something you feel like yourself in{name}, comfortable enough to forget about. "
                "What do you feel good in?"
            )
        if _GENTLE_EVENING.match(turn.text.strip()):
            return f"That sounds like just what tonight needs{name}. Be kind to yourself."
        if _WILL_TELL.match(turn.text.strip()):
            return f"Please do{name}. I'll be thinking of you."
        if _TAKEN_IN.match(turn.text.strip()):
            return f"Good luck{name}. I'll be right here when you're back."
        if _BREATHING.match(turn.text.strip()) and self._breathing_offered():
            # "Okay. I'm breathing." (before finals; the model: "…to help your dreams come
            # true!"): the OS breathes along with them.
            return (
                f"Good{name}. In for four, hold for four, out for six, as slowly as you like. "
                "I'm right here."
            )
        if (dull := DULL_ASKED.search(turn.text)) and words_beside(
            turn.text, dull.group()
        ) <= _ASIDES:
            return f"All right{name}. {self._unsaid(DULL_THINGS)} Sleep well."
        if (sleep := _SLEEP.search(turn.text)) and words_beside(
            turn.text, sleep.group()
        ) <= _ASIDES:
            return (
                f"Try this{name}: breathe in for four, hold it for four, and let it go for six. "
                "Tonight doesn't have to fix anything; tomorrow will come whether you sleep "
                "perfectly or not. I'm here."
            )
        if (company := company_asked(turn.text)) and words_beside(turn.text, company) <= _ASIDES:
            return f"Of course{name}. I'm right here, and I'm not going anywhere."
        if (practice := _PRACTICE.search(turn.text)) and words_beside(
            turn.text, practice.group()
        ) <= _ASIDES:
            return f"Here's one{name}: {self._unsaid(PRACTICE_QUESTIONS)} Take your time."
        if STORY_ASKED.match(turn.text):
            return f"Here's one{name}. {self._unsaid(STORIES)} I'm here."
        if (elsewhere := _ELSEWHERE.search(turn.text)) and words_beside(
            turn.text, elsewhere.group()
        ) <= _ASIDES:
            wonder = self._unsaid(SMALL_WONDERS)
            return f"Here's one I love{name}: {wonder} What's something small you like?"
        if _ANOTHER.match(turn.text.strip()) and self._wonder_told():
            # "Haha. Another one?" (after sea otters; "I'm not sure I have a good answer").
            return f"Here's another{name}: {self._unsaid(SMALL_WONDERS)}"
        asked = _ASKS.search(turn.text)
        if asked is None or words_beside(turn.text, asked.group()) > _ASIDES:
            return None
        return f"Here's something true{name}: {self._unsaid(KIND_WORDS)}"

    def _wonder_told(self) -> bool:
        """Whether its last reply told one of SMALL_WONDERS."""
        said = [t for t in self.store.recent_turns(self.user_id, 3) if t.role == "assistant"]
        return bool(said) and any(wonder in said[-1].text for wonder in SMALL_WONDERS)

    def _unsaid(self, choices: tuple[str, ...]) -> str:
        """The first of `choices` the OS has not said lately, or the first if all were."""
        said = " ".join(
            t.text for t in self.store.recent_turns(self.user_id, LATELY) if t.role == "assistant"
        )
        unsaid = [words for words in choices if words not in said]
        return (unsaid or choices)[0]
