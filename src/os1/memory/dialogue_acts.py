"""What each sentence the person says does: states something, asks, asks the OS to do
something, greets or thanks, speaks to or about the OS, or talks about the talk itself.

Only statements about the world can become facts about the person's life
(consolidation.py). The rest are not: "add dinner with Paul to my calendar" is a
request, "you're just a program" is about the OS, "I don't know how this works" is
about the conversation. Reading them as facts gave "Martin is just a chatbot."
(issue 18).

The reading is grammar, sentence by sentence, and decides by the shape of the
sentence rather than by its words:

- a question ends in "?" or opens with a question word or an auxiliary before its
  subject ("where do…", "can you…");
- a greeting, thanks, apology or farewell opens with the closed class of words that
  make one;
- a statement has a subject before its verb: a pronoun, a possessive or a
  determiner, a name or noun followed by a verb, a gerund, or a past tense with the
  "I" left out ("Went to Leeds with Amy"); an imperative ("add…", "tell me…",
  "answer in English") opens with a verb and has none;
- a clause whose subject is "you" is said to or about the OS;
- a first-person sentence whose only content words are about knowing, saying and
  the conversation ("I don't really know how this works") is about the talk;
- "that", "this" or "it" and how it seems, with no "I" and nobody named in it
  ("That is really great, Jon!", "It must have been fun"), a verb with "me" after
  it and its "it" left out ("Really made me think"), agreeing ("I totally
  agree") and a stance on something unnamed ("I'm fine with it.") are reactions;
- a sentence that ends on its auxiliary ("I definitely will.") is an answer whose
  content was the other's: a fragment; one made only of vague words ("I've had a
  lot of things happening") says nothing: meta;
- what is not said as so is unsure: a condition ("If I get the job, I'll move"),
  a hedge ("maybe", "probably", "I think…", "I guess…", "we might…"), a wish;
  what someone else said or the person heard is reported ("Amy said she's moving",
  "apparently…"); and wondering aloud ("I wonder if…") is a question. None of
  them is a fact about the person's life as it is.

Leading discourse words ("oh", "well", "so", "anyway", "you know") and a fronted
time or place ("On Saturday, …", "When I was young, …") are set aside first.
"""

from __future__ import annotations

import re
from typing import Literal

from os1.memory.words import content_words

Act = Literal[
    "statement", "question", "request", "social", "about_os", "meta", "reaction", "fragment",
    "unsure", "reported",
]  # fmt: skip

