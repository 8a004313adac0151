"""What happened, asked back: "What did I catch today?", "Who came round tonight?", "What
happened last night?", answered with the sentence the person said.

The records' questions (life_asked.py) read an attribute of someone: where they live, what
they do, when their birthday is. A question about something that happened has none. The
embedded model answered "What did I read tonight?" (a poem, at an open mic) with a story of
its own, "a classic tale of love and loss with a twist", and "What happened last night?" (a
foal born at four in the morning) with "Good question. I'd like to hear what you think
first."; the records answered "How long did I work at the bank?" with "You haven't told me
what you do for work yet" an hour after "I retired today after 41 years at the bank."

The answer is the sentence they said that shares most of the question's words: its verb
first ("caught" is "catch", by its lemma), then the people and things in it, then its time
("last night"). Words a family uses for its own are one word ("mom", "mum", "mother").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lemminflect import getAllLemmas

from os1.conversation.answer_kinds import answer_kind
from os1.conversation.deed_words import SAME_DEED
from os1.conversation.life_records import Said, capitalised, mentioned
from os1.conversation.made_whole import LEADING_PRONOUN, OPENING_WORD, made_whole
from os1.memory.relations import RELATION
from os1.memory.words import content_words
from os1.text.clauses import in_the_past
from os1.text.lexicon import given_names
from os1.text.numbers import CARDINAL

# A question of what happened: a wh-word, and something of theirs that happened or is
# happening ("did I", "is getting", "happened", "who came"), not advice nor a question of
# the OS.
_WH = re.compile(
    r"^\W*(?:(?:so|and|but|oh|wait|hey|ok(?:ay)?|sorry),?\s+)?"
    r"(?:what|who|whose|where|when|which|how (?:long|much|many|far))\b"
    # Why someone they named did something: "Why was Yusuf fighting?" (at school, for his
    # sister; the model: "The reason for fighting is not a story of violence").
    r"|^\W*why (?:was|were|did|is|has|had) (?:he|she|they|(?-i:[A-Z][a-z]+)) (?!me\b)\w+",
    re.IGNORECASE,
)
_WHY = re.compile(r"^\W*why\b", re.IGNORECASE)
_WHICH = re.compile(r"^\W*which\b", re.IGNORECASE)
_RANG = re.compile(r"\b(?:rang|called|phoned|texted|messaged|wrote|came (?:round|over|by))\b", re.I)
# What gives a reason, said after the deed: "He says…", "Because…", "She was…".
_REASON = re.compile(
    r"^\W*(?:because|cos|since|apparently|(?:he|she|they) (?:says?|said|claims?|told me"
    r"|was|were|had|felt|thought))\b",
    re.IGNORECASE,
)
# How long something of theirs lasts: "How long do I have to wait?" (ten days, for a biopsy).
_HOW_LONG_TO = re.compile(
    r"^\W*how long (?:do|will|did) (?:i|we) (?:have|need|get) to \w+\W*$", re.IGNORECASE
)
_NOT_ASKED_OF_THEM = re.compile(
    r"\b(?:you|your|yours|yourself)\b"
    # Advice, by the modal it opens with ("What should I do?", "Who could I call?"), not one
    # inside what they told ("Who always knew I could do it?").
    r"|^\W*(?:\w+\W+)?(?:wh\w+|how(?: \w+)?)\s+(?:\w+\s+)?(?:should|could|would|can|shall"
    r"|might|must|ought)\b"
    r"|\bwhy\b(?! (?:was|were|did|is|has|had) (?:he|she|they|(?-i:[A-Z][a-z]+)) (?![^?]*\bme\b)\w+)"
    r"|\bwhat if\b|\bhow (?:do|does|to)\b|\b(?:do|does) (?:i|we)\b",
    re.IGNORECASE,
)
# Something that happened, or is happening: "did I", "had we", "was she", "is Mia
# getting", "happened", "who came"; not what is so ("What does Ann do?", "What's my dog's
# name?"), which the records answer or say they were not told.
_HAPPENED = re.compile(
    r"\b(?:did|had|was|were|happened|happening)\b"
    r"|\b(?:is|are|'s|am i) (?:still |now |just )?\w+ing\b"
    r"|'ve\b"
    r"|\bhave (?:i|we|you|he|she|they|my \w+)\b|\bwhat'?s wrong\b"
    # What someone says of it: "What does he swear?" (a son arrested; the model: "He swore he'd
    # never do that again.").
    r"|\b(?:does|do) (?:he|she|they|my \w+|(?-i:[A-Z][a-z]+)) (?:say|think|swear|reckon|claim"
    r"|believe|want)\b"
    r"|^\W*who (?!is\b|was\b|are\b|were\b|'s\b|do\b|does\b)\w+",
    re.IGNORECASE,
)
# Or where someone is now: "Where is Bill?" (in hospital, his hip broken).
_WHERE_IS = re.compile(r"^\W*(?i:where)(?: is|'s) (?P<name>[A-Z][a-z]+)\W*$")
_OF_THEIRS = re.compile(
    r"\b(?:i|me|my|we|our|us|happened|happening)\b"
    r"|\b(?:is|are|'s|was|were) (?:still |now |just )?\w+ing\b"
    # Whose it was, or what something they told was like: "Whose recital was it?", "What was
    # the cake shaped like?" (a library's leaving party; the model described a cake of its own).
    r"|^\W*whose\b|^\W*what (?:was|were) the \w+ (?:\w+ )?like\b"
    # Someone of theirs, by name or by what they are: "What did Petra say?", "What did the
    # doctor say?" (early Alzheimer's, told that evening; the model made up what he said).
    r"|(?<=\w )(?-i:[A-Z][a-z]+)\b|\bthe (?:doctor|doc|nurse|vet|consultant|surgeon|specialist"
    r"|teacher|boss|manager|landlord|lawyer|police|judge|school|hospital|bank|council)s?\b"
    r"|^\W*(?:who|which \w+) (?!is\b|was\b|are\b|were\b|'s\b)\w+"
    # Or someone just spoken of, or family: "When did he propose?" (1961, at the lake where
    # his ashes were scattered; "Oh no, I'm so sorry."), "What did mum say?".
    r"|\b(?:he|she|they|him|her|them|mum|mom|dad|mother|father|nan|nana|gran|granny|grandma"
    r"|grandad|grandpa)\b",
    re.IGNORECASE,
)
_KIN_ASKED = re.compile(r"\b(?:mum|mom|dad|mother|father|nan|nana|gran|grandma|grandad)\b", re.I)
# When something of theirs is: "When is the surgery?" (a wife's hip, tomorrow morning; the
# model: "tomorrow, April 15th").
_WHEN_IS = re.compile(
    r"^\W*when(?: is|'s| are) (?:the|my|her|his|their|our|mum's|dad's) [\w']+(?: [\w']+)?\W*$",
    re.IGNORECASE,
)
# How much or how often they do something: "How many hours a day do I practise?" (six).
_HOW_MUCH_DO = re.compile(
    r"^\W*how (?:many|much|often|long)\b[^?]*\b(?:do|does) (?:i|we|he|she|they|my \w+) \w+",
    re.IGNORECASE,
)
# "How many people came?": a number they told.
_HOW_MANY = re.compile(r"^\W*how (?:many|much|long)\b", re.IGNORECASE)
_COUNTED = re.compile(r"^\W*how many (?P<thing>\w+)", re.IGNORECASE)
# Asked with no verb: "How many flights of stairs?" (a sofa carried up four).
_HOW_MANY_BARE = re.compile(r"^\W*how many \w+(?: of \w+)?\W*$", re.IGNORECASE)
_NUMBER = re.compile(rf"\b(?:{CARDINAL}|hundred|thousand|once|twice)\b", re.IGNORECASE)
# The verb asked about: after "did I", "did my mum", "is Mia", "have we", or after "who".
_VERB = re.compile(
    r"\b(?:did|have|has|had|was|were|is|are|am)\s+(?:i|we|he|she|they|(?:my|our|the)\s+\w+"
    r"|(?-i:[A-Z][a-z]+ [A-Z][a-z]+|[A-Z][a-z]+))\s+(?P<verb>[a-z]+)"
    r"|^\W*who (?:is|are|was|were|'s) (?:still |now |just )?(?P<ing_verb>[a-z]+ing)\b"
    r"|^\W*who\s+(?:always |never |just |first |also |really |actually )?(?P<who_verb>[a-z]+)"
    # "Which twin cried?" (Max, who clung to his father's leg; "I'm not sure").
    r"|^\W*which\s+\w+\s+(?P<which_verb>[a-z]+)",
    re.IGNORECASE,
)
_TOLD_ASKED = re.compile(r"\b(?:did|have) (?:i|we) (?:ever )?(?:say|said|tell|told|mention)", re.I)
# Verbs too light to say what happened ("What did I get on my midterm?" is of the midterm).
_LIGHT = frozenset({"get", "have", "go", "make", "take", "come"})
# Words in every question and most answers.
_GENERIC = frozenset({
    "do", "did", "does", "done", "happen", "happened", "happening", "be", "long", "much",
    "many", "far", "wrong",
})  # fmt: skip
_TIMES = frozenset({
    "today", "tonight", "yesterday", "morning", "afternoon", "evening", "night", "last",
    "week", "weekend", "earlier",
})  # fmt: skip
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_OWN = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|we|our|us)\b", re.IGNORECASE)
# A sentence with a pronoun goes with the one before it, which says who or what it is.
_PRONOUN = re.compile(r"\b(?:he|she|they|it|it's|him|her|them)\b", re.IGNORECASE)
_SOMEONE = re.compile(r"\b(?:he|she|they|him|her|them)\b", re.IGNORECASE)
_NAMED_IN = re.compile(r"(?<=\w )(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)*)\b")


@cache
def _forms(word: str) -> frozenset[str]:
    """The word, its lemmas ("caught" → "catch") and the relation it names ("mum" →
    "mother"): any shared form is the same word."""
    word = word.removesuffix("'s")
    forms = {word, *content_words(word)}
    for lemmas in getAllLemmas(word).values():
        forms.update(lemmas)
    forms.update(RELATION[w] for w in list(forms) if w in RELATION)
    forms.update(SAME_DEED[w] for w in list(forms) if w in SAME_DEED)  # "argue" is "row"
    return frozenset(forms)


@dataclass(frozen=True, slots=True)
class _Keys:
    """The question's words that an answer shares: its things and people, its verb, and
    its times."""

    things: list[frozenset[str]]
    verb: frozenset[str] | None
    times: list[frozenset[str]]


def _keys(question: str) -> _Keys:
    found = _VERB.search(question)
    verb = next((v.lower() for v in found.groups() if v), None) if found else None
    if verb is not None and ("VERB" not in getAllLemmas(verb) or "be" in _forms(verb)):
        verb = None  # "What was the name of the pub?" has no verb "of", "Which ward is…" no "is"
    things, times = [], []
    for word in _WORD.findall(question.lower()):
        if word in _TIMES:
            times.append(_forms(word))
        elif word not in _GENERIC and word != verb and content_words(word):
            things.append(_forms(word))
    return _Keys(things, _forms(verb) if verb and verb not in _GENERIC else None, times)


def _shares(key: frozenset[str], sentence: str) -> bool:
    return any(key & _forms(w) for w in _WORD.findall(sentence.lower()))


def _score(sentence: str, keys: _Keys, of_them: bool) -> float:
    verb = keys.verb
    score = sum(1.0 for key in keys.things if _shares(key, sentence))
    score += (1.0 if verb & _LIGHT else 2.0) if verb and _shares(verb, sentence) else 0.0
    if score == 0 and (keys.things or verb):
        return 0.0  # a time alone answers only a question of nothing but a time
    # Of them when it asks of them ("What did I get…?"), not of a friend.
    own = of_them and _OWN.search(sentence)
    return score + sum(0.5 for key in keys.times if _shares(key, sentence)) + (0.5 if own else 0)


def asks_a_deed(question: str) -> bool:
    """Whether `question` asks what was done, by its own verb ("What did Ruth say?"), which a
    sentence with that verb answers better than whatever else was said of Ruth."""
    verb = _keys(question).verb
    # "What did I say about my mum?" asks for all they told of her (life_questions.py).
    return verb is not None and not verb & _LIGHT and not _TOLD_ASKED.search(question)


def asks_what_happened(question: str, people: set[str] | None) -> bool:
    """Whether `question` asks what happened in the person's life ("What did I catch
    today?") or where one of `people` is, not for advice, nor of the OS; `people` None: any
    name may be one of theirs (asked before their records are read)."""
    where = _WHERE_IS.match(question)
    if any(p.match(question) for p in (_HOW_LONG_TO, _HOW_MANY_BARE, _WHEN_IS, _HOW_MUCH_DO)):
        return True
    # A count, and a kind of answer, may be asked of what is so: "How many people are on
    # payroll?" (nine; the model: "The number of people on payroll is 25.").
    if (answer_kind(question) or _COUNTED.match(question)) and not _NOT_ASKED_OF_THEM.search(
        question
    ):
        return question.rstrip().endswith("?")  # "What was the score?", "How old was he?"
    return bool(
        question.rstrip().endswith("?")
        and _WH.match(question)
        and not _NOT_ASKED_OF_THEM.search(question)
        and (_OF_THEIRS.search(question) or _HOW_MANY.match(question))
        and (
            _HAPPENED.search(question)
            or in_the_past(question)
            or (where and (people is None or where["name"] in people))
        )
    )


def happened(question: str, said: list[Said], people: set[str]) -> list[Said]:
    """What the person said that answers `question` (their statements, newest first): the
    sentence sharing most of its words, after the one before it where it has a "she"
    (`people`: the names they have used)."""
    if not asks_what_happened(question, people):
        return []
    # In the order said, so the sentence before one is the one said just before it.
    told = sorted((s for s in said if s.source == "turn"), key=lambda s: s.turn_id)
    keys = _keys(question)
    scores = [_score(s.text, keys, bool(_OWN.search(question))) for s in told]
    counted = _COUNTED.match(question)
    if counted:
        # "How many jars did we get?" is answered by the count: "Eleven jars!", not "We got
        # our first honey from the hives today.".
        scores = [
            s + (1.0 if s and _NUMBER.search(t.text) else 0.0)
            for s, t in zip(scores, told, strict=True)
        ]
    if _WHICH.match(question):
        # "Which twin cried?" is answered by one named: "Max clung to my leg and cried.", not
        # "I cried in the car after.".
        scores = [
            s + 0.5 * bool(s and _names_one(t.text)) for s, t in zip(scores, told, strict=True)
        ]
    kind = answer_kind(question)

    def of_asked(text: str) -> bool:
        return any(_shares(key, text) for key in keys.things)

    # Whoever or whatever it asks of must have been spoken of: "What did the vet say?" is not
    # answered with what a friend said. What is counted need not be: "How many goals did I
    # score?" is answered by "I scored twice.".
    unsaid = {
        _forms(counted["thing"].lower()) if counted else frozenset(),
        *(_forms(word) for word in (kind.words if kind else ())),
    }
    uncounted = [k for k in keys.things if not any(u & k for u in unsaid)]
    if uncounted and not any(of_asked(s.text) for s in told):
        return []
    if kind is not None:
        # "What was the score?" is answered by "We lost the cup final 3-2."; "How old is
        # Rex?" by an age said of Rex, or by his "he" just after him, not by a dad's.
        def of_the_rest(at: int) -> bool:
            text = told[at].text
            if not uncounted or any(_shares(k, text) for k in uncounted):
                return True
            before = told[at - 1].text if at else ""
            return bool(_SOMEONE.search(text)) and any(_shares(k, before) for k in uncounted)

        fits = [bool(kind.said.search(s.text)) and of_the_rest(at) for at, s in enumerate(told)]
        if not any(fits):
            return []  # no age said of Rex: not whatever else was said of him
        scores = [s + (1.0 if fit else 0.0) for s, fit in zip(scores, fits, strict=True)]
    if not scores or max(scores) == 0:
        return []
    # A "she" just after a sentence about Emma is Emma: "Emma and I had a huge fight. She
    # says I care more about the band than her." answers "What did Emma say?" before "Joe
    # says girls always say that.".
    for at in range(1, len(told)):
        if scores[at] and _SOMEONE.search(told[at].text) and of_asked(_named_before(told, at)):
            scores[at] += 0.5
    # The newest telling wins a tie: what they said tonight, not last month.
    best = max(range(len(told)), key=lambda i: (scores[i], i))
    follows = told[best + 1].text if best + 1 < len(told) else ""
    # The why follows what happened, perhaps a sentence on: "He says another boy called his
    # sister names."; "Two days before our biggest show. He said he's tired of never being paid."
    reason = (
        next((s for s in told[best + 1 : best + 3] if _REASON.match(s.text)), None)
        if _WHY.match(question)
        else None
    )
    if reason is not None:
        return [made_whole(told[best]), reason]
    # What they said follows their call: "Daniel rang this morning. He and Priya are having
    # twins!" answers "What did Daniel tell me?".
    told_by = keys.verb is not None and bool(keys.verb & {"tell", "say"})
    if told_by and _RANG.search(told[best].text) and LEADING_PRONOUN.match(follows):
        return [made_whole(told[best]), told[best + 1]]
    if best > 0 and _PRONOUN.search(told[best].text):
        before = told[best - 1].text
        # It is of what was asked, or says who "he" is: "My brother and I haven't spoken
        # since our father's funeral." before "Today he walked into my shop."
        named = {n for n in people if n and re.search(rf"\b{re.escape(n)}\b", before)}
        who = _SOMEONE.search(told[best].text) and (
            mentioned(before) or capitalised(before) or named
        )
        if of_asked(before) or who:
            return [told[best - 1], made_whole(told[best])]
    kin = _KIN_ASKED.search(question)  # "What did mum say?": "your mum hugged you"
    named = _NAMED_IN.findall(question) or ([f"My {kin[0].lower()}"] if kin else [])
    return [made_whole(told[best], named)]


def _names_one(text: str) -> bool:
    opening = OPENING_WORD.match(text)
    return opening is not None and opening["word"].upper() in given_names()


def _named_before(told: list[Said], at: int) -> str:
    """The sentence before `told[at]` that says who its "he" is, over the sentences between
    that say only "he": "Mr Hale died on my shift tonight. He'd been on our ward for six
    weeks. He used to call me 'sunshine'." """
    before = at - 1
    while (
        before > 0
        and _SOMEONE.search(told[before].text)
        and not _NAMED_IN.search(told[before].text)
    ):
        before -= 1
    return told[before].text
