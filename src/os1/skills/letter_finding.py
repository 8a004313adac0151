"""What a person's words name in the studio ("my sister Catherine", "letters to
Roberto", "Roberto's dossier"), and what their answers to the letter skills' questions
give (a name to sign with, what the letter is for)."""

from __future__ import annotations

import re

from os1.errors import InputError
from os1.letters.studio import Client, Letter, Recipient, Studio
from os1.letters.told import NobodyCalled
from os1.memory.relations import HE, KIN_AS_NAMES, PETS, RELATION, SHE, naming
from os1.skills.skill import HELP_WITH_IT
from os1.text.lexicon import given_names, rare_as_a_word

# What a person says around an answer: "it's for her birthday".
ASIDE = re.compile(
    r"^(?:(?:well|oh|um|so|ok|okay)[,\s]+)*(?:it'?s |it is |this is |that's |that is )?"
    r"(?:(?:the letter is |it should be )?(?:for|about|on) )?",
    re.IGNORECASE,
)


def name_given(answer: str) -> str:
    """ "It's Theodore Twombly." as the name it gives."""
    said = " ".join(answer.split()).strip(" .!")
    said = re.sub(r"^(?:it'?s|it is|i'?m|i am|my name is|i sign(?: them| with)?)\s+", "", said,
                  flags=re.IGNORECASE)  # fmt: skip
    if not said:
        raise InputError("I didn't hear a name", "say the name you sign your letters with")
    return said[:1].upper() + said[1:]


# Whom, as a person answers "Who is the letter for?": a name, or who they are to them
# ("my grandmother", "my friend Sam", "Dr Okafor"); a few words at most.
_WHOM = re.compile(r"^(?:(?:my|our|his|her) )?[\w'-]+(?: [\w'-]+){0,2}$")


def whom_given(answer: str) -> str | None:
    """ "It's for my grandmother." as whom the letter is for: "my grandmother"; None where the
    answer is no name but what to say ("Tell him thank you for holding my hand.")."""
    said = " ".join(answer.split()).strip(" .!")
    said = re.sub(r"^(?:(?:it'?s|it is)\s+)?(?:(?:for|to)\s+)?", "", said, flags=re.IGNORECASE)
    # "She's called Beth." (a best friend moving to Australia).
    said = re.sub(
        r"^(?:she|he|they)(?:'s|'re| is| are)\s+(?:called|named)\s+|^(?:her|his|their) name(?:'s|"
        r" is)\s+",
        "",
        said,
        flags=re.IGNORECASE,
    )
    if not said:
        raise InputError("I didn't hear who the letter is for", "say their name")
    return said if _WHOM.match(said) else None


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_UNNAMED = re.compile(r"\b(?i:my) (\w+)\b(?!,? [A-Z])")
# Who "him" and "her" can be, by the relation they were named with.
_OF = {"him": SHE, "her": HE}


def _names_in(
    text: str, pronoun: str, known: dict[str, str] | None = None
) -> list[tuple[int, str]]:
    """The people named in `text`, with where: named with who they are ("my brother Sam",
    "Ruth, my sister"), unless that is someone `pronoun` cannot be; or by a given name that
    is no common word ("Anna and I had a row."), or one `known` (name → who they are, as
    they were introduced), unless called to ("Maya, help me…"). Where who they are says
    `pronoun` fits ("my girlfriend Ama" for "her"), they come last, as the likeliest."""
    known = known or {}
    related = naming(text)
    cannot = {
        named["name"]
        for named in related
        if named["rel"].lower() in _OF.get(pronoun, ())
        or RELATION.get(named["rel"].lower()) in PETS
    }
    cannot |= {n for n, rel in known.items() if rel in _OF.get(pronoun, ()) or rel in PETS}
    found = [(named.start("name"), named["name"]) for named in related]
    found += [
        (word.start(), word.group())
        for word in _CAPITALISED.finditer(text)
        if (word.group().upper() in given_names() or word.group() in known)
        and rare_as_a_word(word.group())
        and not (word.start() == 0 and text[word.end() : word.end() + 1] == ",")
    ]
    fits = SHE if pronoun == "her" else HE if pronoun == "him" else frozenset()
    found = [(at, name) for at, name in found if name not in cannot]
    return sorted(found, key=lambda f: (RELATION.get(known.get(f[1], ""), "") in fits, f[0]))