# "St." and "Dr." end no sentence.
_SENTENCE = re.compile(r"(?:\b(?:St|Mr|Mrs|Ms|Dr|Prof|Mt|Jr|Sr|[ap]\.m)\.(?= )|[^.!?\n])+[.!?]*")
_DISCOURSE = re.compile(
    r"^(?:(?:oh|ah|um|uh|er|well|so|and|but|anyway|anyways|also|ok|okay|yeah|yes|no|"
    r"right|alright|actually|honestly|basically|like|hmm|wow|lol|haha|ugh|man|"
    r"you know|i mean|to be honest|by the way|btw)\b[,!]?\s+)+",
    re.IGNORECASE,
)
# Words that open a greeting, thanks, apology or farewell.
_SOCIAL = re.compile(
    r"^(?:hi|hello|hey|hiya|howdy|greetings|good\s+(?:morning|afternoon|evening|night|day)|"
    r"bye|goodbye|goodnight|night|see\s+you|cheers|thanks|thank\s+you|thx|ty|sorry|"
    r"apologies|my\s+apologies|pardon|excuse\s+me|congrats|congratulations|welcome|"
    r"nice\s+to\s+meet|pleased\s+to\s+meet|take\s+care|have\s+a\s+(?:good|nice|great))\b"
    r"|^I(?:'m|\s+am)\s+(?:so\s+|really\s+|very\s+)?sorry\b"
    r"|^I\s+apologi[sz]e\b",
    re.IGNORECASE,
)
_WH = r"(?:what|who|whom|whose|where|when|why|how|which)"
_AUX = (
    r"(?:do|does|did|can|could|would|will|should|shall|is|are|am|was|were|have|has|had|may|"
    r"might|must|don't|doesn't|didn't|can't|couldn't|won't|wouldn't|shouldn't|isn't|aren't|"
    r"wasn't|weren't|haven't|hasn't)"
)
_SUBJECTS = r"(?:I|you|we|he|she|it|they|there|this|that|the|my|your|our|his|her|their|u)"
_QUESTION = re.compile(
    rf"^(?:{_WH}(?:'s|'re|'d)?\s+{_AUX}\b|{_WH}\s*$|"
    rf"{_WH}'s\b|{_AUX}\s+{_SUBJECTS}\b)",
    re.IGNORECASE,
)
# Words a statement's subject may open with.
_OPENERS_WORDS = (
    "i i'm i've i'd i'll im ive we we're we've we'd we'll he he's he'd he'll she she's "
    "she'd she'll they they're they've they'd they'll it it's its there there's here "
    "here's this that that's these those my our his her their the a an some one two "
    "three four five every each all both no none nobody everyone everybody someone "
    "somebody something nothing everything most many few several me mine ours us"
)
_OPENERS = frozenset(_OPENERS_WORDS.split())
# A name said first, to the one spoken to: "Melanie, those bowls are amazing!"
_VOCATIVE = re.compile(r"^[A-Z][a-z]+,\s+(?!(?:my|our)\s)")
# "You" as a subject: the sentence says something to or about the OS.
_YOU_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:that|think|guess|know|because|but|and|if|so)\s+)"
    r"(?:you|you're|youre|you've|you'd|you'll|u|ur|your\s+\w+)\b(?!\s+know\b)",
    re.IGNORECASE,
)
# A fronted time, place or clause, set off by a comma: "On Saturday, …", "When I was…, …".
_FRONTED = re.compile(
    r"^(?:(?:when|while|because|if|after|before|since|although|though|as|once|whenever)\b"
    r"[^,]{0,80},\s*|(?:on|in|at|last|next|this|during|yesterday|today|tonight|tomorrow|"
    r"earlier|later|recently|lately|sometimes|now|then|back|every)\b"
    r"(?:(?!\b(?:I|I'm|we|we're|he|she|they|my|our)\b)[^,]){0,60},\s*)",
    re.IGNORECASE,
)
# Verbs that can follow a subject noun: a verb with -s or -ed, or an auxiliary.
_IRREGULAR_PAST = (
    "went got said told made took came gave left felt met saw bought found lost spent "
    "thought knew began became ran won wrote drove flew broke fell kept brought paid sold "
    "heard built taught caught sat stood grew held led meant put quit read sent set shut "
    "slept spoke swam threw understood woke wore"
)
_PAST = "|".join(_IRREGULAR_PAST.split())
_VERB_AFTER = re.compile(
    r"^\s*(?:'s\b|(?:(?:\w+ly|just|never|always|also|still|finally|often)\s+)?"
    # "Tom didn't even call back." was read as a request for want of its verb.
    r"(?:(?:did|does|was|is|has|had|could|would|should|ca|wo)n'?t\b(?:\s+even)?|did|does)|"
    rf"(?:is|was|are|were|has|had|have|will|would|can|could|and|&|{_PAST}|"
    r"\w+(?<!s)s|\w+ed|\w+'s)\b)",
    re.IGNORECASE,
)
# What the talk itself is made of: knowing, saying, the OS and its words.
_ABOUT_TALK = frozenset(
    content_words(
        "know knew understand understood mean meant think thought guess sure idea "
        "work works working say said tell told talk talking speak speaking ask asked "
        "answer answers question questions reply word words sentence english language "
        "conversation chat chatting chatbot bot program app computer machine ai robot "
        "assistant system thing things stuff way really confused confusing sense "
        "point matter help listen listening hear heard repeat please sorry okay ok"
    )
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|we|our|us)\b")
# A remark on what was just said: "that", "this" or "it" and how it seems, with nobody's
# life in it (no "I", no one named but the one spoken to, at the end).
_DEICTIC = re.compile(r"^(?:that|this|it|that's|it's|sounds|looks|seems)\b", re.IGNORECASE)
_NAMED_INSIDE = re.compile(r"(?<!^)\b[A-Z][a-z]+\b(?!\s*[!.?,]*\s*$)")
# Words that say nothing of anyone's life: "I've had a lot of things happening".
_VAGUE = frozenset(
    content_words(
        "lot lots thing things stuff happen happens happening happened going much something "
        "anything everything nothing kind sort bit really pretty quite chatted chat talked"
    )
)
_PRONOUN_CONTRACTION = re.compile(r"^(?:i|we|you|they|he|she|it|that|there)'")
# Not said as so: a condition (not "even if", "as if"), a hedge, a guess, a wish.
_CONDITION = re.compile(
    r"(?:^|[,;:-]\s*|\s)(?<!even\s)(?<!as\s)(?:if|unless|in\s+case|supposing|what\s+if)\b",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:maybe|perhaps|probably|possibly|presumably)\b"
    r"|^(?:I|we)\s+(?:\w+ly\s+)?(?:think|guess|suppose|reckon|imagine|assume|bet|wish)\b"
    r"|^(?:I|we|he|she|they|it|my\s+\w+|[A-Z][a-z]+)\s+(?:\w+ly\s+)?(?:might|may|could)\b"
    r"(?!n't|\s+not\b)",
    re.IGNORECASE,
)
# What someone else said, or what the person heard: second-hand.
_REPORTED = re.compile(
    r"\b(?:apparently|supposedly|allegedly|reportedly|rumou?r\s+has\s+it|according\s+to)\b"
    r"|^(?:I|we)\s+(?:\w+ly\s+)?(?:heard\s+(?:that|about|from|he|she|they|it)|was\s+told|"
    r"were\s+told)\b"
    r"|^(?!I\b|we\b)(?:\w+\s+){0,3}?(?:said|says|told\s+(?:me|us)|tells\s+(?:me|us)|"
    r"mentioned|claims|claimed)\b",
    re.IGNORECASE,
)
# Wondering aloud asks: "I wonder if…", "I'd like to know whether…", "not sure if…".
_WONDERING = re.compile(
    r"^(?:I\s+(?:\w+ly\s+)?(?:wonder|was\s+wondering|am\s+wondering|'m\s+wondering)|"
    r"I(?:'d|\s+would)\s+(?:like|love)\s+to\s+know|(?:I'm\s+|I\s+am\s+)?not\s+sure\s+"
    r"(?:if|whether|what|how|why|when|where|who))\b",
    re.IGNORECASE,
)
# A verb with "me" after it and its subject ("it") left out: "Really made me think".
_IT_LEFT_OUT = re.compile(
    rf"^(?:(?:\w+ly|just|still|also|even|totally)\s+)*(?:{_PAST}|\w+ed|\w+s)\s+(?:me|us)\b",
    re.IGNORECASE,
)
_AGREEING = re.compile(
    r"^(?:I|we)\s+(?:(?:\w+ly|so|totally|completely|fully|100%)\s+|couldn't\s+|could\s+not\s+)?"
    r"(?:agree|disagree)\b",
    re.IGNORECASE,
)
# A stance on something unnamed: "I'm fine with it.", "I'm not fine with it.", "I love that."
# Alone it says nothing of their life; what "it" is was said before, or by the other.
_ON_IT = re.compile(
    r"^(?:actually,?\s+|no,?\s+|honestly,?\s+)*(?:I|we)(?:'m|'re| am| are)?\s+(?:not\s+|really"
    r"\s+|totally\s+|so\s+|just\s+)*(?:(?:fine|okay|ok|good|alright|cool|happy|done|over|sick"
    r"|tired)\s+(?:with|about|of)\s+|(?:love|like|hate|loved|liked|hated)\s+)(?:it|that|this)"
    r"(?:\s+(?:now|too|anyway|though|mostly|really))?\W*$",
    re.IGNORECASE,
)
_ELLIPSIS = re.compile(
    r"^(?:I|we|he|she|they|it|you|[A-Z][a-z]+)\s+(?:(?:\w+ly|sure|totally)\s+)?"
    r"(?:will|would|can|could|do|does|did|have|has|had|am|is|are|was|were|should|shall|"
    r"might|must)(?:n't)?(?:\s+(?:too|so|not|again|as\s+well|for\s+sure))?\s*[.!]*$",
    re.IGNORECASE,
)
_SINCE = re.compile(r"^(?:it's\s+|it\s+has\s+)?been\s+(?:\w+\s+){0,4}since\b", re.IGNORECASE)
_ADVERB = re.compile(
    r"^(?:(?:\w+ly|just|never|finally|still|also|even|recently)\s+)+(?=[a-z])", re.IGNORECASE
)


