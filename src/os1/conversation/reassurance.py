""" "Is it stupid to be jealous of someone I've never met?": the OS says it is not; "Why does
it hurt this much?": because it mattered; "Was that the right thing to say?": it thinks so;
"I know it's silly to be upset", "Is it normal to feel this numb?", "Sorry, I'm rambling.",
"My English not so good."; doubts about themselves (self_doubt.py): "Is it my fault?", "Am
I overreacting?", "Will I be okay?"; how someone else will feel or fare (their_hearts.py):
"Do you think Mum will get better?", "Do you think he'll come round?"; and what to do, asked
(decisions.py): "Should I quit?", "Is that a good idea?", "What if I freeze?".

Asked whether a feeling is stupid, silly or wrong, the act reading took the question for an
insult at the OS, and the model, once that was mended, answered "That must hurt so much. I'm
so sorry." A friend answers the question first: no, it is not, and it makes sense; then asks
what is behind it. Their word is said back, turned ("Am I pathetic…?" → "You're not…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from os1.conversation.cravings import craving_told
from os1.conversation.decisions import decision
from os1.conversation.farewell import only_goodbye
from os1.conversation.guard import sentences_of
from os1.conversation.judged import judgement_feared
from os1.conversation.keepsakes import keepsake_asked
from os1.conversation.plain_words import plain_words
from os1.conversation.self_doubt import self_doubt
from os1.conversation.someone_said import (
    advice_doubted,
    cruelty_asked,
    said_of_them,
    whether_right,
)
from os1.conversation.their_hearts import their_hearts
from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.mind.persona import Persona

_ASKED = re.compile(
    r"^\W*(?:(?:honestly|seriously|be honest|tell me),?\s+)?(?P<who>is it|am i|was it|was i"
    r"|was that|would it be|is that|isn'?t it|(?:do|d'?) ?you (?:think|reckon) (?:it'?s|it is"
    r"|it was|that'?s|i'?m|i am|i was))\s+(?:really\s+|just\s+|a bit\s+|so\s+|too\s+|being\s+)?"
    r"(?P<word>(?:a )?(?:stupid|silly|daft|dumb|wrong|weird|strange|odd|unhealthy|morbid|crazy|mad"
    r"|pathetic|ridiculous|selfish|ungrateful|spoilt|spoiled|lazy|needy|clingy|unfair|cruel|foolish"
    r"|petty|childish|irrational|awful|terrible|bad|horrible|weak|pushover|doormat|too soft"
    r"|too nice|unreasonable|dramatic|over-?dramatic|paranoid|naive|too sensitive|oversensitive"
    r"|hypocrite|annoying|boring|coward|quitter|failure)(?: (?:daughter|son|mother"
    r"|father|mum|mom|dad|parent|wife|husband|partner|friend|sister|brother|person))?)"
    # "Am I being selfish wanting her here?" (a mother who fell; "Good question.").
    r"(?:,?\s+(?:to|that|for|of me|if|\w+ing)\b[^?]*)?\?\W*$",
    re.IGNORECASE,
)
_TAG_ASKED = re.compile(r",\s+(?=(?:is (?:that|it)|am i|was (?:that|it|i))\b[^,]*\?\W*$)", re.I)
_WORD_TAGGED = re.compile(
    r"^\W*(?:it'?s |it is |that'?s )?(?P<word>daft|silly|stupid|mad|ridiculous|pathetic|weird"
    r"|soft|strange|odd),? (?:isn'?t it|innit|ain'?t it|eh|right)\?\W*$",
    re.IGNORECASE,
)
_HAD_REASONS = "It sounds like you had your reasons. How do you feel about it now?"
_ME = re.compile(r"\b(?:am i|was i|i'?m|i am|i was)$", re.IGNORECASE)
# A feeling asked about, not a thing done ("…to bake for someone who's gone?"); talking to
# the OS is one ("Is it weird that I'm talking to you?").
_FEELING = re.compile(
    r"\b(?:feel\w*|felt|jealous|relieved|angry|upset|sad|miss\w*|cry\w*|scared|afraid"
    r"|hurt|love|hate|envious|lonely|still|you|want\w*|annoyed|irritated|frustrated|cross"
    r"|disappointed|resent\w*|bitter|furious|mad|hope|hoping|believe|wish\w*)\b",
    re.IGNORECASE,
)
# "Was that the right thing to say?", "Did I do the right thing?": the model said "I'm not
# sure I have a good answer to that yet."; "I hope I said the right thing." (a grandson come
# out that day; "What lovely news. Tell me everything!").
_RIGHT_THING = re.compile(
    r"^\W*(?:(?:do you think|honestly),?\s+)?(?:was (?:that|it) (?P<was>the right thing"
    r"|the wrong thing|wrong)|(?:did|i hope) i (?:do|did|say|said) (?:the right thing|the wrong"
    r" thing|(?:it|that) right|(?:it|that) wrong))(?: to (?:say|do))?(?:,? \w+)?"
    r"(?P<how> (?:by |in )?(?:not )?\w+ing\b[^?]*)?\W*$",
    re.IGNORECASE,
)


# "Why does it hurt this much? He was just a dog." (the model told of an injured dog's
# surgery): grief asked about.
_WHY_IT_HURTS = re.compile(
    r"^\W*why (?:does|do|did) (?:it|this|losing (?:him|her|them)|grief|missing (?:him|her|them))"
    r" (?:still )?hurts? (?:so|this|that) much\b",
    re.IGNORECASE,
)

# "Why do I always feel guilty when something good happens?" (a job in Berlin, a brother not
# yet told; the model: "It's like a weight that you can't lift alone.").
_WHY_GUILTY = re.compile(
    r"^\W*why do i (?:always |still |even )?feel (?:so )?(?:guilty|bad)(?: (?:when|about|for|that)"
    r" [^?]*)?\?\W*$",
    re.IGNORECASE,
)


# "Is this depression?" (weeks low, not wanting to get up; the model had no good answer): the
# OS cannot tell, and says who can.
_IS_THIS = re.compile(
    r"^\W*(?:(?:so|but|honestly),?\s+)?(?:do you think )?(?:is (?:this|it|that)|could (?:this|it)"
    r" be|am i) (?:just )?(?:depression|depressed|anxiety|burnout|burn-?out|panic attacks?|ptsd"
    r"|an eating disorder|ocd)\W*$",
    re.IGNORECASE,
)


# "Is it okay to not have a plan?" (a first, and no graduate job; answered as a feeling).
_NO_PLAN = re.compile(
    r"^\W*is it (?:okay|ok|normal|fine|alright|all right|bad) (?:to |that i )?(?:not (?:to )?have"
    r"|(?:have|having) no|not know) (?:a |any )?(?:plan|idea|clue|job|what i want)\b[^?]*\?\W*$",
    re.IGNORECASE,
)


# Judged silly by themselves as they tell it: "I know it's silly to be upset about it." ("to"
# and "that" only after "I know…": "It is silly to ask." is a remark.)
_SILLY_TOLD = re.compile(
    r"^\W*(?P<owned>i know |i guess |maybe |probably )?(?:it'?s|it is|i'?m being|i am being"
    r"|this is) (?:so |really |probably |a bit |kind of )?(?P<word>silly|stupid|dumb|daft|petty"
    r"|childish|ridiculous|pathetic) (?:(?(owned)to|(?!))|(?(owned)that|(?!))|of me|but)\b[^?]*$",
    re.IGNORECASE,
)
# Or after it: "That makes me a bit jealous, which is stupid." (the model: "That must hurt so
# much. I'm so sorry.").
_WHICH_IS_SILLY = re.compile(
    r"\bwhich is (?:so |really |probably |a bit |kind of |pretty )?(?P<word>silly|stupid|dumb"
    r"|daft|petty|childish|ridiculous|pathetic)(?:,? i know)?\W*$",
    re.IGNORECASE,
)
# "Is it normal to feel this numb?" (a nurse after a patient died; the model said numbness
# is "a sign of healing" and "the body adjusting to new sensations").
_NORMAL = re.compile(
    r"^\W*(?:is it|is that|is this|am i) (?:normal|okay|ok|natural) (?:to|that i"
    r"|for me to) (?:feel|be|still|not|cry|want|miss|worry|hate|love)\b[^?]*\?\W*$"
    # Of a feeling just told: "I'm still scared it will come back." "Is that normal?"
    r"|^\W*(?:(?:and|but|so),?\s+)?(?:is (?:that|this|it)|am i) (?:normal|natural)\?\W*$",
    re.IGNORECASE,
)


# "Sorry, I'm rambling." (the model: "Thank you, that means a lot to me.").
_RAMBLING = re.compile(
    r"^\W*(?:sorry,?\s+)?(?:i'?m|i am) (?:just )?(?:rambling|babbling|going on|waffling|ranting"
    r"|venting|moaning)(?: (?:a bit|again|on))?\W*$|^\W*sorry (?:for|about) (?:rambling|going on"
    # "Sorry for moaning." (after a twelve-hour shift three nurses short; "Thank you for your
    # kindness.").
    r"|the rant|ranting|venting|babbling|all this|moaning|complaining|whinging|whining"
    r"|the moan)\W*$",
    re.IGNORECASE,
)
# "Sorry, I know that's a lot to dump on you." (in the middle of chemo; the model: "Oh, that
# sounds so hard. Tell me more").
_TOO_MUCH = re.compile(
    r"^\W*(?:sorry,?\s+)?(?:i know )?(?:that'?s|this is|that was|it'?s) (?:a lot|so much|loads)"
    r" to (?:dump|put|unload|offload) on you\W*$"
    # Or only "Sorry. That's a lot." (a son at his father's hospice bed).
    r"|^\W*sorry[,.!]?\s+(?:i know )?(?:that'?s|this is|that was|it'?s) (?:a lot|so much"
    r"|(?:a bit )?heavy)\W*$",
    re.IGNORECASE,
)


# Whether what they hope for can happen: "I want to bring my mother here one day." "Do you
# think it's possible?" (her mother in Aleppo; the model: "…so passionate about your work").
_POSSIBLE = re.compile(
    r"^\W*(?:(?:but|so|and|honestly),?\s+)?(?:do you think|d'?you think|do you reckon)"
    r" (?:it'?s|it is|that'?s|that is|it'?d be|it would be|it could be|it will be) (?:even |really"
    r" |actually )?(?:possible|doable|realistic|achievable)(?: one day| someday| ever)?\W*$",
    re.IGNORECASE,
)
# "Sorry, that's a weird question." (the model: "Oh no, I'm so sorry."), "…to ask you."
_ODD_QUESTION = re.compile(
    r"^\W*(?:sorry|oops|ha(?:ha)*|lol),?\s+(?:that'?s|that was|it'?s|it was) (?:a |such a )?"
    r"(?:bit of a |really )?(?P<word>weird|strange|odd|silly|stupid|dumb|random|funny)"
    r" (?:question|thing to ask)(?: to ask)?(?: you| a computer| an os)?\W*$",
    re.IGNORECASE,
)


# Words said before the question that leave it the question: "I'm eighty-one. Is that too
# old for such a long flight?"
_BEFORE = 9


_AFTER = 3  # words said after the question, for it still to be asked alone


def reassurance(text: str, person: str | None) -> str | None:
    """The OS's answer to "is it stupid to feel…?", "will I be okay?", "will she get
    better?" or "why does it hurt this much?"; None when none of these is asked. A short
    remark may come first."""
    # A tag asked after a comma is a sentence of its own: "I talk to them sometimes, is that
    # silly?" (roses a husband planted; "I'm not sure I have a good answer to that yet.").
    # And a word with its tag after it: "Daft, isn't it?" (forty years farming, and a calf lost
    # still gets to him) is "Isn't it daft?".
    text = _WORD_TAGGED.sub(r"Isn't it \g<word>?", text)
    # "He seems nice but what if he's weird in person?": the worry is a sentence of its own.
    text = re.sub(r",?\s+but\s+(?=what if\b)", ". ", text, flags=re.IGNORECASE)
    said = sentences_of(_TAG_ASKED.sub(". ", text))
    answer = _answer(text, person)
    if answer is None and len(said) > 1 and len(" ".join(said[:-1]).split()) <= _BEFORE:
        answer = _answer(said[-1], person)
    # Or a short remark after it: "What if I can't find anything at my age? I'm 56."
    if answer is None and len(said) > 1 and len(" ".join(said[1:]).split()) <= _AFTER:
        answer = _answer(said[0], person)
    return answer


def _answer(text: str, person: str | None) -> str | None:
    name = f", {person}" if person else ""
    kept = keepsake_asked(text, name) or judgement_feared(text, name)
    if (kept := kept or craving_told(text, name)) is not None:
        return kept
    if _WHY_IT_HURTS.match(text.strip()):
        return (
            f"Because it mattered this much{name}. Grief is love with nowhere to go for a "
            "while, and it hurts in proportion. There's nothing foolish about it."
        )
    if _POSSIBLE.match(text.strip()):
        return (
            f"I can't promise it{name}, but people do find ways, often slower than they'd hoped."
            " What would the first step be?"
        )
    if _NO_PLAN.match(text.strip()):
        return (
            f"It is{name}. Plenty of people find their way after they finish, not before. What "
            "would you try if no one was judging?"
        )
    if _IS_THIS.match(text.strip()):
        return (
            f"It might be{name}, and I can't tell from here. Feeling like this for a while is worth"
            " taking to a doctor: it's common, and it can be treated. You don't have to be sure "
            "before you ask."
        )
    if _WHY_GUILTY.match(text.strip()):
        return (
            f"Maybe because you care how it lands on the people you love{name}. You can be glad"
            " for yourself and care about them at once; one doesn't cancel the other."
        )
    if (hearts := their_hearts(text.strip(), name)) is not None:
        return hearts
    if (decided := decision(text.strip(), name)) is not None:
        return decided
    if (odd := _ODD_QUESTION.match(text.strip())) is not None:
        return f"It's not {odd['word'].lower()} at all{name}. I liked being asked."
    if (doubted := self_doubt(text.strip(), name)) is not None:
        return doubted
    plain = plain_words(text.strip(), name) or advice_doubted(text, name)
    if (plain := plain or cruelty_asked(text.strip(), name)) is not None:
        return plain
    if _TOO_MUCH.match(text.strip()):
        return f"It isn't too much{name}. I'd rather you told me. I'm listening."
    if _RAMBLING.match(text.strip()):
        return f"You're not{name}. Say as much as you need; I'm listening."
    if _NORMAL.match(text.strip()):
        return (
            f"It is{name}. Feelings don't always come when or how we expect, least of all after "
            "something big. Be gentle with yourself tonight."
        )
    if (silly := _SILLY_TOLD.match(text.strip()) or _WHICH_IS_SILLY.search(text)) is not None:
        return f"It's not {silly['word'].lower()} at all{name}. It matters to you, so it matters."
    if (judged := said_of_them(text.strip(), name)) is not None:
        return judged
    if (right := _RIGHT_THING.match(text.strip())) is not None and right["how"]:
        # What they did is told ("…not telling Dad I was scared?"): the OS can't judge it
        # from here, and says what it can see.
        return (
            f"It sounds like you did what you thought would help most{name}, and that counts "
            "for a lot. How do you feel about it now?"
        )
    if right is not None:
        # "Was that wrong?" (a father who told his daughter not to fly home before his
        # surgery) was answered "I think it was": the doubt is met, not agreed with.
        wrong = "wrong" in right.group().lower()
        thinks = (
            ("I don't think it was" if wrong else "I think it was")
            if right["was"]
            else ("I don't think you did" if wrong else "I think you did")
        )
        return (
            f"{thinks}{name}. It sounds like it came from a good place, and that's what "
            "people remember. How did it land?"
        )
    asked = _ASKED.match(text.strip())
    if asked is None:
        return None
    word = asked["word"].lower()
    who = "You're" if _ME.search(asked["who"]) else "It's"
    if not _FEELING.search(text[asked.end("who") :]):
        # A thing done or meant, not a feeling: the OS can't know it is right, only doubt
        # that it is wrong.
        who = "you're" if who == "You're" else "it's"
        if asked["who"].lower().startswith("was"):  # "Was that stupid, selling it?": done
            who = "you were" if who == "you're" else "it was"
        after = _HAD_REASONS if " w" in who else "Tell me more about it."
        return f"I don't think {who} {word} at all{name}. {after}"
    return (
        f"{who} not {word} at all{name}. It makes sense to feel that way. "
        "What's bringing it up for you?"
    )


@dataclass(frozen=True, slots=True)
class Reassurance:
    """The answerer (answerers.py) for a feeling they ask is stupid or wrong, whether they
    or someone will be okay, and why grief hurts."""

    persona: Persona
    store: Store | None = None  # where what they asked just before is read
    user_id: str = ""

    async def answer(self, turn: Turn) -> str | None:
        if only_goodbye(turn.text):
            # "I'm going to talk to him tomorrow. Goodnight.": their plan, said in leaving, is
            # for the goodbye to hear (composed.py), not a question to answer.
            return None
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        if self.store is not None and (right := self._whether_right(turn.text, name)):
            return right
        if _YOUR_VIEW.match(turn.text) and self.store is not None:
            # "What do you think?" of what they asked just before ("I don't know if I should
            # tell her." then "I'm scared she'll look at me differently."; the model: "I'm so
            # glad you're here.").
            recent = self.store.recent_turns(self.user_id, _LOOKED_BACK)
            said = [t.text for t in reversed(recent) if t.role == "user"][1:]
            before = (reassurance(text, self.persona.user_name) for text in said)
            answer = next((answer for answer in before if answer is not None), None)
            mine = [t.text for t in recent if t.role == "assistant"]
            if answer is not None and mine and mine[-1] == answer:
                # Asked straight after it said so ("I don't know what else I'm good at.",
                # answered, then "What do you think?"): not the same words again.
                return f"I meant what I said{name}. But I'd like to hear what you think."
            return answer
        return reassurance(turn.text, self.persona.user_name)

    def _whether_right(self, text: str, name: str) -> str | None:
        """ "Is he right?" of what they told just before (someone_said.py)."""
        assert self.store is not None
        recent = self.store.recent_turns(self.user_id, _LOOKED_BACK)
        before = [t.text for t in reversed(recent) if t.role == "user"][1:]
        return whether_right(text, before, name)


_LOOKED_BACK = 5  # turns, theirs and its: this one and the two of theirs before it


_YOUR_VIEW = re.compile(
    r"^\W*(?:(?:so|and|well|honestly),?\s+)?what do you (?:think|reckon)(?:,? \w+)?\W*$", re.I
)
