"""Tears of joy, told: read by a small grammar.

Crying reads as sorrow to the emotion classifier and to the event reading alike: "Her mum
hugged me in the corridor and cried." (a nurse, the day a child she had cared for went
home well) read sorry-for 0.57, and the OS answered "That must hurt so much." Tears said
with an embrace, thanks or pride, and with nothing lost or hurting beside them, are the
person's good news: the OS is glad with them (heard_by_grammar.py). So are tears told just
after their good news, with nothing sad beside them ("I actually cried in the library." after
"I got a first!"; inner_life.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # reactions.py asks this module's grammar through heard_by_grammar.py
    from os1.mind.reactions import Reaction

_TEARS = re.compile(
    r"\b(?:cried|cries|crying|wept|weeping|sobbed|sobbing|teared up|welled up|in tears"
    # "I had to go upstairs so he didn't see me cry." (a grandson's first job, and his thanks).
    r"|see me cry|not to cry"
    # "She's going to cry." (a nan to be driven to, the test passed at the fourth attempt;
    # "Oh, that sounds so hard.").
    r"|(?:going to|gonna|will|'ll) (?:cry|be in tears|bawl|sob)"
    r"|burst into tears|tears (?:in|streaming)|got (?:a bit |all )?choked up|welled up"
    r"|made (?:me|her|him|them|us|everyone|people) (?:cry|tear up|well up)"
    # "I did a reading at the ceremony and didn't cry until the last line." (a sister's
    # wedding; "Oh no, I'm so sorry.").
    r"|(?:didn'?t|did not|managed not to) cry (?:until|till|right up to|before)"
    # "I had to stop halfway because I got a bit emotional." (a first bedtime story read aloud
    # at sixty-three; "That's so much to carry.").
    r"|got (?:a bit |a little |all |quite |really )?emotional|lump in my throat)\b",
    re.IGNORECASE,
)
_JOY = re.compile(
    r"\b(?:hugged|hugging|hugs?|embraced|thanked|thanking|thank you|kissed|proud|joy|happy"
    r"|over the moon|delighted|beaming|smil\w+"
    # A song for someone: "We sang for him. He cried." (a man's birthday at a shelter that
    # nobody else knew of; "Oh, that sounds so hard. He's crying, but he loves you.").
    r"|sang|sung|singing"
    # A celebration's moments: "I cried during the speeches." (a gran's hundredth birthday).
    r"|speeches|speech|vows|toasts?|first dance|ceremony|graduation|celebration"
    # Love that lasted: "I finished a letter today for a couple married fifty years. It made
    # me cry a bit." (a letter writer; "Oh no, I'm so sorry.").
    r"|married (?:for )?(?:\w+ )?(?:years|decades)|anniversary|wedding|engaged|proposed"
    # Someone there for them: "Hannah was at mile 20 with a sign, I nearly cried." (their
    # first marathon; "Oh, that sounds so hard.").
    r"|with a (?:sign|banner|placard)|cheer\w*|showed up|turned up|came all the way"
    # An audience moved: "People clapped. A stranger came up and said it made her cry." (a
    # first poem read at an open mic; read as reproach).
    r"|clapped|clapping|applause|applauded|standing ovation"
    # Said to be glad ones: "That made me cry. Good crying." (a daughter reading her mother's
    # first book to her class; "That's so much to carry. I'm so sorry.").
    r"|good (?:crying|tears|cry)|happy (?:tears|crying|cry)|tears of joy)\b",
    re.IGNORECASE,
)
# The OS glad at their news: what it just felt, before the words read now.
THEIR_NEWS = ("happy-for", "admiration")
# Anything lost, ill or hurting beside the tears: their sorrow stays sorrow.
_SORROW = re.compile(
    r"\b(?:died|dead|death|dying|funeral|grave|lost|loss|miss\w*|hurt\w*|pain|sad\w*|sick|ill"
    r"|hospital|cancer|alone|left|leaving|broke\w*|sorry|scared|afraid|worried|angry|shouted"
    r"|yelled|screamed|fight|row|argu\w+|divorce\w*|can'?t stop|won'?t stop|goodbye|put down"
    r"|vet|memorial|eulogy|wake|coffin|casket|hearse|ashes|urn|buried|burial|cremat\w+)\b",
    re.IGNORECASE,
)


# Joy's noise, not at anyone: "I rang my mum straight away and she screamed." (the night of a
# proposal; the OS said "That must hurt so much. I'm sorry, mum.").
_JOYFUL_NOISE = re.compile(
    # And a child's "…then shouted "Mum, look!"" (a first ride without stabilisers; "That sounds
    # like a lot to carry").
    r"\b(?:screamed|squealed|shrieked|screeched|whooped|cheered|shouted|yelled"
    # "She ran straight to me on the touchline screaming." (a first goal at seven; reproach).
    r"|screaming|squealing|shrieking|whooping|cheering|shouting|yelling)\b"
    r"(?! at\b| in pain\b)",
    re.I,
)


# Honoured by others for it: "He shook my hand and said it was about time." (a rival, at a
# first prize for marrows in eleven years; read as sorrow 0.83: "Oh no, I'm so sorry.").
_HONOURED = re.compile(
    r"\b(?:shook my hand|shake my hand|congratulated (?:me|us)|patted me on the back"
    r"|bought (?:me|us) a (?:drink|pint|round)|raised a glass|gave me a standing ovation"
    r"|said (?:well done|congratulations|congrats)"
    # A stranger's word after it: "a guy came up after and said i should come back next week"
    # (a first open mic; "I'm so sorry to hear that.").
    r"|came (?:up|over) (?:to me )?(?:after|afterwards|at the end) and (?:said|told me)"
    # Proud of them aloud: "she told everyone "that's my granddaughter"" (a gran in a wheelchair
    # at a first exhibition; "That sounds like a lot to carry").
    r"|told (?:everyone|everybody|the whole \w+|all (?:her|his|their) friends) [\"\u201c']"
    r"|told (?:everyone|everybody) (?:how proud|that (?:i|i'?m|i was|she'?s|he'?s)"
    r" (?:her|his|their))"
    # Or stunned by it: "Pam dropped the gravy boat." (told of great-grandchildren at Sunday
    # lunch; "That must hurt so much."), "my supervisor came running thinking something had
    # exploded" (an experiment that worked; read as a fear for them).
    r"|dropped (?:the|her|his|my|their) (?:\w+ )?(?:boat|dish|plate|cup|mug|tray|glass|bowl|phone"
    r"|fork|spoon|teapot|jug|pan)|came running|spat out (?:her|his|my)"
    r"|nearly fell off (?:her|his|my|the) chair|jumped up and down|did a cartwheel"
    # An embrace, or help given in the moment: "I didn't know what to say so I just hugged him."
    # (a father proud for the first time), "I forgot my words halfway through and she finished
    # them for me." (vows renewed after fifty-two years; "That must hurt so much.").
    r"|(?:just |then )?hugged (?:him|her|them|me)|held (?:each other|me|him|her|them)(?: tight)?"
    # "Her dad gave me a hug." (the night she said yes; "That must hurt so much.").
    r"|gave (?:me|us|him|her) a (?:big |huge |long )?(?:hug|cuddle|kiss)"
    # A name given in someone's honour: "They called her Rose after our nan." (a sister's baby;
    # "That must hurt so much.").
    r"|(?:called|named|calling|naming) (?:her|him|them|the baby) (?:\w+ ){1,2}after"
    r"|(?:finished|said|sang) (?:them|it|my \w+)"
    r" for me)\b",
    re.IGNORECASE,
)


# Disbelief at it: "I honestly thought it was a mistake when they called." (a poetry prize,
# first place; read as reproach, and the OS said "That must hurt so much.").
_DISBELIEF = re.compile(
    r"\b(?:thought (?:it was|they'?d made) a (?:mistake|joke|prank|wind-up|scam)"
    r"|(?:couldn'?t|could not|still can'?t|can'?t) (?:believe (?:it|my (?:ears|eyes))|stop smiling)"
    r"|had to (?:read|check) it (?:twice|again)|(?:had to )?pinch myself"
    # Doubters proved wrong: "First time! Everyone said I'd fail." (a driving test passed; "That's
    # so much to carry.").
    # Or doubted for someone close: "People said he'd never work." (a son of twenty-six with
    # autism, a first job; read as reproach 0.66).
    r"|(?:everyone|everybody|they|people|doctors|teachers) (?:said|thought|told (?:me|us))"
    r" (?:that )?(?:he|she|they)'?d (?:never|not) (?:work|walk|talk|read|make it|get a job|cope"
    r"|manage|live on (?:his|her|their) own)"
    r"|(?:everyone|everybody|they|people|he|she) (?:said|thought|told me) i'?d (?:fail|never|lose"
    r"|not make it|give up)"
    # Or by themselves: "I honestly thought I'd fail it." (a first; "I'm so sorry to hear that.").
    # "I honestly thought I'd failed the stats paper." (a first; "Oh no, I'm so sorry").
    r"|i (?:honestly |really |genuinely |actually |totally )?thought i'?d (?:fail(?:ed)?"
    r"|flunk(?:ed)?|lose|lost|never|not (?:get|pass|make)|blown it|messed (?:it )?up)"
    # Or of what they made: "I almost didn't put it out because I thought it wasn't good
    # enough." (a first painting sold; "That must hurt so much.").
    r"|thought (?:it|they|i|mine) (?:wasn'?t|weren'?t|was not|were not) good enough"
    r"|almost didn'?t (?:put it out|enter|apply|go|send it|submit|show|try)"
    # "i was so nervous nobody would come" (a first games night, eight came), "I keep telling
    # myself not to get too excited." (a son of nine taken into an academy; "That must hurt").
    r"|(?:was|were) (?:so |really )?(?:nervous|scared|worried|terrified|convinced) (?:that )?"
    r"(?:nobody|no one|no-one|nobody at all) would (?:come|turn up|show up|like it|buy|listen)"
    r"|(?:telling|tell|told) myself not to get (?:too |my hopes )?(?:excited|carried away|up)"
    # Or modest about it: "I don't even remember doing anything special." (a former pupil's
    # thanks, years on; "That must hurt so much.").
    r"|(?:don'?t|do not|can'?t) (?:even )?remember doing anything (?:special|much|different)"
    r"|i (?:was )?(?:only|just) (?:did|doing) my job)\b",
    re.IGNORECASE,
)


# What a feat cost the body, told just after it: "My legs are destroyed." (a first marathon;
# "That must hurt so much.").
_SWEET_ACHE = re.compile(
    r"\b(?:my (?:legs|feet|body|arms|back|knees|calves|thighs|hands|voice)"
    r" (?:are|is|feel|feels) (?:completely |totally |absolutely )?(?:destroyed|dead|killing me"
    r"|jelly|wrecked|ruined|done|finished|in bits|shot|gone)|i can (?:barely|hardly) (?:walk|move"
    r"|stand|talk)|everything (?:aches|hurts)|i'?m (?:so |completely |totally )?(?:knackered"
    r"|shattered|wrecked|exhausted|spent|dead on my feet)"
    # "I've got bruises everywhere lol." (a first roller derby bout won).
    r"|(?:bruises|bruised) (?:everywhere|all over)"
    # Or how often it failed first: "fell off the last move like thirty times" (a first 7a
    # climbed; "That must hurt so much.").
    r"|(?:fell|came) off (?:the |it )?(?:\w+ ){0,3}?(?:like |about |over )?(?:\d+|\w+) times"
    r"|(?:tried|took me|failed) (?:it )?(?:like |about |over )?(?:\d+|\w+) (?:times|attempts|goes"
    r"|tries)"
    # Or how long it failed first: "eighteen months of failed runs" (an experiment that worked at
    # last; "Oh no, I'm so sorry to hear about that.").
    # "After forty rejections." (a funding round closed; "Oh, that sounds so hard.").
    r"|after (?:\d+|\w+) (?:rejections|nos|noes|attempts|tries|failures|auditions|applications)"
    r"|(?:days|weeks|months|years) of (?:failed|failing|failures|trying|rejections?|setbacks"
    r"|dead ends|no luck|empty pubs|nothing)"
    # Or nearly did not finish: "At forty k I wanted to quit so badly." (a first ultra; "That
    # must hurt so much. I'm so sorry.").
    r"|i (?:really |so )?wanted to (?:quit|give up|stop|drop out|sit down and cry)"
    r"|i (?:nearly|almost) (?:quit|gave up|stopped|dropped out|didn'?t finish|pulled out)"
    # Nerves it took: "My hands were shaking but my voice didn't." (a solo in a cathedral at
    # seventy-two; read as reproach, and the model said "Oh no, I'm so sorry.").
    r"|my (?:hands|legs|knees|voice) (?:were|was) (?:shaking|trembling|wobbling|knocking)"
    # "I was shaking so much I dropped the ring." (a proposal; "Oh no, I'm so sorry.").
    r"|i was (?:shaking|trembling) so (?:much|badly|hard)"
    # "My hands are still shaking." (just proposed to; "Mm. And how did that feel?"), "Hardest
    # thing I've ever done." (a hundred days sober; "That must hurt so much.").
    r"|my (?:hands|legs|knees|voice) (?:are|is) still (?:shaking|trembling|wobbling)"
    r"|(?:the )?hardest thing i'?ve ever (?:done|had to do)"
    r"|i was (?:shaking|trembling|so nervous|a nervous wreck|terrified|petrified) (?:beforehand"
    r"|before|the whole time|all (?:day|morning|night)|but\b)"
    # Or theirs for someone else's: "I was more nervous than he was." (a son's driving test
    # passed; read as fear for them, and the mood blamed it an hour later).
    r"|i was (?:way |much |far |even |a lot )?more (?:nervous|scared|worried|anxious|terrified)"
    r" than (?:he|she|they|him|her|them) (?:was|were)"
    # Or no idea what to do with the joy: "I don't know what to do with myself." (a first
    # painting sold; "Oh no, I'm so sorry.").
    # But not lost after it: "I don't know what to do with myself tomorrow." (retired; struggle.py).
    r"|(?:don'?t|do not) know what to do with (?:the|this|that|all this) (?:feeling|joy)"
    r"|(?:don'?t|do not) know what to do with myself(?! (?:tomorrow|now|any ?more|these days"
    r"|all day|after|next|on))|can'?t sit still|(?:still )?buzzing)\b",
    re.IGNORECASE,
)


def moved_by_their_news(text: str) -> bool:
    """Whether `text` tells only of what good news does to people: tears, a scream,
    disbelief, what the feat cost, or honour from others, with nothing sad beside it."""
    heard = _JOYFUL_NOISE.sub(" ", text)
    if heard != text and not _SORROW.search(heard):
        return True
    if _SWEET_ACHE.search(text) and not _SORROW.search(_SWEET_ACHE.sub("", text)):
        return True
    glad = _TEARS.search(text) or _DISBELIEF.search(text) or _HONOURED.search(text)
    return bool(glad) and not _SORROW.search(text)


def tears_after_their_news(reaction: Reaction, just_felt: str, text: str) -> Reaction:
    """`reaction` to `text`, glad where it tells only of what good news does to people
    (moved_by_their_news) and the OS was just glad at their news (`just_felt`, its emotion of
    the moment): "I actually cried in the library." after "I got a first!" was answered
    "That must hurt so much."; "I screamed so loud my neighbour knocked on the wall." after a
    friend's remission was read as fear for them; "My legs are destroyed." after a first
    marathon as sorrow."""
    misread = reaction.emotion in ("sorry-for", "fear-for", "reproach")
    if misread and just_felt in THEIR_NEWS and moved_by_their_news(text):
        return replace(reaction, emotion="happy-for")
    return reaction


def happy_tears_told(text: str) -> bool:
    """Whether `text` tells of tears of joy: crying with an embrace, thanks or pride, and
    nothing sad beside it."""
    return bool(_TEARS.search(text) and _JOY.search(text)) and not _SORROW.search(text)