def sentences(text: str) -> list[str]:
    """`text` sentence by sentence, curly apostrophes made straight."""
    return [s.strip() for s in _SENTENCE.findall(text.replace("\u2019", "'")) if s.strip()]


def core(sentence: str) -> str:
    """The sentence without its leading discourse words and fronted time or place."""
    rest = _DISCOURSE.sub("", sentence.strip())
    fronted = _FRONTED.sub("", rest)
    return fronted or rest


def act(sentence: str) -> Act:
    """What `sentence` does (see the module's docstring)."""
    said = sentence.strip()
    if said.endswith("?"):
        return "question"
    rest = _DISCOURSE.sub("", said)
    if not rest or len(re.findall(r"[A-Za-z']+", rest)) < 3:
        return "social" if _SOCIAL.match(rest or said) else "fragment"
    if _SOCIAL.match(rest) or _VOCATIVE.match(rest):
        # "Hi Maria, since we last chatted, I'm volunteering…": what follows may state.
        after = rest.split(",", 1)[1] if "," in rest else ""
        if _SOCIAL.match(rest) and not after:
            return "social"
        return act(after) if after.strip() else "fragment"
    if _QUESTION.match(rest):
        return "question"
    if _YOU_SUBJECT.search(rest):
        return "about_os"
    if _WONDERING.match(rest):
        return "question"
    if _CONDITION.search(rest):
        return "unsure"  # the condition may be fronted: read before it is set aside
    main = _FRONTED.sub("", rest) or rest
    main = _REMEMBER.sub("", main) or main
    if _QUESTION.match(main) or _WONDERING.match(main):
        return "question"
    if _REPORTED.search(main):
        return "reported"
    if _HEDGED.search(main):
        return "unsure"
    if _IT_LEFT_OUT.match(main) or _AGREEING.match(main) or _ON_IT.match(main):
        return "reaction"  # "Really made me think.", "I totally agree."
    if _SINCE.match(main):
        return "meta"  # "(It's) been a few days since we chatted."
    if _ELLIPSIS.match(main):
        return "fragment"  # "I definitely will.": the content was the other's
    if not _has_subject(main):
        return "request"
    said = {w for w in content_words(main) if not _PRONOUN_CONTRACTION.match(w)}
    if _FIRST_PERSON.search(main) and said <= _ABOUT_TALK | _VAGUE:
        return "meta"
    if _DEICTIC.match(main) and not _FIRST_PERSON.search(main) and not _NAMED_INSIDE.search(main):
        return "reaction"  # "That is really great, Jon!", "It must have been fun."
    return "statement"


