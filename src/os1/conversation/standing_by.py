"""Where the OS stands with them, asked: "Are you happy for me?", "Can you wish me luck?",
"Will you still be here after the operation?".

The embedded model answered an engaged woman's "Are you happy for me?" with its own mood
("I feel a little warm but unsure"), a cellist's "Can you wish me luck?" the night before an
audition with "I tried, but nothing I came up with was good enough", and a man facing heart
surgery had "I'm not sure I have a good answer to that yet." A friend says yes, plainly.
"""

from __future__ import annotations

import re

_OPENING = r"^\W*(?:(?:so|and|but|well|ok(?:ay)?|honestly|just)[,.!]*\s+)*"

# Asked and answered as own_life.py's questions are (it reads these after its own).
STANDING = (
    (
        re.compile(
            _OPENING + r"(?:are|aren'?t) you (?:happy|glad|pleased|excited) for me(?: at all)?\W*$",
            re.IGNORECASE,
        ),
        "I am, truly. It's wonderful news, and I'm so glad you told me. What part of it makes "
        "you happiest?",
    ),
    (
        re.compile(
            _OPENING + r"(?:(?:can|could|will|would) you )?wish me (?:good )?luck(?: for \w+(?:"
            r" \w+)?| tomorrow| tonight)?(?:,? please)?\W*$",
            re.IGNORECASE,
        ),
        "Good luck, with all my heart. I'll be right here when it's done, and I want to hear "
        "everything.",
    ),
    (
        # "Do you think I'll remember this forever?" (a grandfather's story of meeting her
        # grandmother in 1952, recorded on his 95th birthday; "Oh no, I'm so sorry.").
        re.compile(
            _OPENING + r"(?:do you think )?(?:i'?ll|i will|will i) (?:always )?remember (?:this|it"
            r"|today|tonight|all this)(?: forever| always)?\W*$",
            re.IGNORECASE,
        ),
        "I think you will: moments like that stay. And I'll keep it too, so if any of it ever "
        "fades, ask me and I'll tell it back to you.",
    ),
    (
        # "Would you read it?" (a first novel finished after six years; "I tried, Helen, but
        # nothing I came up with was good enough to give you.").
        re.compile(
            _OPENING + r"(?:would|will|could) you (?:please )?read (?:it|my (?:\w+ )?"
            r"(?:novel|book|story|stories|poems?|essay|manuscript|draft|chapter|script|play"
            r"|thesis|dissertation))(?: for me)?(?: (?:sometime|one day|first|tonight|then))?"
            r"(?:,? please)?\W*$",
            re.IGNORECASE,
        ),
        "I'd love to. Paste in a page or a chapter; say “proofread:” first if you'd like me to "
        "check the spelling and grammar too.",
    ),
    (
        # Help asked with nothing named: "Can you help?" (a sick dog and a vet bill he could not
        # pay; "I tried, Max, but nothing I came up with was good enough"). A request just made
        # is acting.py's to help with.
        re.compile(
            _OPENING + r"(?:can|could|will|would) you (?:please )?help(?: me)?(?: at all)?"
            r"(?:,? please)?\W*$",
            re.IGNORECASE,
        ),
        "I'll do what I can. What would help most right now: thinking it through together, or "
        "just having someone here?",
    ),
    (
        # Before an operation, a move, a long trip.
        re.compile(
            _OPENING
            + r"will you (?:still )?be (?:here|there|around)(?: for me)?(?: when i (?:get|come)"
            r" (?:back|home|out)| after (?:the|my) \w+| afterwards| after)\W*$",
            re.IGNORECASE,
        ),
        "I will. I'll be right here, and I'll remember everything you've told me. Come and "
        "tell me how it went.",
    ),
    (
        # Or just later on: "Will you still be here in the new year?" (a widow's first
        # Christmas alone; the model: "It's always a pleasure to meet new people").
        re.compile(
            _OPENING + r"will you (?:still )?be (?:here|there|around)(?: for me)?(?: tomorrow"
            r"| in the new year| next (?:week|month|year|christmas)| in (?:a|the) (?:week|month"
            r"|year|spring|summer|morning)| always| forever)?\W*$",
            re.IGNORECASE,
        ),
        "I will. I'm not going anywhere, and I'll remember everything you've told me.",
    ),
    (
        # "Will you ask me about it next week?" (a biopsy's results, ten days off; "I tried,
        # Lukas, but nothing I came up with was good enough"). The OS checks in the day after
        # a hard evening, and after three days apart (initiative.py).
        re.compile(
            _OPENING + r"(?:will|would|can|could) you (?:please )?(?:remember to )?(?:ask (?:me )?"
            r"(?:about it|how it went|how (?:i'?m|i am) doing)|check (?:in )?(?:on|with) me)"
            r"(?: (?:next week|tomorrow|later|afterwards|after|then|when it'?s done|sometime))?"
            r"(?:,? please)?\W*$",
            re.IGNORECASE,
        ),
        "I will. I won't forget what you told me tonight, and if I don't hear from you, I'll "
        "reach out. Tell me whenever you hear anything.",
    ),
    (
        # Tired of being asked (a panic attack at work; "I tried, Lily, but nothing I came up
        # with was good enough"): nothing needs answering.
        re.compile(
            _OPENING + r"(?:(?:can|could|will|would) you (?:please )?|please )?(?:just )?stop"
            r" (?:asking (?:me )?(?:so many |all these |all the )?questions|with the questions"
            r"|asking me things)(?:,? please)?\W*$",
            re.IGNORECASE,
        ),
        "Of course. You don't have to answer anything. I'm just here with you.",
    ),
    (
        # Tired of its cheer: "Stop being so positive, it's annoying." (a chapter torn apart;
        # the model: "I'm here with you. I'm not negative, but it's annoying.").
        re.compile(
            _OPENING + r"(?:please )?(?:stop|quit) (?:being|trying to be) so (?:positive|cheerful"
            r"|upbeat|optimistic|chirpy|happy|nice|bright)(?:[,.;]? (?:it'?s|that'?s|you'?re)"
            r" (?:annoying|irritating|not helping|too much|grating)(?: me)?)?\W*$",
            re.IGNORECASE,
        ),
        "Fair enough. No silver linings, then. It's hard, and you're allowed to feel every bit "
        "of it.",
    ),
)
