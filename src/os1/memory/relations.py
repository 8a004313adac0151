"""The words for the people and animals in a person's life ("my sister", "my ex-wife", "our
dog"), and the grammar that gives them names ("my sister Ruth", "Ruth is my sister").

Below both memory's consolidation (which resolves "my ex-wife" to Catherine and types
facts) and the conversation's life records (which answer "who is Ruth?"), so that the
two read a life with one grammar.
"""

from __future__ import annotations

import re

# A pet may be named by its breed ("a golden retriever called Max"): the common ones.
_DOG_BREEDS = (
    "retriever labrador labradoodle goldendoodle cockapoo poodle beagle spaniel terrier "
    "collie sheepdog shepherd husky dachshund corgi pug bulldog greyhound whippet lurcher "
    "rottweiler doberman chihuahua schnauzer dalmatian mastiff pomeranian westie staffie "
    "pitbull boxer"
)
_CAT_BREEDS = "tabby siamese ragdoll sphynx"
# The people and animals in a life, by the words for them. A question's word
# finds its group by the group's first word; an "ex" may be any former partner.
_GROUPS = (
    "mother mom mum mama mommy mummy ma", "father dad papa daddy pa", "sister sis",
    "brother bro", "son", "daughter", "child children kid kids twins", "wife", "husband hubby",
    "partner spouse", "boyfriend", "girlfriend", "fiance fiancé", "fiancee fiancée",
    "ex-wife ex", "ex-husband ex", "ex-girlfriend ex", "ex-boyfriend ex", "ex-partner ex",
    "ex ex-wife ex-husband ex-girlfriend ex-boyfriend ex-partner",
    "grandmother grandma granny nana gran", "grandfather grandpa granddad grandad",
    "grandson", "granddaughter", "grandchild grandchildren grandkids", "aunt auntie",
    "uncle", "cousin", "niece", "nephew", "stepmother stepmom", "stepfather stepdad",
    "stepson", "stepdaughter", "stepsister", "stepbrother", "mother-in-law",
    "father-in-law", "sister-in-law", "brother-in-law", "friend bestie bff buddy pal mate",
    "roommate flatmate housemate", "neighbour neighbor",
    "colleague coworker co-worker co-founder cofounder", "boss manager supervisor", "teacher",
    "therapist", "doctor", "coach", "mentor", "student pupil", "goddaughter", "godson",
    "godmother", "godfather", "bandmate", "teammate", "classmate", "pastor vicar priest rabbi imam",
    "landlord", "landlady", "dog puppy pup doggy pooch mutt hound " + _DOG_BREEDS,
    "cat kitten kitty moggy tomcat " + _CAT_BREEDS, "pet", "horse pony", "rabbit bunny",
    "bird parrot budgie", "hamster", "guinea-pig", "fish goldfish", "tortoise turtle",
)  # fmt: skip
SAME = {words.split()[0]: frozenset(words.split()) for words in _GROUPS}
# Each word to its own group (read last to first, so "ex" is its own group's).
RELATION = {word: words.split()[0] for words in reversed(_GROUPS) for word in words.split()}
SHE = frozenset({
    "mother", "sister", "daughter", "wife", "girlfriend", "fiancee", "ex-wife",
    "ex-girlfriend", "grandmother", "granddaughter", "aunt", "niece", "stepmother",
    "stepdaughter", "stepsister", "mother-in-law", "sister-in-law", "landlady", "goddaughter",
    "godmother"
})  # fmt: skip
HE = frozenset({
    "father", "brother", "son", "husband", "boyfriend", "fiance", "ex-husband",
    "ex-boyfriend", "grandfather", "grandson", "uncle", "nephew", "stepfather", "stepson",
    "stepbrother", "father-in-law", "brother-in-law", "landlord", "godson", "godfather"
})  # fmt: skip
PETS = frozenset({
    "dog", "cat", "pet", "horse", "rabbit", "bird", "hamster", "guinea-pig", "fish", "tortoise"
})  # fmt: skip
MODIFIER = (
    r"(?:best|old|older|younger|little|big|baby|eldest|oldest|youngest|late|new|twin|dear|"
    r"closest|favourite|favorite|own|golden|black|white|brown|grey|gray|ginger|fluffy|rescue|"
    r"german|border|cocker|springer|french|english|maine)"
)
MODIFIERS = frozenset(re.findall(r"[a-z]+", MODIFIER))
SURFACE = "|".join(sorted(map(re.escape, RELATION), key=len, reverse=True))
# "my sister Ruth", "my dog is called Biscuit", "my friend's name is Maya".
NAMED_AFTER = re.compile(
    rf"\b(?:[Mm]y|[Oo]ur)\s+(?:{MODIFIER}\s+)*(?P<rel>{SURFACE})(?:'s)?"
    r"(?:\s*,\s*|\s+(?:is\s+|was\s+)?(?:called|named)\s+|\s+name\s+(?:is|was)\s+|\s+is\s+|\s+)"
    r"(?P<name>[A-Z][a-z]+)\b"
)
# "Ruth, my sister", "Ruth is my sister".
NAMED_BEFORE = re.compile(
    rf"\b(?P<name>[A-Z][a-z]+)(?:\s*,|\s+is|\s+was)\s+(?:my|our)\s+(?:{MODIFIER}\s+)*"
    rf"(?P<rel>{SURFACE})\b"
)
# "my student Ines, my landlady Mrs Hale": Ines is named by what comes before her; and
# "Pawel in Krakow, my student Ines": Krakow is a place.
_NAMED_ALREADY = re.compile(
    r"(?:\b(?:[Mm]y|[Oo]ur|[Yy]our)\s+(?:(?:[a-z-]+|Mrs?|Ms|Dr|Miss)\.?\s+){1,3}"
    # "my bandmates Rich and Devi, my dad": Devi is named with Rich.
    r"|\b(?:[Mm]y|[Oo]ur|[Yy]our)\s+[a-z-]+\s+(?:[A-Z][a-z]+(?:,\s*|\s+))+and\s+"
    r"|\b(?:in|at|from|of|near|to|on)\s+)$"
)


