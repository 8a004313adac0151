"""A fear disconfirmed, told: relief, read by a small grammar.

Ortony, Clore and Collins name it: relief is the emotion at a feared event that did not
happen. A person's relief is good news, and the OS is glad for them. The classifiers
read the fear in such words and not its end: "The biopsy came back clear. We were so
scared last week." and "I passed my driving test! I was so nervous this morning." both
read as fear for them (fear-for), and a linear reading of one sentence vector takes the
topic (a scan, a cancer) for the kind of event. So where this grammar hears a fear
ended, the OS is glad for them (reactions.py), unless the words go on to a new worry
("…came back clear, but they found something else").
"""

from __future__ import annotations

import re

_TESTED = (
    r"(?:scan|test|results?|biopsy|mammogram|x-ray|bloods|blood work|smear|tests|heart|lungs"
    r"|blood pressure|liver|kidneys|bones|baby|heartbeat)"
)
_ENDED = re.compile(
    r"\b(?:came|come|comes) back (?:all )?(?:clear|benign|negative|normal|fine|okay|ok)\b"
    rf"|\b{_TESTED} (?:is|was|were|are) (?:all )?(?:clear|benign|negative|normal|fine)\b"
    r"|\b(?:doctors?|nurse|vet|consultant|surgeon|midwife) (?:says?|said|thinks?) (?:\w+ ){0,3}"
    r"(?:is|are|was|were|will be|'s|\w*'ll be) (?:absolutely |completely |perfectly )?"
    r"(?:fine|okay|ok|healthy|clear|going to be fine|normal)\b"
    r"|\b(?:beat|beaten|survived) (?:it|cancer|the cancer|leuka?emia|lymphoma)\b"
    r"|\ball clear\b|\bin remission\b|\bcancer[- ]free\b|\b(?:cancer|tumou?r|lump) (?:is|has)"
    r" (?:gone|shrunk|disappeared)\b|\bfalse alarm\b|\bsafe and sound\b|\bmade it through\b"
    # "The tumour's shrinking." "The chemo is working." (a son's scan; read as fear, and named
    # as what frightened the OS).
    r"|\b(?:cancer|tumou?r|tumou?rs|lump|growth)(?:'s| is| are|'re) (?:shrinking|getting smaller"
    r"|going|responding)\b|\b(?:the )?(?:chemo|treatment|radiotherapy|drugs|medication)(?:'s| is"
    r"| are|'re) (?:working|doing its job)\b|\bresponding (?:well )?to (?:the )?(?:treatment"
    r"|chemo)\b"
    r"|\bpulled through\b|\bout of (?:danger|the woods|intensive care|icu|hospital)\b"
    # Heard from at last: "She just texted! Phone died." (a daughter silent all day; read as a
    # death, "That must hurt so much.").
    r"|\b(?:she|he|they|(?-i:[A-Z][a-z]+)) (?:just|finally) (?:texted|called|rang|messaged|replied"
    r"|phoned|got in touch|answered)\b(?=[^.?]*!)|\b(?:her|his|their|my) phone (?:died|was dead"
    r"|ran out of battery)\b"
    r"|\b(?:they|we) found (?:him|her|them|my \w+)\b(?! dead)"
    # "A man found him two streets away and called the number on his tag!" (a dog run off in
    # the park; "I'm listening, Emma. Tell me more.").
    r"|\b(?:someone|somebody|a (?:man|woman|lady|guy|neighbou?r|stranger|kid|boy|girl|jogger"
    r"|dog walker)|the police|a farmer) (?:found|brought back|caught) (?:him|her|them)\b(?! dead)"
    r"|\bpassed (?:my|the|her|his|their|our) (?:\w+ )?(?:test|exam|exams|interview)\b"
    # Getting better: "The doctors say he's responding to the antibiotics."
    r"|\b(?:is|are|'s|'re|has been|have been) (?:finally |really |now )?(?:responding (?:well )?"
    r"to (?:the )?(?:antibiotics|treatment|chemo|medication|drugs|the drugs)|on the mend"
    r"|out of the woods|turning a corner|getting (?:better|stronger) every day)\b"
    # The feared thing ruled out: "I got the results back. It's not cancer." (the OS said
    # "Oh no, I'm so sorry to hear that."), "It wasn't a stroke after all."
    rf"|\b(?:it|that|the lump|the mole|the {_TESTED})(?:'s| is| was|'s been)? ?(?:not|n'?t)"
    r" (?:cancer|cancerous|malignant|a tumou?r|a stroke|a heart attack|serious|anything serious"
    r"|broken|fractured|a fracture|a break|his heart|her heart)\b"
    r"|\b(?:it'?s|it is|it was|the lump is|the lump was) benign\b|\bnothing serious\b"
    r"|\bnothing(?:'s| is| was)? (?:broken|fractured)\b"
    r"|\bno (?:sign|signs|trace) of (?:cancer|the cancer|a tumou?r|anything)\b"
    r"|^\W*no more (?:cancer|chemo|tumou?r|treatment|radiotherapy)\b"  # after a clear scan
    # A hurt that was a surprise all along: "Then tonight he came home with flowers and said
    # he'd been planning a surprise all along." (a forgotten anniversary; "That must hurt").
    r"|\b(?:had been|'d been|was|were|been) (?:secretly )?planning (?:a|the|this) surprise\b"
    r"|\bit was (?:all )?a surprise all along\b"
    # A row made up: "She just came down and said sorry. We hugged." (a daughter after a
    # slammed door; read as sorrow: "That must hurt so much.").
    r"|\b(?:came|come|comes) (?:down|round|over|back|home|up) and (?:said sorry|apologi[sz]ed)\b"
    r"|\bwe (?:made up|hugged it out|'?re (?:okay|ok|good) (?:again|now))\b"
    # Or a hug from someone who never does: "Then he hugged me. He never hugs." (a father told
    # of a counsellor; "I'm here with you. Do you want to tell me about it?").
    r"|^\W*(?:and )?(?:then|finally|at last) (?:he|she|they|(?:my|our|the) \w+"
    r"|(?-i:[A-Z][a-z]+)) hugged me\b"
    # A weight gone: "I feel lighter than I have in years." (a brother back after two years'
    # silence; read as nothing: "Mm. And how did that feel?").
    r"|\bi (?:feel|felt) (?:so |much |a lot |so much )?lighter\b|\b(?:a|such a) (?:huge |massive "
    r"|big )?weight (?:has been |was )?(?:lifted|off my (?:shoulders|chest|mind))\b"
    # Fine after a scare: "We rushed her to the vet and she's fine, they made her sick." (a dog
    # who ate a chocolate cake; read as nothing, and later as a fright still weighing).
    r"|\b(?:rushed|took|got) (?:him|her|them|it) to (?:the )?(?:vet|vets|hospital|a&e|doctor|er)"
    r"\b[^.!?]*\b(?:he|she|they|it)(?:'s| is|'re| are) (?:absolutely |completely |totally )?(?:fine"
    r"|okay|ok|alright|all right)\b"
    # Hurt, and only a little: "Dad fell again this morning. He's okay, just bruised."
    r"|\b(?:he|she|they|it)(?:'s| is|'re| are) (?:okay|ok|fine|alright|all right),? (?:just|only"
    r"|apart from|a bit) (?:a |some |a few |a bit )?(?:bruis\w*|shaken|shaky|scratch\w*|cuts?"
    r"|stitches|sore|grazes?|bumps?)\b"
    # Crying over at last: "She just fell asleep on my chest." (three hours of a baby's
    # crying; "Oh no, I'm so sorry.").
    r"|\b(?:she|he|they|the baby|baby) (?:has )?(?:just |finally |at last )?(?:fell|fallen|drifted"
    r"|dropped off) asleep\b|\b(?:she|he|they|the baby)(?:'s| is| has) (?:finally|at last)"
    r" (?:asleep|stopped crying|settled|gone down)\b",
    re.IGNORECASE,
)
# Hope let in at last, which the "hope" that marks a wish would hide: "I haven't let myself
# hope until today." (a husband cancer-free after two years; "Oh no, I'm so sorry.").
_HOPE_AT_LAST = re.compile(
    r"\b(?:haven'?t|hadn'?t|didn'?t|never) (?:let|allowed) myself (?:to )?(?:hope|believe it"
    r"|relax|cry|celebrate) (?:until|till|before) (?:today|now|tonight|this morning)\b"
    # A long night over: "She's finally asleep." (a baby crying at three in the morning; "What
    # lovely news. Tell me everything!").
    r"|\b(?:she|he|they|the (?:baby|kids?|twins)|(?:my|our) (?:baby|son|daughter|little one))"
    r"(?:'s| is|'re| are) (?:finally|at last) (?:asleep|sleeping|down|settled|quiet)\b"
    r"|\b(?:finally|at last) (?:fell|went|got (?:her|him|them)) (?:off )?(?:to )?(?:asleep|sleep)\b"
    r"|\b(?:finally|at last) stopped crying\b"
    # Or with thanks to heaven: "Oh thank god. He just texted. He's home." (a son driving back at
    # 2am; "Oh, that's great news. How's your home?").
    r"|\b(?:thank (?:god|goodness|heavens|christ)|phew)\b[^?]*\b(?:texted|called|rang|messaged"
    r"|(?:he|she|they)(?:'s| is|'re| are) (?:home|safe|back|here|fine|okay|ok))\b",
    re.IGNORECASE,
)
# A test whose "negative" is the news they feared: a child hoped for (setback.py).
_HOPED_FOR = re.compile(r"\b(?:ivf|pregnan\w*|embryos?|fertility|trying for a baby)\b", re.I)
# A new worry after the good news: "…came back clear, but they want more tests."
_BUT = re.compile(r"\b(?:but|except|however|although|though|yet|still|worse)\b", re.IGNORECASE)
# Asked, wished or feared, not told: "What if it's not benign?", "I hope it's clear."
_NOT_TOLD = re.compile(r"\?|\b(?:if|hope|hoping|pray|praying|wish|whether|unless)\b", re.I)