def _has_subject(clause: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'-]*|\d+", clause)
    if not words:
        return False
    first = words[0]
    lowered = first.lower()
    if lowered in _OPENERS or first.isdigit():
        return True
    rest = _ADVERB.sub("", clause)
    if rest != clause and re.match(rf"(?:{_PAST}|\w+ed|\w+ing)\b", rest, re.IGNORECASE):
        return True  # "Finally moved to Leeds": an adverb, then the verb, its "I" left out
    if lowered in _LEADING:
        # "On Saturday we're having dinner", "Yesterday Amy and I went hiking".
        return bool(_LATER_SUBJECT.search(clause))
    if re.match(r"[A-Z][a-z]+\s*,\s*(?:my|our)\s", clause):
        return True  # "Amy, my sister, lives in Leeds"
    if lowered.endswith("'s") and lowered not in ("let's", "lets"):
        return True  # "Paul's birthday is on Saturday"
    if lowered.endswith("ing") or (lowered.endswith("ed") and len(lowered) > 4):
        return True  # "Working there is fun", "Moved to Leeds in May": the "I" left out
    if lowered in _IRREGULAR_PAST.split() or lowered == "been":
        return True  # "Went to Leeds with Amy", "Been to Rome once"
    after = clause[clause.find(first) + len(first) :]
    # A name or a noun is a subject when a verb follows it ("Paul is…", "Work was…").
    return bool(_VERB_AFTER.match(after)) and not _IMPERATIVE_OBJECT.match(after)


# Words that open a time or place before the subject, when no comma sets it off.
_LEADING_WORDS = (
    "on in at last next this after before since when while because if during yesterday "
    "today tonight tomorrow earlier later recently lately sometimes now then once every "
    "as although though"
)
_LEADING = frozenset(_LEADING_WORDS.split())
_LATER_SUBJECT = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|we|we're|we've|we'll|he|he's|she|she's|they|they're|my|our)"
    r"\s+(?!\w+\s*,)",
)
# "Please remember that my sister…" asks the OS to keep a statement: the statement counts.
_REMEMBER = re.compile(
    r"^(?:please\s+)?(?:remember|note|don't\s+forget|keep\s+in\s+mind)\s+(?:that\s+)?"
    r"(?=\S+\s+\S+\s+\S+)",
    re.IGNORECASE,
)
# "Call Paul", "Remind me", "Tell her": a verb and its object, not a subject and its verb.
_IMPERATIVE_OBJECT = re.compile(
    r"^\s*(?:me|him|her|them|us|it|my|his|their|our|a|an|the|some|to|please)\b", re.IGNORECASE
)