def named_lately(
    said: list[str], pronoun: str, leave_out: frozenset[str] = frozenset()
) -> str | None:
    """The person named last in `said` (the person's messages, oldest first): whom "him"
    (`pronoun`) most likely means ("My brother Sam is moving…", then "help me write him a
    card"); a name in `leave_out` (the OS's own, theirs) is no one they write to."""
    known = {m["name"]: m["rel"].lower() for text in said for m in naming(text)}
    fits = SHE if pronoun.lower() == "her" else HE if pronoun.lower() == "him" else frozenset()
    for text in reversed(said):
        named = [name for _, name in _names_in(" ".join(text.split()), pronoun.lower(), known)]
        named = [name for name in named if name not in leave_out]
        if named:
            return named[-1]
        # Someone who fits, told of since without a name: "My brother still won't return my
        # calls." after "My sponsor, Dave, gave me a hug." (it asked "Is the letter for Dave?");
        # "My daughter turns eighteen next week." then "I want to write her a letter." (it
        # asked "Who is the letter for?", and then again). Who they are to them is the answer.
        unnamed = [m.group(1).lower() for m in _UNNAMED.finditer(text)]
        if fitting := [rel for rel in unnamed if RELATION.get(rel) in fits]:
            return fitting[-1]
    return None


# "Yes", "Yeah, Sam", "That's right": the name the OS asked about, confirmed.
_CONFIRMED = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|right|correct|exactly|sure|that'?s (?:right|him|her|it)|it is)\b"
    # Going on about the letter itself says yes: "Is the letter for Nadia?" "Something that
    # doesn't sound like a greeting card." (it was asked again, then again at the next news).
    r"|^\W*(?:(?:just |maybe |ideally )?(?:something|anything|a (?:short|little|simple|warm|funny)"
    r" (?:one|card|letter|note|message))|nothing (?:too |over the top|soppy|long|fancy))\b"
    r"|^\W*(?:let'?s (?:write|do|start) it|go on then|ok(?:ay)?|please)\b(?!,? (?:no|not))",
    re.IGNORECASE,
)


_DENIED = re.compile(r"^\W*(?:no|nope|not (?:him|her|them))\b[\s,.!-]*", re.IGNORECASE)


def not_them(answer: str) -> str | None:
    """To "Is the letter for Sam?": the answer itself where it is no no ("For Paul."), what
    is said after the no ("No, for Paul." gives "for Paul"), or None for a no alone."""
    denied = _DENIED.match(answer)
    if denied is None:
        return answer
    rest = answer[denied.end() :].strip()
    return rest or None


# The one "him" or "her" stands for, as the subject of what is said next.
_SUBJECT = {"him": r"he(?:'s|'d|'ll)?", "her": r"she(?:'s|'d|'ll)?", "them": r"they(?:'re|'ve)?"}


def speaks_of_them(answer: str, pronoun: str) -> bool:
    """Whether `answer` goes on about the one `pronoun` ("him") was asked about: "He's been
    through a lot this year." to "Is the letter for your son?" says yes (it was asked "Who
    is the letter for?" next, and the letter was lost)."""
    subject = _SUBJECT.get(pronoun.lower())
    return subject is not None and bool(re.match(rf"^\W*(?:{subject})\b", answer, re.I))


def confirms(answer: str) -> bool:
    """Whether `answer` says yes to "Is the letter for Sam?"."""
    # Or asks for the help itself (skill.py): "Can you help me write it?"
    return bool(_CONFIRMED.match(answer) or HELP_WITH_IT.match(answer))


# No occasion but the letter itself: asked what a letter to a daughter was for, "Can you help
# me write it?" was written in: "This letter is for Can you help me write it?.".
NO_OCCASION = "to tell you what you mean to me"


def occasion_given(answer: str) -> str:
    """ "It's for her birthday." as the occasion it gives: "her birthday"; help with the letter
    asked instead, a letter to say what they mean to them."""
    said = ASIDE.sub("", " ".join(answer.split()).strip(" .!"))
    if not said:
        raise InputError("I didn't hear what the letter is for", "say it, like 'her birthday'")
    if HELP_WITH_IT.match(said) or said.endswith("?"):
        return NO_OCCASION
    return said


