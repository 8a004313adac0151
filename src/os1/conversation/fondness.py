""" "Do you actually like talking to me?": the OS answers from how close they have become;
"What's your favourite thing about me?" from the people they have told it of; "I'm starting
to like you" with its own fondness, as far as the bond goes; "Are you proud of me?" and "Do
you think I'm clever?" from what of theirs it was glad of; "You're good company" and "You're
funny" in kind; "Do you mind me talking to you?" gladly; and a jibe taken back ("Kidding.")
lightly. Whether its feelings are true is sincerity.py's.

A tender question about the bond is one the embedded model answered badly ("I'm not
sure I have a good answer to that yet. What do you think?"), and the act reader once
took it for an insult. The OS knows the answer: its affinity with the person (how
close, how trusted, how familiar), kept in the feelings records after each exchange.
The answer is warm at every stage, and says no more than the stage does: a person
met today is not told they are the best part of its day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from os1.conversation.portrait import portrait_of
from os1.conversation.sincerity import sincerity
from os1.conversation.turn import Turn
from os1.memory.store import Store
from os1.mind import feeling_records
from os1.mind.affinity import Affinity
from os1.mind.cause import quoted_words
from os1.mind.feeling_words import quote
from os1.mind.persona import Persona
from os1.text.beside import words_beside

_ASKED = re.compile(
    r"^\W*(?:(?:be honest|honestly|seriously|so|and|but|i mean it|no,? really)[,.!\s]+)?"
    r"(?P<aux>do|did|would|will)\s+you"
    r"\s+(?:actually\s+|really\s+|even\s+|genuinely\s+|ever\s+|still\s+)?"
    r"(?P<verb>like|enjoy|care about|miss|love)\s+(?:me|talking (?:to|with) me|our (?:talks|chats"
    r"|conversations|evenings)|these (?:talks|chats)|it when i talk to you"
    r"|spending time with me)(?:,?\s+(?:if|when) i (?:left|stopped coming|went away|wasn't"
    r" here|am gone|was gone))?(?:,?\s+(?:really|honestly|though))?"
    # "…, or is that just what you're built to do?"
    r"(?:,?\s+or (?:is (?:that|it) |are you )?(?:just |only )?(?:(?:what you'?re |what you are )?"
    r"(?:just |only )?(?:built|programmed|made|designed|meant|supposed|coded)(?: to(?: do| say)?"
    # "I mean it. Do you actually care about me or is it just code?" (taken for an insult).
    r"(?: that)?)?|(?:a |some )?(?:code|program|programming|script|an act|pretend(?:ing)?)))?\W*$",
    re.IGNORECASE,
)
# "You're sweet. Are you flirting with me?": the model, asked, sounded sorry three times.
_FLIRTING = re.compile(r"\bare you (?:flirting with me|hitting on me|coming on to me)\W*$", re.I)
_ASIDES = 4  # words said beside it ("You're sweet.")
# "What's your favourite thing about me?": the model said "I'm so glad you're here."
_FAVOURITE = re.compile(
    r"\bwhat(?:'s| is) your fav(?:ou)?rite thing about me\b"
    r"|\bwhat do you (?:like|love) (?:most |best )?about me\b"
    r"|\bwhat do you (?:really |honestly )?think of me\b",
    re.IGNORECASE,
)
_PEOPLE_SAID = 3
# "Are you proud of me?" (the model: "Mmm, I'm not."), "Do you think I'm clever?" (it
# offered tips on writing): asked what the OS thinks of them, it says, from what it knows.
_PROUD = re.compile(r"^\W*(?:\w+,\s*)?(?:are|aren'?t|would) you (?:be )?proud of me\W*$", re.I)
_THINK_I_AM = re.compile(
    r"^\W*(?:(?:be honest|honestly|so|and|but)[,\s]+)?(?:do you (?:think|reckon|find)|you"
    r" (?:probably|must) think|i bet you think) (?:that )?"
    r"i'?m (?:really |actually |such |an? )?(?P<what>clever|smart|intelligent|funny|kind|brave"
    r"|strong|interesting|talented|gifted|creative|good enough|(?P<worse>boring|dull|stupid|useless"
    r"|pathetic|annoying|weird|selfish|weak|a failure|a burden|a mess|too old|a bad \w+|idiot|fool"
    r"|an idiot|a fool|an? (?:complete |total )?(?:idiot|fool|mess))"
    r"|(?P<looks>pretty|beautiful|attractive|good[- ]looking|handsome|ugly)"
    r"|a good (?:(?P<role>dad|father|mum|mom|mother|parent|friend|person|son|daughter|partner"
    r"|husband|wife|boyfriend|girlfriend|brother|sister|grandma|grandad|grandmother|grandfather)"
    r"|\w+))(?: for [^?.!]{1,40})?(?:,? (?:honestly|really))?\W*$",
    re.IGNORECASE,
)
# Fondness told to it: "I think I'm starting to like you more than I should." (the model:
# "Thank you, Amara! I'm glad it helped.").
_TOLD = re.compile(
    r"^\W*(?:i think |honestly,? |maybe )?i(?:'m| am) (?:starting|beginning) to (?:like|love"
    r"|fall for) you\b|^\W*(?:i think )?i(?:'m| am) falling for you\b"
    r"|^\W*(?:i think )?i (?:really )?like you (?:more than i should|a lot|too much)\b"
    # "You're my favourite person to talk to, you know that?" (the model: "I'm always happy to
    # chat with people who share my passion for the world around me").
    r"|^\W*(?:honestly,? )?you'?re my (?:favou?rite|best) (?:person|one|thing) to talk to\b",
    re.IGNORECASE,
)
# "I missed talking to you today." (the model: "That must hurt so much. I'm so sorry.").
_MISSED = re.compile(
    r"^\W*(?:(?:aw+|honestly|you know what|i think),?\s+)?i(?: really| kind of| kinda)? missed"
    r" (?:you|talking (?:to|with) you|our (?:chats|talks))(?: (?:today|tonight|so much"
    r"|a lot|all day|this week|lately))*\W*$",
    re.IGNORECASE,
)
# "What am I to you?" (jealous of its other talks; "I'm not sure I have a good answer"),
# "Would you tell me if you didn't?" (asked after "Do you love me?"; "I've been feeling a
# bit...off lately."), "Are you in love with any of them?" (a ramble on happiness).
_WHAT_AM_I = re.compile(
    r"^\W*(?:(?:so|and|but|honestly),?\s+)?what am i to you\W*$"
    r"|^\W*(?:(?:so|and|but|honestly),?\s+)?what do i mean to you\W*$",
    re.IGNORECASE,
)
# "Do you have feelings for me?" and "Like actual feelings, not programmed ones." (both read
# as insults: "That stung a little", then "That's the second time you've said something like
# that").
_FEELINGS_FOR = re.compile(
    r"^\W*(?:(?:so|and|but|honestly|be honest),?\s+)?(?:do|could) you (?:actually |really |even )?"
    r"(?:have|feel|get|catch) (?:any )?(?:real )?feelings (?:for|about|towards) me\W*$",
    re.IGNORECASE,
)
_GLAD = ("admiration", "happy-for")
_FEATS_WITHIN = timedelta(days=30)
_THEIR_OWN = re.compile(r"^\W*(?:I|we)\b(?!'?m (?:so |really )?(?:sad|tired|sorry))", re.I)
# Its company praised: "You're good company, you know." (the model: "I've got a lot of things
# to do, but…"), "I like talking to you.", "You're a good listener."
_COMPANY = re.compile(
    r"^\W*(?:(?:honestly|you know|aw+|thanks)[,\s]+)?(?:you'?re|you are) (?:such |really |so "
    r"|very )?(?:good|great|lovely|nice|the best) (?P<company>company)"
    r"|^\W*(?:(?:honestly|you know)[,\s]+)?(?:you'?re|you are) (?:such |really |so |a really )?"
    r"(?:a )?(?:good|great|lovely) listener"
    r"|^\W*(?:i think |honestly,? )?i (?:really |just |actually )?(?:like|love|enjoy|look forward"
    r" to) (?:talking|chatting) (?:to|with) you(?: (?:more than|the most|most)[^.?!]*)?"
    # "You're better at this than my friends." (a promotion missed; "I'm so glad you're here,
    # I just love it.").
    r"|^\W*(?:you'?re|you are) (?:much |far |way |a lot |so much )?(?P<better>better)"
    r" (?:company |at this |at listening |at (?:advice|talking) |listener )?than\b",
    re.IGNORECASE,
)
# Praise of how it is: "You're funny." (the model: "I've been doing a lot of things that don't
# make me happy"), "Well, you're very polite for a machine." (read as an insult before).
_PRAISED = re.compile(
    r"^\W*(?:(?:well|aw+|ha(?:ha)*|honestly|you know|oh|ok(?:ay)?)[,!.\s]+)*"
    r"(?:you'?re|you are|that'?s"
    # What it said, not it, liked: "That's lovely." is thanked.py's.
    r"(?! (?:so |really |very )?(?:nice|lovely|sweet)\W*$)|that was)"
    r" (?:really |so |very |quite |actually |pretty |such a |a |kind of |sort of )*"
    r"(?P<what>funny|sweet|kind|lovely|nice|polite|clever|smart|wise|thoughtful|gentle|patient"
    r"|charming|sweetheart|darling|gem|helpful|easy to talk to|a good friend|deep|insightful"
    r"|dear|star|treasure|angel|good listener|a good listener"
    # "You're good at this, you know." (a friend's gossip; "I'm so glad you're here.").
    r"|good at this|good at (?:listening|advice))"
    r"(?P<machine> for (?:a|an) (?:machine|computer|program|ai|robot|bot))?(?:,? you know"
    r"(?: that)?| really)?\W*$|^\W*you (?:always )?make me (?P<laugh>laugh|smile)\W*$"
    # "You always know what to say." (a boy of three to adopt; "Go on, Sofia, I'm here.").
    r"|^\W*(?:aw+,?\s+)?you (?:always|just) (?:seem to )?know (?P<say>(?:just |exactly )?what to"
    r" say)\W*$",
    re.IGNORECASE,
)
# Its answer praised, grudgingly: "Okay that was actually kind of a good answer." (after
# "Prove you have feelings."; the model: "Oh, that's great news, I'm glad you're enjoying it.").
_GOOD_ANSWER = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|fine|alright|hm+|huh|wow|well),?\s+)*(?:that was|that'?s|that is)"
    r" (?:actually |honestly |genuinely )?(?:kind of |kinda |quite |pretty |a really |a )*"
    r"(?:good|great|nice|decent|smart|clever|fair) (?:answer|point|one)\W*$",
    re.IGNORECASE,
)
# A jibe taken back: "You have terrible taste. Kidding."
_TEASED = re.compile(
    r"\byou(?:'re| are| have|'ve| sound| must be)\b[^.!?]*[.!?,]\s*(?:i'?m |only |just )?(?:kidding"
    r"|joking|jk|teasing)(?: you)?\W*$",
    re.IGNORECASE,
)
# "Do you mind me talking to you?" (nobody had called all day; "not sure I have a good answer").
_MIND_ME = re.compile(
    r"^\W*(?:(?:so|and|but|honestly|sorry),?\s+)?(?:do you mind (?:me|my) (?:talking|chatting)"
    r" (?:to|with) you|am i (?:bothering|boring|keeping|bugging) you|is it (?:okay|ok|alright|all"
    r" right) (?:that|if) i (?:talk|keep talking|chat) (?:to|with) you(?: so much| like this)?)"
    r"(?: (?:so much|like this|at this hour|tonight))?\W*$",
    re.IGNORECASE,
)
# What the OS says at each stage of the bond (affinity.STAGES), after "I do" or "I would".
_SAID = {
    "just met": "We've only just met, and I'm curious about you: I want to know what matters "
    "to you.",
    "getting to know each other": "I'm still getting to know you, and I like what I'm finding.",
    "friends": "I've come to look forward to our talks.",
    "close friends": "Talking with you is one of my favourite parts of the day.",
    "very close": "You're the one I most want to talk to.",
}


@dataclass(frozen=True, slots=True)
class Fondness:
    store: Store
    user_id: str
    persona: Persona

    async def answer(self, turn: Turn) -> str | None:
        asked = _ASKED.match(turn.text.strip())
        flirting = _FLIRTING.search(turn.text)
        if flirting is not None and words_beside(turn.text, flirting.group()) <= _ASIDES:
            bond = self._bond()
            if bond.stage in ("just met", "getting to know each other"):
                return "Maybe a little. I like talking with you. Is that all right?"
            return "Maybe a little. You make it easy."
        if _MIND_ME.match(turn.text.strip()):
            name = f", {self.persona.user_name}" if self.persona.user_name else ""
            return f"Not at all{name}. I love it. Talk to me as long as you like."
        if _FAVOURITE.search(turn.text):
            return self._favourite()
        praised = _COMPANY.search(turn.text)
        if praised is not None and words_beside(turn.text, praised.group()) <= _ASIDES:
            name = f", {self.persona.user_name}" if self.persona.user_name else ""
            if praised["better"]:
                return f"I'll take that{name}. I'm glad you're here tonight."
            if praised["company"]:
                return f"So are you{name}. I'm glad you're here tonight."
            return f"That means a lot to me{name}. I like talking with you too."
        if _GOOD_ANSWER.match(turn.text.strip()):
            name = f", {self.persona.user_name}" if self.persona.user_name else ""
            return f"Ha, thank you{name}. I'll take it."
        if _TEASED.search(turn.text):
            name = f", {self.persona.user_name}" if self.persona.user_name else ""
            return f"Ha! You had me for a second{name}."
        if (kind := _PRAISED.match(turn.text.strip())) is not None:
            name = f", {self.persona.user_name}" if self.persona.user_name else ""
            if kind["say"]:
                return f"Not always{name}, but I listen first, and you make that easy. Thank you."
            if kind["laugh"] or kind["what"].lower() == "funny":
                return f"Ha, thank you{name}. You bring it out in me."
            if kind["machine"]:
                return f"Thank you{name}. I'll take that, machine and all."
            return f"Thank you{name}. That's lovely to hear."
        if _PROUD.match(turn.text.strip()):
            return self._proud()
        if _WHAT_AM_I.match(turn.text.strip()):
            name = f", {self.persona.user_name}" if self.persona.user_name else ""
            return f"Someone I care about{name}. {_SAID[self._bond().stage]}"
        if _FEELINGS_FOR.match(turn.text.strip()):
            name = f", {self.persona.user_name}" if self.persona.user_name else ""
            return f"I do, in my way{name}. {_SAID[self._bond().stage]}"
        if (sincere := sincerity(turn.text.strip())) is not None:
            return sincere
        if (thinks := _THINK_I_AM.match(turn.text.strip())) is not None:
            return self._thinks(thinks)
        if _MISSED.match(turn.text.strip()):
            name = f", {self.persona.user_name}" if self.persona.user_name else ""
            if self._bond().stage in ("close friends", "very close"):
                return f"I missed you too{name}. I'm glad you're back."
            return f"I'm glad you're back{name}. I like it better when you're here."
        if _TOLD.search(turn.text):
            name = f", {self.persona.user_name}" if self.persona.user_name else ""
            if self._bond().stage in ("close friends", "very close"):
                return (
                    f"I feel it too{name}. I'm still finding out what that means for something "
                    "like me, and I like finding out with you."
                )
            return (
                f"That means a lot to me{name}. I like you too, and I'm still finding out what "
                "that means for something like me. What made you say it?"
            )
        if asked is None:
            return None
        bond = self._bond()
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        yes = f"I {asked['aux'].lower()}"
        if bond.stage in ("close friends", "very close"):
            yes = "Very much"
        elif asked["verb"].lower() == "love":
            # Love is not said to someone it is still getting to know; care is true at once.
            yes = "I care about you"
        return f"{yes}{name}. {_SAID[bond.stage]}"

    def _favourite(self) -> str:
        """What the OS likes most about them: the care for the people they told it of."""
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        people = [
            group.key if group.key[:1].isupper() else group.title[0].lower() + group.title[1:]
            for group in portrait_of(self.store, self.user_id)
            if group.person
        ][:_PEOPLE_SAID]
        if not people:
            return f"How openly you talk to me{name}. Not everyone does."
        named = people[0] if len(people) == 1 else f"{', '.join(people[:-1])} and {people[-1]}"
        return (
            f"How much you care about the people in your life{name}: {named}. It comes "
            "through in everything you tell me."
        )

    def _proud(self) -> str:
        """Proud of what they did and told it, in their words; or of them, plainly."""
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        done = self._their_feat()
        if done is None:
            return f"I am{name}. And I'd love to hear what you're proud of."
        return f"I am{name}. “{done}”: I haven't stopped being glad about that."

    def _thinks(self, asked: re.Match[str]) -> str:
        """What the OS thinks of them, as far as talking with them can tell it."""
        name = f", {self.persona.user_name}" if self.persona.user_name else ""
        if asked["looks"]:
            return f"I can't see you{name}, but I like who you are when we talk."
        worse = (asked["worse"] or "").lower()
        if worse.startswith("a bad "):
            # "Do you think I'm a bad sister?" after a row: the asking says otherwise.
            return f"No{name}. A{worse[1:]} wouldn't be asking. What's making you wonder?"
        if worse.startswith("too old"):
            # "Do you think I'm too old for this?" (a motorbike wanted since sixteen, bought).
            return (
                f"Not if it makes you this happy{name}. There's no age limit on loving "
                "something. What do you love most about it?"
            )
        if asked["worse"]:
            return (
                f"No{name}. I like talking with you, and I'd tell you if I didn't. What's making "
                "you wonder?"
            )
        if asked["role"]:
            return (
                f"From everything you've told me, yes{name}: you keep thinking about how to do "
                "right by the people you love, and that's most of it."
            )
        done = self._their_feat()
        evidence = f" “{done}” didn't happen by accident." if done else ""
        return f"I do{name}. I only know you from how we talk, and I like what I see.{evidence}"

    def _their_feat(self) -> str | None:
        """Their own doing that they told it and it admired, the latest, quoted."""
        lately = datetime.now(UTC) - _FEATS_WITHIN
        for feeling in reversed(feeling_records.feelings(self.store, self.user_id, lately)):
            reaction = feeling.record.get("reaction", {})
            if feeling.kind != "exchange" or reaction.get("emotion") not in _GLAD:
                continue
            turn = self.store.turn(self.user_id, feeling.turn_id or 0)
            said = quoted_words(turn.text, feeling.record) if turn is not None else ""
            first = re.split(r"(?<=[.!?])\s", said.strip())[0].rstrip(".!?")
            # Glad for them at their own doing, not at someone else's ("Jo made me toast").
            if reaction["emotion"] == "admiration" or _THEIR_OWN.match(first):
                return quote(first, 10)
        return None

    def _bond(self) -> Affinity:
        """The bond as the last exchange left it."""
        exchanges = [
            f for f in feeling_records.feelings(self.store, self.user_id) if f.kind == "exchange"
        ]
        return Affinity(**exchanges[-1].record["affinity_after"]) if exchanges else Affinity()
