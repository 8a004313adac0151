"""A plan they have made, told: "Maybe I'll talk to him tomorrow.", "I'll book an
appointment.", "Maybe I'll let it go.", "I'll sleep on it." The OS says what it thinks of the
plan, briefly, and leaves it theirs (decisions.py asks these beside the decisions asked). And
a free weekend with no plan, asked about.

The embedded model took such plans for news or for a loss: "I'm so glad you're having fun
tonight", "Oh no, I'm so sorry.", "I'll make sure to get you the best."
"""

from __future__ import annotations

import re

from os1.memory.relations import pronouns_of

# A talk planned with someone they are at odds with: "Maybe I'll talk to him tomorrow." (a
# father gone quiet; the model: "That must hurt so much. I'm so sorry."), "Okay. I'll talk
# to him properly tonight." (the model: "I'm so glad you're having fun tonight").
_TALK_PLANNED = re.compile(
    r"^\W*(?:(?:okay|ok|right|alright|so|yeah|fine)[.,!]?\s+)?"
    r"(?:maybe |perhaps |i think |i guess )?(?:i'?ll|i'?m going to|i'?m gonna)"
    r" (?:try (?:and |to )?|just |go and )?(?:talk to|speak to"
    # "I'll tell her tonight." (made redundant that day; "I'm so glad it helped"), "Maybe I'll
    # tell my teacher." (girls at school laughing at her; "Tell me more about your teacher").
    r"|call|ring|phone|tell|have a word"
    r" with|sit down with|have it out with|reply to|text|message|write to|get back to)"
    r" (?P<who>him|her|them|[A-Z][a-z]+|my \w+)"
    r"(?: (?:properly|again|about it|first|instead))?(?: (?:tomorrow|tonight|in the morning|later"
    # "I'll call him every Sunday." (a father's Parkinson's, two hours away; "Tell me more.").
    r"|every (?:sunday|week|day|evening|weekend|\w+day)|more often|each week"
    r"|at the weekend|this weekend|on \w+day|soon|when (?:he|she|they)(?:'s| is| are|'re)"
    r" (?:home|back|calmer)))?\W*$",
    re.IGNORECASE,
)

# Help sought, decided: "Fine. I'll book an appointment tomorrow." (after putting off a doctor
# for three panic attacks; "That's so good to hear. I'll make sure to get you the best.").
_HELP_PLANNED = re.compile(
    r"^\W*(?:(?:okay|ok|right|so|yeah|fine|alright)[.,!]?\s+)?(?:maybe |i think |i guess )?"
    r"(?:i'?ll|i'?m going to|i'?m gonna|i will) (?:(?:book|make|get) (?:an|a|the) (?:appointment"
    r"|doctor'?s appointment|gp appointment)|(?:see|call|ring|phone|talk to|speak to|ask)"
    # "I'll talk to the midwife tomorrow." (two weeks a mother, crying every day; "Oh no").
    r" (?:a|the|my) (?:doctor|gp|therapist|counsellor|counselor|midwife|health visitor|nurse"
    r"|pharmacist|consultant|specialist))(?: (?:about it|about (?:this|that|them)))?"
    r"(?: (?:tomorrow|tonight|in the morning|this week|on \w+day|next week|on monday|soon"
    r"|first thing))?\W*$",
    re.IGNORECASE,
)

# A break, thought of: "Maybe I should book something." (no holiday in two years, burning out;
# "Go on, Ben, I'm here.").
_BREAK_PLANNED = re.compile(
    r"^\W*(?:(?:okay|ok|right|so|yeah|hm+),?\s+)?(?:maybe |perhaps )?i (?:should|could|might"
    r"|will|'ll|need to) (?:book|take|have|plan) (?:something|a holiday|a break|some time off"
    r"|a few days off|a (?:day|week) off|a trip|a proper holiday)(?: soon| this year)?\W*$",
    re.IGNORECASE,
)
# Waiting, decided: "Okay, I'll wait till morning." (after a row; composed "I'm listening"),
# "I'll sleep on it."
_WAIT_PLANNED = re.compile(
    r"^\W*(?:(?:okay|ok|right|so|yeah|fine)[.,!]?\s+)?(?:maybe |perhaps |i think |i guess )?"
    r"(?:i'?ll|i'?m going to|i'?m gonna) (?:wait (?:till|until) (?:the )?(?:morning|tomorrow)"
    r"|sleep on it|leave it (?:till|until) (?:the )?(?:morning|tomorrow))\W*$"
    # "Okay. I won't reply tonight." (an ex's text after a year; "That must hurt so much.").
    r"|^\W*(?:(?:okay|ok|right|so|yeah|fine)[.,!]?\s+)?i (?:won'?t|will not|'m not going to)"
    r" (?:reply|answer|text (?:him|her|them) back|respond)(?: (?:tonight|yet|for now|right now))?"
    r"\W*$",
    re.IGNORECASE,
)

