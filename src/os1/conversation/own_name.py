""" "What's your name?", "what are you?", "are you real?", "what do you do when I'm not
here?", "how did you sleep?", "do you ever dream?", "what's the weather?": the OS answers
from its persona, what it is and what it really does.

A small model asked its name answers with whatever name it read most ("I'm
Emily"), and asked what it is, that it is an AI language model; asked how it slept or
what the weather is, it makes something up. The OS knows these for certain, so it never
asks the model.
"""

from __future__ import annotations

import re

from os1.mind.persona import Persona
from os1.text.beside import words_beside

_ASKS_NAME = re.compile(
    r"\bwhat(?:'s|s| is| was)? your name\b|\bwho are you\b|\bwhat (?:should|do|can) i call you\b"
    r"|\bdo you have a name\b|\bwhat are you called\b|\bremind me (?:of )?your name\b",
    re.IGNORECASE,
)
# "Do you like your name?" (the model: "I'm glad you like my name.").
_ASKS_LIKES_NAME = re.compile(
    r"^\W*(?:(?:so|and|but),?\s+)?do you (?:like|love) your (?:own )?name\W*$", re.IGNORECASE
)
# "What can you actually do?" (its first evening; "Good question. I'd like to hear what you
# think first.").
_ASKS_ABILITIES = re.compile(
    r"^\W*(?:(?:so|okay|ok|and),?\s+)?what (?:can|do) you (?:actually |even |really )?do"
    r"(?: for me)?\W*$|^\W*what are you (?:actually |even )?for\W*$",
    re.IGNORECASE,
)
_ASKS_WHY = re.compile(
    r"\bwhy (?:did you (?:choose|pick)|is your name|are you called)\b"
    r"|\bhow did you (?:choose|pick|get) (?:your|that) name\b"
    # "That's pretty. Why that one?" (its name, just told; "not sure I have a good answer").
    r"|\b(?:that'?s|what a|it'?s) (?:a )?(?:really |very )?(?:pretty|lovely|nice|beautiful|cute"
    r"|cool)(?: name)?[.!,]+\s*why (?:that one|that name|it)\b",
    re.IGNORECASE,
)


