"""A grave illness found, told: read by a small grammar.

The readings weigh the telling more than the illness: "Nadia told me today she has breast
cancer. She's thirty-one." read as happy-for 0.63, and the OS said "Oh, that's great news."
Told that someone has, or was found to have, an illness that threatens a life, the OS is
sorry for them (heard_by_grammar.py). An illness ruled out ("It's not cancer.") is relief's
(relief.py), and is heard before this.
"""

from __future__ import annotations

import re

_GRAVE = (
    r"(?:(?:breast|lung|bowel|prostate|ovarian|skin|brain|pancreatic|liver|bone|blood"
    r"|stomach|throat|cervical|terminal|stage (?:one|two|three|four|[1-4]))\s+)?cancer"
    r"|leuka?emia|lymphoma|melanoma|a (?:brain )?tumou?r|(?:early[- ]onset )?dementia"
    r"|alzheimer'?s|parkinson'?s|motor neurone disease|\bals\b|multiple sclerosis|\bms\b"
    r"|heart failure|sepsis|a (?:stroke|heart attack)"
)
_FOUND = re.compile(
    r"\b(?:has|have|'s got|has got|got|had)\s+(?:got\s+)?(?:" + _GRAVE + r")"
    r"|\bdiagnosed with\s+(?:" + _GRAVE + r")"
    r"|\b(?:the )?(?:cancer|tumou?r) (?:is back|has come back|came back|has spread|spread)\b"
    # "I had my first dialysis session today." (kidneys failing, forty-five; read as admiration
    # 0.90: "Oh, that's wonderful. How does it feel?").
    r"|\b(?:starts?|started|starting|begins?|began|had|has|having) (?:her |his |their |my )?"
    r"(?:first |second |third |next |another )?(?:round of |session of |cycle of |course of )?"
    r"(?:chemo|chemotherapy|radiotherapy|dialysis|immunotherapy)\b"
    r"|\bmonths to live\b|\bis terminal\b|\bterminally ill\b"
    # "They're talking about months now." (the cancer spread; "I'm listening, Samuel.").
    r"|\btalking about (?:weeks|months|days)(?: now| left)?(?=\W*$)|\bonly (?:weeks|months"
    r"|days) left\b"
    # "The vet says Rex has about a month left." (a dog of fourteen; the model: "The vet's just
    # a few days away").
    r"|\b(?:has|have|'s got|given) (?:about |maybe |only |just |probably )?(?:a|one|two|three|four"
    r"|six|a few|a couple of) (?:more )?(?:weeks?|months?|days?) (?:left|to live)\b"
    # A child's life-long condition found: "Isla was diagnosed with autism today." (the model:
    # "Oh, that's great news to know about that."): much to take in, whatever comes of it.
    r"|\b(?:was|were|been|got|has been|have been) (?:finally |officially )?diagnosed with (?:autism"
    r"|adhd|dyslexia|epilepsy|diabetes|type (?:1|one) diabetes|cerebral palsy|asd"
    r"|a (?:heart|brain|kidney|lung|learning|rare)\b)"
    # Critically ill, or cut open: "My father is in intensive care. He had surgery on his
    # heart this afternoon." (read as happy-for 0.35: "Oh, that's great news").
    r"|\b(?:is|are|'s|'re|was|were|been) (?:still )?(?:in (?:intensive care|icu|critical care"
    r"|a coma|(?:a )?critical condition)|critical(?:ly ill)?|on life support)\b"
    r"|\b(?:had|has had|having|is having|needs?|needed|went in for) (?:\w+ )?(?:heart|brain"
    r"|open[- ]heart|emergency|major|bypass|spinal|lung|cancer) surgery\b"
    # Surgery ahead: "The doctor says I need heart surgery." (read as nothing: "I'm listening,
    # Desmond."), "I need an operation on my knee." (read as happy-for).
    r"|(?<!n't )(?<!not )(?:\bneeds?|\bha(?:ve|s) to have|(?:\bam|\bis|\bare|'m|'s|'re) having)"
    r" (?:an? |another |major |emergency )?(?:operation|surgery|amputation|transplant)\b"
    r"|\b(?:had|has had|having|is having|needs|needed) (?:emergency )?surgery on (?:his|her"
    r"|their|my) (?:heart|brain|spine|lungs?)\b"
    # In hospital with an illness: "Sasha is in hospital with pneumonia." (the OS: "What
    # lovely news."), or taken there.
    r"|\b(?:is|are|'s|was|were|been) (?:still )?in (?:the )?(?:hospital|intensive care|icu)"
    r" with\b|\b(?:rushed|taken|admitted|blue-lighted) (?:in)?to (?:the )?(?:hospital|a&e"
    r"|intensive care|icu|the er)\b|\b(?:on|needs) (?:oxygen|a ventilator)\b"
    # A pet's life ended by the vet ("Bramble has to be put down tomorrow." read as nothing).
    r"|\b(?:has|have|had) to (?:be|have (?:her|him|them|it)) put (?:down|to sleep)\b"
    r"|\b(?:is|are|was|being|getting|be) put (?:down|to sleep)\b"
    r"|\bhaving (?:her|him|them|it|\w+) put (?:down|to sleep)\b"
    r"|\bputting (?:her|him|them|it|\w+) (?:down|to sleep) (?:tomorrow|today|tonight"
    r"|this (?:morning|afternoon|week)|on \w+day)\b"
    # Or failing with age: "Max is getting old." (a dog of thirteen whose hips are going; "That's
    # so good to hear. Tell me everything!").
    r"|\b(?:is|'s|are|'re) (?:really |so )?(?:getting|gotten|grown|going) (?:old|older|frail"
    r"|frailer|slow|slower|downhill)\b|\b(?:is|'s|are|'re) (?:really )?slowing down\b",
    re.IGNORECASE,
)
# Ruled out, feared, asked or long past: "She doesn't have cancer.", "What if it's cancer?",
# "He had cancer years ago and beat it."
_NOT_TOLD = re.compile(
    r"\?|(?:\bnot|n't|\bno|\bnever)\b(?:\s+\w+){0,2}\s+(?:cancer|tumou?r|dementia|a stroke)"
    r"|\b(?:if|whether|might|may|could|beat|beaten|survived|years ago)\b",
    re.IGNORECASE,
)


def diagnosis_told(text: str) -> bool:
    """Whether `text` tells that someone has a grave illness."""
    return bool(_FOUND.search(text)) and not _NOT_TOLD.search(text)