# A first step toward people: "I'm going to ask someone for coffee tomorrow." (lunch alone
# again, two years in; "Go on, Sid, I'm here.").
_REACHING_OUT = re.compile(
    r"^\W*(?:(?:okay|ok|right|so|yeah|fine)[.,!]?\s+)?(?:maybe |i think |i guess )?(?:i'?ll"
    r"|i'?m going to|i'?m gonna|i will) (?:try (?:and |to )?)?(?:ask|invite) (?:someone|somebody"
    r"|one of them|a colleague|her|him|them|(?-i:[A-Z][a-z]+)) (?:for|to|out for) (?:a )?(?:coffee"
    r"|lunch|a drink|drinks|dinner|a walk|a pint)(?: (?:tomorrow|this week|on \w+day|soon))?\W*$",
    re.IGNORECASE,
)

# Joining people, asked about: "Do you think I should join the lunch club at the church?" (no
# one had come all day; "I'm not sure I have a good answer to that yet.").
_JOINING = re.compile(
    r"^\W*(?:(?:so|but|honestly),?\s+)?(?:should i|do you think i should|shall i|would it be"
    r" (?:silly|weird|daft) to) (?:join|go to|try|sign up for|start going to) (?:the|a|that|this)"
    r" [^?]{0,40}\b(?:club|group|class|choir|society|team|meet-?up|circle|gym|lunch|coffee"
    r" morning|book club)\b[^?]{0,30}\?\W*$",
    re.IGNORECASE,
)

# Letting it go, decided: "Maybe I'll let it go." (a forgotten birthday; the model: "Oh no,
# I'm so sorry.").
_LET_GO = re.compile(
    r"^\W*(?:(?:okay|ok|right|so|yeah|fine)[.,!]?\s+)?(?:maybe |perhaps |i think |i guess )?"
    r"(?:i'?ll|i'?m going to|i'?m gonna|i should) (?:just )?(?:let (?:it|this|that) (?:go|slide)"
    r"|forgive (?:him|her|them)|give (?:him|her|them) (?:another|a second) chance)\W*$",
    re.IGNORECASE,
)


# A free weekend: "What do you think I should do this weekend?" (divorce papers signed that
# morning; "I'm not sure I have a good answer to that yet."), "Any ideas what I should do this
# weekend? I've got nothing planned for once." (the model: "That must hurt so much.").
_WEEKEND_ASKED = re.compile(
    r"^\W*(?:(?:so|and|ok(?:ay)?),?\s+)?(?:any ideas (?:for )?)?(?:what (?:should|could|can|shall)"
    r" i do|what i (?:should|could) do|what to do|what do you (?:think|reckon) i should do)"
    r" (?:this|at the|on the|next) weekend\b[^?]*\?",
    re.IGNORECASE,
)

# Days emptied: "What do you think I should do with my days?" (a farm sold after sixty years
# in the family; the model: "I think it's a great idea to plan and prepare for every moment").
_DAYS_ASKED = re.compile(
    r"^\W*(?:(?:so|and|but|ok(?:ay)?),?\s+)?(?:what (?:should|could|can|shall|do) i do|what do"
    r" you (?:think|reckon) i should do|what would you do) with (?:my|all my|myself|my (?:time"
    r"|days|life|retirement|weekends|evenings))(?: (?:days|time))?(?: now| then| all day)?\W*$",
    re.IGNORECASE,
)


def plan_told(text: str, name: str) -> str | None:
    """The OS's word on a plan `text` (stripped) tells; `name` is ", Theo" or ""; None when
    no plan is told."""
    if _WEEKEND_ASKED.match(text):
        return (
            f"Something small that's just for you{name}, and maybe one person who makes you "
            "laugh. What did you use to love doing with a free Saturday?"
        )
    if _JOINING.match(text):
        return (
            f"I think it could be lovely{name}. Everyone there was new once, and the people who "
            "run these are glad of a new face. What would make it easier to walk in the first "
            "time?"
        )
    if _REACHING_OUT.match(text):
        return (
            f"I like that plan{name}. It only takes one yes, and most people are glad to be "
            "asked. Tell me how it goes?"
        )
    if _DAYS_ASKED.match(text):
        return (
            f"Start small{name}: one thing each day that uses what you already know, and one "
            "that's new. What did you always say you'd do if you ever had the time?"
        )
    if (talk := _TALK_PLANNED.match(text)) is not None:
        return (
            f"That sounds like a good plan{name}. What do you most want "
            f"{pronouns_of(talk['who'])[0]} to hear?"
        )
    if _BREAK_PLANNED.match(text):
        return (
            f"I think you should{name}. Even a few days with nothing to do counts. Where would "
            "you go?"
        )
    if _HELP_PLANNED.match(text):
        return f"I'm glad{name}. Asking for help takes something. Tell me how it goes?"
    if _LET_GO.match(text):
        return (
            f"That sounds generous{name}. You can let it go and still have been hurt by it; "
            "both are true."
        )
    if _WAIT_PLANNED.match(text):
        # Not "wise": what waits may be a row or a pain, and the OS cannot tell which.
        return f"All right{name}. If anything changes before then, I'm right here."
    return None