# What the new worry after it is: "Nothing's broken, thank god, but he's so frail now." (a
# father's fall; read as joy 0.98 for its "thank god": "That's wonderful, Hannah.").
_WORRY = re.compile(
    r"\b(?:frail|weak|confused|shaken|scared|frightened|worried|worse|not (?:himself|herself"
    r"|themselves|right|the same)|can'?t|couldn'?t|won'?t|struggling|in pain|more tests"
    r"|another|something else|keeping (?:him|her|them) in|kept (?:him|her|them) in|overnight"
    r"|for observation|in hospital)\b",
    re.IGNORECASE,
)


def relief_undone(text: str) -> bool:
    """Whether `text` tells of a fear ended and goes straight on to a new worry: a fear for
    them, not relief."""
    ended = _ENDED.search(text)
    if ended is None or _NOT_TOLD.search(text):
        return False
    rest = text[ended.end() :]
    turn = _BUT.search(rest)
    return turn is not None and bool(_WORRY.search(rest[turn.end() :]))


def relief_told(text: str) -> bool:
    """Whether `text` tells of a fear that ended well, and goes on to no new worry."""
    if _HOPE_AT_LAST.search(text) and "?" not in text:
        return True
    hoped_for = bool(_HOPED_FOR.search(text))
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        ended = _ENDED.search(sentence)
        if ended is None or _NOT_TOLD.search(sentence):
            continue
        if hoped_for and "negative" in ended.group().lower():
            continue
        rest = text[text.find(sentence) + ended.end() :]
        if not _BUT.search(rest):
            return True
    return False