# Words that only say when the occasion is, said beside it again.
_WHEN_WORDS = re.compile(
    r"\b(?:it'?s|it is|is|on|this|next|coming|tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day|week(?:end)?|month|the|our|my|his|her|their|\d+(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)


def only_the_occasion(answer: str, occasion: str) -> bool:
    """Whether `answer` says nothing but the occasion again, and when it is ("It's our
    anniversary next Friday." for "our anniversary")."""
    rest = _WHEN_WORDS.sub(" ", answer.lower())
    for word in re.findall(r"[a-z']+", occasion.lower()):
        rest = re.sub(rf"\b{re.escape(word)}\b", " ", rest)
    return not re.sub(r"[\W_]+", "", rest)


def recipient_of(studio: Studio, client: Client, to: str) -> Recipient:
    """Whom `client` writes to, called `to`; someone new becomes a recipient now."""
    name = name_of(to)
    try:
        return studio.recipient(client, name)
    except InputError:
        return studio.add_recipient(client, name)


def name_of(to: str) -> str:
    """ "my sister Catherine" as "Catherine", "my mother" as "Mother", "the scholarship
    committee" as "Scholarship Committee" (it was "The scholarship committee")."""
    said = " ".join(to.split()).strip(" .,!")
    said = re.sub(r"^(?:my|our|dear)\s+", "", said, flags=re.IGNORECASE)
    named = re.search(r"(?:[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)*)$", said)
    if named is not None:
        return named.group()
    if (body := re.match(r"the\s+(.+)", said, re.IGNORECASE)) is not None:
        return " ".join(word[:1].upper() + word[1:] for word in body[1].split())
    return said[:1].upper() + said[1:]


# Not a person but a body of people, or someone known only by their role: "the scholarship
# committee", "my landlord's agency", "the critic".
_BODY = re.compile(
    r"\b(?:committee|board|council|team|company|school|office|department|bank|university"
    r"|college|panel|editors?|trust|foundation|agency|club|society|firm|charity|hospital"
    r"|critic|reviewer|paper|newspaper|magazine|landlord|headteacher|principal|manager|boss"
    r"|employer|solicitor|lawyer|accountant|recruiter|hr)\b",
    re.IGNORECASE,
)


def a_body(name: str) -> bool:
    """Whether a recipient called `name` is a body of people, not someone loved."""
    return bool(_BODY.search(name))


def said_as(name: str) -> str:
    """A recipient as said in a sentence: "the Scholarship Committee", "Catherine", "your
    sister" (a letter to "my sister" was "the letter to Sister"); "Mum" is what a family
    calls her, and stays."""
    if a_body(name):
        return f"the {name}"
    if name.lower() in RELATION and name not in KIN_AS_NAMES:
        return f"your {name.lower()}"
    return name


def line(studio: Studio, letter: Letter) -> str:
    sender = studio.client_by_id(letter.client_id).name
    to = studio.recipient_by_id(letter.recipient_id).name
    revises = f" (revises {letter.revises})" if letter.revises else ""
    return f"{letter.id}. {sender} to {to}: {letter.occasion}{revises}, {letter.created_at[:10]}"


def called(name: str, *names: str | None) -> bool:
    wanted = " ".join(name.split()).lower()
    return any(n and wanted in {n.lower(), n.split()[0].lower()} for n in names)


def letters_of(studio: Studio, way: str, who: str) -> list[Letter]:
    """Letters to, from or for (either) `who`; every letter when no one is named."""
    if not who:
        return studio.letters()
    way = way or "for"
    clients = {c.id: c for c in studio.clients()}
    recipients = {r.id: r for c in clients.values() for r in studio.recipients(c)}
    found = []
    for letter in studio.letters():
        client, recipient = clients[letter.client_id], recipients[letter.recipient_id]
        sent = called(who, client.name, client.nickname) and way in {"from", "for"}
        received = called(who, recipient.name, recipient.nickname) and way in {"to", "for"}
        if sent or received:
            found.append(letter)
    known = [p.name for p in [*clients.values(), *recipients.values()]]
    if not found and not any(called(who, name) for name in known):
        raise InputError(
            f"Nobody called {who} has letters here"
            + (f" (the people here are {', '.join(known)})" if known else ""),
            "say a client's or a recipient's name",
        )
    return found


def dossiers(studio: Studio, who: str) -> list[str]:
    """What the dossier holds about `who`, a line an entry, with where each came from."""
    lines: list[str] = []
    for client in studio.clients():
        is_client = called(who, client.name, client.nickname)
        for recipient in studio.recipients(client):
            if is_client or called(who, recipient.name, recipient.nickname):
                entries = studio.dossier(client, recipient)
                lines.append(f"{client.name} and {recipient.name}:")
                lines += [f"- {e.kind}: {e.text} (from {e.source})" for e in entries]
        if is_client and not studio.recipients(client):
            lines.append(f"{client.name}:")
            lines += [f"- {e.kind}: {e.text} (from {e.source})" for e in studio.dossier(client)]
    if not lines:
        raise NobodyCalled(f"{who} is not a client, nor anyone a client writes to", "")
    return lines
