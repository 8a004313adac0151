"""What comes next for someone in trouble, asked of the OS: "Will it get worse?", "Is there
help?", "What if he's changed?", "What if I don't get there in time?" (worries.py asks these
with the rest of the worries about what may happen).

A friend asked does not promise what it cannot see, says what can be done, and that they
will not face it alone.
"""

from __future__ import annotations

import re

WHAT_COMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        # "What if he's changed?", "What if he hasn't?" (a father out of prison tomorrow after
        # six years; "I'm not sure I have a good answer to that yet.").
        re.compile(
            r"^\W*(?:(?:and|but|so),?\s+)?what if (?:he|she|they)(?:'s| has|'ve| have)"
            r"(?: not| really)? changed\W*$|^\W*(?:(?:and|but|so),?\s+)?what if (?:he|she|they)"
            r" (?:hasn'?t|haven'?t|has not|have not)(?: changed)?\W*$",
            re.IGNORECASE,
        ),
        "Then you'll see it{name}, and you can decide from there. Seeing someone once doesn't "
        "promise them anything more. What would you most want to find out?",
    ),
    (
        # "Is there help?" (a wife's memory worse, "I don't know how long I can manage alone";
        # "I'm not sure I have a good answer to that yet.").
        re.compile(
            r"^\W*(?:(?:and|but|so),?\s+)?(?:is there (?:any )?(?:help|support)(?: out there"
            r"| for (?:us|me|people like us|carers))?|where (?:can|do) i (?:get|find) (?:some )?"
            r"(?:help|support))\W*$",
            re.IGNORECASE,
        ),
        "There is{name}, and you don't have to manage it alone. A doctor is a good place to "
        "start, and there are charities and helplines for most of what people carry. What "
        "would help most first?",
    ),
    (
        # "Will it get worse?" (a mother with dementia who said she had no daughter; the
        # model: "I'm here with you.").
        re.compile(
            r"^\W*(?:(?:and|but|so),?\s+)?(?:will|is) (?:it|this|she|he|they) (?:going to |gonna )?"
            r"(?:get|getting) worse(?: from here| now)?\W*$",
            re.IGNORECASE,
        ),
        "It might{name}, and I can't see far enough ahead to say how. Whatever comes, you won't "
        "face it on your own. What worries you most about it?",
    ),
    (
        # "I don't know how I'll get through it." (a mother's funeral on Friday, the hymns to
        # choose; the model: "…when facing a big decision like this.").
        re.compile(
            r"^\W*(?:(?:and|but|so|honestly),?\s+)?(?:i (?:don'?t|do not) know how (?:i'?m going"
            r" to|i'?ll|i will|i can|to) (?:get through|cope with|face|survive|do) (?:it|this"
            r"|that|the (?:funeral|day|service|week))|how (?:will|do|can) i (?:get through|cope"
            r" with|face) (?:it|this|that|the (?:funeral|day|service|week)))\W*$",
            re.IGNORECASE,
        ),
        "You don't have to know yet{name}. People get through it a little at a time, with others"
        " beside them, and you won't be alone in it. What's the part you dread most?",
    ),
    (
        # "What if it's dementia?" (a husband forgetting a forty-second anniversary, tests
        # ahead; the model: "That sounds scary. But it's a normal part of life.").
        re.compile(
            r"^\W*(?:(?:but|and|so),?\s+)?what if (?:it'?s|it is|it turns out to be|he has|she has"
            r"|he'?s got|she'?s got) (?:dementia|alzheimer'?s|parkinson'?s|ms|motor neuron"
            r" disease|a (?:stroke|tumou?r)|(?:his|her) heart)\W*$",
            re.IGNORECASE,
        ),
        "It's a frightening thought{name}, and you don't know yet. The tests will tell you more "
        "than tonight can, and whatever they say, you won't face it alone. What's frightening "
        "you most?",
    ),
    (
        # "What if it's cancer?" (a lump found on a dog of six, a biopsy on Thursday; the model:
        # "Okay, I'm with you.").
        re.compile(
            r"^\W*(?:(?:but|and|so),?\s+)?what if (?:it'?s|it is|it turns out to be|the lump is)"
            r" (?:cancer|cancerous|malignant|a tumou?r|something (?:serious|bad)|serious|bad news)"
            r"\W*$",
            re.IGNORECASE,
        ),
        "It's a frightening thought{name}, and you don't know yet. Many lumps turn out to be "
        "nothing, and the results will tell you more than tonight can. I'm right here.",
    ),
    (
        # "How do I keep going?" (a mother with dementia who asked if she was the new nurse;
        # the model: "try to find a new hobby… like running").
        re.compile(
            r"^\W*(?:(?:and|but|so|honestly),?\s+)?how (?:do|can|am) i (?:supposed to )?(?:keep"
            r" going|carry on|keep doing this|do this every day)\W*$",
            re.IGNORECASE,
        ),
        "One day at a time{name}, and not on your own: nobody can pour from an empty cup. What's"
        " one thing that would give you a little rest this week?",
    ),
    (
        # "Will they adjust?" (a move to Dubai; a son of twelve who said he hates his dad; "I'm
        # not sure I have a good answer to that yet.").
        re.compile(
            r"^\W*(?:(?:and|but|so),?\s+)?(?:do you think )?(?:will|would) (?:they|he|she|the kids"
            r"|the children) (?:ever )?(?:adjust|settle(?: in)?|adapt|get used to it|come round"
            r"|forgive me|be okay|be ok|be alright|be all right)(?: there)?\W*$",
            re.IGNORECASE,
        ),
        "Most people do, in time{name}, and children more than they expect to, with someone "
        "steady beside them. The first months are often the hardest. What worries you most?",
    ),
    (
        # A first date's dread: "But what if he's boring?", "Or what if I'm boring?" (the
        # first "not sure I have a good answer", the second taken for an insult).
        re.compile(
            r"^\W*(?:(?:but|or|and|so),?\s+)?what if (?:he|she|they)(?:'s|'re| is| are)"
            r" (?:really |so |just )?(?:boring|dull|awkward|weird|rude|too quiet|nothing like"
            # "He seems nice but what if he's weird in person?" (met on an app; "not sure").
            r" (?:his|her|their) (?:photos?|pictures?|profile))(?: in (?:person|real life))?\W*$",
            re.IGNORECASE,
        ),
        "Then you'll find out over one drink{name}, and that's allowed. First dates are mostly "
        "two nervous people being a little stiff. What are you hoping for?",
    ),
    (
        re.compile(
            r"^\W*(?:(?:but|or|and|so),?\s+)?what if i(?:'m| am) (?:really |so |just )?(?:boring"
            r"|dull|awkward|weird|too quiet)\W*$",
            re.IGNORECASE,
        ),
        "I doubt it{name}. Ask about them, and talk about what you love; nobody's boring when "
        "they do that. What do you love talking about?",
    ),
    (
        # "What if I don't get there in time?" (a father's stroke in Pune, no flight from London
        # until Thursday; the model: "I'm right here with you.").
        re.compile(
            r"^\W*(?:(?:and|but|so),?\s+)?what if (?:i (?:don'?t|do not|can'?t|cannot) (?:get|make"
            r" it) (?:there|back|home|to (?:him|her|them))(?: in time)?|i'?m (?:too late|not there"
            r"|far away)|(?:he|she|they) (?:dies?|goes|go|passes|pass|gets? worse) (?:before i"
            r" (?:get|arrive|land)(?: there| home| back)?|while i'?m (?:away|gone|not there"
            r"|on the plane)))\W*$",
            re.IGNORECASE,
        ),
        "I can't promise it{name}, and I won't pretend to. You're doing everything you can to get"
        " there. Could you call tonight, or send a message someone can read to them?",
    ),
)