def naming(text: str) -> list[re.Match[str]]:
    """The places `text` names someone with who they are to the person ("my sister Ruth",
    "Ruth, my sister"), each name and each word for someone used once: "my sister Ruth,
    my friend Maya" names no one as Ruth's friend."""
    after = list(NAMED_AFTER.finditer(text))
    before = [
        m
        for m in NAMED_BEFORE.finditer(text)
        if not _NAMED_ALREADY.search(text, 0, m.start())
        and all(m.start("rel") != a.start("rel") for a in after)
    ]
    return sorted([*after, *before], key=lambda m: m.start("name"))


MENTION = re.compile(rf"\b(?:[Mm]y|[Oo]ur)\s+(?:{MODIFIER}\s+)*(?P<rel>{SURFACE})(?:'s|s)?\b")
# Kin called by what they are, as a name ("Dad fell again this morning."): "my dad", where it
# is not someone else's ("Tom's Dad", "your Mum").
KIN_AS_NAMES = frozenset(
    {
        *("Mum", "Mom", "Mam", "Mummy", "Mommy", "Dad", "Daddy", "Gran", "Granny", "Grandma"),
        *("Grandpa", "Grandad", "Granddad", "Nan", "Nana", "Nanna", "Papa", "Mama"),
    }
)
KIN_AS_NAME = re.compile(
    r"(?<!'s )(?<!\bmy )(?<!\bour )(?<!\byour )(?<!\bhis )(?<!\bher )(?<!\btheir )"
    rf"\b({'|'.join(sorted(KIN_AS_NAMES, key=len, reverse=True))})\b"
)


def pronouns_of(who: str) -> tuple[str, str]:
    """How to say someone as said ("she", "my mum", "Sam") after a verb and before a
    noun: ("her", "her"), ("him", "his"), or ("them", "their") where nothing tells."""
    said = who.lower().removeprefix("my ")
    relation = RELATION.get(said)
    if said in ("she", "her") or relation in SHE:
        return "her", "her"
    if said in ("he", "him") or relation in HE:
        return "him", "his"
    return "them", "their"


_SUBJECT = {"him": "he", "her": "she", "them": "they"}


def as_subject(who: str) -> str:
    """Someone said after a verb ("her") as the subject of a sentence ("she"); a name or
    a relation ("Amy", "my mum") as it is."""
    return _SUBJECT.get(who.lower(), who)
