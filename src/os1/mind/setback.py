"""A setback told: passed over, turned down, not chosen. Read by a small grammar.

"I got passed over for promotion again." read as admiration 0.88 (a promotion is a feat to
the event reading), and the OS said "Aww, great. How does it feel?". Told that they were
not chosen, the OS is sorry for them (heard_by_grammar.py).
"""

from __future__ import annotations

import re

_NOT_CHOSEN = re.compile(
    r"\b(?:got |was |been |were |keep getting |get )?passed over\b"
    r"|\b(?:didn'?t|did not|never) (?:get|make|land) (?:the|a|my|that|into the|onto the) (?:\w+ )?"
    r"(?:job|promotion|part|role|place|offer|grant|scholarship|flat|house|team|cut|shortlist"
    r"|interview|contract|callback|lead)\b"
    r"|\b(?:got|was|been|were) (?:turned|knocked) down\b|\b(?:turned|knocked) me down\b"
    # Work lost: "They made me redundant today." (read as reproach 0.60), "They let me go."
    r"|\b(?:they|the company|my (?:boss|manager|work|firm|employer)|work)(?:'ve| have)?"
    r" (?:made me redundant\b|let me go(?=\W*$|,| today| yesterday| this (?:morning|week|month)"
    r"| on \w+day| after| from))"
    r"|\b(?:got|was|been|were) rejected\b|\brejected (?:me|my|us|our)\b"
    r"|\b(?:gave|offered) (?:it|the job|the role|the part|the promotion) to (?:someone|somebody)"
    r" (?:else|who)\b"
    # Work lost: "I'd been working on it for two weeks." (coffee over a painting; "That's
    # wonderful, Mei! You should be proud of yourself.").
    r"|\bi'?d (?:been working on|spent) (?:it|that|this) (?:for )?\w+ (?:\w+ )?(?:days|weeks|months"
    r"|years|hours)\b"
    # Left behind by everyone: "Everyone else I know passed first time." (a third driving
    # test failed; "That's wonderful, Aisha! You should be proud of yourself.").
    r"|\b(?:everyone|everybody|all my friends|all of my friends|the rest of (?:them|my \w+))"
    r" (?:else )?(?:i know |in my \w+ )?(?:passed|got in|got through|made it|managed|has (?:passed"
    r"|got|done|managed)|got (?:firsts|a first|as|a\*s|distinctions|higher|better))\b"
    # Few came: "We had a gig tonight. Only eleven people came." ("That's so good to hear.").
    r"|\bonly (?:about |around )?(?:\d+|a (?:few|handful)|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|fifteen|twenty) (?:people|of them|fans|guests|kids|friends)"
    r" (?:came|turned up|showed up|came along|bothered)\b"
    r"|\b(?:nobody|no one|no-one|hardly anyone|barely anyone) (?:came|turned up|showed up)\b"
    # Backing withdrawn: "Our investor pulled out this morning." (read as nothing; the model
    # said the company was "doing well so far"), "The buyer pulled out of the sale."
    r"|\b(?:investors?|backers?|buyers?|sponsors?|funders?|publishers?|clients?|partners?"
    r"|lenders?|the bank) (?:has |have |just )?(?:pulled out|backed out|walked away|withdrew)\b"
    r"|\b(?:the |our |my )?(?:deal|sale|funding|financing|mortgage|contract|offer|loan)"
    r" (?:has |just )?(?:fell|fallen|has fallen) through\b"
    # Punished: "I got my first ever red card today." (read as a first: "I'm so happy for you,
    # that's so sweet.").
    r"|\b(?:got|given|gave me|received|picked up) (?:a |an |another |my (?:very )?(?:first )?"
    r"(?:ever )?)?(?:straight )?(?:red card|yellow card|booking|detention|speeding (?:ticket|fine)"
    r"|parking (?:ticket|fine)|(?:written |final )?warning|points on my licen[cs]e|suspension)\b"
    r"|\b(?:got|given|received) (?:a|another) fine\b|\b(?:got|was) sent off\b"
    # A match lost: "We lost the cup final four-nil." (a penalty missed; "That's so good to
    # hear. Tell me everything!").
    r"|\b(?:we|they|i|(?:our|the|his|her|their|my) (?:team|side|club)) (?:still |then |just )?"
    r"lost (?:the (?:\w+ )?(?:final|match|game|semi-?final"
    r"|derby|tie|race|league|cup)\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"[- ](?:nil|\d+|one|two|three|four|five|six)\b|on penalties\b)"
    # Their own performance botched: "i messed up the second routine completely" (a dance
    # audition; read as admiration 0.92: "That's quite something.").
    r"|\bi (?:completely |totally |really |just )?(?:messed up|screwed up|fluffed|botched|bombed"
    r"|flunked|blew|ruined|fudged) (?:the|my|it|that|our|both|every)\b"
    r"|\bi forgot (?:the|my|all (?:the|my)) (?:lines|words|choreography|routine|steps|speech"
    r"|notes|lyrics)\b"
    # Panned: "We got a one star review today." (a restaurant run fifteen years; "That's so good
    # to hear. Tell me everything!").
    r"|\b(?:got|had|received|given) (?:a |an |another )?(?:one[- ]star|1[- ]star|two[- ]star"
    r"|terrible|awful|bad|scathing|horrible|nasty|brutal) review\b"
    # Lost to the weather or a pest: "The frost got my dahlias last night." (grown every year
    # since 1985; the model: "That's so good to hear.").
    r"|\b(?:frost|slugs|snails|the fox|a fox|foxes|the storm|the wind|the flood|blight|deer"
    r"|rabbits|mice|moths|the drought|the heatwave) (?:got|killed|ate|ruined|destroyed|flattened"
    r"|took|wiped out) (?:all )?(?:of )?(?:my|our|the) \w+"
    # A hope of a child dashed, though "negative" ends fears elsewhere: "The test was
    # negative. Second round of IVF." (read as relief: "What a relief.").
    r"|\b(?:test|result|scan|it) (?:was|is|came back|came up) (?:negative|a no)\b(?=.*\b(?:ivf"
    r"|pregnan\w*|embryos?|fertility|transfer|round|cycle|trying for))"
    r"|\b(?:ivf|pregnancy|fertility) (?:test |round |cycle )?(?:was|is|came back) (?:negative"
    r"|unsuccessful|a failure|not successful)\b|\b(?:ivf|embryo transfer|the transfer|the round"
    r"|the cycle) (?:didn'?t|did not|hasn'?t|has not) (?:work|take)\b"
    r"|\bnot pregnant\b(?! (?:yet,? thank|thank god|phew))"
    # What they wanted, told alone after what they got: "We wanted thirty." (a mother-in-law
    # inviting sixty to the wedding; read as happy-for 0.65, "I'm so happy for you").
    r"|^\W*(?:but |and )?(?:we|i) (?:only |just |really |originally )?(?:wanted|asked for"
    r"|(?:had|'d) hoped for|(?:had|'d) planned) (?!to\b)"
    r"(?![^.!?]*\b(?:and|got|get|so|finally|now)\b)[^.!?,]{1,30}[.!]*\s*$",
    re.IGNORECASE | re.DOTALL,
)
# Asked, or of someone else's choosing: "Did you get the job?", "I turned him down."
_NOT_TOLD = re.compile(
    r"\?\s*$|\bi (?:turned|knocked) (?:him|her|them|it) down\b"
    # Turned round after: "We lost 2-1 but played well!"
    r"|\bbut\b[^.!?]{0,25}\b(?:played (?:well|great|brilliantly)|proud|fun|great|brilliant"
    r"|amazing)\b"
    # Carried by someone: "I forgot my words halfway through and she finished them for me."
    r"|\b(?:finished|said|sang|remembered) (?:them|it|my \w+) for me\b",
    re.I,
)