def statements(text: str) -> list[str]:
    """The sentences of `text` that state something about the world, each without its
    leading discourse words or a request to remember it ("Please remember that…")."""
    return [_without_asides(_stated(s)) for s in sentences(text) if act(s) == "statement"]


# A clause that asks the OS for something names the one asking: "add dinner with Paul
# to my calendar", "remind me".
_ASKS_FOR_SELF = re.compile(r"\b(?:me|my|us|our)\b", re.IGNORECASE)


def _without_asides(sentence: str) -> str:
    """A statement without the clauses after a comma that ask, thank, or speak to the OS
    ("…for his birthday, add dinner with Paul to my calendar")."""
    clauses = re.split(r",\s+", sentence)
    kept = [clauses[0]]
    for clause in clauses[1:]:
        what = act(clause)
        if what in ("question", "social", "about_os") or (
            what == "request" and _ASKS_FOR_SELF.search(clause)
        ):
            continue
        kept.append(clause)
    out = ", ".join(kept)
    return out if out[-1:] in ".!?" else out.rstrip(",;: ") + sentence[-1:]


def _stated(sentence: str) -> str:
    rest = _DISCOURSE.sub("", sentence.strip())
    while (_SOCIAL.match(rest) or _VOCATIVE.match(rest)) and "," in rest:
        rest = _DISCOURSE.sub("", rest.split(",", 1)[1].strip())
    rest = _REMEMBER.sub("", rest)
    return rest[:1].upper() + rest[1:]