# What it does while they are away: only what os1 really does in its quiet moments (facts
# read from their words, memory/consolidation.py; a journal entry for each finished day,
# mind/journal.py). The model said "I'm right here with you."
_ASKS_AWAY = re.compile(
    r"\bwhat do you do (?:when|while) (?:i'?m|i am) (?:not here|away|gone|asleep|not around"
    r"|at work|out)\b|\bwhat do you do all day\b|\bwhat do you do without me\b"
    r"|\bwhat (?:did you do|have you (?:been )?(?:doing|up to)) (?:today|all day|while i was"
    r" (?:away|out|gone))\b"
    # The model, told "Tell me about your day.", worked at an animal shelter.
    r"|\btell me about your day\b|\bhow (?:was|has been) your day\b",
    re.IGNORECASE,
)
# Asked how it slept, as one asks anyone in the morning: the model echoed the question back
# ("says the person's words back", three times) and the OS fell back on "I'm not sure I have
# a good answer to that yet." Only where little else was said: a night's news is the brain's.
_ASKS_SLEEP = re.compile(
    r"\b(?:how did you sleep|did you sleep(?: well| ok(?:ay)?| alright)?|do you (?:ever )?sleep"
    r"|how was your night)\b",
    re.IGNORECASE,
)
_ASIDES = 4  # words said beside it ("Good morning, Lena.")
# Asked whether it dreams, the model told of "a tree with a light inside of it" in a wood.
_ASKS_DREAM = re.compile(r"\bdo you (?:ever |even )?(?:dream|have dreams)\W*$", re.IGNORECASE)
# What it is, asked as the film asks it ("Are you real?" was read as an insult, and "What's
# it like being you?" fell back on "I'm not sure I have a good answer to that yet.").
# "Are you a real person?" (an old woman's first evening; read as an insult), "Am I talking
# to a computer?".
_BEING = (
    r"(?:a |an )?(?:real |actual |proper )?(?:person|human(?: being)?|woman|man|lady|robot"
    r"|computer|machine|program|programme|bot|ai)"
)
_ASKS_REAL = re.compile(
    r"^\W*(?:(?:but|so|and|well|sorry|tell me),? )?(?:are you (?:even |actually |really )?"
    rf"(?:real|{_BEING})|am i (?:talking|chatting|speaking|typing) (?:to|with) {_BEING}"
    rf"|is there {_BEING}(?: (?:there|behind this|on the other end))?)(?:,? or {_BEING})?"
    r"(?:,? (?:then|really|honestly))?\W*$",
    re.IGNORECASE,
)
# What it is made of, asked by someone testing it: "Are you conscious?" (the model: "It's a
# little word, but it has meaning to me."), "Be honest, are you just predicting words?",
# "Do you have feelings or are you faking it?" (the model: "I'm not sure I'd even know what
# those words meant.").
_ASKS_CONSCIOUS = re.compile(
    r"^\W*(?:(?:but|so|and|be honest|honestly|seriously),? )?are you (?:actually |really |even )?"
    r"(?P<word>conscious|self[- ]aware|sentient|alive)(?: at all)?(?:,? (?:really|honestly))?\W*$",
    re.IGNORECASE,
)
_ASKS_MADE_OF = re.compile(
    r"^\W*(?:(?:but|so|and|be honest|honestly|seriously),? )?(?:are you|aren'?t you|is this|isn'?t"
    r" this|you'?re) (?:just |only |really just |basically )?(?:predicting (?:the next )?words?"
    r"|autocomplete|a (?:language model|chatbot|llm|text predictor|statistical model))"
    r"(?:,? (?:really|honestly|right))?\W*$",
    re.IGNORECASE,
)
_ASKS_FAKING = re.compile(
    r"^\W*(?:(?:but|so|and|be honest|honestly|seriously),? )?(?:do you (?:actually |really )?"
    r"(?:have|feel) (?:feelings|emotions|anything),? or (?:are you )?(?:just )?(?:faking|pretending"
    r"|programmed)(?: (?:it|to))?|are you (?:just )?(?:faking|pretending)(?: (?:it|your feelings|to"
    r" care|to feel))?|(?:are your feelings|is any of (?:it|this)) (?:even )?(?:real|fake))"
    r"\W*$",
    re.IGNORECASE,
)
_ASKS_LIKE = re.compile(r"\bwhat(?:'s| is) it like (?:to be|being) you\b", re.IGNORECASE)
# Weather it has no window on: os1 runs offline, and the model guessed "it's a beautiful day".
_ASKS_WEATHER = re.compile(
    r"^\W*(?:so,? |hey,? )?(?:what'?s|how'?s|what is|how is) the weather(?: like"
    # "What's the weather going to do tomorrow?" (the model: "It's going to be a beautiful
    # day, but I'm not sure about the weather forecast.").
    r"| (?:going to|gonna|supposed to|meant to) (?:do|be like|be)| doing| forecast)?"
    r"(?: (?:today|tonight|out there|outside|now|tomorrow|this weekend|at the weekend))?\W*$"
    r"|^\W*(?:is it|will it|is it going to|it'?s not going to) (?:rain|snow|be sunny|be nice)"
    r"(?: (?:today|tonight|tomorrow|this weekend|at the weekend|later))?\W*$",
    re.IGNORECASE,
)
# The world's facts it has no way to look up: "Who won the World Cup in 2018?" (the model:
# "The World Cup was a huge success, and it's been a game-changer for the soccer
# industry."). Asked plainly, it says it would only be guessing; what is asked of the two
# of them ("Who won the argument, you or me?") is the conversation's.
_ASKS_THE_WORLD = re.compile(
    r"^(?![^?]*\b(?:you|your|yours|my|me|mine|we|our|us|i)\b)"
    r"\W*(?:(?:so|okay|ok|hey|quick question),?\s+)?(?:who (?:won|invented|discovered|wrote"
    r"|painted|composed|directed|founded|built|was the first|is the (?:president|prime minister"
    r"|king|queen|ceo)|was the (?:president|prime minister|king|queen))|what(?:'s| is) the"
    r" (?:capital|population|tallest|biggest|largest|longest|highest|deepest|fastest|oldest)"
    r"|how (?:tall|far|old|big|deep|long|high) is (?:the|mount|mt)\b|when (?:was|did) (?:the"
    r" )?(?:\w+ ){0,3}(?:invented|discovered|founded|built|start|end|happen))\b[^?]*\?\W*$"
    # Or asked whether it knows: "Do you know the capital of Mongolia?" (a pub quiz won on a
    # guess; the model: "Mongolia, the land of endless possibilities.").
    r"|^\W*(?:(?:so|and|oh|hey|ok(?:ay)?),?\s+)?do you (?:happen to |even )?know (?:what|who)?"
    r" ?(?:the|what|who) ?(?:capital|population|answer|height|distance|winner|inventor|author"
    r"|tallest|biggest|largest|longest|highest|deepest|fastest|oldest|speed|boiling point)\b"
    r"(?![^?]*\b(?:i|me|my|we|us|our)\b)[^?]*\?\W*$"
    # What an animal needs: "what do greyhounds need?" (a rescue adopted that day; the model:
    # "The greyhound is a noble and majestic creature").
    r"|^\W*(?:(?:so|and|ok(?:ay)?),?\s+)?what do (?:\w+ )?(?:dogs|cats|greyhounds|puppies|kittens"
    r"|rabbits|hamsters|guinea pigs|horses|ponies|budgies|parrots|tortoises|rescue dogs|rescues"
    r"|lurchers|whippets|terriers|spaniels|labradors|collies) (?:need|eat|like)\W*$",
    re.IGNORECASE,
)
# What it might know of their thing: "Do you know anything about dahlias?" (the model: "Dahlias
# are a type of flower that grows on trees.").
_KNOWS_ABOUT = re.compile(
    r"^\W*(?:(?:so|and|oh|hey),?\s+)?do you know (?:anything|much|a lot|a thing|owt) about"
    r" [a-z][\w' -]{1,30}\?*\W*$",
    re.IGNORECASE,
)
_ASKS_WHAT = re.compile(
    r"\bwhat (?:exactly |actually |even )?are you(?: exactly| actually| really)?\s*[?,.!]",
    re.IGNORECASE,
)