# Laughed off: "Her team still lost six-one haha." (after a daughter's first goal; read as
# joy, and the OS said "That's wonderful. I'm glad to hear that your team has been
# successful", then named it as what gladdened it most).
_LAUGHED_OFF = re.compile(r"\b(?:lol|lmao|haha\w*|hehe\w*)\W*$|[\U0001f602\U0001f923]\W*$", re.I)


def setback_told(text: str) -> bool:
    """Whether `text` tells that they were passed over, turned down or not chosen."""
    told = bool(_NOT_CHOSEN.search(text)) and not _NOT_TOLD.search(text)
    return told and not _LAUGHED_OFF.search(text)


# A doubt others have of them, laughed off: "My mum still wants me to get a proper job though
# lol." (the night a band was signed; read as joy 0.97 for its "lol", and named later as what
# gladdened the OS most).
_DOUBTED = re.compile(
    r"\b(?:wants?|thinks?|says?|keeps? saying) (?:me to|i should|i need to|i'?ll (?:never|fail))\b",
    re.IGNORECASE,
)


def setback_laughed_off(text: str) -> bool:
    """Whether `text` tells of a setback, or of someone's doubt, and laughs it off: no news
    to be glad or sorry at."""
    told = _NOT_CHOSEN.search(text) or _DOUBTED.search(text)
    return bool(told and _LAUGHED_OFF.search(text))
