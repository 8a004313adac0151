"""Whose deed it was: praise for what someone else did is not the person's to take.

Told "She used to sing to me every night when I was little.", the model answered "That's so
sweet of you, Priya."; told of a neighbour who came to help, composed praise said "You
should be proud of yourself." A kindness told of someone else is that person's, and the OS
says so or says nothing of whose it was.
"""

from __future__ import annotations

import re

# A message that opens with someone else doing something: "Yusuf came and helped me…",
# "She used to sing to me…", "My dad drove all night…".
SOMEONE_ELSE_DID = re.compile(
    r"^\W*(?:(?i:and|but|so) )?(?:(?i:she|he|they)|(?i:my|our) (?:\w+ )?\w+|[A-Z][a-z]+"
    r"(?: and [A-Z][a-z]+)?)\s+(?:(?i:always |just |even |really |still |once )?(?:\w+ed|came"
    r"|made|gave|took|brought|got|sent|drove|rang|bought|wrote|stayed|sat|sang|sings|held"
    r"|used to|would (?!you\b)\w+))\b"
)
# Praise of the person's own kindness: "That's so sweet of you", "How brave of you".
_THEIR_KINDNESS = re.compile(
    r"\b(?:so |very |really |incredibly |such a )?(?:sweet|kind|thoughtful|generous|brave"
    r"|caring|lovely|good|nice|selfless) (?:thing )?of you\b(?! to (?:say|share|tell|ask))",
    re.IGNORECASE,
)
# The person in it too: "I sat with her while he drove." shares the deed.
_THEY_DID_TOO = re.compile(r"(?:^|[.!?]\s+)(?:i|we)\b|\b(?:i|we) (?:\w+ed|helped|made|did)\b", re.I)


def credits_them(sentence: str, their_text: str) -> bool:
    """Whether `sentence` praises the person for a deed `their_text` tells of someone
    else's."""
    return (
        bool(_THEIR_KINDNESS.search(sentence))
        and bool(SOMEONE_ELSE_DID.match(their_text))
        and not _THEY_DID_TOO.search(their_text)
    )


# Someone looking after them, told: "Amira is bringing me food. She's been amazing." (a
# father in intensive care; the OS said "Oh, that's great news, that's wonderful."). Kindness
# is no news to congratulate.
KINDNESS_TOLD = re.compile(
    r"\b(?:is|are|'s|'re) (?:bringing|cooking|making) (?:me|us) \w+"
    r"|\b(?:is|are|'s|'re) (?:coming|driving) (?:over|round|down|up) to (?:help|be with|sit with)"
    # Coming home to them: "David is flying home from Canada on Thursday." (his mother's
    # cancer spread; "What lovely news. Tell me everything!").
    r"|\b(?:is|are|'s|'re) (?:flying|coming|driving|travelling|traveling) (?:home|back)\b"
    # Staying by them: "Malcolm says we'll keep playing chess every Thursday no matter what."
    r"|\bno matter what\b"
    r"|\b(?:she|he|they|[A-Z][a-z]+)(?:'s| has| have|'ve) been (?:so |really |just )?(?:amazing"
    r"|incredible|wonderful|brilliant|a rock|so kind|so good to me|there for me)\b"
    # "Abena is being very supportive. She threw out all the sweets." (diabetes found; "What
    # lovely news.").
    r"|\b(?:is|are|'s|'re) being (?:so |very |really |incredibly )?(?:supportive|kind|patient"
    r"|understanding|helpful|good about it)\b"
    # Help offered: "Chloe says she'll take me out practising on Sunday." (a third driving
    # test failed; "I'm so sorry, Aisha.").
    r"|\b(?:says|said) (?:she|he|they)(?:'ll| will|'d| would) (?:take|help|drive|come|teach"
    r"|lend|look after|sit with|pick) (?:me|us)\b"
    # Or a suggestion: "Pat says I should join the bowls club." ("I'm so sorry to hear that.").
    r"|\b(?:says|said|thinks) (?:I|we) should (?:join|try|take up|come|go|get|start|see)\b"
    # "Bea offered to talk to my dad." (a wedding he won't come to; "That's so much to carry.").
    r"|\boffered to (?:talk|speak|help|drive|come|pay|take|sit|look|stay|cook|lend)\b"
    # Done already: "Jonah made me dinner without asking anything." (a thesis rejected; "I'm
    # listening, Priya."), "Pam sat with me all afternoon and didn't say much." ("What lovely
    # news. I'm so glad you enjoyed the meal."), "Priya made me tea and didn't ask questions."
    r"|\b(?:made|cooked|brought|bought) (?:me|us) (?:a |some |her |his )?(?:tea|dinner|breakfast"
    r"|lunch|soup|food|coffee|a cuppa|cake|flowers|a card)\b|\b(?:sat|stayed) with (?:me|us)\b"
    r"|\bheld my hand\b|\bcame with me\b|\blent (?:me|us)\b"
    r"|\bdrove (?:\w+ )*?(?:hours?|miles) to (?:see|be with)"
    r" (?:me|us)\b",
)
# News and congratulation, not gladness: "I'm glad she's with you" is right for a kindness.
NEWS = re.compile(r"\bnews\b|\bcongratulat|\bhappy for you\b", re.IGNORECASE)