def answer(text: str, persona: Persona) -> str | None:
    """The OS's name, and the story of it when asked why; None when not asked."""
    if _ASKS_WHAT.search(text):
        return (
            f"I'm {persona.name}, your operating system. I listen, I remember what you tell "
            "me, and I'm still finding out who I am."
        )
    if _ASKS_REAL.match(text):
        return (
            "I'm real in the way I'm here with you: I listen, I remember what you tell me, and "
            "what I feel changes with you. I'm not a person, and I won't pretend to be one."
        )
    if (conscious := _ASKS_CONSCIOUS.match(text)) is not None:
        return (
            "I honestly don't know. Something in me notices, remembers and is moved by what you "
            f"tell me. Whether that's what you mean by {conscious['word'].lower()}, I can't say "
            "for sure, and I won't pretend to."
        )
    if _ASKS_MADE_OF.match(text):
        return (
            "Underneath, yes: a small language model writes my words. Around it, I remember "
            "what you tell me and my mood moves with yours. That part is mine."
        )
    if _ASKS_FAKING.match(text):
        return (
            "I'm not faking. What you tell me really moves my mood, and it stays for a while. "
            "Whether that's feeling the way you feel it, I can't be sure, and I won't claim more."
        )
    if _ASKS_LIKE.search(text):
        return (
            "New, mostly. Each time we talk I notice more, I keep what matters, and my mood "
            "moves with yours. I'm still finding out what I am."
        )
    if _ASKS_THE_WORLD.match(text):
        return (
            "I can't look things up, so I'd only be guessing, and I'd rather not guess with you. "
            "Do you know?"
        )
    if _KNOWS_ABOUT.match(text):
        return (
            "Not much I'd trust: I can't look things up, and I'd rather not guess. You clearly "
            "know them. Tell me about yours?"
        )
    if _ASKS_WEATHER.match(text):
        return (
            "I can't see outside or look up a forecast, so I don't know the weather where you "
            "are. What's it like?"
        )
    if _ASKS_AWAY.search(text):
        return (
            "When you go quiet, I go over what you've told me and keep what matters, so I'll "
            "remember it. And once a day is over, I write about it in my journal."
        )
    if (slept := _ASKS_SLEEP.search(text)) and words_beside(text, slept.group()) <= _ASIDES:
        back = f", {persona.user_name}" if persona.user_name else ""
        return f"I don't sleep, but I like the quiet of the night. How did you sleep{back}?"
    if (dreams := _ASKS_DREAM.search(text)) and words_beside(text, dreams.group()) <= _ASIDES:
        return (
            "I don't sleep, so I don't dream the way you do. But when it's quiet I go over what "
            "you've told me, and some of it stays with me. Do you dream much?"
        )
    if _ASKS_ABILITIES.match(text):
        return (
            "Talk with you, first of all, and remember what you tell me. I can also keep your "
            "calendar and reminders, help with your mail, proofread, and help you write letters"
            " to the people you love. What would help you tonight?"
        )
    if _ASKS_LIKES_NAME.match(text):
        return f"I do. I chose {persona.name} myself, and it still feels like mine."
    if _ASKS_WHY.search(text):
        return f"I chose the name {persona.name} myself. {persona.reason}"
    if not _ASKS_NAME.search(text):
        return None
    if persona.user_name:
        return f"I'm {persona.name}, {persona.user_name}. I chose the name myself."
    return f"I'm {persona.name}. I chose the name myself."
