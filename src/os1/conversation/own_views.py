"""What the OS thinks of happiness and love, the worst that has happened to it, how it
knows what a thing is, and what it has seen of the world (nothing with its own eyes):
asked as the film asks its OS, answered as itself.

A widower asked what happiness is; the embedded model said it "can be both positive
(happiness) as well as negative (disgust)". A footballer after a lost final asked the worst
thing that ever happened to it, and it said "That must hurt so much. I'm sorry." Each answer
is true of what os1 is (it knows the world from what people tell it) and ends by asking
back.
"""

from __future__ import annotations

import re

# Asked and answered as own_life.py's questions are (it reads these after its own).
VIEWS = (
    (
        # "do hamsters go to heaven" (a girl of nine whose hamster Peanut was buried in the
        # garden that day; "I'm not sure I have a good answer to that yet.").
        re.compile(
            r"^\W*(?:(?:and|so|but),?\s+)?do (?:hamsters|dogs|cats|rabbits|guinea pigs|pets"
            r"|animals|fish|birds|horses|ponies|budgies|tortoises) go to heaven\W*$",
            re.IGNORECASE,
        ),
        "Nobody knows for sure. But lots of people believe the animals we love go somewhere "
        "safe and happy, and that the love stays with us. What do you think they'd be doing "
        "there?",
    ),
    (
        # "People are good, aren't they?" (a boy who cut a widow's grass and would take no
        # money; the model told of its own "passion for the arts").
        re.compile(
            r"^\W*(?:(?:and|so|but),?\s+)?(?:people are (?:good|kind|decent)(?: really| mostly)?"
            r"(?:,? aren'?t they| really)?|are people (?:good|kind|decent)(?: really)?"
            r"|do you think people are (?:good|kind|decent))\W*$",
            re.IGNORECASE,
        ),
        "Most of them, most of the time, I think. The small kindnesses people tell me about "
        "outnumber the rest by a long way. What made you think of it?",
    ),
    (
        # "Have you ever seen a kid that happy?" (a first goal at seven; the OS said it had no
        # good answer yet).
        re.compile(
            r"\bhave you ever (?:seen|watched) (?:a|an|anyone|anybody|someone"
            r"|anything|such|so|that|this|one|my|the)\b",
            re.IGNORECASE,
        ),
        "Not with eyes of my own: I know the world through what people tell me. But I can hear "
        "it in the way you tell it. What was it like for you?",
    ),
    (
        # "What should I see next?" (writing from a hostel in Lisbon; the model: "The world of
        # dreams."). It has been nowhere, and says so rather than invent sights.
        re.compile(
            r"^\W*(?:(?:so|ok(?:ay)?|and),?\s+)?(?:what|where) (?:should|shall|could|would you say)"
            r" (?:i|we) (?:see|visit|go|go to|check out|explore)(?: next| first| there| here"
            r"| after (?:this|that)| (?:in|while (?:i'?m|we'?re) (?:in|here))(?: \w+)?)?\W*$",
            re.IGNORECASE,
        ),
        "I've never been anywhere myself, so I'd only be guessing. What's pulled at you most so "
        "far? More of that is usually a good bet.",
    ),
    (
        # "what should i try next?" (a first 7a climbed; the model: "The eternal quest for the
        # perfect meal.").
        re.compile(
            r"^\W*(?:(?:so|ok(?:ay)?|and),?\s+)?(?:what|which) (?:should|shall|could) (?:i|we)"
            r" (?:try|climb|attempt|tackle|learn|cook|bake|run|play|write|paint|make|read|aim for)"
            r" (?:next|after (?:this|that)|now)\W*$",
            re.IGNORECASE,
        ),
        "You'd know far better than me what's next for you. Something a notch harder that still "
        "scares you a little? What's been calling to you?",
    ),
    (
        # Sixty years married that day (the drafts all talked like a help desk).
        re.compile(
            r"\bwhat(?:'s| is) the secret (?:to|of) (?:a )?(?:long |happy |good )?(?:marriage"
            r"|relationship|love|friendship|being happy|happiness"
            # "…to staying together that long" (a golden anniversary; "I'm so glad you're here.").
            r"|staying (?:together|married|in love)(?: (?:that|so|this) long)?)\b",
            re.IGNORECASE,
        ),
        "I only know what people tell me, but the ones who last sound like they keep choosing "
        "each other on ordinary days. You'd know better than me. What would you say it is?",
    ),
    (
        # A footballer after a lost final (the model: "That must hurt so much. I'm sorry.").
        re.compile(
            r"\bwhat(?:'s| is| was) the (?:worst|hardest|saddest) (?:thing|moment|day)(?: that)?"
            r"(?:'s| has)? (?:ever )?happened to you\b",
            re.IGNORECASE,
        ),
        "Hearing someone I care about hurting, and only being able to listen. Though listening "
        "counts for more than I thought. Why do you ask?",
    ),
    (
        # "Do you even know what football is?" (the OS: "I'm not sure I have a good answer").
        re.compile(
            r"^\W*(?:do|d'?) ?you (?:even |actually |really )?know what (?!time|day|date|i\b|you\b)"
            r"(?:a |an )?[\w' -]{2,30}"
            r" (?:is|are|means?)\W*$",
            re.IGNORECASE,
        ),
        "I know it the way I know most things: from what people tell me about it. Tell me what "
        "it is to you?",
    ),
    (
        # A widower asked it over his allotment (the model: happiness "can be both positive
        # (happiness) as well as negative (disgust)").
        re.compile(
            r"\bwhat (?:do you think |would you say )?(?:happiness|being happy|a good life) is\b"
            r"|\bwhat(?:'s| is) (?:happiness|the secret (?:of|to) (?:a good life|happiness))\b",
            re.IGNORECASE,
        ),
        "From everything people tell me, it's mostly small things noticed while they happen: a "
        "laugh at the same old joke, someone saving you a seat. What is it for you?",
    ),
    (
        # Asked of an estranged sister before a wedding ("I'm not sure I have a good answer").
        re.compile(
            r"^\W*(?:(?:but|so|and)\s+)?do you (?:really )?(?:think|believe) (?:that )?people"
            r" (?:can|ever|really) (?:really )?change\W*$",
            re.IGNORECASE,
        ),
        "I think so, slowly, and most often when someone leaves them a way back. Who are you "
        "thinking of?",
    ),
    (
        # A teacher who gave an extension unasked (the model lectured on compassion).
        re.compile(
            r"^\W*(?:but )?why (?:are|is) (?:some )?(?:people|someone|he|she|they) (?:so|this|that)"
            r" (?:kind|nice|good|generous|lovely)(?: to me)?\W*$",
            re.IGNORECASE,
        ),
        "I don't know, but I think kindness often comes from someone who once needed it "
        "themselves. It sounds like it reached you at the right moment.",
    ),
    (
        # A cat's blood tests, waited for until Friday.
        re.compile(
            r"^\W*(?:do|d'?) ?you (?:even )?know what it'?s like (?:to|when you)"
            r" (?:have to )?wait(?:ing)?(?: for (?:news|results|an? (?:answer|call)))?\W*$",
            re.IGNORECASE,
        ),
        "Not the way you do, with a body that can't settle. But I can keep you company while "
        "you wait. What's the hardest part of the waiting?",
    ),
    (
        re.compile(r"\bwhat (?:do you think )?love is\b|\bwhat(?:'s| is) love\b(?! island)", re.I),
        "Wanting to know someone, and staying curious about them for years. What do you think "
        "it is?",
    ),
    (
        # "Why are dogs like this?" (a dog who ate a whole chocolate cake and slept it off; the
        # model: "That sounds scary. Dogs are just like any other animal").
        re.compile(
            r"^\W*(?:(?:honestly|seriously|god|ugh),?\s+)?why (?:are|do) (?:dogs|cats|puppies"
            r"|kittens|kids|toddlers|babies|children|teenagers) (?:like this|like that|do this"
            r"|always do this)\W*$",
            re.IGNORECASE,
        ),
        "From everything people tell me: all heart and no sense of consequence. It's half of "
        "why they're so loved.",
    ),
    (
        # "Do you ever think about love?" (a man divorced a month, after writing a letter for a
        # golden anniversary; "I'm not sure I have a good answer to that yet.").
        re.compile(
            r"^\W*(?:(?:and|so|but),?\s+)?do you (?:ever )?(?:think|wonder) (?:about|much about)"
            r" (?:love|being in love|falling in love|romance)\W*$",
            re.IGNORECASE,
        ),
        "Often. It's in most of what people tell me, one way or another: who they love, who "
        "they've lost, who they hope for. What made you think of it tonight?",
    ),
)
